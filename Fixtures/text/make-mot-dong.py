#!/usr/bin/env python3
"""Writes a document as tailieu.vn's text layer gives one: the whole text flattened onto one
line after the site's `Nội dung Text:` label and the viewer's page number `1.`, its hyphens lost
(`Độc lập  Tự do`, `318/QĐUBND`), its rules gone, one no-break space in the quốc hiệu.

  vanban parse Fixtures/pipe-text/quyet-dinh-318-qd-ubnd-ky-ba-dong.txt --format text \\
    | python3 Fixtures/text/make-mot-dong.py Fixtures/text quyet-dinh-318-qd-ubnd-mot-dong "Quyết định số 318/QĐ-UBND"
  vanban parse Fixtures/docx/cong-van-215-ubnd-kt-hop-van-ban.docx --format text \\
    | python3 Fixtures/text/make-mot-dong.py Fixtures/text cong-van-215-ubnd-kt-mot-dong "Công văn số 215/UBND-KT"

writes quyet-dinh-318-qd-ubnd-mot-dong.txt and cong-van-215-ubnd-kt-mot-dong.txt (compare the corpus's
blank-line/quyet-dinh-5556-qd-byt-2021-suy-dinh-duong-tailieu-mot-dong.txt).
"""
import sys


def main():
    folder, name, title = sys.argv[1:4]
    lines = [l.strip() for l in sys.stdin.read().splitlines()]
    kept = [l for l in lines if l and not set(l) <= set("-_")]
    flat = " ".join(kept).replace("-", "").replace("XÃ HỘI", "XÃ\u00a0HỘI", 1)
    with open(f"{folder}/{name}.txt", "w", encoding="utf-8") as f:
        f.write(f"Nội dung Text: {title}\n\n  1. " + flat + "\n")


main()

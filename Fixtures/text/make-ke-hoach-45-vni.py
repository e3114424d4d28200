#!/usr/bin/env python3
"""Writes Kế hoạch 45 as a document typed in a VNI-Times font arrives: its letters in VNI (Windows),
the legacy encoding that writes a letter as its base letter and one byte for its marks.

  vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format text \
    | python3 Fixtures/text/make-ke-hoach-45-vni.py Fixtures/text

writes ke-hoach-45-kh-ubnd-vni.txt (the VNI bytes read as Latin-1, saved as UTF-8: text copied from
a page set in VNI-Times) and ke-hoach-45-kh-ubnd-vni-1252.txt (the VNI bytes themselves: Word's
plain-text export in Windows-1252). The letters are mapped through Unicode's decomposition
(vnimap.py), not through a table shared with the reader.
"""
import sys

from vnimap import spell


def main():
    folder = sys.argv[1]
    spelled = spell(sys.stdin.read())
    with open(f"{folder}/ke-hoach-45-kh-ubnd-vni.txt", "w", encoding="utf-8") as f:
        f.write(spelled)
    with open(f"{folder}/ke-hoach-45-kh-ubnd-vni-1252.txt", "wb") as f:
        f.write(spelled.replace("\n", "\r\n").encode("cp1252"))


main()

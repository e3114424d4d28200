#!/usr/bin/env python3
"""Writes Kế hoạch 45 as Notepad saves it as "ANSI" on a Vietnamese Windows: Windows-1258 bytes, CRLF.

  vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format text \
    | python3 Fixtures/text/make-ke-hoach-45-1258.py Fixtures/text

writes ke-hoach-45-kh-ubnd-windows-1258.txt. Windows-1258 has â ê ô ă ơ ư đ and some toned
letters (à á è é …) as one byte; any other toned letter is written as its letter and a combining
tone mark ("ế" → "ê" + U+0301), as Windows converts it. Python's own cp1258 codec writes the bytes.
"""
import sys
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def encode(text):
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return bytes(out)


def main():
    folder = sys.argv[1]
    with open(f"{folder}/ke-hoach-45-kh-ubnd-windows-1258.txt", "wb") as f:
        f.write(encode(sys.stdin.read().replace("\n", "\r\n")))


main()

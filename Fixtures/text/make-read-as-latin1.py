#!/usr/bin/env python3
"""Writes legacy files as a program that took them for Western text saves them again: each byte
read as Windows-1252 (bytes it leaves undefined as the C1 controls, as Windows reads them) or as
Latin-1, then written as UTF-8, so `CỘNG HÒA` in Windows-1258 comes back as `CÔòNG HOÌA`.

  python3 Fixtures/text/make-read-as-latin1.py Fixtures/text

reads ke-hoach-45-kh-ubnd-windows-1258.txt and ke-hoach-45-kh-ubnd-viscii.txt and writes
ke-hoach-45-kh-ubnd-windows-1258-as-1252.txt and ke-hoach-45-kh-ubnd-viscii-as-latin1.txt.
"""
import sys


def as_1252(data):
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def main():
    folder = sys.argv[1]
    with open(f"{folder}/ke-hoach-45-kh-ubnd-windows-1258.txt", "rb") as f:
        cp1258 = f.read()
    with open(f"{folder}/ke-hoach-45-kh-ubnd-viscii.txt", "rb") as f:
        viscii = f.read()
    with open(f"{folder}/ke-hoach-45-kh-ubnd-windows-1258-as-1252.txt", "w", encoding="utf-8", newline="") as f:
        f.write(as_1252(cp1258))
    with open(f"{folder}/ke-hoach-45-kh-ubnd-viscii-as-latin1.txt", "w", encoding="utf-8", newline="") as f:
        f.write(viscii.decode("latin-1"))


main()

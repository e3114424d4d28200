#!/usr/bin/env python3
"""Writes Kế hoạch 45 as Word saves a .docx with a password ("mật khẩu"): an OLE compound file
around the encrypted zip ([MS-OFFCRYPTO] agile encryption), by msoffcrypto-tool (pip install
msoffcrypto-tool), from Fixtures/docx/ke-hoach-45-kh-ubnd-vni-times.docx; the salt is random, so
each run writes other bytes. vanban refuses it with one line that says why.

  python3 Fixtures/unreadable/make-ke-hoach-45-mat-khau.py Fixtures
"""
import sys

from msoffcrypto.format.ooxml import OOXMLFile


def main():
    root = sys.argv[1]
    with open(f"{root}/docx/ke-hoach-45-kh-ubnd-vni-times.docx", "rb") as src, \
            open(f"{root}/unreadable/ke-hoach-45-kh-ubnd-mat-khau.docx", "wb") as out:
        OOXMLFile(src).encrypt("vanban", out)


main()

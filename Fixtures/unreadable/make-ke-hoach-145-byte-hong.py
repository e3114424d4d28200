#!/usr/bin/env python3
"""Kế hoạch 145's page (Fixtures/html/ke-hoach-145-kh-ubnd-trang-van-ban.html), declared and written
in UTF-8, with one letter's lead byte damaged (`ờ` of `Thời gian hoàn thành`, E1 BB 9D, as 8A BB 9D),
as a bad copy or a disk leaves a page: UTF-8 but for three stray bytes. vanban refuses it naming the
first one's line and byte column, as it does a text; it must not read the page in a legacy code page
(Windows-1258 turns every letter of it to mojibake, or fails on `Đ`'s second byte and loses the place).
    python3 Fixtures/unreadable/make-ke-hoach-145-byte-hong.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
page = open(os.path.join(HERE, "..", "html", "ke-hoach-145-kh-ubnd-trang-van-ban.html"), "rb").read()
word = "Thời gian hoàn thành".encode()
at = page.index(word) + len("Th".encode())
assert page[at:at + 3] == "ờ".encode()
damaged = page[:at] + b"\x8a" + page[at + 1:]
open(os.path.join(HERE, "ke-hoach-145-kh-ubnd-byte-hong.html"), "wb").write(damaged)
line = damaged[:at].count(b"\n") + 1
column = at - (damaged.rfind(b"\n", 0, at) + 1) + 1
print(f"first stray byte at {line}:{column}")

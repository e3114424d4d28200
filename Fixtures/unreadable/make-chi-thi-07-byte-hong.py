#!/usr/bin/env python3
"""Chỉ thị 07 (Fixtures/pipe-text/chi-thi-07-ct-ubnd-phong-chong-dich.txt), written in UTF-8, with two
letters damaged as a bad copy or a disk leaves a text: the second byte of the first `ệ` (E1 BB 87)
made `?`, and the lead of a later `ư` (C6 B0) made C0. UTF-8 but for four bytes that break it (E1
and 87, left without their partner; C0 and B0). vanban refuses it naming the first one's line and
byte column; it must not read the text as VNI or TCVN3, which turns every Vietnamese letter of it
to mojibake (it did, with two U01 notes).
    python3 Fixtures/unreadable/make-chi-thi-07-byte-hong.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, "..", "pipe-text", "chi-thi-07-ct-ubnd-phong-chong-dich.txt"), "rb").read()
first = text.index("ệ".encode())
later = text.index("ư".encode(), len(text) // 2)
damaged = bytearray(text)
damaged[first + 1] = ord("?")
damaged[later] = 0xC0
open(os.path.join(HERE, "chi-thi-07-ct-ubnd-byte-hong.txt"), "wb").write(damaged)
line = damaged[:first].count(b"\n") + 1
column = first - (damaged.rfind(b"\n", 0, first) + 1) + 1
print(f"first stray byte at {line}:{column}")

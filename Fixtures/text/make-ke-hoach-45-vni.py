#!/usr/bin/env python3
"""Writes Kế hoạch 45 as a document typed in a VNI-Times font arrives: its letters in VNI (Windows),
the legacy encoding that writes a letter as its base letter and one byte for its marks.

  vanban parse Fixtures/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt --format text \
    | python3 Fixtures/text/make-ke-hoach-45-vni.py Fixtures/text

writes ke-hoach-45-kh-ubnd-vni.txt (the VNI bytes read as Latin-1, saved as UTF-8: text copied from
a page set in VNI-Times) and ke-hoach-45-kh-ubnd-vni-1252.txt (the VNI bytes themselves: Word's
plain-text export in Windows-1252). The letters are mapped through Unicode's decomposition, not
through a table shared with the reader.
"""
import sys
import unicodedata

TONE = {"\u0300": "ø", "\u0301": "ù", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
CIRCUMFLEX = {None: "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
BREVE = {None: "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
I_TONE = {None: "i", "\u0300": "ì", "\u0301": "í", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def vni(ch):
    if ch in "đĐ":
        return "ñ" if ch == "đ" else "Ñ"
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    if not marks or not base.isascii():
        return ch
    b = base.lower()
    tone = next((m for m in marks if m in TONE), None)
    if "\u031B" in marks:  # horn: ơ ư are one byte each
        out = ("ô" if b == "o" else "ö") + (TONE[tone] if tone else "")
    elif "\u0302" in marks:
        out = b + CIRCUMFLEX[tone]
    elif "\u0306" in marks:
        out = b + BREVE[tone]
    elif b == "i":
        out = I_TONE[tone]
    elif b == "y" and tone == "\u0323":
        out = "î"
    elif tone:
        out = b + TONE[tone]
    else:
        raise ValueError(f"no VNI spelling for {ch!r}")
    return out.upper() if base.isupper() else out


def main():
    folder = sys.argv[1]
    text = unicodedata.normalize("NFC", sys.stdin.read())
    spelled = "".join(vni(c) for c in text)
    with open(f"{folder}/ke-hoach-45-kh-ubnd-vni.txt", "w", encoding="utf-8") as f:
        f.write(spelled)
    with open(f"{folder}/ke-hoach-45-kh-ubnd-vni-1252.txt", "wb") as f:
        f.write(spelled.replace("\n", "\r\n").encode("cp1252"))


main()

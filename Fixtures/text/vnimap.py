"""Unicode Vietnamese → VNI (Windows), the legacy encoding of the VNI-Times fonts, for the fixture
scripts: each letter through Unicode's decomposition (base letter, then the byte for its marks)."""
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


def spell(text):
    """The text in VNI letters (as they read in Latin-1)."""
    return "".join(vni(c) for c in unicodedata.normalize("NFC", text))

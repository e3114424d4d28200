"""Writes cong-van-77-ubnd-vp-rtf.doc: a Công văn saved as Rich Text Format under a .doc name, as
many portals serve one, written the way Word writes RTF: an ANSI code page (1258) with Vietnamese
letters as \\uN escapes and '?' fallbacks, a few words as Windows-1258 bytes (\\'hh, tone marks after
their vowels), font, colour and style tables, the header and the signature in layout tables
(\\trowd, \\cellx, \\intbl, \\cell, \\row), list numbers as Word writes them ({\\listtext 1.\\tab}), a
HYPERLINK field, a table of contents field, hidden text, and an appendix table with a header row
and a cell merged down two rows. Run: python3 make-cong-van-77-rtf.py"""
import os

def u(text):
    """Text as Word's RTF: ASCII as is, every other character \\uN? (N signed 16-bit)."""
    out = ""
    for ch in text:
        c = ord(ch)
        if ch in "\\{}": out += "\\" + ch
        elif c < 0x80: out += ch
        else:
            for unit in (ch.encode("utf-16-le")[k:k + 2] for k in range(0, len(ch.encode("utf-16-le")), 2)):
                n = int.from_bytes(unit, "little")
                out += "\\u%d?" % (n - 65536 if n > 32767 else n)
    return out

def cp1258(text):
    """Text as Windows-1258 bytes (\\'hh), tone marks decomposed after their vowels."""
    import unicodedata
    out = ""
    for b in unicodedata.normalize("NFD", text).encode("cp1258", errors="strict") if False else []:
        pass
    data = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            data += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", d[:-1])
            data += base.encode("cp1258") + d[-1].encode("cp1258")
    return "".join(ch if b < 0x80 else "\\'%02x" % b for b, ch in zip(data, data.decode("latin-1")))

def par(text, center=False, bold=False):
    q = "\\qc" if center else "\\qj"
    b = "\\b" if bold else ""
    return "\\pard\\plain %s\\f0\\fs28%s %s\\par\n" % (q, b, text)

def row(cells, widths, header=False, merges=None):
    edges, x, defs = [], 0, ""
    for k, w in enumerate(widths):
        x += w
        m = (merges or {}).get(k, "")
        defs += "%s\\cellx%d" % (m, x)
    out = "\\trowd\\trgaph108\\trleft0%s%s\n" % ("\\trhdr" if header else "", defs)
    for paras in cells:
        for k, p in enumerate(paras):
            end = "\\cell" if k == len(paras) - 1 else "\\par"
            out += "\\pard\\plain \\intbl\\qc\\f0\\fs26 %s%s\n" % (p, end)
        if not paras: out += "\\pard\\plain \\intbl \\cell\n"
    return out + "\\row\n"

def listed(number, text):
    return "\\pard\\plain \\fi-360\\li720\\ls1\\f0\\fs28 {\\listtext\\pard\\plain \\f0\\fs28 %s\\tab}%s\\par\n" % (number, text)

rtf = ("{\\rtf1\\ansi\\ansicpg1258\\deff0\\uc1\n"
       "{\\fonttbl{\\f0\\froman\\fcharset163 Times New Roman;}{\\f1\\fswiss Arial;}}\n"
       "{\\colortbl;\\red0\\green0\\blue0;}\n"
       "{\\stylesheet{\\f0\\fs28 Normal;}{\\s1\\f0\\fs28\\b heading 1;}}\n"
       "{\\*\\generator Microsoft Word 16.0;}{\\info{\\title " + u("Công văn") + "}{\\author " + u("Văn thư") + "}}\n"
       "\\paperw11906\\paperh16838\\margl1701\\margr1134\\margt1134\\margb1134\n"
       "{\\header \\pard\\plain \\qc " + u("Trang ") + "{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}\\par}\n")
body = ""
body += row([[u("ỦY BAN NHÂN DÂN"), "\\b " + u("HUYỆN ĐỊNH HÓA") + "\\b0", "-------"],
             ["\\b " + u("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + "\\b0", u("Độc lập - Tự do - Hạnh phúc"), "---------------"]], [3600, 5800])
body += row([[u("Số: 77/UBND-VP"), u("V/v triển khai số hóa hồ sơ lưu trữ")],
             ["\\i " + u("Định Hóa, ngày 14 tháng 4 năm 2025") + "\\i0"]], [3600, 5800])
body += par("\\b " + u("Kính gửi:") + "\\b0 " + u("Ủy ban nhân dân các xã, thị trấn."), center=True)
body += par("{\\field{\\*\\fldinst TOC \\\\o \"1-2\" \\\\h}{\\fldrslt " + u("1. Rà soát hồ sơ") + "\\tab 1\\par " + u("2. Báo cáo kết quả") + "\\tab 1}}")
body += par(u("Thực hiện Kế hoạch số 12/KH-UBND ngày 20 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Thái Nguyên, Ủy ban nhân dân huyện đề nghị:"))
body += listed("1.", u("Các xã, thị trấn rà soát hồ sơ lưu trữ, lập danh mục hồ sơ cần ") + cp1258("số hóa") + u(" theo Phụ lục kèm theo (mẫu tại ")
               + "{\\field{\\*\\fldinst HYPERLINK \"https://vbpl.vn\"}{\\fldrslt vbpl.vn}}" + u(");") + "{\\v " + u(" ghi chú ẩn của người soạn") + "}")
body += listed("2.", u("Văn phòng HĐND và UBND huyện tổng hợp, báo cáo kết quả trước ngày 30 tháng 6 năm 2025."))
body += par(u("Đề nghị các đơn vị nghiêm túc thực hiện./."))
body += row([["\\b\\i " + u("Nơi nhận:") + "\\b0\\i0", u("- Như trên;"), u("- Lưu: VT, VP.")],
             ["\\b " + u("KT. CHỦ TỊCH") + "\\b0", "\\b " + u("PHÓ CHỦ TỊCH") + "\\b0", "\\b " + u("Ma Thị Hoa") + "\\b0"]], [4500, 4900])
body += "\\pard\\plain \\par\\page\n"
body += par("\\b " + u("PHỤ LỤC") + "\\b0", center=True)
body += par("\\b " + u("DANH MỤC HỒ SƠ CẦN SỐ HÓA") + "\\b0", center=True)
body += par("\\i " + u("(Kèm theo Công văn số 77/UBND-VP ngày 14 tháng 4 năm 2025 của Ủy ban nhân dân huyện Định Hóa)") + "\\i0", center=True)
W = [700, 4300, 2600, 1800]
body += row([[u("TT")], [u("Nội dung")], [u("Cơ quan chủ trì")], [u("Thời gian")]], W, header=True)
body += row([["1"], [u("Hồ sơ đất đai")], [u("Phòng Tài nguyên và Môi trường")], [u("Quý II/2025")]], W, merges={2: "\\clvmgf"})
body += row([["2"], [u("Hồ sơ xây dựng")], [], [u("Quý III/2025")]], W, merges={2: "\\clvmrg"})
body += row([["3"], [u("Hồ sơ hộ tịch")], [u("Phòng Tư pháp")], [u("Tháng 9/2025")]], W)
rtf += body + "}\n"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cong-van-77-ubnd-vp-rtf.doc")
open(out, "w", encoding="ascii").write(rtf)
print(out)

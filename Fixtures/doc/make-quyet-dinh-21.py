"""Writes quyet-dinh-21-qd-ubnd-word-97.doc: a Quyết định as Word 97-2003 stores one, built from the
specs ([MS-CFB], [MS-DOC]) with the standard library only: an OLE compound file holding the
WordDocument and 1Table streams; the text in three pieces (UTF-16, then an 8-bit piece holding a
HYPERLINK field, then UTF-16 again); tables marked by paragraph properties (in-table, row end, a
header row). Header and signature are layout tables; the signature cells hold several paragraphs.
Run: python3 make-quyet-dinh-21.py"""
import os, struct
from word97 import CLX, PLCF_BTE_PAPX, PLCF_SED, a4_sepx, compound_file, fib, fkp_page, papx, plcf_bte, plcf_sed, put

CELL, ROW = "\x07", "\x07"  # a cell mark ends a cell; a row-end paragraph is a lone cell mark

# Paragraphs as (text with its terminator, properties): None, "cell", "row", "header-row".
paragraphs = [
    ("ỦY BAN NHÂN DÂN\vTỈNH LẠNG SƠN\r", "cell"), ("-------" + CELL, "cell"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\vĐộc lập - Tự do - Hạnh phúc" + CELL, "cell"), (ROW, "row"),
    ("Số: 21/QĐ-UBND" + CELL, "cell"), ("Lạng Sơn, ngày 05 tháng 3 năm 2025" + CELL, "cell"), (ROW, "row"),
    ("QUYẾT ĐỊNH\r", None),
    ("Về việc ban hành Danh mục hồ sơ số hóa năm 2025\r", None),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\r", None),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\r", None),
    ("Xét đề nghị của Giám đốc Sở Nội vụ.\r", None),
    ("QUYẾT ĐỊNH:\r", None),
    ("Điều 1. Ban hành kèm theo Quyết định này Danh mục hồ sơ số hóa năm 2025 (chi tiết tại Phụ lục, đăng tại FIELD).\r", None),
    ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\r", None),
    ("Nơi nhận:\r", "cell"), ("- Như Điều 2;\r", "cell"), ("- Lưu: VT." + CELL, "cell"),
    ("TM. ỦY BAN NHÂN DÂN\r", "cell"), ("CHỦ TỊCH\r", "cell"), ("Hồ Tiến Thiệu" + CELL, "cell"), (ROW, "row"),
    ("PHỤ LỤC\r", None),
    ("DANH MỤC HỒ SƠ SỐ HÓA NĂM 2025\r", None),
    ("(Kèm theo Quyết định số 21/QĐ-UBND ngày 05 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Lạng Sơn)\r", None),
    ("TT" + CELL, "cell"), ("Nội dung công việc" + CELL, "cell"), ("Cơ quan chủ trì" + CELL, "cell"), ("Thời gian hoàn thành" + CELL, "cell"), (ROW, "header-row"),
    ("1" + CELL, "cell"), ("Số hóa hồ sơ đất đai" + CELL, "cell"), ("Sở Nông nghiệp và Môi trường" + CELL, "cell"), ("Quý II/2025" + CELL, "cell"), (ROW, "row"),
    ("2" + CELL, "cell"), ("Số hóa hồ sơ hộ tịch" + CELL, "cell"), ("Sở Tư pháp" + CELL, "cell"), ("Tháng 9/2025" + CELL, "cell"), (ROW, "row"),
    ("\r", None),
]
FIELD = "\x13 HYPERLINK \"http://vbpl.vn\" \x14vbpl.vn\x15"  # code hidden, result shown; ASCII: an 8-bit piece

# The text in pieces: UTF-16 up to the field, the field as an 8-bit piece, UTF-16 after it.
text = "".join(t for t, _ in paragraphs)
before, after = text.split("FIELD")
TEXT_AT = 0x800
wd = bytearray(TEXT_AT)
u16_before, u16_after = before.encode("utf-16-le"), after.encode("utf-16-le")
fc_before = TEXT_AT
wd += u16_before
fc_after = len(wd)
wd += u16_after
fc_field = len(wd)
wd += FIELD.encode("cp1252")
pieces = [(len(before), fc_before, False), (len(FIELD), fc_field, True), (len(after), fc_after, False)]
ccp = len(before) + len(FIELD) + len(after)

# Paragraph property runs in FC order (the field piece holds no paragraph end): consecutive
# paragraphs with the same properties share a run.
runs = []
fc = fc_before
for t, props in paragraphs:
    chars = t.replace("FIELD", "")
    end = fc + 2 * len(chars)
    if runs and runs[-1][2] == props and props != "row" and props != "header-row":
        runs[-1][1] = end
    else:
        runs.append([fc, end, props])
    fc = end
assert fc == fc_after + len(u16_after)

def grpprl(props):
    g = struct.pack("<H", 0)  # istd
    if props in ("cell", "row", "header-row"): g += struct.pack("<HB", 0x2416, 1)
    if props in ("row", "header-row"): g += struct.pack("<HB", 0x2417, 1)
    if props == "header-row": g += struct.pack("<HB", 0x3404, 1)
    return g

# One FKP page: FCs, BxPap entries (a word offset each), then the PAPXs at even offsets.
while len(wd) % 512: wd.append(0)
fkp_page_number = len(wd) // 512
wd += fkp_page(runs, {props: papx(grpprl(props)) for props in [None, "cell", "row", "header-row"]})

# One section (SEPX): A4 with Decree 30's margins.
sepx_at = len(wd)
wd += a4_sepx()

# The FIB: identification, the table stream's name (1Table), the text length, the Clx, the
# paragraph property bin table and the section table in 1Table.
table = bytearray()
sed_at, sed_size = put(table, plcf_sed(ccp, sepx_at))
plcf_at, plcf_size = put(table, plcf_bte(runs, fkp_page_number))
clx_at = len(table)
cps = [0]
for count, _, _ in pieces: cps.append(cps[-1] + count)
plcpcd = b"".join(struct.pack("<i", c) for c in cps)
for _, piece_fc, compressed in pieces:
    stored = (piece_fc * 2) | 0x40000000 if compressed else piece_fc
    plcpcd += struct.pack("<HIH", 0, stored, 0)
table += b"\x02" + struct.pack("<I", len(plcpcd)) + plcpcd
clx_size = len(table) - clx_at
fib(wd, ccp, {PLCF_BTE_PAPX: (plcf_at, plcf_size), PLCF_SED: (sed_at, sed_size), CLX: (clx_at, clx_size)})
data = compound_file(wd, table)

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "quyet-dinh-21-qd-ubnd-word-97.doc")
open(out, "wb").write(data)
print(out)

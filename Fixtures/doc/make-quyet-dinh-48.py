"""Writes quyet-dinh-48-qd-ubnd-so-tu-dong.doc: a Quyết định whose article, clause and point numbers
are Word 97's automatic list numbers, not text, and whose appendix table merges cells. The articles take theirs from a paragraph style
("Điều", linked to a list "Điều %1."); the clauses, points and dashes from the paragraphs' own list
properties (sprmPIlfo, sprmPIlvl) on a three-level list ("%1.", "%2)", a "-" bullet); the clauses of
Điều 3 restart at 1 through a second list format override (LFO) of the same list. The appendix
opens with a table of contents (a TOC field, whose result is not the document's text). In the appendix
table each row end carries its cell layout (sprmTDefTable: cell edges, and per cell its merges): one
group row is a single wide cell, another merges its cells horizontally, and the lead agency cell of
two rows is merged vertically. The text is set in Times New Roman by the Normal style, except the
signer's name, a run set in Arial. Written from the specs ([MS-DOC]: STSH, PlfLst with its LVLs,
PlfLfo, TDefTableOperand, CHPX pages, SttbfFfn) with the standard library only.
Run: python3 make-quyet-dinh-48.py

With `vni` (python3 make-quyet-dinh-48.py vni) it writes quyet-dinh-48-qd-ubnd-ten-vni-times.doc
instead: the same, but for the signer's name, typed in VNI-Times — its letters VNI's (`Nguyeãn Ñaêng
Bình`), the only text in that font, which alone tells they are not Unicode."""
import os, struct, sys
from word97 import (CLX, PLCF_BTE_CHPX, PLCF_BTE_PAPX, PLCF_SED, PLF_LFO, PLF_LST, STSHF, STTBF_FFN, chpx_page,
                    compound_file, fib, fkp_pages, font_table, papx)

CELL, ROW = "\x07", "\x07"
ARTICLE = "article"  # the "Điều" style; ("list", lfo, level) for a paragraph's own list properties

paragraphs = [
    ("ỦY BAN NHÂN DÂN\vTỈNH BẮC KẠN" + CELL, "cell"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\vĐộc lập - Tự do - Hạnh phúc" + CELL, "cell"), (ROW, "row"),
    ("Số: 48/QĐ-UBND" + CELL, "cell"), ("Bắc Kạn, ngày 12 tháng 5 năm 2025" + CELL, "cell"), (ROW, "row"),
    ("QUYẾT ĐỊNH\r", None),
    ("Ban hành Quy chế tiếp nhận, xử lý văn bản điện tử\r", None),
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\r", None),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\r", None),
    ("Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.\r", None),
    ("QUYẾT ĐỊNH:\r", None),
    ("Ban hành kèm theo Quyết định này Quy chế tiếp nhận, xử lý văn bản điện tử.\r", ARTICLE),
    ("Tổ chức thực hiện\r", ARTICLE),
    ("Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm:\r", ("list", 2, 0)),
    ("Hướng dẫn các cơ quan, đơn vị triển khai Quy chế;\r", ("list", 2, 1)),
    ("Tổng hợp, báo cáo kết quả thực hiện.\r", ("list", 2, 1)),
    ("Các sở, ban, ngành thực hiện các nhiệm vụ tại Phụ lục kèm theo Quyết định này:\r", ("list", 2, 0)),
    ("Phổ biến Quy chế đến công chức, viên chức;\r", ("list", 2, 2)),
    ("Báo cáo định kỳ hằng quý.\r", ("list", 2, 2)),
    ("Hiệu lực thi hành\r", ARTICLE),
    ("Quyết định này có hiệu lực kể từ ngày ký.\r", ("list", 3, 0)),
    ("Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.\r", ("list", 3, 0)),
    ("Nơi nhận:\r", "cell"), ("- Như Điều 3;\r", "cell"), ("- Lưu: VT." + CELL, "cell"),
    ("TM. ỦY BAN NHÂN DÂN\r", "cell"), ("CHỦ TỊCH\r", "cell"), ("Nguyễn Đăng Bình" + CELL, "cell"), (ROW, "row"),
    ("PHỤ LỤC\r", None),
    ("NHIỆM VỤ TRIỂN KHAI QUY CHẾ\r", None),
    ("(Kèm theo Quyết định số 48/QĐ-UBND ngày 12 tháng 5 năm 2025 của Ủy ban nhân dân tỉnh Bắc Kạn)\r", None),
    # A table of contents of the appendix: a TOC field whose result (two entries with page numbers)
    # is left out, as Word's generated lists are.
    ("\x13 TOC \\o \"1-2\" \\h \x14I. TIẾP NHẬN VĂN BẢN\t1\r", None),
    ("II. XỬ LÝ VĂN BẢN\t1\x15\r", None),
]
# The appendix table: cells, then the row end with the row's layout (edges in twips; per cell its
# horizontal and vertical merge: 1 opens, 2 joins the cell before; vertical 3 opens, 1 continues).
GRID = (0, 700, 5000, 7500, 9000)
table_rows = [
    (["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"], GRID, None, True),
    (["I", "TIẾP NHẬN VĂN BẢN"], (0, 700, 9000), None, False),
    (["1", "Cập nhật danh mục cơ quan nhận văn bản", "Văn phòng Ủy ban nhân dân tỉnh", "Tháng 6/2025"], GRID, ((0, 0), (0, 0), (0, 3), (0, 0)), False),
    (["2", "Cấp tài khoản cho văn thư các cơ quan", "", "Tháng 7/2025"], GRID, ((0, 0), (0, 0), (0, 1), (0, 0)), False),
    (["II", "XỬ LÝ VĂN BẢN", "", ""], GRID, ((0, 0), (1, 0), (2, 0), (2, 0)), False),
    (["3", "Ký số văn bản đi", "Các sở, ban, ngành", "Thường xuyên"], GRID, None, False),
]
for cells, edges, merges, header in table_rows:
    paragraphs += [(c + CELL, "cell") for c in cells]
    paragraphs.append((ROW, ("row", edges, merges or tuple((0, 0) for _ in cells), header)))
paragraphs.append(("\r", None))

# The text: one UTF-16 piece.
VNI = sys.argv[1:] == ["vni"]
SIGNER = "Nguyễn Đăng Bình"
if VNI:
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "text"))
    from vnimap import spell
    paragraphs = [(t.replace(SIGNER, spell(SIGNER)), kind) for t, kind in paragraphs]
    SIGNER = spell(SIGNER)
text = "".join(t for t, _ in paragraphs)
TEXT_AT = 0x800
wd = bytearray(TEXT_AT) + text.encode("utf-16-le")
ccp = len(text)

# Paragraph property runs: consecutive paragraphs with the same properties share one (row ends do not).
runs = []
fc = TEXT_AT
for t, props in paragraphs:
    end = fc + 2 * len(t)
    if runs and runs[-1][2] == props and props != "row" and not (isinstance(props, tuple) and props[0] == "row"):
        runs[-1][1] = end
    else:
        runs.append([fc, end, props])
    fc = end


def grpprl(props):
    if props == ARTICLE:
        return struct.pack("<H", 1)  # istd 1: the "Điều" style, which carries the list
    g = struct.pack("<H", 0)
    if props in ("cell", "row"): g += struct.pack("<HB", 0x2416, 1)
    if props == "row": g += struct.pack("<HB", 0x2417, 1)
    if isinstance(props, tuple) and props[0] == "row":
        _, edges, merges, header = props
        g += struct.pack("<HB", 0x2416, 1) + struct.pack("<HB", 0x2417, 1)
        if header: g += struct.pack("<HB", 0x3404, 1)
        tcs = b"".join(struct.pack("<HH", h | v << 5, edges[k + 1] - edges[k]) + bytes(16) for k, (h, v) in enumerate(merges))
        rest = struct.pack("<B", len(edges) - 1) + b"".join(struct.pack("<h", e) for e in edges) + tcs
        g += struct.pack("<HH", 0xD608, len(rest) + 1) + rest
    elif isinstance(props, tuple):
        _, lfo, level = props
        g += struct.pack("<Hh", 0x460B, lfo) + struct.pack("<HB", 0x260A, level)
    return g


keys = []
for r in runs:
    if r[2] not in keys: keys.append(r[2])
while len(wd) % 512: wd.append(0)
pages, bte = fkp_pages(runs, {k: papx(grpprl(k)) for k in keys}, len(wd) // 512)
wd += pages

# Character properties: none (the style's font) but for the signer's name, set in Arial (font 1).

name_at = TEXT_AT + 2 * text.index(SIGNER)
char_runs = [[TEXT_AT, name_at, "style"], [name_at, name_at + 2 * len(SIGNER), "arial"], [name_at + 2 * len(SIGNER), TEXT_AT + 2 * ccp, "style"]]
chpx_page_number = len(wd) // 512
wd += chpx_page(char_runs, {"style": b"", "arial": struct.pack("<HH", 0x4A4F, 1) + struct.pack("<HH", 0x4A51, 1)})

# One section: A4, Decree 30's margins (top, bottom 20 mm; left 30 mm; right 15 mm), in twips.
sepx_at = len(wd)
sep = b"".join(struct.pack("<Hh", sprm, v) for sprm, v in
               [(0xB01F, 11906), (0xB020, 16838), (0x9023, 1134), (0x9024, 1134), (0xB021, 1701), (0xB022, 851)])
wd += struct.pack("<H", len(sep)) + sep

table = bytearray()


def put(data):
    at = len(table)
    table.extend(data)
    return at, len(data)


sed = put(struct.pack("<ii", 0, ccp) + struct.pack("<HiHi", 0, sepx_at, 0, -1))
plcf = put(bte)
chpx_bte = put(struct.pack("<III", TEXT_AT, TEXT_AT + 2 * ccp, chpx_page_number))
fonts = put(font_table(["Times New Roman", "VNI-Times" if VNI else "Arial"]))
plcpcd = struct.pack("<ii", 0, ccp) + struct.pack("<HIH", 0, TEXT_AT, 0)
clx = put(b"\x02" + struct.pack("<I", len(plcpcd)) + plcpcd)


# Style sheet: Normal (istd 0) and "Điều" (istd 1, based on Normal), whose paragraph properties
# put it on list 1 (LFO 1), level 0.
def style(name, base, sprms, character=b""):
    stdf = struct.pack("<HHHHH", 0, 1 | base << 4, 2 | 0 << 4, 0, 0)  # sti, stk 1 (paragraph) + base, cupx 2 + next
    xstz = struct.pack("<H", len(name)) + name.encode("utf-16-le") + b"\0\0"
    upx_papx = struct.pack("<H", 2 + len(sprms)) + struct.pack("<H", 0) + sprms  # cbUPX, istd, grpprl
    if len(upx_papx) % 2: upx_papx += b"\0"
    upx_chpx = struct.pack("<H", len(character)) + character
    std = stdf + xstz + upx_papx + upx_chpx
    return struct.pack("<H", len(std)) + std


stshi = struct.pack("<HHHHHH", 2, 10, 1, 0x5B, 15, 0) + bytes(6)  # cstd, cbSTDBaseInFile, …
stsh = put(struct.pack("<H", len(stshi)) + stshi
           + style("Normal", 0x0FFF, b"", character=struct.pack("<HH", 0x4A4F, 0))  # Times New Roman
           + style("Điều", 0, struct.pack("<Hh", 0x460B, 1) + struct.pack("<HB", 0x260A, 0)))


# Lists: LSTF 100 ("Điều %1."), LSTF 200 ("%1.", "%2)", "-"); then their LVLs.
def lvl(nfc, xst, start=1, follow=1):
    """An LVL: LVLF (28 bytes), no property exceptions, the number text (chars 0-8: placeholders)."""
    places = bytes([k + 1 for k, ch in enumerate(xst) if ord(ch) < 9][:9]).ljust(9, b"\0")
    lvlf = struct.pack("<iBB", start, nfc, 0) + places + struct.pack("<BiiBBBB", follow, 0, 0, 0, 0, 0, 0)
    assert len(lvlf) == 28
    return lvlf + struct.pack("<H", len(xst)) + xst.encode("utf-16-le")


def lstf(lsid, simple):
    return struct.pack("<II", lsid, 0) + struct.pack("<9H", *([0x0FFF] * 9)) + bytes([1 if simple else 0, 0])


lists = [(100, [lvl(0, "Điều \x00.", follow=1)]),
         (200, [lvl(0, "\x00."), lvl(4, "\x01)"), lvl(23, "-")] + [lvl(0, "") for _ in range(6)])]
plf_lst = struct.pack("<h", len(lists)) + b"".join(lstf(lsid, len(levels) == 1) for lsid, levels in lists)
lst = put(plf_lst)
put(b"".join(b"".join(levels) for _, levels in lists))  # the LVLs follow the PlfLst, outside its size


# List format overrides: LFO 1 → list 100; LFO 2 → list 200; LFO 3 → list 200 again, level 0
# restarting at 1 (its own counters, as Word counts them).
def lfo(lsid, levels):
    return struct.pack("<IIIBBBB", lsid, 0, 0, levels, 0, 0, 0)


lfos = [(100, b""), (200, b""), (200, struct.pack("<iI", 1, 0 | 0x10))]  # iStartAt 1, iLvl 0, fStartAt
plf_lfo = struct.pack("<I", len(lfos)) + b"".join(lfo(lsid, len(data) // 8) for lsid, data in lfos)
plf_lfo += b"".join(struct.pack("<I", 0xFFFFFFFF) + data for _, data in lfos)  # LFOData: cp, then the levels
lfo_pair = put(plf_lfo)

fib(wd, ccp, {PLCF_BTE_PAPX: plcf, PLCF_BTE_CHPX: chpx_bte, STTBF_FFN: fonts, PLCF_SED: sed, CLX: clx, STSHF: stsh,
              PLF_LST: lst, PLF_LFO: lfo_pair}, rg_fc_lcb=93)
data = compound_file(wd, table)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "quyet-dinh-48-qd-ubnd-ten-vni-times.doc" if VNI else "quyet-dinh-48-qd-ubnd-so-tu-dong.doc")
open(out, "wb").write(data)
print(out)

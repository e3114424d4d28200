"""Writes bao-cao-215-bc-ubnd-chu-thich-word-97.doc: the report of make-bao-cao-215-chu-thich.py (its
Word twin in Fixtures/docx) as Word 97-2003 stores footnotes ([MS-DOC]): each reference a 0x02
character in the main text, the notes in the footnote subdocument after it (each opening with its
own 0x02), PlcffndRef and PlcffndTxt in 1Table; header and signature as layout tables.
Run: python3 make-bao-cao-215-chu-thich.py"""
import os, struct
from word97 import CLX, PLCF_BTE_PAPX, PLCF_SED, a4_sepx, compound_file, fib, fkp_page, papx, plcf_bte, plcf_sed, put

CELL, ROW, NOTE = "\x07", "\x07", "\x02"
PLCFFND_REF, PLCFFND_TXT = 0xAA, 0xB2

paragraphs = [
    ("ỦY BAN NHÂN DÂN\vHUYỆN ĐỨC THỌ\r", "cell"), ("-------" + CELL, "cell"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\vĐộc lập - Tự do - Hạnh phúc\r", "cell"), ("---------------" + CELL, "cell"), (ROW, "row"),
    ("Số: 215/BC-UBND" + CELL, "cell"), ("Đức Thọ, ngày 25 tháng 9 năm 2025" + CELL, "cell"), (ROW, "row"),
    ("BÁO CÁO\r", None),
    ("Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2025\r", None),
    ("Thực hiện Kế hoạch số 08/KH-UBND ngày 15 tháng 01 năm 2025 của Ủy ban nhân dân huyện về cải cách hành chính năm 2025, Ủy ban nhân dân huyện báo cáo kết quả thực hiện 9 tháng đầu năm 2025 như sau:\r", None),
    ("I. KẾT QUẢ THỰC HIỆN\r", None),
    ("1. Công tác chỉ đạo, điều hành\r", None),
    ("Ủy ban nhân dân huyện đã ban hành 05 văn bản chỉ đạo, điều hành công tác cải cách hành chính" + NOTE + "; tổ chức 02 hội nghị triển khai và sơ kết" + NOTE + ".\r", None),
    ("2. Cải cách thủ tục hành chính\r", None),
    ("Bộ phận Một cửa huyện tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 1.236 hồ sơ, đạt 98,9%" + NOTE + ".\r", None),
    ("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025\r", None),
    ("1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của huyện.\r", None),
    ("2. Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình.\r", None),
    ("Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2025 của Ủy ban nhân dân huyện./.\r", None),
    ("Nơi nhận:\r", "cell"), ("- Sở Nội vụ;\r", "cell"), ("- TT Huyện ủy, HĐND huyện;\r", "cell"), ("- Lưu: VT, NV." + CELL, "cell"),
    ("TM. ỦY BAN NHÂN DÂN\r", "cell"), ("KT. CHỦ TỊCH\r", "cell"), ("PHÓ CHỦ TỊCH\r", "cell"), ("Trần Thị Lan" + CELL, "cell"), (ROW, "row"),
    ("\r", None),
]
notes = [
    [NOTE + " Kế hoạch số 08/KH-UBND ngày 15/01/2025; Kế hoạch số 21/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân huyện về rà soát thủ tục hành chính; "
     "Công văn số 112/UBND-NV ngày 20/02/2025 của Ủy ban nhân dân huyện về chấn chỉnh kỷ luật, kỷ cương hành chính; "
     "Quyết định số 1520/QĐ-UBND ngày 28/8/2025 của Chủ tịch Ủy ban nhân dân huyện về kiện toàn Bộ phận Một cửa.\r"],
    [NOTE + " Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2025 (ngày 20/01/2025);\r", "Hội nghị sơ kết 6 tháng đầu năm 2025 (ngày 10/7/2025).\r"],
    [NOTE + " Trong đó: 1.020 hồ sơ nộp trực tuyến, 230 hồ sơ nộp trực tiếp.\r"],
]
main = "".join(t for t, _ in paragraphs)
note_texts = ["".join(n) for n in notes]
sub = "".join(note_texts) + "\r"  # the subdocuments end with one more paragraph mark
ccp, ccp_ftn = len(main), len(sub)

TEXT_AT = 0x800
wd = bytearray(TEXT_AT)
wd += (main + sub).encode("utf-16-le")
text_end = len(wd)

# Paragraph property runs in FC order: the notes' paragraphs are plain ones.
runs = []
fc = TEXT_AT
for t, props in paragraphs + [(p, None) for n in notes for p in n] + [("\r", None)]:
    end = fc + 2 * len(t)
    if runs and runs[-1][2] == props and props != "row":
        runs[-1][1] = end
    else:
        runs.append([fc, end, props])
    fc = end
assert fc == text_end


def grpprl(props):
    g = struct.pack("<H", 0)  # istd
    if props in ("cell", "row"): g += struct.pack("<HB", 0x2416, 1)
    if props == "row": g += struct.pack("<HB", 0x2417, 1)
    return g


while len(wd) % 512: wd.append(0)
fkp_page_number = len(wd) // 512
wd += fkp_page(runs, {props: papx(grpprl(props)) for props in [None, "cell", "row"]})

# One section: A4 with Decree 30's margins.
sepx_at = len(wd)
wd += a4_sepx()

table = bytearray()
sed_at, sed_size = put(table, plcf_sed(ccp, sepx_at))
plcf_at, plcf_size = put(table, plcf_bte(runs, fkp_page_number))
# PlcffndRef: each reference's CP, then the end of the main text; an FRD (auto-numbered) each.
refs = [k for k, c in enumerate(main) if c == NOTE]
assert len(refs) == len(notes)
ref_at, ref_size = put(table, b"".join(struct.pack("<i", c) for c in refs + [ccp]) + b"".join(struct.pack("<h", 1) for _ in refs))
# PlcffndTxt: where each note starts in the subdocument, its end, and the final mark's.
starts = [0]
for t in note_texts: starts.append(starts[-1] + len(t))
txt_at, txt_size = put(table, b"".join(struct.pack("<i", c) for c in starts + [ccp_ftn]))
plcpcd = struct.pack("<ii", 0, ccp + ccp_ftn) + struct.pack("<HIH", 0, TEXT_AT, 0)
clx_at, clx_size = put(table, b"\x02" + struct.pack("<I", len(plcpcd)) + plcpcd)
fib(wd, ccp, {PLCF_BTE_PAPX: (plcf_at, plcf_size), PLCF_SED: (sed_at, sed_size), CLX: (clx_at, clx_size),
              PLCFFND_REF: (ref_at, ref_size), PLCFFND_TXT: (txt_at, txt_size)})
struct.pack_into("<i", wd, 0x50, ccp_ftn)
data = compound_file(wd, table)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bao-cao-215-bc-ubnd-chu-thich-word-97.doc")
open(out, "wb").write(data)
print(out)

"""Writes cong-van-19-ubnd-font-hon-hop.docx: a Công văn begun in VNI-Times and finished in Times New
Roman, as offices that changed fonts halfway keep them — paragraphs whose runs mix VNI letters
(`Keá hoaïch`, set in VNI-Times) and Unicode (set in Times New Roman), so that no line is VNI
throughout and only the runs' fonts tell which letters are VNI. Run: python3 make-cong-van-19-font-hon-hop.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "text"))
from vnimap import spell  # noqa: E402
from wordml import *  # noqa: E402,F403

TNR = "Times New Roman"


def vni(text, bold=False):
    return run(spell(text), bold=bold, font="VNI-Times")


def uni(text, bold=False):
    return run(text, bold=bold, font=TNR)


body = [
    tbl([3500, 5500],
        tr(tc(p(vni("ỦY BAN NHÂN DÂN"), BR, vni("HUYỆN VÕ NHAI", bold=True), center=True), p(uni("-------"), center=True)),
           tc(p(uni("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), center=True), p(uni("Độc lập - Tự do - Hạnh phúc"), center=True))),
        tr(tc(p(uni("Số: 19/UBND-VP"), center=True), p(vni("V/v báo cáo kết quả "), uni("số hóa hồ sơ"), center=True)),
           tc(p(vni("Võ Nhai"), uni(", ngày 08 tháng 01 năm 2025"), center=True)))),
    p(vni("Kính gửi: "), uni("Các cơ quan, đơn vị thuộc Ủy ban nhân dân huyện.")),
    p(uni("Thực hiện "), vni("Kế hoạch số 12/KH-UBND ngày 20 tháng 01 năm 2024"), uni(" của Ủy ban nhân dân tỉnh Thái Nguyên về số hóa hồ sơ lưu trữ, Ủy ban nhân dân huyện đề nghị:")),
    p(uni("1. "), vni("Các cơ quan rà soát hồ sơ"), uni(" đã số hóa năm 2024;")),
    p(vni("2. Báo cáo kết quả về Văn phòng"), uni(" trước ngày 20 tháng 01 năm 2025./.")),
    tbl([4500, 4500],
        tr(tc(p(uni("Nơi nhận:")), p(vni("- Như trên;")), p(uni("- Lưu: VT."))),
           tc(p(vni("TM. ỦY BAN NHÂN DÂN"), center=True), p(uni("CHỦ TỊCH"), center=True), p(vni("Lý Văn Tuyến"), center=True)))),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cong-van-19-ubnd-font-hon-hop.docx")
write(out, [("word/document.xml", document(*body))])

"""Writes cong-van-215-ubnd-kt-hop-van-ban.docx: a Công văn whose recipients (`Nơi nhận`) and
signature float in text boxes anchored to its last paragraph, as clerks lay them side by side
(DrawingML boxes with Word's VML copies as fallbacks); and cong-van-215-ubnd-kt-kinh-gui-hop-van-ban.docx,
the same with its `Kính gửi` line in a text box too, anchored to an empty paragraph under the header.
Run: python3 make-cong-van-215.py"""
import os
from wordml import *

body = [
    tbl([3600, 5400],
        tr(tc(p("ỦY BAN NHÂN DÂN", BR, run("HUYỆN ĐỊNH HÓA", bold=True), center=True), p("-------", center=True)),
           tc(p(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), center=True), p("Độc lập - Tự do - Hạnh phúc", center=True), p("---------------", center=True))),
        tr(tc(p("Số: 215/UBND-KT", center=True), p("V/v rà soát hiện trạng đường giao thông nông thôn năm 2025", center=True)),
           tc(p("Định Hóa, ngày 09 tháng 5 năm 2025", center=True)))),
    "KINH_GUI",
    p("Thực hiện Kế hoạch số 58/KH-UBND ngày 15 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Thái Nguyên về phát triển giao thông nông thôn, Ủy ban nhân dân huyện đề nghị:"),
    p("1. Ủy ban nhân dân các xã, thị trấn rà soát hiện trạng đường giao thông nông thôn trên địa bàn, gửi báo cáo về Phòng Kinh tế và Hạ tầng trước ngày 30 tháng 5 năm 2025."),
    p("2. Phòng Kinh tế và Hạ tầng tổng hợp, tham mưu Ủy ban nhân dân huyện báo cáo Ủy ban nhân dân tỉnh."),
    p("Đề nghị các đơn vị nghiêm túc thực hiện./.",
      textbox(p(run("Nơi nhận:", bold=True)), p("- Như trên;"), p("- Chủ tịch, các PCT UBND huyện;"), p("- Lưu: VT, KT.")),
      textbox(p(run("KT. CHỦ TỊCH", bold=True), center=True), p(run("PHÓ CHỦ TỊCH", bold=True), center=True), p(run("Ma Thị Hoa", bold=True), center=True))),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
]

kinh_gui = p(run("Kính gửi:", bold=True), " Ủy ban nhân dân các xã, thị trấn.", center=True)
here = os.path.dirname(os.path.abspath(__file__))
for name, line in [("cong-van-215-ubnd-kt-hop-van-ban", kinh_gui), ("cong-van-215-ubnd-kt-kinh-gui-hop-van-ban", p("", textbox(kinh_gui)))]:
    parts = [line if b == "KINH_GUI" else b for b in body]
    write(os.path.join(here, name + ".docx"), [("word/document.xml", document(*parts, drawings=True))])

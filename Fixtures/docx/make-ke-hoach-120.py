"""Writes ke-hoach-120-kh-ubnd-bang-long-bang.docx: a Kế hoạch whose appendix table holds a table in
a cell (the members of a working group, nested in its row), as clerks nest one. Saved as .doc by
LibreOffice (Fixtures/doc/make-libreoffice.sh), the nested cells end with paragraph marks marked
sprmPFInnerTableCell at depth 2 (sprmPItap), and are read as lines of their cell, as in the .docx.
Run: python3 make-ke-hoach-120.py"""
import os
from wordml import *
inner = tbl([1000, 1000, 1000], tr(tc(p("Tên")), tc(p("Đơn vị")), tc(p("Ghi chú"))), tr(tc(p("Nguyễn Văn An")), tc(p("Sở Nội vụ")), tc(p("Tổ trưởng"))), tr(tc(p("Lê Thị Bình")), tc(p("Sở Tài chính")), tc()))
body = [
    header("TỈNH THÁI NGUYÊN", "Số: 120/KH-UBND", "Thái Nguyên, ngày 12 tháng 3 năm 2025"),
    p(run("KẾ HOẠCH", bold=True), center=True),
    p(run("Kiện toàn tổ công tác năm 2025", bold=True), center=True),
    p("1. Thành lập tổ công tác."),
    p("2. Giao Sở Nội vụ theo dõi./."),
    tbl([4000, 5000],
        tr(tc(p(run("Nơi nhận:", bold=True)), p("- Các sở, ngành;"), p("- Lưu: VT.")),
           tc(p(run("TM. ỦY BAN NHÂN DÂN", bold=True), center=True), p(run("CHỦ TỊCH", bold=True), center=True), p(run("Trịnh Việt Hùng", bold=True), center=True)))),
    p(run("PHỤ LỤC", bold=True), center=True),
    p(run("DANH SÁCH TỔ CÔNG TÁC", bold=True), center=True),
    tbl([700, 3000, 3000, 2000],
        tr(tc(p("STT")), tc(p("Nhiệm vụ")), tc(p("Thành viên")), tc(p("Thời gian")), header=True),
        tr(tc(p("1")), tc(p("Rà soát hồ sơ")), tc(inner, p("")), tc(p("Quý I/2025"))),
        tr(tc(p("2")), tc(inner, p("")), tc(p("Phòng Tổng hợp")), tc(p("Quý II/2025")))),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ke-hoach-120-kh-ubnd-bang-long-bang.docx")
write(out, [("word/document.xml", document(*body))])

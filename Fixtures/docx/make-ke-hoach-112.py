"""Writes ke-hoach-112-kh-ubnd-bang-bay-cot.docx: a Kế hoạch whose appendix is a ruled data table of
seven columns, as the seed's first appendix is. Saved as .doc by LibreOffice
(Fixtures/doc/make-libreoffice.sh), each row's properties outgrow their page and go to the Data
stream (sprmPHugePapx). Run: python3 make-ke-hoach-112.py"""
import os
from wordml import *

head = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian thực hiện", "Ghi chú"]
rows = [
    ["1", "Tuyên truyền, phổ biến Luật Giao thông đường bộ", "Sở Giao thông vận tải", "Công an tỉnh; UBND các huyện", "Tài liệu tuyên truyền", "Quý I/2025", ""],
    ["2", "Kiểm tra tải trọng phương tiện trên các tuyến đường tỉnh", "Thanh tra Sở Giao thông vận tải", "Công an tỉnh", "Báo cáo kết quả kiểm tra", "Thường xuyên", ""],
    ["3", "Rà soát, xử lý các điểm đen về tai nạn giao thông", "Sở Giao thông vận tải", "UBND các huyện, thành phố", "Danh mục điểm đen được xử lý", "Quý II/2025", "Ưu tiên quốc lộ 3"],
    ["4", "Tổ chức Tháng an toàn giao thông", "Ban An toàn giao thông tỉnh", "Các sở, ngành; UBND các huyện", "Kế hoạch, báo cáo tổng kết", "Tháng 9/2025", ""],
    ["5", "Sơ kết, đánh giá kết quả thực hiện Kế hoạch", "Sở Giao thông vận tải", "Các cơ quan liên quan", "Báo cáo sơ kết", "Tháng 12/2025", ""],
]
body = [
    header("TỈNH THÁI NGUYÊN", "Số: 112/KH-UBND", "Thái Nguyên, ngày 10 tháng 3 năm 2025"),
    p(run("KẾ HOẠCH", bold=True), center=True),
    p(run("Bảo đảm trật tự, an toàn giao thông năm 2025", bold=True), center=True),
    p("Căn cứ Luật Trật tự, an toàn giao thông đường bộ ngày 27 tháng 6 năm 2024;"),
    p("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
    p(run("I. MỤC ĐÍCH, YÊU CẦU", bold=True)),
    p("1. Kiềm chế, giảm tai nạn giao thông trên cả ba tiêu chí."),
    p("2. Phân công rõ nhiệm vụ của từng cơ quan, đơn vị."),
    p(run("II. NHIỆM VỤ", bold=True)),
    p("Các cơ quan, đơn vị thực hiện các nhiệm vụ tại Phụ lục kèm theo Kế hoạch này./."),
    tbl([4000, 5000],
        tr(tc(p(run("Nơi nhận:", bold=True)), p("- Bộ Giao thông vận tải (b/c);"), p("- Các sở, ngành;"), p("- Lưu: VT, KT.")),
           tc(p(run("TM. ỦY BAN NHÂN DÂN", bold=True), center=True), p(run("KT. CHỦ TỊCH", bold=True), center=True),
              p(run("PHÓ CHỦ TỊCH", bold=True), center=True), p(run("Lê Quang Tiến", bold=True), center=True)))),
    p(run("PHỤ LỤC", bold=True), center=True),
    p(run("DANH MỤC NHIỆM VỤ BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG NĂM 2025", bold=True), center=True),
    p("(Kèm theo Kế hoạch số 112/KH-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Thái Nguyên)", center=True),
    tbl([600, 2400, 1500, 1600, 1500, 1100, 900],
        tr(*[tc(p(h)) for h in head], header=True),
        *[tr(*[tc(p(c)) if c else tc() for c in r]) for r in rows], borders=True),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ke-hoach-112-kh-ubnd-bang-bay-cot.docx")
write(out, [("word/document.xml", document(*body))])

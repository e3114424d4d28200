"""Writes ke-hoach-33-kh-ubnd-ban-word.docx: a Kế hoạch laid out as Word lays one out (header and
signature in layout tables, issuer lines split by line breaks, a tab, a deleted run, a hyperlink,
clauses, points and dashes numbered by Word itself (numbering.xml), 
an appendix table whose header repeats on each page, a group row spanning the table, a cell merged
down two rows, a leftover grid column), deflated as Word saves it. Run: python3 make-ke-hoach-33.py"""
import os
from wordml import *

numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:numbering {W}>'
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>'
    '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>'
    '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '</w:numbering>')
body = [
    header("HUYỆN PHÚ LƯƠNG", "Số: 33/KH-UBND", "Phú Lương, ngày 14 tháng 02 năm 2025"),
    p(run("KẾ HOẠCH", bold=True), center=True),
    p(run("Triển khai công tác cải cách hành chính năm 2025", bold=True), center=True),
    p("Căn cứ Kế hoạch số 12/KH-UBND ngày 20 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Thái Nguyên về cải cách hành chính năm 2025;"),
    p("Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
    p(run("I. MỤC ĐÍCH, YÊU CẦU", bold=True)),
    p("1.", TAB, "Nâng cao chất lượng phục vụ người dân, doanh nghiệp."),
    p("2. Bảo đảm công khai, minh bạch",
      '<w:del w:id="1" w:author="Văn thư"><w:r><w:delText> và kịp thời</w:delText></w:r></w:del>',
      " trong giải quyết thủ tục hành chính."),
    p(run("II. NHIỆM VỤ", bold=True)),
    # Clauses and points numbered by Word (w:numPr), not in the text; a bullet list drawn as dashes.
    numbered(1, 0, "Rà soát, đơn giản hóa thủ tục hành chính:"),
    numbered(1, 1, "Công bố danh mục thủ tục hành chính;"),
    numbered(1, 1, "Niêm yết công khai tại bộ phận một cửa;"),
    numbered(2, 0, "Văn phòng HĐND và UBND huyện;"),
    numbered(2, 0, "Phòng Nội vụ."),
    numbered(1, 0, "Các cơ quan thực hiện nhiệm vụ tại ",
      '<w:hyperlink r:id="rId9"><w:r><w:t>Phụ lục</w:t></w:r></w:hyperlink>', " kèm theo Kế hoạch này./."),
    tbl([4000, 5000],
        tr(tc(p(run("Nơi nhận:", bold=True)), p("- UBND tỉnh (b/c);"), p("- Các cơ quan chuyên môn;"), p("- Lưu: VT.")),
           tc(p(run("TM. ỦY BAN NHÂN DÂN", bold=True), center=True), p(run("CHỦ TỊCH", bold=True), center=True), p(run("Hoàng Văn Minh", bold=True), center=True)))),
    p(run("PHỤ LỤC", bold=True), center=True),
    p(run("DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025", bold=True), center=True),
    p("(Kèm theo Kế hoạch số 33/KH-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân huyện Phú Lương)", center=True),
    tbl([700, 3800, 2200, 1800, 300],
        tr(tc(p("STT")), tc(p("Nội dung công việc")), tc(p("Cơ quan chủ trì")), tc(p("Thời gian hoàn thành")), header=True),
        tr(tc(p("I. CẢI CÁCH THỂ CHẾ"), span=5), header=True),
        tr(tc(p("1")), tc(p("Rà soát văn bản quy phạm pháp luật")), tc(p("Phòng Tư pháp"), vmerge="restart"), tc(p("Quý II/2025"))),
        tr(tc(p("2")), tc(p("Tổng hợp kết quả rà soát")), tc(vmerge="continue"), tc(p("Tháng 9/2025"))),
        tr(tc(p("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"), span=5)),
        tr(tc(p("1")), tc(p("Số hóa hồ sơ thủ tục hành chính")), tc(p("Văn phòng HĐND và UBND huyện")), tc(p("Thường xuyên")))),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
]

doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://vbpl.vn" TargetMode="External"/>'
    '</Relationships>')
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ke-hoach-33-kh-ubnd-ban-word.docx")
write(out, [("word/_rels/document.xml.rels", doc_rels), ("word/numbering.xml", numbering), ("word/document.xml", document(*body))])

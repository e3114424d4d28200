"""Writes bao-cao-215-bc-ubnd-chu-thich-word.docx: a Báo cáo with Word's own footnotes, as reports
cite the documents they count (`đã ban hành 05 văn bản chỉ đạo` with a note naming them): each
`w:footnoteReference` in the text, the notes in `word/footnotes.xml` (ids from 2, after Word's
separator notes, as LibreOffice numbers them), one reference inside the header table's neighbour,
a paragraph of two notes. Run: python3 make-bao-cao-215-chu-thich.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wordml import *  # noqa: E402,F403


def ref(note_id):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'


def footnote(note_id, *paras):
    first, rest = paras[0], paras[1:]
    mark = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    body = f"<w:p>{mark}{run(' ' + first)}</w:p>" + "".join(p(t) for t in rest)
    return f'<w:footnote w:id="{note_id}">{body}</w:footnote>'


body = [
    header("HUYỆN ĐỨC THỌ", "Số: 215/BC-UBND", "Đức Thọ, ngày 25 tháng 9 năm 2025"),
    p(run("BÁO CÁO", bold=True), center=True),
    p(run("Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2025", bold=True), center=True),
    p("Thực hiện Kế hoạch số 08/KH-UBND ngày 15 tháng 01 năm 2025 của Ủy ban nhân dân huyện về cải cách hành chính năm 2025, Ủy ban nhân dân huyện báo cáo kết quả thực hiện 9 tháng đầu năm 2025 như sau:"),
    p(run("I. KẾT QUẢ THỰC HIỆN", bold=True)),
    p(run("1. Công tác chỉ đạo, điều hành", bold=True)),
    p("Ủy ban nhân dân huyện đã ban hành 05 văn bản chỉ đạo, điều hành công tác cải cách hành chính", ref(2),
      "; tổ chức 02 hội nghị triển khai và sơ kết", ref(3), "."),
    p(run("2. Cải cách thủ tục hành chính", bold=True)),
    p("Bộ phận Một cửa huyện tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 1.236 hồ sơ, đạt 98,9%", ref(4), "."),
    p(run("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025", bold=True)),
    p("1. Tiếp tục rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của huyện."),
    p("2. Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình."),
    p("Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2025 của Ủy ban nhân dân huyện./."),
    tbl([4500, 4500],
        tr(tc(p(run("Nơi nhận:", bold=True)), p("- Sở Nội vụ;"), p("- TT Huyện ủy, HĐND huyện;"), p("- Lưu: VT, NV.")),
           tc(p(run("TM. ỦY BAN NHÂN DÂN", bold=True), center=True), p(run("KT. CHỦ TỊCH", bold=True), center=True),
              p(run("PHÓ CHỦ TỊCH", bold=True), center=True), p(run("Trần Thị Lan", bold=True), center=True)))),
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>',
]
separators = ('<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
notes = separators + "".join([
    footnote(2, "Kế hoạch số 08/KH-UBND ngày 15/01/2025; Kế hoạch số 21/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân huyện về rà soát thủ tục hành chính; "
             "Công văn số 112/UBND-NV ngày 20/02/2025 của Ủy ban nhân dân huyện về chấn chỉnh kỷ luật, kỷ cương hành chính; "
             "Quyết định số 1520/QĐ-UBND ngày 28/8/2025 của Chủ tịch Ủy ban nhân dân huyện về kiện toàn Bộ phận Một cửa."),
    footnote(3, "Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2025 (ngày 20/01/2025);",
             "Hội nghị sơ kết 6 tháng đầu năm 2025 (ngày 10/7/2025)."),
    footnote(4, "Trong đó: 1.020 hồ sơ nộp trực tuyến, 230 hồ sơ nộp trực tiếp."),
])
footnotes_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>{notes}</w:footnotes>'
document_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '</Relationships>')
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bao-cao-215-bc-ubnd-chu-thich-word.docx")
write(out, [("word/document.xml", document(*body)), ("word/_rels/document.xml.rels", document_rels), ("word/footnotes.xml", footnotes_xml)])

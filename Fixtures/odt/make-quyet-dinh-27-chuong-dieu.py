#!/usr/bin/env python3
"""Quyết định 27 and the Quy chế it issues, as a Writer user numbers them with Chapter Numbering (the
outline style, written from the ODF 1.3 spec): the decision's articles `Điều 1.` … at outline level 2,
the Quy chế's chapters `Chương I` at level 1 with their articles under them (ODF counts a level again
under each higher one). LibreOffice's Word file of it (`…-libreoffice.docx`, Word's own numbering) is
written beside it when soffice is there.
    python3 Fixtures/odt/make-quyet-dinh-27-chuong-dieu.py        (Debian: libreoffice-writer-nogui)
"""
import os
import shutil
import subprocess
import tempfile

from odf import NS, p, write

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "quyet-dinh-27-qd-ubnd-chuong-dieu"
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles{NS}>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"/>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2"/>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="I" style:num-prefix="Chương "/>
<text:outline-level-style text:level="2" style:num-format="1" style:num-prefix="Điều " style:num-suffix="."/>
</text:outline-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm"
 fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>
"""


def h(level, text):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{text}</text:h>'


def cell(*paragraphs):
    return '<table:table-cell office:value-type="string">' + "".join(p(x) for x in paragraphs) + "</table:table-cell>"


def two_columns(left, right):
    return ('<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row>'
            + cell(*left) + cell(*right) + "</table:table-row></table:table>")


BODY = (
    two_columns(["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "-------", "Số: 27/QĐ-UBND"],
                ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                 "Cao Bằng, ngày 10 tháng 4 năm 2025"])
    + p("QUYẾT ĐỊNH") + p("Ban hành Quy chế quản lý văn bản điện tử")
    + p("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG")
    + p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;")
    + p("Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.")
    + p("QUYẾT ĐỊNH:")
    + h(2, "Ban hành kèm theo Quyết định này Quy chế quản lý văn bản điện tử.")
    + h(2, "Quyết định này có hiệu lực kể từ ngày ký.")
    + h(2, "Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm thi hành Quyết định này./.")
    + two_columns(["Nơi nhận:", "- Như Điều 3;", "- Lưu: VT."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Xuân Ánh"])
    + p("QUY CHẾ") + p("QUẢN LÝ VĂN BẢN ĐIỆN TỬ")
    + p("(Ban hành kèm theo Quyết định số 27/QĐ-UBND ngày 10 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh Cao Bằng)")
    + h(1, "QUY ĐỊNH CHUNG")
    + h(2, "Phạm vi điều chỉnh") + p("Quy chế này quy định việc quản lý văn bản điện tử.")
    + h(2, "Đối tượng áp dụng") + p("Quy chế này áp dụng đối với các cơ quan, đơn vị thuộc tỉnh.")
    + h(1, "TỔ CHỨC THỰC HIỆN")
    + h(2, "Trách nhiệm thi hành") + p("Văn phòng Ủy ban nhân dân tỉnh theo dõi việc thực hiện Quy chế này.")
)

CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content{NS}><office:body><office:text>{BODY}</office:text></office:body></office:document-content>
"""

out = os.path.join(HERE, NAME + ".odt")
write(out, CONTENT, STYLES, date=(2025, 4, 10, 8, 0, 0))
print(out)

if shutil.which("soffice"):
    work = tempfile.mkdtemp()
    shutil.copy(out, os.path.join(work, NAME + "-libreoffice.odt"))
    subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", HERE, os.path.join(work, NAME + "-libreoffice.odt")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(work)
    print(os.path.join(HERE, NAME + "-libreoffice.docx"))

#!/usr/bin/env python3
"""Kế hoạch 66 as a LibreOffice user writes it in Writer (.odt), written from the ODF 1.3 spec:
its numbers drawn by a list style (I. / 1. / a) / -), the second part of the list continuing the
first (text:continue-list), a list restarted at 3 (text:start-value); a footnote (the document's
note, its mark in the text); a comment, a hidden span, a hidden section and a tracked deletion, none
of them the document's text; a span in .VnTime (TCVN3 letters, as
the font shows them); the appendix table with a two-level header (`Thời gian` over `Bắt đầu |
Kết thúc`, the cells beside it merged down), a group row across the table and a cell merged down two
rows; the signature in a text frame anchored in the closing paragraph, the recipients in a table
after it; A4 with Decree 30's margins.
    python3 Fixtures/odt/make-ke-hoach-66-danh-so-tu-dong.py
"""
import os

from odf import NS, p, write

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ke-hoach-66-kh-ubnd-danh-so-tu-dong.odt")

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles{NS}>
<office:font-face-decls>
<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" style:font-family-generic="roman"/>
<style:font-face style:name=".VnTime" svg:font-family=".VnTime" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard"/>
<text:list-style style:name="Kế_20_hoạch" style:display-name="Kế hoạch">
<text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="."/>
<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."/>
<text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=")"/>
<text:list-level-style-bullet text:level="4" text:bullet-char="-"/>
</text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm"
 fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
</office:document-styles>
"""


def item(text, inner=""):
    return f"<text:list-item>{p(text)}{inner}</text:list-item>"


def cell(text, extra=""):
    return f'<table:table-cell office:value-type="string"{extra}>{p(text)}</table:table-cell>'


COVERED = "<table:covered-table-cell/>"

HEADER = ("<table:table table:name=\"Đầu\"><table:table-column table:number-columns-repeated=\"2\"/>"
          "<table:table-row>"
          '<table:table-cell office:value-type="string"><text:p text:style-name="Standard">ỦY BAN NHÂN DÂN<text:line-break/>HUYỆN ĐẠI TỪ</text:p>'
          + p("-------") + "</table:table-cell>"
          '<table:table-cell office:value-type="string">' + p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          + p("Độc lập - Tự do - Hạnh phúc") + p("---------------") + "</table:table-cell>"
          "</table:table-row><table:table-row>"
          + cell("Số: 66/KH-UBND") + cell("Đại Từ, ngày 18 tháng 3 năm 2025")
          + "</table:table-row></table:table>")

# Sections I, II and III are one list in two parts (the second continues the first's numbers); the
# paragraph between them belongs to section I. The appendix's notes are a list started at 3.
BODY = (
    p("KẾ HOẠCH")
    + p("Triển khai chuyển đổi số năm 2025")
    + p("Căn cứ Kế hoạch số 20/KH-UBND ngày 15 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Thái Nguyên"
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body>" + p("Đăng trên Cổng thông tin điện tử tỉnh.") + "</text:note-body></text:note>;")
    + p("Ủy ban nhân dân huyện ban hành Kế hoạch như sau:")
    + '<text:section text:name="Nháp" text:display="none">' + p("Bản nháp cũ của Kế hoạch.") + "</text:section>"
    + '<text:list xml:id="list1" text:style-name="Kế_20_hoạch">'
    + item("MỤC ĐÍCH, YÊU CẦU",
           "<text:list>"
           + item("Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước."
                  '<office:annotation><dc:creator>Văn thư</dc:creator>' + p("Xem lại câu này.") + "</office:annotation>")
           + item('Bảo đảm an toàn thông tin<text:span text:style-name="An"> (bản nháp)</text:span>.')
           + "</text:list>")
    + "</text:list>"
    + p("Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc.")
    + '<text:list text:continue-list="list1" text:style-name="Kế_20_hoạch">'
    + item("NHIỆM VỤ",
           "<text:list>"
           + item("Hạ tầng số:",
                  "<text:list>"
                  + item("Nâng cấp mạng nội bộ<text:change text:change-id=\"ct1\"/> của Ủy ban nhân dân huyện;")
                  + item('<text:span text:style-name="Vn">Trang b\u00de ch\u00f8ng th\u00ad s\u00e8</text:span> cho công chức;')
                  + item("Kết nối các xã:",
                         "<text:list>" + item("Xã Hùng Sơn;") + item("Xã Tân Thái.") + "</text:list>")
                  + "</text:list>")
           + item("Dữ liệu số:<text:s text:c=\"3\"/>số hóa<text:tab/>hồ sơ.")
           + "</text:list>")
    + item("TỔ CHỨC THỰC HIỆN",
           "<text:list>"
           + item("Văn phòng HĐND và UBND huyện theo dõi, báo cáo kết quả thực hiện.")
           + "</text:list>")
    + "</text:list>"
)

APPENDIX = (
    p("PHỤ LỤC")
    + p("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025")
    + p("(Kèm theo Kế hoạch số 66/KH-UBND ngày 18 tháng 3 năm 2025 của Ủy ban nhân dân huyện Đại Từ)")
    + '<table:table table:name="Nhiệm vụ"><table:table-column table:number-columns-repeated="5"/>'
    + "<table:table-header-rows><table:table-row>"
    + cell("TT", ' table:number-rows-spanned="2"') + cell("Nhiệm vụ", ' table:number-rows-spanned="2"')
    + cell("Đơn vị chủ trì", ' table:number-rows-spanned="2"') + cell("Thời gian", ' table:number-columns-spanned="2"') + COVERED
    + "</table:table-row><table:table-row>"
    + COVERED * 3 + cell("Bắt đầu") + cell("Kết thúc")
    + "</table:table-row></table:table-header-rows>"
    + "<table:table-row>" + cell("I. HẠ TẦNG SỐ", ' table:number-columns-spanned="5"') + COVERED * 4 + "</table:table-row>"
    + "<table:table-row>" + cell("1") + cell("Nâng cấp mạng nội bộ") + cell("Phòng Văn hóa và Thông tin", ' table:number-rows-spanned="2"')
    + cell("Quý II/2025") + cell("Quý III/2025") + "</table:table-row>"
    + "<table:table-row>" + cell("2") + cell("Trang bị chứng thư số") + COVERED + cell("Quý II/2025") + cell("Quý IV/2025") + "</table:table-row>"
    + "</table:table>"
    + p("Ghi chú:")
    + '<text:list text:style-name="Ghi_20_chú"><text:list-item text:start-value="3">' + p("Nhiệm vụ 3 chuyển sang năm 2026.") + "</text:list-item></text:list>"
)

SIGNATURE = (
    p("Ủy ban nhân dân huyện đề nghị các cơ quan thực hiện./."
      '<draw:frame draw:name="Chữ ký" text:anchor-type="paragraph" svg:width="8cm" svg:height="4cm">'
      "<svg:title>Khung chữ ký</svg:title><draw:text-box>"
      + p("TM. ỦY BAN NHÂN DÂN", "Frame_20_contents") + p("CHỦ TỊCH", "Frame_20_contents")
      + p("Nguyễn Văn Thành", "Frame_20_contents") + "</draw:text-box></draw:frame>")
    + '<table:table table:name="Nơi nhận"><table:table-column/><table:table-row>'
    '<table:table-cell office:value-type="string">' + p("Nơi nhận:") + p("- UBND tỉnh (b/c);") + p("- Lưu: VT.")
    + "</table:table-cell></table:table-row></table:table>"
)

CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content{NS}>
<office:automatic-styles>
<style:style style:name="An" style:family="text"><style:text-properties text:display="none"/></style:style>
<style:style style:name="Vn" style:family="text"><style:text-properties style:font-name=".VnTime"/></style:style>
<text:list-style style:name="Ghi_20_chú"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/></text:list-style>
</office:automatic-styles>
<office:body><office:text>
<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Văn thư</dc:creator>
<dc:date>2025-03-17T08:00:00</dc:date></office:change-info>{p(" và máy chủ")}</text:deletion></text:changed-region></text:tracked-changes>
{HEADER}{BODY}{SIGNATURE}{APPENDIX}
</office:text></office:body></office:document-content>
"""

write(OUT, CONTENT, STYLES, date=(2025, 3, 18, 8, 0, 0))
print(OUT)

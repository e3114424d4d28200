#!/usr/bin/env python3
"""Writes Fixtures/html/quyet-dinh-25-2025-qd-ubnd-luoi-lech.html: a page whose criteria table lays
its rows' cells over another grid than its header's, as a site's page of a table drawn by hand
in Word does (the corpus's QĐ 42/2025/QĐ-TTg): `Nhóm 1 | Nhóm 2 | Nhóm 3` over one, five and
three grid columns; rows' three figures over one, five and three, or two, six and one, or three,
three and three, or five, three and one; a figure for all three over the nine.
LibreOffice's Word, OpenDocument and Word 97 files of it: Fixtures/doc/make-luoi-lech.sh."""
import os

ROWS = [  # (STT, name, rows it spans) then (content, [(colspan, text)…])
    ("1", "Văn hóa ứng xử", [
        ("1.1. Tỷ lệ cơ quan cấp xã ban hành quy chế văn hóa công vụ", [(1, "100%"), (5, "100%"), (3, "100%")]),
        ("1.2. Tỷ lệ thôn, tổ dân phố có hương ước, quy ước", [(2, "≥ 90%"), (6, "≥ 95%"), (1, "100%")]),
        ("1.3. Có mô hình ứng xử văn minh nơi công cộng", [(9, "Đạt\n(UBND tỉnh quy định cụ thể)")]),
    ]),
    ("2", "Thiết chế văn hóa", [
        ("2.1. Tỷ lệ xã có Trung tâm văn hóa - thể thao", [(3, "70%"), (3, "85%"), (3, "100%")]),
        ("2.2. Tỷ lệ thôn có nhà văn hóa đạt chuẩn", [(5, "60%"), (3, "75%"), (1, "90%")]),
        ("2.3. Có thư viện hoặc tủ sách cộng đồng", [(1, "Đạt"), (5, "Đạt"), (3, "Đạt")]),
    ]),
]

def cell(text, attrs="", center=True, bold=False):
    inner = text.replace("\n", "<br>")
    if bold:
        inner = f"<b>{inner}</b>"
    align = ' align="center"' if center else ""
    return f'  <td{attrs} valign="top"><p{align}>{inner}</p></td>'

out = ["""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Quyết định 25/2025/QĐ-UBND Bộ tiêu chí xã văn hóa tỉnh Hà Tĩnh</title></head>
<body>
<div class="content1">
<table border="0" cellspacing="0" cellpadding="0" width="100%">
 <tr>
  <td width="35%" valign="top"><p align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH<br>-------</b></p></td>
  <td width="65%" valign="top"><p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>---------------</b></p></td>
 </tr>
 <tr>
  <td valign="top"><p align="center">Số: 25/2025/QĐ-UBND</p></td>
  <td valign="top"><p align="right"><i>Hà Tĩnh, ngày 18 tháng 9 năm 2025</i></p></td>
 </tr>
</table>

<p align="center"><b>QUYẾT ĐỊNH</b></p>
<p align="center"><b>Ban hành Bộ tiêu chí xã đạt chuẩn văn hóa trên địa bàn tỉnh Hà Tĩnh</b></p>
<p align="center"><b>ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH</b></p>
<p><i>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;</i></p>
<p><i>Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.</i></p>
<p align="center"><b>QUYẾT ĐỊNH:</b></p>
<p><b>Điều 1.</b> Ban hành kèm theo Quyết định này Bộ tiêu chí xã đạt chuẩn văn hóa trên địa bàn tỉnh.</p>
<p><b>Điều 2.</b> Quyết định này có hiệu lực từ ngày 01 tháng 10 năm 2025.</p>
<p><b>Điều 3.</b> Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.</p>

<table border="0" cellspacing="0" cellpadding="0" width="100%">
 <tr>
  <td width="50%" valign="top"><p><b><i>Nơi nhận:</i></b><br>- Như Điều 3;<br>- Bộ Văn hóa, Thể thao và Du lịch;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- Lưu: VT, KGVX.</p></td>
  <td width="50%" valign="top"><p align="center"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br><br><br>(Đã ký)<br><br>Nguyễn Hồng Lĩnh</b></p></td>
 </tr>
</table>

<p align="center"><b>BỘ TIÊU CHÍ</b></p>
<p align="center"><b>XÃ ĐẠT CHUẨN VĂN HÓA TRÊN ĐỊA BÀN TỈNH HÀ TĨNH</b><br><i>(Kèm theo Quyết định số 25/2025/QĐ-UBND ngày 18 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh)</i></p>

<table border="1" cellspacing="0" cellpadding="0" width="100%">
 <tr>"""]
out.append(cell("STT", ' rowspan="2"', bold=True))
out.append(cell("Tên tiêu chí", ' rowspan="2"', bold=True))
out.append(cell("Nội dung tiêu chí", ' rowspan="2"', bold=True))
out.append(cell("Chỉ tiêu theo nhóm xã", ' colspan="9"', bold=True))
out.append(" </tr>\n <tr>")
for span, name in [(1, "Nhóm 1"), (5, "Nhóm 2"), (3, "Nhóm 3")]:
    out.append(cell(name, f' colspan="{span}"' if span > 1 else "", bold=True))
out.append(" </tr>")
for stt, name, items in ROWS:
    for k, (content, figures) in enumerate(items):
        out.append(" <tr>")
        if k == 0:
            out.append(cell(stt, f' rowspan="{len(items)}"'))
            out.append(cell(name, f' rowspan="{len(items)}"', center=False))
        out.append(cell(content, center=False))
        for span, text in figures:
            out.append(cell(text, f' colspan="{span}"' if span > 1 else ""))
        out.append(" </tr>")
out.append("</table>\n</div>\n</body></html>\n")
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "quyet-dinh-25-2025-qd-ubnd-luoi-lech.html"), "w", encoding="utf-8") as f:
    f.write("\n".join(out))

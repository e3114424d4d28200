"""Kế hoạch 18 as Google Docs exports a document with a footnote and a comment (File > Download >
Web page): the footnote's mark `<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>` in the text and
its note after the body, under a rule, opening with the link back (`<a href="#ftnt_ref1"
id="ftnt1">[1]</a>`); the comment's mark `<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>` and
its text last, in a `<div>` opening with its link back (`<a href="#cmnt_ref1" id="cmnt1">[a]</a>`).
Shaped after Google's export (no Google Docs here), from ke-hoach-18-kh-ubnd-google-docs.html.
    python3 Fixtures/html/make-ke-hoach-18-google-docs-chu-thich.py"""
import os

here = os.path.dirname(os.path.abspath(__file__))
page = open(os.path.join(here, "ke-hoach-18-kh-ubnd-google-docs.html"), encoding="utf-8").read()

def replace(old, new):
    global page
    assert page.count(old) == 1, old
    page = page.replace(old, new)

replace('<span class="c1">Sách về chủ quyền biển, đảo;</span>',
        '<span class="c1">Sách về chủ quyền biển, đảo</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span class="c1">;</span>')
replace('<span class="c1">Thời gian: từ ngày 15 đến ngày 25 tháng 4 năm 2025.</span>',
        '<span class="c1">Thời gian: từ ngày 15 đến ngày 25 tháng 4 năm 2025.</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>')
replace('</table></body>',
        '</table><hr class="c13"><div><p class="c12"><a href="#ftnt_ref1" id="ftnt1">[1]</a>'
        '<span class="c6">&nbsp;Theo danh mục sách của Thư viện tỉnh năm 2025.</span></p></div>'
        '<div class="c14"><p class="c12"><a href="#cmnt_ref1" id="cmnt1">[a]</a>'
        '<span class="c6">Đề nghị kiểm tra lại thời gian tổ chức.</span></p></div></body>')

open(os.path.join(here, "ke-hoach-18-kh-ubnd-google-docs-chu-thich.html"), "w", encoding="utf-8").write(page)

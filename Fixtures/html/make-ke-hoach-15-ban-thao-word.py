"""Kế hoạch 15 as a draft saved from Word as a web page with its revisions and comments showing
(Word 2016 "Save as Web Page" of a file with Track Changes on): an insertion as
`<span class=msoIns><ins cite="mailto:…" datetime="…">…</ins></span>`, a deletion the same with
`del` (a whole paragraph deleted leaves its text in `<del>`), and each comment as its anchor
`<a class=msocomanchor …>[VT1]</a>` in the text with the comments listed after the body in
`<div style='mso-element:comment-list'>`. With the insertions kept and the deletions and comments
left out, it is Kế hoạch 15 as issued (ke-hoach-15-kh-ubnd-luu-tu-word.html).
    python3 Fixtures/html/make-ke-hoach-15-ban-thao-word.py"""
import os

here = os.path.dirname(os.path.abspath(__file__))
page = open(os.path.join(here, "ke-hoach-15-kh-ubnd-luu-tu-word.html"), encoding="utf-8").read()

WHO = 'cite="mailto:V%C4%83n%20th%C6%B0" datetime="2025-03-18T09:12"'

def ins(text):
    return f"<span class=msoIns><ins {WHO}>{text}</ins></span>"

def dele(text):
    return f"<span class=msoDel><del {WHO}>{text}</del></span>"

def anchor(n, initials="VT"):
    return (f'<a class=msocomanchor id="_anchor_{n}" href="#_msocom_{n}" language=JavaScript '
            f'name="_msoanchor_{n}">[{initials}{n}]</a><span class=MsoCommentReference><span '
            f"style='font-size:8.0pt'>&nbsp;</span></span>")

def comment(n, text, initials="VT"):
    return f"""<div style='mso-element:comment'><![if !supportAnnotations]>

<div id="_com_{n}" class=msocomtxt language=JavaScript
onmouseover="msoCommentShow('_anchor_{n}','_com_{n}')"
onmouseout="msoCommentHide('_com_{n}')"><![endif]>

<div><![if !supportAnnotations]><![endif]>

<p class=MsoCommentText><span class=MsoCommentReference><span
style='font-size:8.0pt'><![if !supportAnnotations]><a class=msocomoff
href="#_msoanchor_{n}" language=JavaScript>[{initials}{n}]</a><![endif]><span
style='mso-special-character:comment'>&nbsp;</span></span></span><span lang=VI>{text}</span></p>

</div>

<![if !supportAnnotations]></div>

<![endif]></div>
"""

def replace(old, new):
    global page
    assert page.count(old) == 1, old
    page = page.replace(old, new)

# A word replaced in a point: the old one deleted, the new one inserted.
replace("Sao lưu dữ liệu hằng tuần;", f"Sao lưu dữ liệu {dele('hằng tháng')}{ins('hằng tuần')};")
# Words inserted and deleted inside a clause, and a comment on it.
replace("Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan, đơn vị.",
        f"Số hóa hồ sơ, tài liệu lưu trữ {dele('còn lại ')}của các cơ quan, đơn vị{dele(' trên địa bàn')}.{anchor(1)}")
# A whole paragraph deleted after the clauses.
replace("<p class=MsoListParagraph style='margin-left:0cm;text-indent:0cm;mso-list:l0 level1 lfo1'><![if !supportLists]><b><span\nlang=VI><span style='mso-list:Ignore'>II.",
        "<p class=MsoNormal style='text-indent:36.0pt'><span lang=VI>" + dele("Các phòng, ban chuyên môn báo cáo kết quả trước ngày 15 hằng tháng.") + "<o:p></o:p></span></p>\n\n"
        "<p class=MsoListParagraph style='margin-left:0cm;text-indent:0cm;mso-list:l0 level1 lfo1'><![if !supportLists]><b><span\nlang=VI><span style='mso-list:Ignore'>II.")
# A table cell revised, with a comment in the next one.
replace("<span lang=VI>Quý II/2025<o:p></o:p>", f"<span lang=VI>Quý {dele('I')}{ins('II')}/2025<o:p></o:p>")
replace("<span lang=VI>Phòng Nội vụ<o:p></o:p>", f"<span lang=VI>Phòng Nội vụ{anchor(2)}<o:p></o:p>")
# The comments, after the body's section as Word writes them.
replace("</div>\n\n</body>", "</div>\n\n<div style='mso-element:comment-list'><![if !supportAnnotations]>\n\n"
        "<hr class=msocomoff align=left size=1 width=\"33%\">\n\n<![endif]>\n\n"
        + comment(1, "Đề nghị Phòng Nội vụ rà soát lại danh mục hồ sơ cần số hóa.")
        + comment(2, "Ghi rõ đơn vị phối hợp.") + "\n</div>\n\n</body>")

open(os.path.join(here, "ke-hoach-15-kh-ubnd-ban-thao-word.html"), "w", encoding="utf-8").write(page)

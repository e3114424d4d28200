"""WordprocessingML for the .docx fixture scripts: runs, paragraphs, tables, text boxes, and a
package written as Word saves one (deflated members, fixed dates)."""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
# The namespaces a document with drawings declares besides.
DRAWING = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def run(text, bold=False, font=None):
    props = (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>' if font else "") + ("<w:b/>" if bold else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'

def p(*runs, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    return f"<w:p>{ppr}{''.join(r if r.startswith('<') else run(r) for r in runs)}</w:p>"

BR = "<w:r><w:br/></w:r>"

def numbered(num, level, *runs):
    numpr = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>'
    return f"<w:p>{numpr}{''.join(r if r.startswith('<') else run(r) for r in runs)}</w:p>"

TAB = "<w:r><w:tab/></w:r>"

def tc(*paras, span=1, vmerge=None):
    pr = ""
    if span > 1: pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart": pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue": pr += "<w:vMerge/>"
    pr = f"<w:tcPr>{pr}</w:tcPr>" if pr else ""
    return f"<w:tc>{pr}{''.join(paras) if paras else '<w:p/>'}</w:tc>"

def tr(*cells, header=False):
    pr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{pr}{''.join(cells)}</w:tr>"

def tbl(grid, *rows, borders=False):
    """A table; with `borders`, single lines around and between its cells, as a data table is ruled."""
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in grid)
    rule = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    lines = f"<w:tblBorders>{rule}</w:tblBorders>" if borders else ""
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{lines}</w:tblPr><w:tblGrid>{cols}</w:tblGrid>{"".join(rows)}</w:tbl>'

def header(unit, number, place_date):
    """The header table of a body under a people's committee (ỦY BAN NHÂN DÂN over `unit`): agency
    beside the quốc hiệu, then the number beside the place and date."""
    return tbl([3500, 5500],
        tr(tc(p("ỦY BAN NHÂN DÂN", BR, run(unit, bold=True), center=True), p("-------", center=True)),
           tc(p(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True), center=True), p("Độc lập - Tự do - Hạnh phúc", center=True), p("---------------", center=True))),
        tr(tc(p(number, center=True)), tc(p(place_date, center=True))))

def textbox(*paras):
    """A floating text box as Word 2010+ writes it: DrawingML, with a VML copy as the fallback."""
    content = f"<w:txbxContent>{''.join(paras)}</w:txbxContent>"
    wps = ('<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2743200" cy="1371600"/>'
        '<wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor>')
    vml = f'<w:pict><v:shape type="#_x0000_t202" style="width:216pt;height:108pt"><v:textbox>{content}</v:textbox></v:shape></w:pict>'
    return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{wps}</w:drawing></mc:Choice>'
        f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>')

def document(*body, drawings=False):
    ns = f"{W} {DRAWING}" if drawings else W
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{"".join(body)}</w:body></w:document>'

OVERRIDES = [
    ("word/document.xml", "document.main"), ("word/numbering.xml", "numbering"), ("word/styles.xml", "styles"),
]

def content_types(names):
    """The package's content types: one override for each main part it holds."""
    overrides = "".join(f'<Override PartName="/{n}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{t}+xml"/>'
                        for n, t in OVERRIDES if n in names)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'{overrides}</Types>')

rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

def write(out, parts):
    """Writes the package: content types, relationships, then `parts` ((name, xml) pairs)."""
    names = [n for n, _ in parts]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", content_types(names)), ("_rels/.rels", rels)] + parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 2, 14, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))
    print(out)

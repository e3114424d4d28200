import Testing
@testable import VanBanMarkup
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanTestSupport

/// The Word form: WordprocessingML read into the block stream, and every way a file can be damaged.
@Suite struct DocxReaderTests {
    /// A Công văn whose paragraphs mix runs in VNI-Times (VNI letters) and Times New Roman (Unicode),
    /// made by `Fixtures/docx/make-cong-van-19-font-hon-hop.py`: no line is VNI throughout, so the
    /// runs' fonts tell which letters to convert; one U01 names the font.
    @Test func runsInALegacyFontAreConverted() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/docx/cong-van-19-ubnd-font-hon-hop.docx")
        #expect(doc.header.issuer == "ỦY BAN NHÂN DÂN HUYỆN VÕ NHAI" && doc.header.place == "Võ Nhai" && doc.header.date == "2025-01-08")
        #expect(doc.header.title == "V/v báo cáo kết quả số hóa hồ sơ")
        #expect(doc.preamble.map(\.text) == ["Thực hiện Kế hoạch số 12/KH-UBND ngày 20 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Thái Nguyên về số hóa hồ sơ lưu trữ, Ủy ban nhân dân huyện đề nghị:"])
        #expect(doc.body.map(\.heading) == ["Các cơ quan rà soát hồ sơ đã số hóa năm 2024;", "Báo cáo kết quả về Văn phòng trước ngày 20 tháng 01 năm 2025./."])
        #expect(doc.signature?.name == "Lý Văn Tuyến" && doc.recipients == ["- Như trên;", "- Lưu: VT."])
        #expect(doc.citations.first?.number == "12/KH-UBND")
        #expect(doc.diagnostics.map(\.rule) == ["U01"] && doc.diagnostics.first?.message.contains("VNI-Times") == true)
        #expect(doc.page?.fonts == ["Times New Roman", "VNI-Times"])
    }

    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    /// The same report as Word 97-2003 stores it (`Fixtures/doc/make-bao-cao-215-chu-thich.py`: each
    /// reference a 0x02 in the main text, the notes in the footnote subdocument, PlcffndRef and
    /// PlcffndTxt): marks and notes as in the .docx, the whole model the same but for its lines.
    @Test func word97FootnotesAreNotesToo() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/doc/bao-cao-215-bc-ubnd-chu-thich-word-97.doc")
        let docx = try TestFiles.parse(TestFiles.fixtures + "/docx/bao-cao-215-bc-ubnd-chu-thich-word.docx")
        #expect(doc.notes.map(\.mark) == ["1", "2", "3"] && doc.notes.map(\.paragraphs.count) == [1, 2, 1])
        #expect(doc.body.first?.children.last?.paragraphs == ["Bộ phận Một cửa huyện tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 1.236 hồ sơ, đạt 98,9%[3]."])
        #expect(doc.notes.map { $0.paragraphs.map(\.text) } == docx.notes.map { $0.paragraphs.map(\.text) })
        #expect(doc.body == docx.body && doc.signature?.name == docx.signature?.name && doc.citations.map(\.number) == docx.citations.map(\.number))
    }

    /// A report with Word's own footnotes (`Fixtures/docx/make-bao-cao-215-chu-thich.py`): each
    /// reference is its mark where Word draws it, numbered in order (the notes' ids start at 2), and
    /// the notes, read from `word/footnotes.xml` after the text, are the document's notes, a note of
    /// two paragraphs whole. They had been dropped, marks and all.
    @Test func wordsFootnotesAreNotes() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/docx/bao-cao-215-bc-ubnd-chu-thich-word.docx")
        let results = try #require(doc.body.first?.children)
        #expect(results.map(\.paragraphs) == [
            ["Ủy ban nhân dân huyện đã ban hành 05 văn bản chỉ đạo, điều hành công tác cải cách hành chính[1]; tổ chức 02 hội nghị triển khai và sơ kết[2]."],
            ["Bộ phận Một cửa huyện tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 1.236 hồ sơ, đạt 98,9%[3]."]])
        #expect(doc.notes.map(\.mark) == ["1", "2", "3"] && doc.notes.map(\.paragraphs.count) == [1, 2, 1])
        #expect(doc.notes[2].paragraphs.first?.text == "Trong đó: 1.020 hồ sơ nộp trực tuyến, 230 hồ sơ nộp trực tiếp.")
        #expect(doc.signature?.name == "Trần Thị Lan" && doc.recipients.count == 3 && doc.closing.count == 1)
        #expect(doc.citations.contains { $0.number == "1520/QĐ-UBND" && $0.issuer == "Chủ tịch Ủy ban nhân dân huyện" })
        // A reference in a table cell counts in document order too; an endnote's is left out.
        let cell = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô bảng</w:t></w:r><w:r><w:footnoteReference w:id=\"7\"/></w:r></w:p></w:tc></w:tr></w:tbl>"
        let xml = "<w:document \(Self.w)><w:body><w:p><w:r><w:t>Văn bản</w:t></w:r><w:r><w:footnoteReference w:id=\"5\"/></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r></w:p>\(cell)</w:body></w:document>"
        let notes = "<w:footnotes \(Self.w)><w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Chú thích ô.</w:t></w:r></w:p></w:footnote><w:footnote w:id=\"5\"><w:p><w:r><w:t>Chú thích đầu.</w:t></w:r></w:p></w:footnote></w:footnotes>"
        let bytes = Python.zip([("word/document.xml", xml), ("word/footnotes.xml", notes)])
        try #require(!bytes.isEmpty, "Python could not write the package")
        let read = try DocxReader.read(bytes)
        #expect((1...read.source.lineCount).map(read.source.lineText) == ["Văn bản[1]", "Ô bảng[2]", "[1] Chú thích đầu.", "[2] Chú thích ô."])
    }

    /// Text in a VNI font inside a table cell only (the body in Unicode): converted, and noted as
    /// in the body (a cell's runs were converted without a U01 before).
    @Test func aLegacyFontInATableCellIsNoted() throws {
        let vni = "<w:r><w:rPr><w:rFonts w:ascii=\"VNI-Times\" w:hAnsi=\"VNI-Times\"/></w:rPr><w:t>Coäng hoøa</w:t></w:r>"
        let body = "<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p>\(vni)</w:p></w:tc></w:tr></w:tbl>"
        let read = try DocxReader.read(docx(body))
        #expect(read.source.text.contains("Cộng hòa"))
        #expect(read.source.diagnostics.map(\.message) == ["the text set in VNI-Times is VNI (Windows), not Unicode; it was converted to Unicode"])
    }

    /// Tables nested hundreds deep (a hostile or broken file; the fuzzer found a crash at 3,000)
    /// are refused with a reason; fifty deep read as usual.
    @Test func tablesNestedTooDeepAreRefused() throws {
        func nested(_ n: Int) -> String {
            String(repeating: "<w:tbl><w:tr><w:tc>", count: n) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + String(repeating: "</w:tc></w:tr></w:tbl>", count: n)
        }
        #expect(throws: DocxReadError.corrupt("its elements nest more than 200 deep")) { try DocxReader.read(docx(nested(3000))) }
        #expect(try DocxReader.read(docx("<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>" + nested(50))).source.text.contains("x"))
    }

    /// A Word file (stored members) around a body.
    func docx(_ body: String) -> [UInt8] {
        DocxWriter.package(documentXML: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(Self.w)><w:body>\(body)</w:body></w:document>")
    }

    func blocks(_ body: String) throws -> [Block] { try DocxReader.read(docx(body)).blocks }

    func texts(_ body: String) throws -> [String] {
        try blocks(body).compactMap { if case .paragraph(let p) = $0 { "\(p.line):\(p.text)" } else { nil } }
    }

    @Test func runsJoinLineBreaksSplitDeletedAndHiddenTextIsLeftOut() throws {
        let body = "<w:p><w:r><w:t>Chính ph</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>ủ</w:t></w:r><w:r><w:br/><w:t>KT.</w:t><w:tab/><w:t>THỦ TƯỚNG</w:t></w:r></w:p>"
            + "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">Độc lập  - </w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>xoá</w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>Tự do</w:t></w:r></w:ins><w:r><w:instrText>HYPERLINK x</w:instrText></w:r>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t> ẩn</w:t></w:r></w:p>"
        // Lines count non-empty paragraph lines in order: they are the lines of `source`.
        #expect(try texts(body) == ["1:Chính phủ", "2:KT. THỦ TƯỚNG", "3:Độc lập - Tự do"])
    }

    /// A table of contents (a `TOC` field, its result over several paragraphs, with `PAGEREF` fields
    /// nested in it) repeats the headings with page numbers: it is not the document's text. Other
    /// fields show their result.
    @Test func tableOfContentsIsLeftOut() throws {
        func r(_ inner: String) -> String { "<w:r>\(inner)</w:r>" }
        func fld(_ type: String) -> String { r("<w:fldChar w:fldCharType=\"\(type)\"/>") }
        func t(_ text: String) -> String { r("<w:t xml:space=\"preserve\">\(text)</w:t>") }
        let pageRef = fld("begin") + r("<w:instrText xml:space=\"preserve\"> PAGEREF _Toc1 \\h </w:instrText>") + fld("separate") + t("3") + fld("end")
        let body = "<w:p>\(t("MỤC LỤC"))</w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>\(fld("begin"))\(r("<w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText>"))\(fld("separate"))"
            + "<w:hyperlink w:anchor=\"_Toc1\">\(t("Chương I. QUY ĐỊNH CHUNG"))\(r("<w:tab/>"))\(pageRef)</w:hyperlink></w:p>"
            + "<w:p><w:pPr><w:pStyle w:val=\"TOC2\"/></w:pPr>\(t("Điều 1. Phạm vi"))\(r("<w:tab/>"))\(t("3"))</w:p>"
            + "<w:p>\(fld("end"))</w:p>"
            + "<w:p><w:fldSimple w:instr=\" TOC \\o &quot;1-1&quot; \">\(t("Chương I ..... 3"))</w:fldSimple></w:p>"
            + "<w:p>\(t("Chương I"))</w:p><w:p>\(t("Điều 1. Phạm vi điều chỉnh, xem "))\(fld("begin"))"
            + "\(r("<w:instrText> HYPERLINK \"https://vbpl.vn\" </w:instrText>"))\(fld("separate"))\(t("vbpl.vn"))\(fld("end"))</w:p>"
        #expect(try texts(body) == ["1:MỤC LỤC", "2:Chương I", "3:Điều 1. Phạm vi điều chỉnh, xem vbpl.vn"])
    }

    /// A table of contents without its field (or with its field ending inside a contents
    /// paragraph): its paragraphs are told by their styles, found by their built-in names (`toc 1`,
    /// `TOC Heading`) whatever their ids; the text after it is read.
    @Test func contentsParagraphsAreToldByTheirStyles() throws {
        let styles = "<w:styles \(Self.w)><w:style w:type=\"paragraph\" w:styleId=\"Mucluc1\"><w:name w:val=\"toc 1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"TOC2\"><w:name w:val=\"TOC 2\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"TieuDeMucLuc\"><w:name w:val=\"TOC Heading\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Toc\"><w:name w:val=\"Toc\"/></w:style></w:styles>"
        func para(_ style: String?, _ inner: String) -> String {
            "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + inner + "</w:p>"
        }
        func t(_ text: String) -> String { "<w:r><w:t>\(text)</w:t></w:r>" }
        let body = para("TieuDeMucLuc", t("MỤC LỤC")) + para("Mucluc1", t("Chương I. QUY ĐỊNH CHUNG 3")) + para("TOC2", t("Điều 1. Phạm vi 3"))
            + para(nil, "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
            + para("Mucluc1", t("Chương II. TỔ CHỨC THỰC HIỆN 5") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>")
            + para("Toc", t("Chương I")) + para(nil, t("Điều 1. Phạm vi điều chỉnh"))
        let xml = "<?xml version=\"1.0\"?><w:document \(Self.w)><w:body>\(body)</w:body></w:document>"
        let read = try DocxReader.read(DocxWriter.package(documentXML: xml, parts: [("word/styles.xml", styles)]))
        let texts = read.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(texts == ["Chương I", "Điều 1. Phạm vi điều chỉnh"])
    }

    /// Moved text (tracked): read at its new place, not at its old one.
    @Test func movedTextIsReadOnceAtItsNewPlace() throws {
        let body = "<w:p><w:moveFrom w:id=\"1\" w:author=\"a\"><w:r><w:t>Lưu: VT.</w:t></w:r></w:moveFrom><w:r><w:t>- Như trên;</w:t></w:r></w:p>"
            + "<w:p><w:moveTo w:id=\"2\" w:author=\"a\"><w:r><w:t>- Lưu: VT.</w:t></w:r></w:moveTo></w:p>"
        #expect(try texts(body) == ["1:- Như trên;", "2:- Lưu: VT."])
    }

    static let wp = "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    static let mc = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
    static let v = "xmlns:v=\"urn:schemas-microsoft-com:vml\""

    /// A DrawingML text box in a run, with Word's VML copy of it as the fallback.
    func textBox(_ paragraphs: String, fallback: Bool = true) -> String {
        let choice = "<w:drawing><wp:anchor \(Self.wp)><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:txbx><w:txbxContent>\(paragraphs)</w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing>"
        guard fallback else { return "<w:r>\(choice)</w:r>" }
        return "<w:r><mc:AlternateContent \(Self.mc)><mc:Choice Requires=\"wps\">\(choice)</mc:Choice>"
            + "<mc:Fallback><w:pict><v:shape \(Self.v)><v:textbox><w:txbxContent>\(paragraphs)</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    }

    /// A text box's paragraphs sit inside a run of another paragraph: that paragraph stays whole,
    /// and the box's paragraphs follow it, read once (not again from the VML fallback copy).
    @Test func aTextBoxFollowsItsAnchorParagraphOnce() throws {
        let box = textBox("<w:p><w:r><w:t>Nơi nhận:</w:t></w:r></w:p><w:p><w:r><w:t>- Lưu: VT.</w:t></w:r></w:p>")
        #expect(try texts("<w:p><w:r><w:t>Căn cứ Luật </w:t></w:r>\(box)<w:r><w:t>Tổ chức chính quyền địa phương;</w:t></w:r></w:p><w:p><w:r><w:t>Sau</w:t></w:r></w:p>")
            == ["1:Căn cứ Luật Tổ chức chính quyền địa phương;", "2:Nơi nhận:", "3:- Lưu: VT.", "4:Sau"])
    }

    /// A VML text box alone (older files), two boxes of one paragraph in order, a box in a table
    /// cell (its lines are the cell's), a box inside a box, and drawings that hold no text.
    @Test func textBoxesInVMLInCellsAndNested() throws {
        let vml = "<w:r><w:pict><v:shape \(Self.v)><v:textbox><w:txbxContent><w:p><w:r><w:t>CHỦ TỊCH</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        let line = "<w:r><w:drawing><wp:inline \(Self.wp)><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"/></wp:inline></w:drawing></w:r>"
        let inner = textBox("<w:p><w:r><w:t>trong</w:t></w:r></w:p>", fallback: false)
        let body = "<w:p><w:r><w:t>A</w:t></w:r>\(vml)\(line)\(textBox("<w:p><w:r><w:t>B</w:t></w:r>\(inner)</w:p>"))</w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô</w:t></w:r>\(textBox("<w:p><w:r><w:t>hộp trong ô</w:t></w:r></w:p>"))</w:p></w:tc></w:tr></w:tbl>"
        let read = try blocks(body)
        let paragraphs = read.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(paragraphs == ["A", "CHỦ TỊCH", "B", "trong"])
        guard case .table(let t) = try #require(read.last) else { Issue.record("no table"); return }
        #expect(t.rows.map { $0.map(\.text) } == [["ô\nhộp trong ô"]])
    }

    @Test func spansMergesHeaderRowsAndLeftoverGridColumns() throws {
        func tc(_ t: String, _ pr: String = "") -> String { "<w:tc>\(pr.isEmpty ? "" : "<w:tcPr>\(pr)</w:tcPr>")<w:p><w:r><w:t>\(t)</w:t></w:r></w:p></w:tc>" }
        let merged = "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
        let body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr><w:trPr><w:tblHeader/></w:trPr>\(tc("TT"))\(tc("Nội dung"))\(tc("Chủ trì"))</w:tr>"
            + "<w:tr><w:trPr><w:tblHeader/></w:trPr>\(tc("A. NHÓM MỘT", "<w:gridSpan w:val=\"4\"/>"))</w:tr>"
            + "<w:tr>\(tc("1"))\(tc("Việc một"))\(tc("Sở A", "<w:vMerge w:val=\"restart\"/>"))</w:tr>"
            + "<w:tr>\(tc("2"))\(tc("Việc hai"))\(merged)</w:tr></w:tbl>"
        guard case .table(let t) = try #require(try blocks(body).first) else { Issue.record("no table"); return }
        #expect(t.rowsMarked)
        #expect(t.headerRows == 1)  // the spanning group row repeats with the header but is not one
        #expect(t.rows.map { $0.map(\.text) } == [
            ["TT", "Nội dung", "Chủ trì"], ["A. NHÓM MỘT", "A. NHÓM MỘT", "A. NHÓM MỘT"],
            ["1", "Việc một", "Sở A"], ["2", "Việc hai", "Sở A"],
        ])
    }

    /// Word's list number formats, as Word draws them.
    @Test(arguments: [
        (1, "decimal", "1"), (12, "decimal", "12"), (4, "decimalZero", "04"), (5, "lowerLetter", "e"), (27, "lowerLetter", "aa"),
        (3, "upperLetter", "C"), (4, "upperRoman", "IV"), (14, "lowerRoman", "xiv"), (0, "upperRoman", "0"),
    ] as [(Int, String, String)])
    func listNumberFormats(_ n: Int, _ format: String, _ expected: String) {
        #expect(ListNumbering.format(n, format) == expected)
    }

    /// A list carried by a paragraph style, here through the style's `w:basedOn` parent.
    @Test func listNumbersFromAStyleAndItsParent() throws {
        let numbering = "<w:numbering \(Self.w)><w:abstractNum w:abstractNumId=\"3\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num></w:numbering>"
        let styles = "<w:styles \(Self.w)><w:style w:styleId=\"Muc\"><w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:styleId=\"MucLon\"><w:basedOn w:val=\"Muc\"/></w:style>"
            + "<w:style w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style><w:style w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>"
        func para(_ style: String, _ text: String) -> String { "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>" }
        let body = para("Muc", "MỤC ĐÍCH") + para("MucLon", "NHIỆM VỤ") + para("A", "Vòng lặp không đánh số")
        let xml = "<?xml version=\"1.0\"?><w:document \(Self.w)><w:body>\(body)</w:body></w:document>"
        let read = try DocxReader.read(DocxWriter.package(documentXML: xml, parts: [("word/numbering.xml", numbering), ("word/styles.xml", styles)]))
        let texts = read.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(texts == ["I. MỤC ĐÍCH", "II. NHIỆM VỤ", "Vòng lặp không đánh số"])
    }

    /// Two instances (`w:num`) of one list number on from each other; an instance with a start
    /// override restarts that level at its first paragraph, then counts on.
    @Test func listInstancesShareCountsUnlessOneRestarts() throws {
        let numbering = "<w:numbering \(Self.w)><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num></w:numbering>"
        func para(_ num: Int, _ text: String) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = para(1, "Một") + para(1, "Hai") + para(2, "Ba") + para(3, "Lại một") + para(3, "Lại hai")
        let xml = "<?xml version=\"1.0\"?><w:document \(Self.w)><w:body>\(body)</w:body></w:document>"
        let read = try DocxReader.read(DocxWriter.package(documentXML: xml, parts: [("word/numbering.xml", numbering)]))
        let texts = read.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(texts == ["1. Một", "2. Hai", "3. Ba", "1. Lại một", "2. Lại hai"])
    }

    /// Numbers no file of Word's holds: a list starting at the largest integer, an override at the
    /// smallest, letters counted to a million, a page `-9223372036854775808` twips wide. The file is
    /// read (each kept within ±1,000,000; letters past eight `z` drawn as digits); it had crashed on
    /// the count after the start, and on the page's width.
    @Test func numbersBeyondAnyListAreBounded() throws {
        let numbering = "<w:numbering \(Self.w)><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"9223372036854775807\"/>"
            + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"999999\"/>"
            + "<w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2)\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"-9223372036854775808\"/></w:lvlOverride></w:num></w:numbering>"
        func para(_ num: Int, _ level: Int, _ text: String) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(num)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = para(1, 0, "Một") + para(1, 0, "Hai") + para(1, 1, "Ba") + para(2, 0, "Bốn") + para(2, 0, "Năm")
            + "<w:sectPr><w:pgSz w:w=\"-9223372036854775808\" w:h=\"16838\"/></w:sectPr>"
        let xml = "<?xml version=\"1.0\"?><w:document \(Self.w)><w:body>\(body)</w:body></w:document>"
        let read = try DocxReader.read(DocxWriter.package(documentXML: xml, parts: [("word/numbering.xml", numbering)]))
        let texts = read.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(texts == ["1000000. Một", "1000001. Hai", "999999) Ba", "-1000000. Bốn", "-999999. Năm"])
    }

    /// `w:lvlRestart`: articles numbered on across chapters (0: never restart), points that restart
    /// at each chapter but not at each article (1: after level 1 only), and clauses that restart as
    /// Word does by default, after any higher level.
    @Test func levelRestartRules() throws {
        func lvl(_ i: Int, _ format: String, _ text: String, restart: Int? = nil) -> String {
            "<w:lvl w:ilvl=\"\(i)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/>"
                + (restart.map { "<w:lvlRestart w:val=\"\($0)\"/>" } ?? "") + "<w:lvlText w:val=\"\(text)\"/></w:lvl>"
        }
        let numbering = "<w:numbering \(Self.w)><w:abstractNum w:abstractNumId=\"0\">"
            + lvl(0, "upperRoman", "Chương %1") + lvl(1, "decimal", "Điều %2.", restart: 0) + lvl(2, "decimal", "%3.")
            + lvl(3, "lowerLetter", "%4)", restart: 1)
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
        func para(_ level: Int, _ text: String) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = para(0, "QUY ĐỊNH CHUNG") + para(1, "Phạm vi") + para(2, "Khoản") + para(3, "điểm") + para(1, "Đối tượng")
            + para(2, "Khoản") + para(3, "điểm") + para(0, "TỔ CHỨC THỰC HIỆN") + para(1, "Hiệu lực") + para(2, "Khoản") + para(3, "điểm")
        let xml = "<?xml version=\"1.0\"?><w:document \(Self.w)><w:body>\(body)</w:body></w:document>"
        let read = try DocxReader.read(DocxWriter.package(documentXML: xml, parts: [("word/numbering.xml", numbering)]))
        let texts = read.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(texts == [
            "Chương I QUY ĐỊNH CHUNG", "Điều 1. Phạm vi", "1. Khoản", "a) điểm", "Điều 2. Đối tượng", "1. Khoản", "b) điểm",
            "Chương II TỔ CHỨC THỰC HIỆN", "Điều 3. Hiệu lực", "1. Khoản", "a) điểm",
        ])
    }

    /// `w:isLgl`: a level that numbers `%1.%2.` under a Roman level draws both in Arabic digits.
    @Test func legalNumberingDrawsEveryLevelInArabic() throws {
        let numbering = "<w:numbering \(Self.w)><w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:isLgl/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2.%3.\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
        func para(_ level: Int, _ text: String) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = para(0, "MỤC TIÊU") + para(0, "NHIỆM VỤ") + para(1, "Rà soát") + para(2, "Thống kê")
        let xml = "<?xml version=\"1.0\"?><w:document \(Self.w)><w:body>\(body)</w:body></w:document>"
        let read = try DocxReader.read(DocxWriter.package(documentXML: xml, parts: [("word/numbering.xml", numbering)]))
        let texts = read.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(texts == ["I. MỤC TIÊU", "II. NHIỆM VỤ", "2.1. Rà soát", "II.1.1. Thống kê"])
    }

    /// Parts are found through the package's relationships, not by Word's usual names: here the main
    /// document is `doc/main.xml` and its list definitions `doc/lists.xml` (a `word/document.xml`
    /// left in the archive is not the document).
    @Test func partsAreFoundThroughRelationships() throws {
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let packageRels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"/doc/main.xml\"/></Relationships>"
        let mainRels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId2\" Type=\"\(rel)/hyperlink\" Target=\"https://vbpl.vn/numbering.xml\" TargetMode=\"External\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(rel)/numbering\" Target=\"lists.xml\"/></Relationships>"
        let numbering = "<w:numbering \(Self.w)><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
            + "<w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
        let main = "<?xml version=\"1.0\"?><w:document \(Self.w)><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + "<w:r><w:t>MỤC ĐÍCH</w:t></w:r></w:p></w:body></w:document>"
        let decoy = "<?xml version=\"1.0\"?><w:document \(Self.w)><w:body><w:p><w:r><w:t>Không phải văn bản</w:t></w:r></w:p></w:body></w:document>"
        let file = DocxWriter.package(documentXML: decoy, parts: [
            ("_rels/.rels", packageRels), ("doc/main.xml", main), ("doc/_rels/main.xml.rels", mainRels), ("doc/lists.xml", numbering),
        ])
        let texts = try DocxReader.read(file).blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(texts == ["I. MỤC ĐÍCH"])
    }

    @Test func aHugeSpanIsBounded() throws {
        let body = "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        guard case .table(let t) = try #require(try blocks(body).first) else { Issue.record("no table"); return }
        #expect(t.rows.allSatisfy { $0.count <= 64 })
    }

    @Test func noNetworkAndNoEntityExpansion() throws {
        let xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\"><!ENTITY y SYSTEM \"file:///etc/passwd\">]>"
            + "<w:document \(Self.w)><w:body><w:p><w:r><w:t>Kế hoạch &x;&y;</w:t></w:r></w:p></w:body></w:document>"
        let read = try DocxReader.read(DocxWriter.package(documentXML: xml))
        let text = read.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(text == ["Kế hoạch"])
    }

    /// Every damage gets its own clear error, never a crash.
    @Test func damagedFilesAreNamed() throws {
        let good = docx("<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>")
        func error(_ bytes: [UInt8]) -> DocxReadError? {
            do { _ = try DocxReader.read(bytes); return nil } catch { return error }
        }
        #expect(error(good) == nil)
        #expect(error(Array(good.prefix(good.count / 2))) == .notZip)
        #expect(error([0xD0, 0xCF, 0x11, 0xE0] + [UInt8](repeating: 0, count: 100)) == .legacyWord)
        #expect(error(Array("hello".utf8)) == .notZip)
        // A flipped byte inside document.xml fails its CRC-32.
        var flipped = good
        let word = Array("Kế hoạch".utf8)
        let at = try #require(good.indices.first { good[$0] == word[0] && good[$0...].starts(with: word) })
        flipped[at + 1] ^= 0x01
        if case .corrupt(let why)? = error(flipped) { #expect(why.contains("CRC-32")) } else { Issue.record("flip not caught: \(String(describing: error(flipped)))") }
        // A member that claims to be 4 GiB is refused before anything is allocated.
        var huge = good
        if let k = Self.centralEntry(of: "word/document.xml", in: huge) { for i in 24..<28 { huge[k + i] = 0xFF } }
        if case .tooLarge? = error(huge) {} else { Issue.record("size claim not refused: \(String(describing: error(huge)))") }
        #expect(error(DocxWriter.package(documentXML: "<w:document \(Self.w)><w:body><w:p>")) == .badXML)
        #expect(error(docx("<w:p/>")) == .noText)
        #expect(error(DocxWriter.package(documentXML: "").map { $0 }) != nil)
    }

    /// Offset of a member's central directory entry.
    static func centralEntry(of name: String, in b: [UInt8]) -> Int? {
        let n = Array(name.utf8)
        var i = 0
        while i + 46 + n.count <= b.count {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x01, b[i + 3] == 0x02, Array(b[(i + 46)..<(i + 46 + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }

    /// The Word file in the shared corpus (deflated, as Word saves): its header facts and tables.
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func corpusWordFile() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/docx/ke-hoach-kh-thptdbk-2026-tuan-le-sinh-hoat-cong-dan-dong-thap.docx")
        #expect(doc.source.form == .docx)
        #expect(doc.header.issuerLines == ["SỞ GDĐT TỈNH ĐỒNG THÁP", "TRƯỜNG THPT ĐỐC BINH KIỀU"])
        #expect(doc.header.number == nil)  // `Số:     /KH-THPTĐBK`: an unsigned draft
        #expect(doc.header.place == "Đồng Tháp" && doc.header.date == "2026-08-17")
        #expect(doc.header.type == "KẾ HOẠCH")
        #expect(doc.header.title == "Tổ chức sinh hoạt công dân đầu năm học 2026 - 2027")
        #expect(doc.body.map(\.label) == ["I", "II", "III"])
        #expect(doc.signature?.authorityLines == ["KT. HIỆU TRƯỞNG"])
        #expect(doc.signature?.name == "Nguyễn Minh Trí")
        // Three schedule tables (the header and the signature are layout), `Buổi sáng …` rows as groups.
        #expect(doc.tables.count == 3)
        for t in doc.tables {
            #expect(t.columns.map(\.header) == ["Thời gian", "Nội dung", "Đơn vị/ cá nhân phụ trách"])
            #expect(t.columns.map(\.role) == [.timeline, .task, .lead])
            #expect(t.rows.filter { $0.kind == .group }.count == 2)
            #expect(t.rows.allSatisfy { $0.kind != .total })  // `Tổng kết …` is a session, not a total
        }
    }
}

/// Word 97-2003 (.doc): an OLE compound file, the text from the piece table, cells and rows from
/// the paragraph properties.
@Suite struct DocReaderTests {
    static let law = TestFiles.corpus + "/docx/luat-19-2023-qh15-bao-ve-quyen-loi-nguoi-tieu-dung.doc"

    /// One LVL as [MS-DOC] lays it out: LVLF (28 bytes), no property runs, the number text.
    static func lvl(nfc: UInt8, flags: UInt8, restartLimit: UInt8, text: [UInt16]) -> [UInt8] {
        var b = [UInt8](repeating: 0, count: 28)
        b[0] = 1  // iStartAt
        b[4] = nfc
        b[5] = flags
        b[26] = restartLimit
        b += [UInt8(text.count), 0]
        for u in text { b += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        return b
    }

    /// The LVLF flags: fLegal (legal numbering) and fNoRestart with its restart limit, as in a .docx.
    @Test func word97LevelFlags() throws {
        let plain = try #require(DocReader.readLevel(Self.lvl(nfc: 0, flags: 0, restartLimit: 0, text: [0, 0x2E, 1, 0x2E]), 0))
        #expect(plain.0.text == "%1.%2." && !plain.0.legal && plain.0.restart == nil && plain.next == 38)
        let legal = try #require(DocReader.readLevel(Self.lvl(nfc: 1, flags: 0x04, restartLimit: 0, text: [0]), 0))
        #expect(legal.0.legal && legal.0.format == "upperRoman")
        let never = try #require(DocReader.readLevel(Self.lvl(nfc: 0, flags: 0x08, restartLimit: 0, text: [1]), 0))
        #expect(never.0.restart == 0)
        let afterFirst = try #require(DocReader.readLevel(Self.lvl(nfc: 4, flags: 0x08 | 0x01, restartLimit: 1, text: [2, 0x29]), 0))
        #expect(afterFirst.0.restart == 1 && !afterFirst.0.legal)
    }

    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func corpusLawInWord97() throws {
        let doc = try TestFiles.parse(Self.law)
        #expect(doc.source.form == .docx)
        // The header is a layout table: `QUỐC HỘI` / `Luật số: 19/2023/QH15` beside the quốc hiệu.
        #expect(doc.header.issuerLines == ["QUỐC HỘI"])
        #expect(doc.header.number == "19/2023/QH15")
        #expect(doc.header.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(doc.header.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(doc.header.type == "LUẬT")
        #expect(doc.header.title == "BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG")
        // Chương / (Mục) / Điều, no Roman sections.
        #expect(doc.body.map(\.label) == ["I", "II", "III", "IV", "V", "VI", "VII"])
        #expect(doc.body.allSatisfy { $0.kind == .chapter })
        func articles(_ nodes: [Node]) -> [Node] { nodes.flatMap { $0.kind == .article ? [$0] : articles($0.children) } }
        let articles = articles(doc.body)
        #expect(articles.count == 80)
        #expect(articles.first?.heading == "Phạm vi điều chỉnh")
        #expect(articles.last?.label == "80")
        #expect(doc.signature?.position == "CHỦ TỊCH QUỐC HỘI")
        #expect(doc.signature?.name == "Vương Đình Huệ")
        // Its section sets A4 with Word's 1-inch margins (F01 reports left and right).
        #expect(doc.page?.paperWidth == 210 && doc.page?.paperHeight == 297)
        #expect(doc.page?.margins.map { [$0.top, $0.bottom, $0.left, $0.right] } == [25, 25, 25, 25])
        // Its runs set Arial (sprmCRgFtc0/2), over the Normal style's Times New Roman: F02 has a say.
        #expect(doc.page?.fonts == ["Arial"])
    }

    /// Our own Word 97 file (Fixtures/doc, written from the specs): three pieces, one 8-bit; a field
    /// whose code is hidden and result shown; layout tables with cells of several paragraphs; a data
    /// table whose first row is marked as the header.
    @Test func fixtureWord97() throws {
        let path = TestFiles.fixtures + "/doc/quyet-dinh-21-qd-ubnd-word-97.doc"
        let read = try DocxReader.read(try #require(TestFiles.read(path)))
        let texts = read.blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        #expect(texts.contains("Điều 1. Ban hành kèm theo Quyết định này Danh mục hồ sơ số hóa năm 2025 (chi tiết tại Phụ lục, đăng tại vbpl.vn)."))
        #expect(!texts.contains { $0.contains("HYPERLINK") })
        let tables = read.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }
        #expect(tables.count == 3)
        #expect(tables[0].rows.map { $0.map(\.text) } == [
            ["ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
            ["Số: 21/QĐ-UBND", "Lạng Sơn, ngày 05 tháng 3 năm 2025"],
        ])
        #expect(tables[1].rows.first?.first?.lines.map(\.text) == ["Nơi nhận:", "- Như Điều 2;", "- Lưu: VT."])
        #expect(tables[2].headerRows == 1 && tables[2].rows.count == 3)
        let doc = try TestFiles.parse(path)
        #expect(doc.header.number == "21/QĐ-UBND" && doc.header.date == "2025-03-05")
        #expect(doc.header.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN")
        #expect(doc.signature?.name == "Hồ Tiến Thiệu" && doc.recipients == ["- Như Điều 2;", "- Lưu: VT."])
        #expect(doc.appendices.first?.tables.first?.columns.map(\.role) == [.index, .task, .lead, .timeline])
        #expect(doc.page?.margins.map { [$0.top, $0.bottom, $0.left, $0.right] } == [20, 20, 30, 15])
    }

    /// A Công văn whose recipients and signature float in text boxes anchored to its last paragraph
    /// (Fixtures/docx/make-cong-van-215.py): both are read once each, after that paragraph, and the
    /// signature's paragraphs are a signature, not more recipients.
    @Test func fixtureTextBoxesHoldRecipientsAndSignature() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/docx/cong-van-215-ubnd-kt-hop-van-ban.docx")
        #expect(doc.header.number == "215/UBND-KT" && doc.header.date == "2025-05-09")
        #expect(doc.header.title == "V/v rà soát hiện trạng đường giao thông nông thôn năm 2025")
        #expect(doc.recipients == ["- Như trên;", "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT, KT."])
        #expect(doc.signature?.authorityLines == ["KT. CHỦ TỊCH"])
        #expect(doc.signature?.position == "PHÓ CHỦ TỊCH" && doc.signature?.name == "Ma Thị Hoa")
        #expect(doc.body.map(\.label) == ["1", "2"])
        #expect(doc.diagnostics.isEmpty)
    }

    /// Word 97's automatic numbers (Fixtures/doc/make-quyet-dinh-48.py): articles numbered by their
    /// paragraph style, clauses, points and dashes by the paragraphs' own list properties, and the
    /// clauses of Điều 3 restarting through a second list format override.
    @Test func word97ListNumbersAreDrawn() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/doc/quyet-dinh-48-qd-ubnd-so-tu-dong.doc")
        #expect(doc.body.map(\.kind) == [.article, .article, .article])
        #expect(doc.body.map(\.label) == ["1", "2", "3"])
        #expect(doc.body[1].heading == "Tổ chức thực hiện")
        #expect(doc.body[1].children.map(\.label) == ["1", "2"])
        #expect(doc.body[1].children[0].children.map(\.label) == ["a", "b"])
        #expect(doc.body[1].children[1].children.map(\.kind) == [.dash, .dash])
        #expect(doc.body[2].children.map(\.label) == ["1", "2"])
        #expect(doc.body[2].children[0].heading == "Quyết định này có hiệu lực kể từ ngày ký.")
        #expect(doc.signature?.name == "Nguyễn Đăng Bình")
    }

    /// Word 97 fields (the same fixture): the appendix opens with a table of contents, a TOC field
    /// whose result (the groups with their page numbers) is not read; the text goes on after it.
    @Test func word97TableOfContentsIsLeftOut() throws {
        let path = TestFiles.fixtures + "/doc/quyet-dinh-48-qd-ubnd-so-tu-dong.doc"
        let texts = try DocxReader.read(try #require(TestFiles.read(path))).blocks.compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
        let note = try #require(texts.firstIndex { $0.hasPrefix("(Kèm theo Quyết định số 48") })
        #expect(!texts.contains { $0.contains("TIẾP NHẬN VĂN BẢN") || $0.contains("TOC") })
        #expect(note == texts.count - 1)  // the appendix table follows the note
        #expect(try TestFiles.parse(path).appendices.first?.tables.first?.rows.count == 5)
    }

    /// Word 97 fonts (the same fixture): the Normal style's Times New Roman, and one run in Arial,
    /// named through the font table.
    @Test func word97FontsAreReadFromRunsAndStyles() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/doc/quyet-dinh-48-qd-ubnd-so-tu-dong.doc")
        #expect(doc.page?.fonts == ["Arial", "Times New Roman"])
        // Without a font table or character properties (the QĐ 21 fixture), no font is claimed.
        #expect(try TestFiles.parse(TestFiles.fixtures + "/doc/quyet-dinh-21-qd-ubnd-word-97.doc").page?.fonts == [])
    }

    /// Word 97 merged cells (the same fixture's appendix): the columns are the cell edges of all rows;
    /// a wide cell spans the columns it covers, a horizontally merged cell shows the one it joins, a
    /// vertically merged cell the one above, as in a `.docx`.
    @Test func word97MergedCellsSpanTheirColumns() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/doc/quyet-dinh-48-qd-ubnd-so-tu-dong.doc")
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.role) == [.index, .task, .lead, .timeline])
        #expect(t.rows.map(\.kind) == [.group, .data, .data, .group, .data])
        #expect(t.rows[0].cells == ["I", "TIẾP NHẬN VĂN BẢN", "TIẾP NHẬN VĂN BẢN", "TIẾP NHẬN VĂN BẢN"])
        #expect(t.rows[3].cells == ["II", "XỬ LÝ VĂN BẢN", "XỬ LÝ VĂN BẢN", "XỬ LÝ VĂN BẢN"])
        #expect(t.rows[1...2].map { $0.cells[2] } == ["Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"])
        #expect(t.rows[4].group == "II. XỬ LÝ VĂN BẢN")
        #expect(doc.diagnostics.isEmpty)
    }

    /// The corpus law's list tables (26 lists, 26 overrides, written by Word) read to their exact end:
    /// every LVL where the next begins, and the override data to the size the FIB gives.
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func corpusLawListTablesRead() throws {
        let raw = try #require(TestFiles.read(Self.law))
        let file = try CompoundFile(raw)
        let wd = try #require(file.stream("WordDocument")), table = try #require(file.stream("1Table"))
        func u32(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 | Int(b[i + 2]) << 16 | Int(b[i + 3]) << 24 }
        let lstAt = u32(wd, 0x2E2), lstSize = u32(wd, 0x2E6), lfoAt = u32(wd, 0x2EA)
        var at = lstAt + lstSize
        var levels: [ListNumbering.Level] = []
        while at < lfoAt, let (level, next) = DocReader.readLevel(table, at) { levels.append(level); at = next }
        #expect(at == lfoAt)
        #expect(levels.count == 26 * 9)
        #expect(levels.filter { $0.text == "%1." }.count >= 1 && levels.contains { $0.format == "lowerLetter" && $0.text == "%1)" })
    }

    /// Row layouts whose cell edges all differ (a damaged file) give more edges than a table has
    /// columns: the rows keep their cells in order instead of spreading over hundreds of columns.
    @Test func aDamagedRowLayoutKeepsCellsInOrder() {
        var assembler = DocReader.Assembler()
        for r in 0..<300 {
            for letter in [0x41, 0x42] as [UInt32] {
                assembler.append(letter)
                assembler.endParagraph(inTable: true, rowEnd: false, header: false, cellEnd: true)
            }
            let layout = DocReader.RowDefinition(edges: [0, 40 * r + 30, 20_000], merges: [])
            assembler.endParagraph(inTable: true, rowEnd: true, header: false, cellEnd: false, row: layout)
        }
        assembler.finish()
        guard case .table(let t) = assembler.blocks.first else { Issue.record("no table"); return }
        #expect(t.rows.count == 300)
        #expect(t.rows.allSatisfy { $0.count == 2 })
    }

    /// A cut or damaged .doc gives a document or a clear error, never a crash.
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func damagedWord97FilesNeverCrash() throws {
        let raw = try #require(TestFiles.read(Self.law))
        var cases: [[UInt8]] = [512, 4096, raw.count / 3, raw.count - 1].map { Array(raw.prefix($0)) }
        var flipped = raw
        for k in stride(from: 600, to: raw.count, by: raw.count / 40) { flipped[k] ^= 0xFF }
        cases.append(flipped)
        var chained = raw  // a FAT that points every sector at itself
        for k in 0..<128 where 0x200 + 4 * k + 3 < chained.count { chained.replaceSubrange((0x200 + 4 * k)..<(0x200 + 4 * k + 4), with: [0, 0, 0, 0]) }
        cases.append(chained)
        for bytes in cases {
            do {
                let read = try DocxReader.read(bytes)
                #expect(read.source.lineCount >= 1)
            } catch {
                #expect(!error.description.isEmpty)
            }
        }
    }
}

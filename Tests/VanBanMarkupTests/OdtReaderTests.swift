import Testing
@testable import VanBanMarkup
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanTestSupport

/// The OpenDocument text: ODF read into the block stream a Word file gives.
@Suite struct OdtReaderTests {
    static let plan = TestFiles.fixtures + "/odt/ke-hoach-66-kh-ubnd-danh-so-tu-dong.odt"

    /// Kế hoạch 66 (Fixtures/odt/make-ke-hoach-66-danh-so-tu-dong.py) numbers its body with a list
    /// style, as Writer's users do: the numbers are drawn (I., 1., a), -), the list's second part
    /// continues the first (`text:continue-list`), a level restarts under each higher one.
    @Test func listStylesDrawTheNumbers() throws {
        let doc = try TestFiles.parse(Self.plan)
        #expect(doc.source.form == .docx)
        #expect(doc.body.map(\.label) == ["I", "II", "III"])
        #expect(doc.body.map(\.heading) == ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"])
        #expect(doc.body.map { $0.children.map(\.label) } == [["1", "2"], ["1", "2"], ["1"]])
        let points = try #require(doc.body.dropFirst().first?.children.first?.children)
        #expect(points.map(\.kind) == [.point, .point, .point] && points.map(\.label) == ["a", "b", "c"])
        #expect(points.last?.children.map(\.kind) == [.dash, .dash])
        #expect(points.last?.children.map(\.heading) == ["Xã Hùng Sơn;", "Xã Tân Thái."])
        // A list started at 3 (`text:start-value`), in the appendix's notes.
        #expect(doc.appendices.first?.body.last.map { [$0.label, $0.heading] } == ["3", "Nhiệm vụ 3 chuyển sang năm 2026."])
    }

    /// What is not the document's text is left out: a comment, a hidden span, a hidden section, the
    /// text of a tracked deletion, a frame's title; `text:s` and `text:tab` are spaces. The footnote
    /// is no text of the basis it marks: its mark stands there, its body is the document's note.
    @Test func notesCommentsHiddenAndDeletedTextAreLeftOut() throws {
        let doc = try TestFiles.parse(Self.plan)
        #expect(doc.preamble.first?.text == "Căn cứ Kế hoạch số 20/KH-UBND ngày 15 tháng 01 năm 2025 của Ủy ban nhân dân tỉnh Thái Nguyên[1];")
        #expect(doc.notes.map(\.mark) == ["1"] && doc.notes.first?.paragraphs.map(\.text) == ["Đăng trên Cổng thông tin điện tử tỉnh."])
        #expect(doc.citations.first?.issuer == "Ủy ban nhân dân tỉnh Thái Nguyên")
        let aims = try #require(doc.body.first?.children)
        #expect(aims.map(\.heading) == ["Đẩy mạnh ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước.", "Bảo đảm an toàn thông tin."])
        let tasks = try #require(doc.body.dropFirst().first?.children)
        #expect(tasks.first?.children.first?.heading == "Nâng cấp mạng nội bộ của Ủy ban nhân dân huyện;")
        #expect(tasks.last?.heading == "Dữ liệu số: số hóa hồ sơ.")
        let text = Self.allText(doc)
        #expect(text.contains("Nguyễn Văn Thành"))
        for left in ["Đăng trên Cổng", "Xem lại câu này", "bản nháp", "Bản nháp cũ", "máy chủ", "Khung chữ ký"] { #expect(!text.contains(left), "\(left)") }
    }

    /// Headings numbered by the outline style (Writer's "Chapter Numbering", where LibreOffice puts a
    /// Word file's numbered headings): `Chương I` over `Điều 1.`, the articles counted again under each
    /// chapter as ODF counts them; a heading marked as a list header has no number.
    @Test func theOutlineStyleNumbersHeadings() throws {
        let ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        let styles = "<office:document-styles \(ns)><office:styles><text:outline-style style:name=\"Outline\">"
            + "<text:outline-level-style text:level=\"1\" style:num-format=\"I\" style:num-prefix=\"Chương \"/>"
            + "<text:outline-level-style text:level=\"2\" style:num-format=\"1\" style:num-prefix=\"Điều \" style:num-suffix=\".\"/>"
            + "</text:outline-style></office:styles></office:document-styles>"
        func h(_ level: Int, _ text: String, _ extra: String = "") -> String { "<text:h text:outline-level=\"\(level)\"\(extra)>\(text)</text:h>" }
        let body = "<text:p>QUY CHẾ</text:p><text:p>Tiếp nhận văn bản điện tử</text:p>" + h(1, "QUY ĐỊNH CHUNG") + h(2, "Phạm vi điều chỉnh")
            + "<text:p>Quy chế này quy định việc tiếp nhận văn bản.</text:p>" + h(2, "Đối tượng áp dụng")
            + h(1, "Mục lục", " text:is-list-header=\"true\"") + h(1, "TỔ CHỨC THỰC HIỆN") + h(2, "Hiệu lực thi hành")
        let content = "<office:document-content \(ns)><office:body><office:text>\(body)</office:text></office:body></office:document-content>"
        let doc = try DocumentReader.read(try Self.odt(content: content, styles: styles), path: "quy-che.odt")
        func outline(_ nodes: [Node]) -> [String] { nodes.flatMap { ["\($0.kind) \($0.label ?? "") \($0.heading)"] + outline($0.children) } }
        #expect(outline(doc.body) == [
            "chapter I QUY ĐỊNH CHUNG", "article 1 Phạm vi điều chỉnh", "article 2 Đối tượng áp dụng",
            "chapter II TỔ CHỨC THỰC HIỆN", "article 1 Hiệu lực thi hành",
        ])
    }

    /// Paragraphs numbered on their own (`text:numbered-paragraph`), as ODF lets a writer number
    /// without a `text:list`: counted per `text:list-id` at their `text:level`, drawn by the list
    /// style, a deeper level restarting under each higher one; the writer's own rendering of the
    /// number (`text:number`) is not read as text. Before, the numbers were lost and the sections,
    /// clauses and points read as paragraphs.
    @Test func numberedParagraphsAreNumbered() throws {
        let ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        let style = "<text:list-style style:name=\"L1\">"
            + "<text:list-level-style-number text:level=\"1\" style:num-format=\"I\" style:num-suffix=\".\"/>"
            + "<text:list-level-style-number text:level=\"2\" style:num-format=\"1\" style:num-suffix=\".\"/>"
            + "<text:list-level-style-number text:level=\"3\" style:num-format=\"a\" style:num-suffix=\")\"/></text:list-style>"
        func np(_ level: Int, _ text: String, id: String = "np1") -> String {
            "<text:numbered-paragraph text:list-id=\"\(id)\" text:level=\"\(level)\" text:style-name=\"L1\"><text:number>9.</text:number><text:p>\(text)</text:p></text:numbered-paragraph>"
        }
        let body = "<text:p>KẾ HOẠCH</text:p><text:p>Chuyển đổi số năm 2025</text:p>" + np(1, "MỤC ĐÍCH, YÊU CẦU") + np(2, "Mục đích")
            + "<text:p>Nâng cao hiệu quả.</text:p>" + np(2, "Yêu cầu") + np(1, "NHIỆM VỤ") + np(2, "Hạ tầng số") + np(3, "Nâng cấp mạng;")
            + np(3, "Trang bị máy chủ.")
        let content = "<office:document-content \(ns)><office:automatic-styles>\(style)</office:automatic-styles><office:body><office:text>\(body)</office:text></office:body></office:document-content>"
        let doc = try DocumentReader.read(try Self.odt(content: content), path: "ke-hoach.odt")
        func outline(_ nodes: [Node]) -> [String] { nodes.flatMap { ["\($0.kind) \($0.label ?? "") \($0.heading)"] + outline($0.children) } }
        #expect(outline(doc.body) == [
            "section I MỤC ĐÍCH, YÊU CẦU", "clause 1 Mục đích", "clause 2 Yêu cầu",
            "section II NHIỆM VỤ", "clause 1 Hạ tầng số", "point a Nâng cấp mạng;", "point b Trang bị máy chủ.",
        ])
        #expect(!Self.allText(doc).contains("9."))
    }

    /// Writer's footnotes (`text:note` of class footnote, inline where its mark stands): the mark in
    /// the text (`[1]`, in order, a table cell's too), the body read after the text as the note; an
    /// endnote is left out, as before.
    @Test func footnotesAreMarkedAndReadAfterTheText() throws {
        let ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        func note(_ cls: String, _ n: String, _ text: String) -> String {
            "<text:note text:id=\"ftn\(n)\" text:note-class=\"\(cls)\"><text:note-citation>\(n)</text:note-citation><text:note-body><text:p>\(text)</text:p></text:note-body></text:note>"
        }
        let body = "<text:p>Đã ban hành 05 văn bản\(note("footnote", "1", "Kế hoạch số 08/KH-UBND."))\(note("endnote", "i", "Cuối."))</text:p>"
            + "<table:table><table:table-row><table:table-cell><text:p>Ô\(note("footnote", "2", "Chú thích ô."))</text:p></table:table-cell></table:table-row></table:table>"
            + "<text:p>Tiếp nhận 1.250 hồ sơ.\(note("footnote", "3", "Trong đó: 1.020 hồ sơ trực tuyến."))</text:p>"
        let content = "<office:document-content \(ns)><office:body><office:text>\(body)</office:text></office:body></office:document-content>"
        let read = try DocxReader.read(try Self.odt(content: content))
        #expect((1...read.source.lineCount).map(read.source.lineText)
                == ["Đã ban hành 05 văn bản[1]", "Ô[2]", "Tiếp nhận 1.250 hồ sơ.[3]", "[1] Kế hoạch số 08/KH-UBND.", "[2] Chú thích ô.", "[3] Trong đó: 1.020 hồ sơ trực tuyến."])
    }

    /// A flat OpenDocument text is told by its root element, not by words a page may quote.
    @Test func aFlatTextIsToldByItsRoot() throws {
        let flat = try #require(TestFiles.read(TestFiles.fixtures + "/odt/cong-van-19-ubnd-font-hon-hop-libreoffice-fodt.fodt"))
        #expect(OdtReader.isFlatText(flat))
        let page = Array("<html><body><p>Một tệp .fodt mở đầu bằng <code>&lt;office:document office:mimetype=\"application/vnd.oasis.opendocument.text\"&gt;</code>: <office:document x>application/vnd.oasis.opendocument.text\"</p></body></html>".utf8)
        #expect(!OdtReader.isFlatText(page))
        #expect(DocumentReader.detectForm(page, path: "-") == .html)
    }

    /// Entities in an OpenDocument text are not expanded nor fetched: a billion laughs stays a few
    /// bytes, a file named by an external entity is not read.
    @Test func entitiesAreNeitherExpandedNorFetched() throws {
        // a = ten letters, b = ten a's, … i = 10^9 letters.
        var laughs = "<!ENTITY a \"aaaaaaaaaa\">"
        let names = Array("abcdefghi")
        for k in 1..<names.count {
            laughs += "<!ENTITY \(names[k]) \"" + String(repeating: "&\(names[k - 1]);", count: 10) + "\">"
        }
        let dtd = "<!DOCTYPE office:document-content [\(laughs)<!ENTITY host SYSTEM \"file:///etc/hostname\">]>"
        let content = "<?xml version=\"1.0\"?>\(dtd)<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>KẾ HOẠCH</text:p><text:p>Thử &i; &host; nghiệm</text:p></office:text></office:body></office:document-content>"
        let doc = try DocumentReader.read(try Self.odt(content: content), path: "laughs.odt")
        #expect(doc.header.type == "KẾ HOẠCH")
        #expect(doc.header.title == "Thử nghiệm")
    }

    /// LibreOffice writes Word's `w:gridAfter` (a sliver of grid after each row) as an empty cell ending
    /// each row, which a row spanning the width lacks: the corpus's Kế hoạch (THPT Đỗ Bá Khâu) through
    /// LibreOffice's `.odt` had a fourth, empty column. Such a column is a leftover, as in the `.docx`.
    @Test func anEmptyCellEndingEachRowButASpanningOneIsNoColumn() throws {
        func cell(_ t: String, _ extra: String = "") -> String { "<table:table-cell\(extra)><text:p>\(t)</text:p></table:table-cell>" }
        let empty = "<table:table-cell><text:p/></table:table-cell>"
        let rows = ["<table:table-header-rows><table:table-row>" + cell("Thời gian") + cell("Nội dung") + cell("Đơn vị phụ trách") + empty + "</table:table-row>",
                    "<table:table-row>" + cell("Buổi sáng", " table:number-columns-spanned=\"3\"") + "<table:covered-table-cell/><table:covered-table-cell/></table:table-row></table:table-header-rows>",
                    "<table:table-row>" + cell("7h00 - 7h15") + cell("Ổn định tổ chức") + cell("GVCN các lớp") + empty + "</table:table-row>",
                    "<table:table-row>" + cell("7h15 - 8h00") + cell("Sinh hoạt chuyên đề") + cell("Đoàn trường") + empty + "</table:table-row>"]
        let ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        let content = "<office:document-content \(ns)><office:body><office:text><text:p>KẾ HOẠCH</text:p><text:p>Tuần sinh hoạt công dân</text:p><table:table>\(rows.joined())</table:table></office:text></office:body></office:document-content>"
        let doc = try DocumentReader.read(try Self.odt(content: content), path: "lich.odt")
        let table = try #require(doc.tables.first)
        #expect(table.columns.map(\.header) == ["Thời gian", "Nội dung", "Đơn vị phụ trách"])
        #expect(table.rows.map(\.kind) == [.group, .data, .data])
    }

    /// An OpenDocument text of these parts.
    static func odt(content: String, styles: String? = nil) throws -> [UInt8] {
        let parts = [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)] + (styles.map { [("styles.xml", $0)] } ?? [])
        let bytes = Python.zip(parts)
        try #require(!bytes.isEmpty, "Python could not write the package")
        return bytes
    }

    /// Every text of the model, one after another.
    static func allText(_ doc: Document) -> String {
        func nodes(_ ns: [Node]) -> [String] { ns.flatMap { [$0.heading] + $0.paragraphs + nodes($0.children) } }
        var parts = doc.preamble.map(\.text) + nodes(doc.body) + doc.closing.map(\.text) + doc.recipients
        parts += [doc.signature?.authority, doc.signature?.name].compactMap { $0 }
        for a in doc.appendices { parts += nodes(a.body) + a.tables.flatMap { $0.rows.flatMap(\.cells) } }
        return parts.joined(separator: "\n")
    }

    /// A span in .VnTime holds TCVN3 letters as the font shows them (`Trang bÞ chøng th­ sè`): they are
    /// converted, and U01 names the font; the page is A4 with Decree 30's margins, its fonts listed.
    @Test func aLegacyFontAndThePageAreRead() throws {
        let doc = try TestFiles.parse(Self.plan)
        let tasks = try #require(doc.body.dropFirst().first?.children.first?.children)
        #expect(tasks.dropFirst().first?.heading == "Trang bị chứng thư số cho công chức;")
        #expect(doc.diagnostics.map(\.message) == ["the text set in .VnTime is TCVN3 (ABC), not Unicode; it was converted to Unicode"])
        let page = try #require(doc.page)
        #expect(page.paperWidth == 210 && page.paperHeight == 297)
        #expect(page.margins.map { [$0.top, $0.bottom, $0.left, $0.right] } == [20, 20, 30, 15])
        #expect(page.fonts == [".VnTime", "Times New Roman"])
    }

    /// The appendix table: a two-level header from `table:table-header-rows` (`Thời gian` over
    /// `Bắt đầu | Kết thúc`, the cells beside it merged down), a group row across the table, and the
    /// lead cell merged down two rows shown in both (`table:covered-table-cell`). The signature stands
    /// in a text frame anchored in the closing paragraph: it is read after that paragraph, before the
    /// recipients' table.
    @Test func coveredCellsShowTheCellThatCoversThem() throws {
        let doc = try TestFiles.parse(Self.plan)
        let table = try #require(doc.appendices.first?.tables.first)
        #expect(table.columns.map(\.header) == ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian / Bắt đầu", "Thời gian / Kết thúc"])
        #expect(table.rows.map(\.kind) == [.group, .data, .data])
        #expect(table.rows.dropFirst().map(\.cells) == [
            ["1", "Nâng cấp mạng nội bộ", "Phòng Văn hóa và Thông tin", "Quý II/2025", "Quý III/2025"],
            ["2", "Trang bị chứng thư số", "Phòng Văn hóa và Thông tin", "Quý II/2025", "Quý IV/2025"],
        ])
        #expect(table.rows.dropFirst().map(\.group) == ["I. HẠ TẦNG SỐ", "I. HẠ TẦNG SỐ"])
        // The request after the last clause, a sentence complete on its line, is the closing.
        #expect(doc.body.last?.children.last?.paragraphs == [])
        #expect(doc.closing.map(\.text) == ["Ủy ban nhân dân huyện đề nghị các cơ quan thực hiện./."])
        #expect(doc.signature?.authority == "TM. ỦY BAN NHÂN DÂN" && doc.signature?.name == "Nguyễn Văn Thành")
        #expect(doc.recipients == ["- UBND tỉnh (b/c);", "- Lưu: VT."])
    }

    /// Spans and repeats are bounded, as in a Word file: a cell spanning a million columns and rows,
    /// repeated a million times, in a row repeated a million times, is read at once, its row 64 times
    /// (a table of one text throughout is layout, its rows paragraphs).
    @Test func hugeSpansAndRepeatsAreBounded() throws {
        let cell = "<table:table-cell table:number-columns-spanned=\"1000000\" table:number-rows-spanned=\"1000000\" table:number-columns-repeated=\"1000000\"><text:p>A</text:p></table:table-cell>"
        let content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:text><text:p>KẾ HOẠCH</text:p><table:table><table:table-row table:number-rows-repeated=\"1000000\">\(cell)</table:table-row><table:table-row><table:table-cell><text:p>B</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>"
        let doc = try DocumentReader.read(try Self.odt(content: content), path: "bounds.odt")
        #expect(doc.header.type == "KẾ HOẠCH")
        #expect(doc.preamble.map(\.text) == Array(repeating: "A", count: 64) + ["B"])
    }
}

import Testing
import VanBanModel
import VanBanReader
@testable import VanBanSyntax
import VanBanTestSupport

/// What plain text carries besides the document (`LineMarkup`): a PDF's page breaks as `pdftotext`
/// writes them (a form feed opens each page, a page number stands at each page's foot, a paragraph
/// runs on across the break; Fixtures/text/quyet-dinh-15-…), side-by-side columns, Markdown's marks.
@Suite struct LineMarkupTests {
    @Test(arguments: ["2", "12", "- 2 -", "-2-", "Trang 2", "trang 3/5", "2/5", "2 / 5"])
    func pageNumbers(_ line: String) {
        #expect(LineMarkup.isPageNumber(line))
    }

    @Test(arguments: ["2.", "1. Mục đích", "2025", "Trang", "a)", "2/5/2025", "I", ""])
    func notPageNumbers(_ line: String) {
        #expect(!LineMarkup.isPageNumber(line))
    }

    /// Markdown's inline links read as their text; brackets that are no link stay.
    @Test(arguments: [
        ("tại [Phụ lục](https://vbpl.vn) kèm theo", "tại Phụ lục kèm theo"),
        ("[Điều 3](#dieu-3) và [Điều 4](#d4)", "Điều 3 và Điều 4"),
        ("Nghị định [1] (đã sửa đổi)", "Nghị định [1] (đã sửa đổi)"),
        ("[xem] (mục 2)", "[xem] (mục 2)"),
        ("[Phụ lục](tệp có dấu cách)", "[Phụ lục](tệp có dấu cách)"),
        // Brackets inside a link's text pair up: mammoth's footnote mark is a link whose text is `[1]`.
        ("hành chính[[1]](#footnote-2); sơ kết[[2]](#footnote-3).", "hành chính[1]; sơ kết[2]."),
        ("[[1]] và [2]", "[[1]] và [2]"),
    ])
    func linksAreTheirText(_ line: String, _ text: String) {
        #expect(LineMarkup.withoutMarkdown(line) == text)
    }

    /// Footnotes in Markdown as the notes of a plain text (`[3] …` after the signature): pandoc's
    /// `[^3]` marks and `[^3]:` notes; mammoth's list of notes, each closed by a link back, the item's
    /// number a mark of as many bytes (`3. ` → `[3]`). Carets and colons elsewhere stay.
    @Test(arguments: [
        ("đạt 98,9%[^3].", "đạt 98,9%[3]."), ("[^12]: Trong đó: 1.020 hồ sơ.", "[12] Trong đó: 1.020 hồ sơ."),
        ("  [^1]: Kế hoạch số 08/KH-UBND", "[1] Kế hoạch số 08/KH-UBND"), ("x[^1]: y", "x[1]: y"),
        ("2^10 và [^a] và [^1234]", "2^10 và [^a] và [^1234]"),
        ("3. Trong đó: 1.020 hồ sơ. [↑](#footnote-ref-4)", "[3]Trong đó: 1.020 hồ sơ."),
        ("   Hội nghị sơ kết (ngày 10/7/2025). [↑](#footnote-ref-3)", "Hội nghị sơ kết (ngày 10/7/2025)."),
        ("1. Ghi chú [↑](#endnote-ref-1)", "[1]Ghi chú"), ("3. Xem [↑](#footnote-ref-4) thêm", "3. Xem ↑ thêm"),
    ] as [(String, String)])
    func footnotesAsPlainNotes(_ line: String, _ expected: String) {
        // The reader folds a line's white space before it drops the marks.
        #expect(LineMarkup.withoutMarkdown(line.collapsingSpaces) == expected)
        // The text shown keeps the places of the line's bytes: a caret and a note's colon are markup.
        let source = try? SourceText(decoding: Array((line + "\n").utf8))
        if let source, line.contains("[^"), !line.contains("1234") {
            var visible = VisibleColumns<PlainLines>(source)
            let shown = expected.collapsingSpaces
            let last = visible.sourcePosition(Position(line: 1, column: shown.utf8.count))
            #expect(last.column == line.utf8.count, "\(line)")
        }
    }

    /// A GFM row's cells whose paragraphs stand apart by two spaces (markitdown's), each gap a line
    /// break; the padding beside a bar is none.
    /// Markdown's ordered list nested in a clause's item (pandoc's GFM of a Word file's points) as
    /// the points it prints: lettered in Vietnamese order from the list's first number, its own
    /// wrapped lines and blank lines kept; a line less indented ends it; an item `1)` is no clause,
    /// and a list at the top level keeps its numbers. markitdown's bullets `* ` are dashes.
    @Test func nestedOrderedListsAsPoints() {
        let lines = ["1.  Rà soát:", "", "    1.  Công bố;", "        tiếp theo", "    2.  Niêm yết;", "", "    3.  Cập nhật;", "    4.  Số hóa;",
                     "    5.  Lưu trữ.", "Đoạn văn.", "    1.  Thụt lề.", "2.  Tổ chức:", "    3.  Từ số ba;", "1)  Mục:", "    1.  Không đổi.",
                     "* Văn phòng;", "   * Phòng Nội vụ.", "*  x", "*in nghiêng*"]
        let entries = lines.enumerated().map { (line: $0.offset + 1, column: 1, text: $0.element) }
        #expect(LineMarkup.markdownLists(entries).map(\.text)
                == ["1.  Rà soát:", "", "    a)  Công bố;", "        tiếp theo", "    b)  Niêm yết;", "", "    c)  Cập nhật;", "    d)  Số hóa;",
                    "    đ)  Lưu trữ.", "Đoạn văn.", "    1.  Thụt lề.", "2.  Tổ chức:", "    c)  Từ số ba;", "1)  Mục:", "    1.  Không đổi.",
                    "- Văn phòng;", "   - Phòng Nội vụ.", "*  x", "*in nghiêng*"])
    }

    /// Line breaks markitdown loses at a bold span's end: a type line or an appendix's label glued
    /// to the next line (`**QUYẾT ĐỊNH****VỀ …**`, `**Phụ lục I***(Kèm theo …)*`) is cut there; a
    /// bold span over two or three lines (`**Chương I` / `QUY ĐỊNH CHUNG**`) loses its marks; three
    /// stars after text close emphasis and then bold (`**… *(Đã ký)***`); a dash between spans gets
    /// back the space before it. Other glued spans stay.
    @Test func lineBreaksLostAtBoldSpans() {
        #expect(LineMarkup.splittingGluedRule("**QUYẾT ĐỊNH****VỀ TÍN DỤNG**") == ["**QUYẾT ĐỊNH**", "**VỀ TÍN DỤNG**"])
        #expect(LineMarkup.splittingGluedRule("**Phụ lục I***(Kèm theo Quyết định số 29/2025/QĐ-TTg)*") == ["**Phụ lục I**", "*(Kèm theo Quyết định số 29/2025/QĐ-TTg)*"])
        #expect(LineMarkup.splittingGluedRule("**Điều 1.****Phạm vi**") == ["**Điều 1.****Phạm vi**"])
        #expect(LineMarkup.boldParts("**KT. THỦ TƯỚNG  PHÓ THỦ TƯỚNG *(Đã ký)***  **Hồ Đức Phớc**")
                == ["", "KT. THỦ TƯỚNG  PHÓ THỦ TƯỚNG *(Đã ký)*", "  ", "Hồ Đức Phớc", ""])
        #expect(LineMarkup.boldParts("****Điều 1.****") == ["", "", "Điều 1.", "", ""])
        // The space before a dash between spans (Nghị định 351's title: `2026 </b>- <b>2030`).
        #expect(LineMarkup.withoutMarkdown("**Quy định chuẩn nghèo giai đoạn 2026**- **2030**") == "Quy định chuẩn nghèo giai đoạn 2026 - 2030")
        let lines = ["**Chương I", "QUY ĐỊNH CHUNG**", "", "**Mở", "", "đóng**", "  **Chương II", "MỨC", "CHO VAY**"]
        let entries = lines.enumerated().map { (line: $0.offset + 1, column: 1, text: $0.element) }
        // (As the line reader takes them: `marksOverLines`, then `boldOverLines`.)
        var continued: Set<Int> = []
        let read = LineMarkup.boldOverLines(LineMarkup.marksOverLines(entries, bold: true, continued: &continued))
        #expect(read.map(\.text) == ["Chương I", "QUY ĐỊNH CHUNG", "", "**Mở", "", "đóng**", "  Chương II", "MỨC", "CHO VAY"])
        #expect(continued == [2, 8, 9])
    }

    @Test func gfmCellParagraphsApartByTwoSpaces() {
        #expect(LineMarkup.breakingAtDoubleSpaces("| **Nơi nhận:**  - Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**  **CHỦ TỊCH** |")
            == "| **Nơi nhận:**<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH** |")
        #expect(LineMarkup.breakingAtDoubleSpaces("|  |  |") == "|  |  |" && LineMarkup.breakingAtDoubleSpaces("| a | b |") == "| a | b |")
        // Inside a bold span too (markitdown's line breaks there); in a row of two cells, one space
        // between bold spans parts lines broken inside a paragraph.
        #expect(LineMarkup.breakingAtDoubleSpaces("| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Độc lập - Tự do - Hạnh phúc** | x |")
            == "| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** | x |")
        #expect(LineMarkup.breakingAtDoubleSpaces("| **CHÍNH PHỦ** **-------** | **TM. CHÍNH PHỦ** **KT. THỦ TƯỚNG** |")
            == "| **CHÍNH PHỦ**<br>**-------** | **TM. CHÍNH PHỦ**<br>**KT. THỦ TƯỚNG** |")
        #expect(LineMarkup.breakingAtDoubleSpaces("| **A** **B** | **C** | D |") == "| **A** **B** | **C** | D |")
    }

    @Test func pageBreaksAreNotText() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/text/quyet-dinh-15-qd-ubnd-pdftotext.txt")
        #expect(doc.source.form == .text)
        #expect(doc.header.number == "15/QĐ-UBND" && doc.header.type == "QUYẾT ĐỊNH")
        #expect(doc.body.map(\.label) == ["1", "2", "3"])
        // Clause 1 of Điều 2 runs from page 1 onto page 2, past the page number and the form feed.
        #expect(doc.body[1].children[0].heading.hasSuffix("báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15 tháng 12 hằng năm."))
        #expect(doc.body[1].children[1].children.map(\.label) == ["a", "b"])
        #expect(doc.closing.isEmpty && doc.signature?.name == "Trịnh Việt Hùng")
        #expect(doc.diagnostics.isEmpty)
    }

    /// A form feed that opens an article's line is white space: `\fĐiều 2.` is the article.
    @Test func aFormFeedOpeningALineIsWhiteSpace() throws {
        let text = "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành Quy chế.\n\n2\n\n\u{0C}Điều 2. Hiệu lực thi hành.\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x.txt", form: .text)
        #expect(doc.body.map(\.label) == ["1", "2"])
        #expect("\u{0C}Điều\u{0B}2. ".collapsingSpaces == "Điều 2.")
    }

    /// Side-by-side columns are taken apart only in a block with a header's or a signature's
    /// landmark; a justified body line keeps its words in order whatever its gaps.
    @Test func columnsApartOnlyWhereAHeaderOrSignatureStands() throws {
        // Offsets and columns count UTF-8 bytes, as every column of the syntax layer does.
        #expect(LineMarkup.columnPieces("   ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI").map(\.offset) == [3, 28])
        // Columns line up by characters: `12 năm 2021` stands under the date, not under `Số:`, whose
        // letters take more bytes than characters (it was read into the left column).
        #expect(LineMarkup.columnPieces("   ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI").map(\.position) == [3, 24])
        let narrow = "ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ\nTỈNH QUẢNG NGÃI               NGHĨA VIỆT NAM\n"
            + "Số: 1256/QĐ-UBND              Quảng Ngãi, ngày 22 tháng\n                              12 năm 2021\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n"
        let header = try DocumentReader.read(Array(narrow.utf8), path: "x", form: .text).header
        #expect(header.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && header.date == "2021-12-22" && header.place == "Quảng Ngãi")
        let text = "  ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TỈNH NAM ĐỊNH             Độc lập - Tự do - Hạnh phúc\n\n"
            + "Căn cứ   Quyết định   của Bộ, ngày   05 tháng 3 năm 2025   về việc   thi hành.\n"
        let source = try SourceText(decoding: Array(text.utf8))
        let lines = LineMarkup.columnsApart(source).map { "\($0.line):\($0.column):\($0.text.collapsingSpaces)" }
        #expect(lines == [
            "1:3:ỦY BAN NHÂN DÂN", "2:3:TỈNH NAM ĐỊNH", "1:30:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "2:34:Độc lập - Tự do - Hạnh phúc",
            "3:1:", "4:1:Căn cứ Quyết định của Bộ, ngày 05 tháng 3 năm 2025 về việc thi hành.",
        ])
    }

    /// Markdown's marks go; text that only looks like them stays.
    @Test(arguments: [
        ("**KẾ HOẠCH**", "KẾ HOẠCH"), ("## I. MỤC ĐÍCH", "I. MỤC ĐÍCH"), ("**Điều 1.** Ban hành", "Điều 1. Ban hành"),
        ("Ghi chú: (**) và (**) là số liệu ước tính", "Ghi chú: (**) và (**) là số liệu ước tính"),
        ("#1 ưu tiên", "#1 ưu tiên"), ("5 ** 2", "5 ** 2"), ("a ** b ** c", "a ** b ** c"),
        // A bold line that ends (or opens) in a bracket: the marks at the line's ends still go.
        ("**Nhân kỷ niệm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)**", "Nhân kỷ niệm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)"),
        ("**(Kèm theo Quyết định số 12/QĐ-UBND)**", "(Kèm theo Quyết định số 12/QĐ-UBND)"),
        ("(**)**", "(**)**"),
        // Emphasis (`*…*`, a Word file's italics in pandoc's and markitdown's Markdown); stars that
        // open or close none stay: a footnote's `(*)`, a product, a bullet, one left open.
        ("*Thái Nguyên, ngày 05 tháng 3 năm 2025*", "Thái Nguyên, ngày 05 tháng 3 năm 2025"),
        ("an toàn, *không phô trương*.", "an toàn, không phô trương."), ("***Nơi nhận:***", "Nơi nhận:"),
        ("| *Căn cứ* | b |", "| Căn cứ | b |"), ("Số liệu (*) ước tính", "Số liệu (*) ước tính"), ("5*3*2", "5*3*2"),
        ("* mục một", "* mục một"), ("*chưa đóng", "*chưa đóng"),
        ("Tên cơ sở (*Ghi bằng chữ in hoa*): …", "Tên cơ sở (Ghi bằng chữ in hoa): …"), ("□ Khác *(Ghi chi tiết)*:", "□ Khác (Ghi chi tiết):"),
        // An empty bold line as pandoc writes it (`**  ` / `**`) holds nothing.
        ("**", ""), ("**  ", ""), ("__", ""),
    ] as [(String, String)])
    func markdownMarks(_ line: String, _ expected: String) {
        // As the reader asks it: of the line with its white space folded.
        #expect(LineMarkup.withoutMarkdown(line.collapsingSpaces) == expected)
    }

    /// A page copied from a browser: cells separated by tabs, but a cell of several paragraphs breaks
    /// its row over several lines, so a tab stands only on the line where one cell ends and the next
    /// begins (`-------<TAB>CỘNG HÒA …`, `- Lưu: VT.<TAB>TM. ỦY BAN NHÂN DÂN`). Those lines are taken
    /// apart, and the header and signature read as printed.
    @Test func browserCopyOfAHeaderAndSignature() throws {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n-------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            + "Số: 15/KH-UBND\tThái Nguyên, ngày 10 tháng 01 năm 2025\n\nKẾ HOẠCH\nTriển khai công tác lưu trữ năm 2025\n\n"
            + "1. Bảo đảm an toàn tài liệu./.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\tTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        #expect(doc.header.issuer == "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" && doc.header.number == "15/KH-UBND" && doc.header.date == "2025-01-10")
        #expect(doc.header.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && doc.header.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(doc.recipients == ["- Sở Nội vụ;", "- Lưu: VT."])
        #expect(doc.signature?.authorityLines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"] && doc.signature?.name == "Nguyễn Văn An")
    }

    /// A data table copied from a browser: a cell of two paragraphs breaks its row over two lines,
    /// with the row's remaining tabs on the second. Lines are joined until a row has as many tabs as
    /// the widest line, the break kept inside the cell; they were ragged rows (P01). Lines that do not
    /// add up to rows are left as they are.
    @Test func browserCopyOfADataTable() throws {
        let text = "KẾ HOẠCH\nTriển khai du lịch cộng đồng\n\n1. Các cơ quan thực hiện các nhiệm vụ sau:\n"
            + "STT\tNội dung\tCơ quan chủ trì\tThời gian\n1\tKhảo sát, đánh giá hiện trạng\tPhòng Văn hóa\nTrung tâm Văn hóa\tQuý I/2024\n"
            + "2\tTập huấn\tTrung tâm Văn hóa\tQuý II/2024\n3\tXây dựng bộ nhận diện\nđiểm đến\tPhòng Văn hóa\tNăm 2024\n\n2. Giao Phòng Văn hóa theo dõi./.\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        let table = try #require(doc.tables.first)
        #expect(table.columns.map(\.header) == ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"])
        #expect(table.rows.map(\.cells) == [["1", "Khảo sát, đánh giá hiện trạng", "Phòng Văn hóa\nTrung tâm Văn hóa", "Quý I/2024"],
                                           ["2", "Tập huấn", "Trung tâm Văn hóa", "Quý II/2024"], ["3", "Xây dựng bộ nhận diện\nđiểm đến", "Phòng Văn hóa", "Năm 2024"]])
        #expect(!doc.diagnostics.contains { $0.rule == "P01" })
        let ragged = [(1, 1, "A\tB\tC"), (2, 1, "x\ty"), (3, 1, "z\tw\tv")]
        #expect(LineMarkup.joiningCellBreaks(ragged).map(\.text) == ragged.map(\.2))
    }

    /// A simple table (one line per row, columns under the dash runs, a blank line after), and a grid
    /// with a cell spanning its columns (read as an HTML table's `colspan`: in each column it spans).
    @Test func drawnTables() throws {
        let text = "KẾ HOẠCH\n\n  TT   Nội dung           Thời gian\n  ---- ------------------ ----------\n  1    Rà soát \\- bước 1  Quý I\n  2    Tổng hợp           Quý II\n\n"
            + "+------+----------+-----------+\n| TT   | Nội dung | Thời gian |\n+======+==========+===========+\n| I    | LĨNH VỰC GIAO THÔNG  |\n+------+----------+-----------+\n| 1    | Rà soát  | Quý III   |\n+------+----------+-----------+\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        #expect(doc.tables.first?.columns.map(\.header) == ["TT", "Nội dung", "Thời gian"])
        #expect(doc.tables.first?.rows.map(\.cells) == [["1", "Rà soát - bước 1", "Quý I"], ["2", "Tổng hợp", "Quý II"]])
        #expect(doc.tables.count == 2)
        #expect(doc.tables.last?.rows.map(\.cells) == [["I", "LĨNH VỰC GIAO THÔNG", "LĨNH VỰC GIAO THÔNG"], ["1", "Rà soát", "Quý III"]])
        // A multiline table whose header wraps over six lines (TT 47's forms through pandoc).
        let multiline = "KẾ HOẠCH\n\n  ---------------------------\n  STT   Họ và tên   Chức danh\n        của người   (Chủ tịch,\n        đại diện    thành\n        vốn góp     viên độc\n        (tên tổ     lập)\n        chức)\n  ----- ----------- ---------\n  1.    Nguyễn Văn  Chủ tịch\n        An\n\n  2.    Trần Thị B  Thành\n                    viên\n  ---------------------------\n"
        let form = try DocumentReader.read(Array(multiline.utf8), path: "x", form: .text)
        #expect(form.tables.first?.columns.map(\.header) == ["STT", "Họ và tên của người đại diện vốn góp (tên tổ chức)", "Chức danh (Chủ tịch, thành viên độc lập)"])
        #expect(form.tables.first?.rows.map(\.cells) == [["1.", "Nguyễn Văn An", "Chủ tịch"], ["2.", "Trần Thị B", "Thành viên"]])
        #expect(LineMarkup.unescaped("1\\. Mục a\\) \\- \\| C:\\Users", keepingPipes: true) == "1. Mục a) - \\| C:\\Users")
        // A backslash that ends a line is Markdown's hard break, not text; a line of one backslash stays.
        #expect(LineMarkup.unescaped("ỦY BAN NHÂN DÂN\\") == "ỦY BAN NHÂN DÂN" && LineMarkup.unescaped("\\") == "\\")
    }

    /// A text browser's link numbers (`lynx -dump`): each taken where it first stands after the one
    /// before it, so a note's own mark after its link's number stays (`[1][1]` → `[1]`, the note
    /// `[5][1] …` → `[1] …`), a number a table's cells put out of order is still found, and
    /// brackets in the text that no link numbers stay (`[01]`, `[9]` past the list). The list at the
    /// end goes, hidden links too; without it, nothing is taken.
    @Test func textBrowserLinkNumbers() throws {
        let text = """
            Điều 1. Mẫu tờ khai

            1. Ghi chỉ tiêu [01] theo Luật số 10/2025/QH15 (sửa đổi)[1][1] và mẫu [9].

            2. Cột A [3]Nghị định 5/2025/NĐ-CP     Cột B [2]Thông tư
               số 7/2025/TT-BTC

               [4][1] Theo Luật Quản lý thuế.

            References

               1. https://example.vn/#note1
               2. https://example.vn/tt-7
               3. https://example.vn/nd-5
               4. https://example.vn/#ref1

               Hidden links:
               5. https://example.vn/

            """
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { (line: $0.offset + 1, column: 1, text: String($0.element)) }
        let list = try #require(LinkReferences.list(lines))
        #expect(list.from == 9 && list.count == 4)
        let cuts = LinkReferences.numbers(Array(lines[..<list.from]), count: list.count)
        let cut = lines[..<list.from].indices.map { k in cuts[k].map { LinkReferences.cutting(lines[k].text, $0) } ?? lines[k].text }
        #expect(cut[2] == "1. Ghi chỉ tiêu [01] theo Luật số 10/2025/QH15 (sửa đổi)[1]    và mẫu [9].")
        #expect(cut[4] == "2. Cột A Nghị    định 5/2025/NĐ-CP     Cột B Thông    tư")
        #expect(cut[7] == "   [1]    Theo Luật Quản lý thuế.")
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        #expect(!doc.body.flatMap(\.children).contains { $0.heading.contains("https") })
        #expect(doc.body.first?.children.first?.heading == "Ghi chỉ tiêu [01] theo Luật số 10/2025/QH15 (sửa đổi)[1] và mẫu [9].")
        // Without the list, brackets are the text's.
        let plain = String(text.prefix { $0 != "R" })
        let kept = try DocumentReader.read(Array(plain.utf8), path: "x", form: .text)
        #expect(kept.body.first?.children.first?.heading.contains("(sửa đổi)[1][1]") == true)
    }

    /// A signature w3m lays out beside recipients that stand a paragraph each (Thông tư 63/2025's page):
    /// the signature's lines fall between the entries, and the last entries stand below its name, in
    /// blocks of their own. They had been read as the closing; the recipients go on while the last one
    /// read has not ended (`…;`).
    @Test func recipientsGoOnPastASignatureBesideThem() throws {
        let pad = String(repeating: " ", count: 60)
        let text = """
            Điều 3. Thông tư này có hiệu lực kể từ ngày 15 tháng 02 năm 2026./.

            Nơi nhận:

            - Văn phòng Quốc hội;
            \(pad)KT. BỘ TRƯỞNG
            - Thủ tướng Chính phủ;
            \(pad) THỨ TRƯỞNG
            - Kiểm toán Nhà nước;
            \(pad)   (Đã ký)
            - Cục KTVB&QLXLVPHC - Bộ Tư pháp;
            \(pad)Nguyễn Văn An
            - Sở Công Thương các tỉnh, TP trực thuộc TW;

            - Công báo;

            - Lưu: VT, ĐCK (10).

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        #expect(doc.signature?.name == "Nguyễn Văn An")
        #expect(doc.recipients.count == 7 && doc.recipients.last == "- Lưu: VT, ĐCK (10).")
        #expect(doc.closing.isEmpty)
    }

    /// The drafter's initials that end the file copy's item, a subscript on the page (`<sub>PL</sub>`),
    /// come out of a text browser in brackets (`- Lưu: VT, KGVX (2). [PL].`, Nghị định 351/2025 through
    /// w3m, lynx and elinks): the brackets go; other brackets stay.
    @Test func drafterInitialsLoseTheirBrackets() throws {
        let text = "Điều 1. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT, KGVX (2). [PL].\n\nTHỦ TƯỚNG\n\nNguyễn Văn A\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        #expect(doc.recipients == ["- Như Điều 1;", "- Lưu: VT, KGVX (2). PL."])
        // A scraper's text nodes (BeautifulSoup's `get_text("\n")` of Nghị định 351 and Quyết định 42):
        // the initials on a line of their own, under the item or a paragraph apart.
        for gap in ["\n", "\n \n"] {
            let nodes = "Điều 1. Quyết định này có hiệu lực kể từ ngày ký./.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT, KGVX (2).\(gap)PL\n.\n\nTHỦ TƯỚNG\n\nNguyễn Văn A\n"
            let scraped = try DocumentReader.read(Array(nodes.utf8), path: "x", form: .text)
            #expect(scraped.recipients == ["- Như Điều 1;", "- Lưu: VT, KGVX (2). PL."])
        }
        #expect(SignatureParser.isInitials("PL.") && SignatureParser.isInitials("NTH") && !SignatureParser.isInitials("Như trên") && !SignatureParser.isInitials("VT, TH"))
        #expect(SignatureParser.withoutBracketedInitials("- Lưu: VT, KGVX (2). [PL].") == "- Lưu: VT, KGVX (2). PL.")
        #expect(SignatureParser.withoutBracketedInitials("- Lưu: VT, TH, [NTH]") == "- Lưu: VT, TH, NTH")
        #expect(SignatureParser.withoutBracketedInitials("- Lưu: VT, KGVX [2].") == "- Lưu: VT, KGVX [2].")
        #expect(SignatureParser.withoutBracketedInitials("- Như Điều 3; [PL].") == "- Như Điều 3; [PL].")
        #expect(SignatureParser.withoutBracketedInitials("- Lưu: VT, hồ sơ [xem].") == "- Lưu: VT, hồ sơ [xem].")
    }

    /// A line that ends on `được`, `thuộc` or `những` wants more, as one ending on `của` or `và` does
    /// (their seven and eight bytes had kept them from matching: `… địa phương được` / `UNESCO ghi danh
    /// …` made the next line a paragraph, as w3m wraps Quyết định 42/2025's appendix).
    @Test func longerDanglingWordsRunOn() throws {
        let text = """
            Điều 2. Nhiệm vụ

            1. Lựa chọn 01 di sản văn hóa tiêu biểu của địa phương được
            UNESCO ghi danh để ưu tiên đầu tư tổng thể, đồng bộ.

            2. Tổ chức các hoạt động thuộc
            Chương trình mục tiêu quốc gia.

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        let clauses = try #require(doc.body.first?.children)
        let headings = clauses.map { $0.heading }
        #expect(headings == ["Lựa chọn 01 di sản văn hóa tiêu biểu của địa phương được UNESCO ghi danh để ưu tiên đầu tư tổng thể, đồng bộ.",
                             "Tổ chức các hoạt động thuộc Chương trình mục tiêu quốc gia."])
        #expect(clauses.allSatisfy { $0.paragraphs.isEmpty })
        #expect(TextLines.endsDangling("hỗ trợ các nghệ nhân, những") && !TextLines.endsDangling("di sản văn hóa tiêu biểu"))
    }

    /// A Word file's text as catdoc writes it (a law, blank lines between paragraphs, a paragraph left
    /// unwrapped): a chapter's title in capitals broken on a word that wants more (`… ĐỐI VỚI` /
    /// `NGƯỜI TIÊU DÙNG`) is one title, and a line Word broke before a bracket that opens on a small
    /// letter (`… liên hệ khác` / `(nếu có);`) goes on. Both had made a paragraph of their own.
    @Test func capitalsOnADanglingWordAndABracketOnASmallLetterRunOn() throws {
        let long = "Luật này quy định về quyền và nghĩa vụ của người tiêu dùng; trách nhiệm của tổ chức, cá nhân kinh doanh đối với người tiêu dùng; trách nhiệm của tổ chức xã hội tham gia bảo vệ quyền lợi người tiêu dùng; giải quyết tranh chấp giữa người tiêu dùng và tổ chức, cá nhân kinh doanh; trách nhiệm quản lý nhà nước về bảo vệ quyền lợi người tiêu dùng; và các nội dung khác có liên quan."
        let text = """
            QUỐC HỘI

            LUẬT

            BẢO VỆ QUYỀN LỢI NGƯỜI TIÊU DÙNG

            Chương I

            NHỮNG QUY ĐỊNH CHUNG

            Điều 1. Phạm vi điều chỉnh

            \(long)

            Chương II

            TRÁCH NHIỆM CỦA TỔ CHỨC, CÁ NHÂN KINH DOANH ĐỐI VỚI
            NGƯỜI TIÊU DÙNG

            Điều 14. Hợp đồng giao kết với người tiêu dùng

            1. Hợp đồng giao kết với người tiêu dùng phải có các nội dung chủ yếu sau đây:

            a) Thông tin của các bên trong hợp đồng bao gồm: tên, địa chỉ, số điện thoại, phương thức liên hệ khác
            (nếu có);

            b) Đối tượng của giao dịch, giá, phương thức thanh toán và thời hạn thực hiện hợp đồng.

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        let chapter = try #require(doc.body.last)
        #expect(chapter.heading == "TRÁCH NHIỆM CỦA TỔ CHỨC, CÁ NHÂN KINH DOANH ĐỐI VỚI NGƯỜI TIÊU DÙNG" && chapter.paragraphs.isEmpty)
        let point = try #require(chapter.children.first?.children.first?.children.first)
        #expect(point.heading.hasSuffix("phương thức liên hệ khác (nếu có);") && point.paragraphs.isEmpty)
    }

    /// A heading underlined with dashes under its last line, as odt2txt writes Writer's outline headings
    /// in a text wrapped at 63: the run is a rule, not a word too long for the line before (it had
    /// been joined into each paragraph's text).
    @Test func aDashRunUnderAWrappedLineIsNoWord() throws {
        let text = """
            QUYẾT ĐỊNH:

            Ban hành kèm theo Quyết định này Quy chế quản lý văn bản điện
            tử.
            -----------------------------------------------------------------

            Quyết định này có hiệu lực kể từ ngày ký và thay thế các quy định
            trước đây của Ủy ban nhân dân tỉnh về quản lý văn bản điện tử.
            -----------------------------------------------------------------

            Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các cơ quan,
            đơn vị chịu trách nhiệm thi hành Quyết định này kể từ ngày ký
            ban hành và báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh
            trước ngày 31 tháng 12 năm 2025 theo đúng quy định hiện hành./.
            -----------------------------------------------------------------

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        let texts = doc.body.flatMap { [$0.heading] + $0.paragraphs }
        #expect(texts.count == 3 && texts.allSatisfy { !$0.contains("---") })
        #expect(texts.first == "Ban hành kèm theo Quyết định này Quy chế quản lý văn bản điện tử.")
    }

    /// A line wrapped inside a bracket it opened (`… (Phụ lục` / `I).`) or after a word that wants more
    /// (`… 6.4, từ` / `6.5 đến 6.8 …`) runs on: the number that opens the next line is cited, not a
    /// point or clause (as `elinks -dump` wraps Quyết định 42/2025's page; `6.5.` had been a clause of
    /// its own), in a hard-wrapped text read as pipe-text and as a text. An item's `…; và` over the
    /// last item still ends it.
    @Test(arguments: [InputForm.pipeText, .text])
    func numberAfterAnOpenBracketOrADanglingWordIsCited(_ form: InputForm) throws {
        let text = """
            Điều 2. Nhiệm vụ của các bộ, cơ quan trung ương
            1. Bộ Văn hóa, Thể thao và Du lịch hướng dẫn việc xét, công nhận địa phương đạt
            chuẩn phát triển văn hóa toàn diện theo Bộ tiêu chí quốc gia cấp xã mới (Phụ lục
            I).
            2. Các bộ, cơ quan trung ương liên quan hướng dẫn nội dung các tiêu chí 2.1, 2.2,
            từ 3.1 đến 3.3, 4.1, từ 4.3 đến 4.16, từ 5.1 đến 5.10, 6.1, 6.2, 6.3, 6.4, từ
            6.5 đến 6.8 và 10.1; bảo đảm đúng hạn và đúng quy định, đúng đối tượng; và
            3. Kiểm tra việc thực hiện các nội dung tại các địa phương trong cả nước, tổng
            hợp kết quả và báo cáo Thủ tướng Chính phủ trước ngày 31 tháng 12 hằng năm.
            4. Tổng hợp kết quả thực hiện của các bộ, ngành và địa phương, báo cáo Thủ tướng
            Chính phủ về việc thực hiện Quyết định này theo định kỳ hằng năm.

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: form)
        let clauses = try #require(doc.body.first?.children)
        #expect(clauses.map(\.label) == ["1", "2", "3", "4"])
        #expect(clauses[0].heading.hasSuffix("(Phụ lục I).") && clauses.allSatisfy(\.children.isEmpty))
        #expect(clauses[1].heading.contains("6.4, từ 6.5 đến 6.8 và 10.1;"))
        #expect(TextLines.wantsMore("giai đoạn 2025 - 2030 (Phụ lục") && !TextLines.wantsMore("(Phụ lục I)") && !TextLines.wantsMore("nội dung sau (gồm:"))
        #expect(TextLines.wantsMore("6.2, 6.3, từ") && !TextLines.wantsMore("bảo đảm đúng hạn; và"))
    }

    /// A grid drawn in box characters, as `w3m -dump` draws a page's bordered table: a header of two
    /// rows over a cell spanning columns is one row (`Thời gian / Bắt đầu`), a cell spanning rows
    /// stands in each (its text midway, the borders between its rows stopping at it), a cell's line
    /// broken at a slash joins without a space, and a rule under a cell's line is a line of its own.
    @Test func boxDrawnGrid() throws {
        let text = """
            KẾ HOẠCH

            ┌──┬───────┬──────────┬───────────────┐
            │  │       │          │   Thời gian   │
            │TT│ Nhóm  │ Nội dung ├───────┬───────┤
            │  │       │          │Bắt đầu│ Xong  │
            ├──┼───────┼──────────┼───────┼───────┤
            │1 │       │Rà soát   │Tháng 4│Quý II/│
            │  │Hạ tầng│          │ /2026 │ 2026  │
            ├──┤số     ├──────────┼───────┼───────┤
            │2 │       │Nâng cấp  │2026   │2027   │
            ├──┼───────┼──────────┼───────┼───────┤
            │3 │Dữ liệu│Số hóa    │2026   │2026   │
            └──┴───────┴──────────┴───────┴───────┘

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        let table = try #require(doc.tables.first)
        #expect(table.columns.map(\.header) == ["TT", "Nhóm", "Nội dung", "Thời gian / Bắt đầu", "Thời gian / Xong"])
        #expect(table.rows.map(\.cells) == [["1", "Hạ tầng số", "Rà soát", "Tháng 4/2026", "Quý II/2026"],
                                           ["2", "Hạ tầng số", "Nâng cấp", "2026", "2027"], ["3", "Dữ liệu", "Số hóa", "2026", "2026"]])
        #expect(table.rows.map(\.line) == [8, 11, 13])
        let header = "┌─────────────┬──────────────────┐\n│UBND TỈNH A  │CỘNG HÒA XÃ HỘI   │\n│-------      │Độc lập           │\n└─────────────┴──────────────────┘\n"
        let cells = try DocumentReader.read(Array(header.utf8), path: "x", form: .text)
        #expect(cells.header.issuerLines == ["UBND TỈNH A"])
        #expect(WrapJoiner.joinsTight("số 07/2021/", "NĐ-CP") && WrapJoiner.joinsTight("Tháng 4", "/2026"))
        #expect(!WrapJoiner.joinsTight("./.", "Nơi nhận:") && !WrapJoiner.joinsTight("2026", "- Rà soát"))
    }

    /// An OCR's text of a scan: the header's and the signature's columns read row by row a space apart,
    /// rows a blank line apart; or the header's right column read first. The issuer had kept only its
    /// first line (or been lost), the signature's lines had been read as recipients.
    @Test func ocrHeadersAndSignatures() throws {
        let ocr = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

            HUYỆN ĐỨC THỌ Độc lập - Tự do - Hạnh phúc
            Số: 215/BC-UBND Đức Thọ, ngày 25 tháng 9 năm 2025
            BÁO CÁO

            Kết quả thực hiện công tác năm 2025
            I. KẾT QUẢ
            1. Công tác chỉ đạo.
            Nơi nhận: TM. ỦY BAN NHÂN DÂN
            - Sở Nội vụ; KT. CHỦ TỊCH

            - TT Huyện ủy, HĐND huyện; PHÓ CHỦ TỊCH

            - Lưu: VT, NV. Trần Thị Lan

            1 Kế hoạch số 08/KH-UBND ngày 15/01/2025.

            2 Hội nghị sơ kết ngày 10/7/2025.

            """
        let doc = try DocumentReader.read(Array(ocr.utf8), path: "x", form: .text)
        #expect(doc.notes.map(\.mark) == ["1", "2"] && doc.notes.last?.paragraphs.map(\.text) == ["Hội nghị sơ kết ngày 10/7/2025."] && doc.closing.isEmpty)
        #expect(doc.header.issuerLines == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC THỌ"] && doc.header.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(doc.header.number == "215/BC-UBND" && doc.header.place == "Đức Thọ" && doc.header.date == "2025-09-25")
        #expect(doc.signature?.authorityLines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"] && doc.signature?.position == "PHÓ CHỦ TỊCH")
        #expect(doc.signature?.name == "Trần Thị Lan" && doc.recipients == ["- Sở Nội vụ;", "- TT Huyện ủy, HĐND huyện;", "- Lưu: VT, NV."])
        // The number's label without its colon, or with the stop an OCR reads for it: the same header.
        for label in ["Số 215/BC-UBND", "Số. 215/BC-UBND", "số: 215/BC-UBND"] {
            let h = try DocumentReader.read(Array(ocr.replacing("Số: 215/BC-UBND", with: label).utf8), path: "x", form: .text).header
            #expect(h.number == "215/BC-UBND" && h.place == "Đức Thọ" && h.date == "2025-09-25" && h.numberLabel == String(label.prefix(while: { $0 != " " })), "\(label)")
        }
        // The label printed without its colon beside the authority: the same signature, and R01's.
        let bare = try DocumentReader.read(Array(ocr.replacing("Nơi nhận: TM.", with: "Nơi nhận TM.").utf8), path: "x", form: .text)
        #expect(bare.signature?.authorityLines == doc.signature?.authorityLines && bare.signature?.position == doc.signature?.position)
        #expect(bare.signature?.name == "Trần Thị Lan" && bare.recipients == doc.recipients && !bare.recipientsLabelHasColon && doc.recipientsLabelHasColon)
        let rightFirst = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n\n"
            + "Số: 112/KH-UBND Thái Nguyên, ngày 10 tháng 3 năm 2025\nKẾ HOẠCH\n\nBảo đảm an toàn giao thông năm 2025\n"
        let header = try DocumentReader.read(Array(rightFirst.utf8), path: "x", form: .text).header
        #expect(header.issuerLines == ["ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN"] && header.number == "112/KH-UBND" && header.date == "2025-03-10")
        // A text browser's header, columns wide apart, rows a blank line apart (w3m's dump of a Word
        // file's page): the issuer's second line had been lost.
        let w3m = "        ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            + "          HUYỆN ĐẠI TỪ                         Độc lập - Tự do - Hạnh phúc\n\n"
            + "         Số: 15/KH-UBND                      Đại Từ, ngày 20 tháng 3 năm 2025\n\n                    KẾ HOẠCH\n"
        #expect(try DocumentReader.read(Array(w3m.utf8), path: "x", form: .text).header.issuerLines == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI TỪ"])
        // The signature's rows a blank line apart too, the label wide apart from the authority.
        let rows = "KẾ HOẠCH\n\nThực hiện./.\n\nNơi nhận:                          TM. ỦY BAN NHÂN DÂN\n\n- UBND tỉnh;                       KT. CHỦ TỊCH\n\n"
            + "- Sở Văn hóa, Thể thao và Du lịch; PHÓ CHỦ TỊCH\n\n- Lưu: VT.                         Dương Văn Lượng\n"
        let apart = try DocumentReader.read(Array(rows.utf8), path: "x", form: .text)
        #expect(apart.signature?.authorityLines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"] && apart.signature?.name == "Dương Văn Lượng")
        #expect(apart.recipients == ["- UBND tỉnh;", "- Sở Văn hóa, Thể thao và Du lịch;", "- Lưu: VT."])
        // A recipient a space from the signature's line beside it, where that column starts (w3m's
        // narrow signature table): the position had been read as the recipient's.
        let narrow = "KẾ HOẠCH\n\nThực hiện./.\n\nNơi nhận:\n- UBND tỉnh (b/c);                 TM. ỦY BAN NHÂN DÂN\n"
            + "- Sở Văn hóa, Thể thao và Du lịch; CHỦ TỊCH\n- Các xã, thị trấn;                Ma Thế Hồng\n- Lưu: VT, VHTT.\n"
        let close = try DocumentReader.read(Array(narrow.utf8), path: "x", form: .text)
        #expect(close.signature?.position == "CHỦ TỊCH" && close.signature?.name == "Ma Thế Hồng")
        #expect(close.recipients == ["- UBND tỉnh (b/c);", "- Sở Văn hóa, Thể thao và Du lịch;", "- Các xã, thị trấn;", "- Lưu: VT, VHTT."])
        // Nothing beside the label, or recipients after it: no signature there.
        #expect(LineMarkup.gluedLabel("Nơi nhận: - Như trên;") == nil && LineMarkup.gluedLabel("Nơi nhận:") == nil)
        #expect(LineMarkup.gluedLabel("Nơi nhận:  KT. GIÁM ĐỐC")?.rest == "KT. GIÁM ĐỐC")
        let plain = "BÁO CÁO\n\nThực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n"
        let signed = try DocumentReader.read(Array(plain.utf8), path: "x", form: .text)
        #expect(signed.recipients == ["- Như trên;", "- Lưu: VT."] && signed.signature?.name == "Nguyễn Văn A")
    }

    /// A header laid out by `w3m -dump` with its columns a space or two apart (a narrow table), and by
    /// lynx with the left column's rule on the line of the right column's first, or a superscript rule
    /// marked `^`; a signature's authority in a box of one column over its position.
    @Test func textBrowserHeaders() throws {
        let w3m = """
            ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            HUYỆN ĐỊNH HÓA  Độc lập - Tự do - Hạnh phúc
            -------         ---------------
            Số: 45/KH-UBND  Định Hóa, ngày 09 tháng 02 năm 2024

                                        KẾ HOẠCH

            """
        let narrow = try DocumentReader.read(Array(w3m.utf8), path: "x", form: .text).header
        #expect(narrow.issuerLines == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỊNH HÓA"] && narrow.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        #expect(narrow.motto == "Độc lập - Tự do - Hạnh phúc" && narrow.number == "45/KH-UBND" && narrow.date == "2024-02-09" && narrow.place == "Định Hóa")
        // The issuer's second line alone under the first row, the motto alone below it (w3m's and
        // elinks's layout of a word processor's header): the second line had been lost.
        let stepped = "        ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n         HUYỆN ĐỨC THỌ\n"
            + "                                              Độc lập - Tự do - Hạnh phúc\n            -------\n\n"
            + "        Số: 215/BC-UBND                    Đức Thọ, ngày 25 tháng 9 năm 2025\n\n                    BÁO CÁO\n"
        let steps = try DocumentReader.read(Array(stepped.utf8), path: "x", form: .text).header
        #expect(steps.issuerLines == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC THỌ"] && steps.motto == "Độc lập - Tự do - Hạnh phúc" && steps.date == "2025-09-25")
        let oneSpace = LineMarkup.closeHeaderPieces("Số: 47/2025/TT-NHNN Hà Nội, ngày 15 tháng 12 năm 2025")
        #expect(oneSpace?.map(\.text) == ["Số: 47/2025/TT-NHNN", "Hà Nội, ngày 15 tháng 12 năm 2025"])
        // The label in capitals, as some headers print it (`SỐ:`), and the motto with Word's en dashes.
        #expect(LineMarkup.closeHeaderPieces("SỐ: 215/BC-UBND Đức Thọ, ngày 25 tháng 9 năm 2025")?.map(\.text) == ["SỐ: 215/BC-UBND", "Đức Thọ, ngày 25 tháng 9 năm 2025"])
        #expect(LineMarkup.closeHeaderPieces("HUYỆN ĐỨC THỌ Độc lập – Tự do – Hạnh phúc")?.map(\.text) == ["HUYỆN ĐỨC THỌ", "Độc lập – Tự do – Hạnh phúc"])
        #expect(LineMarkup.closeHeaderPieces("Ban hành kèm theo Quyết định về Độc lập dân tộc") == nil)
        #expect(LineMarkup.closeHeaderPieces("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;") == nil)
        let lynx = "   CHÍNH PHỦ\n   ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   Độc lập - Tự do - Hạnh phúc\n   ^_____________\n\n   NGHỊ ĐỊNH\n"
        let glued = try DocumentReader.read(Array(lynx.utf8), path: "x", form: .text).header
        #expect(glued.issuerLines == ["CHÍNH PHỦ"] && glued.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && glued.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(LineMarkup.splittingGluedRule("--- Nội dung") == ["--- Nội dung"])
        // The same with the number and date laid out in columns right under it (lynx's Nghị quyết 66
        // and Nghị định 351): the glued rule is no column a space from the national name (the issuer
        // and the motto had been lost).
        let numbered = "   CHÍNH PHỦ\n   ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   Độc lập - Tự do - Hạnh phúc\n   ---------------\n"
            + "           Số: 66/2026/NQ-CP                         Hà Nội, ngày 13 tháng 02 năm 2026\n\n   NGHỊ QUYẾT\n"
        let under = try DocumentReader.read(Array(numbered.utf8), path: "x", form: .text).header
        #expect(under.issuerLines == ["CHÍNH PHỦ"] && under.motto == "Độc lập - Tự do - Hạnh phúc" && under.number == "66/2026/NQ-CP" && under.date == "2026-02-13")
        #expect(LineMarkup.closeHeaderPieces("   ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == nil)
        // w3m centres each cell's lines in its row: the columns never share a line.
        let centred = """
                                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            THỦ TƯỚNG CHÍNH PHỦ
                                 Độc lập - Tự do - Hạnh phúc
            ____________________
                                 ______________________
            Số: 36/2025/QĐ-TTg
                                 Hà Nội, ngày 29 tháng 9 năm 2025

                                            QUYẾT ĐỊNH

            """
        let apart = try DocumentReader.read(Array(centred.utf8), path: "x", form: .text).header
        #expect(apart.issuerLines == ["THỦ TƯỚNG CHÍNH PHỦ"] && apart.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && apart.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(apart.number == "36/2025/QĐ-TTg" && apart.date == "2025-09-29" && apart.place == "Hà Nội")
        #expect(WrapJoiner.joinsTight("Quyết định số 157/2007", "/QĐ-TTg ngày"))
        // The authority above `Nơi nhận:`, the name beside a recipient, recipients wrapped onto lines
        // in capitals and onto a name's shape (`Việt Nam;`).
        let signed = """
            QUYẾT ĐỊNH

            Điều 1. Thi hành./.

                                                  KT. THỦ TƯỚNG
                                                  PHÓ THỦ TƯỚNG
            Nơi nhận:
            - Ban Bí thư Trung ương Đảng;
            - Ủy ban Trung ương Mặt trận Tổ quốc          Mai Văn Chính
            Việt Nam;
            - VPCP: BTCN, TGĐ Cổng
            TTĐT,
            các Vụ, Cục, Công báo;
            - Lưu: VT, KGVX.

            """
        let block = try DocumentReader.read(Array(signed.utf8), path: "x", form: .text)
        #expect(block.signature?.authorityLines == ["KT. THỦ TƯỚNG"] && block.signature?.position == "PHÓ THỦ TƯỚNG" && block.signature?.name == "Mai Văn Chính")
        #expect(block.recipients == ["- Ban Bí thư Trung ương Đảng;", "- Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam;",
                                     "- VPCP: BTCN, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo;", "- Lưu: VT, KGVX."])
        let box = "NGHỊ QUYẾT\n\nThực hiện./.\n\n┌┬──────────────┐\n││TM. CHÍNH PHỦ │\n││KT. THỦ TƯỚNG │\n││PHÓ THỦ TƯỚNG │\n││              │\n││Trần Hồng Hà  │\n└┴──────────────┘\n"
        let signature = try DocumentReader.read(Array(box.utf8), path: "x", form: .text).signature
        #expect(signature?.authorityLines == ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"] && signature?.position == "PHÓ THỦ TƯỚNG" && signature?.name == "Trần Hồng Hà")
    }

    /// Markdown as html2text writes a page: a table without edge pipes whose header spans lines (a
    /// cell's line breaks), `_italics_`, nested bold (`****Điều 1.** **Ban hành …`, an empty span at a
    /// line's end), a label bold and italic across a line break; and a signature's lines run together.
    @Test func html2textMarkdown() throws {
        let text = """
            **UBND TỈNH A**  
            **\\-------** |  **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** **_______**  
            ---|---  
            Số: 12/KH-UBND |  _A, ngày 05 tháng 01 năm 2026_  
              
            **KẾ HOẠCH**

            **Về việc thử**

            ****Điều 1.** **Phạm vi điều chỉnh của _kế hoạch_ này.

            ****Điều 2.**** Trách nhiệm thi hành****

            Các sở thi hành./.

            **TT** | **Nội dung** | **Thời gian**  
            ---|---|---  
            1 | Rà soát  
            hồ sơ | Quý I/2026  
            2 | Tổng hợp | Quý II/2026  
              
            **_Nơi nhận:  
            _** \\- Như trên;  
            \\- Lưu: VT. |  **KT. CHỦ TỊCH** **PHÓ CHỦ TỊCH** **(Đã ký)********Lê Văn B**  
            ---|---

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x.md", form: .text)
        #expect(doc.header.issuerLines == ["UBND TỈNH A"] && doc.header.motto == "Độc lập - Tự do - Hạnh phúc" && doc.header.date == "2026-01-05")
        #expect(doc.body.map(\.heading) == ["Phạm vi điều chỉnh của kế hoạch này.", "Trách nhiệm thi hành"])
        #expect(doc.tables.first?.rows.map(\.cells) == [["1", "Rà soát\nhồ sơ", "Quý I/2026"], ["2", "Tổng hợp", "Quý II/2026"]])
        #expect(doc.recipients == ["- Như trên;", "- Lưu: VT."])
        #expect(doc.signature?.authorityLines == ["KT. CHỦ TỊCH"] && doc.signature?.position == "PHÓ CHỦ TỊCH" && doc.signature?.name == "Lê Văn B")
        #expect(DocumentReader.detectForm(Array(text.utf8), path: "x") == .text)
        #expect(SignatureParser.apart("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH").map(\.text) == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        #expect(SignatureParser.apart("PHÓ THỦ TƯỚNG (Đã ký) Trần Hồng Hà").map(\.text) == ["PHÓ THỦ TƯỚNG", "(Đã ký)", "Trần Hồng Hà"])
        #expect(SignatureParser.apart("KT. CHỦ TỊCH").map(\.text) == ["KT. CHỦ TỊCH"])
        #expect(LineMarkup.withoutMarkdown("Số: ____/KH-UBND, file_name_x và _nghiêng_.") == "Số: ____/KH-UBND, file_name_x và nghiêng.")
    }

    /// A signature block run onto one line (a cell whose line breaks a copy made spaces) is its
    /// lines: cut at each further prefix, at the position after the body under `TM.` or after the
    /// head's title under `KT.`, `TL.`, `TUQ.`, and before the name; a body that holds a position's
    /// words (`ĐOÀN CHỦ TỊCH`) and the acting head's `KT. Q.` stay whole.
    @Test(arguments: [
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hoàng Văn Tùng", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Tùng"]),
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Văn Tùng", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Tùng"]),
        ("TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Nguyễn Văn Bình", ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn Bình"]),
        ("TUQ. CHỦ TỊCH CHÁNH VĂN PHÒNG", ["TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
        ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Đức Chi", ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Đức Chi"]),
        ("TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ PHÁP CHẾ", ["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"]),
        ("Q. GIÁM ĐỐC Phạm Thị Dung", ["Q. GIÁM ĐỐC", "Phạm Thị Dung"]),
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Hoàng Văn Tùng", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Hoàng Văn Tùng"]),
        ("TM. ĐOÀN CHỦ TỊCH", ["TM. ĐOÀN CHỦ TỊCH"]),
        ("TM. ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM CHỦ TỊCH",
         ["TM. ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM", "CHỦ TỊCH"]),
        ("KT. Q. GIÁM ĐỐC", ["KT. Q. GIÁM ĐỐC"]),
        ("TM. Ủy ban nhân dân tỉnh", ["TM. Ủy ban nhân dân tỉnh"]),
    ])
    func aSignatureOnOneLineIsItsLines(_ line: String, _ lines: [String]) {
        #expect(SignatureParser.apart(line).map(\.text) == lines)
    }

    /// markitdown begins a Word list that goes on after a bullet list at `1.` again: such a list goes
    /// on from the one before the bullets; one begun again after a paragraph stays as written.
    @Test func listRestartedAfterBullets() {
        func numbers(_ text: String) -> [String] {
            let entries = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, 1, String($0.element)) }
            return LineMarkup.markdownLists(entries).map(\.text).filter { $0.first?.isNumber == true }
        }
        #expect(numbers("1. Một.\n\n2. Hai:\n\n* Mục;\n* Mục.\n\n1. Ba.\n\n2. Bốn.\n") == ["1. Một.", "2. Hai:", "3. Ba.", "4. Bốn."])
        #expect(numbers("1. Một.\n\n* Mục.\n\nGiao các phòng thực hiện.\n\n1. Hai.\n") == ["1. Một.", "1. Hai."])
        #expect(numbers("**II. NHIỆM VỤ**\n\n* Mục.\n\n1. Một.\n") == ["1. Một."])
    }

    /// A PDF's text in proportional type: a wrapped line falls short of the width by a few wide
    /// letters, so `… ngày 18/7/2021 của` / `Bộ Lao động …` (a capital after the wrap) was cut into two
    /// paragraphs. A long line that ends no sentence runs on; a short one, or a heading, does not.
    @Test func proportionalWrapBeforeACapital() throws {
        let text = """
            KẾ HOẠCH
            Rà soát hộ nghèo, hộ cận nghèo năm 2022
            Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng
            Chính phủ quy định quy trình rà soát hộ nghèo;
            Căn cứ Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của
            Bộ Lao động - Thương binh và Xã hội hướng dẫn phương pháp rà soát,
            phân loại hộ nghèo, hộ cận nghèo;
            Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát như sau:
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            Xác định chính xác số hộ nghèo, hộ cận nghèo trên địa bàn tỉnh làm
            cơ sở thực hiện các chính sách giảm nghèo bền vững của tỉnh năm nay.

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        #expect(doc.preamble.map(\.text) == [
            "Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/2021 của Thủ tướng Chính phủ quy định quy trình rà soát hộ nghèo;",
            "Căn cứ Thông tư số 07/2021/TT-BLĐTBXH ngày 18/7/2021 của Bộ Lao động - Thương binh và Xã hội hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo;",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát như sau:"])
        #expect(doc.body.first?.children.first?.heading == "Mục đích")
    }

    /// In text wrapped at a width, a hyphen the wrap carried to a line's start (`Hào hiệp` / `- Thanh
    /// lịch`) continues the sentence, with blank lines between paragraphs or without (a PDF's text);
    /// a dash after a line that ends a sentence opens an item. Found wrapping the seed at 72.
    @Test(arguments: ["\n\n", "\n"])
    func aHyphenCarriedToALinesStartIsNoItem(_ between: String) throws {
        let paragraphs = [
            "I. NHIỆM VỤ",
            "1. Phát triển văn hóa",
            """
            a) Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các Sở, ngành:
            - Đẩy mạnh xây dựng người Cần Thơ “Trí tuệ - Năng động - Nhân ái - Hào hiệp
            - Thanh lịch” đáp ứng yêu cầu công cuộc công nghiệp hóa, hiện đại hóa thành
            phố Cần Thơ đến năm 2030;
            """,
            """
            - Phát triển du lịch theo hướng sinh thái, khai thác các giá trị văn hóa địa
            phương gắn với các di tích quốc gia của thành phố.
            """,
        ]
        let doc = try DocumentReader.read(Array(paragraphs.joined(separator: between).utf8), path: "x", form: .text)
        let point = try #require(doc.body.first?.children.first?.children.first)
        #expect(point.children.map(\.kind) == [.dash, .dash])
        #expect(point.children.first?.heading.contains("Hào hiệp - Thanh lịch” đáp ứng") == true)
    }

    /// A title naming the document it follows (`SỐ 164-KH/TU NGÀY 24 …`) is no number line, and a
    /// line that ends in `của` runs on into the next, however short: found indenting a corpus
    /// Chương trình, which then read as text (its title taken for the header, its basis cut in two).
    @Test func aTitlesNumberIsNoHeaderAndADanglingWordRunsOn() throws {
        let text = """
               CHƯƠNG TRÌNH
               TRIỂN KHAI THỰC HIỆN KẾ HOẠCH
               SỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY
               Căn cứ Kế hoạch số 164-KH/TU ngày 24 tháng 8 năm 2022 của
               Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Chương trình như sau:
               I. MỤC ĐÍCH, YÊU CẦU

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        #expect(doc.header.number == nil && doc.header.type == "CHƯƠNG TRÌNH")
        #expect(doc.header.title == "TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY")
        #expect(doc.preamble.map(\.text) == ["Căn cứ Kế hoạch số 164-KH/TU ngày 24 tháng 8 năm 2022 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Chương trình như sau:"])
    }

    /// In text wrapped at a width, a line after a full one that opens with `Điều 30 của …` (no stop
    /// after the number) continues the sentence citing that article; `Điều 31.` opens an article.
    @Test func wrappedArticleCitation() throws {
        let text = """
            QUYẾT ĐỊNH:

            Điều 29. Trách nhiệm của tổ chức, cá nhân kinh doanh hàng hóa

            1. Cung cấp hướng dẫn sử dụng; chính sách bảo hành theo quy định tại
            Điều 30 của Luật này trong trường hợp sản phẩm, hàng hóa có bảo hành;
            thông tin về sản phẩm, hàng hóa cho người tiêu dùng theo quy định của
            pháp luật về chất lượng sản phẩm, hàng hóa và pháp luật có liên quan.
            Điều 31. Bảo hành sản phẩm, hàng hóa

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "x", form: .text)
        #expect(doc.body.map(\.label) == ["29", "31"])
        #expect(doc.body.first?.children.first?.heading.contains("quy định tại Điều 30 của Luật này") == true)
    }

    /// Hard-wrapped paragraphs with blank lines between them are blank-line text, also when the
    /// blank lines hold spaces (a copy that keeps spaces at line ends); without any, pipe-text.
    @Test func blankLinesOfSpacesPartParagraphs() {
        let paragraph = "Tăng cường quán triệt và thực hiện các chủ trương, đường lối của Đảng,\npháp luật của Nhà nước; tiếp tục rà soát, quy hoạch mạng lưới trường,\nlớp giáo dục trung học theo hướng hợp lý và hiệu quả.\n"
        let blank = Array(repeating: paragraph, count: 4).joined(separator: "\n")
        #expect(DocumentReader.detectForm(Array(blank.utf8), path: "x") == .text)
        #expect(DocumentReader.detectForm(Array(blank.replacing("\n", with: " \n").utf8), path: "x") == .text)
        #expect(DocumentReader.detectForm(Array(blank.replacing("\n\n", with: "\n\t\r\n").utf8), path: "x") == .text)
        #expect(DocumentReader.detectForm(Array(Array(repeating: paragraph, count: 4).joined().utf8), path: "x") == .pipeText)
    }
}

import Testing
@testable import VanBanMarkup
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanTestSupport

/// Rich Text Format (often served under a `.doc` name), read into the same blocks as a Word file.
@Suite struct RTFReaderTests {
    func blocks(_ body: String, head: String = "\\ansi\\ansicpg1258\\uc1") throws -> [Block] {
        try DocxReader.read(Array("{\\rtf1\(head) \(body)}".utf8)).blocks
    }

    func texts(_ body: String) throws -> [String] {
        try blocks(body).compactMap { if case .paragraph(let p) = $0 { p.text } else { nil } }
    }

    /// `\uN` with its fallback skipped (`\ucN` of them), negative N, a surrogate pair, Windows-1258
    /// bytes whose last letter the converter holds back, escaped braces, `\line`, `\tab`.
    @Test func textEscapes() throws {
        #expect(try texts("\\u7910?y ban \\u-1234?? x\\par") == ["Ủy ban \u{FB2E}? x"])
        #expect(try texts("{\\uc2 \\u7889??x}\\par \\u-10179?\\u-8704?\\par") == ["ốx", "😀"])
        #expect(try texts("s\\'f4\\'ec h\\'f3\\par") == ["số hó"])
        // A tone mark after an ASCII vowel composes with it: the text is NFC as read (no U01).
        let read = try DocxReader.read(Array("{\\rtf1\\ansi\\ansicpg1258 Ha\\'ecnh chi\\'ecnh\\par}".utf8))
        #expect(read.source.text == "Hánh chính\n" && read.source.diagnostics.isEmpty)
        #expect(try texts("\\{a\\}\\\\ b\\line c\\tab d\\~e\\_f\\par") == ["{a}\\ b", "c d e-f"])
    }

    /// Destinations that are not text: tables of fonts, colours, styles; headers, hidden text,
    /// pictures (their binary data skipped by length), `{\*\…}` groups; a field shows its result,
    /// except a table of contents. A footnote is no text where it stands, only its mark: it follows the text.
    @Test func whatIsNotText() throws {
        let body = "{\\fonttbl{\\f0 Times;}}{\\colortbl;\\red0;}{\\stylesheet{Normal;}}{\\header Trang 1\\par}"
            + "A{\\footnote ghi ch\\u250?}{\\v ẩn}{\\*\\bkmkstart x}{\\pict\\bin4 }}{\\par}B\\par"
            + "{\\field{\\*\\fldinst HYPERLINK \"x\"}{\\fldrslt vbpl.vn}}\\par"
            + "{\\field{\\*\\fldinst { TOC \\\\o}}{\\fldrslt 1. M\\u7909?c\\tab 3\\par 2. Kh\\u225?c\\tab 4}}C\\par"
        #expect(try texts(body) == ["A[1]B", "vbpl.vn", "C", "[1] ghi chú"])
        // A page header's table is no row of the document's.
        let header = "{\\header \\trowd\\cellx5000\\pard\\intbl Trang\\cell\\row}\\pard Sau\\par"
        #expect(try blocks(header).count == 1)
    }

    /// Footnotes as Word writes them (`{\super \chftn}{\footnote \pard {\super \chftn} …\par …}`):
    /// the mark in the text where the note's group stands, numbered in order (a table cell's too), the
    /// note's paragraphs after the text opening with it; an endnote (`\ftnalt`) is left out, mark and all.
    @Test func footnotesFollowTheText() throws {
        func note(_ text: String) -> String { "{\\super \\chftn}{\\footnote \\pard\\plain {\\super \\chftn} \(text)}" }
        let body = "\\pard \\u272?\\u227? ban h\\u224?nh 05 v\\u259?n b\\u7843?n" + note("K\\u7871? ho\\u7841?ch s\\u7889? 08/KH-UBND.\\par")
            + "{\\super \\chftn}{\\footnote\\ftnalt \\pard Cu\\u7889?i.\\par}.\\par"
            + "\\trowd\\cellx4000\\pard\\intbl \\u212?" + note("Ch\\u250? th\\u237?ch \\u244?.\\par Hai.\\par") + "\\cell\\row\\pard Sau\\par"
        #expect(try texts(body) == ["Đã ban hành 05 văn bản[1].", "Sau", "[1] Kế hoạch số 08/KH-UBND.", "[2] Chú thích ô.", "Hai."])
        let cells = try blocks(body).compactMap { if case .table(let t) = $0 { t.cells.map(\.text) } else { nil } }
        #expect(cells == [["Ô[2]"]])
    }

    /// Text deleted with revision marks (`{\deleted …}`, as Word and LibreOffice write it) is left out
    /// as hidden text is; `\plain` ends hidden text as it ends every character property.
    @Test func deletedTextIsNotRead() throws {
        let body = "minh b\\u7841?ch{\\deleted\\revauthdel1 v\\u224? k\\u7883?p th\\u7901?i} trong\\par A\\v \\u7849?n\\plain  B\\par"
        #expect(try texts(body) == ["minh bạch trong", "A B"])
    }

    /// A text box (`\shptxt` inside a shape) follows the paragraph it is anchored to, read once (its
    /// drawing-object copy in `\shprslt` is not read); in a table cell it stays in the cell.
    @Test func textBoxesFollowTheirAnchor() throws {
        func shape(_ text: String) -> String {
            "{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn shapeType}{\\sv 202}}{\\shptxt \\pard \(text)}}{\\shprslt{\\*\\do{\\*\\dptxbx{\\pard b\\u7843?n sao\\par}}}}}"
        }
        #expect(try texts("Tr\\u432?\\u7899?c\\par Neo \(shape("N\\u417?i nh\\u7853?n:\\par - L\\u432?u: VT.\\par")) ti\\u7871?p\\par Sau\\par")
            == ["Trước", "Neo tiếp", "Nơi nhận:", "- Lưu: VT.", "Sau"])
        let table = "\\trowd\\cellx3000\\cellx6000\\pard\\intbl A \(shape("h\\u7897?p\\par"))\\cell\\pard\\intbl B\\cell\\row"
        guard case .table(let t) = try #require(try blocks(table).first) else { Issue.record("no table"); return }
        #expect(t.rows.map { $0.map(\.text) } == [["A\nhộp", "B"]])
    }

    /// Fonts: named by the font table (a name's panose and alternative groups are not part of it),
    /// counted where text is set in them (`\fN`, `\plain` back to `\deffN`): a TCVN3 font such as
    /// `.VnTime` shows for F02 to report.
    @Test func fontsTheTextIsSetIn() throws {
        let rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fnil .VnTime;}{\\f1\\froman{\\*\\panose 02020603050405020304}Times New Roman{\\*\\falt Times};}"
            + "{\\f2\\fswiss Arial;}}\\f0 Ab\\par{\\f1 Cd}\\par\\f2\\plain Ef\\par}"
        #expect(try DocxReader.read(Array(rtf.utf8)).page?.fonts == [".VnTime", "Times New Roman"])
    }

    /// Text set in a legacy font is its encoding's letters: a VNI-Times run (`Ke\'e1 hoa\'efch`) is
    /// converted beside a Unicode run in the same paragraph, and U01 names the font; a run in such a
    /// font without its letters (`Ab` above) is left and not reported.
    @Test func runsInALegacyFontAreConverted() throws {
        let rtf = "{\\rtf1\\ansi\\deff1{\\fonttbl{\\f0 VNI-Times;}{\\f1 Times New Roman;}}{\\f0 Ke\\'e1 hoa\\'efch} {\\f1 n\\u259?m 2025}\\par}"
        let read = try DocxReader.read(Array(rtf.utf8))
        #expect(read.source.text == "Kế hoạch năm 2025\n")
        #expect(read.source.diagnostics.map(\.message) == ["the text set in VNI-Times is VNI (Windows), not Unicode; it was converted to Unicode"])
        let plain = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fnil .VnTime;}}\\f0 Ab\\par}"
        #expect(try DocxReader.read(Array(plain.utf8)).source.diagnostics.isEmpty)
    }

    /// `\'hh` bytes are in their font's code page (`\fcharset163`: Windows-1258) when it has one,
    /// in the document's (`\ansicpg`) otherwise.
    @Test func bytesInTheirFontsCodePage() throws {
        let rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset163 Times New Roman;}}"
            + "{\\f1 Vi\\'ea\\'f2t Nam} \\'e9t\\par}"
        let read = try DocxReader.read(Array(rtf.utf8))
        #expect(read.source.text == "Việt Nam ét\n")
    }

    /// Tables: `\cellx` edges, `\intbl` paragraphs, `\trhdr` header rows, a cell merged down.
    @Test func tablesWithHeaderRowsAndMerges() throws {
        func row(_ cells: [String], header: Bool = false, merge: [Int: String] = [:]) -> String {
            let defs = cells.indices.map { "\(merge[$0] ?? "")\\cellx\(($0 + 1) * 2000)" }.joined()
            return "\\trowd\(header ? "\\trhdr" : "")\(defs)" + cells.map { "\\pard\\intbl \($0)\\cell" }.joined() + "\\row"
        }
        let body = "Tr\\u432?\\u7899?c\\par" + row(["TT", "N\\u7897?i dung", "Ch\\u7911? tr\\u236?"], header: true)
            + row(["1", "Vi\\u7879?c m\\u7897?t", "S\\u7903? A"], merge: [2: "\\clvmgf"]) + row(["2", "Vi\\u7879?c hai", ""], merge: [2: "\\clvmrg"])
            + "\\pard Sau\\par"
        let read = try blocks(body)
        #expect(read.count == 3)
        guard case .table(let t) = read[1] else { Issue.record("no table"); return }
        #expect(t.headerRows == 1)
        #expect(t.rows.map { $0.map(\.text) } == [["TT", "Nội dung", "Chủ trì"], ["1", "Việc một", "Sở A"], ["2", "Việc hai", "Sở A"]])
        if case .paragraph(let p) = read[2] { #expect(p.text == "Sau") } else { Issue.record("no paragraph after the table") }
    }

    /// A two-level header not marked to repeat (`\trhdr` absent), as LibreOffice writes a page's table
    /// to Word 97 or RTF: `Thời gian` merged across `Bắt đầu | Kết thúc`, the cells beside it merged
    /// down. Two header rows, as in a .docx (the corpus's QĐ 42, QĐ 51 and TT 63 pages through
    /// LibreOffice's `.doc` read one, their columns named only by the upper row).
    @Test func aTwoLevelHeaderNotMarkedIsTwoRows() throws {
        func row(_ cells: [String], merge: [Int: String] = [:]) -> String {
            let defs = cells.indices.map { "\(merge[$0] ?? "")\\cellx\(($0 + 1) * 2000)" }.joined()
            return "\\trowd\(defs)" + cells.map { "\\pard\\intbl \($0)\\cell" }.joined() + "\\row"
        }
        let body = row(["TT", "Vi\\u7879?c", "Th\\u7901?i gian", ""], merge: [0: "\\clvmgf", 1: "\\clvmgf", 2: "\\clmgf", 3: "\\clmrg"])
            + row(["", "", "B\\u7855?t \\u273?\\u7847?u", "K\\u7871?t th\\u250?c"], merge: [0: "\\clvmrg", 1: "\\clvmrg"])
            + row(["1", "A", "2025", "2026"]) + row(["2", "B", "2026", "2027"])
        guard case .table(let t)? = try blocks(body).first else { Issue.record("no table"); return }
        #expect(t.headerRows == 2)
        #expect(t.rows.prefix(2).map { $0.map(\.text) } == [["TT", "Việc", "Thời gian", "Thời gian"], ["TT", "Việc", "Bắt đầu", "Kết thúc"]])
    }

    /// Damaged RTF never crashes: cut anywhere, unbalanced braces, a `\bin` longer than the file,
    /// deep nesting.
    @Test func damagedRTF() throws {
        let file = try #require(TestFiles.read(TestFiles.fixtures + "/doc/cong-van-77-ubnd-vp-rtf.doc"))
        for cut in stride(from: 6, to: file.count, by: max(1, file.count / 97)) {
            _ = try? DocxReader.read(Array(file[..<cut]))
        }
        #expect(throws: DocxReadError.noText) { try DocxReader.read(Array("{\\rtf1 {\\bin99999 x}".utf8)) }
        let deep = "{\\rtf1 " + String(repeating: "{", count: 100_000) + "x\\par" + String(repeating: "}", count: 50_000)
        #expect(try DocxReader.read(Array(deep.utf8)).blocks.count == 1)
        #expect(try texts("}}}a\\par{{") == ["a"])
        // Parameters out of range (found by fuzzing: `\u-99999` trapped): a `\u` keeps its low 16 bits.
        #expect(try texts("\\u-99999?\\u9999999999?\\cellx-9999999999\\margl-9999999999\\uc-5 a\\par") == ["\u{7961}\u{E3FF}a"])
    }

    /// The fixture (Fixtures/doc/make-cong-van-77-rtf.py): a Công văn as Word writes RTF, under a
    /// `.doc` name.
    @Test func fixtureRTF() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/doc/cong-van-77-ubnd-vp-rtf.doc")
        #expect(doc.source.form == .docx)
        #expect(doc.header.number == "77/UBND-VP" && doc.header.date == "2025-04-14")
        #expect(doc.header.title == "V/v triển khai số hóa hồ sơ lưu trữ")
        #expect(doc.header.addressees == ["Ủy ban nhân dân các xã, thị trấn."])
        #expect(doc.body.map(\.label) == ["1", "2"])
        #expect(doc.body[0].heading == "Các xã, thị trấn rà soát hồ sơ lưu trữ, lập danh mục hồ sơ cần số hóa theo Phụ lục kèm theo (mẫu tại vbpl.vn);")
        #expect(doc.signature?.name == "Ma Thị Hoa" && doc.recipients == ["- Như trên;", "- Lưu: VT, VP."])
        let t = try #require(doc.appendices.first?.tables.first)
        #expect(t.columns.map(\.role) == [.index, .task, .lead, .timeline])
        #expect(t.rows.map { $0.cells[2] } == ["Phòng Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường", "Phòng Tư pháp"])
        #expect(doc.page?.paperWidth == 210 && doc.page?.margins.map { [$0.top, $0.bottom, $0.left, $0.right] } == [20, 20, 30, 20])
        #expect(doc.page?.fonts == ["Times New Roman"])
        #expect(doc.diagnostics.isEmpty)
    }
}

import Testing
@testable import VanBanSyntax
import VanBanReader
import VanBanModel
import VanBanTestSupport

/// The byte-level text helpers that replaced the standard library's generic string algorithms.
@Suite struct ByteTextTests {
    /// An array filled in place: the initializer's elements, and for a capacity of 0 an empty
    /// array of its own, the initializer still run (on no room). The standard library's own
    /// initializer writes into its shared empty array there, which `bench/tsan.sh` caught
    /// racing between a batch's workers (empty texts upper-cased, empty lines projected).
    @Test func anArrayFilledInPlace() {
        var runs = 0
        let none = [UInt8](filling: 0) { room, count in
            runs += 1
            #expect(room.isEmpty && count == 0)
        }
        #expect(none.isEmpty && runs == 1)
        let some = [Int32](filling: 4) { room, count in
            for k in 0..<3 { room[k] = Int32(k * 7) }
            count = 3
        }
        #expect(some == [0, 7, 14])
        #expect(Case.upperUTF8("").isEmpty)
        #expect(Case.upperUTF8("đ", foldingSpaces: true) == Array("Đ".utf8))
    }

    /// The pipe-text tokenizer cuts its paragraphs from the bytes (`ByteSlicer`), as the other forms
    /// cut theirs from a string (`TextSlicer`): the same text for every cut, a cut inside a
    /// character (which no caller makes) moved back to its start by both.
    @Test func aCutFromTheBytesIsTheCutFromTheString() {
        let text = "Số: 12/KH-UBND — Đà Nẵng, ngày 1 tháng 10 năm 2021 ⟨x⟩ 😀."
        let bytes = ByteSlicer(bytes: Array(text.utf8)), string = TextSlicer(text)
        let n = text.utf8.count
        for from in 0...n {
            for to in from...n { #expect(bytes.string(from, to) == string.string(from, to), "\(from)..<\(to)") }
        }
    }

    @Test(arguments: [
        ("a**- **b**- **", "**- **", "** - **", "a** - **b** - **"),
        ("Ủy ban", "Ủy", "Uỷ", "Uỷ ban"),
        ("xyz", "q", "r", "xyz"),
        ("aaa", "aa", "b", "ba"),
        ("abc", "abc", "", ""),
        ("tỉnh; tỉnh;", "tỉnh", "TỈNH", "TỈNH; TỈNH;"),
    ])
    func replacingAllReplacesEveryOccurrenceLeftToRight(_ text: String, _ target: String, _ with: String, _ expected: String) {
        #expect(text.replacingAll(target, with: with) == expected)
    }

    @Test func replacingAllWithAnEmptyTargetIsTheText() {
        #expect("Kế hoạch".replacingAll("", with: "x") == "Kế hoạch")
    }

    @Test(arguments: [
        ("Giấy ủy quyền", "Giấy uỷ quyền"),
        ("Bản thỏa thuận", "Bản thoả thuận"),
        ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"),
        ("HÒA BÌNH, khỏe, Thủy", "HOÀ BÌNH, khỏe, Thuỷ"),
        ("Quyết định số 12", "Quyết định số 12"),
    ])
    func tonePlacementMovesTheMarkBothWays(_ now: String, _ older: String) {
        #expect(TonePlacement.older(now) == older)
        #expect(TonePlacement.older(Array(now.utf8)) == Array(older.utf8))
        #expect(TonePlacement.now(older) == now)
    }

    @Test func matchKeyIsUpperCaseWithTheMarkOnTheFirstVowel() {
        #expect("Giấy uỷ quyền".matchKey == "GIẤY ỦY QUYỀN")
        #expect("Kế toán trưởng".matchKey == "KẾ TÓAN TRƯỞNG")
    }

    /// The citation scan's block-at-a-time skip stops where the byte-by-byte rule does: every byte
    /// value at each place of a block and past it, over text that opens nothing and over text full
    /// of high bytes, and from each start.
    @Test func citationSkipAgreesWithTheByteRule() {
        var checked = 0
        for filler in [Array("ư ô a/".utf8), Array("ệ".utf8), [0xFF, 0xB0, 0x2F, 0x3A]] {
            for value in 0...255 {
                for place in 0..<36 {
                    var b = (0..<40).map { filler[$0 % filler.count] }
                    b[place] = UInt8(value)
                    for start in [0, 1, 7, 17, place, min(place + 1, b.count)] {
                        let got = b.withUnsafeBufferPointer { CitationScanner.nextOpening($0, from: start) }
                        let want = b[start...].firstIndex(where: CitationScanner.opensCitation) ?? b.count
                        #expect(got == want, "byte \(value) at \(place) from \(start)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 3 * 256 * 36 * 6)
        #expect(!Array("ư ô a/".utf8).contains(where: CitationScanner.opensCitation))
    }

    /// The sixteen-lane byte mask (SSE2's instruction on x86-64) agrees lane by lane with the
    /// comparison it is made of, and with the portable reading from two words, and the count of
    /// true lanes with the lanes: every single lane, all and none, and 10,000 random masks.
    @Test func laneMaskAgreesWithItsLanes() {
        func lanes(_ m: SIMDMask<SIMD16<Int8>>) -> UInt32 { (0..<16).reduce(0) { m[$1] ? $0 | 1 << UInt32($1) : $0 } }
        var masks: [SIMDMask<SIMD16<Int8>>] = (0..<16).map { t in SIMD16<UInt8>((0..<16).map { $0 == t ? 1 : 0 }) .== SIMD16(repeating: 1) }
        masks += [SIMDMask(repeating: true), SIMDMask(repeating: false)]
        var state: UInt64 = 16
        for _ in 0..<10_000 {
            let bytes = SIMD16<UInt8>((0..<16).map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return UInt8(truncatingIfNeeded: state >> 56)
            })
            masks.append(bytes .>= SIMD16(repeating: 0x80))
        }
        for m in masks {
            #expect(VectorMasks.bits16(m) == lanes(m))
            #expect(VectorMasks.bits16ByWords(m) == lanes(m))
            #expect(VectorMasks.any16(m) == (lanes(m) != 0))
            #expect(VectorMasks.count16(m) == lanes(m).nonzeroBitCount)
        }
        #expect(masks.count == 10_018)
    }

    /// Tone placement swaps each pair it finds, left to right, and copies the rest: 20,000 random
    /// texts of pairs in both placements, their halves, and other letters, against a byte-by-byte
    /// reading of the same rule.
    @Test func tonePlacementAgreesWithTheByteRule() {
        let lower = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
                     ("ủy", "uỷ"), ("úy", "uý"), ("ụy", "uỵ"), ("ùy", "uỳ"), ("ũy", "uỹ")]
        let pairs = lower + lower.map { ($0.0.uppercased(), $0.1.uppercased()) }
        func reference(_ b: [UInt8], _ table: [([UInt8], [UInt8])]) -> [UInt8] {
            var out: [UInt8] = [], i = 0
            next: while i < b.count {
                for (from, to) in table where b[i...].starts(with: from) {
                    out += to
                    i += from.count
                    continue next
                }
                out.append(b[i])
                i += 1
            }
            return out
        }
        let nowToOlder = pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }, olderToNow = pairs.map { (Array($0.1.utf8), Array($0.0.utf8)) }
        var texts = PieceTexts(pairs.flatMap { [$0.0, $0.1] } + ["o", "u", "a", "y", "ò", "ủ", "Ủy ban", " ", "hoàng", "THỦY"], seed: 131)
        var swapped = 0
        for _ in 0..<20_000 {
            let b = texts.text(maxPieces: 8)
            #expect(TonePlacement.older(b) == reference(b, nowToOlder), "\(String(decoding: b, as: UTF8.self))")
            #expect(TonePlacement.now(b) == reference(b, olderToNow), "\(String(decoding: b, as: UTF8.self))")
            if TonePlacement.older(b) != b { swapped += 1 }
        }
        #expect(swapped > 5_000)
    }

    /// A rule line (`-----`, `___`, `* * *`, `^____`, `^____^`) is told by its bytes as it was by its
    /// characters: 20,000 random texts of rule pieces, an em dash, and pieces that spoil a rule
    /// (a combining mark after a rule character, an en dash, a CR LF, a caret not first).
    @Test func ruleLinesAgreeWithTheCharacterRule() {
        var texts = PieceTexts(["-", "_", "*", "=", " ", "—", "^", "\u{301}", "–", "\r\n", "a", "__", "\u{E2}"], seed: 97)
        var rules = 0
        for _ in 0..<20_000 {
            let bytes = texts.text(maxPieces: 8)
            let text = String(decoding: bytes, as: UTF8.self)
            var rest = text.first == "^" ? text.dropFirst() : Substring(text)
            // pandoc Markdown's superscript closes with a second caret.
            if text.first == "^", rest.count > 1, rest.last == "^" { rest = rest.dropLast() }
            let want = !rest.isEmpty && rest.allSatisfy { $0 == "-" || $0 == "_" || $0 == "*" || $0 == "=" || $0 == " " || $0 == "—" }
            #expect(HeaderParser.isRule(text) == want, "\(text.debugDescription)")
            if want { rules += 1 }
        }
        #expect(rules > 1_000)
    }

    /// A rule a space after a header line's text (markdownify joins a cell's lines): the text before
    /// it; a dash inside the text, a short run or a rule alone is none.
    @Test(arguments: [
        ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ -------", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
        ("Độc lập - Tự do - Hạnh phúc  ______________", "Độc lập - Tự do - Hạnh phúc"),
        ("SỞ Y TẾ ***", "SỞ Y TẾ"),
        ("giai đoạn 2021 - 2025", nil), ("Mục tiêu --", nil), ("-------", nil), ("  -----", nil), ("CHỦ TỊCH-------", nil),
    ] as [(String, String?)])
    func textBeforeARuleRunOntoIt(_ line: String, _ head: String?) {
        #expect(HeaderParser.textBeforeTrailingRule(line).map { String(decoding: line.utf8.prefix($0), as: UTF8.self) } == head)
    }

    /// Lines of a page's markup that Markdown writers keep: wrappers alone are no text; inline tags
    /// go, their text kept; a table's tags, text in angle brackets and a comparison stay.
    @Test func pageMarkupInMarkdown() {
        #expect(LineMarkup.isBareMarkup("<div class=\"table-scroll-wrapper\">") && LineMarkup.isBareMarkup("</div>")
                && LineMarkup.isBareMarkup("<p> <span style=\"x\"></span></p>"))
        // pandoc's comment between two lists that follow each other (a Google Docs page's).
        #expect(LineMarkup.isBareMarkup("<!-- -->") && LineMarkup.isBareMarkup("<!--x-->"))
        for line in ["<table>", "</td>", "<Tên cơ quan>", "<div>text</div>", "a < b > c", "<", "<>", "<!-- a", "<!-->"] {
            #expect(!LineMarkup.isBareMarkup(line), "\(line)")
        }
        let lists = "1.  Mục đích.\n\n<!-- -->\n\n1.  Khuyến khích đọc sách.\n2.  Tổ chức tiết kiệm.\n"
        let doc = try? DocumentReader.read(Array(lists.utf8), path: "lists.md")
        let texts: [String] = (doc?.body ?? []).flatMap { node -> [String] in [node.heading ?? ""] + node.paragraphs }
        #expect(texts == ["Mục đích.", "Khuyến khích đọc sách.", "Tổ chức tiết kiệm."])
        #expect(LineMarkup.withoutInlineTags("<span style=\"font-size: 14px;\">**NGHỊ QUYẾT**</span>") == "**NGHỊ QUYẾT**")
        #expect(LineMarkup.withoutInlineTags("Tỷ lệ <b>≥ 90%</b>, <sup>2</sup>") == "Tỷ lệ ≥ 90%, 2")
        for line in ["<Tên cơ quan chủ quản>", "x < 5 và y > 3", "<table width=\"100%\">", "<spanner>"] {
            #expect(LineMarkup.withoutInlineTags(line) == line)
        }
        #expect(LineMarkup.withoutMarkdown("<span style=\"font-size: 14px;\">\u{00A0}</span>").isEmpty)
        #expect(LineMarkup.withoutMarkdown("**QUY ĐỊNH GIAI ĐOẠN 2026\u{00A0}** - **2030**") == "QUY ĐỊNH GIAI ĐOẠN 2026 - 2030")
        #expect(LineMarkup.withoutMarkdown("** TRÊN ĐỊA BÀN TỈNH**") == "TRÊN ĐỊA BÀN TỈNH")
        #expect(LineMarkup.withoutMarkdown("Ghi chú (**) và (*)") == "Ghi chú (**) và (*)")
        // Emphasis where a page put it (Thông tư 63 through pandoc): opened inside a word, and over a
        // whole line closed after its last space; a mark beside a word alone stays.
        #expect(LineMarkup.withoutMarkdown("□ Có (S*ố đăng ký: …………, Thời hạn giá trị: …………*) □ Không")
                == "□ Có (Số đăng ký: …………, Thời hạn giá trị: …………) □ Không")
        #expect(LineMarkup.withoutMarkdown("*Bộ trưởng Bộ Công Thương ban hành Thông tư. *") == "Bộ trưởng Bộ Công Thương ban hành Thông tư.")
        for line in ["Chỉ tiêu A* và chỉ tiêu B*", "Tỷ lệ 2*3*4", "Ghi chú: * Số liệu ước", "x *y"] {
            #expect(LineMarkup.withoutMarkdown(line) == line, "\(line)")
        }
        // pandoc's plain text: superscript and subscript; a rule so written is a rule.
        #expect(LineMarkup.withoutMarkdown("- Lưu: VT, KGVX (2). _(PL).") == "- Lưu: VT, KGVX (2). PL.")
        #expect(LineMarkup.withoutMarkdown("Diện tích 8 m^(2) sàn") == "Diện tích 8 m2 sàn")
        #expect(LineMarkup.withoutMarkdown("^(____________)") == "^(____________)" && HeaderParser.isRule("^(____________)"))
        #expect(LineMarkup.withoutMarkdown("hệ số ^(a b) và _( )") == "hệ số ^(a b) và _( )")
        // pandoc's own Markdown: superscript between two marks (QĐ 47's rules under its agency and motto).
        #expect(LineMarkup.withoutMarkdown("**^\\_\\_\\_\\_^**") == "^____^" && HeaderParser.isRule("^____^"))
        #expect(!HeaderParser.isRule("^^") && !HeaderParser.isRule("^a_^") && !HeaderParser.isRule("^"))
        // Bold around a space alone holds no text; a rule of stars stays.
        #expect(LineMarkup.withoutMarkdown("** **").isEmpty && LineMarkup.withoutMarkdown("**\u{A0}**").isEmpty)
        #expect(LineMarkup.withoutMarkdown("* * *") == "* * *" && HeaderParser.isRule("* * *"))
        // Its superscript and subscript: `m^2^`, `~PL~`; a tilde or caret without its pair stays.
        #expect(LineMarkup.withoutMarkdown("- Lưu: VT, KGVX (2). ~PL~.") == "- Lưu: VT, KGVX (2). PL.")
        #expect(LineMarkup.withoutMarkdown("Diện tích 8 m^2^ sàn") == "Diện tích 8 m2 sàn")
        for line in ["khoảng ~50% số hộ", "từ 5~10 ngày", "a ^ b", "x^y z^ w", "~ ~"] {
            #expect(LineMarkup.withoutMarkdown(line) == line, "\(line)")
        }
        // A bracketed span over a cell's lines: the length of its close on the last line.
        #expect(LineMarkup.spanOverLines(first: "[**TM. CHÍNH PHỦ", last: "Trần Hồng Hà**]{style=\"a\"}") == 12)
        #expect(LineMarkup.spanOverLines(first: "[**A**]{x}", last: "B]{y}") == nil)
        #expect(LineMarkup.spanOverLines(first: "[A", last: "[B]{y}") == nil)
        #expect(LineMarkup.spanOverLines(first: "[A", last: "B]{y} C") == nil)
        #expect(LineMarkup.spanOverLines(first: "[A", last: "[x] B]{y}") == 4)
        // pandoc's own Markdown of a page: bracketed spans and fenced divs.
        #expect(LineMarkup.withoutMarkdown("[**QUYẾT ĐỊNH**]{style=\"font-size: 14px;\"}") == "QUYẾT ĐỊNH")
        #expect(LineMarkup.withoutMarkdown("[*Căn cứ Luật [số 63/2025/QH15]{.x};*]{style=\"a\"}") == "Căn cứ Luật số 63/2025/QH15;")
        #expect(LineMarkup.withoutMarkdown("[\u{00A0}]{style=\"font-size: 14px;\"}").isEmpty)
        #expect(LineMarkup.withoutMarkdown("theo [Phụ lục] {kèm theo}") == "theo [Phụ lục] {kèm theo}")
        #expect(LineMarkup.isBareMarkup("::: table-scroll-wrapper") && LineMarkup.isBareMarkup(":::")
                && LineMarkup.isBareMarkup("::: {.min-h-screen style=\"font-size: 16px;\"}"))
        #expect(!LineMarkup.isBareMarkup(":::x") && !LineMarkup.isBareMarkup("::"))
    }

    /// Text folded by `collapsingSpaces` is the text's non-white runs joined by one space, white
    /// being space, tab, line breaks and U+00A0 (not the A0 that ends `à`): 20,000 random texts of
    /// such pieces, whose clean ones are found sixteen bytes at a time.
    @Test func collapsingSpacesAgreesWithTheRule() {
        var texts = PieceTexts([" ", "  ", "\t", "\n", "\u{0B}", "\r", "\u{A0}", "à", "Ủy ban", "abcdefghijklmnop", "ư", "x", "ngày 15"], seed: 61)
        var clean = 0
        for _ in 0..<20_000 {
            let text = String(decoding: texts.text(maxPieces: 24), as: UTF8.self)
            let white: (Unicode.Scalar) -> Bool = { $0 == " " || (0x09...0x0D).contains($0.value) || $0 == "\u{A0}" }
            let want = text.unicodeScalars.split(whereSeparator: white).map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
            #expect(text.collapsingSpaces == want, "\(text.debugDescription)")
            if want == text { clean += 1 }
        }
        #expect(clean > 500)
        // One fault at every offset of a clean text (across the blocks' bounds), and `à`, which
        // holds an A0 byte and is no fault.
        for k in 1..<40 {
            let head = String(repeating: "a", count: k), tail = String(repeating: "b", count: 40 - k)
            #expect((head + "  " + tail).collapsingSpaces == head + " " + tail)
            #expect((head + "\u{A0}" + tail).collapsingSpaces == head + " " + tail)
            #expect((head + "\t" + tail).collapsingSpaces == head + " " + tail)
            #expect((head + "à" + tail).collapsingSpaces == head + "à" + tail)
        }
    }

    /// The binary probe's count of control bytes agrees with the byte-by-byte rule: every byte
    /// value at each place of a block and of the tail, over plain text and over text of line ends
    /// (which the count leaves aside), with a second control byte elsewhere to be counted too.
    @Test func controlByteCountAgreesWithTheByteRule() {
        func rule(_ b: [UInt8]) -> (Int, Bool) {
            (b.filter { $0 < 0x20 && ![0x0A, 0x0D, 0x09, 0x0C].contains($0) }.count, b.contains(0))
        }
        var checked = 0
        for filler in [Array("ư ô a/".utf8), Array("|\n".utf8), [0x0D, 0x0A, 0x09, 0x0C, 0x20]] {
            for length in [35, 40] {
                for value in 0...255 {
                    for place in 0..<length {
                        var b = (0..<length).map { filler[$0 % filler.count] }
                        b[place] = UInt8(value)
                        if place != 3 { b[3] = 0x1B }
                        let got = b.withUnsafeBufferPointer { SourceText.controlBytes($0) }
                        let want = rule(b)
                        #expect(got.count == want.0 && got.nul == want.1, "byte \(value) at \(place) of \(length)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked == 3 * 256 * (35 + 40))
    }

    /// A source line's visible text made sixteen bytes at a time where it can be agrees with the
    /// byte-by-byte reading: lines from pieces of markup, references, white space, Markdown marks
    /// and runs of plain words, at every place of a block.
    @Test func visibleTextAgreesWithTheByteReading() {
        var texts = PieceTexts(["<p>", "</td>", "&amp;", "&#7871;", "&nbsp;", " ", "  ", "\t", "\u{A0}", "\u{200B}", "“", "**", "_", ":", "#", "[1]",
                                "Kế hoạch", "abcdefghijklmnop", "Ủy ban nhân dân", "ư"], seed: 30)
        var differing = 0
        for _ in 0..<20_000 {
            let b = texts.text(maxPieces: 20)
            if b.withUnsafeBufferPointer({ VisibleColumns<PlainLines>.project($0) }) != visibleBytesOneByOne(b, PlainLines.self) { differing += 1 }
        }
        #expect(differing == 0)
    }
}

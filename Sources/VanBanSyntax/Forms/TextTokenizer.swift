import VanBanModel

/// Tokenizer for the `text` form: one paragraph per line or per blank-line block, header parts on
/// their own lines, no tables (or `A | B |` rows, read by `InlinePipeTokenizer`).
///
/// The header lines (agency, quốc hiệu, `Số:`, place and date) and the signature lines become
/// layout tables, so that the section parser reads them the same way as in the other forms.
public struct TextTokenizer {
    public init() {}

    /// Lines are read as in `InlinePipeTokenizer`: `A | B |` rows become table rows.
    public func tokenize(_ source: SourceText) -> [Block] {
        InlinePipeTokenizer().tokenize(source)
    }

    /// The blocks, with what the tokenizer finds wrong in the text's layout added to `notes`;
    /// `embedded` tables stand for the lines they span.
    public func tokenize(_ source: SourceText, notes: inout [Diagnostic], embedded: [EmbeddedTable] = []) -> [Block] {
        InlinePipeTokenizer().tokenize(source, notes: &notes, embedded: embedded)
    }
}

/// Shared by the line-oriented forms (`text`, `inline-pipe`).
enum TextLines {
    struct Line {
        var text: String
        var number: Int
        var column: Int
        var afterBlank: Bool
        /// Cells when the line is an inline-pipe row (`A | B |`).
        var cells: [String]?
        /// The cells' paragraphs where they stand, for a row another reader read (raw HTML in Markdown).
        var cellBlocks: [[TextBlock]]? = nil
        /// A row written with a bar before its first cell (`| A | B |`), which gave it an empty one.
        var opensWithBar = false
        /// A GFM table's header (its `| --- |` row under it): a table of its own opens here.
        var headsTable = false
        /// Each cell's width in characters between its bars, for a row drawn in padded columns
        /// (antiword's `|STT   |Nội dung công   |`), whose cells wrap onto the next line.
        var cellWidths: [Int]? = nil
        /// The line goes on with a bold, emphasis or bracketed span opened on the line before
        /// (`LineMarkup.marksOverLines`): it continues that line's paragraph.
        var continuesMark = false
        /// For a table's first row that another reader read (`EmbeddedTable`): how many rows its
        /// header takes, where more than one.
        var headerRows: Int? = nil
        /// The line's length in characters as written, where the reader hides a link's target in it
        /// (`[\[29\]](https://…) Bộ`): a wrapper filled the line up to its width with the target.
        var writtenLength: Int? = nil
    }

    /// How a text's lines were wrapped: the width its paragraphs were filled up to, each line's
    /// length in characters.
    typealias Wrap = (width: Int, lengths: [Int])

    /// The wrap of a text; nil when its lines are not wrapped.
    static func wrap(_ lines: [Line]) -> Wrap? {
        // A line longer than any wrap width (160 characters: 480 bytes at most) rules wrapping out
        // before the characters are counted.
        guard !lines.contains(where: { $0.cells == nil && $0.text.utf8.count > 480 }) else { return nil }
        let lengths = lines.map { Self.characters($0.text) }
        // The width from the text as read; whether a line was full, from the line as written.
        return wrapWidth(lines, lengths: lengths).map { width in
            (width, zip(lines, lengths).map { max($1, $0.writtenLength ?? 0) })
        }
    }

    /// Whether a blank line ends the text's paragraphs (`pandoc -t plain`, `fmt`, docx2txt, a
    /// renderer's text): after most lines that end a sentence, one stands (a PDF's text and a
    /// pipe-text run their paragraphs on without one). Then a line that runs on without a blank
    /// line before it continues its paragraph, whatever the width it was wrapped at.
    /// Whether (nearly) every line stands after a blank line, as docx2txt writes every paragraph of a
    /// Word file, a signature's lines too: there a blank line parts no group of lines from another.
    static func linesApart(_ lines: [Line]) -> Bool {
        guard lines.count >= 10 else { return false }
        let apart = lines.dropFirst().reduce(0) { $0 + ($1.afterBlank ? 1 : 0) }
        return apart * 10 >= (lines.count - 1) * 9
    }

    /// A dash alone on its line between two lines of text, no blank line around it, joins them (a
    /// page's text nodes a line each: `giai đoạn 2026` / `-` / `2030`, the dash in its own `<span>`);
    /// so do a date's pieces after its place (`Hà Nội, ngày 11 tháng` / `12` / `năm 2025`), and a stop
    /// alone goes on the line before it.
    static func joiningLoneDashes(_ lines: [Line]) -> [Line] {
        func isStop(_ t: String) -> Bool { t == "." || t == "," || t == ";" || t == ":" || t == "./." }
        guard lines.contains(where: { $0.text == "-" || $0.text == "–" || isStop($0.text) || $0.text.holdsPlaceAndNgay }) else { return lines }
        var out: [Line] = []
        out.reserveCapacity(lines.count)
        var k = 0
        while k < lines.count {
            // A place and date cut at its numbers (`Hà Nội, ngày 11 tháng` / `12` / `năm 2025`): the pieces
            // after it, short and no blank line before them, until the date is whole.
            if let last = out.last, last.cells == nil, !lines[k].afterBlank, lines[k].cells == nil, lines[k].text.utf8.count <= 16,
               lines[k].text.utf8.first.map(Bytes.isDigit) == true || lines[k].text.startsWith("năm") || lines[k].text.startsWith("tháng"),
               last.text.holdsPlaceAndNgay, last.text.utf8.count <= 60, VietnameseDate.first(in: last.text) == nil,
               HeaderParser.placeDate(last.text) != nil {
                out[out.count - 1].text = last.text + " " + lines[k].text
                k += 1
                continue
            }
            // A stop alone after a link (`… quy định tại` / `Nghị định số 335/2025/NĐ-CP` / `.`) ends its line.
            if isStop(lines[k].text), let last = out.last, last.cells == nil, !lines[k].afterBlank, !endsSentence(last.text) {
                out[out.count - 1].text = last.text + lines[k].text
                k += 1
                continue
            }
            if lines[k].text == "-" || lines[k].text == "–", let last = out.last, last.cells == nil, k + 1 < lines.count,
               !lines[k].afterBlank, !lines[k + 1].afterBlank, lines[k + 1].cells == nil, !endsSentence(last.text) {
                out[out.count - 1].text = last.text + " " + lines[k].text + " " + lines[k + 1].text
                k += 2
                continue
            }
            out.append(lines[k])
            k += 1
        }
        return out
    }

    static func partsAtBlankLines(_ lines: [Line]) -> Bool {
        var ends = 0, blank = 0
        for k in lines.indices.dropFirst() where lines[k - 1].cells == nil && endsSentence(lines[k - 1].text) {
            ends += 1
            blank += lines[k].afterBlank ? 1 : 0
        }
        return ends >= 5 && blank * 5 >= ends * 3
    }

    /// The width a text was wrapped at (`pandoc -t plain`, `fmt`, a mail client: the lines of a
    /// paragraph filled up to it, blank lines between paragraphs); nil when its lines are not wrapped
    /// (one paragraph per line: their lengths spread, the longest far beyond any wrap width). A line
    /// of one word (a dot leader, a link) is as long as it is wherever the text was wrapped: only
    /// lines with a space count.
    static func wrapWidth(_ lines: [Line], lengths all: [Int]) -> Int? {
        let lengths = zip(lines, all).lazy.filter { $0.0.cells == nil && $0.0.text.utf8.contains(Bytes.space) }.map(\.1)
        guard let width = lengths.max(), width >= 40, width <= 160 else { return nil }
        let long = lengths.filter { $0 > width / 2 }.count
        let full = lengths.filter { $0 >= width - 8 }.count
        // A short text has few full lines: three do at a usual width (72 for pandoc, 80 for a terminal).
        return (full >= 5 || (full >= 3 && width <= 100)) && full * 3 >= long ? width : nil
    }

    /// Whether the marker's label ends with a stop or colon (`Điều 30.`, `Điều 30:`) before its text.
    private static func endsLabel(_ b: [UInt8], before contentStart: Int) -> Bool {
        var k = min(contentStart, b.count) - 1
        while k >= 0, b[k] == 0x20 { k -= 1 }
        return k >= 0 && (b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ":"))
    }

    /// Whether a line ends in a word no sentence, heading or name ends with: a preposition or a
    /// conjunction (`của`, `và`, `về`, `theo` …), as a wrap leaves one.
    static func endsDangling(_ text: String) -> Bool {
        let b = text.utf8
        guard b.count >= 4, let space = b.lastIndex(of: Bytes.space) else { return false }
        let last = b[b.index(after: space)...]
        // (`được`, `thuộc`, `những` take eight, seven and seven bytes.)
        guard last.count <= 8 else { return false }
        return danglingWords.contains { $0.elementsEqual(last) }
    }

    /// Whether a line's end leaves its sentence open for a number to go on with (see `cited`): it ends
    /// on a word that wants more, not an item's `…; và`, or inside a bracket it opened, not on a colon
    /// (`… (gồm:` over its list).
    static func wantsMore(_ text: String) -> Bool {
        endsDangling(text) && !joinsItems(text) || text.utf8.last != UInt8(ascii: ":") && leavesBracketOpen(text)
    }

    /// Whether a line's last word follows a `;` (`…; và`, `…; hoặc`): a list's items joined, the
    /// last one to follow.
    static func joinsItems(_ text: String) -> Bool {
        let b = text.utf8
        guard let space = b.lastIndex(of: Bytes.space), space > b.startIndex else { return false }
        return b[b.index(before: space)] == UInt8(ascii: ";")
    }

    /// Whether a line opens more round brackets than it closes (`… giai đoạn 2025 - 2030 (Phụ lục`).
    static func leavesBracketOpen(_ text: String) -> Bool {
        var depth = 0
        for c in text.utf8 {
            if c == UInt8(ascii: "(") { depth += 1 } else if c == UInt8(ascii: ")") { depth -= 1 }
        }
        return depth > 0
    }

    /// A line that ends on a clause or point of an article still to be named (`… tại khoản 3`,
    /// `… điểm a`, `… khoản 2, khoản 3`).
    static func endsArticlePart(_ text: String) -> Bool {
        let words = text.utf8.suffix(24).split(separator: Bytes.space).suffix(2)
        guard words.count == 2, let label = words.last, let part = words.first, !label.isEmpty, label.count <= 3 else { return false }
        let isLabel = label.allSatisfy(Bytes.isDigit) || label.count <= 2 && Case.startsLower(Array(label), 0, label.count) == true
        return isLabel && (part.elementsEqual("khoản".utf8) || part.elementsEqual("điểm".utf8) || part.elementsEqual("Khoản".utf8) || part.elementsEqual("Điểm".utf8))
    }

    /// In either case: a heading in capitals wraps on them too (`… KINH DOANH ĐỐI VỚI` / `NGƯỜI TIÊU DÙNG`).
    private static let danglingWords: [[UInt8]] = {
        let lower = ["của", "và", "về", "với", "cho", "tại", "theo", "các", "những", "là", "để",
                     "được", "hoặc", "từ", "thuộc", "trong", "nhằm", "cứ"]
        return (lower + lower.map { String(decoding: Case.upperUTF8($0), as: UTF8.self) }).map { Array($0.utf8) }
    }()

    /// A line of words in capitals (`BÊN A: ỦY BAN NHÂN DÂN …`), not codes (`C25 M45 Y92 K0 …`).
    private static func isCapitalsLine(_ b: [UInt8]) -> Bool {
        b.count >= 12 && Case.isUpper(b, 0, b.count) && !b.prefix(while: { $0 != Bytes.space }).contains(where: Bytes.isDigit)
    }

    private static func endsSentence(_ text: String) -> Bool {
        let u = text.utf8
        let n = u.count
        guard n > 0 else { return true }
        // A quotation's close after the sentence's own sign (`… hồ sơ."`, `… hồ sơ.”`) ends it too.
        var back = 1
        if u[u.index(u.endIndex, offsetBy: -1)] == UInt8(ascii: "\"") {
            back = 2
        } else if n >= 3, u[u.index(u.endIndex, offsetBy: -1)] == 0x9D, u[u.index(u.endIndex, offsetBy: -2)] == 0x80,
                  u[u.index(u.endIndex, offsetBy: -3)] == 0xE2 {
            back = 4
        }
        guard back <= n else { return false }
        let last = u[u.index(u.endIndex, offsetBy: -back)]
        return last == UInt8(ascii: ".") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }

    /// Characters (scalars) in UTF-8: every byte but the continuation bytes.
    static func characters(_ text: String) -> Int {
        let count = { (b: UnsafeBufferPointer<UInt8>) -> Int in
            var continuation = 0
            for c in b { continuation &+= c & 0xC0 == 0x80 ? 1 : 0 }
            return b.count - continuation
        }
        return text.utf8.withContiguousStorageIfAvailable(count) ?? text.unicodeScalars.count
    }

    private static func firstWordLength(_ b: [UInt8]) -> Int {
        var n = 0
        for c in b {
            if c == 0x20 { break }
            if c & 0xC0 != 0x80 { n += 1 }
        }
        return n
    }

    /// Lines → blocks: metadata and header region, body paragraphs, signature region.
    static func blocks(_ lines: [Line]) -> [Block] {
        let lines = joiningLoneDashes(FlattenedText.split(lines))
        var blocks: [Block] = []
        let wrap = Self.wrap(lines), blankParted = partsAtBlankLines(lines), apart = linesApart(lines)
        func paragraphs(_ slice: ArraySlice<Line>) -> [Block] { Self.paragraphs(slice, wrappedAt: wrap, blankParted: blankParted) }
        var i = 0
        if let (start, end) = headerRegion(lines) {
            blocks += paragraphs(lines[0..<start])
            blocks.append(.table(layoutTable(lines[start..<end])))
            i = end
        }
        var k = i
        while k < lines.count {
            if lines[k].cells != nil {
                // A run of inline rows is one table, unless a header of another width opens a second
                // (`STT | Nội dung | Kinh phí | Ghi chú |` under a table of five columns, no line between).
                // Where every line stands after a blank line, one stands between rows too.
                var e = k + 1
                while e < lines.count, let cells = lines[e].cells, !lines[e].afterBlank || apart, !lines[e].headsTable,
                      !(cells.count != lines[k].cells?.count && cells.first.map { TableAssembler.isIndexHeader($0.trimmed()) } == true) { e += 1 }
                blocks += paragraphs(lines[i..<k])
                blocks.append(.table(rowTable(lines[k..<e])))
                i = e
                k = e
                continue
            }
            if let e = signatureRegion(lines, from: k, apart: apart) {
                blocks += paragraphs(lines[i..<k])
                blocks.append(.table(layoutTable(recipientsFirst(lines[k..<e]), splitAtBlank: true)))
                i = e
                k = e
                continue
            }
            k += 1
        }
        blocks += paragraphs(lines[i..<lines.count])
        return blocks
    }

    /// Whether a paragraph is a field with its value, after its marker if any (`4. Địa điểm: …`, `Chức vụ: …`).
    static func isField(_ text: String) -> Bool {
        let b = Array(text.utf8)
        return FormField.opensItem(b, Markers.match(b, 0, b.count)?.contentStart ?? 0, b.count)
    }

    /// Paragraphs: a line that opens in lower case (or follows a comma) continues the one before;
    /// in a text wrapped at a width, so does a line after a full one (its first word would not have
    /// fitted there: `… NGÀY 09/12/2022 CỦA` / `HỘI ĐỒNG NHÂN DÂN TỈNH …`).
    static func paragraphs(_ lines: ArraySlice<Line>, wrappedAt wrap: Wrap? = nil, blankParted: Bool = false) -> [Block] {
        var out: [Block] = []
        var current: TextBlock?
        for (k, l) in zip(lines.indices, lines) {
            let b = Array(l.text.utf8)
            let opener = Opener.starts(b, 0, b.count)
            let namesOpener = opener || Opener.startsAfterEnd(b, 0, b.count)
            // The previous line was full: this line's first word would not have fitted on it.
            let wrapped = wrap.map { k > lines.startIndex && $0.lengths[k - 1] + 1 + firstWordLength(b) > $0.width - 3 } ?? false
            // In proportional type (a PDF's text) a wrapped line falls short of the width by a few
            // wide letters: a long line (four fifths of it) that ends no sentence runs on, unless it
            // is a heading in upper case (`… ngày 18/7/2021 của` / `Bộ Lao động …`).
            // A paragraph opener (`Căn cứ …`, `Theo đề nghị …`) begins a paragraph of its own here.
            // (Not past a paragraph in brackets its line closes: `(Kèm theo …)` / `Mẫu số: 01/ĐNHT`.)
            let closesBracket = k > lines.startIndex && lines[k - 1].text.utf8.last == UInt8(ascii: ")") && current?.text.utf8.first == UInt8(ascii: "(")
            let runsOn = wrap.map { w in
                k > lines.startIndex && w.lengths[k - 1] * 5 >= w.width * 4 && !Self.endsSentence(lines[k - 1].text) && !Case.isUpper(lines[k - 1].text)
                    && !opener && !closesBracket
            } ?? false
            // A line of some length ending in a word that cannot end a sentence (`… năm 2022 của` /
            // `Ban Thường vụ …`) runs on, whatever the width (a table's text a cell a line, short
            // lines, does not).
            let dangling = k > lines.startIndex && !l.afterBlank && lines[k - 1].text.utf8.count >= 40 && Self.endsDangling(lines[k - 1].text)
            // A basis runs on to its stop: a long line of one that ends no sentence goes on, whatever the
            // width (a text too short to show it: `… Cộng hòa xã hội chủ nghĩa` / `Việt Nam;`), unless
            // an opener or the enacting sentence follows (`… ban hành …`).
            let basisRunsOn = k > lines.startIndex && !l.afterBlank && !opener && current.map { Basis.opens($0.text) } == true
                && lines[k - 1].text.utf8.count >= 60 && Self.characters(lines[k - 1].text) >= 60 && !Self.endsSentence(lines[k - 1].text)
                && !lines[k - 1].text.endsWith(",") && Bytes.find(b, Self.banHanh, from: 0, to: min(b.count, 64)) == nil
            // A number that is no marker continues a sentence that did not end (`ngày` / `16/6/2017 …`).
            let number = b.first.map(Bytes.isDigit) == true && current.map { !Self.endsSentence($0.text) } == true
            // After a full line, `Điều 30 của Luật này …` (no stop after the number) cites an article.
            // After a full line, `- 2030, tầm nhìn …` (a dash a number follows) is a range's second
            // half (`giai đoạn 2021 - 2030`), not an item, unless the line before ended a sentence.
            let rangeEnd = { (m: Marker) in
                m.kind == .dash && m.contentStart < b.count && Bytes.isDigit(b[m.contentStart]) && current.map { !Self.endsSentence($0.text) } == true
            }
            // Where blank lines part the paragraphs, a long line (60 characters) that ends no
            // sentence and is no heading in upper case runs on into the next line, whatever the
            // width (a short text wrapped at 90 has too few full lines to show it).
            // So does a line that ends on a word that wants more (`Căn cứ` / `Luật Ngân hàng …`, a page's
            // link a line of its own as a scraper takes its text nodes apart), whatever its length.
            let blockRunsOn = blankParted && k > lines.startIndex && !l.afterBlank && !Self.endsSentence(lines[k - 1].text)
                && (lines[k - 1].text.utf8.count >= 60 && Self.characters(lines[k - 1].text) >= 60 && !Case.isUpper(lines[k - 1].text)
                    || wrap == nil && lines[k - 1].cells == nil && Self.endsDangling(lines[k - 1].text))
            // After a full line that ends no sentence, a dash is a hyphen the wrap carried over
            // (`Dân số` / `- Kế hoạch hóa gia đình`, `Hào hiệp` / `- Thanh lịch`): a new item follows
            // a `;`, `.` or `:`, and so does a basis (`- Căn cứ …`) or, under a line in capitals (a
            // title's), an item in sentence case (`KINH TẾ` / `- XÃ HỘI …` is carried). (Where
            // blank lines part the paragraphs, `blockRunsOn` takes any marker under a long line in.)
            let carried = { (m: Marker) in
                wrapped && !l.afterBlank && !Self.endsSentence(lines[k - 1].text) && m.kind == .dash && !Basis.opens(b, from: m.contentStart)
                    && !(Case.isUpper(lines[k - 1].text) && Case.isUpper(b, m.contentStart, b.count) == false)
            }
            // After a full line that ends no sentence, a marker alone on its line is the sentence's
            // last word (`… đạt mức báo động` / `III.`).
            let lastWord = { (m: Marker) in
                wrapped && m.contentStart >= b.count && !Self.endsSentence(lines[k - 1].text) && (m.kind == .section || m.kind == .clause)
            }
            // After a full line that ends on a part of an article or a word that wants one (`… tại
            // khoản 3` / `Điều 7.`, `… quy định tại` / `Điều 5.`), the article is cited, not opened.
            let citesArticle = { k > lines.startIndex && (Self.endsDangling(lines[k - 1].text) || Self.endsArticlePart(lines[k - 1].text)) }
            // After a full line that ends on a word that wants more (`… 6.2, 6.3, từ` / `6.5 đến 6.8 …`;
            // not an item's `…; và` over the last item) or inside a bracket it opened (`… (Phụ lục` /
            // `I).`), a number is cited, not opened.
            let cited = { (m: Marker) in wrapped && m.kind != .dash && m.kind != .plus && Self.wantsMore(lines[k - 1].text) }
            let printedMarker = Markers.match(b, 0, b.count)
            let marker = printedMarker.flatMap { m in
                blockRunsOn || carried(m) || lastWord(m) || cited(m) || wrapped && (m.kind == .article && (!Self.endsLabel(b, before: m.contentStart) || citesArticle()) || rangeEnd(m)) ? nil : m
            }
            // A basis or a proposal (`Căn cứ …`, `Theo đề nghị …`) after a sentence's end opens its own
            // paragraph, even under a line nearly full (`… năm 2015;` / `Căn cứ Nghị định …`), and so
            // does a capital after a basis's end (`… năm 2025;` / `Ủy ban nhân dân huyện ban hành …`).
            // A line in sentence case under one in upper case (a title's last line) opens one too.
            // Where blank lines part the paragraphs, they alone do. A basis naming documents one
            // after another runs on (`… năm 2015;` / `Luật sửa đổi, bổ sung …`). A lead-in after a
            // sentence's end opens its own when it is short or a list follows (`Để …, Chủ tịch Ủy ban
            // nhân dân tỉnh chỉ thị:` / `1. …`).
            let leadIn = l.text.utf8.last == UInt8(ascii: ":") && k > lines.startIndex && lines[k - 1].text.utf8.last == UInt8(ascii: ".")
                && k + 1 < lines.endIndex && (Markers.match(Array(lines[k + 1].text.utf8), 0, lines[k + 1].text.utf8.count) != nil
                    || wrap.map { $0.lengths[k] + 1 + firstWordLength(Array(lines[k + 1].text.utf8)) <= $0.width - 3 } == true)
            // After a dash item's sentence, a capital opens a paragraph (a list's items are one sentence).
            let afterItem = current.map { $0.text.startsWith("- ") || $0.text.startsWith("+ ") } == true && Case.startsLower(b, 0, b.count) == false
                && printedMarker == nil
            // `Kính gửi:` opens the addressees wherever it stands (under a title that ends in a bracket,
            // `… (20/11/1982 - 20/11/2025)`).
            let opensAnew = !blankParted && k > lines.startIndex && (Self.opensAddressees(b) || Self.endsSentence(lines[k - 1].text) && (namesOpener || leadIn || afterItem || l.text.startsWith("“") || l.text.startsWith("\"") || l.text.startsWith("* ")
                || FormField.starts(b, 0, b.count)
                // A closing's first line (`Văn phòng … thông báo để …`), or a sentence after a field's
                // value (`4. Địa điểm: … tỉnh.` / `Giao Sở … chuẩn bị …`), even under a full line.
                || ClosingLine.opens(b, 0, b.count) || Case.startsLower(b, 0, b.count) == false && current.map { Self.isField($0.text) } == true
                // A sentence after a lead-in that ends a full line (`… như sau:` / `Nhìn chung, …`), not
                // a field's value after its label alone (`3. Thành phần:` / `Đại diện …`).
                || lines[k - 1].text.utf8.last == UInt8(ascii: ":") && Case.startsLower(b, 0, b.count) == false
                    && current.map { !Self.isField($0.text) } == true
                // The addressees end at their stop (`Kính gửi: … tỉnh Quảng Trị.` / `Nhân dịp …`).
                || lines[k - 1].text.utf8.last == UInt8(ascii: ".") && current.map { $0.text.startsWith("Kính gửi") } == true
                // A line in capitals after a lead-in (`… chúng tôi gồm:` / `BÊN A: ỦY BAN NHÂN DÂN …`), or
                // a document it names (a consolidated text's `… được sửa đổi, bổ sung bởi:` / `Thông tư số …`).
                || lines[k - 1].text.utf8.last == UInt8(ascii: ":") && (Self.isCapitalsLine(b) || DocumentName.starts(b, 0, b.count))
                || current.map { Basis.opens($0.text) } == true && Case.startsLower(b, 0, b.count) == false
                    && !(wrapped && DocumentName.starts(b, 0, b.count) && Bytes.find(b, Self.banHanh, from: 0, to: min(b.count, 64)) == nil))
                || Case.startsLower(b, 0, b.count) == false && Case.isUpper(lines[k - 1].text) && !Case.isUpper(b, 0, b.count)
                // An appendix's `(Kèm theo …)` note under its title in capitals.
                || b.first == UInt8(ascii: "(") && AppendixLabel.isNote(l.text) && Case.isUpper(lines[k - 1].text)
                // A paragraph in brackets (`(Kèm theo …)`) ends at its closing bracket.
                || lines[k - 1].text.utf8.last == UInt8(ascii: ")") && current?.text.utf8.first == UInt8(ascii: "(") && Case.startsLower(b, 0, b.count) != true)
            // A party's line in capitals under a form's field (`Địa chỉ: …` / `BÊN B: CÔNG TY …`), full or not.
            let partyUnderField = k > lines.startIndex && Self.isCapitalsLine(b)
                && FormField.starts(Array(lines[k - 1].text.utf8), 0, lines[k - 1].text.utf8.count)
            // After a basis that ends in a comma, an opener or a lead-in in sentence case opens its own
            // paragraph (`Căn cứ tình hình thực tế của nhà trường,` / `Trường THCS … như sau:`).
            let afterBasisComma = current.map { $0.text.endsWith(",") && Basis.opens($0.text) } == true
                && Case.startsLower(b, 0, b.count) == false && (opener || b.last == UInt8(ascii: ":"))
            // A bracket that opens on a small letter goes on with a sentence that did not end (`… phương
            // thức liên hệ khác` / `(nếu có);`, a line Word broke and catdoc kept).
            let bracketRunsOn = b.first == UInt8(ascii: "(") && Case.startsLower(b, 1, b.count) == true
                && current.map { !Self.endsSentence($0.text) } == true
            // A rule under a line of words goes on with nothing (odt2txt underlines a heading with dashes
            // under its last line: `… điện tử.` / `-----`; a wrap measured by its words took the run for
            // one too long to fit). Not under rules (a table's dash runs its text ran into, wrapped).
            let rule = l.text.utf8.count >= 3 && HeaderParser.isRule(l.text) && k > lines.startIndex
                && lines[k - 1].text.utf8.contains { $0 >= 0x80 || Bytes.isASCIIUpper($0) || Bytes.isASCIILower($0) }
            // The enacting words (`QUYẾT ĐỊNH:`) stand alone, after a proposal's comma too.
            let continues = current != nil && !l.afterBlank && l.continuesMark
                || current != nil && !l.afterBlank && marker == nil && !HeaderParser.isEnactingLine(l.text) && !partyUnderField && !rule
                && (Case.startsLower(b, 0, b.count) == true || current!.text.endsWith(",") && !afterBasisComma || wrapped && !opensAnew || runsOn || basisRunsOn
                    || (dangling || blockRunsOn) && !opener || number || bracketRunsOn)
            if continues, var c = current.take() {
                // Taken out, so the text is appended to in place: a copy kept in `current` made every
                // line copy the whole paragraph (quadratic in a paragraph of many lines).
                // A line broken at a slash (`số 07/2021/` / `NĐ-CP`, as w3m wraps) joins without a space.
                let slash = WrapJoiner.joinsTight(c.text, l.text)
                // A piece of the same line of the file (after a literal `\r\n`) begins where it stands
                // in that line, not on the next line: every break's place is kept from then on.
                let sameLine = l.number == c.lastLineStart.line
                if sameLine || c.breakStarts != nil {
                    var starts = c.breakStarts ?? c.breaks.indices.map { Position(line: c.line + $0 + 1, column: 1) }
                    starts.append(Position(line: l.number, column: sameLine ? l.column : 1))
                    c.breakStarts = starts
                }
                c.breaks.append(c.text.utf8.count + (slash ? 0 : 1))
                c.text += slash ? l.text : " " + l.text
                current = c
            } else {
                if let c = current { out.append(.paragraph(c)) }
                current = TextBlock(text: l.text, line: l.number, column: l.column)
            }
        }
        if let c = current { out.append(.paragraph(c)) }
        return out
    }

    private static let banHanh = Array(" ban hành ".utf8)
    private static let kinhGui = Array("Kính gửi".utf8)

    /// A line opening with `Kính gửi` and its colon (`Kính gửi:`, `Kính gửi :`).
    static func opensAddressees(_ b: [UInt8]) -> Bool {
        guard b.first == UInt8(ascii: "K"), Bytes.hasPrefix(b, 0, b.count, kinhGui) else { return false }
        var i = kinhGui.count
        while i < b.count, b[i] == Bytes.space { i += 1 }
        return i < b.count && b[i] == UInt8(ascii: ":")
    }

    /// The header block: from the agency lines above the quốc hiệu (or `Số:`) to the place/date line.
    static func headerRegion(_ lines: [Line]) -> (Int, Int)? {
        let window = lines.prefix(40)
        guard let anchor = window.firstIndex(where: { l in
            let key = l.text.matchKey
            return key.startsWith("CỘNG HÒA XÃ HỘI") || HeaderParser.opensTitleInPlace(key) || HeaderParser.isNumberLine(l.text)
        }) else { return nil }
        if lines[anchor].cells != nil { return nil }  // inline rows carry their own header table
        // The agency lines: the upper-case lines (and rules) right above the anchor, and a short line in
        // another case under the first of them (`ỦY BAN NHÂN DÂN` / `Tỉnh Thái Nguyên`: H03 judges it).
        var start = anchor
        var sawUpper = false
        while start > 0 {
            let l = lines[start - 1]
            let upper = Case.isUpper(l.text)
            let under = !sawUpper && start >= 2 && l.text.utf8.count <= 60 && !endsSentence(l.text) && lines[start - 2].cells == nil
                && Case.isUpper(lines[start - 2].text) && HeaderParser.placeDate(l.text) == nil
            guard l.cells == nil, upper || HeaderParser.isRule(l.text) || under, l.text.utf8.count <= 80,
                  DocumentTypes.typeLine(l.text) == nil else { break }
            sawUpper = sawUpper || upper
            start -= 1
        }
        start = HeaderParser.titledAgencyStart(above: start) { lines[$0].cells == nil ? lines[$0].text : nil } ?? start
        // The end: the place/date line within a few lines.
        var end = anchor + 1
        let limit = min(lines.count, anchor + 12)
        while end < limit {
            let t = lines[end].text
            if DocumentTypes.typeLine(t) != nil || Markers.match(Array(t.utf8), 0, t.utf8.count).map({ $0.kind != .dash }) == true
                || HeaderParser.opensBodyAfterHeader(t) { break }
            end += 1
            if HeaderParser.headerPlaceDate(t)?.date != nil || VietnameseDate.isWritten(in: t) { break }
            if t.holdsPlaceAndNgay {
                // A date wrapped in a narrow column (`Tuyên Quang, ngày 27 tháng` / `11 năm 2021`, as
                // `pdftotext -layout` gives a header's right column): its end is the header's too,
                // and the header's logical lines join them.
                if end < lines.count, lines[end].cells == nil, !lines[end].afterBlank,
                   VietnameseDate.isWritten(in: t + " " + lines[end].text) { end += 1 }
                break
            }
        }
        return (start, end)
    }

    /// A signature block: `TM. …`/`KT. …` upper-case lines, or `Nơi nhận:` followed by one, or a
    /// position and a name alone after a blank line, as a law is signed (`CHỦ TỊCH QUỐC HỘI` / name).
    /// `apart`: every line stands after a blank line (`linesApart`), so that none parts the block.
    static func signatureRegion(_ lines: [Line], from k: Int, apart: Bool = false) -> Int? {
        let t = lines[k].text
        // (With no blank line, after the content's `./.`.)
        if lines[k].afterBlank || k > 0 && lines[k - 1].text.endsWith("./."), SignatureParser.isPosition(t),
           let e = positionSignatureEnd(lines, from: k, apart: apart) { return e }
        let opensRecipients = t.opensRecipientsLabel
        // A party over the authority (`ĐẠI DIỆN BÊN A` / `KT. CHỦ TỊCH`).
        let opensParty = k + 1 < lines.count && (!lines[k + 1].afterBlank || apart) && SignatureParser.labelsParty(t)
            && SignatureParser.isAuthorityLine(lines[k + 1].text)
        guard opensRecipients || opensParty || SignatureParser.isAuthorityLine(t) else { return nil }
        var e = k + 1
        var sawAuthority = !opensRecipients
        var sawName = false
        while e < lines.count, e - k < 40 {
            let l = lines[e]
            if l.cells != nil { break }
            if SignatureParser.isAuthorityLine(l.text) { sawAuthority = true; e += 1; continue }
            if sawAuthority {
                // A type line or an appendix label after it opens what the document carries along.
                if SignatureParser.endsSignature(l.text) { break }
                if Case.isUpper(l.text) || SignatureParser.isUnsigned(l.text) { e += 1; continue }
                // Recipients and signature read across, line by line (a PDF's text): a recipient's
                // line among the signature's, or after its name.
                if opensRecipients, !l.afterBlank, SignatureParser.opensRecipient(l.text) || continuesRecipient(l.text) { e += 1; continue }
                if SignatureParser.isName(l.text) {
                    sawName = true
                    e += 1
                    while opensRecipients, e < lines.count, lines[e].cells == nil, !lines[e].afterBlank, SignatureParser.opensRecipient(lines[e].text) { e += 1 }
                }
                break
            }
            // Recipient lines until the authority lines begin.
            guard opensRecipients, SignatureParser.opensRecipient(l.text) || !l.afterBlank else { break }
            e += 1
        }
        return sawAuthority && (sawName || e > k + 1) ? e : nil
    }

    /// A recipient's wrapped line (`- Bộ Lao động - Thương binh` / `và Xã hội;`, `- Cục Kiểm tra văn
    /// bản …` / `(Bộ Tư pháp);`): it opens in lower case or with a bracket (not the signer's `(Đã ký)`).
    private static func continuesRecipient(_ text: String) -> Bool {
        let b = Array(text.utf8)
        return Case.startsLower(b, 0, b.count) == true || b.first == UInt8(ascii: "(") && !SignatureParser.isUnsigned(text)
    }

    /// A signature region's lines with its recipients first: `Nơi nhận:` and the recipient lines,
    /// then the rest, each in its order (lines read across the two columns interleave them).
    static func recipientsFirst(_ lines: ArraySlice<Line>) -> ArraySlice<Line> {
        guard let first = lines.first, first.text.opensRecipientsLabel else { return lines }
        let rest = lines.dropFirst()
        guard let firstOther = rest.firstIndex(where: { !SignatureParser.opensRecipient($0.text) }),
              rest[firstOther...].contains(where: { SignatureParser.opensRecipient($0.text) }) else { return lines }
        // A line in lower case or after a comma continues the recipient before it; so does one after a
        // recipient's line that has not ended (no `;` or `.`), unless it is a signer's (a position, a
        // name, `(Đã ký)`; none ends in `;` or `,`): `- Các bộ, cơ quan thuộc` / `Chính phủ;`, `- … Tổ quốc` /
        // `Việt Nam;`, `- VPCP: … TGĐ Cổng` / `TTĐT,`.
        var recipient: [Bool] = []
        for l in rest {
            let before = recipient.last == true ? rest[rest.startIndex + recipient.count - 1].text : nil
            let afterComma = before?.endsWith(",") == true
            let unended = before.map { !($0.endsWith(";") || $0.endsWith(".") || $0.endsWith(":")) } == true
                && (l.text.endsWith(",") || l.text.endsWith(";") || !Case.isUpper(l.text) && !SignatureParser.isName(l.text)) && !SignatureParser.isUnsigned(l.text)
            recipient.append(SignatureParser.opensRecipient(l.text) || continuesRecipient(l.text) || afterComma || unended)
        }
        return [first] + zip(rest, recipient).filter { $0.1 }.map(\.0) + zip(rest, recipient).filter { !$0.1 }.map(\.0)
    }

    /// The end of `position` / [`(Đã ký)`] / name standing as a block of its own (a blank line or
    /// the end of the text after it); nil when the lines are anything else.
    private static func positionSignatureEnd(_ lines: [Line], from k: Int, apart: Bool) -> Int? {
        var e = k + 1
        /// Whether line `e` runs on in the block (no blank line before it, or none parts blocks here).
        func inBlock(_ e: Int) -> Bool { !lines[e].afterBlank || apart }
        // A party over the position (`NGƯỜI ỦY QUYỀN` / `CHỦ TỊCH`).
        if e < lines.count, inBlock(e), lines[e].cells == nil, SignatureParser.isParty(lines[k].text), SignatureParser.isPosition(lines[e].text) { e += 1 }
        if e < lines.count, SignatureParser.isUnsigned(lines[e].text), inBlock(e) { e += 1 }
        guard e < lines.count, inBlock(e), lines[e].cells == nil, !Case.isUpper(lines[e].text) else { return nil }
        guard SignatureParser.isName(lines[e].text) else { return nil }
        e += 1
        // Where lines stand apart, the block ends where another signer's or the recipients' begins.
        if apart, e < lines.count, lines[e].cells == nil, SignatureParser.labelsParty(lines[e].text) || SignatureParser.isAuthorityLine(lines[e].text) { return e }
        return e == lines.count || lines[e].afterBlank && !apart || lines[e].text.opensRecipientsLabel ? e : nil
    }

    /// A layout table whose cells are the groups of lines (split at blank lines, at rules, and
    /// before the quốc hiệu, `Số:` and the place/date line).
    static func layoutTable(_ lines: ArraySlice<Line>, splitAtBlank: Bool = false) -> RawTable {
        var cells: [RawCell] = []
        var current: [TextBlock] = []
        func close() {
            if !current.isEmpty { cells.append(RawCell(lines: current, paragraphs: current, line: current[0].line)) }
            current = []
        }
        for (k, l) in zip(lines.indices, lines) {
            let key = l.text.matchKey
            // A party's line over the authority opens the signature's cell (`ĐẠI DIỆN BÊN A` / `KT. …`).
            let opensParty = current.first.map { $0.text.opensRecipientsLabel } == true && k + 1 < lines.endIndex
                && SignatureParser.labelsParty(l.text) && SignatureParser.isAuthorityLine(lines[k + 1].text)
            // Recipients one a paragraph (a blank line between each, as docx2txt writes a Word file's
            // text) stay in their list.
            let inRecipients = current.first.map { $0.text.opensRecipientsLabel } == true && SignatureParser.opensRecipient(l.text)
            let opensCell = key.startsWith("CỘNG HÒA") || HeaderParser.opensTitleInPlace(key) || HeaderParser.isNumberLine(l.text)
                || HeaderParser.placeDate(l.text) != nil
                || (splitAtBlank && l.afterBlank && !current.isEmpty && !inRecipients
                    && current.last.map { !Case.isUpper($0.text) && !SignatureParser.isUnsigned($0.text) && !SignatureParser.isAuthorityLine($0.text) } == true)
                || (SignatureParser.authorityPrefix(l.text) != nil && current.first.map { $0.text.opensRecipientsLabel } == true)
                || opensParty
            if opensCell { close() }
            current.append(TextBlock(text: l.text, line: l.number, column: l.column))
            if HeaderParser.isRule(l.text) { close() }
        }
        close()
        return RawTable(rows: [cells], rowsMarked: false, line: lines.first?.number ?? 1)
    }

    /// Inline-pipe rows → a table whose rows are marked.
    static func rowTable(_ lines: ArraySlice<Line>) -> RawTable {
        let rows: [[RawCell]] = lines.map { l in
            let cells = l.cells ?? []
            let placedCells = l.cellBlocks.flatMap { $0.count == cells.count ? $0 : nil }
            return cells.enumerated().map { k, text in
                let parts = text.components(separatedByBytes: "\n").map { $0.collapsingSpaces }.filter { !$0.isEmpty }
                // Where the row's reader kept each paragraph's place, the paragraph (as the row reads it:
                // Markdown's marks and escapes undone) stands there.
                if let placed = placedCells?[k].filter({ !$0.text.collapsingSpaces.isEmpty }), placed.count == parts.count, let first = placed.first {
                    // A paragraph placed over several lines keeps where each begins, when the row reads it alike.
                    let blocks = zip(parts, placed).map { TextBlock(text: $0, line: $1.line, column: $1.column, breaks: $0 == $1.text ? $1.breaks : []) }
                    return RawCell(lines: blocks, paragraphs: blocks, line: first.line)
                }
                let blocks = parts.map { TextBlock(text: $0, line: l.number, column: l.column) }
                return RawCell(lines: blocks, paragraphs: blocks, line: l.number)
            }
        }
        return RawTable(rows: rows, rowsMarked: true, line: lines.first?.number ?? 1, headerRows: lines.first?.headerRows ?? 1, rowSpansDropped: true)
    }
}

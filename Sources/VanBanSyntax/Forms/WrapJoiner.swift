import VanBanModel
/// Undoes hard wraps: decides, for each line break inside a run of text lines, whether it ends a
/// paragraph. The signals are those of `shared/spec/input-forms.md` (pipe-text), weighed in order.
struct WrapJoiner {
    /// A trimmed line: absolute byte range in the source and its 1-based number.
    struct Line {
        var start: Int
        var end: Int
        var number: Int
        var column: Int
        /// Width in Unicode scalars.
        var width: Int = 0
        /// A blank line came before it.
        var afterBlank: Bool = false
    }

    let bytes: [UInt8]
    /// Cuts paragraph texts from `bytes`.
    let slicer: ByteSlicer
    /// The document's own wrap width in scalars.
    let width: Int

    init(bytes: [UInt8], width: Int) {
        self.bytes = bytes
        self.slicer = ByteSlicer(bytes: bytes)
        self.width = width
    }

    /// Measures the wrap width: a high percentile of the lengths of long lines (not a fixed 80).
    /// The widths are counted in a histogram up to `histogramWidths` (a sort of every line had cost
    /// more than the rest of the measure); only longer lines are sorted, when the percentile is among them.
    static func measureWidth(_ bytes: [UInt8], lines: [Line]) -> Int {
        var counts = [Int](repeating: 0, count: histogramWidths)
        var longer: [Int] = []
        var total = 0
        for l in lines where l.width >= 40 {
            if l.width < histogramWidths { counts[l.width] += 1 } else { longer.append(l.width) }
            total += 1
        }
        guard total >= 5 else { return 80 }
        // The width at this place in the widths sorted.
        var rank = (total - 1) * 9 / 10
        for w in 40..<histogramWidths {
            if rank < counts[w] { return w }
            rank -= counts[w]
        }
        longer.sort()
        return longer[rank]
    }

    private static let histogramWidths = 512

    /// What the signals need to know about one line, computed once.
    struct Features {
        var rule = false
        var standalone = false
        /// Whether the line is in capitals, where `features` needed to know (see `isUpper`).
        var upper: Bool?
        var startsLower: Bool?
        var startsDigit = false
        var width = 0
        var firstWord = 0
        /// The kind of the line's opening marker (`1.`, `a)`, `-`, `Điều 5.` …), if any.
        var marker: NodeKind?
        var opener = false
        var last: UInt8 = 0
        var loneArticle = false
        var afterBlank = false
        var startsParen = false
        var bareAppendix = false
        /// A dash that a number follows (`- 2030, tầm nhìn …`): the second half of a range
        /// (`2021 - 2030`) when the line before it ran full.
        var dashBeforeDigit = false
        /// A type's name alone in sentence case (`Kế hoạch`), which stands over its title.
        var sentenceCaseType = false
        /// A legal basis's opening (`Căn cứ …`).
        var basis = false
        /// Where the line's bytes start and end, for the tests that few lines need.
        var start = 0
        var end = 0
        /// The line ends on what is issued with the document, its name to follow (`Điều 1. Ban hành kèm
        /// theo Quyết định này` / `Quy chế …`).
        var attachesNext = false
        /// Where the text after the line's marker begins (the line's start without one).
        var contentStart = 0
        var isDashItem: Bool { marker == .dash || marker == .plus }
    }

    /// The signals of one line. The costlier tests that few lines reach (capitals, an enacting
    /// sentence, a document's name, a form's field) are asked only by `endsParagraph`, when it gets there.
    func features(_ l: Line) -> Features {
        var f = Features()
        let length = l.end - l.start
        // Asked here only of short lines (a type line, an appendix label), and kept for `isUpper`.
        var upper: Bool?
        func isUpper() -> Bool {
            if let upper { return upper }
            let u = Case.isUpper(bytes, l.start, l.end)
            upper = u
            return u
        }
        f.afterBlank = l.afterBlank
        f.startsParen = bytes[l.start] == UInt8(ascii: "(")
        f.rule = isRule(l)
        f.width = l.width
        f.firstWord = Bytes.firstWordWidth(bytes, l.start, l.end)
        // (`nơi nhận:` typed in lower case opens the recipients as `Nơi nhận:` does.)
        f.startsLower = bytes[l.start] == UInt8(ascii: "n") && RecipientsLabel.opens(bytes, l.start, l.end) ? false : Case.startsLower(bytes, l.start, l.end)
        f.startsDigit = Bytes.isDigit(bytes[l.start])
        let marker = Markers.match(bytes, l.start, l.end)
        f.marker = marker?.kind
        f.contentStart = marker?.contentStart ?? l.start
        f.opener = Opener.starts(bytes, l.start, l.end)
        f.last = bytes[l.end - 1]
        f.loneArticle = marker.map { $0.kind == .article && $0.contentStart >= l.end } ?? false
        f.dashBeforeDigit = marker.map { $0.kind == .dash && $0.contentStart < l.end && Bytes.isDigit(bytes[$0.contentStart]) } ?? false
        f.standalone = !f.rule && (isStandalone(l, upper: isUpper) || isEnactingLine(l, upper: isUpper) || isEnactingWordsLine(l))
        f.sentenceCaseType = length <= 32 && DocumentTypes.mayNameType(first: bytes[l.start], length: length) && !isUpper()
            && DocumentTypes.sentenceCaseTypeLine(slicer.string(l.start, l.end)) != nil
        f.basis = bytes[l.start] == UInt8(ascii: "C") && Bytes.hasPrefix(bytes, l.start, l.end, Self.canCu)
        (f.start, f.end) = (l.start, l.end)
        f.attachesNext = f.marker == .article && Bytes.hasSuffix(bytes, l.start, l.end, Self.nay)
            && Bytes.find(bytes, Self.kemTheo, from: l.start, to: l.end) != nil
        f.bareAppendix = length <= 16 && bytes[l.start] == UInt8(ascii: "P") && !isUpper()
            && AppendixLabel.isBare(slicer.string(l.start, l.end))
        f.upper = upper
        return f
    }

    // MARK: - Signals asked when needed

    /// The line is in capitals (see `Case.isUpper`).
    private func isUpper(_ f: Features) -> Bool { f.upper ?? Case.isUpper(bytes, f.start, f.end) }

    private func hasLetters(_ f: Features) -> Bool {
        var i = f.start
        while i < f.end {
            let c = bytes[i]
            if c >= 0x80 || Bytes.isASCIIUpper(c) || Bytes.isASCIILower(c) { return true }
            i += 1
        }
        return false
    }

    /// An opener a sentence may also run on into (`Phụ lục I kèm theo …`): see `Opener`.
    private func isWeakOpener(_ f: Features) -> Bool { !f.opener && Opener.startsAfterEnd(bytes, f.start, f.end) }

    /// An enacting sentence's opening (`Quốc hội ban hành Luật …`, `Bộ trưởng … ban hành Thông tư …`):
    /// a capital, then `ban hành` within its first words.
    private func isEnacting(_ f: Features) -> Bool {
        f.startsLower == false && Bytes.find(bytes, Self.banHanh, from: f.start, to: min(f.end, f.start + 64)) != nil && !isUpper(f)
    }

    /// A line opening with a legal document's type name (`Luật sửa đổi …`, `Nghị định số …`).
    private func namesDocument(_ f: Features) -> Bool { DocumentName.starts(bytes, f.start, f.end) }

    /// The line opens with a form's field label (`Chức vụ: …`); asked only of a line short of the
    /// width (a full line runs on whatever it opens with).
    private func isField(_ f: Features) -> Bool { f.width < width - 4 && FormField.starts(bytes, f.start, f.end) }

    /// Splits `lines` into paragraphs (a cell of one line, most cells, without a closure's appends).
    func paragraphs(_ lines: ArraySlice<Line>) -> [TextBlock] {
        if lines.count == 1, let only = lines.first {
            return [TextBlock(text: slicer.string(only.start, only.end), line: only.number, column: only.column)]
        }
        var out: [TextBlock] = []
        eachParagraph(lines) { out.append($0) }
        return out
    }

    /// Splits `lines` into paragraphs, handing each to `emit` in order (no array of them made).
    func eachParagraph(_ lines: ArraySlice<Line>, _ emit: (TextBlock) -> Void) {
        guard let only = lines.first else { return }
        if lines.count == 1 {
            emit(TextBlock(text: slicer.string(only.start, only.end), line: only.number, column: only.column))
            return
        }
        let base = lines.startIndex
        // The lines' signals in a buffer of the call's own (a run of a few lines: on the stack).
        withUnsafeTemporaryAllocation(of: Features.self, capacity: lines.count) { buffer in
            for k in 0..<lines.count { (buffer.baseAddress! + k).initialize(to: features(lines[base + k])) }
            defer { buffer.deinitialize() }
            let f = UnsafeBufferPointer(buffer)
            var first = 0
            var contentLines = 0  // lines in the current paragraph apart from a lone "Điều N." line
            for i in 0..<f.count {
                if !f[i].loneArticle { contentLines += 1 }
                let next = i + 1
                if next == f.count || endsParagraph(f, at: i, isFirst: contentLines <= 1 && !f[i].loneArticle, start: first) {
                    emit(paragraph(lines[(base + first)...(base + i)]))
                    first = next
                    contentLines = 0
                }
            }
        }
    }

    /// Lines joined by single spaces, in a buffer sized once; `breaks` marks where each line began.
    private func paragraph(_ run: ArraySlice<Line>) -> TextBlock {
        let head = run[run.startIndex]
        guard run.count > 1 else { return TextBlock(text: slicer.string(head.start, head.end), line: head.number, column: head.column) }
        var breaks: [Int] = []
        breaks.reserveCapacity(run.count - 1)
        // The lines' bytes copied side by side (each line starts and ends between characters: lines
        // are trimmed at spaces).
        let text = bytes.withUnsafeBufferPointer { source in
            String.assembling(capacity: run.reduce(run.count - 1) { $0 + $1.end - $1.start }) { out in
                var n = 0
                for line in run {
                    if n > 0 {
                        out[n] = Bytes.space
                        n += 1
                        breaks.append(n)
                    }
                    let piece = UnsafeBufferPointer(rebasing: source[line.start..<line.end])
                    _ = UnsafeMutableBufferPointer(rebasing: out[n...]).initialize(fromContentsOf: piece)
                    n += piece.count
                }
                return n
            }
        }
        return TextBlock(text: text, line: head.number, column: head.column, breaks: breaks)
    }

    /// Whether two lines join without a space: broken at a slash inside a word (`số 07/2021/` / `NĐ-CP`,
    /// `Tháng 4` / `/2026`, `157/2007` / `/QĐ-TTg`), as w3m wraps a line or a cell.
    static func joinsTight(_ text: String, _ next: String) -> Bool {
        let u = text.utf8
        guard let last = u.last else { return false }
        if last == UInt8(ascii: "/") {
            guard let before = u.dropLast().last else { return false }
            return before != 0x20 && before != UInt8(ascii: ".") && before != UInt8(ascii: "/")
        }
        return next.utf8.first == UInt8(ascii: "/") && next.utf8.dropFirst().first.map { $0 != 0x20 } == true && Bytes.isDigit(last)
    }

    // MARK: - Signals

    private static let banHanh = Array(" ban hành ".utf8)
    private static let canCu = Array("Căn cứ".utf8)
    private static let nay = Array(" này".utf8)
    private static let kemTheo = Array("kèm theo ".utf8)
    private static let attachmentNote = PrefixSet(["(Kèm theo ", "(Ban hành kèm theo "])

    /// `.` `:` `;` `!` `?`: bytes that end a sentence or a lead-in.
    enum Terminal {
        static func contains(_ c: UInt8) -> Bool {
            c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: ";") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
        }
    }

    /// Whether the break between line `i` and the next ends a paragraph that started at line `start`.
    private func endsParagraph(_ f: UnsafeBufferPointer<Features>, at i: Int, isFirst: Bool, start: Int) -> Bool {
        endsParagraph(f[i], f[i + 1], then: i + 2 < f.count ? i + 2 : nil, in: f, isFirst: isFirst, start: f[start])
    }

    private func endsParagraph(_ l: Features, _ n: Features, then followingIndex: Int?, in all: UnsafeBufferPointer<Features>,
                               isFirst: Bool, start p: Features) -> Bool {
        if n.afterBlank || l.rule || n.rule { return true }
        if l.loneArticle { return n.marker != nil }
        if l.standalone || n.standalone { return true }
        if l.sentenceCaseType, n.startsLower == false { return true }
        // A sentence-case `Phụ lục` over its `(Kèm theo …)` note, or opening a paragraph over its
        // title in capitals (`Phụ lục` / `DANH MỤC NHIỆM VỤ …`).
        if l.bareAppendix, n.startsParen || isFirst && isUpper(n) { return true }
        // An attachment's note (`(Kèm theo Kế hoạch số …)`) under a title short of the width.
        if n.startsParen, !isFull(l, before: n), Self.attachmentNote.opens(bytes, n.start, n.end) { return true }
        let last = l.last
        // After a full line that ends on a word that wants more (`… 6.2, 6.3, từ` / `6.5 đến 6.8 …`) or
        // inside a bracket it opened (`… (Phụ lục` / `I).`), a number is cited, not opened.
        if let m = n.marker, m != .dash, m != .plus, isFull(l, before: n), TextLines.wantsMore(slicer.string(l.start, l.end)) { return false }
        if let m = n.marker {
            guard m == .dash || m == .plus else { return true }
            // A dash before a paragraph's opener (`- Căn cứ Luật …;`, bases printed as a list) opens it.
            if n.contentStart < n.end, Opener.starts(bytes, n.contentStart, n.end) { return true }
            // A dash line is a wrap only inside a compound name ("Sở Lao động" / "- Thương binh …"),
            // or a range's second half after a full line ("giai đoạn 2021" / "- 2030, tầm nhìn …").
            if Terminal.contains(last) || isUpper(l) { return true }
            if n.dashBeforeDigit, isFull(l, before: n) { return false }
            // A numbered heading with no stop over its list (`2. Kiểm tra, đánh giá` / `- Thực hiện …;` /
            // `- Tổ chức …`) ends there: the dash's text ends an item and another dash follows it.
            if isFirst, !p.isDashItem, l.width > 10 { return p.marker != nil && followingIndex.map { dashListFollows(all, from: $0) } == true }
            return true
        }
        if n.opener { return true }
        if Terminal.contains(last) || last != UInt8(ascii: ",") && !isFull(l, before: n), isWeakOpener(n) { return true }
        // A basis that lost its `;` before the enacting sentence on a line of its own, short of the
        // width (`Căn cứ Hiến pháp …` / `Quốc hội ban hành Luật …`): the basis ends there.
        if p.opener, !Terminal.contains(last), last != UInt8(ascii: ","), !isFull(l, before: n), isEnacting(n) { return true }
        // A parenthetical paragraph, `(Kèm theo … )`, ends at its closing parenthesis.
        if last == UInt8(ascii: ")"), p.startsParen, n.startsLower != true { return true }
        if n.startsLower == true { return false }
        // A line opening with a number that is not a marker continues a sentence ("năm" / "2007 của …").
        if n.startsDigit, !Terminal.contains(last) { return false }
        if last == UInt8(ascii: ",") || last == UInt8(ascii: "-") { return false }
        // A basis naming documents one after another (`Căn cứ Luật …;` / `Luật sửa đổi, bổ sung …;`)
        // runs on past a full line that ends in `;`.
        if last == UInt8(ascii: ";"), p.basis, isFull(l, before: n), namesDocument(n), !isEnacting(n) { return false }
        if last == UInt8(ascii: ":") || last == UInt8(ascii: ";") { return true }
        // A meeting's field (`Thời gian: …`, `Địa điểm: …`, as a Giấy mời prints them) after a sentence's end.
        if Terminal.contains(last), MeetingField.starts(bytes, n.start, n.end) { return true }
        // A form's fields line by line (`Ông (bà): Phạm Thị Lan` / `Chức vụ: Chuyên viên`): a short
        // field ends at its line when a capital follows (another field, a party in capitals, a sentence).
        if n.startsLower == false, !isFull(l, before: n), isField(l) { return true }
        // A law's article title (`Điều 1. Phạm vi điều chỉnh`) stands on its own line: a short article
        // line followed by one that opens in upper case ends there.
        if l.marker == .article, n.startsLower == false, !isFull(l, before: n), !l.attachesNext { return true }
        // Lines without letters ("2024 - 2026") take the case of their neighbour.
        let (lUpper, nUpper) = (isUpper(l), isUpper(n))
        if lUpper != nUpper, hasLetters(l), hasLetters(n) {
            // Abbreviations in capitals that end the sentence a full line left open (`… Thường trực` /
            // `HĐND, UBND.`): a heading in capitals ends on no stop.
            if nUpper, isFull(l, before: n), !Terminal.contains(l.last), n.last == UInt8(ascii: ".") || n.last == UInt8(ascii: ";") { return false }
            // A line in capitals after a sentence's end opens a part of its own (a party, `BÊN B: …`,
            // after a full field line `Địa chỉ: … tỉnh Lào Cai.`).
            if nUpper, last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") { return true }
            return lUpper || !isFirst
        }
        if lUpper { return !(isFirst || isFull(l, before: n)) }
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
            // A sentence ends a full line: the paragraph runs on when the next line is full too, or
            // is a short line that ends it; a short next line that runs on is a new first line, and
            // so is a lead-in that is short or a list follows (`Để …, Chủ tịch … chỉ thị:` / `1. …`).
            guard isFull(l, before: n) else { return true }
            // A closing's first line (`Văn phòng … thông báo để …`), or a sentence after a field's
            // value (`4. Địa điểm: … tỉnh.` / `Giao Sở … chuẩn bị …`): a paragraph of its own.
            if ClosingLine.opens(bytes, n.start, n.end) { return true }
            if n.startsLower == false, FormField.opensItem(bytes, p.contentStart, p.end) { return true }
            if n.last == UInt8(ascii: ":"), let k = followingIndex, !isFull(n, before: all[k]) || all[k].marker != nil { return true }
            if let k = followingIndex, !isFull(n, before: all[k]), !Terminal.contains(n.last), all[k].marker == nil { return true }
            return false
        }
        // A numbered heading with no stop, short of the width, over a sentence (`1. Mục tiêu chung` /
        // `Duy trì và nâng cao …`): the heading ends there, unless the site broke a directive's first
        // line early, inside a name (`4. Đề nghị Ủy ban Mặt trận` / `Tổ quốc Việt Nam …`, `c) Giao
        // Công an thành phố, Bộ` / `Chỉ huy quân sự …`), or the line ends on a word no heading ends
        // on (`4. Sở Thông tin và` / `Truyền thông, …`).
        if isFirst, let m = l.marker, m != .dash, m != .plus, m != .article, n.startsLower == false, !isUpper(n), !isFull(l, before: n),
           !Directive.opens(bytes, l.contentStart, l.end), !endsOnCapital(l), !TextLines.endsDangling(slicer.string(l.start, l.end)) {
            return true
        }
        // A law's name on a short line of its own, no number in it, over a sentence (a Lệnh's `Luật Dữ
        // liệu` / `Đã được Quốc hội … thông qua …`; not a site's `Quyết định 318/QĐ-UBND năm 2024` / …).
        if isFirst, l.marker == nil, !isFull(l, before: n), n.startsLower == false, !isUpper(n), !Terminal.contains(last), namesDocument(l),
           last != UInt8(ascii: ","), !bytes[l.start..<l.end].contains(where: Bytes.isDigit) { return true }
        if isFirst {
            // A short first line runs on, unless the next line is itself a short first line
            // ("1. Mục tiêu chung" / "Duy trì … của" / "tỉnh một cách …").
            guard let k = followingIndex, !isFull(n, before: all[k]), !Terminal.contains(n.last), all[k].marker == nil else { return false }
            return all[k].startsLower == true
        }
        return !isFull(l, before: n)
    }

    /// The line's last word opens with a capital (`… thành phố, Bộ`): a name going on.
    private func endsOnCapital(_ l: Features) -> Bool {
        var i = l.end
        while i > l.start, bytes[i - 1] != Bytes.space { i -= 1 }
        return i < l.end && Case.startsLower(bytes, i, l.end) == false
    }

    /// From line `k` on, the text runs to a dash item, and the line before that ends an item (`;`, `.`).
    private func dashListFollows(_ all: UnsafeBufferPointer<Features>, from k: Int) -> Bool {
        var j = k
        while j < all.count, all[j].marker == nil, !all[j].afterBlank, !all[j].rule { j += 1 }
        guard j < all.count, all[j].isDashItem else { return false }
        return all[j - 1].last == UInt8(ascii: ";") || all[j - 1].last == UInt8(ascii: ".")
    }

    /// The next word would not have fitted on this line: the break was forced by the width.
    private func isFull(_ l: Features, before n: Features) -> Bool {
        l.width + 1 + n.firstWord > width - 3
    }

    /// `-----`, `_____`, `*` furniture lines.
    func isRule(_ l: Line) -> Bool {
        var i = l.start
        while i < l.end {
            let c = bytes[i]
            if c != UInt8(ascii: "-") && c != UInt8(ascii: "_") && c != UInt8(ascii: "*") && c != UInt8(ascii: "=") && c != Bytes.space { return false }
            i += 1
        }
        return true
    }

    /// `Quyết định:` in sentence case, where the formatting was lost, or letter-spaced (`Q U Y Ế T  Đ Ị N H:`):
    /// a short line opening in Q and ending in a colon.
    private func isEnactingWordsLine(_ l: Line) -> Bool {
        l.end - l.start <= 32 && bytes[l.start] == UInt8(ascii: "Q") && bytes[l.end - 1] == UInt8(ascii: ":")
            && HeaderParser.isEnactingWords(slicer.string(l.start, l.end))
    }

    /// Who decides and the enacting words, in capitals on one line (`BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH`).
    private func isEnactingLine(_ l: Line, upper: () -> Bool) -> Bool {
        let last = bytes[l.end - 1]
        // Ends in `…ĐỊNH`, `…NGHỊ` or `:`: test the last byte before making a string.
        guard last == UInt8(ascii: "H") || last == 0x8A || last == UInt8(ascii: ":"), upper() else { return false }
        return HeaderParser.authorityAndEnactingWords(slicer.string(l.start, l.end)) != nil
    }

    /// Lines that are whole paragraphs by themselves: a type line (`KẾ HOẠCH`), an attached
    /// document's (`DANH SÁCH`, `QUY TRÌNH`), an appendix label.
    private func isStandalone(_ l: Line, upper isUpper: () -> Bool) -> Bool {
        guard l.end - l.start <= 40 else { return false }
        // Only type names and `PHỤ LỤC` / `Phụ lục` can stand alone: test their first bytes first.
        let first = bytes[l.start]
        let mayBeAppendix = (first == UInt8(ascii: "P") || first == UInt8(ascii: "p")) && l.end - l.start > 1 && bytes[l.start + 1] | 0x20 == UInt8(ascii: "h")
        guard mayBeAppendix || DocumentTypes.mayStartTypeLine(first) else { return false }
        let upper = isUpper()
        guard upper || first == UInt8(ascii: "P"), mayBeAppendix || upper && DocumentTypes.mayStartTypeLine(first) else { return false }
        let text = slicer.string(l.start, l.end)
        if upper, DocumentTypes.typeLine(text, isUpper: true) != nil || DocumentTypes.isAttached(text) { return true }
        return AppendixLabel.parse(text) != nil
    }
}

/// `PHỤ LỤC I`, `Phụ lục số 01`, `PHỤ LỤC` alone.
package enum AppendixLabel {
    /// `Phụ lục` alone in sentence case: an appendix heading only when its `(Kèm theo …)` note follows
    /// (upper-case and numbered labels need no such proof, see `parse`).
    static func isBare(_ text: String) -> Bool {
        text.utf8.count <= 16 && text.first == "P" && text.collapsingSpaces.matchKey == "PHỤ LỤC"
    }

    /// `(Kèm theo Kế hoạch số …)`, `(Ban hành kèm theo …)`: what an appendix is attached to.
    static func isNote(_ text: String) -> Bool {
        text.startsWith("(Kèm theo") || text.startsWith("(Ban hành kèm theo") || text.startsWith("Kèm theo") || text.startsWith("(kèm theo")
    }

    static func parse(_ text: String) -> (label: String, number: String?)? {
        split(text).map { ($0.label, $0.number) }
    }

    /// A number with a letter after it (`1a`, `IIA`, `II-A`): its number (Roman or up to three
    /// digits) and its letter, lower-cased; nil for anything else.
    package static func suffixedParts(_ token: String) -> (base: String, letter: Character)? {
        guard token.count <= 6, let last = token.last, last.isASCII, last.isLetter else { return nil }
        var base = token.dropLast()
        if base.last == "-" { base = base.dropLast() }
        let b = String(base)
        guard Roman.value(b.uppercased()) != nil || !b.isEmpty && b.count <= 3 && b.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return (b, Character(last.lowercased()))
    }

    /// A form's label (`Mẫu số 02`, `Biểu mẫu số 01`, `Biểu số 03/KH`, `MẪU 01a`) on a line of its
    /// own: with its number, which opens with a digit and runs to the line's end.
    static func form(_ text: String) -> (label: String, number: String)? {
        guard text.utf8.count <= 32, let f = text.utf8.first, f == UInt8(ascii: "M") || f == UInt8(ascii: "B") else { return nil }
        var t = text.collapsingSpaces
        if t.hasSuffix(":") { t.removeLast() }
        let key = t.matchKey
        guard let word = formWords.first(where: { key.startsWith($0 + " ") }) else { return nil }
        var rest = key.dropFirst(word.count + 1)
        if rest.hasPrefix("SỐ") { rest = rest.dropFirst(2) }
        while rest.first == " " || rest.first == ":" { rest = rest.dropFirst() }
        guard let first = rest.first, first.isASCII, first.isNumber, rest.count <= 10, rest.allSatisfy(isFormNumberCharacter) else { return nil }
        return (t, String(t.suffix(rest.count)))
    }
    private static let formWords = ["BIỂU MẪU", "MẪU", "BIỂU"]
    private static func isFormNumberCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || c == "/" || c == "-" || c == ".")
    }

    /// The label, its number and the title printed on the label's own line (`PHỤ LỤC I: DANH MỤC
    /// NHIỆM VỤ`, `PHỤ LỤC II - …`; nil when the title stands on a line of its own).
    static func heading(_ text: String) -> (label: String, number: String?, title: String?)? { split(text) }

    /// The title printed on the label's own line; see `heading`.
    static func inlineTitle(_ text: String) -> String? { split(text)?.title }

    /// A label with its title in sentence case (`Phụ lục I: Danh mục nhiệm vụ`): an appendix's heading
    /// only over its `(Kèm theo …)` note, as `Phụ lục` alone is (a sentence may open so).
    static func titledInSentenceCase(_ text: String) -> (label: String, number: String?, title: String)? {
        // A title there in capitals is the label's own (`heading`): one read, in any case, tells both.
        guard text.utf8.count <= 200, !text.endsWith(";"), !text.endsWith(","),
              let s = split(text, anyCase: true), let title = s.title, !Case.isUpper(text) else { return nil }
        return (s.label, s.number, title)
    }

    /// `s` without its leading spaces, read byte-wise (the standard library's `trimmingPrefix` costs
    /// thousands of instructions a call).
    private static func spaceDropped(_ s: Substring) -> Substring {
        let u = s.utf8
        guard let i = u.firstIndex(where: { $0 != 0x20 }) else { return s[s.endIndex...] }
        return s[i...]
    }

    private static let labelWord = Array("PHỤ LỤC".utf8), soWord = Array("SỐ ".utf8)

    /// `PHỤ LỤC`, then `SỐ` perhaps, a number (Roman, up to three digits, or one capital letter:
    /// `PHỤ LỤC A`), and, where the whole line is in capitals, a title after `:`, `.`, `-` or `–`.
    private static func split(_ text: String, anyCase: Bool = false) -> (label: String, number: String?, title: String?)? {
        // Cheap guards first: this runs on every paragraph.
        let u = text.utf8
        // `Ph` then `ụ`/`Ụ` (E1 BB A5 / E1 BB A4): not `Phòng`, `Phó`, `Phát`, which open many cells.
        // Read in place: this is asked of nearly every paragraph and cell, most of which fail here.
        var head = u.makeIterator()
        guard u.count <= 400, u.count >= 7, let p = head.next(), p | 0x20 == UInt8(ascii: "p"), let h = head.next(), h | 0x20 == UInt8(ascii: "h"),
              head.next() == 0xE1, head.next() == 0xBB, let v = head.next(), v | 1 == 0xA5 else { return nil }
        // Then white space and `lục` in either case (E1 BB A5 or A4 again): not `Phụ trách`, `Phụ nữ`.
        var l = head.next()
        while let c = l, c == 0x20 || c == 0x09 || c == 0xC2 || c == 0xA0 { l = head.next() }
        guard let l, l | 0x20 == UInt8(ascii: "l"), head.next() == 0xE1, head.next() == 0xBB, let v2 = head.next(), v2 | 1 == 0xA5,
              let c = head.next(), c | 0x20 == UInt8(ascii: "c") else { return nil }
        let t = text.collapsingSpaces
        let key = String(decoding: Case.upperUTF8(t), as: UTF8.self)
        guard key.startsWith("PHỤ LỤC") else { return nil }
        // Appendix labels are printed upper case, or as "Phụ lục" + a number and nothing else.
        // (Offsets in bytes: counting Characters cost more than all the rest of this.)
        var rest = spaceDropped(key[key.utf8.index(key.startIndex, offsetBy: Self.labelWord.count)...])
        if rest.isEmpty { return Case.isUpper(t) ? (t, nil, nil) : nil }
        if rest.hasPrefix("SỐ ") { rest = rest[rest.utf8.index(rest.startIndex, offsetBy: Self.soWord.count)...] }
        rest = spaceDropped(rest)
        // The number runs to a space, or to the stop or colon before the title.
        let token = rest.prefix { $0 != " " && $0 != ":" && $0 != "." }
        var after = rest[token.endIndex...]
        let number = String(token)
        let isRoman = Roman.value(number) != nil
        let isArabic = !number.isEmpty && number.utf8.count <= 3 && number.utf8.allSatisfy(Bytes.isDigit)
        // A letter in capitals in the text as printed (the key is upper case throughout).
        let tokenStart = t.utf8.count - rest.utf8.count
        let isLetter = number.utf8.count == 1 && number.utf8.first.map { Bytes.isASCIIUpper($0) || Bytes.isASCIILower($0) } == true
            && t.utf8.dropFirst(tokenStart).first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } == true
        // A number with a letter after it, as an appendix added between two is numbered (`PHỤ LỤC
        // 1a`, `PHỤ LỤC IIA`, `PHỤ LỤC II-A`): the number as printed.
        let suffixed = !(isRoman || isArabic || isLetter) && suffixedParts(String(token)) != nil
        guard isRoman || isArabic || isLetter || suffixed else { return nil }
        let labelEnd = t.utf8.count - after.utf8.count
        let label = String(decoding: t.utf8.prefix(labelEnd), as: UTF8.self)
        let printedNumber = suffixed ? String(decoding: t.utf8.dropFirst(tokenStart).prefix(token.utf8.count), as: UTF8.self) : number
        // What follows the number: its stop or colon alone, or a title after a separator.
        while let c = after.first, c == "." || c == ":" || c == " " || c == "-" || c == "–" { after = after.dropFirst() }
        if after.isEmpty { return (label, printedNumber, nil) }
        let separated = rest[token.endIndex...].first.map { $0 == "." || $0 == ":" } == true
            || spaceDropped(rest[token.endIndex...]).first.map { $0 == "-" || $0 == "–" || $0 == ":" } == true
        guard separated, anyCase || Case.isUpper(t) else { return nil }
        let title = String(decoding: t.utf8.suffix(after.utf8.count), as: UTF8.self)
        return (label, printedNumber, title)
    }
}

/// Undoes hard wraps: decides, for each line break inside a run of text lines, whether it ends a
/// paragraph. The signals are those of `shared/spec/input-forms.md` (pipe-text), weighed in order.
struct WrapJoiner {
    /// A trimmed line: absolute byte range in the source and its 1-based number.
    struct Line {
        var start: Int
        var end: Int
        var number: Int
        var column: Int
        /// A blank line came before it.
        var afterBlank: Bool = false
    }

    let bytes: [UInt8]
    /// The document's own wrap width in scalars.
    let width: Int

    /// Measures the wrap width: a high percentile of the lengths of long lines (not a fixed 80).
    static func measureWidth(_ bytes: [UInt8], lines: [Line]) -> Int {
        var lengths: [Int] = []
        lengths.reserveCapacity(lines.count)
        for l in lines {
            let n = Bytes.scalarCount(bytes, l.start, l.end)
            if n >= 40 { lengths.append(n) }
        }
        guard lengths.count >= 5 else { return 80 }
        lengths.sort()
        return lengths[(lengths.count - 1) * 9 / 10]
    }

    /// Splits `lines` into paragraphs.
    func paragraphs(_ lines: ArraySlice<Line>) -> [TextBlock] {
        var out: [TextBlock] = []
        guard !lines.isEmpty else { return out }
        var buffer: [UInt8] = []
        var breaks: [Int] = []
        var first = lines.startIndex
        var contentLines = 0  // lines in the current paragraph apart from a lone "Điều N." line
        var i = lines.startIndex
        while i < lines.endIndex {
            let line = lines[i]
            if !buffer.isEmpty {
                buffer.append(Bytes.space)
                breaks.append(buffer.count)
            }
            buffer.append(contentsOf: bytes[line.start..<line.end])
            let markerOnly = isLoneArticleMarker(line)
            if !markerOnly { contentLines += 1 }
            let next = i + 1
            let afterNext = next + 1 < lines.endIndex ? lines[next + 1] : nil
            if next == lines.endIndex || endsParagraph(after: line, before: lines[next], then: afterNext, isFirst: contentLines <= 1 && !markerOnly, markerOnly: markerOnly, startsParagraph: lines[first]) {
                out.append(TextBlock(text: String(decoding: buffer, as: UTF8.self), line: lines[first].number, column: lines[first].column, breaks: breaks))
                buffer.removeAll(keepingCapacity: true)
                breaks.removeAll()
                first = next
                contentLines = 0
            }
            i = next
        }
        return out
    }

    // MARK: - Signals

    private static let terminal: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?")]

    private func endsParagraph(after l: Line, before n: Line, then following: Line?, isFirst: Bool, markerOnly: Bool, startsParagraph p: Line) -> Bool {
        if n.afterBlank { return true }
        if isRule(l) || isRule(n) { return true }
        if markerOnly { return Markers.match(bytes, n.start, n.end) != nil }
        if isStandalone(l) || isStandalone(n) { return true }
        let last = bytes[l.end - 1]
        if let m = Markers.match(bytes, n.start, n.end) {
            guard m.kind == .dash || m.kind == .plus else { return true }
            // A dash line is a wrap only inside a compound name ("Sở Lao động" / "- Thương binh …").
            if Self.terminal.contains(last) || isUpper(l) { return true }
            let inDashItem = Markers.match(bytes, p.start, p.end).map { $0.kind == .dash || $0.kind == .plus } ?? false
            if isFirst, !inDashItem, l.end - l.start > 15 { return false }
            return true
        }
        if Opener.starts(bytes, n.start, n.end) { return true }
        if Case.startsLower(bytes, n.start, n.end) == true { return false }
        // A line opening with a number that is not a marker continues a sentence ("năm" / "2007 của …").
        if Bytes.isDigit(bytes[n.start]), !Self.terminal.contains(last) { return false }
        if last == UInt8(ascii: ",") || last == UInt8(ascii: "-") { return false }
        if last == UInt8(ascii: ":") || last == UInt8(ascii: ";") { return true }
        let upperL = isUpper(l)
        // Lines without letters ("2024 - 2026") take the case of their neighbour.
        if hasLetters(l), hasLetters(n), upperL != isUpper(n) { return upperL || !isFirst }
        if upperL { return !(isFirst || isFull(l, before: n)) }
        if last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?") {
            guard isFull(l, before: n) else { return true }
            return false
        }
        if isFirst {
            // A short first line runs on, unless the next line is itself a short first line
            // ("1. Mục tiêu chung" / "Duy trì … của" / "tỉnh một cách …").
            guard let f = following, !isFull(n, before: f), !endsSentence(n), Markers.match(bytes, f.start, f.end) == nil else { return false }
            return Case.startsLower(bytes, f.start, f.end) == true
        }
        return !isFull(l, before: n)
    }

    /// The next word would not have fitted on this line: the break was forced by the width.
    private func isFull(_ l: Line, before n: Line) -> Bool {
        let len = Bytes.scalarCount(bytes, l.start, l.end)
        let word = Bytes.firstWordWidth(bytes, n.start, n.end)
        return len + 1 + word > width - 3
    }

    private func endsSentence(_ l: Line) -> Bool { Self.terminal.contains(bytes[l.end - 1]) }

    private func hasLetters(_ l: Line) -> Bool {
        var i = l.start
        while i < l.end {
            let c = bytes[i]
            if c >= 0x80 || Bytes.isASCIIUpper(c) || Bytes.isASCIILower(c) { return true }
            i += 1
        }
        return false
    }

    private func isUpper(_ l: Line) -> Bool { Case.isUpper(bytes, l.start, l.end) }

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

    /// Lines that are whole paragraphs by themselves: a type line (`KẾ HOẠCH`), an appendix label.
    private func isStandalone(_ l: Line) -> Bool {
        guard l.end - l.start <= 40 else { return false }
        let text = String(decoding: bytes[l.start..<l.end], as: UTF8.self)
        if DocumentTypes.typeLine(text) != nil { return true }
        return AppendixLabel.parse(text) != nil
    }

    /// `Điều 1.` alone on its line: its text follows on the next line.
    private func isLoneArticleMarker(_ l: Line) -> Bool {
        guard let m = Markers.match(bytes, l.start, l.end), m.kind == .article else { return false }
        return m.contentStart >= l.end
    }
}

/// `PHỤ LỤC I`, `Phụ lục số 01`, `PHỤ LỤC` alone.
enum AppendixLabel {
    static func parse(_ text: String) -> (label: String, number: String?)? {
        let t = text.collapsingSpaces
        let key = t.uppercased()
        guard key.hasPrefix("PHỤ LỤC") else { return nil }
        // Appendix labels are printed upper case, or as "Phụ lục" + a number and nothing else.
        var rest = key.dropFirst("PHỤ LỤC".count).trimmingPrefix(" ")
        if rest.isEmpty { return Case.isUpper(t) ? (t, nil) : nil }
        if rest.hasPrefix("SỐ ") { rest = rest.dropFirst(3) }
        rest = rest.trimmingPrefix(" ")
        var number = String(rest)
        while let l = number.last, l == "." || l == ":" { number.removeLast() }
        let isRoman = Roman.value(number) != nil
        let isArabic = !number.isEmpty && number.count <= 3 && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
        guard isRoman || isArabic else { return nil }
        let label = t.hasSuffix(".") || t.hasSuffix(":") ? String(t.dropLast()) : t
        return (label, number)
    }
}

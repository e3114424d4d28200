/// Markdown tables without pipes at their edges (`STT | Nội dung`, under `---|---`), as GFM allows
/// and html2text writes a page's tables, a cell's line breaks as lines of their own (`… VIỆT NAM  `
/// / `Độc lập - Tự do - Hạnh phúc  `): each row becomes one `| A | B |` line, its cells' lines
/// apart by `<br>`, so the row forms' tokenizer reads it as any GFM table.
///
/// The header runs from the line after an empty one to the delimiter row; a body row opens on a
/// line with a pipe once the row before has all its cells (or on one that has them all itself), and
/// the lines between belong to the cell they run on in. The table ends at a blank line (html2text closes one with a line of spaces).
enum EdgelessTables {
    typealias Entry = (line: Int, column: Int, text: String)

    /// The lines with every edgeless table replaced by its rows; other lines as they are. Each row's
    /// cells' lines where they stand are added to `placed`, by the row's line.
    static func rows(_ entries: [Entry], placing placed: inout [Int: [[TextBlock]]]) -> [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(entries.count)
        var k = 0
        var floor = 0  // where the last table's rows end: no header reaches back into them
        while k < entries.count {
            guard let width = delimiterWidth(entries[k].text) else {
                out.append(entries[k])
                k += 1
                continue
            }
            // The header: the lines already written back to a blank one, but for one under a line that
            // ends in a hard break (two spaces: html2text's empty line in a cell).
            var start = out.count
            var first = entries[k].line
            func hardBreak(_ t: String) -> Bool { t.utf8.reversed().prefix { $0 == Bytes.space }.count >= 2 && !t.isBlankText }
            /// Whether the line at `j` is a cell's empty line: two spaces or more alone (an empty line
            /// parts paragraphs), under a hard break (such lines between).
            func underHardBreak(_ j: Int) -> Bool {
                var above = j
                while above >= floor, out[above].text.isBlankText {
                    guard out[above].text.utf8.count(where: { $0 == Bytes.space }) >= 2, j - above < 40 else { return false }
                    above -= 1
                }
                return above >= floor && hardBreak(out[above].text)
            }
            while start > floor, out[start - 1].line == first - 1, out.count - start < 40,
                  !out[start - 1].text.isBlankText || underHardBreak(start - 1) {
                start -= 1
                first = out[start].line
            }
            // (Spaces alone break a cell's line, but open no header: html2text ends a table so.)
            while start < out.count, out[start].text.isBlankText { start += 1 }
            let header = Array(out[start...])
            guard !header.isEmpty, header.contains(where: { cells($0.text) != nil }) else {
                out.append(entries[k])
                k += 1
                continue
            }
            out.removeLast(out.count - start)
            out.append(row(header, width, heading: true, placing: &placed))
            out.append((entries[k].line, 1, "|" + String(repeating: " --- |", count: width)))
            // The body, row by row.
            var e = k + 1
            var current: [Entry] = []
            func flush() {
                if !current.isEmpty { out.append(row(current, width, placing: &placed)) }
                current = []
            }
            while e < entries.count, entries[e].line == entries[e - 1].line + 1, !entries[e].text.isBlankText {
                let t = entries[e].text
                let bars = cells(t)?.count ?? 0
                let had = current.isEmpty ? 0 : cells(current.map(\.text).joined(separator: "<br>"))?.count ?? 1
                // (A line of a whole row's cells opens one after a short row: a header's second row
                // whose spans html2text dropped, `**Bắt đầu** | **Hoàn thành**`.)
                if bars > 1, current.isEmpty || had >= width || bars >= width { flush() }
                current.append(entries[e])
                e += 1
            }
            flush()
            floor = out.count
            k = e
        }
        return out
    }

    /// `---|---|---` (`:---:` aligned too), no pipe at its edges: the number of columns.
    private static func delimiterWidth(_ text: String) -> Int? {
        let t = text.trimmed()
        guard t.utf8.count >= 7, t.utf8.first != UInt8(ascii: "|"), t.utf8.last != UInt8(ascii: "|") else { return nil }
        var columns = 1, dashes = 0
        for c in t.utf8 {
            switch c {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: ":"), Bytes.space: continue
            case UInt8(ascii: "|"):
                guard dashes >= 3 else { return nil }
                columns += 1
                dashes = 0
            default: return nil
            }
        }
        return columns >= 2 && dashes >= 3 ? columns : nil
    }

    /// A row's text split at its unescaped pipes; nil for text without one.
    private static func cells(_ text: String) -> [String]? {
        let parts = segments(text)
        return parts.count > 1 ? parts.map(\.text) : nil
    }

    /// A line's text between its unescaped pipes, each piece with its byte offset.
    private static func segments(_ text: String) -> [(text: String, offset: Int)] {
        let b = Array(text.utf8)
        var out: [(text: String, offset: Int)] = []
        var start = 0
        for i in b.indices where b[i] == UInt8(ascii: "|") && (i == 0 || b[i - 1] != UInt8(ascii: "\\")) {
            out.append((String(decoding: b[start..<i], as: UTF8.self), start))
            start = i + 1
        }
        out.append((String(decoding: b[start...], as: UTF8.self), start))
        return out
    }

    /// A row's lines as one GFM row line of `width` cells (more when its text has more), at the row's
    /// first line: each cell's lines apart by `<br>`, its bold marks dropped (a bold span runs across
    /// the cell's lines), and each of them where it stands added to `placed` (`heading`: for the header).
    private static func row(_ lines: [Entry], _ width: Int, heading: Bool = false, placing placed: inout [Int: [[TextBlock]]]) -> Entry {
        var cells: [[TextBlock]] = [[]]
        for l in lines {
            for (k, segment) in segments(l.text).enumerated() {
                if k > 0 { cells.append([]) }
                let lead = segment.text.utf8.prefix { $0 == Bytes.space }.count
                for piece in paragraphsApart(segment.text).replacingAll("**", with: "").components(separatedByBytes: "<br>").map(withoutLoneMarks) where !piece.isEmpty {
                    cells[cells.count - 1].append(TextBlock(text: piece, line: l.line, column: l.column + segment.offset + lead))
                }
            }
        }
        while cells.count < width { cells.append([]) }
        let line = lines[0].line
        // A header row is read before its `| --- |` row tells a GFM table: with the empty cell its
        // opening pipe gives it, which the delimiter row then takes away.
        placed[line] = heading ? [[]] + cells : cells
        return (line, 1, "| " + cells.map { $0.map(\.text).joined(separator: "<br>") }.joined(separator: " | ") + " |")
    }

    /// A cell's paragraphs that html2text ran together with spaces, apart again where one span
    /// ends and another begins (`**THỦ TƯỚNG** **PHÓ THỦ TƯỚNG** _**(Đã ký)**_`) and around a rule
    /// (`**THỦ TƯỚNG CHÍNH PHỦ** ____________ Số: 36/2025/QĐ-TTg`).
    private static func paragraphsApart(_ cell: String) -> String {
        guard cell.containsBytes("** ") || cell.containsBytes("****") || cell.containsBytes("___") || cell.containsBytes("---") else { return cell }
        var t = cell
        let words = t.split(separator: " ", omittingEmptySubsequences: false)
        if words.contains(where: isRuleWord) {
            t = ""
            for (k, w) in words.enumerated() {
                if isRuleWord(w) { t += (k == 0 ? "" : "<br>") + w + "<br>" } else { t += (k == 0 || t.hasSuffix("<br>") ? "" : " ") + w }
            }
        }
        // Stars run together between two spans (`**(Đã ký)********Bùi Thanh Sơn**`) part them too.
        if t.containsBytes("****") { t = starRunsApart(t) }
        // (The number after the issuer's bold line: `**BỘ CÔNG THƯƠNG** Số: 63/2025/TT-BCT`.)
        return t.replacingAll("** **", with: "**<br>**").replacingAll("** _", with: "**<br>_").replacingAll("_ **", with: "_<br>**")
            .replacingAll("** Số:", with: "**<br>Số:")
    }

    /// A run of four stars and more between two words as a line break between two bold spans; any
    /// other as one mark.
    private static func starRunsApart(_ t: String) -> String {
        let b = Array(t.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            guard b[i] == UInt8(ascii: "*") else { out.append(b[i]); i += 1; continue }
            var e = i
            while e < b.count, b[e] == UInt8(ascii: "*") { e += 1 }
            if e - i >= 4 {
                let between = i > 0 && b[i - 1] != Bytes.space && e < b.count && b[e] != Bytes.space
                out += Array((between ? "**<br>**" : "**").utf8)
            } else {
                out += b[i..<e]
            }
            i = e
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `____________`, `-------` (`\-------` escaped, `**____**` in bold): five rule characters and more.
    private static func isRuleWord(_ w: Substring) -> Bool {
        let rule = w.utf8.filter { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "\\") }
        return rule.count >= 5 && rule.allSatisfy { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// A cell's line trimmed, without an italic mark its line break parted from its pair (`(Đã ký)_`
    /// / `_Hồ Đức Phớc`).
    private static func withoutLoneMarks(_ line: String) -> String {
        var t = Substring(line.trimmed())
        if t.hasSuffix("_"), !t.hasSuffix("__"), !t.dropLast().contains("_") { t = t.dropLast() }
        if t.hasPrefix("_"), !t.hasPrefix("__"), !t.dropFirst().contains("_") { t = t.dropFirst() }
        return String(t).trimmed()
    }
}

internal import CLibXML2
import VanBanModel
import VanBanSyntax

/// A page's lines as they show (tags left out, character references decoded, white space folded:
/// what a browser shows), for `VisibleColumns`; and where each text the page reader gathers stands
/// in its line's visible text.
public enum HTMLColumns: LineMarkupRules {
    typealias VisibleBytes = VisibleColumns<HTMLColumns>.VisibleBytes

    fileprivate static func withLine<R>(_ source: SourceText, _ line: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        VisibleColumns<HTMLColumns>.withLine(source, line, body)
    }

    static func project(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] { VisibleColumns<HTMLColumns>.project(b) }

    /// Whether a line may begin inside a tag begun on the line before (`<span` / `lang=VI>I.`, as
    /// Word writes a page): a `>` comes before any `<`. Its visible text then counts the tag's tail.
    static func mayOpenInsideATag(_ source: SourceText, line: Int) -> Bool {
        withLine(source, line) { b in
            for c in b { if c == 0x3C { return false }; if c == 0x3E { return true } }
            return false
        }
    }

    /// After a tag (`<p …>`, `</em>`, `<!DOCTYPE …>`) or a comment opening at `i`; nil when the `<` is text.
    package static func markupEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard b[i] == 0x3C, i + 1 < b.count else { return nil }
        let next = b[i + 1]
        let isLetter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
        guard isLetter || next == 0x2F || next == 0x21 || next == 0x3F else { return nil }
        if next == 0x21, i + 3 < b.count, b[i + 2] == 0x2D, b[i + 3] == 0x2D {
            var k = i + 4
            while k + 2 < b.count { if b[k] == 0x2D, b[k + 1] == 0x2D, b[k + 2] == 0x3E { return k + 3 }; k += 1 }
            return b.count
        }
        var quote: UInt8 = 0
        var k = i + 1
        while k < b.count {
            let c = b[k]
            if quote != 0 { if c == quote { quote = 0 } }
            else if c == 0x22 || c == 0x27 { quote = c }
            else if c == 0x3E { return k + 1 }
            k += 1
        }
        return b.count
    }

    /// The scalar of a character reference (`&amp;`, `&#7871;`, `&#x1EBF;`) at `i`, and the offset after it.
    package static func reference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
        var k = i + 1
        if k < b.count, b[k] == 0x23 {  // #
            k += 1
            let hex = k < b.count && (b[k] | 0x20) == 0x78
            if hex { k += 1 }
            var value: UInt32 = 0
            let start = k
            while k < b.count, k - start < 8, let d = digit(b[k], hex: hex) { value = value * (hex ? 16 : 10) + d; k += 1 }
            guard k > start, k < b.count, b[k] == 0x3B, Unicode.Scalar(value) != nil, value != 0 else { return nil }
            return (value, k + 1)
        }
        let start = k
        while k < b.count, k - start < 32, (b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7A || (b[k] >= 0x30 && b[k] <= 0x39) { k += 1 }
        guard k > start, k < b.count, b[k] == 0x3B else { return nil }
        let name = Array(b[start..<k]) + [0]
        guard let entity = name.withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress) }), Unicode.Scalar(entity.pointee.value) != nil else { return nil }
        return (entity.pointee.value, k + 1)
    }

    private static func digit(_ c: UInt8, hex: Bool) -> UInt32? {
        if c >= 0x30 && c <= 0x39 { return UInt32(c - 0x30) }
        if hex, (c | 0x20) >= 0x61, (c | 0x20) <= 0x66 { return UInt32((c | 0x20) - 0x61 + 10) }
        return nil
    }

    // MARK: - Placing the reader's texts

    /// Sets each text's column to where it stands in its first line's visible text (a line may hold
    /// several: `<td>1</td><td>Sở Tư pháp</td>`, `a<br>b`, a page written on one line), found in
    /// document order; a text not found (its font converted) follows the one before it.
    static func place(_ blocks: inout [Block], in source: SourceText) {
        var placer = Placer(source: source)
        for k in blocks.indices {
            switch blocks[k] {
            case .paragraph(let b):
                let column = placer.column(of: b)
                if column != b.column { var b = b; b.column = column; blocks[k] = .paragraph(b) }
            case .table(var t):
                // The cells' lines that move (after another text on their line). A cell spanning
                // columns or rows stands in each grid place it covers: it is found once (the grid
                // without its copies is in the page's order), and its copies move with it.
                var moved: [(row: Int, cell: Int, line: Int, column: Int)] = []
                // Where each cell's moves are in `moved`, by the cell's place in reading order.
                var movedOf: [Range<Int>] = []
                var rowStart: [Int] = []  // each row's first cell in reading order
                for r in t.rows.indices {
                    rowStart.append(movedOf.count)
                    for c in t.rows[r].indices {
                        let first = moved.count
                        var original: Int? = nil
                        if c > 0, Self.isCopy(t.rows[r][c], of: t.rows[r][c - 1]) { original = movedOf.count - 1 }
                        else if r > 0, c < t.rows[r - 1].count, Self.isCopy(t.rows[r][c], of: t.rows[r - 1][c]) { original = rowStart[r - 1] + c }
                        if let original {
                            // By index: a slice of `moved` held while appending to it would copy it each time.
                            for j in movedOf[original] { moved.append((r, c, moved[j].line, moved[j].column)) }
                        } else {
                            // By index: each line read in place, not copied out.
                            for j in t.rows[r][c].lines.indices {
                                let column = placer.column(of: t.rows[r][c].lines[j])
                                if column != t.rows[r][c].lines[j].column { moved.append((r, c, j, column)) }
                            }
                        }
                        movedOf.append(first..<moved.count)
                    }
                }
                guard !moved.isEmpty else { continue }
                blocks[k] = .paragraph(TextBlock(text: "", line: 0))  // so that `t` is changed in place
                var m = 0
                while m < moved.count {
                    // A cell's moves together: a page's cell holds its lines as its paragraphs, one
                    // array shared by both, which is let go of while the lines change (else each
                    // cell's first change copies it) and shared again after.
                    let (r, c) = (moved[m].row, moved[m].cell)
                    let shared = t.rows[r][c].lines.withUnsafeBufferPointer { $0.baseAddress }
                        == t.rows[r][c].paragraphs.withUnsafeBufferPointer { $0.baseAddress } && !t.rows[r][c].lines.isEmpty
                    if shared { t.rows[r][c].paragraphs = [] }
                    while m < moved.count, moved[m].row == r, moved[m].cell == c {
                        let line = moved[m].line
                        t.rows[r][c].lines[line].column = moved[m].column
                        if !shared, line < t.rows[r][c].paragraphs.count, t.rows[r][c].paragraphs[line].line == t.rows[r][c].lines[line].line {
                            t.rows[r][c].paragraphs[line].column = moved[m].column
                        }
                        m += 1
                    }
                    if shared { t.rows[r][c].paragraphs = t.rows[r][c].lines }
                }
                blocks[k] = .table(t)
            }
        }
    }

    private static func isCopy(_ a: RawCell, of b: RawCell) -> Bool {
        a.line == b.line && a.lines.count == b.lines.count && a.text == b.text
    }

    private struct Placer {
        let source: SourceText
        var line = 0
        var projection: [UInt8] = []
        /// Where the last text placed ends: its last line and the visible offset after it there.
        var end = (line: 0, offset: 0)

        /// Where `b` stands in its first line's visible text (1-based), after the texts placed before it.
        mutating func column(of b: TextBlock) -> Int {
            let count = b.text.utf8.count
            // A text opening with a marker the page does not print says so by a column below 1:
            // minus the marker's length with its space.
            let drawn = b.column < 0 ? -b.column : 0
            var start = 0
            // The first text of a line begins its visible text, unless the line begins in a tag.
            if end.line == b.line || HTMLColumns.mayOpenInsideATag(source, line: b.line) {
                if b.line != line {
                    line = b.line
                    projection = HTMLColumns.withLine(source, line, HTMLColumns.project)
                }
                let from = end.line == b.line ? min(end.offset, projection.count) : 0
                let first = b.breaks.first ?? count
                var text = b.text
                var skip = drawn
                let found: Int? = text.withUTF8 { text in
                    projection.withUnsafeBufferPointer { hay in
                        // Its first 24 bytes, else its first word: a text whose next line the reader
                        // did not see begin (`I.` over `MỤC ĐÍCH` in a page Word saved) shows only that.
                        // Past a marker the page does not print (a list item's, drawn by the browser),
                        // the text stands where what follows the marker does.
                        func find(_ offset: Int, _ limit: Int) -> Int? {
                            guard limit > 0 else { return nil }
                            var n = min(first, offset + limit)
                            while n < first, n < count, text[n] & 0xC0 == 0x80 { n += 1 }
                            while n > offset, text[n - 1] == 0x20 { n -= 1 }
                            guard n > offset, offset < first else { return nil }
                            // Near where the text before ended (a page on one line is one long line).
                            let near = UnsafeBufferPointer(rebasing: hay[from..<min(hay.count, from + count + 4096)])
                            guard let at = Bytes.search(near, UnsafeBufferPointer(rebasing: text[offset..<n])) else { return nil }
                            skip = offset
                            return from + at
                        }
                        if drawn > 0 { return find(drawn, 24) }
                        return find(0, 24) ?? find(0, text.firstIndex(of: 0x20) ?? 0)
                    }
                }
                // Not found (its font converted): it stands after the text before.
                start = found ?? from
                if found != nil, b.breaks.isEmpty {
                    end = (b.line, ending(of: &text, at: start, skipping: skip))
                    return start + 1
                }
            } else if drawn > 0, b.breaks.isEmpty {
                // The first text of its line: where it ends, its marker not printed aside.
                if b.line != line {
                    line = b.line
                    projection = HTMLColumns.withLine(source, line, HTMLColumns.project)
                }
                var text = b.text
                end = (b.line, ending(of: &text, at: 0, skipping: drawn))
                return 1
            }
            if let last = b.breaks.last { end = (b.line + b.breaks.count, count - last) } else { end = (b.line, start + count) }
            return start + 1
        }

        /// Where a text found at `start` ends in the line's visible text: `count` bytes on, unless
        /// it holds a footnote's mark that shows otherwise than written (`[1]` where the page shows
        /// a superscript `1`, a note's number pandoc does not print): then where the text, read
        /// along the visible text with its marks shown either way, ends.
        private func ending(of text: inout String, at start: Int, skipping skip: Int = 0) -> Int {
            text.withUTF8 { text in
                projection.withUnsafeBufferPointer { hay in
                    let count = text.count, end = start + count - skip
                    guard skip > 0 || text.contains(0x5B) else { return end }
                    var i = skip, j = start
                    while i < count {
                        if j < hay.count, text[i] == hay[j] { i += 1; j += 1; continue }
                        // `[12]` written where `12`, or nothing, shows.
                        guard text[i] == 0x5B, let close = text[i...].prefix(5).firstIndex(of: 0x5D) else { return end }
                        let digits = (i + 1)..<close
                        guard !digits.isEmpty, text[digits].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return end }
                        if j + digits.count <= hay.count, hay[j..<(j + digits.count)].elementsEqual(text[digits]) { j += digits.count }
                        i = close + 1
                    }
                    return j
                }
            }
        }
    }
}

internal import CLibXML2
import VanBanModel
import VanBanSyntax

/// Columns on a page's own lines. The page reader counts a text's columns in the line's visible
/// text (tags left out, character references decoded, white space folded: what a browser shows);
/// a diagnostic is shown under the HTML line itself, so its column is carried back to that line's
/// bytes here, after the validators, which count in the visible text, are done.
public struct HTMLColumns {
    private let source: SourceText
    /// The origins of a long line's visible bytes, kept for the next place on it (a page written
    /// on one line has all its places there).
    private var cached: (line: Int, origins: [Int32])?

    public init(_ source: SourceText) { self.source = source }

    /// The place of `p` (a column in line `p.line`'s visible text) in the line's bytes. A near
    /// column is found by walking the visible text that far; a far one in the line's whole table.
    public mutating func sourcePosition(_ p: Position) -> Position {
        let k = p.column - 1
        if let c = cached, c.line == p.line { return Position(line: p.line, column: Self.column(k, in: c.origins, p.column, source, p.line)) }
        if k > 256 {
            let origins = Self.withLine(source, p.line) { b in
                [Int32](unsafeUninitializedCapacity: b.count) { out, n in
                    var v = VisibleBytes(b)
                    n = 0
                    while let (_, origin) = v.next() { out[n] = Int32(origin); n += 1 }
                }
            }
            cached = (p.line, origins)
            return Position(line: p.line, column: Self.column(k, in: origins, p.column, source, p.line))
        }
        return Position(line: p.line, column: Self.withLine(source, p.line) { b in
            var v = VisibleBytes(b)
            var last = -1
            for _ in 0..<max(0, k) {
                guard let (_, origin) = v.next() else { break }
                last = origin
            }
            if v.count == k, let (_, origin) = v.next() { return origin + 1 }
            return Self.pastTheText(p.column, visible: v.count, last: last, length: b.count)
        })
    }

    private static func column(_ k: Int, in origins: [Int32], _ column: Int, _ source: SourceText, _ line: Int) -> Int {
        if k >= 0, k < origins.count { return Int(origins[k]) + 1 }
        let length = withLine(source, line) { $0.count }
        return pastTheText(column, visible: origins.count, last: origins.last.map(Int.init) ?? -1, length: length)
    }

    /// A column past a line's visible text, counted on from its last byte (at `last`, 0-based).
    private static func pastTheText(_ column: Int, visible: Int, last: Int, length: Int) -> Int {
        guard last >= 0 else { return min(column, length + 1) }
        return min(length + 1, last + 1 + (column - visible))
    }

    /// Every column a document's JSON shows (its nodes' and its diagnostics'), carried to the page's lines.
    public mutating func map(_ doc: inout Document) {
        func nodes(_ list: inout [Node]) {
            for k in list.indices {
                list[k].column = sourcePosition(Position(line: list[k].line, column: list[k].column)).column
                nodes(&list[k].children)
            }
        }
        nodes(&doc.body)
        for k in doc.appendices.indices { nodes(&doc.appendices[k].body) }
        for k in doc.diagnostics.indices {
            doc.diagnostics[k].column = sourcePosition(Position(line: doc.diagnostics[k].line, column: doc.diagnostics[k].column)).column
        }
    }

    fileprivate static func withLine<R>(_ source: SourceText, _ line: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        source.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[source.lineRange(line)])) }
    }

    /// Whether a line may begin inside a tag begun on the line before (`<span` / `lang=VI>I.`, as
    /// Word writes a page): a `>` comes before any `<`. Its visible text then counts the tag's tail.
    static func mayOpenInsideATag(_ source: SourceText, line: Int) -> Bool {
        withLine(source, line) { b in
            for c in b { if c == 0x3C { return false }; if c == 0x3E { return true } }
            return false
        }
    }

    /// A line's visible bytes, each with the offset in the line it comes from: tags and comments
    /// drop out (one left open runs to the line's end), references are decoded, runs of white space
    /// (U+00A0 too) become one space and leading ones none, zero-width spaces drop out: as the page
    /// reader gathers text.
    struct VisibleBytes {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0
        /// Where a run of white space began, while one is open.
        var space = -1
        /// Bytes of a decoded reference still to hand out (the next in the low byte), how many, and
        /// where the reference stands.
        var pending: UInt32 = 0
        var pendingCount = 0
        var pendingAt = 0
        /// Visible bytes handed out so far.
        var count = 0

        init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

        @inline(__always)
        mutating func next() -> (byte: UInt8, origin: Int)? {
            if pendingCount > 0 {
                let c = UInt8(truncatingIfNeeded: pending)
                pending >>= 8
                pendingCount -= 1
                return give(c, pendingAt)
            }
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x3C:  // <
                    if let end = HTMLColumns.markupEnd(b, at: i) { i = end; continue }
                case 0x26:  // &
                    if let (scalar, end) = HTMLColumns.reference(b, at: i) {
                        let at = i
                        i = end
                        if scalar == 0x20 || scalar == 0xA0 || scalar == 0x09 || scalar == 0x0A || scalar == 0x0D { open(at); continue }
                        if scalar == 0x200B { continue }
                        var bytes: UInt32 = 0, count = 0
                        for u in UTF8.encode(Unicode.Scalar(scalar) ?? "?")! { bytes |= UInt32(u) << (8 * count); count += 1 }
                        pending = bytes
                        pendingCount = count
                        pendingAt = at
                        if let space = spaceFirst(at) { return space }
                        pending >>= 8
                        pendingCount -= 1
                        return give(UInt8(truncatingIfNeeded: bytes), at)
                    }
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    open(i); i += 1; continue
                case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0:
                    open(i); i += 2; continue
                case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x8B:
                    i += 3; continue
                default:
                    break
                }
                if let space = spaceFirst(i) { return space }
                i += 1
                return give(c, i - 1)
            }
            return nil
        }

        private mutating func open(_ at: Int) { if space < 0 { space = at } }

        /// The space a run of white space before visible text stands for, handed out first.
        private mutating func spaceFirst(_ at: Int) -> (byte: UInt8, origin: Int)? {
            guard space >= 0 else { return nil }
            let s = space
            space = -1
            return count > 0 ? give(0x20, s) : nil
        }

        private mutating func give(_ c: UInt8, _ origin: Int) -> (byte: UInt8, origin: Int) {
            count += 1
            return (c, origin)
        }
    }

    /// A line's whole visible text, for finding texts in it.
    static func project(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // A reference decodes to no more bytes than it takes (`&#7871;`: 7 for 3).
        [UInt8](unsafeUninitializedCapacity: b.count) { out, n in
            var v = VisibleBytes(b)
            n = 0
            while let (c, _) = v.next() { out[n] = c; n += 1 }
        }
    }

    /// After a tag (`<p …>`, `</em>`, `<!DOCTYPE …>`) or a comment opening at `i`; nil when the `<` is text.
    fileprivate static func markupEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + 1 < b.count else { return nil }
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
    fileprivate static func reference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? {
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
                // Rebuilt only where a column moves (a cell after another on its line).
                var moved: [(row: Int, cell: Int, line: Int, column: Int)] = []
                for (r, row) in t.rows.enumerated() {
                    for (c, cell) in row.enumerated() {
                        // A cell spanning columns or rows stands in each grid place it covers; it
                        // is found once, and the grid without its copies is in the page's order.
                        if c > 0, Self.isCopy(cell, of: row[c - 1]) { moved += Self.same(moved, r, c - 1, as: (r, c)); continue }
                        if r > 0, c < t.rows[r - 1].count, Self.isCopy(cell, of: t.rows[r - 1][c]) { moved += Self.same(moved, r - 1, c, as: (r, c)); continue }
                        for (j, line) in cell.lines.enumerated() {
                            let column = placer.column(of: line)
                            if column != line.column { moved.append((r, c, j, column)) }
                        }
                    }
                }
                guard !moved.isEmpty else { continue }
                blocks[k] = .paragraph(TextBlock(text: "", line: 0))  // so that `t` is changed in place
                for m in moved {
                    t.rows[m.row][m.cell].lines[m.line].column = m.column
                    // A page's cell holds its lines as its paragraphs.
                    if m.line < t.rows[m.row][m.cell].paragraphs.count, t.rows[m.row][m.cell].paragraphs[m.line].line == t.rows[m.row][m.cell].lines[m.line].line {
                        t.rows[m.row][m.cell].paragraphs[m.line].column = m.column
                    }
                }
                blocks[k] = .table(t)
            }
        }
    }

    private static func isCopy(_ a: RawCell, of b: RawCell) -> Bool {
        a.line == b.line && a.lines.count == b.lines.count && a.text == b.text
    }

    /// The moves of cell (`r`, `c`) made again for its copy at `copy`.
    private static func same(_ moved: [(row: Int, cell: Int, line: Int, column: Int)], _ r: Int, _ c: Int, as copy: (Int, Int))
        -> [(row: Int, cell: Int, line: Int, column: Int)] {
        moved.filter { $0.row == r && $0.cell == c }.map { (copy.0, copy.1, $0.line, $0.column) }
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
                let found: Int? = text.withUTF8 { text in
                    projection.withUnsafeBufferPointer { hay in
                        // Its first 24 bytes, else its first word: a text whose next line the reader
                        // did not see begin (`I.` over `MỤC ĐÍCH` in a page Word saved) shows only that.
                        for limit in [24, text.firstIndex(of: 0x20) ?? 0] where limit > 0 {
                            var n = min(first, limit)
                            while n < first, n < count, text[n] & 0xC0 == 0x80 { n += 1 }
                            while n > 0, text[n - 1] == 0x20 { n -= 1 }
                            guard n > 0 else { continue }
                            // Near where the text before ended (a page on one line is one long line).
                            let near = UnsafeBufferPointer(rebasing: hay[from..<min(hay.count, from + count + 4096)])
                            if let at = Bytes.search(near, UnsafeBufferPointer(rebasing: text[0..<n])) { return from + at }
                        }
                        return nil
                    }
                }
                // Not found (its font converted): it stands after the text before.
                start = found ?? from
            }
            if let last = b.breaks.last { end = (b.line + b.breaks.count, count - last) } else { end = (b.line, start + count) }
            return start + 1
        }
    }
}

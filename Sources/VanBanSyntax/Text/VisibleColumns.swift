import VanBanModel

/// What a form writes in a line that is not text (a page's tags and character references); plain
/// text has neither.
package protocol LineMarkupRules {
    /// After markup opening at `i`; nil when the byte is text.
    static func markupEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int?
    /// The scalar a reference at `i` stands for, and the offset after it; nil when the byte is text.
    static func reference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)?
}

/// A text's lines as the text shows: runs of white space folded, leading ones dropped; and
/// Markdown's marks dropped as the line reader drops them (`LineMarkup.withoutMarkdown`): the
/// backslash of an escape (`\-`; a `\|` stays, a pipe in a cell), an inline HTML tag, a heading's `#`s, and a `**` or
/// `__` that hugs its text (`**KẾ HOẠCH**`; a footnote's `(**)` stays); a link's brackets and
/// target (`[Phụ lục](https://…)` shows `Phụ lục`); and a literal `\r\n`.
package enum PlainLines: LineMarkupRules {
    package static func markupEnd(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let c = b[i]
        func isSpace(_ x: UInt8) -> Bool { x == 0x20 || x == 0x09 }
        switch c {
        case UInt8(ascii: "\\"):
            guard i + 1 < b.count else { return nil }
            // A bad export's literal `\r\n`, a line break to the reader.
            if i + 3 < b.count, b[i + 1] == UInt8(ascii: "r"), b[i + 2] == c, b[i + 3] == UInt8(ascii: "n") { return i + 4 }
            return LineMarkup.isEscapable(b[i + 1]) && b[i + 1] != UInt8(ascii: "|") ? i + 1 : nil
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
            // A subscript's `_(` and its close (`_(PL)`: `LineMarkup.scriptMark`).
            if c == UInt8(ascii: "_"), let mark = LineMarkup.scriptMark(b, at: i) { return mark.text.lowerBound }
            // A lone `*` or `_` that opens or closes emphasis (`LineMarkup.withoutEmphasis`).
            if (i + 1 == b.count || b[i + 1] != c), (i == 0 || b[i - 1] != c) {
                // Only a star that could open or close one pairs the line's stars (`(*)`, `* mục` cannot).
                let before = i == 0 ? 0x20 : b[i - 1], after = i + 1 < b.count ? b[i + 1] : 0x20
                let mayPair = !isSpace(after) && (isSpace(before) || "|(\"".utf8.contains(before))
                    || !isSpace(before) && (isSpace(after) || ".,;:!?|)\"".utf8.contains(after))
                guard mayPair else { return nil }
                if LineMarkup.emphasisMarks(b, mark: c).contains(i) { return i + 1 }
                // Emphasis over lines (`LineMarkup.marksOverLines`): opened at the line's start, or
                // closed before a space or the line's end.
                guard c == UInt8(ascii: "*") else { return nil }
                let opensLine = !isSpace(after) && b[..<i].allSatisfy(isSpace)
                return opensLine || !isSpace(before) && isSpace(after) ? i + 1 : nil
            }
            guard i + 1 < b.count, b[i + 1] == c else { return nil }
            // `****` (bold inside bold, as markitdown writes `<strong><b>`) counts as one `**`.
            let run = c == UInt8(ascii: "*") && i + 3 < b.count && b[i + 2] == c && b[i + 3] == c && (i + 4 == b.count || b[i + 4] != c) ? 4 : 2
            let before = i == 0 ? 0x20 : b[i - 1], after = i + run < b.count ? b[i + run] : 0x20
            // (Inside a bracketed span or a link's text as at a line's edges: `[**QUYẾT ĐỊNH**]{…}`.)
            // (And inside an inline tag, which the reader drops first: `<span id="dieu_1">**Điều 1.`.)
            let opens = (isSpace(before) || before == UInt8(ascii: "[") || before == UInt8(ascii: ">")) && !isSpace(after) && after != c && after != UInt8(ascii: ")")
            let closes = !isSpace(before) && (isSpace(after) || after == UInt8(ascii: "]") || after == UInt8(ascii: "<")) && before != c && before != UInt8(ascii: "(")
            return opens || closes ? i + run : nil
        case UInt8(ascii: "#"):
            guard b[..<i].allSatisfy(isSpace) else { return nil }
            var k = i
            while k < b.count, b[k] == c { k += 1 }
            return k - i <= 6 && k < b.count && b[k] == 0x20 ? k : nil
        case UInt8(ascii: "^"):
            // A Markdown footnote's caret (`[^3]` shows `[3]`; `LineMarkup.footnoteMarks`).
            if i > 0, b[i - 1] == UInt8(ascii: "["), LineMarkup.footnoteMarkEnd(b, caret: i) != nil { return i + 1 }
            // A superscript's marks (`^(2)`, `^2^`: `LineMarkup.scriptMark`).
            if let mark = LineMarkup.scriptMark(b, at: i) { return mark.text.lowerBound }
            return LineMarkup.closesScriptMark(b, at: i) ? i + 1 : nil
        case UInt8(ascii: "~"):
            // A subscript's marks in Markdown (`~PL~`).
            if let mark = LineMarkup.scriptMark(b, at: i) { return mark.text.lowerBound }
            return LineMarkup.closesScriptMark(b, at: i) ? i + 1 : nil
        case UInt8(ascii: ")"):
            return LineMarkup.closesScriptMark(b, at: i) ? i + 1 : nil
        case UInt8(ascii: "<"):
            // An inline tag a Markdown writer kept from a page (`<span id="dieu_1">`: `LineMarkup.withoutInlineTags`).
            return LineMarkup.inlineTagEnd(b, at: i)
        case UInt8(ascii: ":"):
            // The colon after the mark opening a footnote's own line (`[^3]: …` shows `[3] …`).
            guard i >= 4, b[i - 1] == UInt8(ascii: "]") else { return nil }
            var k = i - 2
            while k > 0, Bytes.isDigit(b[k]) { k -= 1 }
            guard k >= 1, b[k] == UInt8(ascii: "^"), b[k - 1] == UInt8(ascii: "["), LineMarkup.footnoteMarkEnd(b, caret: k) == i,
                  b[..<(k - 1)].allSatisfy(isSpace) else { return nil }
            return i + 1
        case UInt8(ascii: "["):
            // A bracketed span's opening bracket (`[**QUYẾT ĐỊNH**]{style="…"}`: `LineMarkup.withoutBracketedSpans`).
            if LineMarkup.spanClose(b, opening: i) != nil { return i + 1 }
            // One closed on a later line (`LineMarkup.spansOverLines`), or a link's so closed.
            if LineMarkup.opensSpanOverLines(b, at: i) || LineMarkup.opensLinkOverLines(b, at: i) { return i + 1 }
            // A link's opening bracket, when its `](target)` follows (`LineMarkup.withoutLinkTargets`).
            guard let close = LineMarkup.linkClose(b, opening: i), LineMarkup.linkTargetEnd(b, close: close) != nil else { return nil }
            return i + 1
        case UInt8(ascii: "]"):
            // A bracketed span's close and attributes.
            if let end = LineMarkup.spanAttributesEnd(b, close: i) ?? LineMarkup.closesSpanOverLines(b, at: i) { return end }
            // A link's `](target)` opened on a line before (`LineMarkup.spansOverLines`).
            if let end = LineMarkup.closesLinkOverLines(b, at: i) { return end }
            // A link's `](target)`, when a bracket before it, within reach, opens the link.
            guard let end = LineMarkup.linkTargetEnd(b, close: i), let open = LineMarkup.linkOpen(b, closing: i),
                  LineMarkup.linkClose(b, opening: open) == i else { return nil }
            return end
        default:
            return nil
        }
    }

    package static func reference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int)? { nil }
}

/// Columns counted in a line's visible text (what its reader reads of it: white space folded, and
/// on a page its tags left out and references decoded), carried back to the line's bytes, where a
/// diagnostic is shown. The readers that fold a line count their texts' columns so, and the
/// validators count on from them; the places are carried to the bytes when shown.
package struct VisibleColumns<Rules: LineMarkupRules> {
    private let source: SourceText
    /// The origins of a long line's visible bytes, kept for the next place on it (a page written
    /// on one line has all its places there).
    private var cached: (line: Int, origins: [Int32])?

    package init(_ source: SourceText) { self.source = source }

    /// The place of `p` (a column in line `p.line`'s visible text) in the line's bytes. A near
    /// column is found by walking the visible text that far; a far one in the line's whole table.
    package mutating func sourcePosition(_ p: Position) -> Position {
        let k = p.column - 1
        if let c = cached, c.line == p.line { return Position(line: p.line, column: Self.column(k, in: c.origins, p.column, source, p.line)) }
        if k > 256 {
            let origins = Self.origins(source, p.line)
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

    /// Every column a document's JSON shows (its nodes' and its diagnostics'), carried to its lines.
    package mutating func map(_ doc: inout Document) {
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

    package static func withLine<R>(_ source: SourceText, _ line: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        source.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[source.lineRange(line)])) }
    }

    /// Where each visible byte of a line comes from (offsets in the line, never decreasing).
    private static func origins(_ source: SourceText, _ line: Int) -> [Int32] {
        withLine(source, line) { b in
            [Int32](filling: b.count) { out, n in
                var v = VisibleBytes(b)
                n = 0
                while let (_, origin) = v.next() { out[n] = Int32(origin); n += 1 }
            }
        }
    }

    /// The visible column (1-based) of the byte at `column` of `line` (a text's start, as a reader
    /// found it in the line's bytes): the visible bytes before it, plus one. The line's origins are
    /// kept for its next column: a line cut at many `<br>`s asks for as many, each found by halving.
    package mutating func visibleColumn(_ column: Int, line: Int) -> Int {
        let origins: [Int32]
        if let c = cached, c.line == line { origins = c.origins } else { origins = Self.origins(source, line); cached = (line, origins) }
        // The visible bytes that come from before the column.
        var low = 0, high = origins.count
        while low < high {
            let mid = (low + high) / 2
            if Int(origins[mid]) < column - 1 { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }

    /// `visibleColumn(_:line:)` for one column.
    package static func visibleColumn(_ column: Int, line: Int, in source: SourceText) -> Int {
        var columns = VisibleColumns(source)
        return columns.visibleColumn(column, line: line)
    }

    /// Places found in the lines' bytes (by the decoder: a cut-off character, a replacement
    /// character) counted in the lines' visible text, as every other place of the document is.
    package static func visible(_ diagnostics: [Diagnostic], in source: SourceText) -> [Diagnostic] {
        diagnostics.map { d in
            guard d.column > 1 else { return d }
            var d = d
            d.column = visibleColumn(d.column, line: d.line, in: source)
            return d
        }
    }

    /// A line's visible bytes, each with the offset in the line it comes from: markup drops out and
    /// references are decoded (as `Rules` say), runs of white space (U+00A0 too) become one space
    /// and leading ones none, zero-width spaces drop out.
    package struct VisibleBytes {
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
        package var count = 0

        package init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

        @inline(__always)
        package mutating func next() -> (byte: UInt8, origin: Int)? {
            if pendingCount > 0 {
                let c = UInt8(truncatingIfNeeded: pending)
                pending >>= 8
                pendingCount -= 1
                return give(c, pendingAt)
            }
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x3C, 0x5C, 0x2A, 0x5F, 0x23, 0x5B, 0x5D, 0x5E, 0x3A:  // < \ * _ # [ ] ^ :
                    if let end = Rules.markupEnd(b, at: i) { i = end; continue }
                case 0x26:  // &
                    if let (scalar, end) = Rules.reference(b, at: i) {
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
    package static func project(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // A reference decodes to no more bytes than it takes (`&#7871;`: 7 for 3); a run of white
        // space to one.
        [UInt8](filling: b.count) { out, n in
            var v = VisibleBytes(b)
            n = 0
            // Sixteen bytes at a time where they are text as they stand (most of a line is); after a
            // block that is not, byte by byte past it before the next try.
            var retry = 0
            while true {
                if v.i >= retry, v.pendingCount == 0, v.space < 0, v.i + 16 <= b.count, let base = b.baseAddress {
                    if isPlainBlock(UnsafeRawPointer(base), at: v.i) {
                        (out.baseAddress! + n).update(from: base + v.i, count: 16)
                        n += 16
                        v.i += 16
                        v.count += 16
                        continue
                    }
                    retry = v.i + 16
                }
                guard let (c, _) = v.next() else { break }
                out[n] = c
                n += 1
            }
        }
    }

    /// Sixteen bytes from `i` that `VisibleBytes` hands out as they are: none that may open markup
    /// or a reference (`< \ * _ # [ ] ^ : &`), and white space that folds to nothing new.
    @inline(__always) static func isPlainBlock(_ raw: UnsafeRawPointer, at i: Int) -> Bool {
        typealias V = SIMD16<UInt8>
        let v = raw.loadUnaligned(fromByteOffset: i, as: V.self)
        let markup = (v .== V(repeating: 0x3C)) .| (v .== V(repeating: 0x5C)) .| (v .== V(repeating: 0x2A)) .| (v .== V(repeating: 0x5F))
            .| (v .== V(repeating: 0x23)) .| (v .== V(repeating: 0x5B)) .| (v .== V(repeating: 0x5D)) .| (v .== V(repeating: 0x5E))
            .| (v .== V(repeating: 0x3A)) .| (v .== V(repeating: 0x26))
        return !VectorMasks.any16(markup) && Bytes.foldsNoSpace(v)
    }

}

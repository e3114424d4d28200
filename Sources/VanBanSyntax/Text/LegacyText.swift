import VanBanModel

/// Legacy-encoded text that only shows once markup is read: a page set in a VNI or TCVN3 font whose
/// letters are written as character references (`CO&#196;NG HO&#216;A` for `COÄNG HOØA`), so no
/// byte of the page tells. The blocks' texts are read as one text, line by line, as `SourceText`
/// reads a file's lines.
public enum LegacyText {
    /// The blocks with their VNI or TCVN3 lines converted to Unicode, and a U01 note saying so; the
    /// blocks as they are when no line is.
    public static func convert(_ blocks: [Block], notes: inout [Diagnostic]) -> [Block] {
        var texts: [TextBlock] = []
        for block in blocks {
            switch block {
            case .paragraph(let p): texts.append(p)
            case .table(let t): for c in t.rows.joined() { texts += c.lines + c.paragraphs }
            }
        }
        let joined = texts.map(\.text).joined(separator: "\n")
        let bytes = Array(joined.utf8)
        let damage = bytes.withUnsafeBufferPointer(SourceText.scan).damage
        guard let converted = SourceText.legacyLines(bytes: bytes, damage: damage) else { return blocks }
        // Back to the blocks: each text takes as many lines as it gave.
        let lines = converted.text.linesAtLF
        var next = lines.startIndex
        var mapped: [String] = []
        var firstSourceLine = 1
        for t in texts {
            let count = t.text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            if converted.firstLine - 1 >= next, converted.firstLine - 1 < next + count { firstSourceLine = t.line }
            mapped.append(lines[next..<min(lines.endIndex, next + count)].joined(separator: "\n"))
            next += count
        }
        notes.append(Diagnostic(rule: "U01", severity: .warning,
            message: "the text is \(converted.encoding) written as character references on \(converted.count) line(s); it was converted to Unicode",
            line: firstSourceLine))
        var k = 0
        func take(_ t: TextBlock) -> TextBlock {
            var out = t
            out.text = mapped[k]
            // Where the printed lines began no longer holds in a text whose length changed.
            if out.text.utf8.count != t.text.utf8.count { out.breaks = [] }
            k += 1
            return out
        }
        return blocks.map { block in
            switch block {
            case .paragraph(let p): return .paragraph(take(p))
            case .table(var t):
                t.rows = t.rows.map { row in
                    row.map { c in
                        let lines = c.lines.map(take), paragraphs = c.paragraphs.map(take)
                        return RawCell(lines: lines, paragraphs: paragraphs, line: c.line)
                    }
                }
                return .table(t)
            }
        }
    }
}

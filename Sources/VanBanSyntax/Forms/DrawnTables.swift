/// Tables drawn in plain text with characters, as `pandoc -t plain` and `pandoc -t markdown` write a
/// Word file's tables:
///
/// - grid tables, whose rows stand between `+---+---+` borders, cells between `|`s, a cell's text
///   wrapped over its row's lines (a blank line in the cell between its paragraphs);
/// - multiline and simple tables, whose columns are the dash runs of the line under the header
///   (`----- -----`); a multiline table opens and closes with a line of dashes across and puts a blank
///   line between its rows, a simple table has a row per line and ends at a blank line.
///
/// Each drawn row becomes one `A | B |` row line, as the inline-pipe form writes it (a paragraph
/// break in a cell as `<br>`), so the row forms' tokenizer reads it as any other row.
enum DrawnTables {
    typealias Entry = (line: Int, column: Int, text: String)

    /// The lines with every drawn table replaced by its rows; for each grid row (by its line), its
    /// cells' paragraphs where they stand are added to `placed`.
    static func rows(_ entries: [Entry], placing placed: inout [Int: [[TextBlock]]]) -> [Entry] {
        guard entries.contains(where: { mayDraw($0.text) }) else { return entries }
        var out: [Entry] = []
        out.reserveCapacity(entries.count)
        // Lines of dashes and spaces only, of which column rules are made: a table is tried only near one.
        let dashes = entries.map { e in e.text.utf8.contains(UInt8(ascii: "-")) && e.text.utf8.allSatisfy { $0 == UInt8(ascii: "-") || $0 == 0x20 } }
        var k = 0
        while k < entries.count {
            let nearRule = dashes[k..<min(entries.count, k + 6)].contains(true)
            if let (rows, end) = grid(entries, from: k, placing: &placed) ?? (nearRule ? columns(entries, from: k, placing: &placed) : nil) {
                out += rows
                k = end
            } else {
                out.append(entries[k])
                k += 1
            }
        }
        return out
    }

    /// A line that can open a drawn table: a grid border, a line of dashes.
    private static func mayDraw(_ text: String) -> Bool {
        let t = text.utf8.drop { $0 == 0x20 }
        guard let f = t.first else { return false }
        return (f == UInt8(ascii: "+") || f == UInt8(ascii: "-")) && t.dropFirst().first == UInt8(ascii: "-")
    }

    // MARK: - Grid tables

    /// `+----+----+`, `+====+====+`, `+:---+---:+`: the offsets of its `+`s, nil for any other line.
    private static func border(_ s: [Unicode.Scalar]) -> [Int]? {
        var plus: [Int] = []
        for (k, c) in s.enumerated() {
            switch c {
            case "+": plus.append(k)
            case "-", "=", ":": if plus.isEmpty { return nil }
            case " ": if !plus.isEmpty, k < s.count, s[k...].contains(where: { $0 != " " }) { return nil }
            default: return nil
            }
        }
        return plus.count >= 2 && plus.last == s.lastIndex(where: { $0 != " " }) ? plus : nil
    }

    private static func grid(_ entries: [Entry], from start: Int, placing placed: inout [Int: [[TextBlock]]]) -> ([Entry], Int)? {
        guard entries[start].text.utf8.first(where: { $0 != 0x20 }) == UInt8(ascii: "+") else { return nil }
        let first = Array(entries[start].text.unicodeScalars)
        guard first.first(where: { $0 != " " }) == "+", let bounds = border(first) else { return nil }
        var rows: [Entry] = []
        var blocks: [Int: [[TextBlock]]] = [:]
        var content: [Line] = []
        var k = start + 1
        while k < entries.count, entries[k].line == entries[k - 1].line + 1 {
            let s = Array(entries[k].text.unicodeScalars)
            if let b = border(s) {
                // Borders stand between rows: one right after another ends the table at the first
                // (and a run of borders is not tried from each of its lines in turn).
                if content.isEmpty { break }
                // A border under cells that span columns lacks their inner `+`s.
                guard b.first == bounds.first, b.last == bounds.last, Set(b).isSubset(of: bounds) else { return nil }
                if let first = content.first {
                    let (text, cells) = row(content, bounds)
                    rows.append((first.number, 1, text))
                    blocks[first.number] = cells
                }
                content = []
                k += 1
                continue
            }
            guard let l = bounds.first, let r = bounds.last, r < s.count, s[l] == "|", s[r] == "|" else { break }
            content.append(Line(number: entries[k].line, column: entries[k].column, scalars: s))
            k += 1
        }
        // A table ends with a border.
        guard content.isEmpty, !rows.isEmpty else { return nil }
        placed.merge(blocks) { a, _ in a }
        return (rows, k)
    }

    /// A line of a grid row: its number, the column its text starts at, its scalars.
    private struct Line {
        var number: Int
        var column: Int
        var scalars: [Unicode.Scalar]

        /// The 1-based byte column of the first non-space scalar at or after `from`.
        func byteColumn(from: Int) -> Int {
            var k = from
            while k < scalars.count, scalars[k] == " " { k += 1 }
            return column + scalars[..<min(k, scalars.count)].reduce(0) { $0 + UTF8.width($1) }
        }
    }

    /// A grid row: each cell's lines between its `|`s, the lines of a paragraph joined, paragraphs
    /// (split by a blank line in the cell) and lines (ended by a hard line break, or short of the cell's
    /// width by more than the next line's first word) kept apart. A cell spanning columns (no `|` between them on
    /// any of its lines) stands in each, as an HTML table's `colspan` is read.
    private static func row(_ lines: [Line], _ bounds: [Int]) -> (text: String, cells: [[TextBlock]]) {
        let edges = bounds.filter { b in lines.allSatisfy { b < $0.scalars.count && $0.scalars[b] == "|" } }
        var cells: [String] = []
        var placed: [[TextBlock]] = []
        for from in bounds.dropLast() {
            if !edges.contains(from), let previous = cells.last, let blocks = placed.last {
                cells.append(previous)  // inside a cell that spans
                placed.append(blocks)
                continue
            }
            let to = edges.first(where: { $0 > from }) ?? bounds[bounds.count - 1]
            // Each paragraph with where its first piece stands.
            var paragraphs: [TextBlock] = []
            var current = JoinedLines(), lastPiece: String? = nil
            var at = (line: 0, column: 0)
            func close() {
                if !current.isEmpty { paragraphs.append(TextBlock(text: current.text, line: at.line, column: at.column, breaks: current.breaks)) }
                current = JoinedLines()
                lastPiece = nil
            }
            func add(_ piece: String, _ l: Line) {
                if current.isEmpty { at = (l.number, l.byteColumn(from: from + 1)) }
                current.add(piece, line: l.number)
                lastPiece = piece
            }
            for l in lines {
                let piece = text(l.scalars, from + 1, to)
                if piece.isEmpty {
                    close()
                } else if piece.hasSuffix("\\"), !piece.hasSuffix("\\\\") {
                    // Markdown's hard line break (`ỦY BAN NHÂN DÂN\`): the cell's line ends here.
                    add(String(piece.dropLast()).trimmed(), l)
                    close()
                } else {
                    // A line whose next word would have fitted on the line before ended there (a line
                    // break in the cell, as pandoc's plain text writes Word's): `ỦY BAN NHÂN DÂN` /
                    // `TỈNH THÁI NGUYÊN`, not a wrapped line.
                    if let last = lastPiece, last.unicodeScalars.count + 1 + (piece.split(separator: " ").first?.unicodeScalars.count ?? 0) <= to - from - 3 {
                        close()
                    }
                    add(piece, l)
                }
            }
            close()
            cells.append(paragraphs.map { cellText($0.text) }.joined(separator: "<br>"))
            placed.append(paragraphs)
        }
        return (cells.joined(separator: " | ") + " |", placed)
    }

    // MARK: - Multiline and simple tables

    /// `----- ---- -----`: the offsets where its dash runs start, two at least; nil for any other line.
    private static func columnRule(_ s: [Unicode.Scalar]) -> [Int]? {
        var starts: [Int] = []
        var previous: Unicode.Scalar = " "
        for (k, c) in s.enumerated() {
            guard c == "-" || c == " " else { return nil }
            if c == "-", previous == " " { starts.append(k) }
            previous = c
        }
        return starts.count >= 2 ? starts : nil
    }

    /// A multiline table's opening or closing line: one run of dashes across.
    private static func isFullRule(_ s: [Unicode.Scalar]) -> Bool {
        let t = s.drop { $0 == " " }.reversed().drop { $0 == " " }
        return t.count >= 10 && t.allSatisfy { $0 == "-" }
    }

    /// A multiline or simple table's rows; each cell's text, with the line it starts on (a cell's
    /// lines are joined: one paragraph), is left in `placed` by its row's line.
    private static func columns(_ entries: [Entry], from start: Int, placing placed: inout [Int: [[TextBlock]]]) -> ([Entry], Int)? {
        // A multiline table's opening rule, or the header's first line.
        let opening = isFullRule(Array(entries[start].text.unicodeScalars))
        let headerStart = opening ? start + 1 : start
        func consecutive(_ k: Int) -> Bool { k < entries.count && entries[k].line == entries[k - 1].line + 1 }
        // A multiline table's header wraps over as many lines as its widest cell needs.
        let headerLimit = opening ? 16 : 4
        var rule = headerStart
        while rule < entries.count, rule == headerStart || consecutive(rule), rule - headerStart <= headerLimit {
            if columnRule(Array(entries[rule].text.unicodeScalars)) != nil { break }
            if entries[rule].text.utf8.allSatisfy({ $0 == 0x20 }) { return nil }
            rule += 1
        }
        guard rule < entries.count, rule > headerStart, rule - headerStart <= headerLimit,
              let starts = columnRule(Array(entries[rule].text.unicodeScalars)) else { return nil }
        let header = (headerStart..<rule).map { Array(entries[$0].text.unicodeScalars) }
        // The columns are real: no header word crosses where a column starts.
        guard header.allSatisfy({ s in starts.dropFirst().allSatisfy { $0 >= s.count || s[$0 - 1] == " " } }) else { return nil }
        var rows: [Entry] = [(entries[headerStart].line, 1, cells(header, starts).row)]
        var k = rule + 1
        var block: [(line: Int, scalars: [Unicode.Scalar])] = []
        var rowCells: [Int: [[TextBlock]]] = [:]
        func flush() {
            if let first = block.first {
                let (row, texts) = cells(block.map(\.scalars), starts)
                rows.append((first.line, 1, row))
                rowCells[first.line] = texts.map { cell in
                    cell.map { [TextBlock(text: $0.text, line: block[$0.firstLine].line, breaks: $0.breaks)] } ?? []
                }
            }
            block = []
        }
        while k < entries.count, consecutive(k) {
            let s = Array(entries[k].text.unicodeScalars)
            if opening, isFullRule(s) {
                flush()
                k += 1
                guard rows.count > 1 else { return nil }
                placed.merge(rowCells) { a, _ in a }
                return (rows, k)
            }
            if s.allSatisfy({ $0 == " " }) {
                // A blank line: between rows of a multiline table, the end of a simple one.
                if !opening { break }
                flush()
            } else {
                block.append((entries[k].line, s))
                if !opening { flush() }
            }
            k += 1
        }
        // A multiline table without its closing rule is no such table.
        guard !opening else { return nil }
        flush()
        guard rows.count > 1 else { return nil }
        placed.merge(rowCells) { a, _ in a }
        return (rows, k)
    }

    /// One row of a column-aligned table: each column's lines joined; and each cell's text as the
    /// row reads it, with the index of the line it starts on and where each further line begins in
    /// it (nil for an empty cell).
    private static func cells(_ lines: [[Unicode.Scalar]], _ starts: [Int]) -> (row: String, texts: [(text: String, firstLine: Int, breaks: [Int])?]) {
        var cells: [String] = []
        var texts: [(text: String, firstLine: Int, breaks: [Int])?] = []
        for (c, from) in starts.enumerated() {
            let to = c + 1 < starts.count ? starts[c + 1] : Int.max
            let raw = lines.map { text($0, from, to) }
            cells.append(cellText(raw.filter { !$0.isEmpty }.joined(separator: " ")))
            let pieces = raw.map { LineMarkup.unescaped($0) }
            var joined = JoinedLines()
            for (k, piece) in pieces.enumerated() where !piece.isEmpty { joined.add(piece, line: k) }
            texts.append(joined.isEmpty ? nil : (joined.text, joined.firstLine, joined.breaks))
        }
        return (cells.joined(separator: " | ") + " |", texts)
    }

    // MARK: - Text

    /// The trimmed text of `s[from..<to]` (clamped to the line).
    private static func text(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        guard from < s.count else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[from..<min(to, s.count)])
        return String(out).collapsingSpaces
    }

    /// A cell's text as a row line carries it: Markdown's backslash escapes undone, `|` escaped.
    private static func cellText(_ t: String) -> String {
        LineMarkup.unescaped(t).replacingAll("|", with: "\\|")
    }
}

/// A paragraph's pieces on successive lines joined by single spaces, with where each further line
/// begins in it (once for each line it moves on: a line without a piece between counts).
struct JoinedLines {
    private(set) var text = ""
    private(set) var breaks: [Int] = []
    private(set) var firstLine = 0
    private var lastLine = 0
    var isEmpty: Bool { text.isEmpty }

    mutating func add(_ piece: String, line: Int) {
        if text.isEmpty {
            firstLine = line
        } else {
            text += " "
            breaks += [Int](repeating: text.utf8.count, count: max(1, line - lastLine))
        }
        lastLine = line
        text += piece
    }
}

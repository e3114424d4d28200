/// Tables drawn in plain text with characters, as `pandoc -t plain` and `pandoc -t markdown` write a
/// Word file's tables:
///
/// - grid tables, whose rows stand between `+---+---+` borders, cells between `|`s, a cell's text
///   wrapped over its row's lines (a blank line in the cell between its paragraphs); drawn in box
///   characters too (`┌───┬───┐`, as `w3m -dump` writes a page's bordered table), with cells that
///   span rows;
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
        let t = text.unicodeScalars.drop { $0 == " " }.prefix(2).map(ascii)
        // (`┌┬───┐`: a page's empty first column.)
        return t.count == 2 && (t[0] == "+" || t[0] == "-") && (t[1] == "-" || t[0] == "+" && t[1] == "+")
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

    /// Box-drawing characters (`┌─┬─┐`, `│`, `├─┼─┤`, as `w3m -dump` draws a page's bordered table)
    /// read as a grid's ASCII, one scalar for one: rules `-`, bars `|`, corners and junctions `+`.
    static func ascii(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c.value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550: return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: return "|"
        case 0x250C...0x254B, 0x2552...0x2570: return "+"
        default: return c
        }
    }

    /// A line's scalars with box drawing read as ASCII.
    private static func gridScalars(_ text: String) -> [Unicode.Scalar] {
        text.utf8.contains(0xE2) ? text.unicodeScalars.map(ascii) : Array(text.unicodeScalars)
    }

    /// A grid table from its top border to its bottom one. Borders between rows may stop at a cell that
    /// spans rows (`| Nhóm A +---+---+`): such a cell stands in each row it spans, as an HTML table's
    /// `rowspan` is read; a cell spanning columns (no `|` between them on any of its lines) stands in
    /// each column. A header of two or three rows over a cell spanning columns is read as one row, its
    /// parts joined by ` / `, as a page's is.
    private static func grid(_ entries: [Entry], from start: Int, placing placed: inout [Int: [[TextBlock]]]) -> ([Entry], Int)? {
        let opening = entries[start].text.utf8.first { $0 != 0x20 }
        guard opening == UInt8(ascii: "+") || opening == 0xE2 else { return nil }
        let top = gridScalars(entries[start].text)
        guard top.first(where: { $0 != " " }) == "+", let outer = border(top), let left = outer.first, let right = outer.last else { return nil }
        var lines = [Line(number: entries[start].line, column: entries[start].column, scalars: top, original: Array(entries[start].text.unicodeScalars))]
        var lastBorder = 0
        var k = start + 1
        while k < entries.count, entries[k].line == entries[k - 1].line + 1 {
            let s = gridScalars(entries[k].text)
            guard right < s.count, s[left] == "|" || s[left] == "+", s[right] == "|" || s[right] == "+",
                  !s[..<left].contains(where: { $0 != " " }) else { break }
            if let b = border(s) {
                // Borders stand between rows: one right after another ends the table at the first
                // (and a run of borders is not tried from each of its lines in turn).
                if lastBorder == lines.count - 1 { break }
                guard b.first == left, b.last == right else { return nil }
                lastBorder = lines.count
            }
            lines.append(Line(number: entries[k].line, column: entries[k].column, scalars: s, original: Array(entries[k].text.unicodeScalars)))
            k += 1
        }
        // A table ends with a border.
        guard lastBorder > 0 else { return nil }
        lines.removeLast(lines.count - 1 - lastBorder)
        let end = start + lines.count

        // Where columns meet: each `+` of a border, whole or broken by a cell spanning rows.
        func isRule(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "=" || c == ":" }
        var meets = Set<Int>()
        for l in lines {
            let s = l.scalars
            for p in left...right where s[p] == "+" && (p == left || p == right || isRule(s[p - 1]) || (p + 1 < s.count && isRule(s[p + 1]))) {
                meets.insert(p)
            }
        }
        let bounds = meets.sorted()
        // Columns; a zero-width one (`┌┬───┐`, a page's empty layout column) is none.
        let columns = zip(bounds, bounds.dropFirst()).filter { $1 - $0 > 1 }
        guard !columns.isEmpty, columns.count <= 64 else { return nil }
        // Whether line `l` is a border over column `c`.
        let ruled: [[Bool]] = lines.map { l in
            columns.map { a, b in
                let s = l.scalars
                return b < s.count && (s[a] == "+" || isRule(s[a])) && (s[b] == "+" || isRule(s[b])) && s[(a + 1)..<b].allSatisfy(isRule)
            }
        }
        // Rows: the runs of lines between any two borders.
        let borders = lines.indices.filter { ruled[$0].contains(true) }
        let bands = zip(borders, borders.dropFirst()).filter { $1 > $0 + 1 }
        guard !bands.isEmpty else { return nil }

        // For each line and column, the nearest border over the column at or above it and at or below
        // it: a table of many rows is read in time linear in its lines.
        var above = [[Int]](repeating: [Int](repeating: 0, count: columns.count), count: lines.count)
        var below = [[Int]](repeating: [Int](repeating: lines.count - 1, count: columns.count), count: lines.count)
        for l in lines.indices {
            for c in columns.indices { above[l][c] = ruled[l][c] ? l : l > 0 ? above[l - 1][c] : 0 }
        }
        for l in lines.indices.reversed() {
            for c in columns.indices { below[l][c] = ruled[l][c] ? l : l + 1 < lines.count ? below[l + 1][c] : lines.count - 1 }
        }
        /// A cell: the borders above and below it, its first and last column.
        struct Cell: Hashable { var top: Int; var bottom: Int; var first: Int; var last: Int }
        var texts: [Cell: (text: String, blocks: [TextBlock])] = [:]
        var grid: [[Cell]] = []
        // A grid of Markdown (a cell's line ends in a hard break somewhere: `ỦY BAN NHÂN DÂN\`) wraps a
        // line only where it is too long: a line a cell ends early is no line of its own there.
        let markdown = lines.contains { l in
            l.scalars.indices.contains { k in
                l.scalars[k] == "\\" && (k == 0 || l.scalars[k - 1] != "\\") && l.scalars[(k + 1)...].prefix { $0 != "|" }.allSatisfy { $0 == " " }
                    && l.scalars[(k + 1)...].contains("|")
            }
        }
        /// Whether every line between two borders has a bar at `p` (a cell spanning many rows is asked once).
        var barred: [[Int]: Bool] = [:]
        func bar(_ top: Int, _ bottom: Int, _ p: Int) -> Bool {
            if let known = barred[[top, bottom, p]] { return known }
            let all = (top + 1..<bottom).allSatisfy { p < lines[$0].scalars.count && lines[$0].scalars[p] == "|" }
            barred[[top, bottom, p]] = all
            return all
        }
        for (upper, lower) in bands {
            var row: [Cell] = []
            var c = 0
            while c < columns.count {
                let top = above[upper][c], bottom = below[lower][c]
                var last = c
                // The next column is this cell's too when no line of it has a bar between them.
                while last + 1 < columns.count, above[upper][last + 1] == top, below[lower][last + 1] == bottom, !bar(top, bottom, columns[last].1) {
                    last += 1
                }
                let cell = Cell(top: top, bottom: bottom, first: c, last: last)
                if texts[cell] == nil { texts[cell] = Self.cell(Array(lines[(top + 1)..<bottom]), columns[c].0, columns[last].1, markdown: markdown) }
                row += Array(repeating: cell, count: last - c + 1)
                c = last + 1
            }
            grid.append(row)
        }
        // A header over a cell spanning columns takes the rows its cells span (two at least, three at most).
        var headerRows = 1
        if let first = grid.first, zip(first, first.dropFirst()).contains(where: { $0 == $1 }) {
            let spanned = first.map { cell in bands.count { $0.0 >= cell.top && $0.1 <= cell.bottom } }.max() ?? 1
            headerRows = min(3, max(2, spanned))
            if headerRows >= grid.count { headerRows = 1 }
        }
        func read(_ cell: Cell) -> (text: String, blocks: [TextBlock]) { texts[cell] ?? ("", []) }
        var rows: [Entry] = []
        for (r, row) in grid.enumerated() where r == 0 || r >= headerRows {
            let line = lines[bands[r].0 + 1].number
            var cells: [String] = [], blocks: [[TextBlock]] = []
            for (c, cell) in row.enumerated() {
                guard r == 0, headerRows > 1 else {
                    cells.append(cellText(read(cell).text))
                    blocks.append(read(cell).blocks)
                    continue
                }
                var parts: [String] = []
                for h in grid[..<headerRows] where !read(h[c]).text.isEmpty && parts.last != read(h[c]).text { parts.append(read(h[c]).text) }
                let text = parts.joined(separator: " / ")
                cells.append(cellText(text))
                let at = grid[..<headerRows].lazy.compactMap { read($0[c]).blocks.first }.first
                blocks.append(at.map { [TextBlock(text: text, line: $0.line, column: $0.column)] } ?? [])
            }
            rows.append((line, 1, cells.joined(separator: " | ") + " |"))
            placed[line] = placed[line] ?? blocks
        }
        return (rows, end)
    }

    /// A line of a grid: its number, the column its text starts at, its scalars as ASCII and as written.
    private struct Line {
        var number: Int
        var column: Int
        var scalars: [Unicode.Scalar]
        var original: [Unicode.Scalar]

        /// The 1-based byte column of the first non-space scalar at or after `from`.
        func byteColumn(from: Int) -> Int {
            var k = from
            while k < scalars.count, scalars[k] == " " { k += 1 }
            return column + original[..<min(k, original.count)].reduce(0) { $0 + UTF8.width($1) }
        }
    }

    /// A grid cell's text between the bars at `from` and `to` on its lines: the lines of a paragraph
    /// joined, paragraphs (split by a blank line in the cell) and lines (ended by a hard line break, or
    /// short of the cell's width by more than the next line's first word, but in a grid of Markdown)
    /// kept apart, `<br>` between them; and each paragraph where its first piece stands.
    private static func cell(_ lines: [Line], _ from: Int, _ to: Int, markdown: Bool = false) -> (text: String, blocks: [TextBlock]) {
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
        // The width a line may fill: pandoc pads a cell with a space on each side, w3m does not.
        let padded = lines.allSatisfy { l in to < l.scalars.count && l.scalars[from + 1] == " " && l.scalars[to - 1] == " " }
        let width = to - from - (padded ? 3 : 1)
        for l in lines {
            let piece = text(l.scalars, from + 1, to)
            if piece.isEmpty {
                close()
            } else if piece.hasSuffix("\\"), !piece.hasSuffix("\\\\") {
                // Markdown's hard line break (`ỦY BAN NHÂN DÂN\`): the cell's line ends here.
                add(String(piece.dropLast()).trimmed(), l)
                close()
            } else if let broken = LineMarkup.breakBeforeClosingMarks(piece) {
                // One before the marks that close the line's bold or italics (pandoc 3: `Nơi nhận:\***`).
                add(broken, l)
                close()
            } else {
                // A line whose next word would have fitted on the line before ended there (a line
                // break in the cell, as pandoc's plain text writes Word's): `ỦY BAN NHÂN DÂN` /
                // `TỈNH THÁI NGUYÊN`, not a wrapped line.
                // A rule under a line (`-------` under the issuer, as a page's cell holds it) is a line of
                // its own; so are a signature's authority lines and the position under them.
                // Not inside a bracketed span the line before left open (`[**Hồ Đức` / `Phớc**]{…}`: pandoc 3
                // wraps a styled span's text with its attributes).
                if let last = lastPiece, !markdown, !LineMarkup.leavesSpanOpen(current.text),
                   last.unicodeScalars.count + 1 + (piece.split(separator: " ").first?.unicodeScalars.count ?? 0) <= width
                    || isRuleText(last) || isRuleText(piece)
                    || SignatureParser.isAuthorityLine(piece) || SignatureParser.isAuthorityLine(last) && Case.isUpper(piece) {
                    close()
                }
                add(piece, l)
            }
        }
        close()
        /// A paragraph's text with `drop` bytes of marks off its start and `open` and `close` put around
        /// it, where its further lines begin moved with it.
        func remark(_ k: Int, drop: Int = 0, open: String = "", close: String = "") {
            let shift = open.utf8.count - drop
            paragraphs[k].text = open + String(decoding: paragraphs[k].text.utf8.dropFirst(drop), as: UTF8.self) + close
            paragraphs[k].breaks = paragraphs[k].breaks.map { $0 + shift }
        }
        // A bracketed span over the cell's lines (pandoc's Markdown of a page's styled cell), or over
        // some of them (a list under its bold label: `[- Bộ …;\` … `KGVX.]{…}`): its text.
        var from = 0
        while from + 1 < paragraphs.count {
            guard paragraphs[from].text.utf8.first == UInt8(ascii: "["),
                  let (last, close) = paragraphs.indices.dropFirst(from + 1).lazy.compactMap({ k in
                      LineMarkup.spanOverLines(first: paragraphs[from].text, last: paragraphs[k].text).map { (k, $0) }
                  }).first else { from += 1; continue }
            paragraphs[last].text = String(decoding: paragraphs[last].text.utf8.dropLast(close), as: UTF8.self)
            remark(from, drop: 1)
            from = last + 1
        }
        // Bold and italic opened on a line of their own (`***\` / `Nơi nhận:\` / `***- Ban …;\`, as a
        // page's `<b><i><br>Nơi nhận:` comes out): opened on the next line.
        if paragraphs.count > 2, paragraphs[0].text == "***" {
            paragraphs.remove(at: 0)
            remark(0, open: "***")
        }
        // Bold and italic over the first line, closed where the second opens (`***Nơi nhận:\` /
        // `***- Ủy ban …;\`): neither line's.
        if paragraphs.count > 1, paragraphs[0].text.hasPrefix("***"), !paragraphs[0].text.hasPrefix("****"),
           !paragraphs[0].text.dropFirst(3).contains("*"), paragraphs[1].text.hasPrefix("***"), !paragraphs[1].text.hasPrefix("****") {
            remark(0, drop: 3)
            remark(1, drop: 3 + paragraphs[1].text.utf8.dropFirst(3).prefix { $0 == Bytes.space }.count)
        }
        // A bold span over the cell's lines (pandoc's Markdown: `**HỘI ĐỒNG NHÂN DÂN\` / `TỈNH NGHỆ
        // AN\` / `\-\-\-**`), to the first line that closes it: each line bold of its own. Closed
        // on a line of its own (`**KT. THỦ TƯỚNG\` … `**` / `**Trần Hồng Hà**`), that line is none.
        func marks(_ t: String) -> Int { LineMarkup.boldParts(t).count - 1 }
        if paragraphs.count > 1, let first = paragraphs.first?.text, first.hasPrefix("**"), !first.hasPrefix("***"), marks(first) % 2 == 1,
           let end = paragraphs.indices.dropFirst().first(where: { marks(paragraphs[$0].text) % 2 == 1 }), paragraphs[end].text.hasSuffix("**") {
            for k in 0...end {
                remark(k, open: k == 0 ? "" : "**", close: k == end ? "" : "**")
            }
            if paragraphs[end].text == "****" { paragraphs.remove(at: end) }
        }
        return (paragraphs.map { $0.text }.joined(separator: "<br>"), paragraphs)
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
        if let rows = headerlessColumns(entries, from: start, placing: &placed) { return rows }
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
        var table = ColumnRows(starts: starts, rows: [(entries[headerStart].line, 1, cells(header, starts).row)])
        var k = rule + 1
        while k < entries.count, consecutive(k) {
            let s = Array(entries[k].text.unicodeScalars)
            if opening, isFullRule(s) {
                table.flush()
                k += 1
                guard table.rows.count > 1 else { return nil }
                placed.merge(table.cells) { a, _ in a }
                return (table.rows, k)
            }
            if s.allSatisfy({ $0 == " " }) {
                // A blank line: between rows of a multiline table, the end of a simple one.
                if !opening { break }
                table.flush()
            } else {
                table.block.append((entries[k].line, s))
                if !opening { table.flush() }
            }
            k += 1
        }
        // A multiline table without its closing rule is no such table.
        guard !opening else { return nil }
        table.flush()
        guard table.rows.count > 1 else { return nil }
        placed.merge(table.cells) { a, _ in a }
        return (table.rows, k)
    }

    /// A multiline table without a header (pandoc writes a header's and a signature's layout tables
    /// so): its column rule opens it and closes it, its rows a blank line apart between (and after a
    /// lone row). With no blank line between its rules it is a simple table without a header, each
    /// line a row (pandoc writes a form's blank table so: `STT   Họ và tên` / `1\.` / `2\.`).
    private static func headerlessColumns(_ entries: [Entry], from start: Int, placing placed: inout [Int: [[TextBlock]]]) -> ([Entry], Int)? {
        let opening = Array(entries[start].text.unicodeScalars)
        guard let starts = columnRule(opening), start + 2 < entries.count,
              !entries[start + 1].text.unicodeScalars.allSatisfy({ $0 == " " }) else { return nil }
        func consecutive(_ k: Int) -> Bool { k < entries.count && entries[k].line == entries[k - 1].line + 1 }
        var table = ColumnRows(starts: starts)
        var k = start + 1, blank = false
        while consecutive(k) {
            let s = Array(entries[k].text.unicodeScalars)
            if s == opening {
                if !blank {
                    for l in table.block {
                        table.block = [l]
                        table.flush()
                    }
                }
                table.flush()
                guard !table.rows.isEmpty else { return nil }
                placed.merge(table.cells) { a, _ in a }
                // The rows, a blank line after them: the table ends there.
                return (table.rows + [(entries[k].line, 1, "")], k + 1)
            }
            // A header's rule under the first row: this is the header's, not a headerless table.
            if columnRule(s) != nil { return nil }
            if s.allSatisfy({ $0 == " " }) {
                blank = true
                table.flush()
            } else {
                table.block.append((entries[k].line, s))
            }
            k += 1
        }
        return nil
    }

    /// A column-aligned table's rows as they are read: each block of lines (a row) made a row line,
    /// its cells' paragraphs kept by the row's line.
    private struct ColumnRows {
        let starts: [Int]
        var rows: [Entry] = []
        var cells: [Int: [[TextBlock]]] = [:]
        var block: [(line: Int, scalars: [Unicode.Scalar])] = []

        mutating func flush() {
            if let first = block.first {
                let (row, texts) = DrawnTables.cells(block.map(\.scalars), starts)
                rows.append((first.line, 1, row))
                let lines = block.map(\.line)
                cells[first.line] = texts.map { cell in
                    cell.map { [TextBlock(text: $0.text, line: lines[$0.firstLine], breaks: $0.breaks)] } ?? []
                }
            }
            block = []
        }
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
            cells.append(cellText(raw.map { $0.hasSuffix("\\") && !$0.hasSuffix("\\\\") ? String($0.dropLast()) : $0 }.filter { !$0.isEmpty }.joined(separator: " ")))
            // A backslash ending a cell's line is Markdown's line break, no text.
            let pieces = raw.map { LineMarkup.unescaped($0.hasSuffix("\\") && !$0.hasSuffix("\\\\") ? String($0.dropLast()) : $0) }
            var joined = JoinedLines()
            for (k, piece) in pieces.enumerated() where !piece.isEmpty { joined.add(piece, line: k) }
            texts.append(joined.isEmpty ? nil : (joined.text, joined.firstLine, joined.breaks))
        }
        // An empty cell as a bar a space apart (`1. | | |`): two spaces in a row of rows one after
        // another are a line break in a cell (markitdown's, `LineMarkup.breakingAtDoubleSpaces`).
        var row = cells.first ?? ""
        for cell in cells.dropFirst() { row += cell.isEmpty ? " |" : " | " + cell }
        return (row + " |", texts)
    }

    // MARK: - Text

    /// The trimmed text of `s[from..<to]` (clamped to the line).
    private static func text(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> String {
        guard from < s.count else { return "" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[from..<min(to, s.count)])
        return String(out).collapsingSpaces
    }

    /// A rule drawn in text (`-------`, `^_____`), three characters at least (a dash alone is a dash).
    private static func isRuleText(_ t: String) -> Bool {
        t.utf8.count >= 3 && HeaderParser.isRule(t)
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
            if !WrapJoiner.joinsTight(text, piece) { text += " " }
            breaks += [Int](repeating: text.utf8.count, count: max(1, line - lastLine))
        }
        lastLine = line
        text += piece
    }
}

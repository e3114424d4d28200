import VanBanModel

/// Tables laid out in columns of spaces, as `pdftotext -layout` writes a PDF's ruled tables: no rule
/// and no `|`, each cell's lines at its column's character position, the header's words centred over
/// their columns, a row's cells side by side over as many lines as its tallest cell needs.
///
/// Only a table with an index column (a header opening with `TT` or `STT`) is read so: its index is
/// what opens a row. The columns are the rivers of the data lines, the positions where no word
/// stands; a line may cross one (pdftotext squeezes a line whose words do not fit its grid), so a
/// few crossings are allowed where the words of other lines start a column right after. A crossing
/// line is read by its words' positions and reported (P01) at its row: its cells may be misplaced.
///
/// Each table becomes `A | B |` row lines, as `DrawnTables` writes its tables, so the row forms'
/// tokenizer reads them as any other rows. A page break inside the table (blank lines, a page number,
/// the header repeated on the next page) is left out.
enum LaidOutTables {
    typealias Entry = (line: Int, column: Int, text: String)

    /// The lines with every laid-out table replaced by its rows; crossing lines noted in `notes`.
    /// Each row's cells' paragraphs, with the lines they start on, are left in `placed` by the row's line.
    static func rows(_ entries: [Entry], pageBreaks: Set<Int>, notes: inout [Diagnostic], placing placed: inout [Int: [[TextBlock]]]) -> [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(entries.count)
        var k = 0
        while k < entries.count {
            // (A row already, `STT | Họ và tên |` of a drawn table, is none of a laid-out table's lines.)
            if entries[k].text.containsBytes("TT "), entries[k].text.utf8.last != UInt8(ascii: "|"), let (rows, end) = table(entries, from: k, pageBreaks: pageBreaks, notes: &notes, placing: &placed) {
                // A table that could not be read keeps its lines, and is not tried again at its header
                // repeated on each page.
                out += rows ?? Array(entries[k..<end])
                // A table's rows end it: the next table's, right after, are not more of them.
                if let last = rows?.last { out.append((last.line, 1, "")) }
                k = end
            } else {
                out.append(entries[k])
                k += 1
            }
        }
        return out
    }

    /// A word of a laid-out line: where it stands (in characters) and its text.
    struct Word: Equatable {
        var start: Int
        var end: Int
        var text: String
    }

    /// The words of a line (split at spaces), a page's form feed left out.
    static func words(_ line: String) -> [Word] {
        var out: [Word] = []
        var current: [UInt8] = []
        var start = 0, position = 0
        func flush() {
            if !current.isEmpty { out.append(Word(start: start, end: position, text: String(decoding: current, as: UTF8.self))) }
            current.removeAll(keepingCapacity: true)
        }
        for b in line.utf8 where b != 0x0C && b != 0x0D {
            if b == 0x20 || b == 0x09 {
                flush()
                position += 1
                continue
            }
            if current.isEmpty { start = position }
            current.append(b)
            if Bytes.isScalarStart(b) { position += 1 }
        }
        flush()
        return out
    }

    /// `TT`, `STT`, `Số TT`, `Số thứ tự` opening a header line.
    static func isIndexHeader(_ words: [Word]) -> Bool {
        (1...3).contains { n in n <= words.count && TableAssembler.isIndexHeader(words[..<n].map(\.text).joined(separator: " ")) }
    }

    /// What opens a row in an index column: `1`, `1.`, `1.1`, `I`, `IV.`, `A`, `B.`, `a)`, `đ)`.
    static func isIndex(_ t: String) -> Bool {
        var b = Array(t.utf8)
        if let last = b.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ")") { b.removeLast() }
        guard !b.isEmpty, b.count <= 8 else { return false }
        if b.allSatisfy({ Bytes.isDigit($0) || $0 == UInt8(ascii: ".") }) { return Bytes.isDigit(b[0]) }
        if b.allSatisfy({ "IVXLC".utf8.contains($0) }) { return b.count <= 6 }
        if b.count == 1, (b[0] >= 0x41 && b[0] <= 0x5A) || (b[0] >= 0x61 && b[0] <= 0x7A) { return true }
        return t == "đ)" || t == "Đ." || t == "đ."
    }

    /// A total row's label, capitalized: `Tổng cộng`, `Cộng`, `Tổng số` (not a cell's line `cộng đồng`).
    private static func isTotal(_ words: [Word]) -> Bool {
        guard let first = words.first.map({ Array($0.text.utf8) }), Case.startsLower(first, 0, first.count) == false else { return false }
        return TableBuilder.isTotalLabel(words.prefix(3).map(\.text).joined(separator: " "))
    }

    /// A boundary between two columns: the river's first position (widened to the left where a
    /// squeezed line crosses it; the data's words are placed by it), the next column's start, and
    /// where the part no word covers starts (the header's centred words are placed by it).
    private struct Boundary {
        var riverStart: Int
        var columnStart: Int
        var openStart: Int
    }

    /// The table whose header opens at `h`: its row lines and where it ends; nil rows for one whose
    /// columns could not be told (too few rows, or pages that lay out different numbers of columns);
    /// nil when no table opens there.
    private static func table(_ entries: [Entry], from h: Int, pageBreaks: Set<Int>, notes: inout [Diagnostic],
                              placing placed: inout [Int: [[TextBlock]]]) -> (rows: [Entry]?, end: Int)? {
        let headerWords = words(entries[h].text)
        guard headerWords.count >= 3, isIndexHeader(headerWords), let indexStart = headerWords.first?.start else { return nil }
        let header0 = headerWords.map(\.text)
        /// A line that opens a row: an index in the index column, or a total's label (which may stand
        /// in the column after it, the index left empty).
        func opensRow(_ w: [Word]) -> Bool {
            guard let first = w.first else { return false }
            return (abs(first.start - indexStart) <= 2 && isIndex(first.text) && w.count >= 2) || isTotal(w)
        }
        func consecutive(_ k: Int) -> Bool { entries[k].line == entries[k - 1].line + 1 }
        // The header's lines, up to the first row.
        var k = h + 1
        var headerLines = [headerWords]
        var elsewhere = false  // in the header of another table, repeated atop the next page
        while k < entries.count, consecutive(k), k - h <= 16 {
            let w = words(entries[k].text)
            if opensRow(w) { break }
            // A header at a page's foot, its rows on the next page, whose top repeats the header of
            // the table before (as LibreOffice lays it out, and pdftotext reads it): that one is skipped.
            if entries[k].text.utf8.contains(0x0C), isIndexHeader(w) { elsewhere = true }
            guard let first = w.first, first.start > indexStart + 1 || elsewhere else { return nil }
            if !elsewhere { headerLines.append(w) }
            k += 1
        }
        guard k < entries.count, consecutive(k) else { return nil }
        // The data lines: rows and their continuation lines, across page breaks. A page that repeats
        // the header may lay the table out on a grid of its own (pdftotext scales each page's lines
        // its own way), so it has its own columns, told with its own header.
        var pages: [(header: [[Word]], lines: [(line: Int, words: [Word])])] = [(headerLines, [])]
        /// The header repeated at the top of a page, from `k`: the index after it, and its lines.
        func repeatedHeader(at k: Int) -> (end: Int, lines: [[Word]])? {
            guard words(entries[k].text).map(\.text) == header0, k + headerLines.count <= entries.count else { return nil }
            return (k + headerLines.count, entries[k..<k + headerLines.count].map { words($0.text) })
        }
        var turning = false  // a page break was passed: the next line opens a page
        while k < entries.count {
            let entry = entries[k]
            let w = pageBreaks.contains(entry.line) ? [] : words(entry.text)
            if w.isEmpty {
                // Blank lines, a page's number: the table goes on if a row, the header repeated or a
                // new page follows.
                var next = k
                while next < entries.count, pageBreaks.contains(entries[next].line) || words(entries[next].text).isEmpty {
                    turning = turning || entries[next].text.utf8.contains(0x0C)
                    next += 1
                }
                guard next < entries.count, opensRow(words(entries[next].text)) || repeatedHeader(at: next) != nil
                        || entries[next].text.utf8.contains(0x0C) else { break }
                k = next
                continue
            }
            if turning || entry.text.utf8.contains(0x0C) || w.map(\.text) == header0 {
                turning = false
                // A new page: its top may repeat the header, then a row or a row's further lines.
                if let repeated = repeatedHeader(at: k) {
                    pages.append((repeated.lines, []))
                    k = repeated.end
                    guard k < entries.count, let first = words(entries[k].text).first, first.start > indexStart + 1 || opensRow(words(entries[k].text)) else { break }
                    continue
                }
                // Without its header repeated, a page is taken to lay the table out on the same grid.
            }
            guard let first = w.first else { break }
            if !opensRow(w) {
                // A row's further lines leave the index column empty; anything else ends the table.
                guard first.start > indexStart + 1, pages.contains(where: { !$0.lines.isEmpty }) else { break }
            }
            pages[pages.count - 1].lines.append((entry.line, w))
            k += 1
        }
        let data = pages.flatMap(\.lines)
        guard data.filter({ opensRow($0.words) }).count >= 2 else { return nil }
        /// A group's title in capitals after its index (`II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH`): it may run
        /// across the columns, so it tells none.
        func isGroupTitle(_ w: [Word]) -> Bool {
            guard let index = w.first, w.count >= 2, opensRow(w), TableBuilder.isGroupIndex(index.text) else { return false }
            return Case.isUpper(w.dropFirst().map(\.text).joined(separator: " "))
        }
        let grids = pages.filter { !$0.lines.isEmpty }.map { page in
            let kept = page.lines.map(\.words).filter { !isGroupTitle($0) }
            return columns(kept, header: page.header, indexStart: indexStart) ?? []
        }
        // Every page has as many columns as the first, three at least.
        guard let grid0 = grids.first, grid0.count >= 2, grids.allSatisfy({ $0.count == grid0.count }) else {
            notes.append(Diagnostic(rule: "P03", severity: .info,
                message: "a table laid out in columns (as `pdftotext -layout` writes one) could not be read: \(grids.count > 1 ? "its pages do not line up in the same columns" : "its columns could not be told apart"); its lines are kept as text",
                line: entries[h].line, column: 1))
            return (nil, k)
        }
        func column(_ w: Word, _ grid: [Boundary]) -> Int { grid.lastIndex { $0.riverStart <= w.start }.map { $0 + 1 } ?? 0 }

        let width = grid0.count + 1

        var rows: [Entry] = []
        // The header: each column's words, line after line.
        rows.append((entries[h].line, 1, InlinePipeTokenizer.rowText(headerTexts(headerLines, grid0))))
        // The rows: each cell's lines, line after line.
        var cells: [[(line: Int, text: String)]] = []
        var rowLine = 0
        var rowCells: [Int: [[TextBlock]]] = [:]
        var squeezed: [(row: Int, line: Int, word: String)] = []
        var squeezedLines = 0
        func flush() {
            if !cells.isEmpty {
                let joined = cells.map(joinLines)
                rows.append((rowLine, 1, InlinePipeTokenizer.rowText(joined.map(\.text))))
                rowCells[rowLine] = joined.map { cell in zip(cell.text.split(separator: "\n"), cell.lines).map { TextBlock(text: String($0), line: $1) } }
            }
            cells = []
        }
        for (page, grid) in zip(pages.filter { !$0.lines.isEmpty }, grids) {
            for (n, line) in page.lines {
                if opensRow(line) || cells.isEmpty {
                    flush()
                    rowLine = n
                    cells = [[(line: Int, text: String)]](repeating: [], count: width)
                }
                var parts = [[String]](repeating: [], count: width)
                for w in line { parts[column(w, grid)].append(w.text) }
                // A group's row (`II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH`) spans the width when its title stands
                // in the index column or runs across a column's start. It stands in every cell, as a
                // spanning cell does.
                if isGroupTitle(line), let title = line.dropFirst().first, let next = grid.first,
                   title.start < next.columnStart - 1 || line.contains(where: { w in grid.contains { w.start < $0.columnStart && w.end > $0.columnStart } }) {
                    let text = line.map(\.text).joined(separator: " ")
                    cells = [[(line: Int, text: String)]](repeating: [(n, text)], count: width)
                    continue
                }
                for (c, p) in parts.enumerated() where !p.isEmpty { cells[c].append((n, p.joined(separator: " "))) }
                // Text that runs on across a column's start, a word over it or one space before it:
                // the line was squeezed (a group row's title, alone after its index, may run across).
                if let crossing = squeezedWord(line, grid), !(opensRow(line) && parts.dropFirst(2).allSatisfy(\.isEmpty)) {
                    squeezedLines += 1
                    if squeezed.last?.row != rowLine { squeezed.append((rowLine, n, crossing.text)) }
                }
            }
        }
        flush()
        // Squeezed lines by the handful are reported at their rows; a table of more is not read.
        guard squeezedLines * 4 <= data.count else {
            notes.append(Diagnostic(rule: "P03", severity: .info,
                message: "a table laid out in columns (as `pdftotext -layout` writes one) could not be read: \(squeezedLines) of its \(data.count) lines run across its columns; its lines are kept as text",
                line: entries[h].line, column: 1))
            return (nil, k)
        }
        for (row, n, word) in squeezed {
            notes.append(Diagnostic(rule: "P01", severity: .error,
                message: "line \(n) of this row of a table laid out in columns runs across them (`\(word)`): pdftotext squeezed it, so the row's cells may be misplaced",
                line: row, column: 1))
        }
        placed.merge(rowCells) { $1 }
        return (rows, k)
    }

    /// The first word of a line that runs on across where a column starts: a word over the start, or
    /// a word at it (or past it) only one space after a word standing in the river before it.
    private static func squeezedWord(_ line: [Word], _ grid: [Boundary]) -> Word? {
        for b in grid {
            let start = b.columnStart - 1
            for (k, w) in line.enumerated() where w.start < start {
                if w.end > b.columnStart { return w }
                if w.start >= b.riverStart, k + 1 < line.count, line[k + 1].start >= start, line[k + 1].start - w.end < 2 { return line[k + 1] }
            }
        }
        return nil
    }

    /// A header line's words with their columns. The header's words stand centred, so each is placed
    /// by where the open part of a river starts; a squeezed run of words (`Cơ quan Cơ quan Thời`, single
    /// spaces across two boundaries) is cut before the capital nearest each boundary it reaches, as a
    /// header cell opens with a capital (`phối hợp gian`: before the word nearest).
    private static func headerColumns(_ line: [Word], _ grid: [Boundary], first isFirst: Bool) -> [(Word, Int)] {
        func byPosition(_ w: Word) -> Int { grid.lastIndex { $0.openStart <= w.start }.map { $0 + 1 } ?? 0 }
        // The pieces: words one space apart.
        var pieces: [ArraySlice<Word>] = []
        var k = 0
        while k < line.count {
            var e = k + 1
            while e < line.count, line[e].start - line[e - 1].end < 2 { e += 1 }
            pieces.append(line[k..<e])
            k = e
        }
        // A line with a piece for each column (a header at the foot of a page, its rows on the next,
        // laid out on another grid) puts them in order.
        if pieces.count == grid.count + 1 {
            return pieces.enumerated().flatMap { c, piece in piece.map { ($0, c) } }
        }
        var out: [(Word, Int)] = []
        for (p, piece) in pieces.enumerated() {
            let k = piece.startIndex, e = piece.endIndex
            // The columns the piece reaches into (a squeezed line's words fall short of their own);
            // not the next piece's.
            let first = byPosition(piece[k])
            var last = max(byPosition(piece[e - 1]), grid.lastIndex { $0.riverStart < piece[e - 1].end }.map { $0 + 1 } ?? 0)
            if p + 1 < pieces.count { last = min(last, byPosition(line[e]) - 1) }
            let capitals = piece.indices.dropFirst().filter { let b = Array(piece[$0].text.utf8); return Case.startsLower(b, 0, b.count) == false }
            if last > first, piece.count > last - first {
                // Cut before the capital nearest each boundary the piece reaches, in order; short of
                // capitals, before the word, but not on the first line, where the cells' texts open.
                let candidates = capitals.count >= last - first || isFirst ? capitals : Array(piece.indices.dropFirst())
                var cuts: [Int] = []
                for b in grid[first..<last] {
                    let open = candidates.filter { c in cuts.last.map { c > $0 } ?? true }
                    guard let cut = open.min(by: { abs(piece[$0].start - b.columnStart) < abs(piece[$1].start - b.columnStart) }) else { break }
                    cuts.append(cut)
                }
                var column = first
                for i in piece.indices {
                    if cuts.contains(i) { column += 1 }
                    out.append((piece[i], column))
                }
            } else {
                for w in piece { out.append((w, byPosition(w))) }
            }
        }
        return out
    }

    /// The boundaries between columns: rivers of the data lines right before where a column's words
    /// start (after two spaces at least). A river no word covers stands before a column whose words start there (or whose header
    /// word does); where a squeezed line crosses, a river few words cover stands before a column
    /// whose words start there on two lines at least.
    private static func columns(_ lines: [[Word]], header: [[Word]], indexStart: Int) -> [Boundary]? {
        guard let right = lines.joined().map(\.end).max(), right > indexStart + 1 else { return nil }
        var cover = [Int](repeating: 0, count: right + 1)
        var starts = [Int](repeating: 0, count: right + 2)
        for line in lines {
            for (k, w) in line.enumerated() {
                for x in w.start..<w.end { cover[x] += 1 }
                // Only a word set apart by two spaces or more opens a column's text (`Sở Giao`, `Sở Y
                // tế`: aligned second words are no column).
                if k == 0 || w.start - line[k - 1].end >= 2 { starts[w.start] += 1 }
            }
        }
        let headerStarts = header.joined().map(\.start)
        /// The runs of positions covered by at most `most` words, each with where the next word stands.
        func runs(coveredBy most: Int) -> [Boundary] {
            var out: [Boundary] = []
            var x = indexStart + 1
            while x < right {
                guard cover[x] <= most else { x += 1; continue }
                var e = x
                while e < right, cover[e] <= most { e += 1 }
                if e < right { out.append(Boundary(riverStart: x, columnStart: e, openStart: x)) }
                x = e
            }
            return out
        }
        var out = runs(coveredBy: 0).filter { r in
            let here = starts[r.columnStart - 1] + starts[r.columnStart] + starts[r.columnStart + 1]
            return here >= 2 || (here == 1 && headerStarts.contains { $0 >= r.riverStart && $0 <= r.columnStart + 1 })
        }
        // One line in eight may cross (one in a table of five lines or more; none in a smaller one).
        let allowed = lines.count >= 5 ? max(1, lines.count / 8) : 0
        if allowed > 0 {
            for r in runs(coveredBy: allowed) where starts[r.columnStart] >= 2 {
                // A river a squeezed line crosses: kept unless an open one already ends there.
                if let same = out.firstIndex(where: { abs($0.columnStart - r.columnStart) <= 1 }) {
                    out[same].riverStart = min(out[same].riverStart, r.riverStart)
                } else {
                    out.append(r)
                }
            }
            out.sort { $0.columnStart < $1.columnStart }
        }
        // A header cell opens with a capital: a column whose header opens in lower case (`Tiến` /
        // `độ`) continues the one before it, split by words that happen to line up.
        while let c = headerTexts(header, out).indices.dropFirst().first(where: { c in
            let t = Array(headerTexts(header, out)[c].utf8)
            return Case.startsLower(t, 0, t.count) == true
        }) {
            out.remove(at: c - 1)
        }
        return out
    }

    /// Each column's header text.
    private static func headerTexts(_ header: [[Word]], _ grid: [Boundary]) -> [String] {
        var head = [[String]](repeating: [], count: grid.count + 1)
        for (n, line) in header.enumerated() { for (w, c) in headerColumns(line, grid, first: n == 0) { head[c].append(w.text) } }
        return head.map { $0.joined(separator: " ") }
    }

    /// A cell's lines as one text: a wrapped line joins with a space, a list item (`- …`, `+ …`) opens
    /// a paragraph of its own, and a number cut by the cell's edge (`12/202` / `5`) joins its tail.
    /// A cell's lines joined into its paragraphs, and the line each paragraph starts on.
    private static func joinLines(_ cell: [(line: Int, text: String)]) -> (text: String, lines: [Int]) {
        var out = ""
        var starts: [Int] = []
        for (n, l) in cell {
            guard let lastOut = out.utf8.last else { out = l; starts.append(n); continue }
            if l.hasPrefix("- ") || l.hasPrefix("+ ") || l.hasPrefix("• ") {
                out += "\n" + l
                starts.append(n)
            } else if let next = l.utf8.first, Bytes.isDigit(next), let word = out.split(separator: " ").last,
                      (Bytes.isDigit(lastOut) && l.utf8.allSatisfy(Bytes.isDigit) && (word.contains("/") || word.contains(".")))
                        || (lastOut == UInt8(ascii: "-") && word.utf8.first.map(Bytes.isDigit) == true) {
                // `12/202` / `5`, `2024-` / `2025`.
                out += l
            } else {
                out += " " + l
            }
        }
        return (out, starts)
    }

}

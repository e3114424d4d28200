import VanBanModel

/// Tokenizer for the `inline-pipe` form: each table row on one line, cells separated by ` | ` and
/// ending with ` |` (GFM tables too: a leading `|`, the `| --- |` row). Site metadata rows (`Số hiệu |
/// 97/2025/QĐ-UBND |`) become plain paragraphs before the document; literal `\r\n` escape text and
/// `<br>` are read as line breaks. The marks of Markdown and of a PDF's page breaks are dropped
/// first (`LineMarkup`).
public struct InlinePipeTokenizer {
    public init() {}

    static let metadataLabels = [
        "Số hiệu", "Loại văn bản", "Nơi ban hành", "Cơ quan ban hành", "Người ký", "Ngày ban hành", "Ngày hiệu lực",
        "Ngày có hiệu lực", "Ngày công báo", "Số công báo", "Tình trạng", "Lĩnh vực", "Ngày hết hiệu lực", "Tình trạng hiệu lực",
    ]

    /// The cells of a row without its last `|`; `\|` (Markdown's escaped pipe) is a pipe in a cell.
    static func cells(_ row: String) -> [String] {
        guard row.containsBytes("\\|") else { return row.components(separatedByBytes: "|").map { $0.trimmed() } }
        return row.replacingAll("\\|", with: "\u{0}").components(separatedByBytes: "|").map { $0.replacingAll("\u{0}", with: "|").trimmed() }
    }

    /// The offset in a row's text of each of its cells' first character (past the spaces after its
    /// bar), one per cell as `cells` splits the row without its last bar.
    static func cellStarts(_ row: String) -> [Int] {
        let b = Array(row.utf8.dropLast())
        var starts: [Int] = []
        var k = 0
        while true {
            var s = k
            while s < b.count, b[s] == Bytes.space { s += 1 }
            starts.append(s)
            guard let bar = b[k...].firstIndex(of: UInt8(ascii: "|")) else { break }
            k = bar + 1
        }
        return starts
    }

    /// A row line as this form writes it, for tables other readers find in a text: cells between
    /// ` | `, a `|` in a cell escaped, a line break in a cell as `<br>`.
    static func rowText(_ cells: [String]) -> String {
        cells.map { $0.replacingAll("|", with: "\\|").replacingAll("\n", with: "<br>") }.joined(separator: " | ") + " |"
    }

    /// A cell of a GFM separator row: `---`, `:--`, `--:`, `:-:`.
    /// A list item whose marker a tab follows (`-\tSở Y tế;`, `1.\tMục đích`, `a)\tTuyên truyền`, as
    /// Word saves its lists as plain text), the tab its only one: the tab as a space, so the item is
    /// no row of two cells. A row's index without a stop (`1\tRà soát`) stays a row.
    package static func untabbingMarker(_ text: String) -> String {
        guard text.utf8.contains(Bytes.tab) else { return text }
        let b = Array(text.utf8)
        // The line's indent (spaces, tabs) stays out: ` 1.<TAB>Mục đích` is the same item.
        let start = b.firstIndex(where: { $0 != Bytes.space && $0 != Bytes.tab }) ?? b.count
        guard let tab = b[start...].firstIndex(of: Bytes.tab), tab > start, !b[(tab + 1)...].contains(Bytes.tab),
              !Bytes.isDigit(b[tab - 1]), !Bytes.isASCIILower(b[tab - 1]), !Bytes.isASCIIUpper(b[tab - 1]),
              let marker = Markers.match(b, start, b.count), marker.contentStart > tab, tab + 1 < b.count else { return text }
        var out = Array(b[start...])
        out[tab - start] = Bytes.space
        return String(decoding: out, as: UTF8.self)
    }

    static func isSeparatorCell(_ cell: String) -> Bool {
        var core = Substring(cell)
        if core.hasPrefix(":") { core = core.dropFirst() }
        if core.hasSuffix(":") { core = core.dropLast() }
        return !core.isEmpty && core.allSatisfy { $0 == "-" }
    }

    /// Rows written like Markdown's but without its `| --- |` row (`| Nội dung | Cơ quan chủ trì |`):
    /// when every row of a table opens with a bar, the bar starts no cell. (This form's own rows
    /// open with one only where the first cell is empty, as a signature table's lower rows do.)
    static func droppingBarsBeforeRows(_ lines: inout [TextLines.Line]) {
        var k = 0
        while k < lines.count {
            guard lines[k].cells != nil else { k += 1; continue }
            var e = k + 1
            while e < lines.count, lines[e].cells != nil, !lines[e].afterBlank { e += 1 }
            if e - k >= 2, lines[k..<e].allSatisfy({ $0.opensWithBar && ($0.cells?.count ?? 0) > 1 }) {
                for j in k..<e {
                    lines[j].cells!.removeFirst()
                    if lines[j].cellBlocks?.count == lines[j].cells!.count + 1 { lines[j].cellBlocks!.removeFirst() } else { lines[j].cellBlocks = nil }
                    lines[j].text = lines[j].cells!.joined(separator: ": ")
                    lines[j].opensWithBar = false
                    if lines[j].cellWidths?.count == lines[j].cells!.count + 1 { lines[j].cellWidths!.removeFirst() } else { lines[j].cellWidths = nil }
                }
            }
            k = e
        }
    }

    /// Rows drawn in padded columns whose cells wrap (antiword: `|1   |Rà soát văn bản |` / `|    |quy
    /// phạm pháp    |`): a row right under another of the same widths, its first cell empty, each of
    /// its other cells under one whose last line its first word would not have fitted on, goes on
    /// that row's cells (a total's row, `|    |Tổng cộng |`, under short cells is a row).
    static func joiningWrappedCells(_ lines: inout [TextLines.Line]) {
        func firstWord(_ t: String) -> Int { TextLines.characters(String(t.split(separator: " ").first ?? "")) }
        // The row above as last drawn: each cell's text on its last line.
        var drawn = lines.first?.cells ?? []
        var k = 1
        while k < lines.count {
            guard let widths = lines[k].cellWidths, let cells = lines[k].cells, !lines[k].afterBlank, cells.first?.isEmpty == true,
                  lines[k - 1].cellWidths == widths, let above = lines[k - 1].cells, above.count == cells.count, drawn.count == cells.count,
                  cells.contains(where: { !$0.isEmpty }),
                  cells.indices.allSatisfy({ j in cells[j].isEmpty || !drawn[j].isEmpty && TextLines.characters(drawn[j]) + 1 + firstWord(cells[j]) > widths[j] })
            else {
                drawn = lines[k].cells ?? []
                k += 1
                continue
            }
            var joined = above
            for j in cells.indices where !cells[j].isEmpty {
                joined[j] += " " + cells[j]
                drawn[j] = cells[j]
            }
            lines[k - 1].cells = joined
            lines[k - 1].text = joined.joined(separator: ": ")
            lines[k - 1].cellBlocks = nil
            lines.remove(at: k)
        }
    }

    public func tokenize(_ source: SourceText) -> [Block] {
        var notes: [Diagnostic] = []
        return tokenize(source, notes: &notes)
    }

    /// The blocks; what the tokenizer finds wrong in the text's own layout (a laid-out table's line
    /// that runs across its columns) is added to `notes`. `embedded` tables, read by another reader
    /// (raw HTML inside Markdown), stand for the lines they span.
    public func tokenize(_ source: SourceText, notes: inout [Diagnostic], embedded: [EmbeddedTable] = []) -> [Block] {
        var lines: [TextLines.Line] = []
        var pending: [TextLines.Line] = []  // lines that continue into the next row's first cell
        var blank = false
        var inGFMTable = false
        let pageBreaks = LineMarkup.pageBreakLines(source)
        // What only some texts carry is looked for once, over the bytes: tabs, drawn tables, escapes.
        let has = { (needle: String) in source.bytes.withUnsafeBufferPointer { hay in Array(needle.utf8).withUnsafeBufferPointer { Bytes.search(hay, $0) != nil } } }
        let tabbed = has("\t"), escaped = has("\\")
        // A text browser's link numbers and its list of their targets (`lynx -dump`) are not the text.
        var columns = EmbeddedTable.replacing(LinkReferences.removing(LineMarkup.columnsApart(source, tabbed: tabbed), in: source), with: embedded)
        if tabbed { columns = columns.map { ($0.line, $0.column, Self.untabbingMarker($0.text)) } }
        // An embedded or drawn table's cells keep the lines their paragraphs stand on, by their row's line.
        var placedCells: [Int: [[TextBlock]]] = [:]
        for row in embedded.lazy.flatMap(\.rows) where row.cellBlocks.count == row.cells.count { placedCells[row.line] = row.cellBlocks }
        // An embedded table's header of two or three rows, by its first row's line.
        var headerRowsAt: [Int: Int] = [:]
        for table in embedded where table.headerRows > 1 { if let first = table.rows.first { headerRowsAt[first.line] = table.headerRows } }
        var drawn = has("+-") || has("- -") || has("─") || has("═") ? DrawnTables.rows(columns, placing: &placedCells) : columns
        if has("---|") || has("--|:") { drawn = EdgelessTables.rows(drawn, placing: &placedCells) }
        var laidOut = !tabbed && has("TT  ") ? LaidOutTables.rows(drawn, pageBreaks: pageBreaks, notes: &notes, placing: &placedCells) : drawn
        if ParagraphCells.mayHold(source.bytes) { laidOut = ParagraphCells.rows(laidOut) }
        let joined = tabbed ? LineMarkup.joiningCellBreaks(laidOut) : laidOut
        // pandoc 3's Markdown wraps its paragraphs, and with them the marks around their text.
        var continued: Set<Int> = []  // lines inside a mark or span opened on the line before
        var spanned = has("]{") || has("](") ? LineMarkup.spansOverLines(joined, continued: &continued) : joined
        if has("</") {
            LineMarkup.tagsOverLines(&spanned, continued: &continued)
            // The inline tags go now (each line's reading drops them too), so that the marks around
            // them pair (`**<span …>**Điều 1.` / `… dụng**</span>**`).
            for k in spanned.indices where spanned[k].text.utf8.contains(UInt8(ascii: "<")) && !LineMarkup.endsRow(Array(spanned[k].text.utf8)) {
                spanned[k].text = LineMarkup.withoutInlineTags(spanned[k].text)
            }
        }
        if has("*") {
            spanned = LineMarkup.marksOverLines(spanned, bold: true, continued: &continued)
            spanned = LineMarkup.marksOverLines(spanned, bold: false, continued: &continued)
        }
        // pandoc's own Markdown (its fenced divs, its spans' attributes): a line after a line of text,
        // no blank line or hard break between, goes on with its paragraph, as Markdown reads it.
        if has("\n:::") || has("]{") { LineMarkup.paragraphLines(spanned, continued: &continued) }
        let entries = has("**") ? LineMarkup.markdownLists(LineMarkup.boldOverLines(spanned)) : spanned
        let tabRows = tabbed ? LineMarkup.tabRows(entries) : []
        for (index, (n, column, text)) in entries.enumerated() where !pageBreaks.contains(n) {
            if tabRows.contains(index) {
                // A tab-separated row: its cells as they stand, empty ones too.
                // A cell's own line breaks (a browser's copy) stay: its lines.
                // Each of a cell's lines stands on its own source line (the row's lines joined by "\n").
                var cells: [String] = [], placed: [[TextBlock]] = []
                var lineOfCell = n
                for cell in text.split(separator: "\t", omittingEmptySubsequences: false) {
                    var blocks: [TextBlock] = []
                    for (k, piece) in cell.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                        let t = String(piece).collapsingSpaces
                        if !t.isEmpty { blocks.append(TextBlock(text: t, line: lineOfCell + k)) }
                    }
                    lineOfCell += cell.utf8.count { $0 == 0x0A }
                    cells.append(blocks.map(\.text).joined(separator: "\n"))
                    placed.append(blocks)
                }
                let width = blank ? 1 : lines.last?.cells?.count ?? 1
                while let last = cells.last, last.isEmpty, cells.count > width { cells.removeLast(); placed.removeLast() }
                lines += pending
                pending = []
                var row = TextLines.Line(text: cells.joined(separator: ": "), number: n, column: 1, afterBlank: blank, cells: cells)
                row.cellBlocks = placed
                lines.append(row)
                blank = false
                inGFMTable = false
                continue
            }
            // A physical line is one row. Literal "\r\n" text from a bad export is a line break
            // inside it, so a cell and its "|" may stand on different escaped lines; so is `<br>`,
            // as GFM tables (and `vanban parse --format text|markdown`) write a break in a cell.
            let physical = LineMarkup.breakingAtBR(inGFMTable ? LineMarkup.breakingAtDoubleSpaces(text) : text)
            let pieces = physical.replacingAll("\\r\\n", with: "\n").components(separatedByBytes: "\n")
                .flatMap { LineMarkup.splittingGluedRule($0.collapsingSpaces) }
                .map { LineMarkup.withoutMarkdown($0, unescaping: escaped) }.filter { !$0.isEmpty }
            guard !pieces.isEmpty else {
                // A no-break space alone between two lines of text is a space between a paragraph's
                // pieces (a scraper's text nodes a line each: `Căn cứ` / `&nbsp;` / `Luật …`), no blank line.
                let between = !blank && index + 1 < entries.count && !entries[index + 1].text.isBlankText && !lines.isEmpty
                    && text.utf8.contains(0xA0) && text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\u{00A0}" }
                if !between { blank = true }
                inGFMTable = false
                continue
            }
            let joined = pieces.joined(separator: "\n")
            guard joined.endsWith("|") else {
                inGFMTable = false
                // Each piece stands where its text does in the line: the first past the indent
                // (`pdftotext -layout`; marks and escapes before it are left out of its visible
                // column later), a further one after the piece before (a literal `\r\n` or a `<br>`
                // between them).
                var from = text.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
                let raw = pieces.count > 1 ? Array(text.utf8) : []
                for (k, piece) in pieces.enumerated() {
                    if k > 0 {
                        let head = Array(piece.utf8.prefix { $0 != 0x20 }.prefix(12))
                        from = Bytes.find(raw, head, from: min(from, raw.count)) ?? from
                    }
                    var line = TextLines.Line(text: piece, number: n, column: column + from, afterBlank: blank, cells: nil)
                    line.continuesMark = k == 0 && continued.contains(n)
                    if pieces.count == 1, text.containsBytes("](") { line.writtenLength = TextLines.characters(text) }
                    if pieces.count > 1 { from += piece.utf8.prefix { $0 != 0x20 }.prefix(12).count }
                    blank = false
                    if let last = lines.last, last.cells != nil, !line.afterBlank, pieces.count == 1, Case.isUpper(piece), piece.utf8.count <= 60 {
                        pending.append(line)  // "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM |"
                    } else {
                        lines += pending
                        pending = []
                        lines.append(line)
                    }
                }
                continue
            }
            var cells = Self.cells(String(joined.dropLast()))
            // Where each cell starts in the row's visible text, for a row on one line (a cell holds no
            // line break then) without escaped pipes: its fields' places.
            var starts = pieces.count == 1 && !joined.containsBytes("\\|") ? Self.cellStarts(joined) : []
            if starts.count != cells.count { starts = [] }
            // A row drawn in padded columns (`|STT   |Nội dung công   |`, as antiword draws a table):
            // its cells' widths, to tell a cell wrapped onto the next line.
            var widths = !inGFMTable && pieces.count == 1 && text.utf8.first == UInt8(ascii: "|") && !joined.containsBytes("\\|")
                ? text.split(separator: "|", omittingEmptySubsequences: false).dropLast().map { $0.unicodeScalars.count } : []
            if widths.count != cells.count { widths = [] }
            // A GFM table (told by its `| --- |` row under the header): its rows open with a pipe
            // that starts no cell, and the separator row is no row.
            let opensWithPipe = joined.hasPrefix("|") && cells.count > 1 && cells[0].isEmpty
            // Empty cells at the end stand for empty columns up to the width of the row above (a row
            // ending `| Quý II/2024 |  |` has an empty note), a blank line between them or not (a text
            // of one paragraph per blank line parts its rows too); beyond it, or in a first row, they
            // are stray pipes.
            let width = (lines.last?.cells?.count ?? 1) + (inGFMTable && opensWithPipe ? 1 : 0)
            while let last = cells.last, last.isEmpty, cells.count > max(width, opensWithPipe ? 2 : 1) {
                cells.removeLast()
                if !starts.isEmpty { starts.removeLast() }
                if !widths.isEmpty { widths.removeLast() }
            }
            if opensWithPipe, cells.dropFirst().allSatisfy(Self.isSeparatorCell) {
                if let last = lines.last, let header = last.cells, header.count > 1, header[0].isEmpty {
                    lines[lines.count - 1].cells = Array(header.dropFirst())
                    if lines[lines.count - 1].cellBlocks?.count == header.count { lines[lines.count - 1].cellBlocks?.removeFirst() } else { lines[lines.count - 1].cellBlocks = nil }
                    lines[lines.count - 1].text = header.dropFirst().joined(separator: ": ")
                }
                // The row over it heads a table of its own, unless it runs on from rows above (a rule in
                // a header drawn between bars, `|-------   |-------   |`, is no separator).
                if let last = lines.last, last.cells != nil, last.afterBlank || lines.count < 2 || lines[lines.count - 2].cells == nil {
                    lines[lines.count - 1].headsTable = true
                }
                inGFMTable = true
                blank = false
                continue
            }
            if inGFMTable, opensWithPipe {
                cells.removeFirst()
                if !starts.isEmpty { starts.removeFirst() }
            }
            var line = TextLines.Line(text: cells.joined(separator: ": "), number: n, column: 1, afterBlank: blank, cells: nil)
            blank = false
            if let label = cells.first, cells.count >= 2, Self.metadataLabels.contains(where: { label.startsWith($0) }) {
                // Site metadata: a paragraph before the document.
                lines += pending
                pending = []
                lines.append(line)
                continue
            }
            if !pending.isEmpty {
                cells[0] = (pending.map(\.text) + [cells[0]]).joined(separator: "\n")
                line.number = pending[0].number
                pending = []
            } else if let blocks = placedCells[n], blocks.count == cells.count {
                line.cellBlocks = blocks
            } else if !starts.isEmpty {
                line.cellBlocks = zip(cells, starts).map { text, start in text.isEmpty ? [] : [TextBlock(text: text, line: n, column: 1 + start)] }
            }
            line.headerRows = headerRowsAt[n]
            line.cells = cells
            line.opensWithBar = opensWithPipe && !inGFMTable
            if !widths.isEmpty { line.cellWidths = widths }
            lines.append(line)
        }
        lines += pending
        Self.droppingBarsBeforeRows(&lines)
        Self.joiningWrappedCells(&lines)
        // Columns from here on count in the lines' visible text, as the texts do (spaces folded).
        var visible = VisibleColumns<PlainLines>(source)
        for k in lines.indices {
            if lines[k].column > 1 { lines[k].column = visible.visibleColumn(lines[k].column, line: lines[k].number) }
            // A drawn table's cells, placed in their lines' bytes.
            guard let cells = lines[k].cellBlocks, cells.contains(where: { $0.contains { $0.column > 1 } }) else { continue }
            lines[k].cellBlocks = cells.map { cell in
                cell.map { b in
                    var b = b
                    if b.column > 1 { b.column = visible.visibleColumn(b.column, line: b.line) }
                    return b
                }
            }
        }
        return TextLines.blocks(lines)
    }
}

/// A table inside a text that another reader read: raw HTML in Markdown, as pandoc's GFM writes a
/// table whose cells hold more than one paragraph (the header's and the signature's). It stands for
/// the text's lines `lines`; each row is given with the line it starts on.
public struct EmbeddedTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
        /// Each cell's paragraphs where they stand in the text, when the reader knows them.
        public var cellBlocks: [[TextBlock]]
        public init(line: Int, cells: [String], cellBlocks: [[TextBlock]] = []) {
            self.line = line
            self.cells = cells
            self.cellBlocks = cellBlocks
        }
    }

    public var lines: ClosedRange<Int>
    public var rows: [Row]
    /// How many leading rows are its header, as its reader found them (a two-level header's spans).
    public var headerRows: Int

    public init(lines: ClosedRange<Int>, rows: [Row], headerRows: Int = 1) {
        self.lines = lines
        self.rows = rows
        self.headerRows = headerRows
    }

    /// The lines with each table's lines replaced by its rows, as `A | B |` row lines (a cell's line
    /// breaks as `<br>`), and a blank line after them: the table ends there.
    static func replacing(_ entries: [(line: Int, column: Int, text: String)], with tables: [EmbeddedTable]) -> [(line: Int, column: Int, text: String)] {
        guard !tables.isEmpty else { return entries }
        var out: [(line: Int, column: Int, text: String)] = []
        var next = 0
        for e in entries {
            while next < tables.count, tables[next].lines.upperBound < e.line { next += 1 }
            guard next < tables.count, tables[next].lines.contains(e.line) else { out.append(e); continue }
            let table = tables[next]
            if e.line == table.lines.lowerBound {
                for row in table.rows { out.append((row.line, 1, InlinePipeTokenizer.rowText(row.cells))) }
                out.append((table.lines.upperBound, 1, ""))
            }
        }
        return out
    }
}

import VanBanModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tables whose cells stand one a paragraph, as docx2txt writes a Word file's tables: each cell's
/// text after a blank line (a line break inside it as a line of its own), an empty cell as two more
/// blank lines, the rows one after another with nothing between them.
///
/// A table whose header opens with `TT` or `STT` alone is read so: the header runs to the first row's
/// index (`1`, `I`, `A`, or a group's `I. LĨNH VỰC …`), every row then holds as many cells as the header and opens with an index (a
/// group's row, `I. LĨNH VỰC …` in one spanning cell, stands in every cell; its index and title in two
/// cells make a row of two). A table whose cells do not come out so (a cell of two paragraphs shifts
/// every cell after it) is left as its paragraphs.
///
/// The same tables with their cells one a line, no blank line between (LibreOffice's text export),
/// are read alike when every header cell names a column's role: there a cell of two lines shifts
/// the cells after it too.
///
/// Each table becomes `A | B |` row lines, as `DrawnTables` writes its tables.
enum ParagraphCells {
    typealias Entry = (line: Int, column: Int, text: String)

    /// Whether some line ends with `TT` (a header `TT` or `STT` alone), white space after it
    /// aside (`TT \r\n`): only then can the text hold such a table. Line ends found with `memchr`.
    static func mayHold(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return false }
            var start = 0
            while true {
                let end = memchr(base + start, 0x0A, buf.count - start).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? buf.count
                var e = end
                while e > start, buf[e - 1] == 0x20 || buf[e - 1] == 0x09 || buf[e - 1] == 0x0D { e -= 1 }
                if e - start >= 2, buf[e - 1] == 0x54, buf[e - 2] == 0x54 { return true }
                if end == buf.count { return false }
                start = end + 1
            }
        }
    }

    /// The lines with every such table replaced by its rows.
    static func rows(_ entries: [Entry]) -> [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(entries.count)
        var k = 0
        while k < entries.count {
            // After a blank line, docx2txt's cells (one a paragraph); otherwise one a line, as
            // LibreOffice's text export and pdftotext write a table's cells (an empty one a blank line).
            let apart = k == 0 || entries[k - 1].text.isBlankText
            if TableAssembler.isIndexHeader(entries[k].text.trimmed()),
               let (rows, end) = apart ? table(entries, from: k, cells: cells(entries, from: k))
                   : table(entries, from: k, cells: lineCells(entries, from: k), namedColumns: true) {
                out += rows
                out.append((rows[rows.count - 1].line, 1, ""))
                k = end
            } else {
                out.append(entries[k])
                k += 1
            }
        }
        return out
    }

    /// A cell: its text (lines joined by a line break), its first line, and the entry it opens at.
    private struct Cell {
        var text: String
        var line: Int
        var entry: Int
    }

    /// The cells from `h`: paragraphs, and the empty cells the blank lines between them stand for;
    /// up to a run of blank lines no cell could leave (an even one).
    private static func cells(_ entries: [Entry], from h: Int) -> [Cell] {
        var out: [Cell] = []
        var k = h
        while k < entries.count {
            var lines: [String] = []
            let start = k
            while k < entries.count, !entries[k].text.isBlankText {
                lines.append(entries[k].text.collapsingSpaces)
                k += 1
            }
            out.append(Cell(text: lines.joined(separator: "\n"), line: entries[start].line, entry: start))
            let blankStart = k
            while k < entries.count, entries[k].text.isBlankText { k += 1 }
            let blanks = k - blankStart
            guard k < entries.count, blanks % 2 == 1 else { break }
            for e in 0..<(blanks - 1) / 2 { out.append(Cell(text: "", line: entries[blankStart + 1 + 2 * e].line, entry: blankStart + 1 + 2 * e)) }
        }
        return out
    }

    /// The cells from `h`, one a line, a blank line an empty cell.
    private static func lineCells(_ entries: [Entry], from h: Int) -> [Cell] {
        entries[h...].indices.map { Cell(text: entries[$0].text.collapsingSpaces, line: entries[$0].line, entry: $0) }
    }

    /// The table whose header opens at `h`, read from its cells `items`; with `namedColumns`, only
    /// when every header cell after the index names a column's role (`Nội dung`, `Cơ quan chủ trì`,
    /// `Thời gian thực hiện` …): cells one a line leave a header wrapped in a narrow column (a PDF's
    /// `Nội dung công` / `việc`) no other tell.
    private static func table(_ entries: [Entry], from h: Int, cells items: [Cell], namedColumns: Bool = false) -> ([Entry], Int)? {
        // The header: to the first row's index.
        guard let f = items.indices.dropFirst(2).first(where: { ["1", "1.", "I", "I.", "A", "A."].contains(items[$0].text) || TableBuilder.isGroupTitle(items[$0].text) }) else { return nil }
        if namedColumns, !items[1..<f].allSatisfy({ ColumnRoles.role(of: $0.text) != nil }) { return nil }
        let width = f
        var rows: [[Cell]] = [Array(items[..<f])]
        var j = f
        // Rows are numbered 1, 2, 3 …, again from 1 after a group's row: a number out of turn is a
        // cell's (a score, a year), the cells before it shifted.
        var lastIndex = 0
        // Where the text ends: blank lines after it change nothing.
        let textEnd = (entries.lastIndex(where: { !$0.text.isBlankText }) ?? 0) + 1
        while j < items.count {
            let t = items[j].text
            let next = j + 1 < items.count ? items[j + 1].text : nil
            if TableBuilder.isGroupTitle(t), next.map(opensRow) ?? true {
                // A group's row in one cell spanning the width.
                rows.append([Cell](repeating: items[j], count: width))
                lastIndex = 0
                j += 1
            } else if TableBuilder.isGroupIndex(t), let title = next, Case.isUpper(title), j + 2 >= items.count || opensRow(items[j + 2].text) {
                rows.append([items[j], items[j + 1]] + [Cell](repeating: Cell(text: "", line: items[j].line, entry: items[j].entry), count: width - 2))
                lastIndex = 0
                j += 2
            } else if Int(t.trimmingSuffixDot()) == lastIndex + 1 || (TableBuilder.isTotalLabel(t) && !Case.isUpper(t)),
                      j + width <= items.count || items.last?.entry ?? 0 >= textEnd - 2 {
                // The text's end may take the last row's empty cells with it.
                let row = Array(items[j..<min(j + width, items.count)])
                rows.append(row + [Cell](repeating: Cell(text: "", line: row[row.count - 1].line, entry: row[row.count - 1].entry), count: width - row.count))
                lastIndex = Int(t.trimmingSuffixDot()) ?? lastIndex
                j = min(j + width, items.count)
            } else {
                break
            }
        }
        // Rows enough, and none shifted: the next index does not stand just past where the table ends.
        guard rows.count >= 3 else { return nil }
        if j < items.count, items[j..<min(j + width, items.count)].contains(where: { Int($0.text.trimmingSuffixDot()) == lastIndex + 1 }) {
            return nil
        }
        let end = j < items.count ? items[j].entry : entries.count
        let lines = rows.map { row in
            (row[0].line, 1, InlinePipeTokenizer.rowText(row.map(\.text)))
        }
        return (lines, end)
    }

    /// What opens a row, or a group's index and title in one cell.
    private static func opensRow(_ t: String) -> Bool {
        TableBuilder.isRowStart(t) || TableBuilder.isGroupTitle(t)
    }
}

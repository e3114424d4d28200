import VanBanModel

/// Tokenizer for the `inline-pipe` form: each table row on one line, cells separated by ` | ` and
/// ending with ` |`. Site metadata rows (`Số hiệu | 97/2025/QĐ-UBND |`) become plain paragraphs
/// before the document; literal `\r\n` escape text is read as line breaks.
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

    /// A cell of a GFM separator row: `---`, `:--`, `--:`, `:-:`.
    static func isSeparatorCell(_ cell: String) -> Bool {
        var core = Substring(cell)
        if core.hasPrefix(":") { core = core.dropFirst() }
        if core.hasSuffix(":") { core = core.dropLast() }
        return !core.isEmpty && core.allSatisfy { $0 == "-" }
    }

    /// A line without Markdown's marks: a heading's `#`s, `**bold**` spans (in pairs only). The
    /// text of the document has neither.
    static func withoutMarkdown(_ line: String) -> String {
        let b = line.utf8
        guard let f = b.first, f == UInt8(ascii: "#") || line.containsBytes("**") else { return line }
        var t = Substring(line)
        if f == UInt8(ascii: "#") {
            let marks = t.prefix { $0 == "#" }
            guard marks.count <= 6, t.dropFirst(marks.count).first == " " else { return line }
            t = t.dropFirst(marks.count + 1)
        }
        var out = String(t)
        let pairs = out.components(separatedByBytes: "**")
        if pairs.count > 1, pairs.count % 2 == 1 { out = pairs.joined() }
        return out.collapsingSpaces
    }

    /// The lines of a PDF's text (`pdftotext`: a form feed opens each page) that only mark a page
    /// break: the page number at the foot of a page or the head of the next (`2`, `- 2 -`, `Trang 2/5`)
    /// and the blank lines around it. A paragraph runs on across them. Empty when the text has no
    /// form feed.
    static func pageBreakLines(_ source: SourceText) -> Set<Int> {
        guard source.bytes.contains(0x0C), source.lineCount > 0 else { return [] }
        let texts = (1...source.lineCount).map { source.lineText($0) }
        func blank(_ n: Int) -> Bool { texts[n - 1].collapsingSpaces.isEmpty }
        func number(_ n: Int) -> Bool { isPageNumber(texts[n - 1].collapsingSpaces) }
        var out: Set<Int> = []
        /// Back from `n`: blank lines and one page number, up to the page's last text.
        func footer(before n: Int) {
            var k = n - 1
            var tookNumber = false
            while k >= 1, blank(k) || (!tookNumber && number(k)) {
                if !blank(k) { tookNumber = true }
                out.insert(k)
                k -= 1
            }
        }
        for n in 1...texts.count where texts[n - 1].utf8.first(where: { $0 != 0x20 && $0 != 0x09 }) == 0x0C {
            footer(before: n)
            // A page number at the head of the page, and the blank lines after it.
            if number(n) || blank(n) {
                out.insert(n)
                var k = n + 1
                while k <= texts.count, blank(k) { out.insert(k); k += 1 }
            }
        }
        footer(before: texts.count + 1)
        return out
    }

    /// `2`, `- 2 -`, `Trang 2`, `Trang 2/5`, `2/5`: a page number and nothing else.
    static func isPageNumber(_ t: String) -> Bool {
        var s = Substring(t)
        if s.hasPrefix("Trang ") || s.hasPrefix("trang ") { s = s.dropFirst(6) }
        s = s.drop { $0 == "-" || $0 == " " }
        while let l = s.last, l == "-" || l == " " { s.removeLast() }
        let parts = s.split(separator: "/", omittingEmptySubsequences: false).map { $0.filter { $0 != " " } }
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { p in !p.isEmpty && p.count <= 3 && p.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// `<br>`, `<br/>` and `<br />` (any case) as line breaks.
    static func breakingAtBR(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "<")), line.containsBytes("<br") || line.containsBytes("<BR") || line.containsBytes("<Br") else { return line }
        var out = line
        for tag in ["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />", "<Br>"] { out = out.replacingAll(tag, with: "\n") }
        return out
    }

    public func tokenize(_ source: SourceText) -> [Block] {
        var lines: [TextLines.Line] = []
        var pending: [TextLines.Line] = []  // lines that continue into the next row's first cell
        var blank = false
        var inGFMTable = false
        let pageBreaks = Self.pageBreakLines(source)
        for n in 1...max(1, source.lineCount) where !pageBreaks.contains(n) {
            // A physical line is one row. Literal "\r\n" text from a bad export is a line break
            // inside it, so a cell and its "|" may stand on different escaped lines; so is `<br>`,
            // as GFM tables (and `vanban parse --format text|markdown`) write a break in a cell.
            let physical = Self.breakingAtBR(source.lineText(n))
            let pieces = physical.replacingAll("\\r\\n", with: "\n").components(separatedByBytes: "\n")
                .map { Self.withoutMarkdown($0.collapsingSpaces) }.filter { !$0.isEmpty }
            guard !pieces.isEmpty else { blank = true; inGFMTable = false; continue }
            let joined = pieces.joined(separator: "\n")
            guard joined.endsWith("|") else {
                inGFMTable = false
                for piece in pieces {
                    let line = TextLines.Line(text: piece, number: n, column: 1, afterBlank: blank, cells: nil)
                    blank = false
                    if let last = lines.last, last.cells != nil, pieces.count == 1, Case.isUpper(piece), piece.utf8.count <= 60 {
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
            while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
            // A GFM table (told by its `| --- |` row under the header): its rows open with a pipe
            // that starts no cell, and the separator row is no row.
            let opensWithPipe = joined.hasPrefix("|") && cells.count > 1 && cells[0].isEmpty
            if opensWithPipe, cells.dropFirst().allSatisfy(Self.isSeparatorCell) {
                if let last = lines.last, let header = last.cells, header.count > 1, header[0].isEmpty {
                    lines[lines.count - 1].cells = Array(header.dropFirst())
                    lines[lines.count - 1].text = header.dropFirst().joined(separator: ": ")
                }
                inGFMTable = true
                blank = false
                continue
            }
            if inGFMTable, opensWithPipe { cells.removeFirst() }
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
            }
            line.cells = cells
            lines.append(line)
        }
        lines += pending
        return TextLines.blocks(lines)
    }
}

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
        for n in 1...max(1, source.lineCount) {
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

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

    /// `<br>`, `<br/>` and `<br />` (any case) as line breaks.
    static func breakingAtBR(_ line: String) -> String {
        guard line.containsBytes("<br") || line.containsBytes("<BR") || line.containsBytes("<Br") else { return line }
        var out = line
        for tag in ["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />", "<Br>"] { out = out.replacingAll(tag, with: "\n") }
        return out
    }

    public func tokenize(_ source: SourceText) -> [Block] {
        var lines: [TextLines.Line] = []
        var pending: [TextLines.Line] = []  // lines that continue into the next row's first cell
        var blank = false
        for n in 1...max(1, source.lineCount) {
            // A physical line is one row. Literal "\r\n" text from a bad export is a line break
            // inside it, so a cell and its "|" may stand on different escaped lines; so is `<br>`,
            // as GFM tables (and `vanban parse --format text|markdown`) write a break in a cell.
            let physical = Self.breakingAtBR(source.lineText(n))
            let pieces = physical.replacingAll("\\r\\n", with: "\n").components(separatedByBytes: "\n")
                .map(\.collapsingSpaces).filter { !$0.isEmpty }
            guard !pieces.isEmpty else { blank = true; continue }
            let joined = pieces.joined(separator: "\n")
            guard joined.endsWith("|") else {
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
            var cells = String(joined.dropLast()).components(separatedByBytes: "|").map { $0.trimmed() }
            while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
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

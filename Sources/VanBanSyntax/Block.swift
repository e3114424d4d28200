import VanBanModel

/// The stream every input form's tokenizer produces and the section parser reads.
public enum Block: Sendable, Equatable {
    case paragraph(TextBlock)
    case table(RawTable)
}

/// A paragraph (or a printed line) of text with its position.
public struct TextBlock: Sendable, Equatable {
    /// The text, wraps undone (single spaces), NFC.
    public var text: String
    /// 1-based line of the first character.
    public var line: Int
    /// 1-based column (UTF-8 bytes) of the first character.
    public var column: Int
    /// Byte offsets in `text` where each further source line begins (after an undone wrap).
    public var breaks: [Int]
    /// Where each of `breaks` begins in the source, where not every one begins the next line at
    /// column 1: pieces of one line of the file (a bad export's literal `\r\n`); nil otherwise.
    public var breakStarts: [Position]?

    public init(text: String, line: Int, column: Int = 1, breaks: [Int] = [], breakStarts: [Position]? = nil) {
        self.text = text
        self.line = line
        self.column = column
        self.breaks = breaks
        self.breakStarts = breakStarts
    }

    /// Where the `k`-th of `breaks` begins in the source.
    private func start(ofBreak k: Int) -> Position {
        breakStarts?[k] ?? Position(line: line + k + 1, column: 1)
    }

    /// The source line holding byte `offset` of `text`.
    public func line(at offset: Int) -> Int { position(at: offset).line }

    /// The source position of byte `offset` of `text` (continuation lines are taken to start at
    /// column 1, unless `breakStarts` says otherwise).
    public func position(at offset: Int) -> Position {
        var start = position
        var lineStart = 0
        for (k, b) in breaks.enumerated() where b <= offset {
            start = self.start(ofBreak: k)
            lineStart = b
        }
        return Position(line: start.line, column: start.column + offset - lineStart)
    }

    /// Where the text's last source line begins.
    public var lastLineStart: Position { breaks.isEmpty ? position : start(ofBreak: breaks.count - 1) }

    /// Just past the text's last byte, in the source.
    public var end: Position {
        let start = lastLineStart
        return Position(line: start.line, column: start.column + text.utf8.count - (breaks.last ?? 0))
    }

    public var position: Position { Position(line: line, column: column) }

    /// This text and `next` as one, a space between (none where `tight`): `next`'s start and its
    /// breaks become breaks, each keeping its place in the source.
    public func joined(_ next: TextBlock, tight: Bool = false) -> TextBlock {
        var out = self
        let start = text.utf8.count + (tight ? 0 : 1)
        let follows = next.column == 1 && next.line == lastLineStart.line + 1
        if !follows || breakStarts != nil || next.breakStarts != nil {
            out.breakStarts = breaks.indices.map(self.start(ofBreak:)) + [next.position] + next.breaks.indices.map(next.start(ofBreak:))
        }
        out.text += (tight ? "" : " ") + next.text
        out.breaks.append(start)
        out.breaks += next.breaks.map { $0 + start }
        return out
    }

    /// The text cut where its `k`-th break begins: the lines before it (trimmed) and the lines from
    /// there on, each with its place in the source.
    public func split(atBreak k: Int) -> (head: TextBlock, tail: TextBlock) {
        let cut = breaks[k]
        let u = text.utf8
        var head = TextBlock(text: String(decoding: u.prefix(cut), as: UTF8.self).trimmed(), line: line, column: column,
                             breaks: Array(breaks.prefix(k)))
        head.breakStarts = breakStarts.map { Array($0.prefix(k)) }
        let at = start(ofBreak: k)
        var tail = TextBlock(text: String(decoding: u.dropFirst(cut), as: UTF8.self), line: at.line, column: at.column,
                             breaks: breaks.dropFirst(k + 1).map { $0 - cut })
        tail.breakStarts = breakStarts.map { Array($0.dropFirst(k + 1)) }
        return (head, tail)
    }
}

/// One table cell as it arrived: its printed lines and its paragraphs (wraps undone).
public struct RawCell: Sendable, Equatable {
    public var lines: [TextBlock]
    public var paragraphs: [TextBlock]
    public var line: Int
    /// The cell's text: paragraphs joined by a line break; `""` for an empty cell.
    public let text: String
    /// The source line of the cell's last text (its last paragraph may run over several lines).
    public var endLine: Int { lines.last.map(\.lastLineStart.line) ?? line }

    public init(lines: [TextBlock], paragraphs: [TextBlock], line: Int) {
        self.lines = lines
        self.paragraphs = paragraphs
        self.line = line
        self.text = paragraphs.count == 1 ? paragraphs[0].text : String(joining: paragraphs.lazy.map { $0.text }, separator: "\n")
    }
}

/// A table as a tokenizer saw it. Forms that mark rows (HTML, inline-pipe) fill `rows`; pipe-text
/// marks only cells, so its tables arrive as one flat row with `rowsMarked == false`.
public struct RawTable: Sendable, Equatable {
    public var rows: [[RawCell]]
    public var rowsMarked: Bool
    public var line: Int
    /// True when the input ended inside the table (a cell without its closing `|`).
    public var cutShort: Bool
    /// How many leading rows are the header (2 for `Thời gian` over `Bắt đầu | Kết thúc`).
    public var headerRows: Int
    /// True where the form cannot hold a cell spanning rows and its writer may have left the cell
    /// out of the rows below its first (inline-pipe rows: html2text, markdownify).
    public var rowSpansDropped: Bool

    public init(rows: [[RawCell]], rowsMarked: Bool, line: Int, cutShort: Bool = false, headerRows: Int = 1, rowSpansDropped: Bool = false) {
        self.rows = rows
        self.rowsMarked = rowsMarked
        self.line = line
        self.cutShort = cutShort
        self.headerRows = headerRows
        self.rowSpansDropped = rowSpansDropped
    }

    /// Every cell in reading order (a pipe-text table's one row shared, not copied cell by cell).
    public var cells: [RawCell] { rows.count == 1 ? rows[0] : rows.flatMap { $0 } }
}

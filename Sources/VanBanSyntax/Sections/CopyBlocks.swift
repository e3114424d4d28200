import VanBanModel

/// A copy's block (bản sao, Decree 30 Phần II) after the copied document: the copying body's lines,
/// the form of copy on a line of its own (`SAO Y`, `SAO LỤC`, `TRÍCH SAO`), its number and date,
/// then its recipients and signer. Read apart, so that none of it runs into the original's closing,
/// recipients or signers.
enum CopyBlocks {
    /// The blocks before the copy's block, the copy's own (its form's line left out), and that line;
    /// nil when the blocks hold none: a form's line (a paragraph, or a cell of a table of cells, as
    /// pipe-text gives a signature and what follows it) with a number line, a date line or `Nơi
    /// nhận` within the next few blocks or cells.
    static func split(_ blocks: [Block]) -> (head: [Block], tail: [Block], form: TextBlock)? {
        for k in blocks.indices.dropFirst() {
            switch blocks[k] {
            case .paragraph(let p):
                guard p.breaks.isEmpty, isForm(p.text), blocks[(k + 1)...].prefix(6).contains(where: { block in
                    if case .paragraph(let q) = block { return opensCopyDetail(q.text) }
                    return false
                }) else { continue }
                // The copying body's lines over the form (upper case, short), and the rule over them.
                var start = k
                while start > 1, k - start < 4, case .paragraph(let a) = blocks[start - 1], isAgency(a.text) { start -= 1 }
                return (Array(blocks[..<start]), Array(blocks[start..<k] + blocks[(k + 1)...]), p)
            case .table(let t):
                guard !t.rowsMarked, t.rows.count == 1 else { continue }
                let cells = t.rows[0]
                guard let f = cells.indices.first(where: { f in
                    cells[f].lines.count == 1 && isForm(cells[f].text)
                        && cells[(f + 1)...].prefix(6).contains { opensCopyDetail($0.lines.first?.text ?? "") }
                }), let form = cells[f].lines.first else { continue }
                var a = f
                while a > 0, f - a < 2, isAgency(cells[a - 1].text) { a -= 1 }
                // The copy's header (its agency, number and date), then its recipients and signer.
                let rest = cells[(f + 1)...]
                let signing = rest.firstIndex { c in
                    guard let first = c.lines.first?.text else { return false }
                    return first.opensRecipientsLabel || SignatureParser.isAuthorityLine(first)
                } ?? rest.endIndex
                var head = Array(blocks[..<k])
                if a > 0 {
                    // The table before the block keeps what the tokenizer said of it, but its end.
                    var before = t
                    before.rows = [Array(cells[..<a])]
                    before.cutShort = false
                    head.append(.table(before))
                }
                var tail: [Block] = []
                let heading = (Array(cells[a..<f]) + Array(rest[..<signing])).map(printedLines)
                if let first = heading.first { tail.append(.table(RawTable(rows: [heading], rowsMarked: false, line: first.line))) }
                if signing < rest.endIndex {
                    tail.append(.table(RawTable(rows: [Array(rest[signing...])], rowsMarked: false, line: rest[signing].line, cutShort: t.cutShort)))
                }
                return (head, tail + blocks[(k + 1)...], form)
            }
        }
        return nil
    }

    /// The copy's block read from its blocks as a document of its own, and the blocks of the copies
    /// made of it after it (a SAO LỤC of a SAO Y); nil when they hold more than a copy's parts, or
    /// neither its number nor its date: a form's model in an appendix (`SAO Y` / `Số: …/SY-…`, as a
    /// text on clerical work prints it), which stays the document's text.
    static func read(_ tail: [Block], form: TextBlock, source: SourceInfo) -> ([CopyBlock], [Diagnostic])? {
        var doc: Document
        if case .table(let heading)? = tail.first, !HeaderParser.isHeader(heading) {
            // A heading of cells with no landmark the section parser would know a header by (its
            // number line lost, as an OCR loses a line): the copy's header all the same.
            doc = SectionParser().parse(Array(tail.dropFirst()), source: source)
            var header = Header()
            _ = HeaderParser.parse(heading, into: &header)
            doc.header = header
        } else {
            doc = SectionParser().parse(tail, source: source)
        }
        guard doc.header.number != nil || doc.header.date != nil, doc.preamble.isEmpty, doc.body.isEmpty, doc.closing.isEmpty,
              doc.appendices.isEmpty, doc.tables.isEmpty, doc.notes.isEmpty, doc.coSignatures.isEmpty else { return nil }
        var line = form.line
        if let first = tail.first {
            switch first {
            case .paragraph(let p): line = min(line, p.line)
            case .table(let t): line = min(line, t.line)
            }
        }
        var copy = CopyBlock(form: form.text, formPosition: form.position, header: doc.header, signature: doc.signature,
                             recipients: doc.recipients, line: line)
        copy.recipientPositions = doc.recipientPositions
        copy.recipientsLabel = doc.recipientsLabel
        copy.recipientsLabelHasColon = doc.recipientsLabelHasColon
        copy.recipientsLabelInLowerCase = doc.recipientsLabelInLowerCase
        return ([copy] + doc.copies, doc.diagnostics)
    }

    /// The cell with each of its lines as printed, where a table's reading joined them (`ỦY BAN NHÂN
    /// DÂN` / `HUYỆN VĨNH LINH`): the copy's header reads its lines.
    private static func printedLines(_ cell: RawCell) -> RawCell {
        guard cell.lines.contains(where: { !$0.breaks.isEmpty }) else { return cell }
        let lines = cell.lines.flatMap { l -> [TextBlock] in
            let starts = [0] + l.breaks, u = Array(l.text.utf8)
            return starts.indices.map { k in
                let end = k + 1 < starts.count ? starts[k + 1] : u.count
                let text = String(decoding: u[starts[k]..<end], as: UTF8.self).trimmed()
                return TextBlock(text: text, line: l.line + k, column: k == 0 ? l.column : 1)
            }
        }
        return RawCell(lines: lines, paragraphs: lines, line: cell.line)
    }

    /// What follows a copy's form within a few lines: its number, its date line, `Nơi nhận`.
    private static func opensCopyDetail(_ text: String) -> Bool {
        HeaderParser.isNumberLine(text) || HeaderParser.headerPlaceDate(text)?.date != nil || text.opensRecipientsLabel
    }

    /// The copying body's name over the form (upper case, short), or a rule.
    private static func isAgency(_ text: String) -> Bool {
        text.utf8.count <= 80 && (Case.isUpper(text) == true || HeaderParser.isRule(text)) && DocumentTypes.typeLine(text) == nil
    }

    /// A form of copy on a line of its own, in any case: `SAO Y`, `SAO Y BẢN CHÍNH`, `SAO LỤC`, `TRÍCH SAO`.
    static func isForm(_ line: String) -> Bool {
        // A cheap first test on the first two letters (`SA`, `TR`, any case).
        var it = line.utf8.makeIterator()
        guard let f = it.next(), f | 0x20 == UInt8(ascii: "s") || f | 0x20 == UInt8(ascii: "t"), let g = it.next(),
              line.utf8.count >= 5, line.utf8.count <= 40 else { return false }
        let two = (f | 0x20, g | 0x20)
        guard two == (UInt8(ascii: "s"), UInt8(ascii: "a")) || two == (UInt8(ascii: "t"), UInt8(ascii: "r")) else { return false }
        var key = Case.upperUTF8(line, foldingSpaces: true)[...]
        while let c = key.last, c == Bytes.space || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") { key = key.dropLast() }
        return forms.contains { $0.elementsEqual(key) }
    }

    private static let forms = ["SAO Y", "SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO"].map { Array($0.utf8) }
}

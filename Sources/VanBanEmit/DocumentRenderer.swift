import VanBanModel

/// Writes a document back out as a page (`--format html`), as blank-line text that vanban reads
/// back (`--format text`), as Markdown for people (`--format markdown`), as the main part of a
/// Word file (`wordML`: `word/document.xml`, which `DocxWriter` packages as a .docx), or as the
/// content of an OpenDocument text (`odf`: `content.xml`, which `OdtWriter` packages as an .odt).
public enum DocumentRenderer {
    public enum Style: Sendable { case html, text, markdown, wordML, odf }

    public static func render(_ doc: Document, as style: Style) -> String {
        var r = Writer(style: style)
        r.document(doc)
        return r.out
    }

    /// The main part of a Word file whose notes are Word's own footnotes: each note's mark in the
    /// text (`[1]`, `[2]` … in order) becomes a `w:footnoteReference` and the note goes to the
    /// footnotes part (`word/footnotes.xml`, nil when no note is so referenced); a note whose mark
    /// the text does not carry in order stays a paragraph after the text, as `render` writes it.
    public static func renderWord(_ doc: Document) -> (document: String, footnotes: String?) {
        var r = Writer(style: .wordML)
        r.wordNotes = doc.notes
        r.document(doc)
        guard r.nextNote > 1 else { return (r.out, nil) }
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        var notes = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:footnotes \(w)>"
            + "<w:footnote w:type=\"separator\" w:id=\"0\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:type=\"continuationSeparator\" w:id=\"1\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        for (k, note) in doc.notes.prefix(r.nextNote - 1).enumerated() {
            notes += "<w:footnote w:id=\"\(k + 2)\">"
            let mark = "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>"
            if note.paragraphs.isEmpty { notes += "<w:p>\(mark)</w:p>" }
            for (j, p) in note.paragraphs.enumerated() {
                notes += "<w:p>" + (j == 0 ? mark + "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>" : "") + "<w:r><w:t xml:space=\"preserve\">\(r.escape(p.text))</w:t></w:r></w:p>"
            }
            notes += "</w:footnote>"
        }
        return (r.out, notes + "</w:footnotes>\n")
    }

    /// The namespaces of an OpenDocument text's parts (ODF 1.3).
    static let odfNamespaces = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
        + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""

    /// The marker a node was printed with, and whether its heading goes on a line of its own.
    static func marker(_ n: Node) -> (text: String, headingApart: Bool) {
        let label = n.label ?? ""
        switch n.kind {
        case .part:
            // A report's lettered division (`A. KẾT QUẢ …`) keeps its letter and its heading on its line.
            if label.count == 1, let c = label.first, "ABCDEFGH".contains(c) { return ("\(label).", false) }
            return ("Phần \(label)", true)
        case .chapter: return ("Chương \(label)", true)
        case .section: return (label.first?.isNumber == true ? "Mục \(label)." : "\(label).", false)
        case .subsection: return ("Tiểu mục \(label).", false)
        case .article: return ("Điều \(label).", false)
        case .clause: return (n.parenthesized ? "\(label))" : "\(label).", false)
        case .point: return ("\(label))", false)
        case .dash: return ("-", false)
        case .plus: return ("+", false)
        case .paragraph: return ("", false)
        }
    }
}

private struct Writer {
    let style: DocumentRenderer.Style
    var out = ""
    /// The body's tables still to write, in source order.
    var pendingTables: ArraySlice<Table> = []
    /// For `renderWord` and OpenDocument: the notes to write as footnotes, and the number of the
    /// next whose mark the text may carry.
    var wordNotes: [Note]?
    var nextNote = 1

    init(style: DocumentRenderer.Style) { self.style = style }

    mutating func document(_ d: Document) {
        // An OpenDocument text keeps its notes where their marks stand.
        if style == .odf { wordNotes = d.notes }
        if style == .html {
            out += "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(escape(d.header.title ?? d.header.type ?? "văn bản"))</title>\n</head>\n<body>\n"
        }
        if style == .wordML {
            out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\n"
        }
        if style == .odf {
            // Data tables ruled (a cell style), layout tables (header, signature) not.
            out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content \(DocumentRenderer.odfNamespaces) office:version=\"1.3\">"
                + "<office:automatic-styles><style:style style:name=\"Ruled\" style:family=\"table-cell\">"
                + "<style:table-cell-properties fo:border=\"0.5pt solid #000000\"/></style:style></office:automatic-styles>"
                + "<office:body><office:text>\n"
        }
        header(d.header)
        for p in d.preamble { para(p.text) }
        if let w = d.header.enactingWords, !d.header.isCable { para(d.header.enactsWithAuthority ? (d.header.authority ?? "") + " " + w : w) }
        // A table of the body stands before the first node that follows it in the source.
        pendingTables = d.tables[...]
        nodes(d.body)
        for t in pendingTables { table(t) }
        pendingTables = []
        for p in d.closing { para(p.text) }
        signature(d)
        for a in d.appendices {
            para(a.label)
            if let t = a.title { para(t) }
            if let n = a.attachedTo { para(n.text) }
            nodes(a.body)
            for t in a.tables { table(t) }
        }
        // (Notes made Word's footnotes are written apart; the others follow the text, their `[1]` no
        // mark to make a footnote of: a note whose mark the text lacks, as an OCR loses it.)
        let unmarked = d.notes.dropFirst(wordNotes == nil ? 0 : nextNote - 1)
        wordNotes = nil
        for n in unmarked {
            for (k, p) in n.paragraphs.enumerated() { para(k == 0 ? "[\(n.mark)] " + p.text : p.text) }
            if n.paragraphs.isEmpty { para("[\(n.mark)]") }
        }
        for c in d.copies { copyBlock(c, of: d) }
        if style == .html { out += "</body>\n</html>\n" }
        if style == .odf { out += "</office:text></office:body></office:document-content>\n" }
        if style == .wordML {
            // A4, margins 20 / 20 / 30 / 15 mm (top, bottom, left, right: Decree 30 PL I, Phần I, I.3).
            out += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>"
            out += "</w:body></w:document>\n"
        }
    }

    /// A Công văn's subject line: `V/v …`.
    static func isAboutLine(_ t: String) -> Bool {
        t.hasPrefix("V/v") || t.hasPrefix("V/V") || t.hasPrefix("v/v") || t.hasPrefix("Về việc ")
    }

    mutating func header(_ h: Header) {
        let agency = h.issuerLines + ["-------"]
        var national: [String] = []
        if let n = h.nationalName { national.append(n) }
        if let m = h.motto { national.append(m) }
        var number: [String] = []
        if let n = h.number { number.append("Số: \(n)") }
        // The V/v (về việc: "on the matter of") of a Công văn stands under its number; a title
        // without a type line (an excerpt that lost it) stands where the title does.
        let titleUnderNumber = h.type == nil && h.title.map(Self.isAboutLine) == true
        if titleUnderNumber, let t = h.title { number.append(t) }
        // The secrecy and urgency marks stand under the number (ô 10a, 10b), the circulation's under them.
        number += [h.secrecy, h.urgency, h.circulation].compactMap { $0 }
        let date = h.dateLine.map { [$0] } ?? []
        let hasHeader = !h.issuerLines.isEmpty || h.nationalName != nil || h.number != nil
        if hasHeader {
            switch style {
            case .html:
                out += "<table>\n<tr><td>\(lines(agency))</td><td>\(lines(national + ["---------------"]))</td></tr>\n"
                out += "<tr><td>\(lines(number))</td><td>\(lines(date))</td></tr>\n</table>\n"
            case .wordML:
                out += "\(tableStart(columns: 2, borders: false))<w:tr>\(cell(agency))\(cell(national + ["---------------"]))</w:tr>"
                out += "<w:tr>\(cell(number))\(cell(date))</w:tr></w:tbl>\n"
            case .odf:
                out += odfTableStart(columns: 2) + odfRow([agency, national + ["---------------"]], ruled: false)
                out += odfRow([number, date], ruled: false) + "</table:table>\n"
            case .text, .markdown:
                for group in [agency, national + ["---------------"], number, date] where !group.isEmpty {
                    out += block(group) + "\n\n"
                }
            }
        }
        if let t = h.type { style == .markdown ? rawPara("**\(t.markdownEscaped)**") : para(t) }
        if !titleUnderNumber, let t = h.title { style == .markdown ? rawPara("**\(t.markdownEscaped)**") : para(t) }
        // A Công điện's sender and verb stand on one line over its addressees, without `Kính gửi:`.
        if let a = h.authority, !h.enactsWithAuthority { para(h.isCable ? a + " điện:" : a) }
        if !h.addressees.isEmpty {
            let first = h.addressees[0].hasPrefix("-") ? "Kính gửi:" : "Kính gửi: \(h.addressees[0])"
            if !h.isCable || !h.addressees[0].hasPrefix("-") { para(first) }
            for a in h.addressees where a.hasPrefix("-") { para(a) }
        }
    }

    mutating func nodes(_ list: [Node]) {
        for n in list {
            while let t = pendingTables.first, t.line < n.line {
                table(t)
                pendingTables.removeFirst()
            }
            let (m, apart) = DocumentRenderer.marker(n)
            if n.kind == .paragraph {
                para(n.heading)
            } else if apart {
                para(m)
                if !n.heading.isEmpty { para(n.heading) }
            } else {
                para(n.heading.isEmpty ? m : "\(m) \(n.heading)")
            }
            for p in n.paragraphs { para(p) }
            nodes(n.children)
        }
    }

    /// A copy's block after the copied document: the copying body, the form, its number and date,
    /// then its recipients and signer as a document's.
    mutating func copyBlock(_ c: CopyBlock, of d: Document) {
        for line in c.header.issuerLines { para(line) }
        para(c.form)
        if let n = c.header.number { para("Số: \(n)") }
        if let l = c.header.dateLine { para(l) }
        var signed = Document(source: d.source)
        signed.signature = c.signature
        signed.recipients = c.recipients
        signature(signed)
    }

    mutating func signature(_ d: Document) {
        guard d.signature != nil || !d.recipients.isEmpty else { return }
        let left = d.recipients.isEmpty ? [] : ["Nơi nhận:"] + d.recipients
        func signed(_ s: Signature) -> [String] { [s.party].compactMap { $0 } + s.authorityLines + [s.position, s.name].compactMap { $0 } }
        // The document's signature, then its co-signers, each in a column of its own.
        let signers = (d.signature.map(signed) ?? []).isEmpty ? [] : [d.signature.map(signed) ?? []]
        let columns = [left] + (signers.isEmpty ? [[]] : signers) + d.coSignatures.map(signed)
        switch style {
        case .html:
            out += "<table>\n<tr>" + columns.map { "<td>\(lines($0))</td>" }.joined() + "</tr>\n</table>\n"
        case .wordML:
            out += "\(tableStart(columns: columns.count, borders: false))<w:tr>" + columns.map { cell($0) }.joined() + "</w:tr></w:tbl>\n"
        case .odf:
            out += odfTableStart(columns: columns.count) + odfRow(columns, ruled: false) + "</table:table>\n"
        case .text, .markdown:
            // In Markdown, hard line breaks: a list needs a blank line before it there, so `- …` lines
            // right under `Nơi nhận:` would run into its paragraph.
            for c in columns where !c.isEmpty { out += block(c) + "\n\n" }
        }
    }

    mutating func table(_ t: Table) {
        let header = t.columns.map(\.header)
        switch style {
        case .html:
            out += "<table>\n<tr>" + header.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n"
            for r in t.rows { out += "<tr>" + r.cells.map { "<td>\(lines($0.split(separator: "\n").map(String.init)))</td>" }.joined() + "</tr>\n" }
            out += "</table>\n"
        case .wordML:
            // The header row repeats on every page (`w:tblHeader`), as Word marks it.
            out += tableStart(columns: header.count, borders: true) + "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + header.map { cell([$0]) }.joined() + "</w:tr>\n"
            for r in t.rows { out += "<w:tr>" + r.cells.map { cell($0.split(separator: "\n").map(String.init)) }.joined() + "</w:tr>\n" }
            // An empty paragraph after it, as Word keeps one: two tables with nothing between them
            // are one table to Word and LibreOffice.
            out += "</w:tbl><w:p/>\n"
        case .odf:
            // The header row repeats on every page (`table:table-header-rows`).
            out += odfTableStart(columns: header.count) + "<table:table-header-rows>" + odfRow(header.map { [$0] }, ruled: true) + "</table:table-header-rows>"
            for r in t.rows { out += odfRow(r.cells.map { $0.split(separator: "\n").map(String.init) }, ruled: true) }
            out += "</table:table>\n"
        case .text:
            // A line break inside a cell is written `<br>`, as GFM tables write one. A first column
            // empty in every row opens each row with a bar of its own: rows that all open with one
            // read as `| A | B |` rows, whose first bar is dropped.
            let open = header.first?.isEmpty != false && t.rows.allSatisfy { $0.cells.first?.isEmpty != false } ? "| " : ""
            out += open + header.map { $0.breaksAsBR() }.joined(separator: " | ") + " |\n"
            for r in t.rows { out += open + r.cells.map { $0.breaksAsBR() }.joined(separator: " | ") + " |\n" }
            out += "\n"
        case .markdown:
            out += "| " + header.map { $0.markdownEscaped.breaksAsBR().replacingPipes() }.joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: header.count) + "\n"
            for r in t.rows { out += "| " + r.cells.map { $0.markdownEscaped.breaksAsBR().replacingPipes() }.joined(separator: " | ") + " |\n" }
            out += "\n"
        }
    }

    /// Lines that stand together (an agency's name over its rule, a signature): a line each in text;
    /// in Markdown, hard line breaks (a backslash at the end of a line), and a rule escaped, as a line
    /// of `-` under text would make the text a heading.
    func block(_ lines: [String]) -> String {
        guard style == .markdown else { return lines.joined(separator: "\n") }
        return lines.map(\.markdownEscaped).joined(separator: "\\\n")
    }

    mutating func para(_ text: String) {
        if style == .markdown { return rawPara(text.markdownEscaped) }
        switch style {
        case .html: out += "<p>\(escape(text))</p>\n"
        case .wordML: out += wordParagraph(text) + "\n"
        case .odf: out += odfParagraph(text) + "\n"
        case .text, .markdown: out += text + "\n\n"
        }
    }

    /// A Markdown paragraph written as it is (its marks made by the caller).
    mutating func rawPara(_ markdown: String) { out += markdown + "\n\n" }

    /// A Word paragraph of one run; spaces kept as written. For `renderWord`, the next note's mark in
    /// it (`[1]`) is a footnote reference, and the next after it, in order.
    mutating func wordParagraph(_ text: String) -> String {
        guard !text.isEmpty else { return "<w:p/>" }
        var out = "<w:p>"
        for (piece, note) in cutAtMarks(text) {
            if !piece.isEmpty { out += "<w:r><w:t xml:space=\"preserve\">\(escape(String(piece)))</w:t></w:r>" }
            if let note { out += "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"\(note + 1)\"/></w:r>" }
        }
        return out + "</w:p>"
    }

    /// The text cut at the marks of the next notes (`wordNotes`), in order: each piece with the
    /// number of the note whose mark follows it (nil after the last piece).
    mutating func cutAtMarks(_ text: String) -> [(Substring, Int?)] {
        guard let notes = wordNotes, nextNote <= notes.count, text.utf8.contains(UInt8(ascii: "[")) else { return [(text[...], nil)] }
        var out: [(Substring, Int?)] = []
        var rest = text[...]
        while nextNote <= notes.count, notes[nextNote - 1].mark == String(nextNote), let r = rest.firstRange(of: "[\(nextNote)]") {
            out.append((rest[..<r.lowerBound], nextNote))
            nextNote += 1
            rest = rest[r.upperBound...]
        }
        return out + [(rest, nil)]
    }

    /// A table's properties and grid (both required by WordprocessingML): the page width (9,000
    /// twentieths of a point) shared evenly; data tables ruled, layout tables (header, signature) not.
    func tableStart(columns: Int, borders: Bool) -> String {
        let ruled = borders
            ? "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>" }.joined() + "</w:tblBorders>"
            : ""
        let width = 9000 / max(1, columns)
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/>\(ruled)</w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"\(width)\"/>", count: max(1, columns)) + "</w:tblGrid>"
    }

    /// An OpenDocument paragraph; spaces after the first of a run kept (`text:s`), as ODF collapses them.
    /// The next note's mark in it (`[1]`), and the next after it in order, is the note itself
    /// (`text:note`, its body inline as ODF keeps it).
    mutating func odfParagraph(_ text: String) -> String {
        guard !text.isEmpty else { return "<text:p/>" }
        var o = "<text:p>"
        for (piece, note) in cutAtMarks(text) {
            o += odfText(piece)
            guard let note, let notes = wordNotes else { continue }
            let body = notes[note - 1].paragraphs.map { "<text:p>" + odfText($0.text[...]) + "</text:p>" }.joined()
            o += "<text:note text:id=\"ftn\(note)\" text:note-class=\"footnote\"><text:note-citation>\(note)</text:note-citation>"
                + "<text:note-body>\(body.isEmpty ? "<text:p/>" : body)</text:note-body></text:note>"
        }
        return o + "</text:p>"
    }

    /// Text for an OpenDocument paragraph; spaces after the first of a run kept (`text:s`).
    func odfText(_ text: Substring) -> String {
        // By bytes: a space is one byte, and no other scalar's bytes are 0x20.
        var o: [UInt8] = []
        o.reserveCapacity(text.utf8.count + 16)
        var spaces = 0
        func flushSpaces() {
            guard spaces > 0 else { return }
            o.append(UInt8(ascii: " "))
            if spaces > 1 { o.append(contentsOf: "<text:s text:c=\"\(spaces - 1)\"/>".utf8) }
            spaces = 0
        }
        for c in escape(String(text)).utf8 {
            if c == UInt8(ascii: " ") { spaces += 1; continue }
            flushSpaces()
            o.append(c)
        }
        flushSpaces()
        return String(decoding: o, as: UTF8.self)
    }

    func odfTableStart(columns: Int) -> String {
        "<table:table><table:table-column table:number-columns-repeated=\"\(max(1, columns))\"/>"
    }

    /// An OpenDocument table row, a paragraph per line of each cell (a cell holds at least one).
    mutating func odfRow(_ cells: [[String]], ruled: Bool) -> String {
        let style = ruled ? " table:style-name=\"Ruled\"" : ""
        var o = "<table:table-row>"
        for list in cells {
            o += "<table:table-cell\(style) office:value-type=\"string\">"
            if list.isEmpty { o += "<text:p/>" }
            for line in list { o += odfParagraph(line) }
            o += "</table:table-cell>"
        }
        return o + "</table:table-row>\n"
    }

    /// A Word table cell, a paragraph per line (a cell holds at least one paragraph).
    mutating func cell(_ list: [String]) -> String {
        var out = "<w:tc>"
        if list.isEmpty { out += "<w:p/>" }
        for line in list { out += wordParagraph(line) }
        return out + "</w:tc>"
    }

    func lines(_ list: [String]) -> String { list.map(escape).joined(separator: "<br>") }

    func escape(_ s: String) -> String {
        // By bytes: every sign it changes is ASCII, and a byte below 0x80 is a scalar of its own.
        let xml = style == .wordML || style == .odf
        func changes(_ c: UInt8) -> Bool {
            c == UInt8(ascii: "&") || c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || xml && (c == UInt8(ascii: "\"") || c < 0x20 && c != 0x09)
        }
        guard s.utf8.contains(where: changes) else { return s }
        var o: [UInt8] = []
        o.reserveCapacity(s.utf8.count + 16)
        for c in s.utf8 {
            switch c {
            case UInt8(ascii: "&"): o.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): o.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): o.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where xml: o.append(contentsOf: "&quot;".utf8)
            case let c where xml && c < 0x20 && c != 0x09: continue  // not allowed in XML 1.0
            default: o.append(c)
            }
        }
        return String(decoding: o, as: UTF8.self)
    }
}

private extension String {
    /// The lines joined by `<br>`, empty ones left out (as `split(separator: "\n")` leaves them).
    func breaksAsBR() -> String {
        guard utf8.contains(0x0A) else { return self }
        let b = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 16)
        for line in lineRanges(b) where !line.isEmpty {
            if !out.isEmpty { out.append(contentsOf: "<br>".utf8) }
            out.append(contentsOf: b[line])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Each `|` as `\|` (a text without one passes as it is).
    func replacingPipes() -> String {
        guard utf8.contains(UInt8(ascii: "|")) else { return self }
        return split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}

extension String {
    /// The text with Markdown's own marks escaped, so that a renderer shows it as it stands and
    /// vanban reads it back: `\ * _ ` [ ] < ~` anywhere (a footnote's `(*)`, `[1]`, `<5 tuổi`); and
    /// at a line's start what would open a list, a heading, a quote or a rule (`- `, `+ `, `1. `,
    /// `2) `, `#`, `>`, `---`), as pandoc escapes them: a clause's `1.` would be renumbered, a
    /// dash item drawn as a bullet.
    package var markdownEscaped: String {
        // By bytes: every sign looked at is ASCII, so a scalar's index is its byte's within a
        // line's ASCII opening.
        let b = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 8)
        for (k, range) in lineRanges(b).enumerated() {
            if k > 0 { out.append(0x0A) }
            let line = b[range], start = range.lowerBound
            var marker = 0  // bytes of an opening list marker, its last to be escaped
            if let f = line.first {
                let next = line.count > 1 ? line[start + 1] : UInt8(ascii: " ")
                let blank = { (c: UInt8) in c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") }
                if f == UInt8(ascii: "-") || f == UInt8(ascii: "+") || f == UInt8(ascii: "*"), blank(next) { marker = 1 }
                let digits = line.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
                if (1...9).contains(digits), digits < line.count, line[start + digits] == UInt8(ascii: ".") || line[start + digits] == UInt8(ascii: ")"),
                   digits + 1 == line.count || blank(line[start + digits + 1]) { marker = digits + 1 }
                if f == UInt8(ascii: "#") || f == UInt8(ascii: ">") { marker = 1 }
                if line.count >= 3, line.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: " ") }) { marker = 1 }
            }
            for (i, c) in line.enumerated() {
                switch c {
                case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: "~"):
                    out.append(UInt8(ascii: "\\"))
                default: if i + 1 == marker { out.append(UInt8(ascii: "\\")) }
                }
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `markdownEscaped` scalar by scalar, line by line as `split` cuts them: the reference the
    /// byte reading is tested against.
    package var markdownEscapedByScalars: String {
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for (k, line) in split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if k > 0 { out += "\n" }
            var marker = 0  // scalars of an opening list marker, its last to be escaped
            let scalars = Array(line.unicodeScalars)
            if let f = scalars.first {
                let next = scalars.count > 1 ? scalars[1] : " "
                if f == "-" || f == "+" || f == "*", next == " " || next == "\t" { marker = 1 }
                let digits = scalars.prefix { ("0"..."9").contains($0) }.count
                if (1...9).contains(digits), digits < scalars.count, scalars[digits] == "." || scalars[digits] == ")",
                   digits + 1 == scalars.count || scalars[digits + 1] == " " || scalars[digits + 1] == "\t" { marker = digits + 1 }
                if f == "#" || f == ">" { marker = 1 }
                if scalars.count >= 3, scalars.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "_" || $0 == "*" || $0 == " " }) { marker = 1 }
            }
            for (i, ch) in scalars.enumerated() {
                switch ch {
                case "\\", "*", "_", "`", "[", "]", "<", "~": out += "\\"
                default: if i + 1 == marker { out += "\\" }
                }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

/// The byte range of each line of `b` where `split(separator: "\n", omittingEmptySubsequences:
/// false)` cuts a string: at each line feed but one after a carriage return (the two are one
/// character).
private func lineRanges(_ b: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (i, c) in b.enumerated() where c == 0x0A && (i == 0 || b[i - 1] != 0x0D) {
        ranges.append(start..<i)
        start = i + 1
    }
    ranges.append(start..<b.count)
    return ranges
}

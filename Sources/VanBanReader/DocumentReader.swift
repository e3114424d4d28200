import CNettle
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VanBanMarkup
import VanBanModel
import VanBanSyntax

/// The pipeline's front door: bytes → input form → tokenizer → section parser → model.
public enum DocumentReader {
    /// Why a document could not be read at all.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case input(InputError)
        case html(HTMLReadError)
        case docx(DocxReadError)
        case unsupportedForm(InputForm)

        public var description: String {
            switch self {
            case .input(let e): e.description
            case .html(let e): e.description
            case .docx(let e): e.description
            case .unsupportedForm(.text): "the text form is not supported yet; `--from pipe-text` reads hard-wrapped text"
            case .unsupportedForm(.inlinePipe): "the inline-pipe form is not supported yet"
            case .unsupportedForm(let f): "the \(f.rawValue) form is not supported yet"
            }
        }

        /// Where in the input the failure is, when one place is to blame (invalid or damaged UTF-8).
        public var place: Position? {
            switch self {
            case .input(.invalidUTF8(let line, let column)), .input(.damagedUTF8(let line, let column, _)), .input(.outsideCharset(let line, let column, _, _)):
                Position(line: line, column: column)
            default: nil
            }
        }

        /// The description without its place.
        public var reason: String {
            if case .input(let e) = self { return e.reason }
            return description
        }
    }

    /// The form of an input, from its content and (for HTML and Word) its file name.
    public static func detectForm(_ raw: [UInt8], path: String) -> InputForm {
        let lower = path.lowercased()
        // Word by its bytes (a zip, an OLE compound file); a `.doc` name holding a web page is HTML.
        if raw.starts(with: [0x50, 0x4B, 0x03, 0x04]) || raw.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || raw.starts(with: Array("{\\rtf".utf8)) { return .docx }
        // A text is looked at as it will be read: decomposed (NFD), its `CỘNG HÒA` must key as the
        // composed one does; a zero-width space before a `|` line must not hide it.
        return detectTextForm(SourceText.asRead(raw) ?? raw, path: path, lower: lower)
    }

    private static func detectTextForm(_ raw: [UInt8], path: String, lower: String) -> InputForm {
        let probe = raw.prefix(4096)
        var i = probe.startIndex
        while i < probe.endIndex, probe[i] == 0x20 || probe[i] == 0x0A || probe[i] == 0x0D || probe[i] == 0x09 || probe[i] == 0xEF || probe[i] == 0xBB || probe[i] == 0xBF { i += 1 }
        let opensTag = i < probe.endIndex && probe[i] == UInt8(ascii: "<")
        // An OpenDocument text saved as one XML file (`.fodt`) is a word processor's file, not a page.
        if opensTag, OdtReader.isFlatText(raw) { return .docx }
        if (lower.hasSuffix(".docx") || lower.hasSuffix(".doc")) && !opensTag { return .docx }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        // Markdown that opens with a table in raw HTML (pandoc's GFM) is text; any other markup, a page.
        if opensTag { return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || isMarkdownWithRawTables(raw.prefix(65536), openingAt: i) ? .text : .html }
        // A line holding only "|" is pipe-text; lines ending in " |" are inline-pipe rows.
        let limit = min(raw.endIndex, raw.startIndex + 65536)
        let (pipeLines, inlineRows, plainHeaderFirst) = raw.withUnsafeBufferPointer { countRows(UnsafeBufferPointer(rebasing: $0[..<limit])) }
        if pipeLines >= 2 { return .pipeText }
        // Rows drawn in a grid (`+---+` borders: pandoc's plain text and Markdown) are text too, and
        // so are rows under Markdown's delimiter row without edge pipes (`---|---`, html2text's).
        if inlineRows >= 1 { return plainHeaderFirst || drawsGrid(raw[..<limit]) || contains(raw[..<limit], edgelessDelimiter) ? .text : .inlinePipe }
        // Rows whose line breaks arrived as literal "\r\n" text.
        if containsLiteralLineBreakRows(raw[..<limit]) { return .inlinePipe }
        // Hard-wrapped text without tables (a site's text copy) reads as pipe-text too: many line
        // breaks fall inside a sentence, before a lower-case word. With blank lines between its
        // paragraphs (`pandoc -t plain`, `fmt`), wrapped text is blank-line text; so is text whose
        // header stands in lines of its own (a PDF's text, `pdftotext`), read by its lines.
        return hardWrapped(raw[..<limit]) && !plainHeaderFirst ? .pipeText : .text
    }

    /// Text that opens with a `<table>` and has no page around it (no `<html>`, `<head>` or `<body>`),
    /// with Markdown's marks on lines of its own (`**KẾ HOẠCH**`, `# …`, `| … |` rows): Markdown whose
    /// tables of several paragraphs a cell are raw HTML, as pandoc's GFM writes a Word file.
    static func isMarkdownWithRawTables(_ raw: ArraySlice<UInt8>, openingAt first: Int) -> Bool {
        // The first tag, from its bytes: a page (most inputs that open with a tag) goes no further.
        let tag = Array("<table".utf8)
        guard first + tag.count <= raw.endIndex, tag.indices.allSatisfy({ raw[first + $0] | 0x20 == tag[$0] | 0x20 }) else { return false }
        let text = String(decoding: raw, as: UTF8.self)
        let lower = text.lowercased()
        guard !["<html", "<head", "<body", "<!doctype"].contains(where: { lower.contains($0) }) else { return false }
        return text.linesAtLF.contains { line in
            var l = line
            while let last = l.last, last == " " || last == "\t" || last == "\r" { l = l.dropLast() }
            return l.hasPrefix("**") || l.hasPrefix("# ") || l.hasPrefix("## ") || (l.hasPrefix("|") && l.hasSuffix("|"))
        }
    }

    /// Whether a line opens with a grid table's border (`+---`).
    private static func drawsGrid(_ raw: ArraySlice<UInt8>) -> Bool {
        raw.starts(with: gridBorder.dropFirst()) || raw.withUnsafeBufferPointer { hay in gridBorder.withUnsafeBufferPointer { Bytes.search(hay, $0) != nil } }
    }

    private static let gridBorder = Array("\n+---".utf8)
    private static let edgelessDelimiter = Array("\n---|---".utf8)

    private static func contains(_ raw: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        raw.withUnsafeBufferPointer { hay in needle.withUnsafeBufferPointer { Bytes.search(hay, $0) != nil } }
    }

    /// "CỘNG H" as it opens the quốc hiệu (national motto) line: in Unicode, and in the legacy
    /// encodings (VNI, TCVN3) as raw bytes and as those bytes read as Latin-1, before conversion,
    /// and in Windows-1258 (Ô, then the dot below as a combining mark) and VISCII (Ộ as 93) bytes,
    /// and those two read as Latin-1 (`CÔòNG H`, `C` U+0093 `NG H`).
    private static let congHoa: [[UInt8]] = [Array("CỘNG H".utf8), Array("COÄNG H".utf8), Array("CO".utf8) + [0xC4] + Array("NG H".utf8),
                                             Array("CéNG H".utf8), [0x43, 0xE9] + Array("NG H".utf8), [0x43, 0xD4, 0xF2] + Array("NG H".utf8),
                                             [0x43, 0x93] + Array("NG H".utf8), Array("CÔòNG H".utf8), [0x43, 0xC2, 0x93] + Array("NG H".utf8)]
    private static let besideColumn = (["CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI"] + HeaderParser.titlesInPlace).map { Array("   \($0)".utf8) }
    /// A Party's or a Youth Union's header line in place of the quốc hiệu.
    private static let partyNames = HeaderParser.titlesInPlace.map { Array($0.utf8) }
    private static let literalBreaks = [" | \\r\\n", "\\r\\n | "].map { Array($0.utf8) }

    /// Rows whose line breaks arrived as the literal text `\r\n`.
    private static func containsLiteralLineBreakRows(_ raw: ArraySlice<UInt8>) -> Bool {
        raw.withUnsafeBufferPointer { hay in
            literalBreaks.contains { needle in needle.withUnsafeBufferPointer { Bytes.search(hay, $0) != nil } }
        }
    }

    /// Lines holding only `|`, lines ending in ` |`, and whether the quốc hiệu stands on a line of its
    /// own before any row (text with tables). Lines are found with `memchr`; the count stops at the
    /// second `|` line, which makes the text pipe-text whatever else it holds.
    private static func countRows(_ raw: UnsafeBufferPointer<UInt8>) -> (pipeLines: Int, inlineRows: Int, plainHeaderFirst: Bool) {
        var pipeLines = 0, inlineRows = 0
        var plainHeaderFirst = false
        guard let base = raw.baseAddress else { return (0, 0, false) }
        var lineStart = 0
        while lineStart < raw.count {
            guard let hit = memchr(base + lineStart, 0x0A, raw.count - lineStart) else { break }
            let k = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            var s = lineStart, e = k
            while s < e, raw[s] == 0x20 || raw[s] == 0x09 { s += 1 }
            while e > s, raw[e - 1] == 0x20 || raw[e - 1] == 0x0D || raw[e - 1] == 0x09 { e -= 1 }
            if e - s == 1, raw[s] == UInt8(ascii: "|") {
                pipeLines += 1
                // Two settle it (the caller asks nothing more of a pipe-text).
                if pipeLines == 2 { break }
            } else if e - s > 2, raw[e - 1] == UInt8(ascii: "|"), raw[e - 2] == 0x20 { inlineRows += 1 }
            else if inlineRows == 0, pipeLines == 0, !plainHeaderFirst {
                let line = UnsafeBufferPointer(rebasing: raw[s..<e])
                // At the line's start, or in its right column (`pdftotext -layout`: after a run of spaces).
                plainHeaderFirst = congHoa.contains { line.starts(with: $0) } || partyNames.contains { line.starts(with: $0) }
                    || besideColumn.contains { needle in needle.withUnsafeBufferPointer { Bytes.search(line, $0) != nil } }
            }
            lineStart = k + 1
        }
        return (pipeLines, inlineRows, plainHeaderFirst)
    }

    /// Whether at least a fifth of the line breaks are wraps (the next line opens in lower case),
    /// with no more than a few blank lines (a text whose paragraphs stand between blank lines
    /// is blank-line text, wrapped or not).
    static func hardWrapped(_ b: ArraySlice<UInt8>) -> Bool {
        // Blank lines before the text and after it say nothing of how its paragraphs are set.
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
        let bytes = Array(b.drop(while: isSpace).reversed().drop(while: isSpace).reversed())
        var breaks = 0, wraps = 0, blank = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A, i + 1 < bytes.count {
                breaks += 1
                if Case.startsLower(bytes, i + 1, bytes.count) == true { wraps += 1 }
                // A line of spaces is a blank line too (a copy that keeps spaces at line ends).
                var j = i + 1
                while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
                if j < bytes.count, bytes[j] == 0x0A { blank += 1 }
            }
            i += 1
        }
        return wraps >= 3 && wraps * 5 >= breaks && blank * 20 < breaks
    }

    /// Parses one document.
    /// - Parameters:
    ///   - raw: the input bytes as read.
    ///   - path: the name to report (`-` for standard input).
    ///   - form: the input form; detected from the content when nil.
    ///   - repairing: whether a damaged copy (UTF-8 but for a few stray bytes) is read with each run of
    ///     them replaced by U+FFFD and a U01 warning at each, instead of refused.
    /// - Throws: `Failure` when the bytes hold no readable document.
    public static func read(_ raw: [UInt8], path: String, form: InputForm? = nil, repairing: Bool = false) throws(Failure) -> Document {
        let (doc, source) = try readWithSource(raw, path: path, form: form, repairing: repairing)
        var columns = SourceColumns(doc, source: source)
        return columns.map(doc)
    }

    /// Parses one document and returns the decoded source too (for diagnostics that quote lines).
    /// A page's and a text's columns are still those of their lines' visible text, as the
    /// validators count them: carry them to the lines' bytes with `SourceColumns` before showing them.
    public static func readWithSource(_ file: [UInt8], path: String, form: InputForm? = nil, repairing: Bool = false) throws(Failure) -> (document: Document, source: SourceText) {
        // A UTF-16 text or page is read as its UTF-8 (the file's own bytes still name it: sha256).
        var raw = SourceText.utf8(fromUTF16: file) ?? file
        let form = form ?? detectForm(raw, path: path)
        // A damaged copy mended where asked; its notes join the decoder's, in the mended text's places.
        var mends: [Diagnostic] = []
        if repairing, form != .docx, let mended = SourceText.mendingStrayBytes(raw) { (raw, mends) = mended }
        var text: SourceText
        var blocks: [Block]
        var page: PageFormat?
        switch form {
        case .html:
            do { text = try HTMLDecoder.decode(raw) } catch { throw .input(error) }
            if !mends.isEmpty { text.noteReplacements(mends) }
            text.diagnostics = VisibleColumns<HTMLColumns>.visible(text.diagnostics, in: text)
            do { blocks = try HTMLReader.read(text, notes: &text.diagnostics) } catch { throw .html(error) }
            // VNI or TCVN3 letters written as character references show only now.
            if HTMLDecoder.hasLatin1References(raw) { blocks = LegacyText.convert(blocks, notes: &text.diagnostics) }
        case .pipeText:
            text = try decodedText(raw, mends: mends)
            blocks = PipeTextTokenizer().tokenize(text)
        case .text:
            text = try decodedText(raw, mends: mends)
            text.diagnostics = VisibleColumns<PlainLines>.visible(text.diagnostics, in: text)
            blocks = TextTokenizer().tokenize(text, notes: &text.diagnostics, embedded: embeddedTables(text))
        case .inlinePipe:
            text = try decodedText(raw, mends: mends)
            text.diagnostics = VisibleColumns<PlainLines>.visible(text.diagnostics, in: text)
            blocks = InlinePipeTokenizer().tokenize(text, notes: &text.diagnostics)
        case .docx:
            do { (text, blocks, page) = try DocxReader.read(raw) } catch { throw .docx(error) }
        }
        var doc = SectionParser().parse(blocks, source: SourceInfo(path: path, form: form, sha256: sha256(file)), diagnostics: text.diagnostics)
        doc.page = page
        return (doc, text)
    }

    /// A text form's bytes decoded, the notes on their mended bytes joined, and its diacritics
    /// restored where it was typed without them.
    private static func decodedText(_ raw: [UInt8], mends: [Diagnostic]) throws(Failure) -> SourceText {
        var text: SourceText
        do { text = try SourceText(decoding: raw) } catch { throw .input(error) }
        if !mends.isEmpty { text.noteReplacements(mends) }
        return text.restoringDiacritics() ?? text
    }

    /// Tables written as raw HTML inside a Markdown text (pandoc's GFM writes a table so when a cell
    /// holds more than one paragraph, as a header's and a signature's do): each run of lines from one
    /// opening with `<table` to its `</table>`, read by the HTML adapter. A run left open is text.
    static func embeddedTables(_ text: SourceText) -> [EmbeddedTable] {
        let mayHold = text.bytes.withUnsafeBufferPointer { hay in
            ["<table", "<TABLE"].contains { tag in Array(tag.utf8).withUnsafeBufferPointer { Bytes.search(hay, $0) != nil } }
        }
        guard mayHold else { return [] }
        /// How many tags open with `name` (`table`, `/table`) in a line.
        func tags(_ line: String, _ name: String) -> Int {
            line.lowercased().split(separator: "<", omittingEmptySubsequences: false).dropFirst().filter { $0.hasPrefix(name) }.count
        }
        var out: [EmbeddedTable] = []
        var n = 1
        while n <= text.lineCount {
            let line = text.lineText(n)
            guard line.drop(while: { $0 == " " }).lowercased().hasPrefix("<table") else { n += 1; continue }
            // To the line that closes it (tables inside its cells open and close within).
            var depth = 0, end = n
            while end <= text.lineCount {
                let l = text.lineText(end)
                depth += tags(l, "table") - tags(l, "/table")
                if depth <= 0 { break }
                end += 1
            }
            guard end <= text.lineCount else { break }
            let from = text.lineStarts[n - 1], to = end < text.lineCount ? text.lineStarts[end] : text.bytes.count
            if let page = try? HTMLDecoder.decode(Array(text.bytes[from..<to])), let blocks = try? HTMLReader.read(page),
               let table = blocks.lazy.compactMap({ if case .table(let t) = $0 { t } else { nil } }).first {
                let rows = table.rows.compactMap { row in
                    row.first.map { first in
                        EmbeddedTable.Row(line: n + first.line - 1, cells: row.map(\.text), cellBlocks: row.map { cell in
                            cell.paragraphs.map { TextBlock(text: $0.text, line: n + $0.line - 1, column: $0.column, breaks: $0.breaks) }
                        })
                    }
                }
                out.append(EmbeddedTable(lines: n...end, rows: rows, headerRows: table.headerRows))
            }
            n = end + 1
        }
        return out
    }

    /// Lower-case hex SHA-256 of the bytes (Nettle's).
    public static func sha256(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_SIZE))
        bytes.withUnsafeBufferPointer { vanban_sha256($0.baseAddress, $0.count, &digest) }
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(2 * digest.count)
        for byte in digest {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Carries a document's columns to its source lines, after the validators are done. A page's texts
/// and a text's lines count their columns in the visible text of their lines (see `VisibleColumns`:
/// a page's tags left out, white space folded); pipe-text and Word files count them as read.
public struct SourceColumns {
    private enum Lines {
        case page(VisibleColumns<HTMLColumns>)
        case text(VisibleColumns<PlainLines>)
        case asRead
    }
    private var lines: Lines
    private let source: SourceText

    /// The bytes of a line, its line break apart.
    public func length(ofLine line: Int) -> Int { source.lineRange(line).count }

    public init(_ doc: Document, source: SourceText) {
        self.source = source
        switch doc.source.form {
        case .html: lines = .page(VisibleColumns(source))
        case .text, .inlinePipe: lines = .text(VisibleColumns(source))
        case .pipeText, .docx: lines = .asRead
        }
    }

    /// `p` in its line's own bytes.
    public mutating func position(_ p: Position) -> Position {
        switch lines {
        case .page(var c): defer { lines = .page(c) }; return c.sourcePosition(p)
        case .text(var c): defer { lines = .text(c) }; return c.sourcePosition(p)
        case .asRead: return p
        }
    }

    /// Just after the byte at `p`, in its line's own bytes: on a page, past the whole character
    /// reference that spells the byte's character (`&amp;`, `&#7879;`), not past its `&` alone.
    public mutating func position(after p: Position) -> Position {
        let at = position(p)
        let next = Position(line: at.line, column: at.column + 1)
        guard case .page = lines else { return next }
        let range = source.lineRange(at.line), k = at.column - 1
        // The page's own reading of a reference there (as its visible text decodes it).
        let end = source.bytes.withUnsafeBufferPointer { all -> Int? in
            let line = UnsafeBufferPointer(rebasing: all[range])
            guard k >= 0, k < line.count, line[k] == UInt8(ascii: "&") else { return nil }
            return HTMLColumns.reference(line, at: k)?.1
        }
        return end.map { Position(line: at.line, column: $0 + 1) } ?? next
    }

    /// The document with the columns its JSON shows (its nodes', its diagnostics') in its lines.
    public mutating func map(_ doc: Document) -> Document {
        var doc = doc
        switch lines {
        case .page(var c): c.map(&doc); lines = .page(c)
        case .text(var c): c.map(&doc); lines = .text(c)
        case .asRead: break
        }
        return doc
    }
}

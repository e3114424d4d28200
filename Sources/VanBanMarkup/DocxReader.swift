internal import CLibXML2
import VanBanModel
import VanBanSyntax

/// Reads a Word file (.docx: WordprocessingML in a zip archive) into the block stream the section
/// parser reads: `w:p` paragraphs (`w:br` splits lines), `w:tbl` tables with `w:gridSpan` and
/// `w:vMerge` expanded, nested tables read into their cell, deleted text (`w:del`) left out.
///
/// A Word file has no source lines, so its text is laid out as one: each non-empty paragraph line,
/// in document order, is a line of `source` (and of the diagnostics' `file:line:col`).
public enum DocxReader {
    /// Reads a Word file (an OpenDocument text too, handed to `OdtReader`). The libxml2 tree is freed
    /// inside this call; no C pointer leaves this file.
    /// - Throws: `DocxReadError` when the bytes hold no readable Word document.
    public static func read(_ raw: [UInt8]) throws(DocxReadError) -> (source: SourceText, blocks: [Block], page: PageFormat?) {
        if raw.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return try DocReader.read(raw) }
        if raw.starts(with: Array("{\\rtf".utf8)) { return try RTFReader.read(raw) }
        if OdtReader.isFlatText(raw) { return try OdtReader.readFlat(raw) }
        let archive = try ZipArchive(raw)
        let parts = PackageParts(archive)
        if OdtReader.isText(archive, wordDocument: parts.document) { return try OdtReader.read(archive) }
        if let kind = parts.otherKind(archive) { throw .otherPackage(kind) }
        guard let part = archive.member(named: parts.document) else { throw .noDocumentPart }
        let xml = try archive.contents(of: part)
        // Automatic list numbers, when the file has them (a damaged numbering part is left out).
        var numbering = ListNumbering()
        if let m = archive.member(named: parts.numbering), let bytes = try? archive.contents(of: m) {
            withXML(bytes) { numbering.readDefinitions($0) }
        }
        // Theme fonts (`minorHAnsi` …) name the theme's typefaces; the default font comes from the styles.
        var fonts = FontTable()
        if let m = archive.member(named: parts.theme), let bytes = try? archive.contents(of: m) {
            withXML(bytes) { fonts.readTheme($0) }
        }
        if let m = archive.member(named: parts.styles), let bytes = try? archive.contents(of: m),
           let styles = withXML(bytes, StyleSheet.init) {
            numbering.styles = styles
            fonts.styles = styles
        }
        var walker = DocxWalker()
        walker.numbering = numbering
        walker.fonts = fonts
        var page = PageFormat()
        let read: Bool? = withXML(xml) { root in
            guard let body = child(root, "body") else { return false }
            walker.walk(body)
            walker.flush()
            if let sectPr = child(body, "sectPr") { page = Self.pageSetup(sectPr) }
            return true
        }
        guard read == true else { throw .badXML }
        // The footnotes, after the document as a page prints them: each opens with its mark (`[1] …`).
        if !walker.footnotes.isEmpty, let m = archive.member(named: parts.footnotes), let bytes = try? archive.contents(of: m) {
            withXML(bytes) { root in
                var byID: [String: xmlNodePtr] = [:]
                var c = root.pointee.children
                while let n = c {
                    c = n.pointee.next
                    if isNamed(n, "footnote"), let id = prop(n, "id") { byID[id] = n }
                }
                for (k, id) in walker.footnotes.enumerated() {
                    guard let note = byID[id] else { continue }
                    walker.noteMark = k + 1
                    walker.walk(note)
                    walker.flush()
                }
                walker.noteMark = nil
            }
        }
        if walker.tooDeep { throw .corrupt("its elements nest more than \(DocxWalker.maxDepth) deep") }
        page.fonts = walker.fonts.used.sorted()
        var (source, blocks) = try materialize(lines: walker.lines, blocks: walker.blocks)
        source.diagnostics.insert(contentsOf: LegacyFont.notes(walker.legacyFonts), at: 0)
        return (source, blocks, page)
    }

    /// Paper and margins of the (last) section.
    static func pageSetup(_ sectPr: xmlNodePtr) -> PageFormat {
        func mm(_ node: xmlNodePtr?, _ name: String) -> Int? { node.flatMap { intProp($0, name) }.map { millimetres(twips: abs($0)) } }
        var page = PageFormat()
        let size = child(sectPr, "pgSz")
        page.paperWidth = mm(size, "w")
        page.paperHeight = mm(size, "h")
        let margins = child(sectPr, "pgMar")
        if let top = mm(margins, "top"), let bottom = mm(margins, "bottom"), let left = mm(margins, "left"), let right = mm(margins, "right") {
            page.margins = (top, bottom, left, right)
        }
        return page
    }

    /// The lines laid out as text (NFC and the damage checks as for any text input), and the blocks
    /// with their texts taken from it.
    static func materialize(lines: [[UInt8]], blocks pending: [PendingBlock]) throws(DocxReadError) -> (source: SourceText, blocks: [Block]) {
        var text: [UInt8] = []
        for line in lines { text += line; text.append(0x0A) }
        let source: SourceText
        do { source = try SourceText(decoding: text) } catch { throw .noText }
        func block(_ i: Int) -> TextBlock { TextBlock(text: source.lineText(i + 1), line: i + 1) }
        func line(_ anchor: Int) -> Int { max(1, min(anchor + 1, source.lineCount)) }
        let blocks: [Block] = pending.map { b in
            switch b {
            case .paragraph(let i): return .paragraph(block(i))
            case .table(let t):
                let rows = t.rows.map { row in
                    row.map { cell in
                        let lines = cell.lines.map(block)
                        return RawCell(lines: lines, paragraphs: lines, line: cell.lines.first.map { $0 + 1 } ?? line(cell.anchor))
                    }
                }
                return .table(RawTable(rows: rows, rowsMarked: true, line: line(t.anchor), headerRows: t.headerRows))
            }
        }
        return (source, blocks)
    }

    /// Parses XML, hands its root element to `body`, frees the tree; nil when it is not well-formed.
    static func withXML<R>(_ part: [UInt8], _ body: (xmlNodePtr) -> R) -> R? {
        // A part in UTF-16 (OOXML and ODF allow it; a .NET writer may give it) is read as its UTF-8:
        // the parser is told UTF-8, whatever the declaration says.
        let bytes = SourceText.utf8(fromUTF16: part) ?? part
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        _ = libxml2Initialized
        // No network, no external entities or DTDs loaded (no XML_PARSE_NOENT, no XML_PARSE_DTDLOAD).
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_HUGE.rawValue)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { xmlReadMemory($0, Int32(buf.count), "part.xml", "UTF-8", options) }
            }
        }
        guard let parsed else { return nil }
        let doc = OwnedDoc(parsed)
        guard let root = xmlDocGetRootElement(doc.raw) else { return nil }
        return body(root)
    }
}

/// Where the parts of a Word package are, found as Word finds them: the main document through the
/// package's relationships (`_rels/.rels`), numbering, styles and theme through the document's own
/// (`word/_rels/document.xml.rels`); Word's usual names where a relationship is missing.
struct PackageParts {
    var document = "word/document.xml"
    var numbering = "word/numbering.xml"
    var styles = "word/styles.xml"
    var theme = "word/theme/theme1.xml"
    var footnotes = "word/footnotes.xml"

    init(_ archive: ZipArchive) {
        if let main = Self.targets(in: archive, rels: "_rels/.rels", base: "")["officeDocument"] { document = main }
        let slash = document.lastIndex(of: "/")
        let directory = slash.map { String(document[..<$0]) } ?? ""
        let name = slash.map { String(document[document.index(after: $0)...]) } ?? document
        let rels = (directory.isEmpty ? "" : directory + "/") + "_rels/" + name + ".rels"
        let targets = Self.targets(in: archive, rels: rels, base: directory)
        numbering = targets["numbering"] ?? numbering
        styles = targets["styles"] ?? styles
        theme = targets["theme"] ?? theme
        footnotes = targets["footnotes"] ?? footnotes
    }

    /// What the package is when it is neither a Word document nor an OpenDocument text: by its main
    /// part (Office's presentations and workbooks) or its `mimetype` member (OpenDocument's other
    /// kinds, EPUB); nil for a Word package.
    func otherKind(_ archive: ZipArchive) -> String? {
        if document.hasPrefix("ppt/") { return "a PowerPoint presentation (.pptx)" }
        if document.hasPrefix("xl/") { return "an Excel workbook (.xlsx)" }
        guard archive.member(named: document) == nil, let m = archive.member(named: "mimetype"),
              let bytes = try? archive.contents(of: m) else { return nil }
        let type = String(decoding: bytes.prefix(80), as: UTF8.self)
        if type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") { return "an OpenDocument spreadsheet (.ods)" }
        if type.hasPrefix("application/vnd.oasis.opendocument.presentation") { return "an OpenDocument presentation (.odp)" }
        if type.hasPrefix("application/vnd.oasis.opendocument") { return "an OpenDocument file" }
        if type.hasPrefix("application/epub+zip") { return "an EPUB book" }
        return nil
    }

    /// The last word of each relationship type (`…/relationships/styles` → `styles`) → the part's name
    /// in the archive (targets are relative to `base`, or absolute from the package root).
    private static func targets(in archive: ZipArchive, rels: String, base: String) -> [String: String] {
        guard let m = archive.member(named: rels), let bytes = try? archive.contents(of: m) else { return [:] }
        var out: [String: String] = [:]
        _ = DocxReader.withXML(bytes) { root in
            var c = root.pointee.children
            while let n = c {
                c = n.pointee.next
                guard isNamed(n, "Relationship"), prop(n, "TargetMode") != "External", let type = prop(n, "Type"),
                      let target = prop(n, "Target"), let kind = type.split(separator: "/").last else { continue }
                let path = target.hasPrefix("/") ? String(target.dropFirst()) : (base.isEmpty ? target : base + "/" + target)
                if out[String(kind)] == nil { out[String(kind)] = normalized(path) }
            }
        }
        return out
    }

    /// `word/../customXml/x.xml` → `customXml/x.xml`.
    private static func normalized(_ path: String) -> String {
        var out: [Substring] = []
        for piece in path.split(separator: "/") {
            if piece == ".." { _ = out.popLast() } else if piece != "." { out.append(piece) }
        }
        return out.joined(separator: "/")
    }
}

/// Twentieths of a point (Word's page measures) in whole millimetres.
func millimetres(twips: Int) -> Int { Int((Double(twips) / 56.6929).rounded()) }

/// What `word/styles.xml` says that matters here: each style's parent (`w:basedOn`), the list
/// (`w:numPr`) and the font (`w:rFonts`) it sets itself, the default paragraph style and the
/// document's default font. A style's list and font are looked up through its `w:basedOn` chain.
struct StyleSheet {
    private var parent: [String: String] = [:]
    private var lists: [String: (numId: Int, level: Int)] = [:]
    private var fonts: [String: FontReference] = [:]
    private(set) var defaultParagraphStyle: String?
    private(set) var defaultFont: FontReference?
    /// The styles of a table of contents' paragraphs (Word's built-in `toc 1` … `toc 9` and `TOC
    /// Heading`, by name: their ids may be localized).
    private(set) var tableOfContents: Set<String> = []

    init() {}

    init(_ root: xmlNodePtr) {
        defaultFont = child(root, "docDefaults").flatMap { child($0, "rPrDefault") }.flatMap { child($0, "rPr") }
            .flatMap { child($0, "rFonts") }.flatMap(FontReference.init)
        var c = root.pointee.children
        while let n = c {
            c = n.pointee.next
            guard isNamed(n, "style"), let id = prop(n, "styleId") else { continue }
            if prop(n, "type") == "paragraph", prop(n, "default") == "1" { defaultParagraphStyle = id }
            if let name = child(n, "name").flatMap(value)?.lowercased(), name == "toc heading" || name.count == 5 && name.hasPrefix("toc ") && name.last?.isNumber == true {
                tableOfContents.insert(id)
            }
            if let p = child(n, "basedOn").flatMap(value) { parent[id] = p }
            if let f = child(n, "rPr").flatMap({ child($0, "rFonts") }).flatMap(FontReference.init) { fonts[id] = f }
            if let numPr = child(n, "pPr").flatMap({ child($0, "numPr") }), let num = child(numPr, "numId").flatMap(value).flatMap({ Int($0) }) {
                lists[id] = (num, child(numPr, "ilvl").flatMap(value).flatMap { Int($0) } ?? 0)
            }
        }
    }

    func list(of style: String) -> (numId: Int, level: Int)? { inherited(style, lists) }
    func font(of style: String) -> FontReference? { inherited(style, fonts) }

    /// The nearest value up a style's `w:basedOn` chain (16 steps at most: a damaged file may loop).
    private func inherited<T>(_ id: String, _ own: [String: T]) -> T? {
        var style: String? = id
        var depth = 0
        while let s = style, depth < 16 {
            if let v = own[s] { return v }
            style = parent[s]
            depth += 1
        }
        return nil
    }
}

/// The fonts of the 1990s that draw Vietnamese from legacy code points: the VNI fonts (`VNI-Times`,
/// `VNI-Helve` …) and the TCVN3 ones (`.VnTime`, `.VnTimeH`, `.VnArial` …). Text set in them is
/// their encoding's letters, whatever the rest of the document is in.
enum LegacyFont {
    struct Encoding {
        let name: String
        let convert: (String) -> String

        /// The text in Unicode; the font is noted (for U01) when a letter changed.
        func convert(_ text: String, setIn font: String, noting converted: inout [String: Set<String>]) -> String {
            let out = convert(text)
            if out != text { converted[name, default: []].insert(font) }
            return out
        }
    }

    /// U01 for the text converted, by encoding: the fonts it was set in.
    static func notes(_ converted: [String: Set<String>]) -> [Diagnostic] {
        converted.sorted { $0.key < $1.key }.map { encoding, fonts in
            Diagnostic(rule: "U01", severity: .warning,
                message: "the text set in \(fonts.sorted().joined(separator: ", ")) is \(encoding), not Unicode; it was converted to Unicode", line: 1)
        }
    }

    static func encoding(of font: String) -> Encoding? {
        if font.hasPrefix("VNI-") || font.hasPrefix("VNI ") { return Encoding(name: "VNI (Windows)", convert: { VNI.convert(Substring($0)) }) }
        if font.hasPrefix(".Vn") { return Encoding(name: "TCVN3 (ABC)", convert: TCVN3.convertRun) }
        return nil
    }
}

/// A `w:rFonts` element: a font by name, or a theme's font (`minorHAnsi`); nil when it names neither.
struct FontReference {
    var name: String?
    var theme: String?

    init?(_ rFonts: xmlNodePtr) {
        name = prop(rFonts, "ascii") ?? prop(rFonts, "hAnsi")
        theme = prop(rFonts, "asciiTheme") ?? prop(rFonts, "hAnsiTheme")
        if name == nil, theme == nil { return nil }
    }
}

/// The fonts a Word file's text is set in: for each run that sets text, its own font, else its
/// character style's, else its paragraph style's, else the document default; theme references
/// resolved through the theme.
struct FontTable {
    var styles = StyleSheet()
    private var minor: String?
    private var major: String?
    var used: Set<String> = []

    mutating func readTheme(_ root: xmlNodePtr) {
        // a:theme / a:themeElements / a:fontScheme / a:minorFont|a:majorFont / a:latin @typeface
        guard let scheme = child(root, "themeElements").flatMap({ child($0, "fontScheme") }) else { return }
        minor = child(scheme, "minorFont").flatMap { child($0, "latin") }.flatMap { prop($0, "typeface") }
        major = child(scheme, "majorFont").flatMap { child($0, "latin") }.flatMap { prop($0, "typeface") }
    }

    /// A run's font: its own, else its character style's, its paragraph style's, the document's.
    func font(ofRun rFonts: xmlNodePtr?, characterStyle: String?, paragraphStyle: String?) -> String? {
        rFonts.flatMap(FontReference.init).flatMap(resolve)
            ?? characterStyle.flatMap(styles.font(of:)).flatMap(resolve)
            ?? (paragraphStyle ?? styles.defaultParagraphStyle).flatMap(styles.font(of:)).flatMap(resolve)
            ?? styles.defaultFont.flatMap(resolve)
    }

    private func resolve(_ f: FontReference) -> String? {
        if let name = f.name { return name }
        return f.theme.flatMap { $0.hasPrefix("major") ? major : minor }
    }
}

/// Word's automatic list numbers (`word/numbering.xml`): the `1.`, `a)`, `-` that Word draws before a
/// paragraph with `w:numPr` and that are not in its text. Counted as Word counts them: per abstract
/// list, so instances (`w:num`) of one list number on from each other, except where an instance
/// restarts a level (`w:startOverride`, at its first paragraph on that level). A level starts again
/// after any higher level counts, unless its `w:lvlRestart` says after which one (0: never, as
/// articles numbered on across chapters).
struct ListNumbering {
    struct Level {
        var format = "decimal"
        var text = ""
        var start = 1
        /// `w:lvlRestart`: the 1-based level whose use restarts this one (with every higher level);
        /// 0 never; nil after any higher level.
        var restart: Int?
        /// `w:isLgl` (legal numbering): every level's number in this level's text is drawn in Arabic
        /// digits (`1.1.` under a Roman `I.`).
        var legal = false

        /// Whether a paragraph at `ilvl`, a higher level, starts this level's count again.
        func restarts(after ilvl: Int) -> Bool { restart.map { ilvl < $0 } ?? true }
    }
    private var abstract: [Int: [Int: Level]] = [:]
    /// numId → (abstractNumId, level start overrides).
    private var lists: [Int: (abstract: Int, starts: [Int: Int])] = [:]
    /// Paragraph styles, which may carry a list.
    var styles = StyleSheet()
    /// Per abstract list, the count of each level (nil: not started since its parent last counted).
    private var counters: [Int: [Int?]] = [:]
    /// Instance levels whose start override has taken effect (id × 16 + level).
    private var restarted: Set<Int> = []

    mutating func readDefinitions(_ root: xmlNodePtr) {
        var c = root.pointee.children
        while let n = c {
            c = n.pointee.next
            if isNamed(n, "abstractNum"), let id = intProp(n, "abstractNumId") {
                var levels: [Int: Level] = [:]
                var l = n.pointee.children
                while let lvl = l {
                    l = lvl.pointee.next
                    guard isNamed(lvl, "lvl"), let ilvl = intProp(lvl, "ilvl") else { continue }
                    var level = Level()
                    if let f = child(lvl, "numFmt").flatMap(value) { level.format = f }
                    if let t = child(lvl, "lvlText").flatMap(value) { level.text = t }
                    if let s = child(lvl, "start").flatMap(value).flatMap({ Int($0) }) { level.start = boundedInt(s) }
                    level.restart = child(lvl, "lvlRestart").flatMap(value).flatMap { Int($0) }
                    level.legal = child(lvl, "isLgl").map { node in value(node).map { $0 != "0" && $0 != "false" } ?? true } ?? false
                    levels[ilvl] = level
                }
                abstract[id] = levels
            } else if isNamed(n, "num"), let id = intProp(n, "numId"), let a = child(n, "abstractNumId").flatMap(value).flatMap({ Int($0) }) {
                var starts: [Int: Int] = [:]
                var o = n.pointee.children
                while let over = o {
                    o = over.pointee.next
                    if isNamed(over, "lvlOverride"), let ilvl = intProp(over, "ilvl"), let s = child(over, "startOverride").flatMap(value).flatMap({ Int($0) }).map(boundedInt) {
                        starts[ilvl] = s
                    }
                }
                lists[id] = (a, starts)
            }
        }
    }

    /// The number Word draws before a paragraph, counting it; nil when it has none.
    mutating func label(_ pPr: xmlNodePtr?) -> String? {
        guard let pPr else { return nil }
        var numId: Int?, ilvl = 0
        if let style = child(pPr, "pStyle").flatMap(value), let s = styles.list(of: style) { (numId, ilvl) = (s.numId, s.level) }
        if let numPr = child(pPr, "numPr") {
            if let id = child(numPr, "numId").flatMap(value).flatMap({ Int($0) }) { numId = id }
            if let l = child(numPr, "ilvl").flatMap(value).flatMap({ Int($0) }) { ilvl = l }
        }
        guard let id = numId else { return nil }
        return label(list: id, level: ilvl)
    }

    /// Adds an abstract list (Word 97: a list's levels) under `id`.
    mutating func define(abstract id: Int, levels: [Int: Level]) { abstract[id] = levels }

    /// Adds a list instance (`w:num`; Word 97: a list format override) of an abstract list.
    mutating func define(list id: Int, abstract: Int, starts: [Int: Int] = [:]) { lists[id] = (abstract, starts) }

    /// The number Word draws before a paragraph of list `id` at `ilvl`, counting it; nil when it has none.
    mutating func label(list id: Int, level ilvl: Int) -> String? {
        guard id != 0, let list = lists[id], let levels = abstract[list.abstract], ilvl >= 0, ilvl < 9,
              let level = levels[ilvl] else { return nil }
        var count = counters[list.abstract] ?? Array(repeating: nil, count: 9)
        if let start = list.starts[ilvl], restarted.insert(id * 16 + ilvl).inserted {
            count[ilvl] = start
        } else {
            count[ilvl] = (count[ilvl] ?? (level.start - 1)) + 1
        }
        for deeper in (ilvl + 1)..<9 where levels[deeper]?.restarts(after: ilvl) ?? true { count[deeper] = nil }
        counters[list.abstract] = count
        if level.format == "none" { return nil }
        if level.format == "bullet" { return level.text.contains("+") ? "+" : "-" }
        // `%1.%2.` → the counters of those levels, each in its level's format.
        var out = ""
        var chars = level.text.unicodeScalars.makeIterator()
        while let ch = chars.next() {
            guard ch == "%", let d = chars.next(), let k = Int(String(d)), k >= 1, k <= 9 else { out.unicodeScalars.append(ch); continue }
            let l = levels[k - 1] ?? Level()
            out += Self.format(count[k - 1] ?? l.start, level.legal && l.format != "decimalZero" ? "decimal" : l.format)
        }
        return out.isEmpty ? nil : out
    }

    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter", "upperLetter":
            // Past `zz…` eight letters long no list letters on (a page's `value` may say anything).
            guard n >= 1, n <= 26 * 8 else { return String(n) }
            let letter = String(UnicodeScalar(UInt8(0x61 + (n - 1) % 26)))
            let s = String(repeating: letter, count: (n - 1) / 26 + 1)
            return format == "upperLetter" ? s.uppercased() : s
        case "lowerRoman", "upperRoman":
            guard n >= 1, n < 4000 else { return String(n) }
            let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
            var v = n, s = ""
            for (value, numeral) in table { while v >= value { s += numeral; v -= value } }
            return format == "lowerRoman" ? s.lowercased() : s
        case "decimalZero": return n < 10 ? "0\(n)" : String(n)
        default: return String(n)
        }
    }
}


// MARK: - WordprocessingML → blocks

/// A block before its text is final: lines are indices into the reader's `lines`.
enum PendingBlock {
    struct Cell: Equatable { var lines: [Int]; var anchor: Int; var padding = false }
    struct Table { var rows: [[Cell]]; var headerRows: Int; var anchor: Int }
    case paragraph(Int)
    case table(Table)

    /// Rows of grid cells (a spanning cell repeated over its columns) padded to one width; a last grid
    /// column no row has a cell of its own in (rows stop short of it, or a spanning cell runs over
    /// it) is a leftover of the layout, not a column, and is dropped; so is one where some rows do so
    /// and the others hold empty cells (LibreOffice writes Word's `w:gridAfter` as such cells).
    static func filledGrid(_ grid: [[Cell]], anchor: Int, maxWidth: Int) -> [[Cell]] {
        var width = min(maxWidth, grid.map(\.count).max() ?? 0)
        var filled = grid.filter { !$0.isEmpty }.map { row in
            Array(row.prefix(width)) + Array(repeating: Cell(lines: [], anchor: anchor, padding: true), count: max(0, width - row.count))
        }
        while width > 1 {
            let notOwn = filled.map { $0[width - 1].padding || $0[width - 1] == $0[width - 2] }
            let leftover = notOwn.allSatisfy { $0 }
                || (notOwn.contains(true) && zip(filled, notOwn).allSatisfy { row, other in other || row[width - 1].lines.isEmpty })
            guard leftover else { break }
            width -= 1
            filled = filled.map { Array($0.prefix(width)) }
        }
        return filled
    }

    /// `filled` with one column for each cell of the header's lowest row (`HeaderColumns`): a cell
    /// with text repeated over grid columns is one cell; an empty one is taken for a cell of each
    /// grid column (two empty cells side by side cannot be told from one spanning both).
    static func headerColumns(_ filled: [[Cell]], headerRows: Int) -> [[Cell]] {
        var next = 0
        let slots: [[Int]] = filled.map { row in
            var ids: [Int] = []
            for (c, cell) in row.enumerated() {
                if c > 0, !cell.lines.isEmpty, cell == row[c - 1] { ids.append(ids[c - 1]) } else { next += 1; ids.append(next) }
            }
            return ids
        }
        return HeaderColumns.reading(filled, slots: slots, headerRows: headerRows)
    }

    /// Header rows where the file marks none: two when the first row spans columns over a second that
    /// continues a cell from above (`Thời gian` over `Bắt đầu | Kết thúc`, the cells beside it merged
    /// down), else one. Cells with text only: two empty cells side by side are not a span.
    static func unmarkedHeaderRows(_ filled: [[Cell]]) -> Int {
        guard filled.count > 2 else { return 1 }
        let spans = zip(filled[0], filled[0].dropFirst()).contains { $0 == $1 && !$0.lines.isEmpty }
        let continues = zip(filled[1], filled[0]).contains { $0 == $1 && !$0.lines.isEmpty }
        return spans && continues ? 2 : 1
    }
}

/// Local names compared byte-wise (libxml2 keeps the `w:` prefix apart, in `ns`).
func isNamed(_ node: xmlNodePtr, _ local: StaticString) -> Bool {
    guard node.pointee.type == XML_ELEMENT_NODE, let n = node.pointee.name else { return false }
    let want = local.utf8Start
    var i = 0
    while i < local.utf8CodeUnitCount {
        if n[i] != want[i] { return false }
        i += 1
    }
    return n[i] == 0
}

func child(_ node: xmlNodePtr, _ local: StaticString) -> xmlNodePtr? {
    var c = node.pointee.children
    while let n = c {
        if isNamed(n, local) { return n }
        c = n.pointee.next
    }
    return nil
}

/// `w:val` of an element (`xmlGetProp` matches the attribute's local name in any namespace).
private func value(_ node: xmlNodePtr) -> String? { prop(node, "val") }

func prop(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let v = xmlGetProp(node, name) else { return nil }
    defer { clibxml2_free(v) }
    return String(cString: v)
}

/// An attribute's integer, kept within ±1,000,000 (far past any level, count, start or measure a file
/// holds): a damaged file's `w:val="-9223372036854775808"` must not overflow what is done with it.
func intProp(_ node: xmlNodePtr, _ name: String) -> Int? { prop(node, name).flatMap { Int($0) }.map(boundedInt) }

/// `n` kept within ±1,000,000.
func boundedInt(_ n: Int) -> Int { min(max(n, -1_000_000), 1_000_000) }

/// A field code that makes a table of contents or an index (`TOC \o "1-3" \h`, `INDEX`): its result
/// repeats the document's headings with page numbers, and is not the document's text.
func isGeneratedList(fieldCode: String) -> Bool {
    let word = fieldCode.split(separator: " ").first.map { $0.uppercased() }
    return word == "TOC" || word == "INDEX"
}

/// The text an element holds (a field code's `w:instrText`).
private func textContent(_ node: xmlNodePtr) -> String {
    guard let c = xmlNodeGetContent(node) else { return "" }
    defer { clibxml2_free(c) }
    return String(cString: c)
}

/// What the Word and OpenDocument walkers share: the text's lines so far, the blocks made of them,
/// the paragraph being read, how deep the reader is, and the state a table cell's walker carries on
/// (lines, list counters, fonts …) and hands back.
protocol BlockWalker {
    init()
    var lines: [[UInt8]] { get set }
    var blocks: [PendingBlock] { get set }
    var current: [[UInt8]] { get set }
    var depth: Int { get set }
    var tooDeep: Bool { get set }
    mutating func visit(_ node: xmlNodePtr)
    /// Swaps the state a cell's walker carries on with this walker's (twice: back as it was).
    mutating func exchangeShared(with other: inout Self)
}

extension BlockWalker {
    /// Ends the current paragraph: its non-empty lines become lines of the text.
    mutating func flush() {
        for raw in current {
            let text = collapsed(raw)
            if text.isEmpty { continue }
            lines.append(text)
            blocks.append(.paragraph(lines.count - 1))
        }
        current = [[]]
    }

    mutating func walk(_ node: xmlNodePtr) {
        var c = node.pointee.children
        while let n = c {
            visit(n)
            c = n.pointee.next
        }
    }

    /// The lines of a table cell: its paragraphs' lines, and those of tables nested in it, read by a
    /// walker of its own that carries on this one's lines and counters.
    mutating func cellLines(_ cell: xmlNodePtr) -> [Int] {
        var inner = Self()
        exchangeShared(with: &inner)
        inner.depth = depth
        let before = inner.lines.count
        inner.walk(cell)
        inner.flush()
        tooDeep = tooDeep || inner.tooDeep
        var out: [Int] = []
        for b in inner.blocks {
            switch b {
            case .paragraph(let i): out.append(i)
            case .table(let t): out += t.rows.flatMap { $0.flatMap(\.lines) }.uniqued()
            }
        }
        exchangeShared(with: &inner)
        return out.filter { $0 >= before }
    }
}

private struct DocxWalker: BlockWalker {
    /// Every non-empty line of text, in document order.
    var lines: [[UInt8]] = []
    var blocks: [PendingBlock] = []
    var numbering = ListNumbering()
    var fonts = FontTable()
    /// The style of the paragraph being read (`w:pStyle`), for its runs' font.
    private var paragraphStyle: String?
    /// The legacy fonts whose text was converted, by encoding.
    var legacyFonts: [String: Set<String>] = [:]
    /// How deep the element being read is nested, and whether any was nested deeper than the reader
    /// goes (`maxDepth`: a damaged or hostile file; Word's own stay far below it).
    var depth = 0
    var tooDeep = false
    static let maxDepth = 200
    /// The paragraph being read: its lines so far (split at `w:br`).
    var current: [[UInt8]] = [[]]
    /// Text boxes (`w:txbxContent`) anchored in the paragraph being read: their paragraphs follow it.
    private var boxes: [xmlNodePtr] = []
    /// The complex fields open at this point (`w:fldChar` begin … end), each true when it is a table
    /// of contents or an index: their results repeat the document's headings with page numbers.
    private var fields: [Bool] = []
    /// A paragraph in a table of contents' style is being read (a contents table left without its field).
    private var inContentsParagraph = false
    /// Whether the text here is a table of contents' (or an index's), not the document's flow.
    private var inGeneratedList: Bool { inContentsParagraph || fields.contains(true) }
    /// The footnotes referred to (`w:footnoteReference`), by id, in the order of their first
    /// reference: Word numbers them so.
    var footnotes: [String] = []
    /// Each referred footnote's number (its place in `footnotes`, from 1), found without a search.
    var footnoteNumbers: [String: Int] = [:]
    /// The number of the footnote whose first paragraph is read next: it opens with its mark.
    var noteMark: Int?

    mutating func exchangeShared(with other: inout DocxWalker) {
        swap(&other.footnotes, &footnotes)
        swap(&other.footnoteNumbers, &footnoteNumbers)
        swap(&other.lines, &lines)
        swap(&other.numbering, &numbering)
        swap(&other.fonts, &fonts)
        swap(&other.legacyFonts, &legacyFonts)
    }

    mutating func visit(_ node: xmlNodePtr) {
        // Elements only: text counts inside `w:t` (below), not the white space between elements.
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        // Each level is a few frames of this recursion: past `maxDepth` the stack would run out.
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { tooDeep = true; return }
        if inGeneratedList, isNamed(node, "t") || isNamed(node, "tab") || isNamed(node, "br") || isNamed(node, "cr")
            || isNamed(node, "noBreakHyphen") || isNamed(node, "drawing") || isNamed(node, "pict") {
            return
        }
        if isNamed(node, "t") {
            if let content = xmlNodeGetContent(node) {
                defer { clibxml2_free(content) }
                var n = 0
                while content[n] != 0 { n += 1 }
                current[current.count - 1].append(contentsOf: UnsafeBufferPointer(start: content, count: n))
            }
        } else if isNamed(node, "tab") || isNamed(node, "ptab") {
            current[current.count - 1].append(0x20)
        } else if isNamed(node, "noBreakHyphen") {
            current[current.count - 1].append(UInt8(ascii: "-"))
        } else if isNamed(node, "br") || isNamed(node, "cr") {
            current.append([])
        } else if isNamed(node, "p") {
            flush()
            let outer = boxes
            boxes = []
            paragraphStyle = child(node, "pPr").flatMap { child($0, "pStyle") }.flatMap(value)
            // Its fields are still followed (a contents field may begin or end in it); its text is not read.
            inContentsParagraph = paragraphStyle.map(numbering.styles.tableOfContents.contains) ?? false
            defer { inContentsParagraph = false }
            if !inGeneratedList, let label = numbering.label(child(node, "pPr")) { current[0] = Array((label + " ").utf8) }
            if let mark = noteMark.take() { current[0] = Array("[\(mark)] ".utf8) + current[0] }
            walk(node)
            flush()
            // A text box floats where Word draws it; in the text it comes after its anchor paragraph.
            let anchored = boxes
            boxes = outer
            for box in anchored {
                walk(box)
                flush()
            }
        } else if isNamed(node, "drawing") || isNamed(node, "pict") {
            textBoxes(in: node)
        } else if isNamed(node, "tbl") {
            flush()
            blocks.append(.table(table(node)))
        } else if isNamed(node, "r"), let rPr = child(node, "rPr"), child(rPr, "vanish") != nil {
            return  // hidden text: Word does not show it
        } else if isNamed(node, "r") {
            // The run's font counts when it sets text (not an empty run, a tab or a break).
            let rPr = child(node, "rPr")
            let font = fonts.font(ofRun: rPr.flatMap { child($0, "rFonts") }, characterStyle: rPr.flatMap { child($0, "rStyle") }.flatMap(value), paragraphStyle: paragraphStyle)
            let (line, offset) = (current.count - 1, current[current.count - 1].count)
            let before = current.map(\.count).reduce(0, +)
            walk(node)
            if current.map(\.count).reduce(0, +) > before, let font {
                fonts.used.insert(font)
                // A legacy font's letters (VNI-Times, .VnTime) are its encoding's: they become Unicode here.
                if let encoding = LegacyFont.encoding(of: font) {
                    for k in line..<current.count {
                        let from = k == line ? offset : 0
                        let text = String(decoding: current[k][from...], as: UTF8.self)
                        let converted = encoding.convert(text, setIn: font, noting: &legacyFonts)
                        if converted != text { current[k].replaceSubrange(from..., with: Array(converted.utf8)) }
                    }
                }
            }
        } else if isNamed(node, "footnoteReference") {
            // A footnote's mark where Word draws it (`mức chi[2]`), numbered as Word numbers it.
            guard !inGeneratedList, let id = prop(node, "id") else { return }
            let number = footnoteNumbers[id] ?? {
                footnotes.append(id)
                footnoteNumbers[id] = footnotes.count
                return footnotes.count
            }()
            current[current.count - 1] += Array("[\(number)]".utf8)
        } else if isNamed(node, "fldChar") {
            switch prop(node, "fldCharType") {
            case "begin": fields.append(false)
            case "end": _ = fields.popLast()
            default: break
            }
        } else if isNamed(node, "instrText") {
            if !fields.isEmpty, isGeneratedList(fieldCode: textContent(node)) { fields[fields.count - 1] = true }
        } else if isNamed(node, "fldSimple"), isGeneratedList(fieldCode: prop(node, "instr") ?? "") {
            return
        } else if Self.skipped.contains(where: { isNamed(node, $0) }) {
            return
        } else {
            walk(node)
        }
    }

    /// Subtrees whose text is not the document's flow: deleted text and the old place of moved text
    /// (tracked changes show the document as accepted), field codes, properties, the fallback copy of
    /// alternate content (a VML copy of the drawing before it), endnote and comment references, section
    /// properties.
    private static let skipped: [StaticString] = [
        "del", "delText", "moveFrom", "rPr", "pPr", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "Fallback",
        "endnoteReference", "commentReference",
    ]


    /// Notes the text boxes of a drawing (DrawingML `wps:txbx`, VML `v:textbox`, one by one in a
    /// group) for the end of the paragraph; a picture or a line holds none.
    private mutating func textBoxes(in node: xmlNodePtr) {
        var c = node.pointee.children
        while let n = c {
            if n.pointee.type == XML_ELEMENT_NODE {
                if isNamed(n, "txbxContent") { boxes.append(n) }
                else if !isNamed(n, "Fallback") { textBoxes(in: n) }
            }
            c = n.pointee.next
        }
    }

    // MARK: Tables

    /// Bounds for spans, as in HTML: a huge `w:gridSpan` must not blow up memory or time.
    private static let maxColumns = 64

    private mutating func table(_ tbl: xmlNodePtr) -> PendingBlock.Table {
        var rows: [xmlNodePtr] = []
        collect(tbl, "tr", into: &rows)
        let anchor = lines.count
        var grid: [[PendingBlock.Cell]] = []
        var headerRows = 0
        var leadingHeader = true
        for tr in rows {
            var row: [PendingBlock.Cell] = []
            let trPr = child(tr, "trPr")
            // Rows marked to repeat as the header, up to one made of a single cell across the
            // table: that is a group row (`Buổi sáng …`) repeated with the header, not a header level.
            if leadingHeader, let trPr, child(trPr, "tblHeader") != nil, !isSingleSpanningCell(tr) { headerRows += 1 } else { leadingHeader = false }
            if let trPr, let before = child(trPr, "gridBefore"), let n = value(before).flatMap({ Int($0) }) {
                for _ in 0..<min(max(0, n), Self.maxColumns) { row.append(PendingBlock.Cell(lines: [], anchor: lines.count)) }
            }
            for tc in cells(of: tr) {
                let span = gridSpan(tc)
                let col = row.count
                // A continuation shows the cell above (its own paragraphs are empty in Word's layout).
                let cell = continuesMerge(tc) && grid.last.map { col < $0.count } == true
                    ? grid[grid.count - 1][col]
                    : PendingBlock.Cell(lines: cellLines(tc), anchor: lines.count)
                for _ in 0..<max(0, min(max(1, span), Self.maxColumns - row.count)) { row.append(cell) }
            }
            grid.append(row)
        }
        let filled = PendingBlock.filledGrid(grid, anchor: anchor, maxWidth: Self.maxColumns)
        if headerRows == 0 { headerRows = PendingBlock.unmarkedHeaderRows(filled) }
        let header = min(headerRows, 3, max(1, filled.count - 1))
        return PendingBlock.Table(rows: PendingBlock.headerColumns(filled, headerRows: header), headerRows: header, anchor: anchor)
    }

    /// The grid columns a cell spans (`w:gridSpan`, 1 when absent).
    private func gridSpan(_ tc: xmlNodePtr) -> Int {
        child(tc, "tcPr").flatMap { child($0, "gridSpan") }.flatMap(value).flatMap { Int($0) } ?? 1
    }

    /// `w:vMerge` without `w:val="restart"`: the cell continues the one above.
    private func continuesMerge(_ tc: xmlNodePtr) -> Bool {
        child(tc, "tcPr").flatMap { child($0, "vMerge") }.map { value($0) != "restart" } ?? false
    }

    private func cells(of tr: xmlNodePtr) -> [xmlNodePtr] {
        var cells: [xmlNodePtr] = []
        collect(tr, "tc", into: &cells)
        return cells
    }

    /// A row of one cell that spans more than one grid column.
    private func isSingleSpanningCell(_ tr: xmlNodePtr) -> Bool {
        let cells = cells(of: tr)
        return cells.count == 1 && gridSpan(cells[0]) > 1
    }

    /// Rows of this table or cells of this row, through `w:sdt` and `w:customXml` wrappers, not
    /// those of tables nested deeper.
    private func collect(_ node: xmlNodePtr, _ local: StaticString, into out: inout [xmlNodePtr], depth: Int = 0) {
        // Rows or cells wrapped deeper than the reader goes (a damaged file) are not read.
        guard depth < Self.maxDepth else { return }
        var c = node.pointee.children
        while let n = c {
            if isNamed(n, local) { out.append(n) }
            else if isNamed(n, "sdt") || isNamed(n, "sdtContent") || isNamed(n, "customXml") { collect(n, local, into: &out, depth: depth + 1) }
            c = n.pointee.next
        }
    }
}

extension Array where Element == Int {
    /// The indices in order, each once (a merged cell repeats its lines across the grid).
    func uniqued() -> [Int] {
        var seen = Set<Int>()
        return filter { seen.insert($0).inserted }
    }
}

/// White space collapsed (U+00A0 included) and trimmed; zero-width spaces dropped.
func collapsed(_ b: [UInt8]) -> [UInt8] {
    b.withUnsafeBufferPointer { src in
        [UInt8](filling: src.count) { buf, n in n = collapseWhitespace(src, into: buf) }
    }
}

internal import CLibXML2
import VanBanModel
import VanBanSyntax

/// Reads an OpenDocument text (.odt: ODF XML in a zip archive, as LibreOffice and OpenOffice save it)
/// into the blocks a Word file gives: `text:p` and `text:h` paragraphs (`text:line-break` splits
/// lines), the numbers and bullets a list style draws before `text:list` items and the outline style
/// before headings, `table:table` with its spans expanded (a `table:covered-table-cell` shows the
/// cell that covers it), text boxes after the paragraph that anchors them, and text set in a legacy
/// font (VNI, TCVN3) converted. Deleted text (kept apart in `text:tracked-changes`, or left in place
/// between the marks of a deletion), endnotes, annotations, hidden text and generated indexes are
/// left out, as in a Word file; footnotes are marked where they stand (`[1]`) and read after the text. A flat OpenDocument text (`.fodt`, one XML file) is read the same way.
public enum OdtReader {
    /// The libxml2 trees are freed inside this call; no C pointer leaves this file.
    static func read(_ archive: ZipArchive) throws(DocxReadError) -> (source: SourceText, blocks: [Block], page: PageFormat?) {
        guard let member = archive.member(named: "content.xml") else { throw .damagedOpenDocument("it has no content.xml") }
        let content = try archive.contents(of: member)
        // Common styles, list styles and the page layout; content.xml adds its automatic styles.
        var styles = OdfStyles()
        if let m = archive.member(named: "styles.xml"), let bytes = try? archive.contents(of: m) {
            _ = DocxReader.withXML(bytes) { styles.read($0) }
        }
        return try read(content, part: "its content.xml", styles: styles)
    }

    /// An OpenDocument text saved as one XML file (`.fodt`, Writer's "Flat XML"): styles and body in
    /// one `office:document`.
    static func readFlat(_ raw: [UInt8]) throws(DocxReadError) -> (source: SourceText, blocks: [Block], page: PageFormat?) {
        try read(raw, part: "the file", styles: OdfStyles())
    }

    /// Whether the bytes are a flat OpenDocument text: an XML file (opening with `<?xml` or its root)
    /// whose root is `<office:document … office:mimetype="application/vnd.oasis.opendocument.text">`,
    /// within its first 16 KiB.
    public static func isFlatText(_ raw: [UInt8]) -> Bool {
        let start = raw.firstIndex { !(0x20 == $0 || 0x0A == $0 || 0x0D == $0 || 0x09 == $0 || 0xEF == $0 || 0xBB == $0 || 0xBF == $0) } ?? raw.endIndex
        guard raw[start...].starts(with: Array("<?xml".utf8)) || raw[start...].starts(with: Array("<office:document ".utf8)) else { return false }
        return raw.prefix(16384).withUnsafeBufferPointer { head in
            ["<office:document ", "application/vnd.oasis.opendocument.text\""].allSatisfy { word in
                Array(word.utf8).withUnsafeBufferPointer { Bytes.search(head, $0) != nil }
            }
        }
    }

    private static func read(_ content: [UInt8], part: String, styles: OdfStyles) throws(DocxReadError) -> (source: SourceText, blocks: [Block], page: PageFormat?) {
        var styles = styles
        var walker = OdtWalker()
        let read: Bool? = DocxReader.withXML(content) { root in
            styles.read(root)
            walker.styles = styles
            guard let body = child(root, "body"), let text = child(body, "text") else { return false }
            if let changes = child(text, "tracked-changes") { walker.readDeletions(changes) }
            walker.walk(text)
            walker.flush()
            // The footnotes, each opening with its mark (`[1] …`); a note's own notes are not read.
            let notes = walker.footnotes
            for (k, body) in notes.enumerated() {
                walker.noteMark = k + 1
                walker.walk(body)
                walker.flush()
            }
            walker.noteMark = nil
            return true
        }
        guard let read else { throw .damagedOpenDocument("\(part) is not well-formed XML") }
        guard read else { throw .damagedOpenDocument("\(part) holds no text body (office:text)") }
        if walker.tooDeep { throw .damagedOpenDocument("its elements nest more than \(OdtWalker.maxDepth) deep") }
        var page = styles.pageFormat
        page.fonts = walker.fontsUsed.sorted()
        var (source, blocks) = try DocxReader.materialize(lines: walker.lines, blocks: walker.blocks)
        source.diagnostics.insert(contentsOf: LegacyFont.notes(walker.legacyFonts), at: 0)
        return (source, blocks, page)
    }

    /// An OpenDocument text (or its template) by the package's `mimetype` member; without one, by a
    /// `content.xml` where a Word package would have its main part.
    static func isText(_ archive: ZipArchive, wordDocument: String) -> Bool {
        guard archive.member(named: wordDocument) == nil else { return false }
        guard let m = archive.member(named: "mimetype") else { return archive.member(named: "content.xml") != nil }
        guard let bytes = try? archive.contents(of: m) else { return false }
        return String(decoding: bytes.prefix(80), as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.text")
    }
}

/// What an OpenDocument text's styles say that matters here (`styles.xml`, then the automatic styles
/// of `content.xml`): each paragraph and text style's parent, font and whether it hides its text, the
/// font faces' families, the list styles' levels, and the page layout of the standard master page.
struct OdfStyles {
    struct Style {
        var parent: String?
        /// `style:font-name` (a font face's name) or `fo:font-family`.
        var font: String?
        /// `text:display="none"`: hidden text (Word's hidden runs come through LibreOffice so).
        var hidden = false
    }

    /// One level of a list style: a number in `format` (ODF's `1`, `a`, `A`, `i`, `I`; empty: none)
    /// between `prefix` and `suffix`, with `display` levels shown (`1.2.`), or a bullet.
    struct ListLevel {
        var format = ""
        var prefix = ""
        var suffix = ""
        var display = 1
        var start = 1
        var bullet: String?
    }

    /// Paragraph and text styles, keyed `paragraph:NAME` and `text:NAME`.
    private var styles: [String: Style] = [:]
    private var defaultFont: String?
    /// Font face name → family (`VNI-Times`, without the quotes ODF may put around it).
    private var faces: [String: String] = [:]
    private(set) var lists: [String: [Int: ListLevel]] = [:]
    /// The outline style's levels (Writer's "Chapter Numbering"), which number `text:h` headings.
    private(set) var outline: [Int: ListLevel] = [:]
    private var layouts: [String: PageFormat] = [:]
    private var masterLayout: String?

    /// Reads the font faces, styles and master pages of one part's root element.
    mutating func read(_ root: xmlNodePtr) {
        for section in elements(of: root) {
            if isNamed(section, "font-face-decls") {
                for f in elements(of: section) where isNamed(f, "font-face") {
                    if let name = prop(f, "name") { faces[name] = prop(f, "font-family").map(Self.unquoted) ?? name }
                }
            } else if isNamed(section, "styles") || isNamed(section, "automatic-styles") {
                for s in elements(of: section) { readStyle(s) }
            } else if isNamed(section, "master-styles") {
                // The standard master page, or the first: the pages of a document that names no other.
                let pages = elements(of: section).filter { isNamed($0, "master-page") }
                let standard = pages.first { prop($0, "name") == "Standard" } ?? pages.first
                if let layout = standard.flatMap({ prop($0, "page-layout-name") }) { masterLayout = layout }
            }
        }
    }

    private mutating func readStyle(_ s: xmlNodePtr) {
        let textProperties = child(s, "text-properties")
        let font = textProperties.flatMap { prop($0, "font-name") ?? prop($0, "font-family").map(Self.unquoted) }
        if isNamed(s, "style"), let name = prop(s, "name"), let family = prop(s, "family"), family == "paragraph" || family == "text" {
            styles[family + ":" + name] = Style(parent: prop(s, "parent-style-name"), font: font,
                                                hidden: textProperties.flatMap { prop($0, "display") } == "none")
        } else if isNamed(s, "default-style"), prop(s, "family") == "paragraph", let font {
            defaultFont = font
        } else if isNamed(s, "list-style") || isNamed(s, "outline-style") {
            var levels: [Int: ListLevel] = [:]
            for l in elements(of: s) {
                guard let n = intProp(l, "level"), n >= 1, n <= 10 else { continue }
                var level = ListLevel()
                if isNamed(l, "list-level-style-number") || isNamed(l, "outline-level-style") {
                    level.format = prop(l, "num-format") ?? ""
                    level.prefix = prop(l, "num-prefix") ?? ""
                    level.suffix = prop(l, "num-suffix") ?? ""
                    level.display = max(1, intProp(l, "display-levels") ?? 1)
                    level.start = intProp(l, "start-value") ?? 1
                } else if isNamed(l, "list-level-style-bullet") || isNamed(l, "list-level-style-image") {
                    level.bullet = prop(l, "bullet-char") ?? "-"
                } else {
                    continue
                }
                levels[n] = level
            }
            if isNamed(s, "outline-style") { outline = levels } else if let name = prop(s, "name") { lists[name] = levels }
        } else if isNamed(s, "page-layout"), let name = prop(s, "name"), let p = child(s, "page-layout-properties") {
            var page = PageFormat()
            page.paperWidth = prop(p, "page-width").flatMap(Self.millimetres)
            page.paperHeight = prop(p, "page-height").flatMap(Self.millimetres)
            let margin = prop(p, "margin").flatMap(Self.millimetres)
            func side(_ name: String) -> Int? { prop(p, name).flatMap(Self.millimetres) ?? margin }
            if let top = side("margin-top"), let bottom = side("margin-bottom"), let left = side("margin-left"), let right = side("margin-right") {
                page.margins = (top, bottom, left, right)
            }
            layouts[name] = page
        }
    }

    /// Paper and margins of the standard master page (none set: all nil).
    var pageFormat: PageFormat { masterLayout.flatMap { layouts[$0] } ?? PageFormat() }

    /// The font a paragraph style sets, itself or through its parents, else the default.
    func font(paragraph name: String?) -> String? { inherited(name, family: "paragraph", \.font).map(family) ?? defaultFont.map(family) }

    /// The font a text (span) style sets, itself or through its parents; nil: the paragraph's.
    func font(text name: String?) -> String? { inherited(name, family: "text", \.font).map(family) }

    func isHidden(text name: String?) -> Bool { inherited(name, family: "text") { $0.hidden ? true : nil } ?? false }

    private func inherited<T>(_ name: String?, family: String, _ value: (Style) -> T?) -> T? {
        var name = name
        var hops = 0
        while let n = name, hops < 16, let s = styles[family + ":" + n] {
            if let v = value(s) { return v }
            name = s.parent
            hops += 1
        }
        return nil
    }

    private func family(_ font: String) -> String { faces[font] ?? font }

    private static func unquoted(_ s: String) -> String {
        var t = Substring(s)
        while let f = t.first, f == "'" || f == "\"" { t = t.dropFirst() }
        while let l = t.last, l == "'" || l == "\"" { t = t.dropLast() }
        return String(t)
    }

    /// `21.001cm`, `8.2673in`, `210mm`, `595.3pt` in whole millimetres.
    static func millimetres(_ length: String) -> Int? {
        let units: [(String, Double)] = [("mm", 1), ("cm", 10), ("in", 25.4), ("pt", 25.4 / 72), ("pc", 25.4 / 6)]
        guard let (unit, factor) = units.first(where: { length.hasSuffix($0.0) }), let v = Double(length.dropLast(unit.count)) else { return nil }
        return Int((abs(v) * factor).rounded())
    }
}

/// The element children of a node, in order.
func elements(of node: xmlNodePtr) -> [xmlNodePtr] {
    var out: [xmlNodePtr] = []
    var c = node.pointee.children
    while let n = c {
        if n.pointee.type == XML_ELEMENT_NODE { out.append(n) }
        c = n.pointee.next
    }
    return out
}

// MARK: - ODF → blocks

/// The lists being counted: each top-level `text:list` starts a list unless it continues one
/// (`text:continue-list` names it, `text:continue-numbering="true"` the one before); lists nested in
/// its items count on its levels.
private struct ListCounters {
    /// Per list, the count of each level (nil: not started since its parent last counted).
    var counts: [Int: [Int?]] = [:]
    var byID: [String: Int] = [:]
    /// The list style a list was last drawn with (a numbered paragraph may name none of its own).
    var styleOf: [Int: String] = [:]
    var last: Int?
    var next = 0
    /// The open lists, innermost last: the list counted and the style whose levels draw its numbers.
    var open: [(list: Int, style: String?)] = []

    /// A list of its own, counted from nothing.
    mutating func newList() -> Int {
        defer { next += 1 }
        return next
    }
}

private struct OdtWalker: BlockWalker {
    var styles = OdfStyles()
    /// Every non-empty line of text, in document order.
    var lines: [[UInt8]] = []
    var blocks: [PendingBlock] = []
    var fontsUsed: Set<String> = []
    /// The legacy fonts whose text was converted, by encoding.
    var legacyFonts: [String: Set<String>] = [:]
    private var lists = ListCounters()
    /// The outline's count at each level (nil: not started since its parent last counted).
    private var outlineCounts = [Int?](repeating: nil, count: 10)
    var depth = 0
    var tooDeep = false
    static let maxDepth = 200
    /// The paragraph being read: its lines so far (split at `text:line-break`), and how deep in
    /// paragraphs the reader is (text outside a paragraph is the XML's layout, not the document's).
    var current: [[UInt8]] = [[]]
    private var inParagraph = 0
    /// The font of the text being read: its span's, else its paragraph's.
    private var font: String?
    /// The number a list item draws before its first paragraph.
    private var pendingLabel: String?
    /// Drawings with text (text boxes, shapes) anchored in the paragraph being read: they follow it.
    private var boxes: [xmlNodePtr] = []
    /// Tracked deletions whose text stays in the body between `text:change-start` and
    /// `text:change-end` (as LibreOffice writes some), and those open where the reader is.
    private var deletions: Set<String> = []
    private var openDeletions: Set<String> = []

    /// Notes the changed regions that are deletions (`text:changed-region` holding `text:deletion`).
    mutating func readDeletions(_ changes: xmlNodePtr) {
        for region in elements(of: changes) where isNamed(region, "changed-region") {
            if let id = prop(region, "id"), elements(of: region).contains(where: { isNamed($0, "deletion") }) { deletions.insert(id) }
        }
    }

    /// The footnotes' bodies (`text:note-body`), in the order of their marks: read after the text.
    var footnotes: [xmlNodePtr] = []
    /// The number of the footnote whose first paragraph is read next: it opens with its mark.
    var noteMark: Int?

    mutating func exchangeShared(with other: inout OdtWalker) {
        swap(&other.footnotes, &footnotes)
        swap(&other.styles, &styles)
        swap(&other.lines, &lines)
        swap(&other.fontsUsed, &fontsUsed)
        swap(&other.legacyFonts, &legacyFonts)
        swap(&other.lists, &lists)
        swap(&other.outlineCounts, &outlineCounts)
        swap(&other.deletions, &deletions)
        swap(&other.openDeletions, &openDeletions)
    }

    mutating func visit(_ node: xmlNodePtr) {
        let type = node.pointee.type
        if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE {
            if inParagraph > 0, let content = node.pointee.content { append(content) }
            return
        }
        guard type == XML_ELEMENT_NODE else { return }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { tooDeep = true; return }
        if isNamed(node, "h") {
            heading(node)
        } else if isNamed(node, "p") {
            paragraph(node)
        } else if isNamed(node, "span") {
            let style = prop(node, "style-name")
            if styles.isHidden(text: style) { return }
            let outer = font
            font = styles.font(text: style) ?? font
            walk(node)
            font = outer
        } else if isNamed(node, "change-start") || isNamed(node, "change-end") {
            guard let id = prop(node, "change-id"), deletions.contains(id) else { return }
            if isNamed(node, "change-start") { openDeletions.insert(id) } else { openDeletions.remove(id) }
        } else if isNamed(node, "s") || isNamed(node, "tab") {
            if inParagraph > 0, openDeletions.isEmpty { current[current.count - 1].append(0x20) }
        } else if isNamed(node, "line-break") {
            if inParagraph > 0, openDeletions.isEmpty { current.append([]) }
        } else if isNamed(node, "list") {
            list(node)
        } else if isNamed(node, "numbered-paragraph") {
            numberedParagraph(node)
        } else if isNamed(node, "table") {
            flush()
            blocks.append(.table(table(node)))
        } else if Self.drawings.contains(where: { isNamed(node, $0) }) {
            // A drawing floats where it is drawn; in the text it comes after its anchor paragraph.
            if inParagraph > 0 { boxes.append(node) } else { walk(node) }
        } else if isNamed(node, "note"), prop(node, "note-class") == "footnote", inParagraph > 0, openDeletions.isEmpty {
            // A footnote: its mark where it stands (`mức chi[2]`), numbered in order as Writer numbers
            // it; its body after the text, as a page prints it.
            guard let body = child(node, "note-body") else { return }
            footnotes.append(body)
            current[current.count - 1] += Array("[\(footnotes.count)]".utf8)
        } else if Self.skipped.contains(where: { isNamed(node, $0) }) || isDrawingLabel(node) {
            return
        } else if isNamed(node, "section"), prop(node, "display") == "none" {
            return  // a hidden section
        } else {
            walk(node)
        }
    }

    /// Drawings that may hold paragraphs: a frame's text box, a shape's own text (Word's text boxes
    /// come through LibreOffice as `draw:custom-shape`).
    private static let drawings: [StaticString] = ["frame", "custom-shape", "rect", "ellipse", "polygon", "polyline", "path", "g"]

    /// Subtrees whose text is not the document's flow: deleted text (tracked changes show the
    /// document as accepted), notes and annotations, tables of contents and indexes (they repeat the
    /// headings with page numbers), hidden-text fields, declarations, forms, pictures.
    private static let skipped: [StaticString] = [
        "tracked-changes", "note", "annotation", "annotation-end", "table-of-content", "alphabetical-index",
        "illustration-index", "table-index", "object-index", "user-index", "bibliography", "hidden-text",
        "sequence-decls", "variable-decls", "user-field-decls", "dde-connection-decls", "forms", "image",
        "table-columns", "table-column", "table-header-columns", "event-listeners",
    ]

    /// A drawing's title or description (`svg:title`, `svg:desc`): alternative text, not the flow.
    private func isDrawingLabel(_ node: xmlNodePtr) -> Bool {
        guard isNamed(node, "title") || isNamed(node, "desc"), let href = node.pointee.ns?.pointee.href else { return false }
        return String(cString: href).hasSuffix(":svg-compatible:1.0")
    }

    /// Text of the current paragraph, converted when its font is a legacy one.
    private mutating func append(_ content: UnsafePointer<xmlChar>) {
        guard openDeletions.isEmpty else { return }
        var n = 0
        while content[n] != 0 { n += 1 }
        guard n > 0 else { return }
        var bytes = Array(UnsafeBufferPointer(start: content, count: n))
        if let font {
            // White space alone (the line breaks between a pretty-printed file's spans) sets no text in the font.
            if bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) { fontsUsed.insert(font) }
            if let encoding = LegacyFont.encoding(of: font) {
                let text = String(decoding: bytes, as: UTF8.self)
                let converted = encoding.convert(text, setIn: font, noting: &legacyFonts)
                if converted != text { bytes = Array(converted.utf8) }
            }
        }
        current[current.count - 1] += bytes
    }

    private mutating func paragraph(_ node: xmlNodePtr) {
        flush()
        let outerBoxes = boxes, outerFont = font
        boxes = []
        font = styles.font(paragraph: prop(node, "style-name"))
        if let label = pendingLabel {
            current[0] = Array((label + " ").utf8)
            pendingLabel = nil
        }
        if let mark = noteMark.take() { current[0] = Array("[\(mark)] ".utf8) + current[0] }
        inParagraph += 1
        walk(node)
        inParagraph -= 1
        flush()
        font = outerFont
        let anchored = boxes
        boxes = outerBoxes
        for box in anchored {
            walk(box)
            flush()
        }
    }

    /// A heading: numbered by the outline style at its `text:outline-level` (each level counted on
    /// until a higher one counts), unless it stands in a list, whose number it takes, or is marked
    /// as a list header.
    private mutating func heading(_ node: xmlNodePtr) {
        if lists.open.isEmpty, let n = intProp(node, "outline-level"), n >= 1, n <= 10, prop(node, "is-list-header") != "true" {
            let level = n - 1, start = styles.outline[n]?.start ?? 1
            if prop(node, "restart-numbering") == "true" { outlineCounts[level] = (intProp(node, "start-value") ?? start) - 1 }
            outlineCounts[level] = (outlineCounts[level] ?? (start - 1)) + 1
            for deeper in n..<10 { outlineCounts[deeper] = nil }
            pendingLabel = Self.label(styles.outline, level: level, count: outlineCounts)
        }
        paragraph(node)
    }

    // MARK: Lists

    private mutating func list(_ node: xmlNodePtr) {
        let style = prop(node, "style-name") ?? lists.open.last?.style
        let list: Int
        if let outer = lists.open.last {
            list = outer.list
        } else {
            list = prop(node, "continue-list").flatMap { lists.byID[$0] }
                ?? (prop(node, "continue-numbering") == "true" ? lists.last : nil) ?? lists.newList()
            // `xml:id`, by which a later list continues this one.
            if let id = prop(node, "id") { lists.byID[id] = list }
            lists.last = list
        }
        guard lists.open.count < 10 else { walk(node); return }
        if let style { lists.styleOf[list] = style }
        lists.open.append((list, style))
        defer { _ = lists.open.popLast() }
        for item in elements(of: node) {
            if isNamed(item, "list-item") { listItem(item) } else { visit(item) }
        }
    }

    /// A paragraph numbered on its own (`text:numbered-paragraph`, ODF 1.2 §5.3.6): at its
    /// `text:level` of the list its `text:list-id` names (a `text:list`'s `xml:id`, or other numbered
    /// paragraphs' with the same id), counted as that list's items are and drawn by its list style.
    private mutating func numberedParagraph(_ node: xmlNodePtr) {
        guard lists.open.isEmpty else { return walk(node) }
        let id = prop(node, "list-id")
        let list = id.flatMap { lists.byID[$0] } ?? lists.newList()
        if let id { lists.byID[id] = list }
        lists.last = list
        let style = prop(node, "style-name") ?? lists.styleOf[list]
        if let style { lists.styleOf[list] = style }
        let level = min(max((intProp(node, "level") ?? 1) - 1, 0), 9)
        pendingLabel = countItem(of: list, style: style, level: level, start: intProp(node, "start-value"))
        walk(node)
        pendingLabel = nil
    }

    /// Counts one item of `list` at `level` (0-based; from `start` when it sets one), clears the
    /// deeper levels, and returns the number the style draws for it.
    private mutating func countItem(of list: Int, style: String?, level: Int, start: Int?) -> String? {
        let levels = style.flatMap { styles.lists[$0] } ?? [:]
        var count = lists.counts[list] ?? Array(repeating: nil, count: 10)
        count[level] = start ?? (count[level] ?? ((levels[level + 1]?.start ?? 1) - 1)) + 1
        for deeper in (level + 1)..<10 { count[deeper] = nil }
        lists.counts[list] = count
        return Self.label(levels, level: level, count: count)
    }

    /// An item counts on its level when it opens with a paragraph of its own (an item that only
    /// holds a deeper list is how ODF nests one); a `text:list-header` draws no number.
    private mutating func listItem(_ item: xmlNodePtr) {
        guard let open = lists.open.last else { return walk(item) }
        let level = lists.open.count - 1
        if let first = elements(of: item).first, isNamed(first, "p") || isNamed(first, "h") {
            pendingLabel = countItem(of: open.list, style: open.style, level: level, start: intProp(item, "start-value"))
        }
        walk(item)
        pendingLabel = nil
    }

    /// The number (or bullet) drawn at `level` (0-based): the prefix, the shown levels' numbers
    /// joined by dots, each in its own level's format, and the suffix.
    private static func label(_ levels: [Int: OdfStyles.ListLevel], level: Int, count: [Int?]) -> String? {
        guard let own = levels[level + 1] else { return nil }
        if let bullet = own.bullet { return bullet.contains("+") ? "+" : "-" }
        guard !own.format.isEmpty else {
            let text = own.prefix + own.suffix
            return text.isEmpty ? nil : text
        }
        let numbers = (max(0, level - own.display + 1)...level).map { k in
            let l = levels[k + 1] ?? OdfStyles.ListLevel(format: "1")
            return ListNumbering.format(count[k] ?? l.start, wordFormat(l.format))
        }
        return own.prefix + numbers.joined(separator: ".") + own.suffix
    }

    /// ODF's number formats by Word's names (`ListNumbering.format`).
    private static func wordFormat(_ f: String) -> String {
        switch f {
        case "a": "lowerLetter"
        case "A": "upperLetter"
        case "i": "lowerRoman"
        case "I": "upperRoman"
        default: "decimal"
        }
    }

    // MARK: Tables

    /// Bounds for spans and repeats, as in a Word file: a huge span must not blow up memory or time.
    private static let maxColumns = 64
    private static let maxRowRepeat = 64

    private mutating func table(_ node: xmlNodePtr) -> PendingBlock.Table {
        var rows: [(row: xmlNodePtr, header: Bool)] = []
        collectRows(node, header: false, into: &rows)
        let anchor = lines.count
        var grid: [[PendingBlock.Cell]] = []
        // Grid positions a spanning cell covers: row → column → the cell.
        var covering: [Int: [Int: PendingBlock.Cell]] = [:]
        var headerRows = 0
        var leadingHeader = true
        for (row, header) in rows {
            // Header rows (`table:table-header-rows`, Word's rows repeated as the header), up to one made
            // of a single cell across the table: a group row repeated with the header, not a header level.
            if leadingHeader, header, !isSingleSpanningCell(row) { headerRows += 1 } else { leadingHeader = false }
            let repeats = min(max(1, intProp(row, "number-rows-repeated") ?? 1), Self.maxRowRepeat)
            var cells: [PendingBlock.Cell] = []
            let r = grid.count
            for tc in elements(of: row) where isNamed(tc, "table-cell") || isNamed(tc, "covered-table-cell") {
                let times = min(max(1, intProp(tc, "number-columns-repeated") ?? 1), Self.maxColumns)
                if isNamed(tc, "covered-table-cell") {
                    for _ in 0..<times where cells.count < Self.maxColumns {
                        let col = cells.count
                        if let spanning = covering[r]?[col] {
                            cells.append(spanning)
                        } else {
                            cells.append(PendingBlock.Cell(lines: [], anchor: lines.count))
                        }
                    }
                    continue
                }
                let cell = PendingBlock.Cell(lines: cellLines(tc), anchor: lines.count)
                let across = min(max(1, intProp(tc, "number-columns-spanned") ?? 1), Self.maxColumns)
                let down = min(max(1, intProp(tc, "number-rows-spanned") ?? 1), rows.count)
                for _ in 0..<times where cells.count < Self.maxColumns {
                    let col = cells.count
                    for dr in 0..<down {
                        for dc in 0..<across where dr > 0 || dc > 0 { covering[r + dr, default: [:]][col + dc] = cell }
                    }
                    cells.append(cell)
                }
            }
            for _ in 0..<repeats { grid.append(cells) }
        }
        let filled = PendingBlock.filledGrid(grid, anchor: anchor, maxWidth: Self.maxColumns)
        if headerRows == 0 { headerRows = PendingBlock.unmarkedHeaderRows(filled) }
        let header = min(headerRows, 3, max(1, filled.count - 1))
        return PendingBlock.Table(rows: PendingBlock.headerColumns(filled, headerRows: header), headerRows: header, anchor: anchor)
    }

    /// The rows of this table, through header-row, row and row-group wrappers, not those of tables
    /// nested in its cells.
    private func collectRows(_ node: xmlNodePtr, header: Bool, into out: inout [(row: xmlNodePtr, header: Bool)], depth: Int = 0) {
        guard depth < Self.maxDepth else { return }
        for n in elements(of: node) {
            if isNamed(n, "table-row") { out.append((n, header)) }
            else if isNamed(n, "table-header-rows") { collectRows(n, header: true, into: &out, depth: depth + 1) }
            else if isNamed(n, "table-rows") || isNamed(n, "table-row-group") { collectRows(n, header: header, into: &out, depth: depth + 1) }
        }
    }

    /// A row of one cell across more than one column (the others covered).
    private func isSingleSpanningCell(_ row: xmlNodePtr) -> Bool {
        let cells = elements(of: row).filter { isNamed($0, "table-cell") }
        return cells.count == 1 && (intProp(cells[0], "number-columns-spanned") ?? 1) > 1
    }
}

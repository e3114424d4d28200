internal import CLibXML2
import VanBanModel
import VanBanSyntax

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an HTML page with libxml2's HTML parser and turns its DOM into the block stream the
/// section parser reads: `<p>`/`<div>` paragraphs (`<br>` splits lines), `<table>`s with
/// `rowspan`/`colspan` expanded. The libxml2 tree is converted to Swift values and freed inside
/// `read`; no C pointer leaves this file.
public enum HTMLReader {
    /// Parses a page. `text` must be the page as NFC UTF-8 (see `HTMLDecoder`).
    /// - Throws: `HTMLReadError` when libxml2 yields no document or no root element.
    public static func read(_ text: SourceText) throws(HTMLReadError) -> [Block] {
        var notes: [Diagnostic] = []
        return try read(text, notes: &notes)
    }

    /// The blocks; text set in a legacy font (`<font face="VNI-Times">`, `font-family: .VnTime`, as
    /// LibreOffice and Word save a document typed in one) is converted, and noted (U01) in `notes`.
    public static func read(_ text: SourceText, notes: inout [Diagnostic]) throws(HTMLReadError) -> [Block] {
        _ = libxml2Initialized
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        guard !text.bytes.isEmpty, text.bytes.count < Int(Int32.max) else { throw .noDocument }
        let parsed: xmlDocPtr? = withoutRevealedConditionals(text.bytes).withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) { parse($0, count: buf.count, options: options) }
            }
        }
        guard let parsed else { throw .noDocument }
        let doc = OwnedDoc(parsed)
        guard let root = xmlDocGetRootElement(doc.raw) else { throw .noRoot }
        var walker = Walker()
        walker.styledLists = StyledLists(root)
        walker.walk(Landmarks.documentElement(root))
        walker.flush()
        notes.insert(contentsOf: LegacyFont.notes(walker.fonts.converted), at: 0)
        var blocks = walker.blocks
        walker.blocks = []  // so that placing changes the blocks in place
        HTMLColumns.place(&blocks, in: text)
        return blocks
    }
}

/// The page without the markers of Word's "downlevel-revealed" conditionals, `<![if !supportLists]>`
/// and `<![endif]>` (a page saved from Word puts its list numbers between them): browsers show what
/// they enclose and drop the markers, which libxml2 would keep as text (`<![if …]>1. Nội dung`, no
/// longer a numbered clause). The same array when there is none.
func withoutRevealedConditionals(_ bytes: [UInt8]) -> [UInt8] {
    func marker(at i: Int) -> Int? {
        // `<![if` … `]>` or `<![endif]>`, within one short tag; the end offset after `>`.
        guard i + 5 < bytes.count, bytes[i + 1] == 0x21, bytes[i + 2] == 0x5B, bytes[i + 3] | 0x20 == 0x69 || bytes[i + 3] | 0x20 == 0x65 else { return nil }
        let word = bytes[(i + 3)..<min(bytes.count, i + 8)].map { $0 | 0x20 }
        guard word.starts(with: Array("if".utf8)) && (word.count < 3 || word[2] == 0x20) || word.starts(with: Array("endif".utf8)) else { return nil }
        var k = i + 4
        while k + 1 < bytes.count, k - i < 120 {
            if bytes[k] == 0x5D, bytes[k + 1] == 0x3E { return k + 2 }
            if bytes[k] == 0x3C || bytes[k] == 0x0A { return nil }
            k += 1
        }
        return nil
    }
    // Where `<!` opens: C's memchr finds each `<` (most pages have no `<![` at all).
    var cuts: [(from: Int, to: Int)] = []
    bytes.withUnsafeBufferPointer { buf in
        guard let base = buf.baseAddress else { return }
        var i = 0
        while i < buf.count, let hit = memchr(base + i, 0x3C, buf.count - i) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if let end = marker(at: at) {
                cuts.append((at, end))
                i = end
            } else {
                i = at + 1
            }
        }
    }
    guard !cuts.isEmpty else { return bytes }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var copied = 0
    for cut in cuts {
        out.append(contentsOf: bytes[copied..<cut.from])
        copied = cut.to
    }
    out.append(contentsOf: bytes[copied...])
    return out
}

/// `htmlReadMemory`, taken apart to set one option the HTML parser's option call does not pass on:
/// big line numbers (past 65,535 libxml2 keeps a text node's line aside, and `xmlGetLineNo` reads
/// it there, for an element through its first text). The parser context is freed here; the
/// document goes to the caller.
private func parse(_ bytes: UnsafePointer<CChar>, count: Int, options: Int32) -> xmlDocPtr? {
    guard let context = htmlCreateMemoryParserCtxt(bytes, Int32(count)) else { return nil }
    defer { htmlFreeParserCtxt(context) }
    _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
    _ = htmlCtxtUseOptions(context, options)
    context.pointee.options |= Int32(XML_PARSE_BIG_LINES.rawValue)
    _ = htmlParseDocument(context)
    let doc = context.pointee.myDoc
    context.pointee.myDoc = nil
    return doc
}

/// Why a page could not be read.
public enum HTMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case noDocument
    case noRoot

    public var description: String {
        switch self {
        case .noDocument: "the HTML parser found no document in the input"
        case .noRoot: "the HTML page has no root element (is it truncated?)"
        }
    }
}

/// The one owner of an `xmlDoc` (an HTML page or a Word part): cannot be copied, freed exactly once.
struct OwnedDoc: ~Copyable {
    let raw: xmlDocPtr
    init(_ raw: xmlDocPtr) { self.raw = raw }
    deinit { xmlFreeDoc(raw) }
}

/// libxml2's global initialization, once per process; never cleaned up from a library.
let libxml2Initialized: Void = { xmlInitParser() }()

// MARK: - DOM → blocks

/// What an element is to the walker, told from its name without making a string of it.
private enum Tag {
    /// Never text of the document: scripts, styles, the page head, a site's navigation, side
    /// bars and footer (HTML5's `nav`, `aside`, `footer`), and text deleted in a revision (`del`,
    /// as Word saves a draft with its tracked changes; what was inserted, `ins`, is text) …
    case skipped
    /// Ends a paragraph before and after.
    case block
    case br, sup, table, tr, cell, rowGroup, anchor, list, listItem
    /// Anything else: its text runs on in the paragraph around it.
    case inline

    private static let names: [Tag: [String]] = [
        .skipped: ["script", "style", "head", "noscript", "template", "title", "meta", "link", "iframe", "object", "svg",
                   "nav", "aside", "footer", "del"],
        .block: ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "center",
                 "body", "html", "header", "main", "pre", "address", "dl", "dt", "dd", "form", "hr"],
        .br: ["br"], .sup: ["sup"], .table: ["table"], .tr: ["tr"], .cell: ["td", "th"], .rowGroup: ["thead", "tbody", "tfoot"],
        .anchor: ["a"], .list: ["ol", "ul"], .listItem: ["li"],
    ]

    /// Names of up to eight bytes, lower-cased and packed into one integer, in an open-addressed
    /// table of 128 slots found by a multiplicative hash (a dictionary's SipHash had cost more than
    /// the rest of the lookup); longer names by string.
    private static let packed: (keys: [UInt64], tags: [Tag]) = {
        var keys = [UInt64](repeating: 0, count: 128), tags = [Tag](repeating: .inline, count: 128)
        for (tag, list) in names {
            for n in list where n.utf8.count <= 8 {
                let key = pack(Array(n.utf8))
                var s = slot(key)
                while keys[s] != 0 { s = (s + 1) & 127 }
                keys[s] = key
                tags[s] = tag
            }
        }
        return (keys, tags)
    }()

    @inline(__always) private static func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 57) }

    /// The tag of a packed name (no name packs to 0, an empty slot).
    private static func tag(packed key: UInt64) -> Tag? {
        let table = packed
        var s = slot(key)
        while table.keys[s] != 0 {
            if table.keys[s] == key { return table.tags[s] }
            s = (s + 1) & 127
        }
        return nil
    }
    private static let long: [String: Tag] = {
        var t: [String: Tag] = [:]
        for (tag, list) in names { for n in list where n.utf8.count > 8 { t[n] = tag } }
        return t
    }()

    private static func pack(_ bytes: some Collection<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for (i, c) in bytes.enumerated() { key |= UInt64(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) << (8 * UInt64(i)) }
        return key
    }

    init(_ node: xmlNodePtr) {
        guard let n = node.pointee.name else { self = .inline; return }
        var count = 0
        while n[count] != 0 { count += 1 }
        let bytes = UnsafeBufferPointer(start: n, count: count)
        self = count <= 8 ? Self.tag(packed: Self.pack(bytes)) ?? .inline : Self.long[String(decoding: bytes, as: UTF8.self).lowercased()] ?? .inline
    }
}

/// Text gathered for one paragraph: lines split at `<br>`, each with the source line it starts on
/// and, where its text runs on to further source lines, the raw offsets where each begins.
private struct Gathered {
    var lines: [(text: [UInt8], line: Int, marks: [(offset: Int, line: Int)])] = [([], 0, [])]
    /// The length of the marker the text opens with that the page does not print (a list item's
    /// number, drawn by the browser), with its space; 0 for none.
    var drawn = 0

    /// Whether nothing visible has been gathered.
    var isBlank: Bool {
        lines.allSatisfy { $0.text.allSatisfy(isFolded) }
    }

    mutating func append(_ bytes: UnsafePointer<xmlChar>, line: Int) {
        var n = 0
        while bytes[n] != 0 { n += 1 }
        append(UnsafeBufferPointer(start: bytes, count: n), line: line)
    }

    /// Text already decoded (a legacy font's, converted).
    mutating func append(_ text: String, line: Int) {
        var t = text
        t.withUTF8 { append($0, line: line) }
    }

    /// `chunk`'s first visible byte stands on `line`; each line feed after it starts the next line.
    private mutating func append(_ chunk: UnsafeBufferPointer<UInt8>, line: Int) {
        let k = lines.count - 1
        if lines[k].line == 0 { lines[k].line = line }
        let base = lines[k].text.count
        if let v = chunk.firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
            lines[k].marks.append((base + v, line))
            var l = line
            for j in (v + 1)..<chunk.count where chunk[j] == 0x0A {
                l += 1
                lines[k].marks.append((base + j + 1, l))
            }
        }
        lines[k].text.append(contentsOf: chunk)
    }

    mutating func lineBreak(line: Int) { lines.append(([], 0, [])) }

    /// Whether the text so far ends with a unit of length standing as a word (`8 m`, `100km`): a
    /// `<sup>2</sup>` after it is the unit's power (m², km²), not a footnote mark.
    var endsWithUnit: Bool {
        let t = lines[lines.count - 1].text
        for unit in ["m", "cm", "mm", "dm", "km"] {
            let u = Array(unit.utf8)
            guard t.count >= u.count, t.suffix(u.count).elementsEqual(u) else { continue }
            let k = t.count - u.count
            // After white space as the page has it, a line break too (`nhỏ hơn 8` / `m<sup>2</sup>`, as pandoc wraps a raw table).
            if k == 0 || t[k - 1] == 0x20 || t[k - 1] == 0x0A || t[k - 1] == 0x09 || t[k - 1] == 0x0D || t[k - 1] == 0xA0
                || (t[k - 1] >= 0x30 && t[k - 1] <= 0x39) { return true }
        }
        return false
    }

    /// The lines with white space collapsed (U+00A0 included), empty ones dropped; where a line's
    /// text runs over several source lines, `breaks` say where each further one begins.
    func finished() -> [TextBlock] {
        var blocks = finishedLines()
        // The column is set when the page's texts are placed: until then it tells the marker's length.
        if drawn > 0, !blocks.isEmpty { blocks[0].column = -drawn }
        return blocks
    }

    private func finishedLines() -> [TextBlock] {
        lines.compactMap { raw in
            guard raw.marks.count > 1, let last = raw.marks.last, last.line > raw.line else {
                let text = collapse(raw.text)
                return text.isEmpty ? nil : TextBlock(text: text, line: max(1, raw.line))
            }
            // The marks carried through the collapse: where each source line's text now begins.
            var offsets = raw.marks.map(\.offset)
            let text = raw.text.withUnsafeBufferPointer { b in
                offsets.withUnsafeMutableBufferPointer { o in
                    var marks = OffsetMarks(offsets: o)
                    return String.repairing(capacity: b.count) { collapseWhitespace(b, into: $0, carrying: &marks) }
                }
            }
            guard !text.isEmpty else { return nil }
            var block = TextBlock(text: text, line: max(1, raw.line))
            var line = raw.line
            for (mark, at) in zip(raw.marks, offsets) where mark.line > line && at > 0 && at < text.utf8.count {
                while line < mark.line { block.breaks.append(at); line += 1 }
            }
            return block
        }
    }
}

private func collapse(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer(collapse)
}

private func collapse(_ b: UnsafeBufferPointer<UInt8>) -> String {
    String.repairing(capacity: b.count) { collapseWhitespace(b, into: $0) }
}

/// Copies `b` into `out` with runs of white space (U+00A0 included) folded to one space and the ends
/// trimmed, zero-width spaces dropped; returns the bytes written (never more than `b.count`).
func collapseWhitespace(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
    var none = NoMarks()
    return collapseWhitespace(b, into: out, carrying: &none)
}

/// Offsets carried through a collapse (`collapseWhitespace`); a no-op for the plain copy, so that
/// one loop serves both at no cost to the plain one.
protocol CollapseMarks {
    /// Whether a mark is left to place.
    var pending: Bool { get }
    /// Marks naming a byte up to `i` land at `at` in the collapsed text.
    mutating func carry(upTo i: Int, at: Int)
}

struct NoMarks: CollapseMarks {
    var pending: Bool { false }
    func carry(upTo i: Int, at: Int) {}
}

/// Offsets in the input, ascending, each replaced by the offset in the output of the byte it names
/// or, on white space, of the next byte kept after it.
struct OffsetMarks: CollapseMarks {
    var offsets: UnsafeMutableBufferPointer<Int>
    var next = 0
    var pending: Bool { next < offsets.count }
    mutating func carry(upTo i: Int, at: Int) {
        while next < offsets.count, offsets[next] <= i { offsets[next] = at; next += 1 }
    }
}

func collapseWhitespace<M: CollapseMarks>(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, carrying marks: inout M) -> Int {
    whitespaceLeads.withUnsafeBufferPointer { lead in
        var n = 0
        var space = false
        var i = 0
        let raw = UnsafeRawPointer(b.baseAddress)
        while i < b.count {
            // Sixteen bytes at a time where they fold nothing: no white space but single spaces
            // between other bytes, none at either end of the block (so that no space is pending
            // after it). Words are short, so this is most of a text's bytes.
            if !marks.pending, let raw, i + 16 <= b.count, Bytes.foldsNoSpace(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)) {
                if space { out[n] = 0x20; n += 1; space = false }
                (out.baseAddress! + n).update(from: b.baseAddress! + i, count: 16)
                n += 16
                i += 16
                continue
            }
            let c = b[i]
            if lead[Int(c)] == 0 {
                // A run of bytes that open no white space, copied as it is.
                if space { out[n] = 0x20; n += 1; space = false }
                if marks.pending {
                    repeat {
                        marks.carry(upTo: i, at: n)
                        out[n] = b[i]
                        n += 1
                        i += 1
                    } while i < b.count && lead[Int(b[i])] == 0
                } else {
                    repeat {
                        out[n] = b[i]
                        n += 1
                        i += 1
                    } while i < b.count && lead[Int(b[i])] == 0
                }
            } else if c == 0xC2 {
                if i + 1 < b.count, b[i + 1] == 0xA0 { marks.carry(upTo: i, at: n > 0 ? n + 1 : 0); space = n > 0; i += 2 }  // U+00A0
                else { if space { out[n] = 0x20; n += 1; space = false }; marks.carry(upTo: i, at: n); out[n] = c; n += 1; i += 1 }
            } else if c == 0xE2 {
                if i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0x8B { marks.carry(upTo: i, at: n + (space ? 1 : 0)); i += 3 }  // zero-width space
                else { if space { out[n] = 0x20; n += 1; space = false }; marks.carry(upTo: i, at: n); out[n] = c; n += 1; i += 1 }
            } else {
                marks.carry(upTo: i, at: n > 0 ? n + 1 : 0)
                space = n > 0
                i += 1
            }
        }
        marks.carry(upTo: b.count, at: n)
        return n
    }
}

/// 1 for the bytes white space opens with: ASCII white space, and the lead bytes of U+00A0 (C2) and
/// of the zero-width space (E2).
private let whitespaceLeads: [UInt8] = {
    var t = [UInt8](repeating: 0, count: 256)
    for c in [0x20, 0x0A, 0x0D, 0x09, 0x0C, 0xC2, 0xE2] { t[c] = 1 }
    return t
}()

private func lineNumber(_ node: xmlNodePtr) -> Int { max(1, Int(xmlGetLineNo(node))) }

/// The white space a page's text folds (space, line feed, carriage return, tab).
private func isFolded(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

/// The offset of a text's first byte that is not folded white space (its end, where there is none).
private func firstVisible(_ content: UnsafePointer<xmlChar>) -> Int {
    var k = 0
    while isFolded(content[k]) { k += 1 }
    return k
}

/// The line a text node's first visible character stands on. libxml2 numbers a text node by the
/// line its parser stood on when it handed over the node's first characters, a chunk of up to
/// 1,000 bytes: a text running over several lines would be placed on the last line of that chunk.
/// So the line breaks of that chunk after its leading white space are counted back, no further
/// than the line of the element before the text (or around it) and the breaks of the leading white
/// space. (A chunk ends at a character reference too: counting back over the text's breaks after
/// one went too far, and the element before then tells the line.)
private func textLine(_ node: xmlNodePtr) -> Int {
    let reported = lineNumber(node)
    guard let content = node.pointee.content else { return reported }
    var k = 0, leading = 0
    while k < 1000, isFolded(content[k]) {
        if content[k] == 0x0A { leading += 1 }
        k += 1
    }
    // The line breaks in the rest of the first 1000 bytes, found with `memchr`.
    let limit = k + strnlen(UnsafeRawPointer(content + k).assumingMemoryBound(to: CChar.self), 1000 - k)
    var breaks = 0
    while k < limit, let hit = memchr(content + k, 0x0A, limit - k) {
        breaks += 1
        k = UnsafeRawPointer(hit) - UnsafeRawPointer(content) + 1
    }
    // Past line 65,535 an element's line is read from the text after it: this text, so no bound.
    let before = node.pointee.prev.flatMap { $0.pointee.type == XML_ELEMENT_NODE && $0.pointee.line < 65535 ? lineNumber($0) : nil }
    let floor = (before ?? node.pointee.parent.map(lineNumber) ?? 1) + leading
    return max(floor, reported - breaks)
}

private func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
    guard let v = xmlGetProp(node, key) else { return nil }
    defer { clibxml2_free(v) }
    return String(cString: v)
}

/// The legacy font the text being walked is set in, if any, and what was converted, by encoding.
struct FontState {
    var legacy: (encoding: LegacyFont.Encoding, font: String)?
    var converted: [String: Set<String>] = [:]

    /// Whether a text holds a letter only Unicode Vietnamese has (Ă Đ Ĩ Ũ Ơ Ư, U+1EA0–U+1EF9 …):
    /// no legacy encoding read as Latin-1 or Windows-1252 gives one.
    static func isVietnameseUnicode(_ text: UnsafePointer<xmlChar>) -> Bool {
        String(cString: text).unicodeScalars.contains { s in
            switch s.value {
            case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1EA0...0x1EF9: true
            default: false
            }
        }
    }

    /// What an element's font does: nothing (it names none), set a Unicode font, or set a legacy one.
    enum Setting {
        case none, unicode
        case legacy(LegacyFont.Encoding, String)
    }

    /// The font an element sets (`<font face="VNI-Times, serif">`, `style="font-family: '.VnTime'"`:
    /// its first family), read in place: most elements name none, or a Unicode font.
    static func setting(of node: xmlNodePtr) -> Setting {
        if let face = Walker.attribute(node, "face") { return family(face, from: 0) }
        guard let style = Walker.attribute(node, "style") else { return .none }
        let key = Array("font-family".utf8)
        var i = 0
        while style[i] != 0 {
            var k = 0
            while k < key.count, style[i + k] != 0, style[i + k] | 0x20 == key[k] { k += 1 }
            if k == key.count { return family(style, from: i + k) }
            i += 1
        }
        return .none
    }

    /// The first family named from `start` (past `:`, spaces and quotes, up to `,`, `;` or a quote).
    private static func family(_ s: UnsafePointer<xmlChar>, from start: Int) -> Setting {
        var i = start
        while s[i] == 0x20 || s[i] == 0x09 || s[i] == UInt8(ascii: ":") || s[i] == UInt8(ascii: "\"") || s[i] == UInt8(ascii: "'") { i += 1 }
        var end = i
        while s[end] != 0, s[end] != UInt8(ascii: ","), s[end] != UInt8(ascii: ";"), s[end] != UInt8(ascii: "\""), s[end] != UInt8(ascii: "'") { end += 1 }
        while end > i, s[end - 1] == 0x20 { end -= 1 }
        guard end > i else { return .none }
        // Only the legacy families open with `VNI` or `.Vn`: any other is Unicode, with no name kept.
        guard s[i] == UInt8(ascii: "V") || s[i] == UInt8(ascii: ".") else { return .unicode }
        let name = String(decoding: UnsafeBufferPointer(start: s + i, count: end - i), as: UTF8.self)
        return LegacyFont.encoding(of: name).map { .legacy($0, name) } ?? .unicode
    }

    /// The legacy font in force inside an element, from the one around it.
    func inside(_ node: xmlNodePtr) -> (encoding: LegacyFont.Encoding, font: String)? {
        switch Self.setting(of: node) {
        case .none: legacy
        case .unicode: nil
        case .legacy(let encoding, let font): (encoding, font)
        }
    }
}

/// How a list (`<ol>`, `<ul>`) numbers its items, as a browser draws them: from its `type` or its
/// `list-style-type`, its `start`, and an item's own `value`. Numbers are written as Decree 30 writes
/// them (`I.`, `1.`, `a)`), bullets as dashes, a bullet list's items inside another as `+`.
struct ListStyle {
    enum Format { case decimal, lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none }
    let format: Format
    let isPlus: Bool
    var next: Int

    var isBullet: Bool { format == .bullet }

    init(_ node: xmlNodePtr, inBulletList: Bool) {
        let ordered = (node.pointee.name.map { $0[0] | 0x20 } ?? 0) == UInt8(ascii: "o")
        var format: Format = ordered ? .decimal : .bullet
        if ordered, let type = Walker.attribute(node, "type") {
            switch type[0] {
            case UInt8(ascii: "a"): format = .lowerLetter
            case UInt8(ascii: "A"): format = .upperLetter
            case UInt8(ascii: "i"): format = .lowerRoman
            case UInt8(ascii: "I"): format = .upperRoman
            default: break
            }
        }
        if let style = Walker.attribute(node, "style").map({ String(cString: $0).lowercased() }), style.contains("list-style") {
            let named: [(String, Format)] = [("none", .none), ("lower-alpha", .lowerLetter), ("lower-latin", .lowerLetter),
                ("upper-alpha", .upperLetter), ("upper-latin", .upperLetter), ("lower-roman", .lowerRoman),
                ("upper-roman", .upperRoman), ("decimal", .decimal), ("disc", .bullet), ("circle", .bullet), ("square", .bullet)]
            if let found = named.first(where: { style.contains($0.0) }) { format = found.1 }
        }
        self.format = format
        self.isPlus = format == .bullet && inBulletList
        self.next = Walker.attribute(node, "start").flatMap(Self.number) ?? 1
    }

    /// An attribute's number (`start="2"`, `value=" 3"`), kept within what a list can count to
    /// (a page's `value="9223372036854775807"` must not overflow the count after it).
    static func number(_ value: UnsafePointer<xmlChar>) -> Int? {
        Int(String(cString: value).filter { $0 != " " }).map(boundedInt)
    }

    /// The marker of the list's next item (`li`), counting it; nil where the list draws none.
    mutating func marker(for item: xmlNodePtr) -> String? {
        let n = Walker.attribute(item, "value").flatMap(Self.number) ?? next
        next = n + 1
        switch format {
        case .none: return nil
        case .bullet: return isPlus ? "+" : "-"
        case .decimal: return "\(n)."
        case .lowerLetter: return ListNumbering.format(n, "lowerLetter") + ")"
        case .upperLetter: return ListNumbering.format(n, "upperLetter") + "."
        case .lowerRoman: return ListNumbering.format(n, "lowerRoman") + "."
        case .upperRoman: return ListNumbering.format(n, "upperRoman") + "."
        }
    }
}

/// Lists numbered by the page's style sheet, as Google Docs saves a document as HTML: each level a
/// class (`<ol class="c5 lst-kix_ab12-0 start" start="1">`), its marker drawn by a rule before each
/// item (`.lst-kix_ab12-0>li:before{content:"" counter(lst-ctn-kix_ab12-0,upper-roman) ". "}`), the
/// counter running on across the lists of that class until one of class `start` resets it. The
/// levels stand side by side in the page, not nested: the markers tell them apart.
struct StyledLists {
    /// A level's marker: literal pieces and counters (by name, with their style), in order.
    enum Piece { case literal(String), counter(String, ListStyle.Format) }
    private var markers: [String: [Piece]] = [:]
    private var counters: [String: Int] = [:]

    var isEmpty: Bool { markers.isEmpty }

    /// The rules of the page's `<style>` elements in its head.
    init(_ root: xmlNodePtr) {
        var child = root.pointee.children
        while let c = child {
            child = c.pointee.next
            guard c.pointee.type == XML_ELEMENT_NODE, let n = c.pointee.name, String(cString: n).lowercased() == "head" else { continue }
            var e = c.pointee.children
            while let style = e {
                e = style.pointee.next
                guard style.pointee.type == XML_ELEMENT_NODE, let sn = style.pointee.name, String(cString: sn).lowercased() == "style",
                      let raw = xmlNodeGetContent(style) else { continue }
                defer { clibxml2_free(raw) }
                read(String(cString: raw))
            }
        }
    }

    /// `.lst-kix_X-N>li:before{content:…}` rules.
    private mutating func read(_ css: String) {
        var rest = Substring(css)
        while let r = rest.firstRange(of: ".lst-kix_") {
            rest = rest[r.upperBound...]
            guard let close = rest.firstRange(of: "}") else { break }
            let rule = rest[..<close.lowerBound]
            rest = rest[close.upperBound...]
            guard let end = rule.firstRange(of: ">li:before{content:") else { continue }
            let name = "lst-kix_" + rule[..<end.lowerBound]
            markers[String(name)] = Self.pieces(rule[end.upperBound...])
        }
    }

    /// `"" counter(lst-ctn-kix_X-0,decimal) "." counter(lst-ctn-kix_X-1,lower-latin) ") "` → pieces.
    private static func pieces(_ content: Substring) -> [Piece] {
        var out: [Piece] = []
        var s = content
        while let c = s.first {
            if c == "\"" {
                s = s.dropFirst()
                let text = s.prefix { $0 != "\"" }
                s = s.dropFirst(text.count + 1)
                if !text.isEmpty { out.append(.literal(String(text))) }
            } else if s.hasPrefix("counter(") {
                s = s.dropFirst("counter(".count)
                let args = s.prefix { $0 != ")" }
                s = s.dropFirst(args.count + 1)
                let parts = args.split(separator: ",").map { $0.filter { $0 != " " } }
                let format: ListStyle.Format = switch parts.count > 1 ? parts[1] : "decimal" {
                case "lower-latin", "lower-alpha": .lowerLetter
                case "upper-latin", "upper-alpha": .upperLetter
                case "lower-roman": .lowerRoman
                case "upper-roman": .upperRoman
                case "none": .none
                default: .decimal
                }
                out.append(.counter(String(parts.first ?? ""), format))
            } else {
                s = s.dropFirst()
            }
        }
        return out
    }

    /// The class of a list styled here (`lst-kix_ab12-0`), and whether it restarts its counter (`start`).
    func level(of list: xmlNodePtr) -> (name: String, restarts: Bool)? {
        guard !markers.isEmpty, let v = Walker.attribute(list, "class") else { return nil }
        let classes = String(cString: v).split(separator: " ")
        guard let name = classes.first(where: { markers[String($0)] != nil }) else { return nil }
        return (String(name), classes.contains("start"))
    }

    /// Restarts a level's counter at `start` (its first item counts from there).
    mutating func restart(_ name: String, at start: Int) { counters["lst-ctn-" + name.dropFirst("lst-".count)] = start - 1 }

    /// The marker of the next item of a level, counting it: Decree 30's writing of what the rule
    /// draws (`I.`, `1.1.`, `a)`), a bullet as `-` (`+` where the rule draws one).
    mutating func marker(_ name: String) -> String? {
        let own = "lst-ctn-" + name.dropFirst("lst-".count)
        counters[own] = min(counters[own, default: 0], 1_000_000) + 1
        guard let pieces = markers[name] else { return nil }
        var label = ""
        var counted = false
        for piece in pieces {
            switch piece {
            case .literal(let text): label += text
            case .counter(let counter, let format):
                counted = true
                let n = counters[counter] ?? 1
                let written: String = switch format {
                case .lowerLetter: ListNumbering.format(n, "lowerLetter")
                case .upperLetter: ListNumbering.format(n, "upperLetter")
                case .lowerRoman: ListNumbering.format(n, "lowerRoman")
                case .upperRoman: ListNumbering.format(n, "upperRoman")
                default: String(n)
                }
                label += written
            }
        }
        let marker = label.trimmed()
        if !counted { return marker.contains("+") ? "+" : marker.isEmpty ? nil : "-" }
        return marker.isEmpty ? nil : marker
    }
}

/// A link a page's footnote is written with: its mark in the text (LibreOffice's `<a
/// href="#sdfootnote1sym"><sup>1</sup></a>`, Word's `href="#_ftn1"`, pandoc's `href="#fn1"`,
/// Python-Markdown's `href="#fn:1"`, Google Docs' `href="#ftnt1"`), the note's own mark linking back
/// to it (`href="#sdfootnote1anc">1`, `#_ftnref1`, `#ftnt_ref1`), or a back link after the note's
/// text (`↩︎`). Endnotes are not read as notes: an endnote's mark in the text (LibreOffice's `<a class="sdendnoteanc" href="#sdendnote1sym"><sup>i</sup></a>`)
/// is left out, as a bare superscript number is.
private enum NoteLink {
    case reference(Int), noteOpening(Int), back, endnoteReference

    init?(_ node: xmlNodePtr) {
        guard let href = Walker.attribute(node, "href"), href[0] == UInt8(ascii: "#") else { return nil }
        let name = String(cString: href + 1)
        if name.hasPrefix("sdendnote"), name.hasSuffix("sym") {
            self = .endnoteReference
            return
        }
        guard let target = Self.target(name) else { return nil }
        guard let raw = xmlNodeGetContent(node) else { return nil }
        defer { clibxml2_free(raw) }
        let text = String(cString: raw).unicodeScalars.filter { !$0.properties.isWhitespace && !"[]()".unicodeScalars.contains($0) }
        if text.count <= 3, text.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }), let n = Int(String(String.UnicodeScalarView(text))) {
            self = target.back ? .noteOpening(n) : .reference(n)
        } else if target.back, text.first?.value == 0x21A9 {
            self = .back
        } else {
            return nil
        }
    }

    /// A footnote's anchor name: a known prefix, an optional colon, digits, an optional suffix
    /// (`sym`, `anc`); whether it names the place in the text a note links back to.
    private static func target(_ name: String) -> (number: Int, back: Bool)? {
        let lower = name.lowercased()
        for (prefix, back) in [("sdfootnote", false), ("_ftnref", true), ("_ftn", false), ("ftnt_ref", true), ("ftnt", false), ("fnref", true), ("fn", false)]
            where lower.hasPrefix(prefix) {
            var rest = lower.dropFirst(prefix.count)
            if rest.first == ":" { rest = rest.dropFirst() }
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3, let n = Int(digits) else { return nil }
            switch rest.dropFirst(digits.count) {
            case "": return (n, back)
            case "sym" where prefix == "sdfootnote": return (n, false)
            case "anc" where prefix == "sdfootnote": return (n, true)
            default: return nil
            }
        }
        return nil
    }

    /// The number of a footnote written as a list item, as pandoc (`<li id="fn1">`) and
    /// Python-Markdown (`<li id="fn:1">`) write them.
    static func listedNote(_ node: xmlNodePtr) -> Int? {
        guard let id = Walker.attribute(node, "id"), let target = target(String(cString: id)), !target.back else { return nil }
        return target.number
    }

    /// The note link a footnote mark in `<sup>` holds (Python-Markdown: `<sup><a href="#fn:1">1</a></sup>`).
    static func inside(_ sup: xmlNodePtr) -> NoteLink? {
        var c = sup.pointee.children
        while let e = c {
            c = e.pointee.next
            if e.pointee.type == XML_ELEMENT_NODE, let link = NoteLink(e) { return link }
        }
        return nil
    }
}

private struct Walker {
    var blocks: [Block] = []
    var fonts = FontState()
    private var current = Gathered()
    /// What the next visible text opens with, which the page does not print: a list item's number
    /// or bullet, drawn by the browser, or a pandoc note's mark (its list item's number).
    private var pendingMark: String?
    /// The lists (`<ol>`, `<ul>`) the walk is in, innermost last.
    private var lists: [ListStyle] = []
    /// Lists numbered by the page's style sheet (Google Docs'), and the level of each list open.
    var styledLists: StyledLists?
    private var styledLevels: [String?] = []

    mutating func flush() {
        for line in current.finished() { blocks.append(.paragraph(line)) }
        current = Gathered()
    }

    mutating func walk(_ node: xmlNodePtr) {
        var child = node.pointee.children
        while let c = child {
            visit(c)
            child = c.pointee.next
        }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return }
            if let mark = pendingMark, !Self.isBlank(content) {
                // An item that prints its own number (`<li>1. …</li>`, typed into a list) keeps it alone.
                if !(current.isBlank && !mark.hasPrefix("[") && Self.opensWithMarker(content)) {
                    if current.isBlank { current.drawn = mark.utf8.count }
                    current.append(mark, line: textLine(node))
                }
                pendingMark = nil
            }
            // In a legacy font, unless the text is Unicode Vietnamese already (the page's lines in a
            // legacy encoding were converted as the page was decoded).
            if let legacy = fonts.legacy, !FontState.isVietnameseUnicode(content) {
                current.append(legacy.encoding.convert(String(cString: content), setIn: legacy.font, noting: &fonts.converted), line: textLine(node))
            } else {
                current.append(content, line: textLine(node))
            }
        case XML_ELEMENT_NODE:
            // An element that names a font sets it for what it holds: a legacy one converts its text.
            let outer = fonts.legacy
            defer { fonts.legacy = outer }
            fonts.legacy = fonts.inside(node)
            let tag = Tag(node)
            if tag == .skipped || Self.isWordHiddenText(node) { return }
            if tag == .br { current.lineBreak(line: lineNumber(node)); return }
            if tag == .sup, isFootnoteMark(node), !(current.endsWithUnit && Self.isPower(node)) {
                if case .reference(let n) = NoteLink.inside(node) { current.append("[\(n)]", line: lineNumber(node)) }
                return
            }
            if tag == .anchor, Self.isWordCommentAnchor(node) || Self.isCommentLink(node, back: false) { return }
            if tag == .anchor, let link = NoteLink(node) {
                // A footnote's link, as LibreOffice, Word and pandoc write one: its mark as `[n]`.
                switch link {
                case .reference(let n): current.append("[\(n)]", line: lineNumber(node))
                case .noteOpening(let n): current.append("[\(n)] ", line: lineNumber(node))
                case .back, .endnoteReference: break
                }
                return
            }
            if tag == .list {
                // A list's items are numbered (or bulleted) by the browser, not in the text.
                flush()
                lists.append(ListStyle(node, inBulletList: lists.last?.isBullet ?? false))
                let styled = styledLists?.level(of: node)
                if let styled, styled.restarts {
                    styledLists?.restart(styled.name, at: Walker.attribute(node, "start").flatMap(ListStyle.number) ?? 1)
                }
                styledLevels.append(styled?.name)
                walk(node)
                flush()
                lists.removeLast()
                styledLevels.removeLast()
                pendingMark = nil
                return
            }
            if tag == .listItem {
                flush()
                if let n = NoteLink.listedNote(node) {
                    pendingMark = "[\(n)] "
                } else if let level = styledLevels.last ?? nil {
                    pendingMark = styledLists?.marker(level).map { $0 + " " }
                } else if !lists.isEmpty {
                    pendingMark = lists[lists.count - 1].marker(for: node).map { $0 + " " }
                }
                walk(node)
                flush()
                pendingMark = nil
                return
            }
            if tag == .table {
                flush()
                blocks.append(.table(TableReader.read(node, fonts: &fonts)))
                return
            }
            let isBlock = tag == .block
            if isBlock, Self.isWordTableOfContents(node) || Self.isPageHeaderOrFooter(node) || Self.isWordCommentList(node)
                || Self.opensWithCommentBackLink(node) { return }
            if isBlock { flush() }
            if isBlock, fonts.legacy == nil, pendingMark == nil, let line = Self.singleTextLine(node) {
                // `<p>text</p>`, most paragraphs: the line as it is, without gathering.
                if !line.text.isEmpty { blocks.append(.paragraph(line)) }
                return
            }
            walk(node)
            if isBlock { flush() }
        default:
            return  // comments, processing instructions, DTD nodes
        }
    }

    /// Whether a text opens (after white space) with a marker of its own (`1.`, `a)`, `-`).
    static func opensWithMarker(_ content: UnsafePointer<xmlChar>) -> Bool {
        let k = firstVisible(content)
        var head: [UInt8] = []
        while content[k + head.count] != 0, head.count < 32 { head.append(content[k + head.count]) }
        return Markers.opens(head)
    }

    /// Whether a text holds only white space.
    static func isBlank(_ content: UnsafePointer<xmlChar>) -> Bool { content[firstVisible(content)] == 0 }

    /// Text Word hid (its hidden font attribute): a page saved from Word writes it with
    /// `style='display:none;mso-hide:all'`. Other `display:none` is left alone: sites hide parts of
    /// the document behind "show more" links that way.
    static func isWordHiddenText(_ node: xmlNodePtr) -> Bool {
        guard let style = attribute(node, "style") else { return false }
        return style.withMemoryRebound(to: CChar.self, capacity: 1) { strstr($0, "mso-hide:all") != nil }
    }

    /// A page's header or footer as LibreOffice saves them (`<div title="footer">` holding the page
    /// number): what every printed page repeats, not the document's text.
    static func isPageHeaderOrFooter(_ node: xmlNodePtr) -> Bool {
        // A `div`: tested by its name's first bytes before any attribute is looked for.
        guard let n = node.pointee.name, n[0] | 0x20 == UInt8(ascii: "d"), n[1] | 0x20 == UInt8(ascii: "i"),
              node.pointee.properties != nil, let v = attribute(node, "title") else { return false }
        let title = String(cString: v)
        return title == "footer" || title == "header"
    }

    /// A comment's mark in the text of a page saved from Word (`<a class=msocomanchor …>[VT1]</a>`):
    /// a reviewer's, not the document's.
    static func isWordCommentAnchor(_ node: xmlNodePtr) -> Bool {
        guard let v = attribute(node, "class") else { return false }
        for (k, c) in "msocomanchor".utf8.enumerated() where v[k] | 0x20 != c { return false }
        return true
    }

    /// A comment's link as Google Docs exports one: its mark in the text (`<a href="#cmnt1"
    /// id="cmnt_ref1">[a]</a>`), or, `back`, the link from the comment to that mark (`href="#cmnt_ref1"`).
    static func isCommentLink(_ node: xmlNodePtr, back: Bool) -> Bool {
        guard let href = attribute(node, "href") else { return false }
        let prefix: String = back ? "#cmnt_ref" : "#cmnt"
        for (k, c) in prefix.utf8.enumerated() where href[k] != c { return false }
        return true
    }

    /// A comment exported by Google Docs after the text: a block whose first content is the link
    /// back to its mark (`<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>…`).
    static func opensWithCommentBackLink(_ node: xmlNodePtr) -> Bool {
        var e: xmlNodePtr? = node.pointee.children
        for _ in 0..<3 {
            while let t = e, t.pointee.type == XML_TEXT_NODE, let content = t.pointee.content, isBlank(content) { e = t.pointee.next }
            guard let first = e, first.pointee.type == XML_ELEMENT_NODE, let name = first.pointee.name else { return false }
            if name[0] | 0x20 == UInt8(ascii: "a"), name[1] == 0 { return isCommentLink(first, back: true) }
            e = first.pointee.children
        }
        return false
    }

    /// The comments of a page saved from Word, listed after its text (`<div
    /// style='mso-element:comment-list'>`).
    static func isWordCommentList(_ node: xmlNodePtr) -> Bool {
        guard node.pointee.properties != nil, let style = attribute(node, "style") else { return false }
        return style.withMemoryRebound(to: CChar.self, capacity: 1) { strstr($0, "mso-element:comment-list") != nil }
    }

    /// A paragraph of the table of contents of a page saved from Word (`<p class=MsoToc1>`): it
    /// repeats a heading with its page number.
    static func isWordTableOfContents(_ node: xmlNodePtr) -> Bool {
        guard let v = attribute(node, "class") else { return false }
        for (k, c) in "msotoc".utf8.enumerated() where v[k] | 0x20 != c { return false }
        return true
    }

    /// The value of an element's attribute (its name in lower case, matched in any case), read from
    /// the attribute node in place: no copy, as this is asked of many elements.
    static func attribute(_ node: xmlNodePtr, _ lowerName: StaticString) -> UnsafePointer<xmlChar>? {
        var a = node.pointee.properties
        while let attr = a {
            a = attr.pointee.next
            guard let name = attr.pointee.name else { continue }
            var k = 0
            while k < lowerName.utf8CodeUnitCount, name[k] != 0, name[k] | 0x20 == lowerName.utf8Start[k] { k += 1 }
            guard k == lowerName.utf8CodeUnitCount, name[k] == 0 else { continue }
            return attr.pointee.children.flatMap { UnsafePointer($0.pointee.content) }
        }
        return nil
    }

    /// `<sup>2</sup>`, `<sup>3</sup>`: a square or a cube after a unit.
    private static func isPower(_ node: xmlNodePtr) -> Bool {
        guard let raw = xmlNodeGetContent(node) else { return false }
        defer { clibxml2_free(raw) }
        let text = String(cString: raw)
        return text == "2" || text == "3"
    }

    /// `<sup>12</sup>`, `<sup>(1)</sup>`, `<sup>*</sup>`: footnote marks, not text. A mark in square
    /// brackets (`<sup>[1]</sup>`) is kept as printed, the mark its note after the text opens with.
    private func isFootnoteMark(_ node: xmlNodePtr) -> Bool {
        guard let raw = xmlNodeGetContent(node) else { return false }
        defer { clibxml2_free(raw) }
        let printed = String(cString: raw).filter { $0 != " " }
        if printed.first == "[", printed.last == "]" { return false }
        let text = printed.filter { $0 != "[" && $0 != "]" && $0 != "(" && $0 != ")" }
        return !text.isEmpty && text.count <= 4 && text.allSatisfy { $0.isNumber || $0 == "*" }
    }

    /// The line of an element whose only child is a text (`<p>…</p>`, `<td>Sở Tư pháp</td>`), white
    /// space folded (possibly empty); nil for any other element, which is walked, and for a text
    /// that runs on over several lines of the page (walked, so that it knows where each begins).
    static func singleTextLine(_ node: xmlNodePtr) -> TextBlock? {
        guard let only = node.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE,
              let content = only.pointee.content else { return nil }
        let count = strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))
        let text = UnsafeBufferPointer(start: content, count: count)
        // A line break between visible bytes: the text runs on over several lines.
        let first = firstVisible(content)
        if first < count, let feed = memchr(content + first, 0x0A, count - first),
           let last = text.lastIndex(where: { !isFolded($0) }), last > UnsafeRawPointer(feed) - UnsafeRawPointer(content) { return nil }
        return TextBlock(text: collapse(text), line: textLine(only))
    }

    /// The text of a subtree as lines (for a table cell), in the font around it.
    static func lines(of node: xmlNodePtr, fonts: inout FontState) -> [TextBlock] {
        let legacy = fonts.inside(node)
        if legacy == nil, let line = singleTextLine(node) { return line.text.isEmpty ? [] : [line] }
        var w = Walker()
        w.fonts = fonts
        w.fonts.legacy = legacy
        w.walk(node)
        w.flush()
        fonts.converted = w.fonts.converted
        var out: [TextBlock] = []
        for b in w.blocks {
            switch b {
            case .paragraph(let p): out.append(p)
            case .table(let t): out += t.cells.flatMap(\.lines)  // a layout table nested in a cell
            }
        }
        return out
    }
}

// MARK: - Finding the document in the page

/// Site chrome (menus, related-document lists, footers) surrounds the document. The document is
/// the smallest element holding both its first landmark (the quốc hiệu) and its last (the
/// signature, `Nơi nhận`, an appendix label), whatever CSS classes a site uses.
private enum Landmarks {
    static func documentElement(_ root: xmlNodePtr) -> xmlNodePtr {
        var first: xmlNodePtr?
        var last: xmlNodePtr?
        visitText(root) { node, text in
            guard let f = text.utf8.first else { return }
            // The head of the text in upper case (60 bytes hold the longest landmark), made only for
            // texts whose first letter can open the landmark looked for.
            func key() -> String { String(decoding: Case.upperUTF8(String(decoding: text.utf8.prefix(60), as: UTF8.self)), as: UTF8.self) }
            if first == nil, f == 0x43 || f == 0x63 || f == 0xC4 {  // C, c, Đ/đ
                let k = key()
                if k.startsWith("CỘNG HÒA XÃ HỘI") || k.startsWith("CỘNG HOÀ XÃ HỘI") || HeaderParser.opensTitleInPlace(k.matchKey) { first = node }
            }
            if first != nil {
                if text.opensRecipientsLabel || ["TM.", "KT.", "TL.", "TUQ."].contains(where: { text.startsWith($0) }) {
                    last = node
                } else if f == 0x50 || f == 0x70, key().startsWith("PHỤ LỤC") {  // P, p
                    last = node
                }
            }
        }
        guard let start = first, let end = last else { return root }
        var ancestors: Set<UnsafeMutableRawPointer> = []
        var a: xmlNodePtr? = start
        while let n = a {
            ancestors.insert(UnsafeMutableRawPointer(n))
            a = n.pointee.parent.flatMap { $0.pointee.type == XML_ELEMENT_NODE ? $0 : nil }
        }
        var b: xmlNodePtr? = end
        while let n = b {
            if ancestors.contains(UnsafeMutableRawPointer(n)), n.pointee.type == XML_ELEMENT_NODE {
                // The element that holds both; climb out of the header table itself.
                var e = n
                while [.cell, .tr, .rowGroup, .table].contains(Tag(e)), let p = e.pointee.parent, p.pointee.type == XML_ELEMENT_NODE { e = p }
                return e
            }
            b = n.pointee.parent
        }
        return root
    }

    /// Only texts opening with C, Đ, P, N, T, K (or their lower case) can be landmarks: tested on the
    /// first byte after white space, before any string is made.
    private static func opensLandmark(_ content: UnsafePointer<xmlChar>) -> Bool {
        var p = content
        while true {
            let c = p.pointee
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C { p += 1; continue }
            if c == 0xC2, p[1] == 0xA0 { p += 2; continue }
            // E2 and E3 may open other white space (U+2000 … U+205F, U+3000): left to the full test.
            return c == 0x43 || c == 0x63 || c == 0xC4 || c == 0x50 || c == 0x70 || c == 0x4E || c == 0x54 || c == 0x4B
                || c == 0xE2 || c == 0xE3
        }
    }

    /// The longest head of a text a landmark test reads (each tests a prefix of at most 60 bytes).
    static let headBytes = 64

    /// Every landmark-like text node under `node`, in document order, outside scripts and styles,
    /// with the head of its text: white space trimmed before it, at most `headBytes` bytes, cut
    /// at a character's start (a paragraph's whole text is not made into a string to test its start).
    private static func visitText(_ node: xmlNodePtr, _ body: (xmlNodePtr, String) -> Void) {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content, opensLandmark(content) {
                let text = head(content)
                if !text.isEmpty { body(c, text) }
            } else if c.pointee.type == XML_ELEMENT_NODE, Tag(c) != .skipped {
                visitText(c, body)
            }
            child = c.pointee.next
        }
    }

    /// The text of a NUL-terminated UTF-8 string from its first character that is not white space,
    /// at most `headBytes` bytes long, not cut inside a character.
    static func head(_ content: UnsafePointer<xmlChar>) -> String {
        let all = UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self)))
        var i = 0
        while i < all.count {
            let c = all[i]
            if c < 0x80 {
                guard c == 0x20 || (0x09...0x0D).contains(c) else { break }
                i += 1
                continue
            }
            // A lead byte: the character, if it is whole (libxml2 hands over UTF-8).
            guard c >= 0xC0, let (scalar, length) = Bytes.scalar(all, at: i, end: all.count), scalar.properties.isWhitespace else { break }
            i += length
        }
        var end = min(all.count, i + headBytes)
        while end < all.count, end > i, all[end] & 0xC0 == 0x80 { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: all[i..<end]), as: UTF8.self)
    }
}

private extension String {
    /// White space trimmed at both ends (Unicode white space, tested on the end scalars only).
    func trimmed() -> String {
        var s = Substring(self)
        while let f = s.unicodeScalars.first, f.properties.isWhitespace { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, l.properties.isWhitespace { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }
}

// MARK: - Tables

private enum TableReader {
    /// Bounds for spans: a `rowspan="10000"` or `colspan="0"` must not blow up memory or time.
    static let maxColumns = 64
    static let maxCells = 200_000

    static func read(_ table: xmlNodePtr, fonts: inout FontState) -> RawTable {
        var rows: [xmlNodePtr] = []
        collectRows(table, into: &rows)
        var grid: [[RawCell?]] = Array(repeating: [], count: rows.count)
        // Which `td` covers each grid slot: a cell spanning slots is one cell (its text may repeat).
        var ids: [[Int?]] = Array(repeating: [], count: rows.count)
        var headerRows = 1
        var cells = 0
        var tds = 0
        for (r, tr) in rows.enumerated() {
            var col = 0
            var child = tr.pointee.children
            while let td = child {
                child = td.pointee.next
                guard td.pointee.type == XML_ELEMENT_NODE, Tag(td) == .cell else { continue }
                while col < grid[r].count, grid[r][col] != nil { col += 1 }
                let colspan = min(maxColumns, max(1, Int(attribute(td, "colspan") ?? "") ?? 1))
                var rowspan = Int(attribute(td, "rowspan") ?? "") ?? 1
                if rowspan <= 0 { rowspan = rows.count - r }  // rowspan="0": to the end of the table
                rowspan = min(rowspan, rows.count - r)
                if r == 0, colspan > 1 { headerRows = max(headerRows, 2) }
                let lines = Walker.lines(of: td, fonts: &fonts)
                let cell = RawCell(lines: lines, paragraphs: lines, line: lineNumber(td))
                tds += 1
                for dr in 0..<rowspan {
                    for dc in 0..<colspan where col + dc < maxColumns {
                        cells += 1
                        guard cells <= maxCells else { break }
                        let row = r + dr
                        while grid[row].count <= col + dc { grid[row].append(nil); ids[row].append(nil) }
                        grid[row][col + dc] = cell
                        ids[row][col + dc] = tds
                    }
                }
                if r == 0, rowspan > 1 { headerRows = max(headerRows, min(rowspan, 3)) }
                col += colspan
            }
        }
        if headerRows > 1, !rows.isEmpty, !(0..<rows.count).contains(where: { $0 > 0 && $0 < headerRows }) { headerRows = 1 }
        // A header spanning rows only matters when the first row also spans columns.
        let firstRowSpansColumns = rows.first.map { tr in
            var c = tr.pointee.children
            while let td = c {
                if td.pointee.type == XML_ELEMENT_NODE, (Int(attribute(td, "colspan") ?? "") ?? 1) > 1 { return true }
                c = td.pointee.next
            }
            return false
        } ?? false
        if !firstRowSpansColumns { headerRows = 1 }
        var width = grid.map(\.count).max() ?? 0
        // A last column no row has text of its own in, where some row has no cell of its own (rows
        // stop short of it, or a spanning cell runs over it): a leftover of the layout, as pandoc
        // writes Word's `w:gridAfter` (an empty cell ending each row), not a column.
        while width > 1 {
            var spanned = false, empty = true
            for row in grid {
                let cell = width - 1 < row.count ? row[width - 1] : nil
                if cell == nil || (width - 2 < row.count && row[width - 2] == cell) { spanned = true } else if cell?.lines.isEmpty == false { empty = false; break }
            }
            guard spanned, empty else { break }
            width -= 1
        }
        let empty = RawCell(lines: [], paragraphs: [], line: lineNumber(table))
        var filled: [[RawCell]] = grid.enumerated().map { (r, row) in
            (0..<width).map { c in c < row.count ? (row[c] ?? RawCell(lines: [], paragraphs: [], line: lineNumber(rows[r]))) : empty }
        }
        if width > 1, rows.count > headerRows {
            // Each empty slot a cell of its own.
            var next = tds
            let slots: [[Int]] = ids.map { row in (0..<width).map { c in
                if c < row.count, let id = row[c] { return id }
                next += 1
                return next
            } }
            filled = HeaderColumns.reading(filled, slots: slots, headerRows: headerRows)
        }
        return RawTable(rows: filled.filter { !$0.isEmpty }, rowsMarked: true, line: lineNumber(table), headerRows: headerRows)
    }

    /// `tr` elements of this table (through thead/tbody/tfoot), not of tables nested in cells.
    private static func collectRows(_ node: xmlNodePtr, into rows: inout [xmlNodePtr]) {
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                switch Tag(c) {
                case .tr: rows.append(c)
                case .rowGroup: collectRows(c, into: &rows)
                default: break
                }
            }
            child = c.pointee.next
        }
    }
}

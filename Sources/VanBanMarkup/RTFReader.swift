import VanBanModel
import VanBanSyntax

/// Reads a Rich Text Format file (often saved under a `.doc` name) into the block stream, as the
/// Word 97 reader does: paragraphs (`\par`, `\line`), tables (`\trowd … \cellx` layouts, `\intbl`
/// paragraphs, `\cell`, `\row`, `\trhdr` header rows, merged cells), Word's list numbers as written
/// (`{\listtext 1.\tab}`), field results (not a table of contents'), text boxes (`\shptxt`, after
/// the paragraph they are anchored to), Unicode text (`\uN` with its fallback skipped, `\'hh` bytes
/// in the document's code page), footnotes (a `{\footnote …}` group is its mark, `[1]`, where it
/// stands; its paragraphs follow the text, opening with it). Hidden text, pictures,
/// headers, footers, endnotes (`\ftnalt`), comments and the font, colour, style and list tables are
/// not text.
enum RTFReader {
    /// Destinations whose text is not the document's flow.
    fileprivate static let skippedDestinations: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf",
        "footer", "footerl", "footerr", "footerf", "annotation", "listtable", "listoverridetable",
        "revtbl", "rsidtbl", "generator", "themedata", "colorschememapping", "latentstyles", "datastore",
        "xmlnstbl", "pgdsctbl", "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "shp", "shpinst", "nonshppict",
        "xe", "tc", "filetbl", "pn", "userprops", "docvar", "atnid", "atnauthor", "objdata", "fldtype", "shprslt",
    ]

    /// Font charsets (`\fcharsetN`) and their Windows code pages.
    fileprivate static let charsetCodePages: [Int: Int] = [
        0: 1252, 161: 1253, 162: 1254, 163: 1258, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250,
    ]

    /// The state a group (`{ … }`) keeps and restores.
    private struct Group {
        var skip = false
        var hidden = false
        var inTable = false
        var unicodeSkip = 1  // \ucN: the fallback characters after each \uN
        /// The text here is a field's code (`\fldinst` and the groups inside it): collected, not shown.
        var fieldCode = false
        /// This group opened the field's code: when it closes, the code is complete.
        var opensFieldCode = false
        /// This group is a field whose result is a table of contents or an index.
        var generatedField = false
        /// The text here is a text box's (`\shptxt`): its paragraphs follow the paragraph it is anchored to.
        var inTextBox = false
        /// The font table (`\fonttbl`): its text is font names; `fontTableAside` for a name's
        /// alternatives and panose data inside it (`{\*\falt …}`).
        var inFontTable = false
        var fontTableAside = false
        /// The font the text is set in (`\fN`).
        var font = 0
        /// The text here is a footnote's (`\footnote`): its paragraphs follow the document's text.
        var inNote = false
    }

    static func read(_ raw: [UInt8]) throws(DocxReadError) -> (source: SourceText, blocks: [Block], page: PageFormat?) {
        var reader = Reader(raw)
        reader.run()
        var (source, blocks) = try DocxReader.materialize(lines: reader.assembler.lines, blocks: reader.assembler.blocks)
        source.diagnostics.insert(contentsOf: LegacyFont.notes(reader.legacyFonts), at: 0)
        return (source, blocks, reader.page)
    }

    private struct Reader {
        let b: [UInt8]
        var i = 0
        var stack: [Group] = [Group()]
        var assembler = DocReader.Assembler()
        /// Paper and margins in twips: RTF's defaults (Letter, 1.25 and 1 inch) until the file sets them.
        var paper = (width: 12240, height: 15840)
        var margins = (top: 1440, bottom: 1440, left: 1800, right: 1800)
        var page: PageFormat {
            PageFormat(paperWidth: millimetres(twips: paper.width), paperHeight: millimetres(twips: paper.height),
                       margins: (millimetres(twips: margins.top), millimetres(twips: margins.bottom),
                                 millimetres(twips: margins.left), millimetres(twips: margins.right)),
                       fonts: Set(usedFonts.compactMap { fontNames[$0] }.filter { !$0.isEmpty }).sorted())
        }
        var codePage = 1252
        /// 8-bit text waiting to be decoded in the code page.
        var bytes: [UInt8] = []
        /// Fallback characters still to skip after a `\uN`.
        var skipping = 0
        var pendingHighSurrogate: UInt32?
        var code = ""
        /// The row layout since `\trowd`: left edge, right edges, each cell's merges, header.
        var edges: [Int] = []
        var left = 0
        var merges: [(horizontal: Int, vertical: Int)] = []
        var merge = (horizontal: 0, vertical: 0)
        var headerRow = false
        /// `\*`: the next control word names an ignorable destination.
        var starred = false
        /// Text box paragraphs waiting for the end of their anchor paragraph, and the one being read.
        var boxLines: [[UInt32]] = []
        var boxCurrent: [UInt32] = []
        /// The font table (number → name), the name being read, and the fonts the text is set in.
        var fontNames: [Int: String] = [:]
        /// Each font's code page, from its charset (`\fcharset163` is Windows-1258): `\'hh` bytes in
        /// that font are in it; the document's `\ansicpg` otherwise.
        var fontCodePages: [Int: Int] = [:]
        var fontName: [UInt8] = []
        var fontNumber = 0
        var defaultFont = 0
        var usedFonts: Set<Int> = []
        /// The legacy fonts whose text was converted, by encoding.
        var legacyFonts: [String: Set<String>] = [:]
        /// The footnotes' paragraphs, note by note, and the paragraph being read. (Word's `\chftn`, the
        /// number it draws, is not read: each note's mark is placed where its group ends.)
        var notes: [[[UInt32]]] = []
        var noteCurrent: [UInt32] = []

        init(_ b: [UInt8]) { self.b = b }

        var top: Group {
            get { stack[stack.count - 1] }
            set { stack[stack.count - 1] = newValue }
        }

        mutating func run() {
            while i < b.count {
                let c = b[i]
                switch c {
                case 0x7B:  // {
                    i += 1
                    if stack.count < 4096 { var g = top; g.opensFieldCode = false; g.generatedField = false; stack.append(g) }
                case 0x7D:  // }
                    i += 1
                    closeGroup()
                case 0x5C:  // backslash
                    control()
                case 0x0D, 0x0A:
                    i += 1
                default:
                    i += 1
                    text(byte: c)
                }
            }
            flushBytes()
            // The footnotes after the text, each opening with its mark.
            for (k, note) in notes.enumerated() {
                for (j, line) in note.enumerated() {
                    if j == 0 { for s in "[\(k + 1)] ".unicodeScalars { assembler.append(s.value) } }
                    for scalar in line { assembler.append(scalar) }
                    assembler.endParagraph(inTable: false, rowEnd: false, header: false, cellEnd: false)
                }
            }
            assembler.finish()
        }

        mutating func closeGroup() {
            guard stack.count > 1 else { return }
            // Text waiting in this group's font is set in it.
            if top.font != stack[stack.count - 2].font { flushBytes() }
            if top.inTextBox, !stack[stack.count - 2].inTextBox {
                // The text box ends: its last paragraph is complete.
                flushBytes()
                endBoxLine()
            }
            // A footnote ends: its mark stands where it stood (an endnote, skipped, has none).
            let closingNote = top.inNote && !stack[stack.count - 2].inNote && !top.skip
            if closingNote {
                flushBytes()
                endNoteLine()
            }
            let closed = stack.removeLast()
            if closingNote { for s in "[\(notes.count)]".unicodeScalars { text(scalar: s.value) } }
            if closed.opensFieldCode {
                // The field's code is complete: a table of contents or an index hides its result.
                if isGeneratedList(fieldCode: code.trimmingLeadingSpaces) { top.generatedField = true }
                code = ""
            }
        }

        /// A control word (`\par`, `\u7899`, `\cellx2000`) or symbol (`\'e1`, `\~`, `\*`).
        mutating func control() {
            i += 1
            guard i < b.count else { return }
            let c = b[i]
            guard isLetter(c) else {
                i += 1
                switch c {
                case 0x27:  // \'hh
                    guard i + 1 < b.count, let h = hex(b[i]), let l = hex(b[i + 1]) else { return }
                    i += 2
                    text(byte: h << 4 | l)
                case 0x7E: text(scalar: 0x20)  // \~ non-breaking space
                case 0x5F: text(scalar: 0x2D)  // \_ non-breaking hyphen
                case 0x2A: starred = true      // \*
                case 0x5C, 0x7B, 0x7D: text(byte: c)
                case 0x0D, 0x0A: paragraph()   // \ before a line break is \par
                default: break                  // \- optional hyphen, \: index, \| formula
                }
                return
            }
            let start = i
            while i < b.count, isLetter(b[i]), i - start < 32 { i += 1 }
            let word = String(decoding: b[start..<i], as: UTF8.self)
            var parameter: Int?
            var negative = false
            if i < b.count, b[i] == 0x2D { negative = true; i += 1 }
            var digits = 0
            var value = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39, digits < 10 { value = value * 10 + Int(b[i] - 0x30); i += 1; digits += 1 }
            if digits > 0 { parameter = negative ? -value : value }
            if i < b.count, b[i] == 0x20 { i += 1 }
            let wasStarred = starred
            starred = false
            apply(word, parameter, starred: wasStarred)
        }

        mutating func apply(_ word: String, _ n: Int?, starred: Bool) {
            if word == "bin" {
                // Binary data: its bytes are skipped whatever they hold.
                i = min(b.count, i + max(0, n ?? 0))
                return
            }
            if word == "fldinst" {
                flushBytes()
                top.fieldCode = true
                top.opensFieldCode = true
                code = ""
                return
            }
            if word == "shptxt" {
                // A text box inside a shape (whose other parts are not text).
                flushBytes()
                top.skip = false
                top.hidden = false
                top.inTextBox = true
                return
            }
            if word == "footnote", !top.skip {
                // A footnote (an endnote is one marked `\ftnalt`, below): read aside.
                flushBytes()
                top.inNote = true
                notes.append([])
                noteCurrent = []
                return
            }
            if word == "ftnalt", top.inNote {
                _ = notes.popLast()
                noteCurrent = []
                top.skip = true
                return
            }
            if word == "fldrslt" {
                if stack.count >= 2, stack[stack.count - 2].generatedField { top.skip = true }
                return
            }
            if word == "fonttbl" {
                top.skip = true
                top.inFontTable = true
                return
            }
            if top.inFontTable {
                if starred { top.fontTableAside = true } else if word == "f", let n { fontNumber = n; fontName = [] }
                if word == "fcharset", let n, let page = RTFReader.charsetCodePages[n] { fontCodePages[fontNumber] = page }
                return
            }
            if starred || RTFReader.skippedDestinations.contains(word) {
                flushBytes()
                top.skip = true
                return
            }
            // Inside what is not text (a page header's table, a note), no control word counts.
            guard !top.skip else { return }
            switch word {
            case "par", "sect": paragraph()
            case "line": flushBytes(); if top.inTextBox { endBoxLine() } else if visible { assembler.lineBreak() }
            case "tab", "emspace", "enspace", "qmspace": text(scalar: 0x20)
            case "emdash": text(scalar: 0x2014)
            case "endash": text(scalar: 0x2013)
            case "lquote": text(scalar: 0x2018)
            case "rquote": text(scalar: 0x2019)
            case "ldblquote": text(scalar: 0x201C)
            case "rdblquote": text(scalar: 0x201D)
            case "bullet": text(scalar: 0x2022)
            case "u":
                guard let n else { return }
                unicode(UInt32(truncatingIfNeeded: n) & 0xFFFF)  // a signed 16-bit unit (`\u-1234`)
                skipping = top.unicodeSkip
            case "uc": top.unicodeSkip = max(0, min(n ?? 1, 8))
            case "ansicpg": if let n, n > 0 { codePage = n }
            case "deff": defaultFont = n ?? 0; setFont(defaultFont)
            case "f": setFont(n ?? defaultFont)
            case "plain": flushBytes(); setFont(defaultFont); top.hidden = false
            // Hidden text, and text deleted with revision marks (`\deleted`), as Word leaves them out.
            case "v", "deleted": flushBytes(); top.hidden = (n ?? 1) != 0
            case "pard": top.inTable = false
            case "intbl": top.inTable = true
            case "cell":
                flushBytes()
                if top.inTextBox { endBoxLine(); return }
                if !boxLines.isEmpty {
                    // The anchor paragraph, its text boxes, then the cell's end.
                    assembler.endParagraph(inTable: true, rowEnd: false, header: false, cellEnd: false)
                    emitBoxLines(inTable: true)
                }
                assembler.endParagraph(inTable: true, rowEnd: false, header: false, cellEnd: true)
            case "nestcell", "nestrow": flushBytes(); if top.inTextBox { endBoxLine() } else { assembler.lineBreak() }
            case "row":
                flushBytes()
                if top.inTextBox { endBoxLine(); return }
                let definition = edges.isEmpty ? nil : DocReader.RowDefinition(edges: [left] + edges, merges: merges)
                assembler.endParagraph(inTable: true, rowEnd: true, header: headerRow, cellEnd: false, row: definition)
            case "trowd": edges = []; merges = []; left = 0; headerRow = false; merge = (0, 0)
            case "trleft": left = n ?? 0
            case "trhdr": headerRow = true
            case "clmgf": merge.horizontal = 1
            case "clmrg": merge.horizontal = 2
            case "clvmgf": merge.vertical = 3
            case "clvmrg": merge.vertical = 1
            case "cellx":
                if edges.count < 64 { edges.append(n ?? 0); merges.append(merge) }
                merge = (0, 0)
            case "paperw": if let n { paper.width = abs(n) }
            case "paperh": if let n { paper.height = abs(n) }
            case "margl": if let n { margins.left = abs(n) }
            case "margr": if let n { margins.right = abs(n) }
            case "margt": if let n { margins.top = abs(n) }
            case "margb": if let n { margins.bottom = abs(n) }
            default: break
            }
        }

        var visible: Bool { !top.skip && !top.hidden }

        mutating func paragraph() {
            flushBytes()
            guard !top.skip else { return }
            if top.inNote { endNoteLine(); return }
            if top.inTextBox { endBoxLine(); return }
            assembler.endParagraph(inTable: top.inTable, rowEnd: false, header: false, cellEnd: false)
            emitBoxLines(inTable: top.inTable)
        }

        /// A font change: the text waiting so far was set in the font before it.
        mutating func setFont(_ font: Int) {
            if font != top.font { flushBytes() }
            top.font = font
        }

        mutating func endNoteLine() {
            if !noteCurrent.isEmpty, !notes.isEmpty { notes[notes.count - 1].append(noteCurrent) }
            noteCurrent = []
        }

        mutating func endBoxLine() {
            if !boxCurrent.isEmpty { boxLines.append(boxCurrent) }
            boxCurrent = []
        }

        /// The text boxes anchored in the paragraph that just ended, as paragraphs after it.
        mutating func emitBoxLines(inTable: Bool) {
            for line in boxLines {
                for scalar in line { assembler.append(scalar) }
                assembler.endParagraph(inTable: inTable, rowEnd: false, header: false, cellEnd: false)
            }
            boxLines = []
        }

        /// One character of the document, to the flow or to the text box being read.
        mutating func emit(_ scalar: UInt32) {
            if scalar > 0x20 { usedFonts.insert(top.font) }
            if top.inNote {
                // A note's leading spaces (after its own mark) are not its text.
                if !(noteCurrent.isEmpty && scalar == 0x20) { noteCurrent.append(scalar) }
            } else if top.inTextBox { boxCurrent.append(scalar) } else { assembler.append(scalar) }
        }

        /// One byte of text: ASCII, or a byte of the code page.
        mutating func text(byte: UInt8) {
            if top.inFontTable {
                // A font's name runs to its `;`.
                guard !top.fontTableAside else { return }
                if byte == 0x3B {
                    fontNames[fontNumber] = String(decoding: fontName, as: UTF8.self).collapsingSpaces
                    fontName = []
                } else if fontName.count < 64 {
                    fontName.append(byte)
                }
                return
            }
            if skipping > 0 { skipping -= 1; return }
            if top.fieldCode { code.unicodeScalars.append(Unicode.Scalar(byte)); return }
            guard visible else { return }
            // ASCII waits with the 8-bit bytes: a Windows-1258 tone mark composes with the letter before it.
            bytes.append(byte == 0x09 ? 0x20 : byte)
        }

        mutating func text(scalar: UInt32) {
            if top.fieldCode { return }
            guard visible else { return }
            flushBytes()
            emit(scalar)
        }

        /// A `\uN` code unit; a surrogate pair makes one scalar.
        mutating func unicode(_ unit: UInt32) {
            if unit & 0xFC00 == 0xD800 { pendingHighSurrogate = unit; return }
            if unit & 0xFC00 == 0xDC00, let high = pendingHighSurrogate {
                pendingHighSurrogate = nil
                text(scalar: 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00))
                return
            }
            pendingHighSurrogate = nil
            if top.fieldCode { if let s = Unicode.Scalar(unit) { code.unicodeScalars.append(s) }; return }
            // In a legacy font (VNI-Times) a letter written as `\uN` is a byte of its encoding, as LibreOffice
            // writes them (`Vo\u245\'f5`): it joins the run's bytes, converted with them.
            if visible, let name = fontNames[top.font], LegacyFont.encoding(of: name) != nil, let byte = Windows1252.byte(of: unit) {
                bytes.append(byte)
                return
            }
            text(scalar: unit)
        }

        /// Decodes the waiting 8-bit text in the document's code page (Windows-1258 puts tone marks
        /// after their vowels: the text is made NFC later, with the rest).
        mutating func flushBytes() {
            guard !bytes.isEmpty else { return }
            defer { bytes = [] }
            let page = fontCodePages[top.font] ?? codePage
            let utf8 = HTMLDecoder.convert(bytes, from: "CP\(page)") ?? HTMLDecoder.convert(bytes, from: "CP1252") ?? []
            var text = String(decoding: utf8, as: UTF8.self)
            // A legacy font's letters (VNI-Times, .VnTime) are its encoding's: they become Unicode here.
            if let name = fontNames[top.font], let encoding = LegacyFont.encoding(of: name) {
                text = encoding.convert(text, setIn: name, noting: &legacyFonts)
            }
            for s in text.unicodeScalars { emit(s.value) }
        }

        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

        func hex(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x61...0x66: c - 0x61 + 10
            case 0x41...0x46: c - 0x41 + 10
            default: nil
            }
        }
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}

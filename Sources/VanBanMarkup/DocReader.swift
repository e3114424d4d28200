import VanBanModel
import VanBanSyntax

/// Reads a Word 97-2003 file (.doc): the text of the main document from the piece table, its
/// paragraphs and table cells from the paragraph properties ([MS-DOC]), inside an OLE compound file
/// ([MS-CFB]). Fields show their result, not their code; tables come out with their rows and cells.
/// As for .docx, each non-empty paragraph line is a line of `source`.
enum DocReader {
    static func read(_ raw: [UInt8]) throws(DocxReadError) -> (source: SourceText, blocks: [Block], page: PageFormat) {
        let file = try CompoundFile(raw)
        // A .docx saved with a password is an OLE file around the encrypted zip ([MS-OFFCRYPTO]).
        if file.contains("EncryptedPackage") { throw .encrypted }
        guard let wd = file.stream("WordDocument"), wd.count >= 0x1AA, u16(wd, 0) == 0xA5EC else { throw .legacyWord }
        let flags = u16(wd, 0x0A)
        if flags & 0x0100 != 0 { throw .encrypted }
        guard let table = file.stream(flags & 0x0200 != 0 ? "1Table" : "0Table") else { throw .corrupt("the table stream is missing") }
        let ccpText = Int(u32(wd, 0x4C))
        func pair(_ at: Int) -> (fc: Int, lcb: Int) { (Int(u32(wd, at)), Int(u32(wd, at + 4))) }
        let (clx, papx, stsh, chpx, sed, ffn) = (pair(FIB.clx), pair(FIB.plcfBtePapx), pair(FIB.stshf), pair(FIB.plcfBteChpx),
                                                  pair(FIB.plcfSed), pair(FIB.sttbfFfn))
        let pieces = try Self.pieces(table, fc: clx.fc, lcb: clx.lcb)
        let runs = Self.paragraphRuns(wd, table, fc: papx.fc, lcb: papx.lcb, data: file.stream("Data") ?? [])
        var numbering = Self.listNumbering(wd, table)
        let styles = Self.styles(table, fc: stsh.fc, lcb: stsh.lcb)
        var fonts = FontUse(runs: Self.characterRuns(wd, table, fc: chpx.fc, lcb: chpx.lcb), styles: styles)
        let names = Self.fontNames(table, fc: ffn.fc, lcb: ffn.lcb)
        var assembler = Assembler()
        // Text set in a legacy font (VNI-Times, .VnTime) waits here, to be converted as one run.
        var legacyEncodings: [Int: LegacyFont.Encoding] = [:]
        for (k, name) in names.enumerated() { if let e = LegacyFont.encoding(of: name) { legacyEncodings[k] = e } }
        var legacy: (font: Int, encoding: LegacyFont.Encoding, scalars: [UInt32])?
        var legacyFonts: [String: Set<String>] = [:]
        func flushLegacy() {
            guard let run = legacy else { return }
            legacy = nil
            var text = String.UnicodeScalarView()
            for v in run.scalars { if let s = Unicode.Scalar(v) { text.append(s) } }
            let converted = run.encoding.convert(String(text), setIn: names[run.font], noting: &legacyFonts)
            for s in converted.unicodeScalars { assembler.append(s.value) }
        }
        // Text boxes: each story is read once, after the paragraph that holds its shape's anchor.
        var stories = Self.textBoxStories(wd, table)
        // Footnotes: each reference is its mark (`[1]`) in the text; each note is read after it.
        let footnotes = Self.footnotes(wd, table, ccpText: ccpText)
        var noteMark: Int?
        func appendASCII(_ text: String) { for s in text.unicodeScalars { assembler.append(s.value) } }
        // Reads the text of CPs `range` (the main document's, or a text box's story) into the assembler;
        // only the main text places the stories (a story's own CPs lie past every anchor).
        func readText(_ range: Range<Int>, placingStories: Bool = false) {
            // Open fields: past the separator (showing the result), the code's head, and whether the
            // result is a table of contents or an index (left out, as in a .docx).
            var fields: [(result: Bool, code: String, generated: Bool)] = []
            var cp = 0
            for piece in pieces where cp < range.upperBound {
                if cp + piece.count <= range.lowerBound { cp += piece.count; continue }
                var k = max(0, range.lowerBound - cp)
                cp += k
                while k < piece.count, cp < range.upperBound {
                    let fc = piece.fc + k * (piece.compressed ? 1 : 2)
                    var scalar: UInt32
                    if piece.compressed {
                        guard fc < wd.count else { break }
                        scalar = Windows1252.scalar(wd[fc])  // 8-bit pieces are Windows-1252
                    } else {
                        guard fc + 1 < wd.count else { break }
                        scalar = UInt32(u16(wd, fc))
                        if scalar & 0xFC00 == 0xD800, k + 1 < piece.count, fc + 3 < wd.count {
                            let low = UInt32(u16(wd, fc + 2))
                            if low & 0xFC00 == 0xDC00 { scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00); k += 1; cp += 1 }
                        }
                    }
                    k += 1
                    cp += 1
                    switch scalar {
                    case 0x13: fields.append((false, "", false))                     // field begins: its code follows
                    case 0x14:                                                       // separator: its result follows
                        if let f = fields.popLast() { fields.append((true, f.code, isGeneratedList(fieldCode: f.code))) }
                    case 0x15: _ = fields.popLast()                                   // field ends
                    default:
                        if let f = fields.last, !f.result {                          // inside a field code
                            if f.code.unicodeScalars.count < 16, let s = Unicode.Scalar(scalar) { fields[fields.count - 1].code.unicodeScalars.append(s) }
                            continue
                        }
                        if fields.contains(where: { !$0.result || $0.generated }) { continue }
                        // Deleted or hidden text is not read; its paragraph and cell marks still end paragraphs.
                        if scalar != 0x0D, scalar != 0x07, fonts.hides(at: fc) { continue }
                        if legacyEncodings.isEmpty {
                            if scalar > 0x20, scalar != 0xA0 { fonts.use(at: fc) { Self.properties(at: fc, in: runs).istd } }
                        } else if scalar > 0x20 || (scalar == 0x20 && legacy != nil) {
                            // Text: in a legacy font it waits for the rest of its run. What another run
                            // sets, a space too, comes after the waiting text: it is written out first.
                            let font = fonts.use(at: fc, counting: scalar > 0x20) { Self.properties(at: fc, in: runs).istd }
                            if legacy?.font != font { flushLegacy() }
                            if let font, let encoding = legacyEncodings[font], scalar > 0x20 || legacy != nil {
                                if legacy == nil { legacy = (font, encoding, []) }
                                legacy?.scalars.append(scalar == 0xA0 ? 0x20 : scalar)
                                continue
                            }
                        } else {
                            flushLegacy()
                        }
                        switch scalar {
                        case 0x0D, 0x07:
                            let props = Self.properties(at: fc, in: runs)
                            // Word's automatic number: the paragraph's own list, or its style's.
                            let style = styles.lists[props.istd]
                            let label = (props.ilfo ?? style?.list).flatMap { list in
                                numbering.label(list: list, level: props.ilvl ?? style?.level ?? 0)
                            }
                            assembler.endParagraph(inTable: props.inTable, rowEnd: props.rowEnd, header: props.header, cellEnd: scalar == 0x07,
                                                   label: label, row: props.row)
                            // The text boxes anchored in this paragraph (or in the table it closes).
                            if placingStories, !props.inTable, !props.rowEnd, let first = stories.first, first.anchor < cp {
                                let due = stories.prefix { $0.anchor < cp }
                                stories.removeFirst(due.count)
                                for story in due { readText(story.text) }
                            }
                        case 0x0B: assembler.lineBreak()
                        case 0x09, 0xA0: assembler.append(0x20)
                        case 0x1E: assembler.append(0x2D)                            // non-breaking hyphen
                        case 0x02:                                                   // a note's number, as Word draws it
                            if let n = noteMark.take() { appendASCII("[\(n)] ") } else if let n = footnotes.marks[cp - 1] { appendASCII("[\(n)]") }
                        case 0x0C: assembler.endParagraph(inTable: false, rowEnd: false, header: false, cellEnd: false)
                        case 0..<0x20, 0x1F: continue                               // pictures, notes, soft hyphens
                        default:
                            assembler.append(scalar)
                        }
                    }
                }
            }
            flushLegacy()
        }
        readText(0..<ccpText, placingStories: true)
        // Text boxes anchored where no paragraph ended after them.
        for story in stories { readText(story.text) }
        for (k, note) in footnotes.texts.enumerated() {
            noteMark = k + 1
            readText(note)
        }
        assembler.finish()
        var (source, blocks) = try DocxReader.materialize(lines: assembler.lines, blocks: assembler.blocks)
        source.diagnostics.insert(contentsOf: LegacyFont.notes(legacyFonts), at: 0)
        var page = Self.pageSetup(wd, table, fc: sed.fc, lcb: sed.lcb)
        page.fonts = Set(fonts.used.compactMap { $0 < names.count ? names[$0] : nil }).sorted()
        return (source, blocks, page)
    }

    /// Where the FIB (the WordDocument stream's header) keeps the (fc, lcb) pairs read here: offsets
    /// into the stream of FibRgFcLcb97's pairs, each an offset and a size in the table stream.
    enum FIB {
        static let pairCount = 0x98  // cbRgFcLcb
        static let stshf = 0xA2, plcffndRef = 0xAA, plcffndTxt = 0xB2, plcfSed = 0xCA, plcfBteChpx = 0xFA, plcfBtePapx = 0x102, sttbfFfn = 0x112
        static let clx = 0x1A2, plcSpaMom = 0x1DA, plcfTxbxTxt = 0x25A, plfLst = 0x2E2, plfLfo = 0x2EA
    }

    // MARK: - Page setup

    /// Paper and margins of the last section, from its section properties (SEPX); Word 97's defaults
    /// (Letter, 1 and 1.25 inch margins) where a property is not set. Fonts are not read.
    static func pageSetup(_ wd: [UInt8], _ table: [UInt8], fc: Int, lcb: Int) -> PageFormat {
        var width = 12240, height = 15840, left = 1800, right = 1800, top = 1440, bottom = 1440
        if fc >= 0, lcb >= 16, fc + lcb <= table.count, (lcb - 4) % 16 == 0 {
            let n = (lcb - 4) / 16
            let sepx = Int(Int32(bitPattern: u32(table, fc + 4 * (n + 1) + 12 * (n - 1) + 2)))
            if sepx >= 0, sepx + 2 <= wd.count {
                forEachSprm(wd, from: sepx + 2, to: min(wd.count, sepx + 2 + Int(u16(wd, sepx)))) { sprm, at in
                    let value = Int(Int16(bitPattern: u16(wd, at)))
                    switch sprm {
                    case 0xB01F: width = value
                    case 0xB020: height = value
                    case 0xB021: left = value
                    case 0xB022: right = value
                    case 0x9023: top = abs(value)
                    case 0x9024: bottom = abs(value)
                    default: break
                    }
                }
            }
        }
        let mm = millimetres(twips:)
        return PageFormat(paperWidth: mm(width), paperHeight: mm(height), margins: (mm(top), mm(bottom), mm(left), mm(right)), fonts: [])
    }

    // MARK: - Footnotes

    /// The footnotes ([MS-DOC] PlcffndRef, PlcffndTxt): each reference's CP in the main text with its
    /// number (in order), and each note's text (CPs in the footnote subdocument, which follows the
    /// main text). Empty where the file has none or its tables do not fit.
    static func footnotes(_ wd: [UInt8], _ table: [UInt8], ccpText: Int) -> (marks: [Int: Int], texts: [Range<Int>]) {
        let ccpFtn = Int(u32(wd, 0x50))
        let (refFC, refLCB) = (Int(u32(wd, FIB.plcffndRef)), Int(u32(wd, FIB.plcffndRef + 4)))
        let (txtFC, txtLCB) = (Int(u32(wd, FIB.plcffndTxt)), Int(u32(wd, FIB.plcffndTxt + 4)))
        guard ccpFtn > 0, refLCB >= 10, refFC >= 0, refFC + refLCB <= table.count, txtLCB >= 8, txtFC >= 0, txtFC + txtLCB <= table.count else { return ([:], []) }
        let n = (refLCB - 4) / 6
        var marks: [Int: Int] = [:]
        for k in 0..<n { marks[Int(u32(table, refFC + 4 * k))] = k + 1 }
        let cps = (0..<(txtLCB / 4)).map { Int(u32(table, txtFC + 4 * $0)) }
        var texts: [Range<Int>] = []
        for k in 0..<min(n, cps.count - 1) {
            let from = min(cps[k], ccpFtn), to = min(max(cps[k + 1], from), ccpFtn)
            texts.append(ccpText + from..<ccpText + to)
        }
        return (marks, texts)
    }

    // MARK: - Text boxes

    /// The text boxes' stories ([MS-DOC] PlcftxbxTxt: CPs in the text box subdocument, which follows
    /// the main text, footnotes, headers, comments and endnotes), each with the CP of its shape's
    /// anchor in the main text (PlcSpaMom: the FSPA whose spid is the story's lid), in anchor order.
    /// Empty stories and reusable (free) entries are left out; a story without an anchor comes last.
    static func textBoxStories(_ wd: [UInt8], _ table: [UInt8]) -> [(anchor: Int, text: Range<Int>)] {
        guard wd.count >= FIB.plcfTxbxTxt + 8 else { return [] }
        // ccpText, ccpFtn, ccpHdd, ccpMcr, ccpAtn, ccpEdn, ccpTxbx.
        let counts = (0..<7).map { Int(u32(wd, 0x4C + 4 * $0)) }
        let base = counts[0..<6].reduce(0, +), length = counts[6]
        let (txbxFC, txbxLCB) = (Int(u32(wd, FIB.plcfTxbxTxt)), Int(u32(wd, FIB.plcfTxbxTxt + 4)))
        let (spaFC, spaLCB) = (Int(u32(wd, FIB.plcSpaMom)), Int(u32(wd, FIB.plcSpaMom + 4)))
        guard length > 0, txbxLCB >= 30, txbxFC >= 0, txbxFC + txbxLCB <= table.count else { return [] }
        var anchors: [Int: Int] = [:]  // spid → anchor CP
        if spaLCB >= 30, spaFC >= 0, spaFC + spaLCB <= table.count {
            let n = (spaLCB - 4) / 30
            for k in 0..<n { anchors[Int(u32(table, spaFC + 4 * (n + 1) + 26 * k))] = Int(u32(table, spaFC + 4 * k)) }
        }
        let n = (txbxLCB - 4) / 26
        var stories: [(anchor: Int, text: Range<Int>)] = []
        for k in 0..<n {
            let start = Int(u32(table, txbxFC + 4 * k)), end = Int(u32(table, txbxFC + 4 * (k + 1)))
            let entry = txbxFC + 4 * (n + 1) + 22 * k
            let reusable = u16(table, entry + 8) != 0, lid = Int(u32(table, entry + 14))
            guard !reusable, end - start > 1, start >= 0, end <= length else { continue }
            stories.append((anchors[lid] ?? Int.max, base + start..<base + end))
        }
        return stories.sorted { ($0.anchor, $0.text.lowerBound) < ($1.anchor, $1.text.lowerBound) }
    }

    // MARK: - Piece table

    struct Piece { var fc: Int; var count: Int; var compressed: Bool }

    /// The Clx's piece table: where each run of text lies in the WordDocument stream, 8- or 16-bit.
    static func pieces(_ table: [UInt8], fc: Int, lcb: Int) throws(DocxReadError) -> [Piece] {
        guard fc >= 0, lcb > 0, fc + lcb <= table.count else { throw .corrupt("the piece table lies outside its stream") }
        var i = fc
        let end = fc + lcb
        while i < end, table[i] == 0x01 {  // Prc: property modifiers, skipped
            guard i + 3 <= end else { throw .corrupt("the piece table is damaged") }
            i += 3 + Int(u16(table, i + 1))
        }
        guard i + 5 <= end, table[i] == 0x02 else { throw .corrupt("the piece table is damaged") }
        let size = Int(u32(table, i + 1))
        let plc = i + 5
        guard size >= 16, plc + size <= end, (size - 4) % 12 == 0 else { throw .corrupt("the piece table is damaged") }
        let n = (size - 4) / 12
        var out: [Piece] = []
        for k in 0..<n {
            let start = Int(u32(table, plc + 4 * k)), next = Int(u32(table, plc + 4 * (k + 1)))
            let pcd = plc + 4 * (n + 1) + 8 * k
            let raw = u32(table, pcd + 2)
            let compressed = raw & 0x4000_0000 != 0
            let offset = Int(raw & 0x3FFF_FFFF)
            guard next > start else { continue }
            out.append(Piece(fc: compressed ? offset / 2 : offset, count: next - start, compressed: compressed))
        }
        return out
    }

    // MARK: - Paragraph properties

    /// What a paragraph's properties say about tables: in a cell, the end of a row, a header row.
    struct Run {
        var start: Int, end: Int
        var inTable = false, rowEnd = false, header = false
        /// The paragraph style (an index into the style sheet).
        var istd = 0
        /// The list (1-based, into the list format overrides) and level, when the paragraph sets them.
        var ilfo: Int?, ilvl: Int?
        /// A row end's cell layout (sprmTDefTable).
        var row: RowDefinition?
        /// Vertical merges set cell by cell (sprmTVertMerge, as Word 2000 and LibreOffice write them):
        /// the cell and its flags (1 continues the cell above, 3 opens a merge).
        var verticalMerges: [(cell: Int, flags: Int)] = []
    }

    /// Where a row's cells stand and how they merge: the cell edges in twips (one more than the
    /// cells), and per cell its horizontal and vertical merge (TC80: 1 opens a merge; a horizontal
    /// 2 or 3 joins the cell before, a vertical 1 continues the cell above).
    struct RowDefinition {
        var edges: [Int]
        var merges: [(horizontal: Int, vertical: Int)]
    }

    /// sprmTDefTable's operand: its size, the number of cells, their edges, then a TC80 (20 bytes)
    /// for each of the first cells.
    static func rowDefinition(_ b: [UInt8], _ at: Int, end: Int) -> RowDefinition? {
        guard at + 3 <= end else { return nil }
        let cells = Int(b[at + 2])
        guard cells > 0, at + 3 + 2 * (cells + 1) <= end else { return nil }
        let edges = (0...cells).map { Int(Int16(bitPattern: u16(b, at + 3 + 2 * $0))) }
        var merges: [(horizontal: Int, vertical: Int)] = []
        var tc = at + 3 + 2 * (cells + 1)
        while merges.count < cells, tc + 20 <= end {
            let flags = Int(u16(b, tc))
            merges.append((flags & 3, flags >> 5 & 3))
            tc += 20
        }
        return RowDefinition(edges: edges, merges: merges)
    }

    /// Calls `body` with each property run of the FKP pages a bin table names (PlcBtePapx,
    /// PlcBteChpx): its FCs and where its properties start in `wd` (nil for none). `entry` is the
    /// size of a run's entry after the FCs: 13 bytes for paragraphs (BxPap), 1 for characters.
    static func forEachFKPRun(_ wd: [UInt8], _ table: [UInt8], fc: Int, lcb: Int, entry: Int,
                              _ body: (_ start: Int, _ end: Int, _ properties: Int?, _ pageEnd: Int) -> Void) {
        guard fc >= 0, lcb >= 8, fc + lcb <= table.count, (lcb - 4) % 8 == 0 else { return }
        let n = (lcb - 4) / 8
        for k in 0..<n {
            let page = Int(u32(table, fc + 4 * (n + 1) + 4 * k) & 0x3F_FFFF) * 512
            guard page + 512 <= wd.count else { continue }
            let crun = Int(wd[page + 511])
            guard crun > 0, 4 * (crun + 1) + entry * crun <= 511 else { continue }
            for r in 0..<crun {
                let offset = Int(wd[page + 4 * (crun + 1) + entry * r]) * 2
                body(Int(u32(wd, page + 4 * r)), Int(u32(wd, page + 4 * (r + 1))), offset > 0 && offset < 511 ? page + offset : nil, page + 511)
            }
        }
    }

    /// The paragraph property runs of the whole file, from the PAPX pages.
    static func paragraphRuns(_ wd: [UInt8], _ table: [UInt8], fc: Int, lcb: Int, data: [UInt8]) -> [Run] {
        var runs: [Run] = []
        forEachFKPRun(wd, table, fc: fc, lcb: lcb, entry: 13) { start, end, papx, pageEnd in
            var run = Run(start: start, end: end)
            if let papx { scanSprms(wd, papx: papx, limit: pageEnd, data: data, into: &run) }
            runs.append(run)
        }
        return runs.sorted { $0.start < $1.start }
    }

    /// Reads the style (istd), sprmPFInTable (0x2416), sprmPFTtp (0x2417), sprmPItap (0x6649),
    /// sprmTTableHeader (0x3404), sprmPIlfo (0x460B), sprmPIlvl (0x260A), and a row end's
    /// sprmTDefTable (0xD608) and sprmTVertMerge (0xD62B); and, through sprmPHugePapx (0x6646),
    /// the same in the Data stream, where a writer puts properties too large for their page (a
    /// wide row's cell definitions: LibreOffice does for most of a large table's rows).
    static func scanSprms(_ wd: [UInt8], papx: Int, limit: Int, data: [UInt8], into run: inout Run) {
        var size = Int(wd[papx]) * 2 - 1
        var i = papx + 1
        if wd[papx] == 0 {
            guard papx + 1 < limit else { return }
            size = Int(wd[papx + 1]) * 2
            i = papx + 2
        }
        guard i + 2 <= min(limit, i + size) else { return }
        run.istd = Int(u16(wd, i))
        forEachSprm(wd, from: i + 2, to: min(limit, i + size)) { sprm, at in
            if sprm == 0x6646 {
                // PrcData: its size (2 bytes), then its sprms.
                let offset = Int(u32(wd, at))
                guard offset >= 0, offset + 2 <= data.count else { return }
                let end = min(data.count, offset + 2 + Int(u16(data, offset)))
                forEachSprm(data, from: offset + 2, to: end) { sprm, at in apply(sprm, data, at, to: &run) }
            } else {
                apply(sprm, wd, at, to: &run)
            }
        }
        // A cell's own vertical merge overrides its TC80 flags, whichever sprm came first.
        if var row = run.row, !run.verticalMerges.isEmpty {
            for (cell, flags) in run.verticalMerges where cell < row.edges.count - 1 {
                while row.merges.count <= cell { row.merges.append((0, 0)) }
                row.merges[cell].vertical = flags & 3
            }
            run.row = row
        }
    }

    /// One paragraph sprm of those `scanSprms` reads, its operand at `b[at]`.
    private static func apply(_ sprm: UInt16, _ b: [UInt8], _ at: Int, to run: inout Run) {
        switch sprm {
        case 0x2416: run.inTable = run.inTable || b[at] != 0
        case 0x6649: run.inTable = run.inTable || u32(b, at) > 0
        case 0x2417: run.rowEnd = b[at] != 0
        case 0x3404: run.header = b[at] != 0
        case 0x460B, 0x260A: readListSprm(sprm, b, at, into: &run.ilfo, &run.ilvl)
        case 0xD608: run.row = rowDefinition(b, at, end: at + 2 + Int(u16(b, at)) - 1)
        case 0xD62B: if b[at] >= 2 { run.verticalMerges.append((Int(b[at + 1]), Int(b[at + 2]))) }
        default: break
        }
    }

    /// sprmPIlfo: the list, 1-based (0 and negative values: no number, even where the style has one);
    /// sprmPIlvl: the level.
    static func readListSprm(_ sprm: UInt16, _ b: [UInt8], _ at: Int, into ilfo: inout Int?, _ ilvl: inout Int?) {
        if sprm == 0x460B { ilfo = max(0, Int(Int16(bitPattern: u16(b, at)))) } else { ilvl = Int(b[at]) }
    }

    /// Calls `body` with each property modifier (sprm) of `b[from..<end]` and where its operand
    /// starts; stops at the first one whose operand does not fit.
    static func forEachSprm(_ b: [UInt8], from: Int, to end: Int, _ body: (UInt16, Int) -> Void) {
        var i = from
        while i + 2 <= end {
            let sprm = u16(b, i)
            i += 2
            let operand: Int
            switch sprm >> 13 {
            case 0, 1: operand = 1
            case 2, 4, 5: operand = 2
            case 3: operand = 4
            case 7: operand = 3
            default:  // variable: a size byte (two for sprmTDefTable; sprmPChgTabs may say 255)
                guard i < end else { return }
                if sprm == 0xD608 { guard i + 2 <= end else { return }; operand = Int(u16(b, i)) + 1 }
                else if sprm == 0xC615, b[i] == 255 { return }
                else { operand = Int(b[i]) + 1 }
            }
            guard i + operand <= end else { return }
            body(sprm, i)
            i += operand
        }
    }

    static func properties(at fc: Int, in runs: [Run]) -> Run {
        runIndex(containing: fc, runs.count, start: { runs[$0].start }, end: { runs[$0].end }).map { runs[$0] } ?? Run(start: fc, end: fc + 1)
    }

    /// The run (of `count`, sorted by start, not overlapping) whose FCs hold `fc`, by binary search.
    static func runIndex(containing fc: Int, _ count: Int, start: (Int) -> Int, end: (Int) -> Int) -> Int? {
        var lo = 0, hi = count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if end(mid) <= fc { lo = mid + 1 } else if start(mid) > fc { hi = mid - 1 } else { return mid }
        }
        return nil
    }

    // MARK: - Lists

    /// Word 97's lists as `ListNumbering` reads numbering.xml: each list (LSTF, with its LVLs after the
    /// PlfLst) an abstract list, each list format override (LFO, 1-based as sprmPIlfo counts them) a
    /// list instance with its start overrides. Damaged list tables give no numbers, not an error.
    static func listNumbering(_ wd: [UInt8], _ table: [UInt8]) -> ListNumbering {
        var numbering = ListNumbering()
        // The list pairs are 73 and 74 of FibRgFcLcb97: the FIB must hold that many.
        guard wd.count >= FIB.plfLfo + 8, u16(wd, FIB.pairCount) >= 75 else { return numbering }
        let lstAt = Int(u32(wd, FIB.plfLst)), lfoAt = Int(u32(wd, FIB.plfLfo)), lfoSize = Int(u32(wd, FIB.plfLfo + 4))
        guard lstAt + 2 <= table.count, lfoSize >= 4, lfoAt + lfoSize <= table.count else { return numbering }
        let lists = Int(Int16(bitPattern: u16(table, lstAt)))
        guard lists > 0, lstAt + 2 + 28 * lists <= table.count else { return numbering }
        var abstractOf: [UInt32: Int] = [:]
        var at = lstAt + 2 + 28 * lists
        for k in 0..<lists {
            let lstf = lstAt + 2 + 28 * k
            var levels: [Int: ListNumbering.Level] = [:]
            for level in 0..<(table[lstf + 26] & 1 != 0 ? 1 : 9) {  // fSimpleList: one level
                guard let (lvl, next) = readLevel(table, at) else { return numbering }
                levels[level] = lvl
                at = next
            }
            numbering.define(abstract: k, levels: levels)
            abstractOf[u32(table, lstf)] = k
        }
        let end = lfoAt + lfoSize
        let overrides = Int(u32(table, lfoAt))
        guard overrides > 0, lfoAt + 4 + 16 * overrides <= end else { return numbering }
        var data = lfoAt + 4 + 16 * overrides  // an LFOData per LFO: a cp, then its level overrides
        for k in 0..<overrides {
            let lfo = lfoAt + 4 + 16 * k
            var starts: [Int: Int] = [:]
            var d = data + 4
            for _ in 0..<Int(table[lfo + 12]) {
                guard d + 8 <= end else { return numbering }
                let flags = u32(table, d + 4)
                if flags & 0x10 != 0 { starts[Int(flags & 0xF)] = Int(Int32(bitPattern: u32(table, d))) }  // fStartAt
                d += 8
                if flags & 0x20 != 0 {  // fFormatting: a whole LVL follows
                    guard let (_, next) = readLevel(table, d) else { return numbering }
                    d = next
                }
            }
            data = d
            if let abstract = abstractOf[u32(table, lfo)] { numbering.define(list: k + 1, abstract: abstract, starts: starts) }
        }
        return numbering
    }

    /// One LVL: the fixed part (LVLF), its paragraph and character properties, and the number text,
    /// whose characters 0–8 stand for the counters of those levels (`%1` … `%9` in numbering.xml).
    static func readLevel(_ b: [UInt8], _ at: Int) -> (ListNumbering.Level, next: Int)? {
        guard at + 28 <= b.count else { return nil }
        var i = at + 28 + Int(b[at + 25]) + Int(b[at + 24])  // cbGrpprlPapx, cbGrpprlChpx
        guard i + 2 <= b.count else { return nil }
        let count = Int(u16(b, i))
        i += 2
        guard i + 2 * count <= b.count else { return nil }
        var text = ""
        for c in 0..<count {
            let v = u16(b, i + 2 * c)
            if v < 9 { text += "%\(v + 1)" } else if let s = Unicode.Scalar(UInt32(v)) { text.unicodeScalars.append(s) }
        }
        var level = ListNumbering.Level(format: numberFormat[b[at + 4]] ?? "decimal", text: text, start: Int(Int32(bitPattern: u32(b, at))))
        // Flags after nfc: jc (2 bits), fLegal, fNoRestart; with fNoRestart, the level restarts only
        // after levels above ilvlRestartLim (as w:lvlRestart counts them: 0 never).
        let flags = b[at + 5]
        level.legal = flags & 0x04 != 0
        if flags & 0x08 != 0 { level.restart = Int(b[at + 26]) }
        return (level, i + 2 * count)
    }

    /// Word 97's number formats (MSONFC) by the names numbering.xml gives them.
    static let numberFormat: [UInt8: String] = [0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter",
                                                4: "lowerLetter", 22: "decimalZero", 23: "bullet", 255: "none"]

    /// What the reader takes from the style sheet (STSH), each resolved through the base styles: the
    /// list and level a paragraph style is on, the font a style sets, and the document's default font.
    struct Styles {
        var lists: [Int: (list: Int, level: Int)] = [:]
        var fonts: [Int: Int] = [:]
        var defaultFont: Int?
    }

    /// The style sheet: a paragraph style's property exceptions (UPX) are its paragraph sprms, then
    /// its character sprms; a character style's one UPX its character sprms.
    static func styles(_ table: [UInt8], fc: Int, lcb: Int) -> Styles {
        var styles = Styles()
        guard fc >= 0, lcb >= 6, fc + lcb <= table.count else { return styles }
        let end = fc + lcb
        let header = Int(u16(table, fc))  // cbStshi
        guard header >= 4, fc + 2 + header <= end else { return styles }
        let count = Int(u16(table, fc + 2)), baseSize = Int(u16(table, fc + 4))
        if header >= 14 { styles.defaultFont = Int(u16(table, fc + 2 + 12)) }  // rgftcStandardChpStsh[0]
        var own: [Int: (base: Int, list: Int?, level: Int?, font: Int?)] = [:]
        var i = fc + 2 + header
        for istd in 0..<count {
            guard i + 2 <= end else { break }
            let size = Int(u16(table, i))
            let std = i + 2
            i = std + size
            let kind = size >= baseSize + 2 && baseSize >= 10 && i <= end ? table[std + 2] & 0x0F : 0
            guard kind == 1 || kind == 2 else { continue }  // paragraph and character styles
            let base = Int(u16(table, std + 2) >> 4)
            let name = std + baseSize
            var upx = name + 2 + 2 * Int(u16(table, name)) + 2  // after the name and its terminator
            var list: Int?, level: Int?, font: Int?
            if kind == 1, upx + 4 <= i {
                let papxSize = Int(u16(table, upx))
                forEachSprm(table, from: upx + 4, to: min(i, upx + 2 + papxSize)) { sprm, at in  // after cbUPX and istd
                    if sprm == 0x460B || sprm == 0x260A { readListSprm(sprm, table, at, into: &list, &level) }
                }
                upx += 2 + papxSize + papxSize % 2
            }
            if upx + 2 <= i {
                forEachSprm(table, from: upx + 2, to: min(i, upx + 2 + Int(u16(table, upx)))) { sprm, at in
                    readFontSprm(sprm, table, at, into: &font)
                }
            }
            own[istd] = (base, list, level, font)
        }
        for istd in own.keys {
            var list: Int?, level: Int?, font: Int?
            var s: Int? = istd
            for _ in 0..<16 {  // a base chain, bounded against loops
                guard let k = s, let style = own[k] else { break }
                list = list ?? style.list
                level = level ?? style.level
                font = font ?? style.font
                s = style.base == 0x0FFF ? nil : style.base
            }
            if let list, list > 0 { styles.lists[istd] = (list, level ?? 0) }
            styles.fonts[istd] = font
        }
        return styles
    }

    // MARK: - Fonts

    /// sprmCRgFtc0 (0x4A4F), the font of ASCII text, else sprmCRgFtc2 (0x4A51), that of other
    /// text: an index into the font table.
    static func readFontSprm(_ sprm: UInt16, _ b: [UInt8], _ at: Int, into font: inout Int?) {
        if sprm == 0x4A4F { font = Int(u16(b, at)) } else if sprm == 0x4A51, font == nil { font = Int(u16(b, at)) }
    }

    /// The font table (SttbfFfn): a count, then each font (FFN) with its size, its name at byte 40.
    static func fontNames(_ table: [UInt8], fc: Int, lcb: Int) -> [String] {
        guard fc >= 0, lcb >= 4, fc + lcb <= table.count else { return [] }
        let end = fc + lcb
        var names: [String] = []
        var at = fc + 4
        for _ in 0..<Int(u16(table, fc)) {
            guard at < end else { break }
            let size = Int(table[at]) + 1
            guard size > 40, at + size <= end else { break }
            var name = ""
            var k = at + 40
            while k + 1 < at + size, u16(table, k) != 0, let s = Unicode.Scalar(UInt32(u16(table, k))) { name.unicodeScalars.append(s); k += 2 }
            names.append(name)
            at += size
        }
        return names
    }

    /// A run of character properties: its FCs, the font or character style it sets, and whether its
    /// text is not shown (deleted with revision marks, or hidden), as a `.docx`'s `w:del` and `w:vanish`.
    struct CharacterRun { var start: Int, end: Int; var font: Int?; var style: Int?; var hidden = false }

    /// The character property runs, from the CHPX pages.
    static func characterRuns(_ wd: [UInt8], _ table: [UInt8], fc: Int, lcb: Int) -> [CharacterRun] {
        var runs: [CharacterRun] = []
        forEachFKPRun(wd, table, fc: fc, lcb: lcb, entry: 1) { start, end, chpx, pageEnd in
            var run = CharacterRun(start: start, end: end)
            if let chpx {
                forEachSprm(wd, from: chpx + 1, to: min(pageEnd, chpx + 1 + Int(wd[chpx]))) { sprm, at in
                    if sprm == 0x4A30 { run.style = Int(u16(wd, at)) }
                    // sprmCFRMarkDel, sprmCFVanish: a toggle, on for 1 (and 0x81, the style's opposite).
                    else if sprm == 0x0800 || sprm == 0x0803 { run.hidden = run.hidden || wd[at] & 0x01 != 0 }
                    else { readFontSprm(sprm, wd, at, into: &run.font) }
                }
            }
            runs.append(run)
        }
        return runs.sorted { $0.start < $1.start }
    }

    /// The fonts the text is set in, as for a `.docx`: each character's run font, else its
    /// character style's, else its paragraph style's, else the document default.
    struct FontUse {
        let runs: [CharacterRun]
        let styles: Styles
        private var last = 0
        private(set) var used: Set<Int> = []

        init(runs: [CharacterRun], styles: Styles) {
            self.runs = runs
            self.styles = styles
        }

        /// Whether the character at `fc` is not shown (deleted with revision marks, or hidden).
        mutating func hides(at fc: Int) -> Bool {
            locate(fc)
            return last < runs.count && runs[last].hidden
        }

        private mutating func locate(_ fc: Int) {
            if !(last < runs.count && runs[last].start <= fc && fc < runs[last].end) {
                let runs = runs
                last = DocReader.runIndex(containing: fc, runs.count, start: { runs[$0].start }, end: { runs[$0].end }) ?? runs.count
            }
        }

        /// The font of the character at `fc` (an index into the font table), counted as used unless
        /// `counting` is false (white space sets no text in its font).
        @discardableResult
        mutating func use(at fc: Int, counting: Bool = true, paragraphStyle: () -> Int) -> Int? {
            locate(fc)
            let run = last < runs.count ? runs[last] : nil
            let font = run?.font ?? run?.style.flatMap { styles.fonts[$0] } ?? styles.fonts[paragraphStyle()] ?? styles.defaultFont
            if counting, let font { used.insert(font) }
            return font
        }
    }

    // MARK: - Paragraphs and tables

    /// Paragraphs arrive one at a time with their table properties; table cells and rows are built
    /// from them (a cell ends at its cell mark, a row at its row-end paragraph).
    struct Assembler {
        var lines: [[UInt8]] = []
        var blocks: [PendingBlock] = []
        private var current: [[UInt8]] = [[]]
        private var cell: [Int] = []
        private var row: [PendingBlock.Cell] = []
        private var rows: [[PendingBlock.Cell]] = []
        /// Each row's cell layout, when its row end gave one.
        private var definitions: [RowDefinition?] = []
        private var headerRows = 0
        private var tableAnchor = 0
        private var inTable = false

        mutating func append(_ scalar: UInt32) {
            guard let s = Unicode.Scalar(scalar) else { return }
            current[current.count - 1].append(contentsOf: s.utf8)
        }

        mutating func lineBreak() { current.append([]) }

        mutating func endParagraph(inTable paragraphInTable: Bool, rowEnd: Bool, header: Bool, cellEnd: Bool,
                                   label: String? = nil, row definition: RowDefinition? = nil) {
            if let label { current[0] = Array((label + " ").utf8) + current[0] }
            let texts = current.map(collapsed).filter { !$0.isEmpty }
            current = [[]]
            if paragraphInTable || rowEnd {
                if !inTable { inTable = true; tableAnchor = lines.count; rows = []; definitions = []; row = []; cell = []; headerRows = 0 }
                if rowEnd {
                    // Empty cells past the row's layout are stray cell marks (LibreOffice's RTF ends a
                    // row holding a nested table with one more for each nested row).
                    if let cells = definition.map({ $0.edges.count - 1 }) {
                        while row.count > cells, let last = row.last, last.lines.isEmpty { row.removeLast() }
                    }
                    // A row of one cell under a row of several is a group row (`I. CẢI CÁCH THỂ CHẾ`),
                    // not a header row, even marked to repeat (as LibreOffice marks it), as in a .docx.
                    let groupRow = row.count == 1 && (rows.first.map { $0.count > 1 } ?? false)
                    if !row.isEmpty { rows.append(row); definitions.append(definition) }
                    if header, !groupRow, rows.count == headerRows + 1 { headerRows += 1 }
                    row = []
                    return
                }
                for t in texts { lines.append(t); cell.append(lines.count - 1) }
                if cellEnd {
                    row.append(PendingBlock.Cell(lines: cell, anchor: lines.count))
                    cell = []
                }
                return
            }
            closeTable()
            for t in texts { lines.append(t); blocks.append(.paragraph(lines.count - 1)) }
        }

        mutating func finish() {
            if current.contains(where: { !$0.isEmpty }) { endParagraph(inTable: false, rowEnd: false, header: false, cellEnd: false) }
            closeTable()
        }

        private mutating func closeTable() {
            guard inTable else { return }
            inTable = false
            if !cell.isEmpty { row.append(PendingBlock.Cell(lines: cell, anchor: lines.count)) }
            if !row.isEmpty { rows.append(row); definitions.append(nil) }
            cell = []
            row = []
            guard !rows.isEmpty else { return }
            let filled = PendingBlock.filledGrid(grid(), anchor: tableAnchor, maxWidth: 64)
            let header = min(headerRows > 0 ? headerRows : PendingBlock.unmarkedHeaderRows(filled), 3, max(1, filled.count - 1))
            blocks.append(.table(PendingBlock.Table(rows: PendingBlock.headerColumns(filled, headerRows: header), headerRows: header, anchor: tableAnchor)))
        }

        /// The rows on one grid: the table's columns are the cell edges of all its rows (edges within
        /// a point of each other are one), a cell spans the columns between its edges, a merged cell
        /// shows the cell it joins (before it, or above it) as a `.docx` span does. A row without its
        /// layout keeps its cells in order.
        private func grid() -> [[PendingBlock.Cell]] {
            var columns: [Int] = []
            for edge in definitions.compactMap({ $0?.edges }).joined().sorted() where columns.last.map({ edge - $0 > 20 }) ?? true {
                columns.append(edge)
            }
            // More distinct edges than a table can have columns: a damaged layout, cells kept in order.
            guard columns.count <= 4 * 64 else { return rows }
            func column(_ edge: Int) -> Int {
                var lo = 0, hi = columns.count  // the last column edge at or before `edge` (within a point)
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if columns[mid] <= edge + 20 { lo = mid + 1 } else { hi = mid }
                }
                return max(0, lo - 1)
            }
            var grid: [[PendingBlock.Cell]] = []
            for (r, cells) in rows.enumerated() {
                guard let definition = definitions[r], definition.edges.count == cells.count + 1 else { grid.append(cells); continue }
                var out: [PendingBlock.Cell] = []
                for (c, cell) in cells.enumerated() {
                    let left = column(definition.edges[c]), right = column(definition.edges[c + 1])
                    while out.count < left { out.append(PendingBlock.Cell(lines: [], anchor: cell.anchor, padding: true)) }
                    let start = out.count
                    let merge = c < definition.merges.count ? definition.merges[c] : (horizontal: 0, vertical: 0)
                    var shown = cell
                    if merge.horizontal >= 2, let before = out.last {
                        shown = before
                    } else if merge.vertical == 1, let above = grid.last, start < above.count {
                        shown = above[start]
                    }
                    for _ in 0..<max(1, right - start) where out.count < 64 { out.append(shown) }
                }
                grid.append(out)
            }
            return grid
        }
    }
}

/// The streams of an OLE compound file ([MS-CFB]): sectors chained through the FAT, small streams
/// in the mini stream. Every chain is bounded by the number of sectors, so a loop in a damaged file
/// ends with an error.
struct CompoundFile {
    let bytes: [UInt8]
    let sectorSize: Int
    let fat: [UInt32]
    let miniFat: [UInt32]
    let miniStream: [UInt8]
    let entries: [(name: String, type: UInt8, start: UInt32, size: Int)]

    init(_ bytes: [UInt8]) throws(DocxReadError) {
        guard bytes.count >= 512, bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) else { throw .legacyWord }
        self.bytes = bytes
        let shift = Int(u16(bytes, 0x1E))
        guard shift == 9 || shift == 12 else { throw .corrupt("the compound file's sector size is not 512 or 4096") }
        let sectorSize = 1 << shift
        self.sectorSize = sectorSize
        let sectors = (bytes.count - 512) / sectorSize + 1
        func offset(_ s: UInt32) -> Int? {
            let o = 512 + Int(s) * sectorSize
            return s < 0xFFFF_FFFA && o + sectorSize <= bytes.count ? o : nil
        }
        // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
        var fatSectors: [UInt32] = []
        for k in 0..<109 { let s = u32(bytes, 0x4C + 4 * k); if s < 0xFFFF_FFFA { fatSectors.append(s) } }
        var difat = u32(bytes, 0x44)
        var guardCount = 0
        while difat < 0xFFFF_FFFA, let o = offset(difat), guardCount < sectors {
            for k in 0..<(sectorSize / 4 - 1) { let s = u32(bytes, o + 4 * k); if s < 0xFFFF_FFFA { fatSectors.append(s) } }
            difat = u32(bytes, o + sectorSize - 4)
            guardCount += 1
        }
        var fat: [UInt32] = []
        for s in fatSectors.prefix(sectors) {
            guard let o = offset(s) else { throw .corrupt("a FAT sector lies outside the file") }
            for k in 0..<(sectorSize / 4) { fat.append(u32(bytes, o + 4 * k)) }
        }
        self.fat = fat
        func chain(_ start: UInt32, in table: [UInt32], limit: Int) -> [UInt32] {
            var out: [UInt32] = []
            var s = start
            while s < 0xFFFF_FFFA, Int(s) < table.count, out.count < limit {
                out.append(s)
                s = table[Int(s)]
            }
            return out
        }
        func read(_ start: UInt32) -> [UInt8] {
            var out: [UInt8] = []
            for s in chain(start, in: fat, limit: sectors) {
                guard let o = offset(s) else { break }
                out += bytes[o..<(o + sectorSize)]
            }
            return out
        }
        // Directory: 128-byte entries.
        let directory = read(u32(bytes, 0x30))
        var entries: [(String, UInt8, UInt32, Int)] = []
        var e = 0
        while e + 128 <= directory.count {
            let nameLength = min(64, Int(u16(directory, e + 0x40)))
            var units: [UInt16] = []
            var k = 0
            while k + 1 < nameLength { units.append(u16(directory, e + k)); k += 2 }
            if units.last == 0 { units.removeLast() }
            entries.append((String(decoding: units, as: UTF16.self), directory[e + 0x42], u32(directory, e + 0x74), Int(u32(directory, e + 0x78))))
            e += 128
        }
        self.entries = entries
        // The mini stream (the root entry's data) and the mini FAT.
        var miniFat: [UInt32] = []
        let miniFatBytes = read(u32(bytes, 0x3C))
        var m = 0
        while m + 4 <= miniFatBytes.count { miniFat.append(u32(miniFatBytes, m)); m += 4 }
        self.miniFat = miniFat
        if let root = entries.first(where: { $0.1 == 5 }) {
            self.miniStream = Array(read(root.2).prefix(root.3))
        } else {
            self.miniStream = []
        }
    }

    /// Whether the file holds a stream of that name.
    func contains(_ name: String) -> Bool {
        entries.contains { $0.type == 2 && $0.name == name }
    }

    /// A stream's bytes by name; nil when there is no such stream.
    func stream(_ name: String) -> [UInt8]? {
        guard let entry = entries.first(where: { $0.type == 2 && $0.name == name }) else { return nil }
        let cutoff = Int(u32(bytes, 0x38))
        var out: [UInt8] = []
        if entry.size < cutoff {
            var s = entry.start
            var count = 0
            while s < 0xFFFF_FFFA, Int(s) < miniFat.count, count <= miniFat.count, out.count < entry.size {
                let o = Int(s) * 64
                guard o + 64 <= miniStream.count else { break }
                out += miniStream[o..<(o + 64)]
                s = miniFat[Int(s)]
                count += 1
            }
        } else {
            var s = entry.start
            var count = 0
            while s < 0xFFFF_FFFA, Int(s) < fat.count, count <= fat.count, out.count < entry.size {
                let o = 512 + Int(s) * sectorSize
                guard o + sectorSize <= bytes.count else { break }
                out += bytes[o..<(o + sectorSize)]
                s = fat[Int(s)]
                count += 1
            }
        }
        return out.count >= entry.size ? Array(out.prefix(entry.size)) : nil
    }
}

private func u16(_ b: [UInt8], _ i: Int) -> UInt16 {
    guard i >= 0, i + 1 < b.count else { return 0 }
    return UInt16(b[i]) | UInt16(b[i + 1]) << 8
}

private func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
    guard i >= 0, i + 3 < b.count else { return 0 }
    return UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
}

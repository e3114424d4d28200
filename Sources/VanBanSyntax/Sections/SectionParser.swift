import VanBanModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one section parser: reads the block stream of any input form into the document model.
public struct SectionParser {
    public init() {}

    /// Builds the model.
    /// - Parameters:
    ///   - blocks: the tokenizer's output.
    ///   - source: where the input came from.
    ///   - diagnostics: findings of the input layer (encoding, normalization) to keep.
    public func parse(_ blocks: [Block], source: SourceInfo, diagnostics: [Diagnostic] = []) -> Document {
        var state = ParseState(document: Document(source: source))
        state.document.diagnostics = diagnostics
        // A copy's block (bản sao) after the copied document is read apart.
        guard let copy = CopyBlocks.split(blocks), let (copies, notes) = CopyBlocks.read(copy.tail, form: copy.form, source: source) else {
            state.run(blocks)
            return state.document
        }
        state.run(copy.head)
        state.document.copies = copies
        state.document.diagnostics += notes
        state.document.diagnostics.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        return state.document
    }
}

private struct ParseState {
    var document: Document
    var citations = CitationScanner()
    /// The phụ lục the preamble, body and closing name (A02 holds them to the appendices).
    var appendixMentions: [AppendixMention] = []
    var body = TreeBuilder()
    var appendixBody = TreeBuilder()
    var phase = Phase.front
    var bodyStarted = false
    /// The enacting words (`QUYẾT ĐỊNH:`, `NAY CÔNG BỐ:`) have come: the text after them is the body.
    var enacted = false
    var appendixTitleOpen = false
    var appendixNoteOpen = false
    /// The open appendix's body holds only a form's agency line (`ỦY BAN NHÂN DÂN TỈNH …………`), over
    /// which the form's title may still come.
    var appendixBodyIsFormHeader = false
    var heldHeading: TextBlock?
    /// The last paragraphs were a signature (its name line ends with no stop, and is no cut).
    var endsInSignature = false
    /// The block after the last signature read from paragraphs.
    var lastSignatureEnd: Int?
    /// The preamble's first paragraph, split off the title it was run into (`titleAndPreamble`).
    var preambleSplitOff: TextBlock?
    /// The paragraphs of a quotation opened on an amending clause's own line, still to come.
    var quotedRun: ClosedRange<Int>?
    /// A paragraph's bytes, in one buffer kept from paragraph to paragraph rather than an array
    /// made for each.
    var paragraphBytes: [UInt8] = []

    enum Phase { case front, addressees, body, closing, recipients, appendix, notes }

    /// The document's signature has been read. (Asked of the optional by a pattern, which reads it
    /// in place: `signature != nil` copied the whole signature out at every paragraph.)
    var signed: Bool {
        if case .none = document.signature { return false }
        return true
    }

    mutating func run(_ blocks: [Block]) {
        let blocks = takingMarks(blocks)
        var i = frontMatter(blocks)
        if document.header.nationalName == nil { noteUnmarkedNationalName(blocks) }
        if let p = preambleSplitOff.take() { paragraph(p) }
        while i < blocks.count {
            switch blocks[i] {
            case .paragraph(let p):
                if let run = quotedRun, run.contains(i) {
                    flushHeldHeading()
                    quoted(p)
                    if i == run.upperBound { quotedRun = nil }
                    i += 1
                    continue
                }
                // Footnotes after the signature (`[1] Thông tư số … sửa đổi …`) run to the end.
                // An OCR's notes lose their marks' brackets (`1 Kế hoạch số …`): only right after the signature.
                if phase == .notes || signed && Self.noteMark(p.text)?.mark == "1"
                    || signed && document.appendices.isEmpty && phase != .appendix && bareNote(p.text)?.mark == "1" {
                    flushHeldHeading()
                    closeAppendix()
                    note(p)
                    i += 1
                    continue
                }
                if bodyStarted, p.text.utf8.count <= 30, !appendixAwaitsTitle, let label = Self.attachedDocument(blocks, at: i, signed: signed) {
                    flushHeldHeading()
                    openAppendix(label, number: nil, line: p.line)
                    i += 1
                    continue
                }
                // A form sent with the document, after the signature: its label (`Mẫu số 02`) over its
                // title and its own `(Kèm theo …)` note, or over the note (a form inside a phụ lục
                // has no note of its own).
                if bodyStarted, signed, !appendixAwaitsTitle, let form = AppendixLabel.form(p.text),
                   Self.noteFollows(blocks, after: i) {
                    flushHeldHeading()
                    openAppendix(form.label, number: form.number, line: p.line)
                    i += 1
                    continue
                }
                if signed, phase != .appendix, Case.isUpper(p.text), let label = untypedAttachment(blocks, at: i) {
                    // The title opens the attached document; it is read as its title below.
                    flushHeldHeading()
                    openAppendix(label, number: nil, line: p.line)
                } else if bodyStarted, !appendixAwaitsTitle, Case.opensUpper(p.text),
                          let (label, title) = Self.attachedList(blocks, at: i, signed: signed && phase != .appendix) {
                    flushHeldHeading()
                    openAppendix(label, number: nil, line: p.line)
                    document.appendices[document.appendices.count - 1].title = title
                    i += 1
                    continue
                }
                // An amendment's new text in quotes over several paragraphs (`“2. Hồ sơ gồm:` / `a) …;` /
                // `b) ….”`): the amending clause's paragraphs, as printed, not nodes of this document.
                if phase == .body, let end = SectionParser.quotationEnd(blocks, from: i) {
                    flushHeldHeading()
                    for case .paragraph(let q) in blocks[i...end] { quoted(q) }
                    i = end + 1
                    continue
                }
                // The same new text opened on the amending clause's own line (`1. Sửa đổi khoản 2 Điều 5
                // như sau: “2. Hồ sơ gồm:` / `a) …;` / `b) ….”`): that paragraph reads as ever, the
                // rest of the quotation is its text.
                if phase == .body, let first = p.text.utf8.first, first != 0xE2, first != UInt8(ascii: "\""), SectionParser.opensQuotationAfterColon(p.text),
                   let end = SectionParser.quotationEnd(blocks, from: i, opened: true) {
                    quotedRun = (i + 1)...end
                }
                if phase != .appendix, let end = Self.signatureEnd(blocks, from: i, phase: phase) {
                    flushHeldHeading()
                    signature(blocks[i..<end].compactMap { if case .paragraph(let p) = $0 { p } else { nil } }, beside: lastSignatureEnd == i)
                    endsInSignature = end == blocks.count
                    lastSignatureEnd = end
                    i = end
                    continue
                }
                // A label's title in sentence case on a line of its own, right over the appendix's table
                // (`Phụ lục I` / `Danh mục nhiệm vụ năm 2025` / the table): its title, not its text.
                if phase == .appendix, !holdsHeading, i + 1 < blocks.count, case .table = blocks[i + 1], appendixAwaitsTitle,
                   document.appendices[document.appendices.count - 1].tables.isEmpty, Self.maySentenceTitle(p.text) {
                    document.appendices[document.appendices.count - 1].title = p.text
                    citations.scan(p, bytes: Array(p.text.utf8))
                    i += 1
                    continue
                }
                // The same over the appendix's note (`Phụ lục 02` / `Lịch tiêm phòng đợt 1` / `(Kèm theo …)`;
                // a title in capitals is read below, with the lines it may run on to).
                if phase == .appendix, !holdsHeading, i + 1 < blocks.count, case .paragraph(let next) = blocks[i + 1], appendixAwaitsTitle,
                   document.appendices[document.appendices.count - 1].tables.isEmpty, AppendixLabel.isNote(next.text), !Case.isUpper(p.text),
                   Self.maySentenceTitle(p.text) {
                    document.appendices[document.appendices.count - 1].title = p.text
                    citations.scan(p, bytes: Array(p.text.utf8))
                    i += 1
                    continue
                }
                // A form's confirmation box written after the signature, as text gives it.
                if lastSignatureEnd == i, signed, SignatureParser.isConfirmationBox([p.text]) {
                    document.coSignatures.append(Signature(position: p.text, line: p.line))
                    lastSignatureEnd = i + 1
                    i += 1
                    continue
                }
                paragraph(p)
            case .table(let t):
                flushHeldHeading(beforeTable: true)
                if table(t, beside: lastSignatureEnd == i) { lastSignatureEnd = i + 1 }
            }
            i += 1
        }
        flushHeldHeading()
        closeAppendix()
        document.body = body.finish()
        document.citations = citations.finish(excluding: document.header.number)
        document.appendixMentions = appendixMentions
        document.noteMarks = citations.marks
        noteTruncation(blocks)
        document.diagnostics.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    // MARK: - Header, type, title

    /// Reads the header table, the type line, the title and the authority line; returns where the rest starts.
    mutating func frontMatter(_ blocks: [Block]) -> Int {
        var i = 0
        let headerIndex = blocks.prefix(12).firstIndex { block in
            if case .table(let t) = block { return HeaderParser.isHeader(t) }
            return false
        }
        if let h = headerIndex, case .table(let t) = blocks[h] {
            for k in 0..<h { keepAsMetadata(blocks[k]) }
            headerRead(HeaderParser.parse(t, into: &document.header))
            i = h + 1
        } else if let (start, end, t) = Self.headerParagraphs(blocks) {
            for k in 0..<start { keepAsMetadata(blocks[k]) }
            headerRead(HeaderParser.parse(t, into: &document.header))
            i = end
        } else if let marker = Self.textFollowsMarker(blocks) {
            // No header to tell where the document starts (a damaged copy), but the site says where
            // its text follows: what comes before is the site's.
            for k in 0...marker { keepAsMetadata(blocks[k]) }
            return typeAndTitle(blocks, from: marker + 1, hasHeader: false)
        }
        citations.citingYear = document.header.date.flatMap { Int($0.prefix(4)) }
        return typeAndTitle(blocks, from: i, hasHeader: i > 0)
    }

    /// The blocks without the urgency, secrecy and circulation marks printed on lines of their own
    /// among the first paragraphs (`KHẨN` over the header, `MẬT` over `Kính gửi`), which the header
    /// keeps (`HeaderMarks`); those in the header's table are read with it.
    private mutating func takingMarks(_ blocks: [Block]) -> [Block] {
        var marks: [Int] = []
        for (k, block) in blocks.prefix(40).enumerated() {
            guard case .paragraph(let p) = block, p.breaks.isEmpty, p.text.utf8.count <= 48,
                  HeaderMarks.record(p.text, at: p.position, into: &document.header) != nil else { continue }
            marks.append(k)
        }
        guard !marks.isEmpty else { return blocks }
        var out = blocks
        for k in marks.reversed() { out.remove(at: k) }
        return out
    }

    /// With no header read, a quốc hiệu printed without its diacritics among the first paragraphs
    /// (`CONG HOA XA HOI CHU NGHIA VIET NAM`, as an OCR run without Vietnamese reads a scan's header)
    /// tells why: U01 says where it stands.
    private mutating func noteUnmarkedNationalName(_ blocks: [Block]) {
        for block in blocks.prefix(40) {
            guard case .paragraph(let p) = block, p.text.utf8.count < 80, p.text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "c") }) == true,
                  UnmarkedText.opensUnmarkedNationalName(p.text) else { continue }
            document.diagnostics.append(Diagnostic(rule: "U01", severity: .warning,
                message: "`\(p.text)` is the quốc hiệu without its diacritics (an OCR run without Vietnamese?): the header around it is not read",
                line: p.line, column: p.column))
            return
        }
    }

    /// The paragraph with which a document-sharing site announces the document's own text after its
    /// page furniture, among the first paragraphs: tailieu.vn's `Nội dung Text: <the document's name>`
    /// (after `Chia sẻ: … | Số trang: 17`, `lượt xem`, `download`, `Mô tả tài liệu`), 123doc's `Bạn
    /// đang xem bản rút gọn của tài liệu. …` (after `Tải bản đầy đủ (.pdf) (11 trang)` and its title).
    static func textFollowsMarker(_ blocks: [Block]) -> Int? {
        blocks.prefix(40).firstIndex { block in
            if case .paragraph(let p) = block { return textFollowsMarkers.contains { p.text.startsWith($0) } }
            return false
        }
    }

    /// How an addressee that is no body's name opens: many bodies, or a person.
    private static let addresseeWords = ["Các ", "Đồng chí ", "Ông ", "Bà ", "Quý "]

    private static let textFollowsMarkers = ["Nội dung Text:", "Bạn đang xem bản rút gọn của tài liệu"]

    /// A header printed as paragraphs of its own, with no layout table (some pages and converted
    /// Word files): read as the line forms read theirs, as the layout table of its lines.
    static func headerParagraphs(_ blocks: [Block]) -> (start: Int, end: Int, table: RawTable)? {
        var lines: [TextLines.Line] = []
        for block in blocks.prefix(40) {
            guard case .paragraph(let p) = block else { break }
            lines.append(TextLines.Line(text: p.text, number: p.line, column: p.column, afterBlank: false, cells: nil))
        }
        guard let (start, end) = TextLines.headerRegion(lines), end - start >= 2 else { return nil }
        return (start, end, TextLines.layoutTable(lines[start..<end]))
    }

    /// The type line, the title and the authority line after the header (at `i`); returns where the
    /// body starts.
    private mutating func typeAndTitle(_ blocks: [Block], from start: Int, hasHeader: Bool) -> Int {
        var i = start
        // The type line: within the first paragraphs after the header (or at the top without one).
        let window = blocks[i..<min(blocks.count, i + (hasHeader ? 4 : 8))]
        // After a header, or as the first paragraph without one, a type's name in sentence case over
        // its title is one too (T01 reports its case).
        let found = window.indices.first { k in
            guard case .paragraph(let p) = blocks[k] else { return false }
            if DocumentTypes.typeLine(p.text) != nil { return true }
            guard hasHeader || k == start, let kind = DocumentTypes.sentenceCaseTypeLine(p.text) else { return false }
            // A form with no title (a Giấy giới thiệu): its name alone after the header.
            if !kind.hasTitle { return hasHeader }
            guard k + 1 < blocks.count,
                  case .paragraph(let title) = blocks[k + 1] else { return false }
            // The title may have run into the preamble's first sentence (see `titleAndPreamble`).
            return Case.isUpper(title.text) || SectionParser.isSentenceCaseTitle(title.text)
                || SectionParser.titleAndPreamble(title, issuerLines: document.header.issuerLines, consolidating: consolidatedType(p.text)) != nil
        }
        guard let t = found, case .paragraph(let typeLine) = blocks[t] else {
            return hasHeader ? titleWithoutTypeLine(blocks, from: i) : i
        }
        for k in i..<t {
            if case .paragraph(let p) = blocks[k], p.text.startsWith("V/v") || p.text.startsWith("V/V") {
                document.header.title = p.text
                document.header.positions[.title] = p.position
            } else {
                keepAsMetadata(blocks[k])
            }
        }
        // (A letter-spaced type line, `K Ế  H O Ạ C H`, as the name it spells.)
        document.header.type = DocumentTypes.letterSpacedName(typeLine.text) ?? typeLine.text
        document.header.positions[.type] = typeLine.position
        if document.header.line == nil { document.header.line = typeLine.line }
        i = t + 1
        var caps: [TextBlock] = []
        while i < blocks.count, case .paragraph(let p) = blocks[i], isTitleLike(p) {
            caps.append(p)
            i += 1
        }
        caps = splittingAuthority(caps)
        takeAuthority(from: &caps, keeping: 1)
        // A form with no title (a Giấy giới thiệu) goes on with its text.
        let titled = DocumentTypes.kind(ofTypeLine: typeLine.text)?.hasTitle ?? true
        if !titled {
        } else if caps.isEmpty, i < blocks.count, case .paragraph(let p) = blocks[i], !SectionParser.isSentenceCaseTitle(p.text),
           let (title, preamble) = SectionParser.titleAndPreamble(p, issuerLines: document.header.issuerLines,
                                                                  consolidating: consolidatedType(typeLine.text)) {
            caps = [title]
            preambleSplitOff = preamble
            i += 1
        } else if caps.isEmpty, i < blocks.count, case .paragraph(let p) = blocks[i], SectionParser.isSentenceCaseTitle(p.text) {
            caps = [p]
            i += 1
            // A title printed over several paragraphs runs on in lower case.
            while i < blocks.count, case .paragraph(let q) = blocks[i], q.text.utf8.count <= 300,
                  Case.startsLower(Array(q.text.utf8), 0, q.text.utf8.count) == true, let last = q.text.last, !".:;".contains(last) {
                caps.append(q)
                i += 1
            }
            // The authority line under a sentence-case title (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`), on
            // its own or run into the title's last line by hard-wrapped text.
            var lines: [TextBlock] = []
            let split = splittingAuthority(caps)
            if split.count > caps.count, let last = split.last {
                lines = [last]
                caps = Array(split.dropLast())
            } else if i < blocks.count, case .paragraph(let p) = blocks[i], Case.isUpper(p.text), SectionParser.isAuthority(p.text) {
                lines = [p]
                i += 1
            }
            if !lines.isEmpty {
                if i < blocks.count, case .paragraph(let q) = blocks[i], SectionParser.isSession(q.text) {
                    lines.append(q)
                    i += 1
                }
                takeAuthority(from: &lines, keeping: 0)
            }
        }
        if !caps.isEmpty {
            document.header.title = caps.map(\.text).joined(separator: " ")
            document.header.positions[.title] = caps[0].position
            scanTitle(caps)
        }
        numberFromTitle()
        return i
    }

    /// A title's citations, read across its lines (`… NGHỊ ĐỊNH SỐ 15/2018/NĐ-CP NGÀY 02 THÁNG 02` /
    /// `NĂM 2018 CỦA CHÍNH PHỦ …` gives the cited decree its date and issuer): its paragraphs as one,
    /// every position still mapped to its place.
    private mutating func scanTitle(_ caps: [TextBlock]) {
        guard var joined = caps.first else { return }
        for q in caps.dropFirst() { joined = joined.joined(q) }
        citations.scan(joined)
    }

    /// Some pages print no type line: the upper-case lines after the header are the title and,
    /// last, the authority line (`ỦY BAN NHÂN DÂN TỈNH …`).
    private mutating func titleWithoutTypeLine(_ blocks: [Block], from start: Int) -> Int {
        var i = start
        // A Công văn's `V/v …` under its header rather than in it: a header table read row by row
        // whose subject has a row of its own below the number's and the date's (`Số: …` / `…, ngày …`
        // / `V/v …`).
        if document.header.title == nil, i < blocks.count, case .paragraph(let p) = blocks[i], HeaderParser.opensSubject(p.text),
           SectionParser.isSentenceCaseTitle(p.text) {
            document.header.title = p.text
            document.header.positions[.title] = p.position
            scanTitle([p])
            return i + 1
        }
        var caps: [TextBlock] = []
        while i < blocks.count, case .paragraph(let p) = blocks[i], isTitleLike(p), p.text.utf8.count <= 600 {
            caps.append(p)
            i += 1
        }
        takeAuthority(from: &caps, keeping: 0)
        if let first = caps.first {
            document.header.title = caps.map(\.text).joined(separator: " ")
            document.header.positions[.title] = first.position
            scanTitle(caps)
        }
        return i
    }

    /// The authority line that ends the upper-case lines under the type line, when there is one and
    /// `keeping` lines stay for the title before it: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`, or a council's
    /// name over its term and session (`HỘI ĐỒNG NHÂN DÂN TỈNH …` / `KHÓA XVIII, KỲ HỌP THỨ 14`),
    /// taken as one line.
    private mutating func takeAuthority(from caps: inout [TextBlock], keeping: Int) {
        let n = caps.count
        var lines = 0
        if n >= keeping + 2, SectionParser.isSession(caps[n - 1].text), SectionParser.isAuthority(caps[n - 2].text) {
            lines = 2
        } else if n >= keeping + 1, SectionParser.isAuthority(caps[n - 1].text) {
            lines = 1
        }
        // Not the rest of a title wrapped after a word that runs on (`… NĂM 2017 CỦA` / `BỘ TRƯỞNG BỘ Y TẾ`).
        guard lines > 0, n - lines == 0 || caps[n - lines - 1].text.split(separator: " ").last.map({ !Self.runsOn.contains(String($0).matchKey) }) != false
        else { return }
        let first = caps[n - lines]
        document.header.authority = caps[(n - lines)...].map(\.text).joined(separator: " ")
        document.header.positions[.authority] = first.position
        caps.removeLast(lines)
    }

    /// The title's lines with the authority line split off the last of them, where hard-wrapped text
    /// ran a title's short last line on into it (`VỀ VIỆC BAN HÀNH QUY CHẾ …` / `CHỦ TỊCH ỦY BAN NHÂN
    /// DÂN TỈNH …` read as one paragraph): for the types that print one (Quyết định, Nghị quyết, Nghị
    /// định), when the last source line is an authority line and the line before does not end on a
    /// word that runs on into it (`… CỦA` / `ỦY BAN NHÂN DÂN TỈNH` is still the title).
    private func splittingAuthority(_ caps: [TextBlock]) -> [TextBlock] {
        guard let type = document.header.type?.matchKey,
              ["QUYẾT ĐỊNH", "NGHỊ QUYẾT", "NGHỊ ĐỊNH", "LỆNH"].contains(where: { type.startsWith($0) }) else { return caps }
        var t = caps.count - 1
        if t >= 1, SectionParser.isSession(caps[t].text) { t -= 1 }
        // The authority's place on a line of its own (`… KIỂM TRA` / `CHỦ TỊCH ỦY BAN NHÂN DÂN` /
        // `TỈNH QUẢNG TRỊ`, the first two run together), or the rest of a name cut after a word that
        // runs on (`GIÁM ĐỐC SỞ GIÁO DỤC VÀ` / `ĐÀO TẠO TỈNH BẮC KẠN`): it ends the authority.
        var place: TextBlock?
        if t >= 1, t == caps.count - 1, caps[t].breaks.isEmpty,
           Self.isPlaceLine(caps[t].text) || caps[t].text.utf8.count <= 60 && caps[t - 1].text.split(separator: " ").last.map({ Self.runsOn.contains(String($0).matchKey) }) == true {
            place = caps[t]
            t -= 1
        }
        guard t >= 0, !(t >= 1 && SectionParser.isAuthority(caps[t].text)) else { return caps }
        let p = caps[t]
        let u = p.text.utf8
        // The authority: the last line, or the last lines, in capitals (a long authority wraps:
        // `CHÍNH PHỦ - ĐOÀN CHỦ TỊCH … TỔ QUỐC` / `VIỆT NAM`), the fewest that name one.
        func split(atBreak k: Int) -> (head: TextBlock, tail: TextBlock)? {
            var (head, tail) = p.split(atBreak: k)
            tail.text = tail.text.trimmed()
            // A council other than the people's (`HỘI ĐỒNG THẨM ĐỊNH …`) is more often what the title sets up.
            let key = tail.text.matchKey
            guard !head.text.isEmpty, tail.text.utf8.count <= 120, Case.isUpper(tail.text), SectionParser.isAuthority(key: key),
                  !key.startsWith("HỘI ĐỒNG") || key.startsWith("HỘI ĐỒNG NHÂN DÂN"),
                  let lastWord = head.text.split(separator: " ").last, !Self.runsOn.contains(String(lastWord).matchKey) else { return nil }
            return (head, tail)
        }
        var found: (head: TextBlock, tail: TextBlock)?
        for (k, b) in p.breaks.enumerated().reversed() where b > 0 && b < u.count {
            // (An authority is at most 120 bytes: a longer tail is not one, nor any before it.)
            guard u.count - b <= 121, Case.isUpper(String(decoding: u.dropFirst(b), as: UTF8.self)) else { break }
            if let parts = split(atBreak: k) { found = parts; break }
        }
        guard let (headBlock, tailBlock) = found else { return caps }
        var out = Array(caps[...t])
        out[t] = headBlock
        if let place {
            out.append(tailBlock.joined(place))
        } else {
            out.append(tailBlock)
            out += caps[(t + 1)...]
        }
        return out
    }

    /// A line naming an administrative unit in capitals: `TỈNH QUẢNG TRỊ`, `THÀNH PHỐ HÀ NỘI`, `HUYỆN …`.
    static func isPlaceLine(_ text: String) -> Bool {
        guard text.utf8.count <= 48, Case.isUpper(text) else { return false }
        return ["TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "QUẬN ", "THỊ XÃ ", "XÃ ", "PHƯỜNG ", "THỊ TRẤN "].contains { text.startsWith($0) }
    }

    /// Words a title line does not end on when it wraps before a name: the name is still the title's.
    private static let runsOn: Set<String> = ["CỦA", "CHO", "VÀ", "VỚI", "VỀ", "TẠI", "TRÊN", "GIỮA", "TỪ", "ĐẾN", "THEO",
                                              "THUỘC", "LÀ", "CÁC", "NHỮNG", "TRONG", "ĐỐI", "BỞI", "DO", "GIAO", "VIỆC"]

    private func isTitleLike(_ p: TextBlock) -> Bool {
        guard Case.isUpper(p.text), AppendixLabel.parse(p.text) == nil, !HeaderParser.isEnactingLine(p.text), !p.text.startsWith("KÍNH GỬI") else { return false }
        if let m = Markers.match(Array(p.text.utf8), 0, p.text.utf8.count), m.kind != .dash { return false }
        return SignatureParser.authorityPrefix(p.text) == nil
    }

    /// Documents without a header table print number, date and issuer in the title:
    /// `CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ …`. What the
    /// header lacks is taken from there (a header with the same number but no date line too).
    private mutating func numberFromTitle() {
        guard document.header.number == nil || document.header.date == nil, let title = document.header.title else { return }
        let b = Array(title.utf8)
        let so = Array("SỐ ".utf8)
        var k = 0
        while k + so.count < b.count {
            if Bytes.hasPrefix(b, k, b.count, so), k == 0 || b[k - 1] == Bytes.space, let (number, end) = DocumentNumber.read(b, at: k + so.count) {
                // Only the title's own "CỦA <issuer> SỐ …" form, not a cited number.
                let before = String(decoding: b[0..<k], as: UTF8.self)
                guard before.startsWith("CỦA ") || before.startsWith("Của "), document.header.number ?? number == number else { return }
                document.header.number = number
                document.header.numberParts = DocumentNumber.parts(number)
                if document.header.date == nil { document.header.date = VietnameseDate.read(b, at: end + 1, requireNgay: true)?.iso }
                if document.header.issuer == nil {
                    let issuer = String(before.dropFirst(4)).trimmed()
                    document.header.issuer = issuer
                    document.header.issuerLines = [issuer]
                }
                return
            }
            k += 1
        }
    }

    /// A draft's stamps among the header's lines (`DỰ THẢO` over the issuer), kept as the source's.
    /// The header's draft stamps kept as the source's; its lines read as no field reported (I03).
    private mutating func headerRead(_ read: (stamps: [TextBlock], unread: [TextBlock])) {
        document.sourceMetadata += read.stamps.map { Paragraph(text: $0.text, line: $0.line) }
        for l in read.unread {
            document.diagnostics.append(Diagnostic(rule: "I03", severity: .warning,
                message: "the header's line `\(l.text.prefix(60))` was read as none of its fields (agency, quốc hiệu, motto, number, place and date, subject)",
                line: l.line, column: l.column))
        }
    }

    private mutating func keepAsMetadata(_ block: Block) {
        switch block {
        case .paragraph(let p): document.sourceMetadata.append(Paragraph(text: p.text, line: p.line))
        case .table(let t):
            for c in t.cells where !c.text.isEmpty { document.sourceMetadata.append(Paragraph(text: c.text, line: c.line)) }
        }
    }

    // MARK: - Paragraphs

    /// A bare `Phụ lục` waits for the next paragraph to tell whether it heads an appendix.
    mutating func paragraph(_ p: TextBlock) {
        if let held = heldHeading {
            heldHeading = nil
            if AppendixLabel.isNote(p.text) { openAppendix(heading: held) } else { handleParagraph(held) }
        }
        // `Phụ lục` alone, or a label with its title in sentence case: a heading if a note follows
        // (told first by the first byte: this is asked of every paragraph). After the signature, before
        // any appendix, nothing else opens so: it heads one.
        if p.text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "p") }) == true,
           AppendixLabel.isBare(p.text) && AppendixLabel.parse(p.text) == nil || AppendixLabel.titledInSentenceCase(p.text) != nil {
            if signed, phase != .appendix, phase != .body { openAppendix(heading: p) } else { heldHeading = p }
            return
        }
        handleParagraph(p)
    }

    /// The held heading before a block other than a paragraph: after the signature, a table under it
    /// is the appendix's (`Phụ lục II. Danh mục dự án` over its list); anywhere else it is text.
    mutating func flushHeldHeading(beforeTable: Bool = false) {
        guard let held = heldHeading else { return }
        heldHeading = nil
        if beforeTable, signed { openAppendix(heading: held) } else { handleParagraph(held) }
    }

    /// Opens the appendix a held `Phụ lục` or sentence-case label heads, with its title if it has one.
    private mutating func openAppendix(heading: TextBlock) {
        if let titled = AppendixLabel.titledInSentenceCase(heading.text) {
            openAppendix(titled.label, number: titled.number, line: heading.line)
            document.appendices[document.appendices.count - 1].title = titled.title
        } else {
            openAppendix(heading.text.collapsingSpaces, number: nil, line: heading.line)
        }
    }

    mutating func handleParagraph(_ p: TextBlock) {
        let text = p.text
        // A rule under the title or an appendix's heading (`_______________`, `-----`, `*`) is
        // furniture, not text.
        if Self.isRuleParagraph(text.utf8) { return }
        // A draft's stamp before the body (`(Dự thảo)` under the title) is the source's, not the preamble.
        if !bodyStarted, phase != .appendix, HeaderParser.isDraftStamp(text) {
            document.sourceMetadata.append(Paragraph(text: text, line: p.line))
            return
        }
        if let label = AppendixLabel.heading(text) {
            openAppendix(label.label, number: label.number, line: p.line)
            if let title = label.title {
                document.appendices[document.appendices.count - 1].title = title
                appendixTitleOpen = true
            }
            return
        }
        paragraphBytes.removeAll(keepingCapacity: true)
        paragraphBytes.appendUTF8(of: text)
        let bytes = paragraphBytes
        citations.scan(p, bytes: bytes)
        if phase == .appendix {
            appendixParagraph(p, bytes: bytes)
            return
        }
        if HeaderParser.isEnactingWords(text) {
            document.header.enactingWords = text
            enacted = true
            return
        }
        // An older print's enacting words without their colon (`QUYẾT ĐỊNH` between the bases and
        // `Điều 1.-`), once the type line is read: in the preamble it is nothing else.
        if !bodyStarted, document.header.enactingWords == nil, document.header.type != nil, text.utf8.count <= 24,
           case let key = text.collapsingSpaces.matchKey, key == "QUYẾT ĐỊNH" || key == "QUYẾT NGHỊ" {
            document.header.enactingWords = text.collapsingSpaces
            enacted = true
            return
        }
        // The Party's forms name who decides and the enacting words on one line:
        // `BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH`.
        if !bodyStarted, document.header.enactingWords == nil, let (authority, words) = HeaderParser.authorityAndEnactingWords(text) {
            if document.header.authority == nil {
                document.header.authority = authority
                document.header.positions[.authority] = p.position
            }
            document.header.enactingWords = words
            enacted = true
            return
        }
        // A Công điện (cable) names who sends it and the addressees it is sent to:
        // `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:` over `- Giám đốc các sở, …;` lines.
        if !bodyStarted, document.header.authority == nil, let sender = Self.cableSender(text) {
            document.header.authority = sender
            document.header.positions[.authority] = p.position
            document.header.enactingWords = "điện:"
            phase = .addressees
            return
        }
        if text.startsWith("Kính gửi") || text.startsWith("KÍNH GỬI") {
            let rest = String(text.dropFirst("Kính gửi".count)).trimmed()
            let value = rest.startsWith(":") ? String(rest.dropFirst()).trimmed() : rest
            // Dash items run onto the label's line (`Kính gửi: - Sở Y tế; - Công an tỉnh.`) are each an addressee.
            if !value.isEmpty { document.header.addressees += SignatureParser.runTogether(value).map(\.0) }
            document.header.positions[.addressees] = p.position
            phase = .addressees
            return
        }
        if !bodyStarted, lateHeaderLine(p) { return }
        let marker = Markers.match(bytes, 0, bytes.count)
        if phase == .addressees {
            if let m = marker, m.kind == .dash || m.kind == .plus {
                document.header.addressees.append(text)
                return
            }
            // `Kính gửi:` alone over one addressee in a paragraph of its own (a label and its value
            // a text's lines apart): a short name of a body (`Ủy ban nhân dân các huyện`, `Sở Y tế`,
            // `Các sở, ban, ngành`) or a person (`Đồng chí …`, `Ông …`); and over more, undashed, each
            // but the last ending in `;` (`Sở Y tế;` / `Sở Tài chính;` / `Ủy ban nhân dân các huyện.`).
            if document.header.addressees.last.map({ $0.endsWith(";") }) ?? true, document.header.enactingWords != "điện:", marker == nil,
               text.utf8.count <= 100, !text.endsWith(":"), !text.containsBytes("./."),
               HeaderParser.opensAgencyName(text) || Self.addresseeWords.contains(where: { text.startsWith($0) }) {
                document.header.addressees.append(text)
                return
            }
            phase = bodyStarted ? .body : .front
        }
        if text.opensRecipientsLabel {
            phase = .recipients
            document.recipientsLabel = p.position
            document.recipientsLabelHasColon = RecipientsLabel.hasColon(text)
            document.recipientsLabelInLowerCase = text.startsWith(RecipientsLabel.lowerCase)
            addRecipients(SignatureParser.recipients([p]))
            return
        }
        if phase == .recipients {
            // A paragraph that goes on the entry before it (a recipient's line break a paragraph of its
            // own, the drafter's initials a text node of their own as a scraper takes a page apart).
            if let last = document.recipients.last,
               SignatureParser.goesOn(last, with: text, undashed: !document.recipients.contains(where: SignatureParser.opensRecipient)) {
                document.recipients[document.recipients.count - 1] = last + " " + text
                return
            }
            addRecipients(SignatureParser.recipients([TextBlock(text: "Nơi nhận:", line: p.line), p]).map { ($0.text, p.position) })
            return
        }
        // Recipients whose last entry has not ended (`… trực thuộc TW;`) go on past the signature laid out
        // beside them (`w3m -dump`: the entries a paragraph each, the signature's lines between them,
        // the last entries below its name).
        if phase == .closing, signed, let last = document.recipients.last, last.endsWith(";"),
           SignatureParser.opensRecipient(text), text.startsWith("- ") || text.startsWith("+ ") {
            addRecipients([(text, p.position)])
            return
        }
        if phase == .closing || bodyStarted && opensClosing(text, marked: marker != nil) {
            phase = .closing
            noteAppendices(p, bytes: bytes)
            document.closing.append(Paragraph(text: text, line: p.line, column: p.column))
            // An attachment note in brackets after the content (`(Đính kèm phụ lục I …)`) is no content.
            if !(text.startsWith("(") && text.endsWith(")")) { (document.contentLastLine, document.contentEnd) = Self.ends(p) }
            return
        }
        noteAppendices(p, bytes: bytes)
        // The Party's forms list the bases as dash items (`- Căn cứ Điều lệ Đảng;`, `- Xét đề nghị …,`):
        // before the body they are the preamble's.
        if let m = marker, !bodyStarted, m.kind == .dash, Basis.opens(bytes, from: m.contentStart) {
            document.preamble.append(Paragraph(text: text, line: p.line, column: p.column))
            return
        }
        // A consolidated text numbers the documents that amended the one it consolidates (`1. Luật
        // số 84/2025/QH15 sửa đổi …;`) before its bases: the preamble's too.
        if let m = marker, !bodyStarted, m.kind == .clause, document.header.numberParts?.typeCode == DocumentNumber.consolidatedCode,
           DocumentName.starts(bytes, m.contentStart, bytes.count) {
            document.preamble.append(Paragraph(text: text, line: p.line, column: p.column))
            return
        }
        if let m = marker {
            Self.add(m, bytes: bytes, at: p, to: &body)
            bodyStarted = true
            phase = .body
            (document.contentLastLine, document.contentEnd) = Self.ends(p)
        } else if !bodyStarted, enacted {
            // What the enacting words enact, unnumbered (a Lệnh's `NAY CÔNG BỐ:` / `Luật Dữ liệu` / `Đã
            // được Quốc hội … thông qua …`): the body's, not the preamble's.
            body.addParagraph(text, line: p.line, column: p.column)
            bodyStarted = true
            phase = .body
            (document.contentLastLine, document.contentEnd) = Self.ends(p)
        } else if !bodyStarted {
            document.preamble.append(Paragraph(text: text, line: p.line, column: p.column))
            // The content's end, while no numbered part has come (a Giấy giới thiệu has none).
            (document.contentLastLine, document.contentEnd) = Self.ends(p)
        } else {
            body.addParagraph(text, line: p.line, column: p.column)
            (document.contentLastLine, document.contentEnd) = Self.ends(p)
        }
    }

    /// A paragraph of quoted text: its node's, whatever marker it opens with.
    private mutating func quoted(_ p: TextBlock) {
        citations.scan(p, bytes: Array(p.text.utf8))
        body.addParagraph(p.text, line: p.line, column: p.column)
        (document.contentLastLine, document.contentEnd) = Self.ends(p)
    }

    /// The paragraph that opens the closing, after the body: `Trên đây …` anywhere; unnumbered, and
    /// not the text an open article or heading still waits for, an adoption clause, a set request
    /// (`… kính trình …./.`), a letter's courtesy (`Rất mong …`, `Trân trọng …`), or what ends the
    /// content after a filled field or a request after an item that is a whole sentence.
    func opensClosing(_ text: String, marked: Bool) -> Bool {
        if text.startsWith("Trên đây") { return true }
        guard !marked, !body.awaitsContent else { return false }
        if Self.isAdoptionClause(text) || Self.isClosingRequest(text) || Self.isCourtesy(text) { return true }
        return Self.endsContent(text) && (body.openItemIsFilledField || body.openItemIsSentence && (Self.isRequest(text) || namesItself(text)))
    }

    /// A sentence about the document itself, by its type's name (`Thông tri này phổ biến đến chi bộ./.`,
    /// `Kế hoạch này …`): after an item that is a whole sentence, the document's, not the item's.
    private func namesItself(_ text: String) -> Bool {
        guard let kind = document.header.type.flatMap(DocumentTypes.kind(ofTypeLine:)) else { return false }
        return text.startsWith(kind.name + " này ")
    }

    /// The adoption clause that closes a law or a council's resolution, after its last article:
    /// `Luật này được Quốc hội … thông qua ngày …`, `Nghị quyết này đã được Hội đồng nhân dân tỉnh …
    /// Kỳ họp thứ 14 thông qua ngày …`. It belongs to the document, not to the last article's point.
    static func isAdoptionClause(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "L") || first == UInt8(ascii: "B") || first == UInt8(ascii: "N") || first == UInt8(ascii: "P"),
              adopting.contains(where: { text.startsWith($0) }), text.containsBytes(" thông qua") else { return false }
        return text.containsBytes("Quốc hội") || text.containsBytes("Hội đồng nhân dân")
    }

    /// `-----`, `_______________`, `* * *`, `—————` (three characters at least), or `*` alone: bytes,
    /// so that the dash items that open with `-` pass at their second byte. A text browser's mark of
    /// a superscript before it (`^____`, a page's `<sup>` rule through w3m or lynx) is left out.
    static func isRuleParagraph<Text: Collection<UInt8>>(_ u: Text) -> Bool {
        if u.first == UInt8(ascii: "^"), u.count > 3 { return isRuleParagraph(u.dropFirst()) }
        guard let first = u.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "_") || first == UInt8(ascii: "*") || first == UInt8(ascii: "=")
                || first == 0xE2 else { return false }
        if u.count == 1 { return first == UInt8(ascii: "*") }
        var it = u.makeIterator()
        var characters = 0
        while let c = it.next() {
            switch c {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "*"), UInt8(ascii: "="), Bytes.space: characters += 1
            case 0xE2:  // — (E2 80 94)
                guard it.next() == 0x80, it.next() == 0x94 else { return false }
                characters += 1
            default: return false
            }
        }
        return characters >= 3
    }

    /// The sender of a Công điện in its `… điện:` line (`THỦ TƯỚNG CHÍNH PHỦ điện:`): an authority
    /// in upper case before the verb.
    static func cableSender(_ text: String) -> String? {
        guard text.utf8.count <= 160, text.utf8.last == UInt8(ascii: ":") else { return nil }
        let t = text.collapsingSpaces
        guard t.endsWith(" điện:") || t.endsWith(" ĐIỆN:") else { return nil }
        let sender = String(t.utf8.dropLast(" điện:".utf8.count)).map { $0.trimmed() }
        guard let sender, !sender.isEmpty, Case.isUpper(sender), SectionParser.isAuthority(sender) else { return nil }
        return sender
    }

    private static let adopting = ["Luật này", "Bộ luật này", "Nghị quyết này", "Pháp lệnh này"]

    /// The request that closes a Tờ trình (submission), a Chỉ thị (directive) or a Thông báo (notice),
    /// after the last item, ending the content with `./.`: `Ủy ban nhân dân tỉnh kính trình Hội đồng
    /// nhân dân tỉnh xem xét, quyết định./.`, `Chủ tịch … yêu cầu … nghiêm túc thực hiện Chỉ thị
    /// này./.`, `Văn phòng … thông báo để các cơ quan, đơn vị biết, thực hiện./.`.
    static func isClosingRequest(_ text: String) -> Bool {
        guard endsContent(text) else { return false }
        return text.containsBytes(" kính trình ") || (text.containsBytes(" yêu cầu ") || text.startsWith("Yêu cầu ")) && text.containsBytes("Chỉ thị này")
            || text.containsBytes(" thông báo ") && text.containsBytes(" biết")
    }

    /// A request to those it is sent to: `Đề nghị các cơ quan …`, `Ủy ban nhân dân huyện đề nghị …`,
    /// `Yêu cầu …`.
    static func isRequest(_ text: String) -> Bool {
        text.startsWith("Đề nghị ") || text.startsWith("Yêu cầu ") || text.containsBytes(" đề nghị ") || text.containsBytes(" yêu cầu ")
    }

    /// A letter's courtesy at its end: `Rất mong các đồng chí đến dự đúng thời gian./.`, `Rất mong nhận
    /// được sự phối hợp của Quý cơ quan.`, `Trân trọng./.`, `Trân trọng cảm ơn!`.
    static func isCourtesy(_ text: String) -> Bool {
        text.startsWith("Rất mong ") || text.utf8.count <= 40 && text.startsWith("Trân trọng")
    }

    /// The paragraph ends with `/.`, the mark that closes a document's content.
    static func endsContent(_ text: String) -> Bool {
        text.utf8.reversed().drop(while: { $0 == Bytes.space }).starts(with: [UInt8(ascii: "."), UInt8(ascii: "/")])
    }

    /// The phụ lục a paragraph of the preamble, body or closing names.
    mutating func noteAppendices(_ p: TextBlock, bytes: [UInt8]) {
        let found = AppendixMentions.scan(p, bytes: bytes)
        if !found.isEmpty { appendixMentions += found }
    }

    /// The motto or the place/date line of a header that has its quốc hiệu but lacks them, after
    /// the header's other lines and its `Kính gửi:` (its right column read after its left, as an
    /// OCR or a PDF's text may): the header's. The addressees' list goes on under them.
    private mutating func lateHeaderLine(_ p: TextBlock) -> Bool {
        guard document.header.nationalName != nil, p.breaks.isEmpty, p.text.utf8.count <= 100 else { return false }
        let end = Self.ends(p).end
        if document.header.motto == nil, p.text.startsWith("Độc lập"), p.text.utf8.count <= 48 {
            document.header.motto = p.text
            document.header.positions[.motto] = p.position
            document.header.ends[.motto] = end
            return true
        }
        // A date line ends with its year, after a place's short name: not a preamble's sentence
        // citing a law of that date (`Căn cứ Luật … ngày 19 tháng 02 năm 2025;`). Its date may be
        // one no calendar has (D02 reports it).
        guard document.header.dateLine == nil, p.text.utf8.last.map(Bytes.isDigit) == true, !HeaderParser.opensBodyAfterHeader(p.text),
              p.text.containsBytes("tháng"), p.text.containsBytes("năm"),
              let found = HeaderParser.headerPlaceDate(p.text), (found.place?.utf8.count ?? 0) <= 40 else { return false }
        HeaderParser.setDateLine(p.text, found, at: p.position, end: end, in: &document.header)
        return true
    }

    /// Where a paragraph's last printed line starts, and where the paragraph ends (after its last byte).
    static func ends(_ p: TextBlock) -> (lastLine: Position, end: Position) { (p.lastLineStart, p.end) }

    // MARK: - Signature in paragraphs

    /// Where a signature laid out as paragraphs of its own ends (Word files and web pages that set
    /// it without a table, often after the `Nơi nhận` list): authority lines (`KT. CHỦ TỊCH`), then
    /// upper-case position lines and `(Đã ký)`, up to the name. A position and a name alone, as a law
    /// is signed, count only where the document ends or `Nơi nhận` or an appendix follows.
    static func signatureEnd(_ blocks: [Block], from i: Int, phase: Phase) -> Int? {
        func text(_ k: Int) -> String? {
            guard k < blocks.count, case .paragraph(let p) = blocks[k] else { return nil }
            return p.text
        }
        guard let first = text(i) else { return nil }
        // Where a signature may end: the document's end, `Nơi nhận`, an appendix, a document issued with it.
        func endsThere(_ e: Int) -> Bool {
            if e == blocks.count { return true }
            guard e < blocks.count else { return false }
            guard let next = text(e) else { return true }  // a table follows
            if next.utf8.count <= 30 && attachedDocument(blocks, at: e, signed: true) != nil
                || Case.opensUpper(next) && attachedList(blocks, at: e, signed: true) != nil { return true }
            // Another signer's block beside it (a Biên bản's chair after its secretary), or a form's
            // box for another body to confirm in.
            if SignatureParser.isAuthorityLine(next) || SignatureParser.isConfirmationBox([next]) { return true }
            // The footnotes, which follow the signature.
            if noteMark(next)?.mark == "1" { return true }
            if SignatureParser.labelsParty(next), let t = text(e + 1), SignatureParser.isAuthorityLine(t) { return true }
            if SignatureParser.isPosition(next) {
                var k = e + 1
                if SignatureParser.isParty(next), let t = text(k), SignatureParser.isPosition(t) { k += 1 }
                if let t = text(k), SignatureParser.isUnsigned(t) { k += 1 }
                if let name = text(k), SignatureParser.isSignerName(name) { return true }
            }
            guard let f = next.utf8.first, f | 0x20 == UInt8(ascii: "n") || f | 0x20 == UInt8(ascii: "p") else { return false }
            return next.opensRecipientsLabel || AppendixLabel.isBare(next) || AppendixLabel.parse(next) != nil
        }
        // A party over the authority (`ĐẠI DIỆN BÊN A` / `KT. CHỦ TỊCH`).
        if SignatureParser.isAuthorityLine(first) || SignatureParser.labelsParty(first) && text(i + 1).map(SignatureParser.isAuthorityLine) == true {
            var e = i + 1
            var sawName = false
            while let t = text(e), e - i < 12, !SignatureParser.endsSignature(t) {
                if Case.isUpper(t) || SignatureParser.isUnsigned(t) || HeaderParser.isRule(t) { e += 1; continue }
                if SignatureParser.isName(t) { sawName = true; e += 1 }
                break
            }
            // An authority line alone after the recipients, where the signature stops (a copy cut short).
            return sawName || e > i + 1 || (phase == .recipients && endsThere(e)) ? e : nil
        }
        // (In the preamble of a document with no numbered body, a Thư công's, only after its `./.`.)
        guard phase == .body || phase == .closing || phase == .recipients || i > 0 && text(i - 1).map(Self.endsContent) == true else { return nil }
        // The position first: a long or lower-case paragraph fails it at once, and so most do.
        guard SignatureParser.isPosition(first), endsThere(i + 2) || endsThere(i + 3) || SignatureParser.isParty(first) && endsThere(i + 4) else { return nil }
        var e = i + 1
        // A party over the position (`NGƯỜI ỦY QUYỀN` / `CHỦ TỊCH`).
        if SignatureParser.isParty(first), let t = text(e), SignatureParser.isPosition(t) { e += 1 }
        if let t = text(e), SignatureParser.isUnsigned(t) { e += 1 }
        guard let name = text(e), SignatureParser.isSignerName(name), endsThere(e + 1) else { return nil }
        return e + 1
    }

    /// Where a document issued with this one begins (Decree 30 PL III, Mẫu 1.3: a Quyết định
    /// `ban hành kèm theo` a Quy chế): its type line in capitals (`QUY CHẾ`, `ĐIỀU LỆ`), then its
    /// title and, within four paragraphs, its `(Ban hành kèm theo Quyết định số …)` note — or, once
    /// the document is `signed`, its first part, chapter or article (a copy that lost the note).
    /// Returns the type line as the label.
    static func attachedDocument(_ blocks: [Block], at i: Int, signed: Bool) -> String? {
        guard case .paragraph(let p) = blocks[i], p.text.utf8.count <= 30, let f = p.text.utf8.first, f >= 0x41, f <= 0xC4 else { return nil }
        guard DocumentTypes.typeLine(p.text) != nil || DocumentTypes.isAttached(p.text.collapsingSpaces) else { return nil }
        for k in (i + 1)..<min(blocks.count, i + 5) {
            guard case .paragraph(let q) = blocks[k] else { return nil }
            if AppendixLabel.isNote(q.text) { return p.text.collapsingSpaces }
            if signed, let m = Markers.match(Array(q.text.utf8), 0, q.text.utf8.count), m.kind == .part || m.kind == .chapter || m.kind == .article {
                return k > i + 1 ? p.text.collapsingSpaces : nil  // a title stands between
            }
        }
        return nil
    }

    /// Whether an attachment's `(Kèm theo …)` note follows paragraph `i`: next, or after a title in capitals.
    static func noteFollows(_ blocks: [Block], after i: Int) -> Bool {
        for k in (i + 1)..<min(blocks.count, i + 3) {
            guard case .paragraph(let q) = blocks[k] else { return false }
            if AppendixLabel.isNote(q.text) { return true }
            if !Case.isUpper(q.text) { return false }
        }
        return false
    }

    /// A list or table sent with the document, over its `(Kèm theo Quyết định số …)` note: `DANH SÁCH
    /// THÀNH VIÊN TỔ CÔNG TÁC …` on one line (the name is the label, the rest the title); once the
    /// document is `signed`, any title in capitals there (`BẢNG TỔNG HỢP KẾT QUẢ …`, the label), or a
    /// short name in capitals over its title (`BẢNG TỔNG HỢP` / `KẾT QUẢ …`, the title read next).
    static func attachedList(_ blocks: [Block], at i: Int, signed: Bool) -> (label: String, title: String?)? {
        // The note first: cheap to look for, it rules out nearly every paragraph (callers test that
        // the paragraph opens in capitals before they call).
        guard case .paragraph(let p) = blocks[i], p.text.utf8.count <= 300, i + 1 < blocks.count, case .paragraph(let next) = blocks[i + 1] else { return nil }
        let noteNext = AppendixLabel.isNote(next.text)
        var noteAfter = false
        if !noteNext, signed, p.text.utf8.count <= 30, i + 2 < blocks.count, case .paragraph(let note) = blocks[i + 2] {
            noteAfter = AppendixLabel.isNote(note.text) && Case.isUpper(next.text)
        }
        guard noteNext || noteAfter, p.text.startsWith("DANH ") || signed, Case.isUpper(p.text), AppendixLabel.parse(p.text) == nil else { return nil }
        let t = p.text.collapsingSpaces
        if noteNext, let label = ["DANH SÁCH", "DANH MỤC"].first(where: { t.startsWith($0 + " ") }) {
            return (label, String(t.dropFirst(label.count + 1)))
        }
        return signed && (noteAfter || t.utf8.count >= 8) ? (t, nil) : nil
    }

    /// An attached document whose type line was lost: after the signature, a title in capitals over
    /// a `(Ban hành kèm theo …)` note. Its type is the one the document's own title issues
    /// (`BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO …` → `QUY ĐỊNH`); nil when the title names none.
    func untypedAttachment(_ blocks: [Block], at i: Int) -> String? {
        guard i + 1 < blocks.count, case .paragraph(let p) = blocks[i], case .paragraph(let note) = blocks[i + 1],
              note.text.startsWith("(Ban hành kèm theo"), Case.isUpper(p.text), let title = document.header.title else { return nil }
        let words = title.collapsingSpaces.split(separator: " ")
        guard let k = words.indices.dropLast().first(where: { words[$0].uppercased() == "HÀNH" && $0 > 0 && words[$0 - 1].uppercased() == "BAN" }) else { return nil }
        for n in [2, 3] where k + n < words.count {
            let name = words[(k + 1)...(k + n)].joined(separator: " ")
            if DocumentTypes.kind(named: name) != nil || DocumentTypes.isAttached(name.uppercased()) { return name.uppercased() }
        }
        return nil
    }

    /// A signature read from its paragraphs; the first signature of the document is its own, and one
    /// right after it (`beside`) a co-signer's.
    private mutating func signature(_ lines: [TextBlock], beside: Bool) {
        if !signed {
            document.signature = SignatureParser.parse(lines)
        } else if beside, let other = SignatureParser.parse(lines) {
            document.coSignatures.append(other)
        }
        phase = .closing
    }

    private mutating func addRecipients(_ entries: [(text: String, position: Position)]) {
        for e in entries {
            document.recipients.append(SignatureParser.withoutBracketedInitials(e.text))
            document.recipientPositions.append(e.position)
        }
    }

    // MARK: - Tables

    /// Reads a table; true when it held a signature. `beside`: it follows the block that signed.
    @discardableResult
    mutating func table(_ t: RawTable, beside: Bool = false) -> Bool {
        // A signature block set out line by line in rows (`Nơi nhận: | TM. ỦY BAN NHÂN DÂN |` /
        // `- Như Điều 3; | KT. CHỦ TỊCH |` / …, as a site copies the two columns): its columns.
        let columns = Self.signatureColumns(t)
        let cells = columns ?? t.cells
        // A form's own header (agency | quốc hiệu) inside an appendix is layout, not data; so is its
        // signature block (a blank date over the signers' `(Ký tên và đóng dấu)`).
        let layoutHeader = columns != nil || t.rowsMarked && (HeaderParser.isHeader(t) || SignatureParser.isFormSignatures(t))
        if !layoutHeader, let first = cells.first, TableAssembler.isIndexHeader(first.text) || t.rowsMarked || TableBuilder.roleHeaderWidth(cells) != nil, dataTable(t) { return false }
        let parts = cells.flatMap(SignatureParser.split)
        let labelsRecipients = parts.contains { $0.text.opensRecipientsLabel }
        let isSignatureBlock = labelsRecipients || parts.contains { SignatureParser.isSignature($0.lines.map(\.text)) }
        // In an appendix of a document signed before it, a signature block and its `Nơi nhận` are the
        // appendix's text (a form's model of a copy or a letter), not the document's recipients and closing.
        let appendixText = phase == .appendix && signed
        if isSignatureBlock, !appendixText, phase != .appendix || cells.count <= 3 {
            // Signers beside the one that signed first, in this table or the one just before, sign
            // the document with it.
            let signedBefore = signed && !beside
            var signedHere = false
            for c in parts {
                if c.text.opensRecipientsLabel {
                    document.recipientsLabel = c.lines.first?.position
                    document.recipientsLabelHasColon = RecipientsLabel.hasColon(c.lines.first?.text ?? c.text)
                    document.recipientsLabelInLowerCase = (c.lines.first?.text ?? c.text).startsWith(RecipientsLabel.lowerCase)
                    addRecipients(SignatureParser.recipients(c.lines))
                } else if SignatureParser.isSignature(c.lines.map(\.text)) {
                    signedHere = true
                    if !signed {
                        document.signature = SignatureParser.parse(c.lines)
                    } else if !signedBefore, phase != .appendix, let other = SignatureParser.parse(c.lines) {
                        document.coSignatures.append(other)
                    }
                } else if SignatureParser.isConfirmationBox(c.lines.map(\.text)),
                          signedBefore || parts.contains(where: { SignatureParser.isSignature($0.lines.map(\.text)) }) {
                    // A form's box for another body to confirm and sign in (a Giấy nghỉ phép's `Xác nhận
                    // của cơ quan … nơi nghỉ phép`): a signer's place beside the signature, unsigned.
                    document.coSignatures.append(Signature(position: c.text, line: c.line))
                } else if !labelsRecipients, SignatureParser.isUnlabelledRecipients(c.lines) {
                    // The list beside the signature whose `Nơi nhận:` label was lost (`- Như Điều 3;`).
                    addRecipients(SignatureParser.recipients([TextBlock(text: "Nơi nhận:", line: c.line)] + c.lines))
                } else {
                    for p in c.paragraphs {
                        citations.scan(p)
                        noteAppendices(p, bytes: Array(p.text.utf8))
                        document.closing.append(Paragraph(text: p.text, line: p.line, column: p.column))
                    }
                }
            }
            if phase != .appendix { phase = .closing }
            return signedHere
        }
        if !layoutHeader, dataTable(t) { return false }
        // A layout table that is neither header nor signature: read its cells as paragraphs.
        for c in cells { for p in c.paragraphs { paragraph(p) } }
        return false
    }

    /// The two columns of a table of two-cell rows whose left column is the recipients (`Nơi nhận:`,
    /// or its `- …;` entries with the label lost) and whose right one is a signature (authority,
    /// position, name), each as one cell of its lines; nil for any other table.
    static func signatureColumns(_ t: RawTable) -> [RawCell]? {
        guard t.rowsMarked, t.rows.count >= 2, t.rows.count <= 16, t.rows.allSatisfy({ $0.count == 2 }) else { return nil }
        func column(_ k: Int) -> RawCell? {
            let filled = t.rows.map { $0[k] }.filter { !$0.text.isEmpty }
            guard let first = filled.first else { return nil }
            return RawCell(lines: filled.flatMap(\.lines), paragraphs: filled.flatMap(\.paragraphs), line: first.line)
        }
        guard let left = column(0), left.text.opensRecipientsLabel || SignatureParser.isUnlabelledRecipients(left.lines), let right = column(1),
              SignatureParser.isSignature(right.lines.map(\.text)) else { return nil }
        return [left, right]
    }

    /// Adds a numbered paragraph to a tree (split first when points run together).
    static func add(_ m: Marker, bytes: [UInt8], at p: TextBlock, to tree: inout TreeBuilder) {
        // Only a lettered point may run on into the next: any other marker, and a point whose text
        // holds no `; X) `, heads its paragraph whole (no array made for it).
        guard m.kind == .point, nextRunOnPoint(bytes, from: m.contentStart) != nil, PointLetters.index(m.label(bytes)) != nil else {
            tree.add(m, label: m.label(bytes), heading: TextSlicer(p.text).string(from: m.contentStart), line: p.line, column: p.column)
            return
        }
        for (piece, pm, at) in splitRunTogetherPoints(bytes, m, text: p.text) {
            // A point split off stands where its letter does.
            let place = at == 0 ? p.position : p.position(at: at)
            tree.add(pm, label: pm.label(bytes), heading: piece, line: place.line, column: place.column)
        }
    }

    private static let semicolonSpace = Array("; ".utf8)

    /// A page that lost its line breaks runs points together: `c) …; d) …; đ) …`. Each `; X) ` starts
    /// the next point, whatever its letter (one that skips letters or goes back too, so that S01
    /// sees the slip: `a) …; c) …`, `c) …; b) …`). Each point with the offset of its letter (0 for
    /// the first, which stands where the paragraph does). For a lettered point's paragraph (`add`
    /// heads any other marker's whole).
    static func splitRunTogetherPoints(_ b: [UInt8], _ m: Marker, text: String) -> [(String, Marker, Int)] {
        let slicer = TextSlicer(text)
        var out: [(String, Marker, Int)] = []
        var current = m
        var currentAt = 0
        var start = m.contentStart
        while let (semi, letter) = nextRunOnPoint(b, from: start) {
            let next = PointLetters.opening[letter]
            out.append((slicer.string(start, semi + 1), current, currentAt))
            current = Marker(kind: .point, label: (semi + 2)..<(semi + 2 + PointLetters.all[letter].utf8.count), contentStart: semi + 2 + next.count)
            currentAt = semi + 2
            start = semi + 2 + next.count
        }
        out.append((slicer.string(from: start), current, currentAt))
        return out
    }

    /// The next `; X) ` at or after `from` that opens a point run on into the text: the `;`'s offset
    /// and the letter's place in `PointLetters`.
    private static func nextRunOnPoint(_ b: [UInt8], from: Int) -> (semi: Int, letter: Int)? {
        var i = from
        // Each `; ` found with `memchr` (a point runs a line or more between them).
        while i + 4 < b.count, let semi = Bytes.find(b, Self.semicolonSpace, from: i, to: b.count - 3) {
            if let letter = PointLetters.opening.indices.first(where: { Bytes.hasPrefix(b, semi + 2, b.count, PointLetters.opening[$0]) }) {
                return (semi, letter)
            }
            i = semi + 1
        }
        return nil
    }

    /// Keeps a data table (in the open appendix, or in the body); false for a layout table.
    private mutating func dataTable(_ t: RawTable) -> Bool {
        guard let table = TableBuilder.build(t, diagnostics: &document.diagnostics) else { return false }
        citations.scan(cellsOf: t)
        if phase == .appendix, !document.appendices.isEmpty {
            document.appendices[document.appendices.count - 1].tables.append(table)
        } else {
            document.tables.append(table)
        }
        return true
    }

    // MARK: - Appendices

    /// A heading is held for what follows it. (The optionals here are asked by pattern, and the
    /// last appendix by index: `!= nil` and `last` copied the whole value out at every paragraph.)
    var holdsHeading: Bool {
        if case .some = heldHeading { return true }
        return false
    }

    /// An appendix label was just read (or a bare `Phụ lục` waits): a type line now (`PHỤ LỤC` /
    /// `KẾ HOẠCH` / `(Kèm theo …)`) is its title, not a document of its own.
    var appendixAwaitsTitle: Bool {
        if holdsHeading { return true }
        guard phase == .appendix, appendixBody.isEmpty, let k = document.appendices.indices.last else { return false }
        if case .some = document.appendices[k].title { return false }
        if case .some = document.appendices[k].attachedTo { return false }
        return true
    }

    /// A short line opening in a capital that is no numbered item, ends no sentence and holds no
    /// field (`Đơn vị tính: triệu đồng` over a table is the table's, not a title).
    static func maySentenceTitle(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count <= 200, let first = text.unicodeScalars.first, Case.letter(first.value) == (true, false), let last = b.last,
              last != UInt8(ascii: "."), last != UInt8(ascii: ";"), last != UInt8(ascii: ","), !b.contains(UInt8(ascii: ":")) else { return false }
        return Markers.match(b, 0, b.count) == nil
    }

    /// A footnote's paragraph: one that opens with a mark beyond the last note's opens the next
    /// note; any other goes on with the note open.
    mutating func note(_ p: TextBlock) {
        phase = .notes
        citations.scan(p, bytes: Array(p.text.utf8), takingMarks: false)
        if let (mark, rest) = Self.noteMark(p.text) ?? numberedNote(p.text) ?? bareNote(p.text), let n = Int(mark), document.notes.last.flatMap({ Int($0.mark) }).map({ n > $0 }) ?? true {
            let at = p.position(at: p.text.utf8.count - rest.utf8.count)
            document.notes.append(Note(mark: mark, paragraphs: rest.isEmpty ? [] : [Paragraph(text: rest, line: at.line, column: at.column)], line: p.line))
        } else if !document.notes.isEmpty {
            document.notes[document.notes.count - 1].paragraphs.append(Paragraph(text: p.text, line: p.line, column: p.column))
        }
    }

    /// The next note numbered as a list's item (`2. Hội nghị …` after note 1: mammoth's list of
    /// notes, whose back link stands at a note's last paragraph only); nil for any other number.
    func numberedNote(_ text: String) -> (mark: String, rest: String)? {
        guard let last = document.notes.last.flatMap({ Int($0.mark) }), let f = text.utf8.first, Bytes.isDigit(f) else { return nil }
        let digits = text.utf8.prefix(while: Bytes.isDigit)
        guard digits.count <= 3, let n = Int(String(decoding: digits, as: UTF8.self)), n == last + 1,
              text.utf8.dropFirst(digits.count).starts(with: ". ".utf8) else { return nil }
        return (String(n), String(decoding: text.utf8.dropFirst(digits.count + 2), as: UTF8.self).trimmed())
    }

    /// The next note under a mark an OCR read without its brackets or raise (`2 Hội nghị …` after note
    /// 1, or `1 Kế hoạch …` before any): the number, a space and a capital; nil for any other.
    func bareNote(_ text: String) -> (mark: String, rest: String)? {
        guard let f = text.utf8.first, Bytes.isDigit(f) else { return nil }
        let digits = text.utf8.prefix(while: Bytes.isDigit)
        let next = (document.notes.last.flatMap { Int($0.mark) } ?? 0) + 1
        guard digits.count <= 3, Int(String(decoding: digits, as: UTF8.self)) == next, text.utf8.dropFirst(digits.count).first == Bytes.space else { return nil }
        let rest = String(decoding: text.utf8.dropFirst(digits.count + 1), as: UTF8.self).trimmed()
        guard rest.unicodeScalars.first?.properties.isUppercase == true else { return nil }
        return (String(next), rest)
    }

    /// A footnote's mark opening a paragraph (`[12] Khoản này …`): its digits and the text after it.
    static func noteMark(_ text: String) -> (mark: String, rest: String)? {
        guard text.utf8.first == UInt8(ascii: "[") else { return nil }  // most paragraphs, without a copy
        let b = Array(text.utf8.prefix(6))
        guard let end = NoteMarks.end(b, at: 0, to: b.count) else { return nil }
        return (String(decoding: b[1..<(end - 1)], as: UTF8.self), String(decoding: text.utf8.dropFirst(end), as: UTF8.self).trimmed())
    }

    mutating func openAppendix(_ label: String, number: String?, line: Int) {
        closeAppendix()
        document.appendices.append(Appendix(label: label, number: number, line: line))
        phase = .appendix
        appendixTitleOpen = false
        appendixNoteOpen = false
        appendixBodyIsFormHeader = false
    }

    mutating func appendixParagraph(_ p: TextBlock, bytes: [UInt8]) {
        let k = document.appendices.count - 1
        let text = p.text
        let wasTitle = appendixTitleOpen
        appendixTitleOpen = false
        if document.appendices[k].attachedTo == nil, AppendixLabel.isNote(text) {
            setNote(text, line: p.line, of: k)
            appendixNoteOpen = !text.endsWith(")")
            return
        }
        if appendixNoteOpen, let note = document.appendices[k].attachedTo {
            // The note wrapped onto another line (`<br>` in a page): it runs to its `)`.
            setNote(note.text + " " + text, line: note.line, of: k)
            appendixNoteOpen = !text.endsWith(")")
            return
        }
        let titleMayCome = appendixBody.isEmpty || appendixBodyIsFormHeader
        if titleMayCome, document.appendices[k].title == nil, HeaderParser.isFormAgencyLine(text) {
            // A form's own header names its issuer as a blank to fill in: the form's text, not its title.
            appendixBody.addParagraph(text, line: p.line, column: p.column)
            appendixBodyIsFormHeader = true
            return
        }
        if titleMayCome, Case.isUpper(text), document.appendices[k].title == nil || wasTitle, Markers.match(bytes, 0, bytes.count) == nil {
            // Appended in place (a title of many lines is not copied line by line).
            if document.appendices[k].title == nil { document.appendices[k].title = text } else { document.appendices[k].title! += " " + text }
            appendixTitleOpen = true
            return
        }
        appendixBodyIsFormHeader = false
        if let m = Markers.match(bytes, 0, bytes.count) {
            Self.add(m, bytes: bytes, at: p, to: &appendixBody)
        } else {
            appendixBody.addParagraph(text, line: p.line, column: p.column)
        }
    }

    private mutating func setNote(_ text: String, line: Int, of k: Int) {
        document.appendices[k].attachedTo = AttachmentNote(text: text, number: noteNumber(text), date: VietnameseDate.first(in: text), line: line)
    }

    private func noteNumber(_ text: String) -> String? {
        guard let r = text.byteRange(of: "số ") ?? text.byteRange(of: "Số ") else { return nil }
        return DocumentNumber.first(in: String(text[r.upperBound...]))
    }

    mutating func closeAppendix() {
        guard !document.appendices.isEmpty else { return }
        let nodes = appendixBody.finish()
        if !nodes.isEmpty { document.appendices[document.appendices.count - 1].body += nodes }
    }

    // MARK: - Cut-off input

    /// A pasted excerpt that stops mid-sentence: say where it stops.
    mutating func noteTruncation(_ blocks: [Block]) {
        guard case .paragraph(let p)? = blocks.last, !endsInSignature else { return }
        let ends: [String] = [".", ";", ":", "!", "?", ")", "”", "\"", "»", "…", "./."]
        guard !ends.contains(where: { p.text.endsWith($0) }) else { return }
        // A short heading that ends the text (`3. Mẫu số 3` over a form's image) needs no stop.
        let b = Array(p.text.utf8)
        if let m = Markers.match(b, 0, b.count), m.kind != .dash, m.kind != .plus,
           b[min(m.contentStart, b.count)...].split(separator: Bytes.space).count <= 5 { return }
        // Nor does a table's text laid out a cell a line (`pdftotext` without `-layout`): the text
        // ends in a run of short lines, three paragraphs and more, none a list's item (a list of
        // recipients cut short is cut short).
        let tail = blocks.suffix(3).compactMap { if case .paragraph(let q) = $0 { q } else { nil } }
        if tail.count == 3, tail.allSatisfy({ Self.hasOnlyShortLines($0) && !Self.opensItem($0.text) }) { return }
        let end = Self.ends(p).end
        document.diagnostics.append(Diagnostic(rule: "I01", severity: .warning,
            message: "the document stops mid-sentence here; the input looks cut short",
            line: end.line, column: end.column))
        document.cutParagraph = p.position
    }
}

extension ParseState {
    /// The name of the type a consolidated text (văn bản hợp nhất, numbered `12/VBHN-BTC`) consolidates
    /// (`Thông tư` under `THÔNG TƯ`), which opens its statement of what it consolidates; nil for
    /// any other document.
    func consolidatedType(_ typeLine: String) -> String? {
        guard document.header.numberParts?.typeCode == DocumentNumber.consolidatedCode else { return nil }
        return DocumentTypes.kind(ofTypeLine: typeLine)?.name
    }

    /// A dash or plus item (`- Bộ Y tế;`).
    static func opensItem(_ text: String) -> Bool {
        let b = Array(text.utf8.prefix(4))
        return Markers.match(b, 0, b.count).map { $0.kind == .dash || $0.kind == .plus } ?? false
    }

    /// Every source line of the paragraph is short (40 bytes at most), as a narrow table cell's are.
    static func hasOnlyShortLines(_ p: TextBlock) -> Bool {
        var start = 0
        for end in p.breaks + [p.text.utf8.count + 1] {
            if end - 1 - start > 40 { return false }
            start = end
        }
        return true
    }
}

/// The letters of points (điểm) in Vietnamese order.
enum PointLetters {
    static let all = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"]
    static func index(_ label: String) -> Int? { all.firstIndex(of: label) }
    /// Each letter as it opens a point in running text: `c) `.
    static let opening: [[UInt8]] = all.map { Array($0.utf8) + [UInt8(ascii: ")"), Bytes.space] }
}

extension SectionParser {
    /// Where a quotation that opens at paragraph `i` (`“…` or `"…`, its quote left open) closes: the
    /// first paragraph within the next 40 that closes more quotes than it opens, with none before it
    /// that opens more than it closes, and no table.
    static func quotationEnd(_ blocks: [Block], from i: Int, opened: Bool = false) -> Int? {
        guard case .paragraph(let p) = blocks[i], let first = p.text.utf8.first, opened || first == 0xE2 && p.text.startsWith("“") || first == UInt8(ascii: "\""),
              quoteBalance(p.text) > 0 else { return nil }
        for k in (i + 1)..<min(blocks.count, i + 41) {
            guard case .paragraph(let q) = blocks[k], !q.text.opensRecipientsLabel else { return nil }
            let balance = quoteBalance(q.text)
            if balance < 0 { return k }
            if balance > 0 { return nil }
        }
        return nil
    }

    /// A quotation opened after a colon and left open (`… như sau: “2. Hồ sơ gồm:`, `… như sau:"a) …`).
    static func opensQuotationAfterColon(_ text: String) -> Bool {
        // Most paragraphs hold no quote after a colon: memchr tells, before any count.
        let quoteAfterColon = text.utf8.withContiguousStorageIfAvailable { p -> Bool in
            guard let base = p.baseAddress, let colon = memchr(base, Int32(UInt8(ascii: ":")), p.count) else { return false }
            let rest = UnsafeBufferPointer(rebasing: p[base.distance(to: colon.assumingMemoryBound(to: UInt8.self))...])
            guard let from = rest.baseAddress else { return false }
            return memchr(from, Int32(UInt8(ascii: "\"")), rest.count) != nil || openingQuote.withUnsafeBufferPointer { Bytes.search(rest, $0) != nil }
        } ?? true
        guard quoteAfterColon, quoteBalance(text) > 0 else { return false }
        let u = Array(text.utf8)
        var k = u.count - 1
        // A quote with a colon before it (spaces apart).
        while k >= 0 {
            if u[k] == UInt8(ascii: "\"") || k >= 2 && u[k - 2] == 0xE2 && u[k - 1] == 0x80 && u[k] == 0x9C {
                var j = u[k] == UInt8(ascii: "\"") ? k - 1 : k - 3
                while j >= 0, u[j] == Bytes.space { j -= 1 }
                if j >= 0, u[j] == UInt8(ascii: ":") { return true }
            }
            k -= 1
        }
        return false
    }

    private static let openingQuote: [UInt8] = [0xE2, 0x80, 0x9C]

    /// Opening quotes (`“`, E2 80 9C) less closing ones (`”`, E2 80 9D). A straight quote (`"`, as
    /// text copies and typed amendments have it) opens where it stands before a word at the start or
    /// after a space or bracket (`"2. Hồ sơ`), and closes where it follows a word or a sign
    /// (`phẩm."`); one between spaces is neither.
    static func quoteBalance(_ text: String) -> Int {
        var n = 0
        var u = text.utf8.makeIterator()
        var a: UInt8 = 0, b: UInt8 = 0, c: UInt8 = 0
        // `b` is the byte looked at; `a` the one before it, `c` the one after (0 at either end).
        var more = true
        while more {
            if let next = u.next() { c = next } else { c = 0; more = false }
            if a == 0xE2, b == 0x80, c == 0x9C { n += 1 } else if a == 0xE2, b == 0x80, c == 0x9D { n -= 1 }
            if b == UInt8(ascii: "\"") {
                let afterGap = a == 0 || a == Bytes.space || a == UInt8(ascii: "(") || a == UInt8(ascii: "[") || a == UInt8(ascii: ":")
                let beforeGap = c == 0 || c == Bytes.space
                if afterGap, !beforeGap { n += 1 } else if !afterGap { n -= 1 }
            }
            a = b
            b = c
        }
        return n
    }

    /// A line that opens with who decides (`CHỦ TỊCH ỦY BAN NHÂN DÂN …`, `BAN THƯỜNG VỤ …`).
    static func isAuthority(_ text: String) -> Bool { isAuthority(key: text.matchKey) }

    /// The same, for a line's `matchKey` already made.
    static func isAuthority(key: String) -> Bool { authorityWords.contains { key.startsWith($0) } }

    private static let authorityWords = [
        "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "THỦ TƯỚNG", "BỘ TRƯỞNG", "CHÍNH PHỦ", "HỘI ĐỒNG", "GIÁM ĐỐC", "THỐNG ĐỐC",
        "TỔNG CỤC TRƯỞNG", "CỤC TRƯỞNG", "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ", "QUỐC HỘI", "ỦY BAN THƯỜNG VỤ", "CHỦ NHIỆM",
        "TỔNG KIỂM TOÁN", "CHÁNH ÁN", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ", "TRƯỞNG BAN",
        "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "TỔNG THANH TRA", "TỔNG GIÁM ĐỐC", "CHI CỤC TRƯỞNG", "TRƯỞNG PHÒNG",
        "TỔNG THƯ KÝ",
    ].map(\.matchKey)  // as the keys they are compared with: `TỔNG KIỂM TÓAN`

    /// A trích yếu printed in sentence case under the type line (as Decree 30 prescribes):
    /// short, not a legal basis or a lead-in sentence, not numbered, not ending a sentence.
    static func isSentenceCaseTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 400, let last = text.last, !".:;".contains(last), !Opener.startsAny(Array(text.utf8), 0, text.utf8.count) else { return false }
        if text.startsWith("Về ") || text.startsWith("V/v") { return true }
        let b = Array(text.utf8)
        guard Markers.match(b, 0, b.count) == nil, Case.startsLower(b, 0, b.count) == false else { return false }
        // A Hướng dẫn's title may open as a lead-in does (`Thực hiện nhiệm vụ năm học …`, `Thực hiện
        // Nghị quyết … về … khoa học, công nghệ …`); a lead-in runs on past a comma to its subject
        // (`Thực hiện Kế hoạch số …, Ủy ban nhân dân …`).
        if text.startsWith("Thực hiện "), last != ",", !Self.hasCommaBeforeCapital(b) { return true }
        return !leadIns.contains { text.startsWith($0) }
    }

    /// A comma and a space before a capital (`…, Ủy ban nhân dân`): where a lead-in reaches its subject.
    static func hasCommaBeforeCapital(_ b: [UInt8]) -> Bool {
        var i = 0
        while i + 2 < b.count {
            if b[i] == UInt8(ascii: ","), b[i + 1] == Bytes.space, Case.startsLower(b, i + 2, b.count) == false { return true }
            i += 1
        }
        return false
    }

    /// How a preamble opens, and a title does not.
    private static let leadIns = ["Thực hiện", "Để ", "Nhằm", "Theo ", "Trên cơ sở", "Ủy ban", "UBND", "Xét ", "Căn cứ", "Hôm nay"]

    /// A sentence-case title that text hard-wrapped without blank lines ran into the preamble's first
    /// sentence (`Họp nghe báo cáo … trọng điểm` / `Ủy ban nhân dân tỉnh tổ chức cuộc họp …, cụ thể như
    /// sau:` read as one paragraph): a title ends in no stop, so a paragraph that does parts at the
    /// first source line that opens as a preamble does (`Ủy ban …`, `Thực hiện …`), when what is
    /// above it is a title.
    /// - Parameter consolidating: the consolidated type's name (`consolidatedType`): a consolidated
    ///   text's statement (`Thông tư số 40/2021/TT-BTC ngày …, được sửa đổi, bổ sung bởi:`) opens with
    ///   it and the number.
    static func titleAndPreamble(_ p: TextBlock, issuerLines: [String] = [], consolidating: String? = nil) -> (title: TextBlock, preamble: TextBlock)? {
        guard let last = p.text.utf8.last, WrapJoiner.Terminal.contains(last), !p.breaks.isEmpty else { return nil }
        let u = p.text.utf8
        // Or the issuer's own name, the sentence's subject (`VĂN PHÒNG` / `Văn phòng Ủy ban nhân dân
        // tỉnh chuyển đến …`): each issuer line's first two words, keyed.
        let issuers = issuerLines.map { $0.split(separator: " ").prefix(2).joined(separator: " ").matchKey + " " }
        for (n, cut) in p.breaks.enumerated() {
            let tail = String(decoding: u.dropFirst(cut), as: UTF8.self)
            // Or a date that opens a report of what happened (`Ngày 17 tháng 7 năm 2025, tại …`).
            let dated = tail.startsWith("Ngày ") && tail.utf8.dropFirst("Ngày ".utf8.count).first.map(Bytes.isDigit) == true
            let byIssuer = !issuers.isEmpty && {
                let key = String(tail.prefix(24)).matchKey
                return issuers.contains { key.startsWith($0) }
            }()
            let statement = consolidating.map { tail.startsWith($0 + " số ") } ?? false
            guard dated || byIssuer || statement || leadIns.contains(where: { tail.startsWith($0) }) else { continue }
            let (title, preamble) = p.split(atBreak: n)
            guard isSentenceCaseTitle(title.text) else { return nil }
            return (title, preamble)
        }
        return nil
    }

    /// A council's term and session under its name, in upper case: `KHÓA XVIII, KỲ HỌP THỨ 14`,
    /// `KHOÁ X - KỲ HỌP CHUYÊN ĐỀ`, `KỲ HỌP THỨ MƯỜI HAI`.
    static func isSession(_ text: String) -> Bool {
        guard Case.isUpper(text), text.utf8.count <= 120 else { return false }
        let key = text.matchKey
        return key.startsWith("KHÓA ") && key.containsBytes("KỲ HỌP") || key.startsWith("KỲ HỌP ")
    }
}

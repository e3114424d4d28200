import VanBanModel

/// Reads the header block (agency, quốc hiệu, tiêu ngữ, số, place and date, V/v) from its printed lines,
/// whatever cells of a layout table they arrive in.
package enum HeaderParser {
    /// Whether a table is the header block: it holds the quốc hiệu, the motto, a `Số:` or a date line.
    static func isHeader(_ table: RawTable) -> Bool {
        table.cells.contains { cell in cell.lines.contains { isLandmark($0.text) } }
    }

    /// Whether a line opens the quốc hiệu (`CỘNG HÒA …`, a lone `CỘNG` of a broken line), a party
    /// header (`ĐẢNG CỘNG SẢN`), the motto or a number line. Only the line's opening words are keyed:
    /// data tables ask this of every cell.
    private static func isLandmark(_ text: String) -> Bool {
        // Every landmark opens with C (CỘNG), Đ (ĐẢNG, Độc lập) or S (Số).
        guard let f = text.utf8.first, f == UInt8(ascii: "C") || f == 0xC4 || f == UInt8(ascii: "S") else { return false }
        // `CỘNG`/`Cộng` (C, then Ộ or ộ: E1 BB 98/99) or `ĐẢNG`/`Đảng` (Đ or đ: C4 90/91, then Ả or ả:
        // E1 BA A2/A3) before any string is made; text is NFC, so no other spelling keys the same.
        var opening: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &opening) { out in
            for (k, c) in text.utf8.prefix(5).enumerated() { out[k] = c }
        }
        let o = opening
        let cong = f == UInt8(ascii: "C") && o.1 == 0xE1 && o.2 == 0xBB && (o.3 == 0x98 || o.3 == 0x99)
        let dang = f == 0xC4 && (o.1 == 0x90 || o.1 == 0x91) && o.2 == 0xE1 && o.3 == 0xBA && (o.4 == 0xA2 || o.4 == 0xA3)
        let doan = f == 0xC4 && o.1 == 0x90 && o.2 == UInt8(ascii: "O")  // ĐOÀN
        if cong || dang || doan {
            let scalars = text.unicodeScalars
            let cut = scalars.index(scalars.startIndex, offsetBy: landmarkScalars, limitedBy: scalars.endIndex) ?? scalars.endIndex
            let head = cut == scalars.endIndex ? text : String(scalars[..<cut])
            let key = head.matchKey
            if key.startsWith("CỘNG HÒA") || key.startsWith("CỘNG") && head == text && key.count <= 6 || opensTitleInPlace(key) {
                return true
            }
        }
        return text.startsWith("Độc lập") || isNumberLine(text)
    }

    /// Enough of a line to key its landmark words (the longest, `ĐOÀN THANH NIÊN CỘNG SẢN`, is 24 scalars).
    private static let landmarkScalars = 24

    /// The titles a Party's or a Youth Union's (Đoàn TNCS Hồ Chí Minh) header prints where the quốc
    /// hiệu stands, over the place and date; read as the header's national name. Every reader that
    /// looks for the quốc hiệu looks for these too.
    package static let titlesInPlace = ["ĐẢNG CỘNG SẢN VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN THANH NIÊN CỘNG SẢN"]
    private static let titleKeys = ["ĐẢNG CỘNG SẢN", "ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN THANH NIÊN CỘNG SẢN"].map(\.matchKey)

    /// Whether a line's `matchKey` opens one of `titlesInPlace`.
    package static func opensTitleInPlace(_ key: String) -> Bool {
        titleKeys.contains { key.startsWith($0) }
    }

    /// `QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:` …: the line that opens the enacting part of a decision.
    static func isEnactingWords(_ text: String) -> Bool {
        // A Lệnh's (order's) `NAY CÔNG BỐ` (hereby promulgates), with or without its colon.
        if text.utf8.first == UInt8(ascii: "N"), text.utf8.count <= 16 {
            let key = text.collapsingSpaces.matchKey
            return key == "NAY CÔNG BỐ" || key == "NAY CÔNG BỐ:"
        }
        guard text.utf8.count <= 48, text.utf8.last == UInt8(ascii: ":") || text.utf8.last == UInt8(ascii: "-") else { return false }
        var t = text.collapsingSpaces
        if t.endsWith(":-") { t.removeLast() }  // an older print's `QUYẾT ĐỊNH:-`
        guard t.endsWith(":"), t.utf8.count <= 40 else { return false }
        var body = String(t.dropLast()).trimmed()
        // Letter-spaced (`Q U Y Ế T  Đ Ị N H:`), as some prints space the words out.
        let letters = body.split(separator: " ")
        if letters.count >= 6, letters.allSatisfy({ $0.count == 1 }) { body = letters.joined() }
        // In capitals, or in sentence case where the formatting was lost (`Quyết định:`).
        guard Case.isUpper(body) || body == "Quyết định" || body == "Quyết nghị" else { return false }
        return enactingKeys.contains(body.matchKey.replacingAll(" ", with: ""))
    }

    private static let enactingKeys: Set<String> = ["QUYẾTĐỊNH", "QUYẾTNGHỊ", "NGHỊQUYẾT", "CHỈTHỊ", "BANHÀNH"]

    /// Who decides and the enacting words on one line in capitals, as the Party's forms print them:
    /// `BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH` → (`BAN THƯỜNG VỤ TỈNH ỦY`, `QUYẾT ĐỊNH`).
    static func authorityAndEnactingWords(_ text: String) -> (authority: String, words: String)? {
        guard text.utf8.count <= 120, text.utf8.count > 16, text.endsWith("ĐỊNH") || text.endsWith("NGHỊ") || text.endsWith(":") else { return nil }
        let t = text.collapsingSpaces
        let body = t.endsWith(":") ? String(t.dropLast()).trimmed() : t
        for words in ["QUYẾT ĐỊNH", "QUYẾT NGHỊ"] where body.endsWith(" " + words) {
            let authority = String(body.dropLast(words.count)).trimmed()
            guard Case.isUpper(t), SectionParser.isAuthority(authority) || partyCommittees.contains(where: { authority.startsWith($0) }) else { return nil }
            return (authority, words)
        }
        return nil
    }

    private static let partyCommittees = ["ĐẢNG ỦY", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "THƯỜNG TRỰC"]

    /// The enacting words alone, or after who decides (`BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH`): a line of its own.
    static func isEnactingLine(_ text: String) -> Bool { isEnactingWords(text) || authorityAndEnactingWords(text) != nil }

    static func isNumberLine(_ t: String) -> Bool { numberValue(t) != nil }

    /// The value of a number line: `Số: 12/KH-UBND`, `Số 12/KH-UBND`, or a law's `Luật số: 19/2023/QH15`
    /// (`Nghị quyết số:`, `Pháp lệnh số:` …) standing alone; nil for any other line ("Số hiệu: …", a
    /// site's metadata row, a sentence a wrap opened with `Nghị định số 61/2018/NĐ-CP và …`).
    static func numberValue(_ t: String) -> String? {
        var rest: Substring
        if t.startsWith("Số") || t.startsWith("SỐ") {
            rest = t.dropFirst(2)
        } else if t.startsWith("số:") || t.startsWith("số :") {
            // Typed in lower case, with its colon: the number all the same.
            rest = t.dropFirst(2)
        } else if let f = t.utf8.first, Self.typedNumberFirstBytes.contains(f), t.utf8.count >= 8,
                  case let head = Case.upperUTF8(String(t.unicodeScalars.prefix(Self.typedNumberScalars))),
                  let k = Self.typedNumberKeys.first(where: { head.starts(with: $0) }) {
            rest = t.dropFirst(String(decoding: k, as: UTF8.self).count)
            let value = rest.drop { $0 == ":" || $0 == " " || $0 == "." }
            guard !String(value).trimmed().contains(" ") else { return nil }
        } else {
            return nil
        }
        guard var first = rest.first else { return "" }
        // `Số : 12/KH-UBND`, a space typed before the colon.
        if first == " ", let colon = rest.drop(while: { $0 == " " }).first, colon == ":" {
            rest = rest.drop { $0 == " " }
            first = colon
        }
        if first == ":" || first == "." {
            return String(rest.drop { $0 == ":" || $0 == " " || $0 == "." })
        }
        // Without its colon, a number alone (`Số 12/KH-UBND`): a title's `SỐ 164-KH/TU NGÀY 24 …`
        // names the document it follows.
        if first == " ", rest.dropFirst().first.map({ $0.isNumber }) == true {
            let value = String(rest.dropFirst()).trimmed()
            return value.contains(" ") ? nil : value
        }
        return nil
    }

    /// `LUẬT SỐ`, `NGHỊ QUYẾT SỐ` …: a normative type's name before its number.
    private static let typedNumberKeys: [[UInt8]] = DocumentTypes.all.filter(\.normative).map { Case.upperUTF8($0.name + " số") }
        + [Case.upperUTF8("Nghị quyết số")]
    private static let typedNumberFirstBytes: Set<UInt8> = Set(DocumentTypes.all.compactMap { $0.name.utf8.first })
    /// The longest of `typedNumberKeys`, in scalars: how much of a line they are compared with.
    private static let typedNumberScalars = typedNumberKeys.map { String(decoding: $0, as: UTF8.self).unicodeScalars.count }.max() ?? 0

    /// A draft's stamp (`DỰ THẢO`, `Dự thảo lần 2`, `(Dự thảo)`, `DỰ THẢO 3`): the document's state,
    /// not its issuer, title or preamble; kept with the source's metadata.
    static func isDraftStamp(_ text: String) -> Bool {
        guard text.utf8.count <= 40, let f = text.utf8.first,
              f | 0x20 == UInt8(ascii: "d") || f == UInt8(ascii: "(") || f == UInt8(ascii: "[") else { return false }
        var key = Substring(text.matchKey)
        while let c = key.first, c == "(" || c == "[" || c == " " { key = key.dropFirst() }
        while let c = key.last, c == ")" || c == "]" || c == " " || c == ":" { key = key.dropLast() }
        guard key.hasPrefix("DỰ THẢO") else { return false }
        var rest = key.dropFirst("DỰ THẢO".count).drop { $0 == " " || $0 == ":" || $0 == "-" }
        if rest.isEmpty { return true }
        if rest.hasPrefix("LẦN THỨ ") { rest = rest.dropFirst("LẦN THỨ ".count) } else if rest.hasPrefix("LẦN ") { rest = rest.dropFirst("LẦN ".count) }
        else if rest.hasPrefix("SỐ ") { rest = rest.dropFirst("SỐ ".count) }
        return rest == "CUỐI" || (!rest.isEmpty && rest.count <= 3 && rest.allSatisfy { $0.isASCII && $0.isNumber }) || Roman.value(String(rest)) != nil
    }

    /// Fills `header` from the table's cells; returns the draft stamps among them (`isDraftStamp`),
    /// which it leaves out.
    @discardableResult
    /// Returns the draft stamps, and the lines read as none of the header's fields (`unread`: an
    /// OCR's garbled number, `sá##j5GDĐT-GDTrH`), which I03 reports rather than drop unseen.
    static func parse(_ table: RawTable, into header: inout Header) -> (stamps: [TextBlock], unread: [TextBlock]) {
        header.line = table.line
        var agency: [TextBlock] = []
        var subject: [TextBlock] = []
        var stamps: [TextBlock] = []
        var unread: [TextBlock] = []
        // Each cell by its column in its row: a header copied line by line in rows (`ỦY BAN NHÂN DÂN |
        // CỘNG HÒA …` / `HUYỆN ĐỊNH HÓA | Độc lập …`) keeps the agency's lines in its first column.
        for (cellIndex, cell) in table.rows.flatMap({ $0.enumerated() }) {
            let printed = cell.lines.filter { !isRule($0.text) }
            stamps += printed.filter { isDraftStamp($0.text) }
            let lines = logicalLinesWithEnds(printed.filter { !isDraftStamp($0.text) })
            var inSubject = false
            var sawOther = false
            for (printed, printedEnd) in lines {
                var (block, end) = (printed, printedEnd)
                // A rule run onto the line before it (markdownify joins a cell's lines with spaces:
                // `ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ -------`) is no part of it.
                if let head = textBeforeTrailingRule(block.text) {
                    end = block.position(at: head)
                    block.text = String(decoding: block.text.utf8.prefix(head), as: UTF8.self)
                }
                // A mark stamped at the end of the number's or the date's line (`Số: 88/UBND-NC HỎA
                // TỐC`, the cells a converter ran together): the mark's, and the line's without it.
                if let (head, mark) = HeaderMarks.trailing(block.text), numberValue(head) != nil || headerPlaceDate(head)?.date != nil {
                    // Counted back from the line's end (the logical line's spaces are folded).
                    let at = Position(line: end.line, column: end.column - mark.utf8.count)
                    if let field = HeaderMarks.record(mark, at: at, into: &header) { header.ends[field] = end }
                    end = block.position(at: head.utf8.count)
                    block.text = head
                }
                let line = block.text
                func place(_ field: HeaderField) {
                    header.positions[field] = block.position
                    header.ends[field] = end
                }
                // An urgency, secrecy or circulation mark in the agency's column (`HỎA TỐC` under the V/v).
                if let field = HeaderMarks.record(line, at: block.position, into: &header) {
                    header.ends[field] = end
                    continue
                }
                // Only the quốc hiệu lines need the case-folded key: they open with C or Đ.
                let key = line.startsWith("C") || line.startsWith("Đ") ? line.matchKey : ""
                if key.startsWith("CỘNG HÒA") || opensTitleInPlace(key) {
                    // The motto run onto the quốc hiệu's line (a line break lost: markitdown's cell,
                    // a flattened copy) is the motto: `CỘNG HÒA … VIỆT NAM Độc lập - Tự do - Hạnh phúc`.
                    if let r = line.byteRange(of: " Độc lập"), case let name = String(line[..<r.lowerBound]), Case.isUpper(name) {
                        let offset = name.utf8.count + 1
                        header.nationalName = name
                        header.positions[.nationalName] = block.position
                        header.ends[.nationalName] = block.position(at: name.utf8.count)
                        header.motto = String(line.utf8.dropFirst(offset))
                        header.positions[.motto] = block.position(at: offset)
                        header.ends[.motto] = end
                    } else {
                        header.nationalName = line
                        place(.nationalName)
                    }
                    sawOther = true
                } else if line.startsWith("Độc lập") {
                    header.motto = line
                    place(.motto)
                    sawOther = true
                } else if let value = numberValue(line) {
                    header.numberAsPrinted = value
                    header.numberLabel = value.isEmpty ? line : line.byteRange(of: value).map { String(line[..<$0.lowerBound]).trimmed() }
                    place(.number)
                    if let number = DocumentNumber.onNumberLine(value) {
                        header.number = number
                        header.numberParts = DocumentNumber.parts(number)
                    }
                    sawOther = true
                    inSubject = false
                } else if opensSubject(line) || line.startsWith("Về việc ") && header.numberAsPrinted != nil && !inSubject {
                    // A Công văn's subject under its number; `Về việc` spelled out, T01 reports.
                    subject = [block]
                    inSubject = true
                    sawOther = true
                } else if inSubject {
                    subject.append(block)
                } else if let found = headerPlaceDate(line) ?? placeAndNumericDate(line) {
                    setDateLine(line, found, at: block.position, end: end, in: &header)
                    sawOther = true
                } else if !sawOther, cellIndex == 0 || agency.isEmpty && header.nationalName == nil {
                    agency.append(block)
                } else if agencyAfterMotto(agency, header), DocumentTypes.typeLine(line) == nil {
                    // The header's right column read before its left (an OCR's reading order): the
                    // agency's lines under the motto, before the number.
                    agency.append(block)
                } else {
                    unread.append(block)
                }
            }
        }
        if let first = subject.first {
            header.title = subject.map(\.text).joined(separator: " ")
            header.positions[.title] = first.position
        }
        if let first = agency.first { header.positions[.issuer] = first.position }
        setAgency(agency.map(\.text), into: &header)
        return (stamps, unread)
    }

    /// Whether the header read so far leaves room for the agency after the motto: none was read before
    /// the quốc hiệu, or these lines run on from it, and no number or date has come yet.
    private static func agencyAfterMotto(_ agency: [TextBlock], _ header: Header) -> Bool {
        guard let motto = header.positions[.motto], header.numberAsPrinted == nil, header.dateLine == nil else { return false }
        return agency.first.map { $0.line > motto.line } ?? true
    }

    /// Joins printed lines that a narrow cell wrapped: a lone first word (`ỦY` / `BAN NHÂN DÂN`),
    /// `Số:` / `29/KH-UBND`, `Cần Thơ,` / `ngày …`, `CỘNG` / `HÒA XÃ HỘI …`.
    static func logicalLines(_ printed: [TextBlock]) -> [TextBlock] {
        logicalLinesWithEnds(printed).map(\.block)
    }

    /// The logical lines, each with where it ends: after the last byte of its last printed line.
    static func logicalLinesWithEnds(_ printed: [TextBlock]) -> [(block: TextBlock, end: Position)] {
        var out: [(block: TextBlock, end: Position)] = []
        var pending: (block: TextBlock, end: Position)?
        for raw in printed {
            var line = raw
            line.text = raw.text.collapsingSpaces
            let end = raw.end
            if let p = pending, standsAlone(line.text) {
                // A mark, a subject, the motto or a number is a line of its own, not the rest of the
                // line over it (an OCR's garbled number, one word, over the `V/v` line).
                pending = nil
                out.append(p)
                out.append((line, end))
            } else if var p = pending {
                pending = nil
                p.block.text += " " + line.text
                p.end = end
                out.append(p)
            } else if let place = out.last, isPlaceBeforeDate(place.block.text, line.text) {
                // `Cần Thơ` / `ngày 01 tháng 10 năm 2021`: a place whose comma is missing (D01 reports it).
                out[out.count - 1].block.text += " " + line.text
                out[out.count - 1].end = end
            } else {
                out.append((line, end))
            }
            if needsContinuation(out[out.count - 1].block.text) {
                pending = out.removeLast()
            }
        }
        if let p = pending { out.append(p) }
        return out
    }

    /// A line that opens a field of its own: a mark (`KHẨN`), a Công văn's subject (`V/v …`), the
    /// motto, a number line that holds its number.
    private static func standsAlone(_ t: String) -> Bool {
        if t.utf8.count <= 48, HeaderMarks.field(of: t) != nil { return true }
        if opensSubject(t) || t.startsWith("Độc lập") { return true }
        return numberValue(t)?.contains(where: \.isNumber) == true
    }

    static func logicalLines(_ printed: [String]) -> [String] {
        logicalLines(printed.enumerated().map { TextBlock(text: $0.element, line: $0.offset + 1) }).map(\.text)
    }

    /// A short sentence-case line with no date of its own, over a line that is a whole date.
    private static func isPlaceBeforeDate(_ place: String, _ date: String) -> Bool {
        guard date.startsWith("ngày") || date.startsWith("Ngày"), VietnameseDate.isWritten(in: date),
              place.utf8.count <= 40, Case.isUpper(place) == false, !place.containsBytes("ngày"), !place.containsBytes(":"),
              let first = place.first, first.isUppercase else { return false }
        return !place.endsWith(".") && !place.endsWith(";")
    }

    private static func needsContinuation(_ line: String) -> Bool {
        // A mark is a line of its own (`KHẨN` over the agency's name).
        if HeaderMarks.field(of: line) != nil { return false }
        // `Số:` (or `Số :`) over its number on the next line.
        if line.utf8.count <= 8, let value = numberValue(line), value.isEmpty { return true }
        let oneWord = !line.utf8.contains(Bytes.space)
        if oneWord, !line.endsWith("."), !line.endsWith(")"), !isRule(line), line != "*" {
            // A number line goes on only while it holds no number (`Số:` / `61/QĐ-TTg`), not when
            // typed with no space (`Số:1234/UBND-VX`).
            if let value = numberValue(line) { return !value.contains(where: \.isNumber) }
            if line.unicodeScalars.count <= 6 || Case.isUpper(line) == false { return true }
        }
        if line.endsWith(",") { return true }
        if line.startsWith("CỘNG") || line.startsWith("Cộng") { return !line.matchKey.endsWith("VIỆT NAM") }
        if line.startsWith("Độc lập") { return !line.endsWith("phúc") }
        if line.containsBytes("ngày") || line.containsBytes("NGÀY") || line.containsBytes("Ngày") {
            return !VietnameseDate.isWritten(in: line) && !line.containsBytes("...") && !line.containsBytes("…")
        }
        return false
    }

    /// The length in bytes of a line's text before a rule at its end, a space apart (`… TỈNH QUẢNG
    /// TRỊ -------`): three or more of `-`, `_`, `=`, `*`; nil where none ends it.
    static func textBeforeTrailingRule(_ t: String) -> Int? {
        guard let last = t.utf8.last, last == 0x2D || last == 0x5F || last == 0x3D || last == 0x2A else { return nil }
        let u = Array(t.utf8)
        var i = u.count
        while i > 0, u[i - 1] == 0x2D || u[i - 1] == 0x5F || u[i - 1] == 0x3D || u[i - 1] == 0x2A { i -= 1 }
        guard u.count - i >= 3, i > 1, u[i - 1] == 0x20 else { return nil }
        var head = i - 1
        while head > 0, u[head - 1] == 0x20 { head -= 1 }
        return head > 0 ? head : nil
    }

    static func isRule(_ t: String) -> Bool {
        // After a text browser's superscript mark (`^____`: a page's `<sup>` rule through w3m or lynx),
        // inside pandoc's plain text's (`^(____)`) or between its Markdown's (`^____^`).
        // By bytes: each of `- _ * =`, a space, or an em dash (E2 80 94) whole.
        let u = t.utf8
        var i = u.startIndex, end = u.endIndex
        if i != end, u[i] == UInt8(ascii: "^") {
            i = u.index(after: i)
            if i != end, u[i] == UInt8(ascii: "("), u.last == UInt8(ascii: ")"), u.index(after: i) < u.index(before: end) {
                i = u.index(after: i)
                end = u.index(before: end)
            } else if u.last == UInt8(ascii: "^"), i < u.index(before: end) {
                end = u.index(before: end)
            }
        }
        guard i != end else { return false }
        while i != end {
            let c = u[i]
            if c == 0x2D || c == 0x5F || c == 0x2A || c == 0x3D || c == 0x20 { i = u.index(after: i); continue }
            guard c == 0xE2, let b = u.index(i, offsetBy: 2, limitedBy: end), b != end,
                  u[u.index(after: i)] == 0x80, u[b] == 0x94 else { return false }
            i = u.index(after: b)
        }
        return true
    }

    /// A Công văn's subject (trích yếu) line: `V/v …`, in any of the cases it is typed in.
    static func opensSubject(_ t: String) -> Bool {
        t.startsWith("V/v") || t.startsWith("V/V") || t.startsWith("v/v")
    }

    /// Sets the header's place/date line, wherever it was found (its table, or a paragraph after it).
    static func setDateLine(_ line: String, _ found: (place: String?, date: String?), at start: Position, end: Position, in header: inout Header) {
        header.dateLine = line
        header.place = found.place
        header.date = found.date
        header.positions[.dateLine] = start
        header.ends[.dateLine] = end
    }

    /// The header's place/date line: `placeDate`, where the place is a name (`Cần Thơ`, `Quận 1`), not
    /// a sentence citing a document before its date (`Thực hiện Chỉ thị số 2268/CT-BGDĐT ngày 08/8/2019 …`).
    static func headerPlaceDate(_ line: String) -> (place: String?, date: String?)? {
        guard let found = placeDate(line) else { return nil }
        guard let place = found.place else { return found }
        let u = place.utf8
        // No digit followed by a slash (a number, `12/KH`, is no place).
        guard u.count <= 80 else { return nil }
        var previous: UInt8 = 0
        for c in u {
            if Bytes.isDigit(previous), c == UInt8(ascii: "/") { return nil }
            previous = c
        }
        return found
    }

    /// A place and a date in figures without `ngày` (`Châu Thành, 15/7/2025`), the whole line: D01
    /// reports its form; the line had been dropped.
    static func placeAndNumericDate(_ line: String) -> (place: String?, date: String?)? {
        guard line.utf8.count <= 60, let comma = line.utf8.lastIndex(of: UInt8(ascii: ",")) else { return nil }
        let place = String(line[..<comma]).trimmed()
        let rest = Array(line.utf8[line.utf8.index(after: comma)...])
        var i = 0
        while i < rest.count, rest[i] == Bytes.space { i += 1 }
        guard !place.isEmpty, place.utf8.count <= 40, !place.utf8.contains(where: Bytes.isDigit), Case.startsLower(Array(place.utf8), 0, place.utf8.count) == false,
              let (iso, end) = VietnameseDate.read(rest, at: i), end == rest.count else { return nil }
        return (place, iso)
    }

    /// A line no header holds, which ends one whose date line is missing or out of its place (a
    /// scan's reading order): the addressees' label, a preamble's or a letter's first words (`Căn cứ`,
    /// `Thực hiện Công văn số 12/SYT ngày 05/3/2024 …`), or a long sentence in lower case.
    static func opensBodyAfterHeader(_ line: String) -> Bool {
        guard let f = line.utf8.first, f == UInt8(ascii: "K") || f == UInt8(ascii: "C") || f == UInt8(ascii: "T") || line.utf8.count > 200
        else { return false }
        if bodyOpeners.contains(where: { line.startsWith($0) }) { return true }
        return line.utf8.count > 200 && !line.startsWith("V/v") && !line.startsWith("V/V") && Case.isUpper(line) == false
    }

    private static let bodyOpeners = ["Kính gửi", "KÍNH GỬI", "Căn cứ ", "Thực hiện "]

    /// `Cần Thơ, ngày 01 tháng 10 năm 2021` → place and ISO date.
    static func placeDate(_ line: String) -> (place: String?, date: String?)? {
        guard let r = line.byteRange(of: "ngày") ?? line.byteRange(of: "Ngày") ?? line.byteRange(of: "NGÀY") else { return nil }
        let before = String(line[..<r.lowerBound]).trimmed()
        var place: String? = before
        while let l = place?.last, l == "," || l == " " { place?.removeLast() }
        if place?.isEmpty == true { place = nil }
        let date = VietnameseDate.first(in: String(line[r.lowerBound...]))
        guard place != nil || date != nil || line.containsBytes("tháng") else { return nil }
        return (place, date)
    }

    /// Splits the agency lines into the parent body (cơ quan chủ quản) and the issuer.
    private static func setAgency(_ lines: [String], into header: inout Header) {
        let lines = lines.filter { !$0.isEmpty && $0 != "*" }
        guard !lines.isEmpty else { return }
        header.issuerLines = lines
        var split = 0
        for k in stride(from: lines.count - 1, through: 1, by: -1) where startsBody(lines[k]) && isComplete(lines[k - 1]) {
            split = k
            break
        }
        if split > 0 {
            header.parentIssuer = String(joining: lines[..<split], separator: " ")
        }
        header.issuer = String(joining: lines[split...], separator: " ")
    }

    private static let bodyWords = [
        "SỞ ", "CỤC ", "CHI CỤC ", "VỤ ", "BAN ", "TRƯỜNG ", "PHÒNG ", "VIỆN ", "TRUNG TÂM ", "BỆNH VIỆN ",
        "ỦY BAN ", "UỶ BAN ", "HỘI ĐỒNG ", "BỘ ", "TỔNG CỤC ", "VĂN PHÒNG ", "THANH TRA ", "ĐẢNG ỦY ", "ĐẢNG ĐOÀN ",
        "BAN CÁN SỰ ", "KHO BẠC ", "CÔNG AN ", "BỘ CHỈ HUY ", "ĐÀI ", "BÁO ", "HỌC VIỆN ", "ĐẠI HỌC ", "TỔNG CÔNG TY ",
        "CÔNG TY ", "HUYỆN ỦY ", "THÀNH ỦY ", "TỈNH ỦY ", "QUẬN ỦY ", "CHI BỘ ", "ĐẢNG BỘ ", "LIÊN ĐOÀN ", "HỘI ",
        "BCH ", "CHI ĐOÀN ",  // a Youth Union's executive committee (Ban chấp hành) or branch under its parent
    ].map(\.matchKey)

    private static func startsBody(_ line: String) -> Bool {
        let key = line.matchKey + " "
        return bodyWords.contains { key.startsWith($0) }
    }

    /// Whether a line opens with a body's name in any case (`Ủy ban nhân dân tỉnh …`, `Sở Y tế`,
    /// `UBND huyện …`): how an agency written wholly in sentence or title case is told from a site's
    /// line above a header.
    static func opensAgencyName(_ line: String) -> Bool {
        guard line.utf8.count <= 80 else { return false }
        let key = line.matchKey + " "
        return bodyWords.contains { key.startsWith($0) } || agencyOnlyWords.contains { key.startsWith($0) }
    }

    /// An agency's line with a blank to fill in, as a form (mẫu) heads itself:
    /// `ỦY BAN NHÂN DÂN TỈNH/THÀNH PHỐ …………….`, `SỞ ........`.
    static func isFormAgencyLine(_ line: String) -> Bool {
        opensAgencyName(line) && (line.contains("…") || line.contains("..."))
    }

    /// Where an agency written wholly in sentence or title case starts above a header's first line
    /// (`Ủy ban nhân dân` / `tỉnh Đồng Tháp`): up to three short lines above `end` that end no
    /// sentence and are no date, type line, appendix label or rule, the topmost of them opening with
    /// a body's name (so that a site's line is not taken); nil when none does. `text(k)` is line
    /// k's text, nil where the line cannot be the agency's (a table row). H03 judges their case.
    static func titledAgencyStart(above end: Int, text: (Int) -> String?) -> Int? {
        var found: Int?
        var k = end
        while k > 0, end - k < 3, let t = text(k - 1), let last = t.utf8.last, t.utf8.count <= 60,
              !WrapJoiner.Terminal.contains(last), placeDate(t) == nil, DocumentTypes.typeLine(t) == nil,
              AppendixLabel.parse(t) == nil, !isRule(t) {
            k -= 1
            if opensAgencyName(t) { found = k }
        }
        return found
    }

    /// Bodies that head a header but never stand under a parent body's line.
    private static let agencyOnlyWords = [
        "UBND ", "HĐND ", "CHÍNH PHỦ ", "QUỐC HỘI ", "THỦ TƯỚNG ", "TÒA ÁN ", "NGÂN HÀNG ", "KIỂM TOÁN ",
        "MẶT TRẬN ", "TẬP ĐOÀN ", "ĐOÀN ",
    ].map(\.matchKey)  // as the keys they are compared with: `KIỂM TÓAN`

    /// A body name that can stand alone (`UBND TỈNH LÀO CAI`), unlike `ỦY BAN NHÂN DÂN` waiting for its place.
    private static func isComplete(_ line: String) -> Bool {
        let key = line.matchKey
        let incomplete = ["ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN", "BAN", "BỘ", "SỞ", "TRƯỜNG", "HỘI ĐỒNG"]
        return !incomplete.contains(key) && key.split(separator: " ").count >= 2
    }
}

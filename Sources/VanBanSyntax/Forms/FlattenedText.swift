/// A document flattened onto one line by a site's text layer (tailieu.vn, 123doc): `BỘ Y TẾ CỘNG HÒA
/// XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Số: 5556/QĐBYT Hà Nội, ngày 04 tháng 12 năm 2021
/// QUYẾT ĐỊNH VỀ VIỆC … BỘ TRƯỞNG BỘ Y TẾ Căn cứ …`. The line is cut again where the printed lines
/// were: the header's parts by their own shapes (the quốc hiệu, `Số:`, the place and date, the type
/// name, the upper-case title and the authority under it), the body before the openers that end a
/// sentence's run (`Căn cứ`, `QUYẾT ĐỊNH:`, `Điều 2.`, `1.`, `a)`, `Nơi nhận:`), the signature
/// before its authority, position and name. Pieces keep the line's number; their columns are
/// offsets in the line as read (its runs of spaces folded).
enum FlattenedText {
    /// The lines with a flattened document's line cut into pieces; the lines as they are otherwise.
    static func split(_ lines: [TextLines.Line]) -> [TextLines.Line] {
        // A physical line may have been cut into columns at its runs of spaces already
        // (`Độc lập   Tự do`): the pieces of one line are read together.
        var k = 0
        while k < min(lines.count, 40) {
            var e = k + 1
            while e < lines.count, lines[e].number == lines[k].number, lines[e].cells == nil { e += 1 }
            let group = lines[k..<e]
            if group.allSatisfy({ $0.cells == nil }), group.reduce(0, { $0 + $1.text.utf8.count }) >= 300 {
                let b = withoutNoBreakSpaces(Array(group.map(\.text).joined(separator: " ").utf8))
                if let header = headerCuts(b) {
                    let l = lines[k]
                    let cut = (header.pieces + bodyCuts(b, from: header.end)).compactMap { p -> TextLines.Line? in
                        var s = p.start, e = p.end
                        while s < e, b[s] == 0x20 { s += 1 }
                        while e > s, b[e - 1] == 0x20 { e -= 1 }
                        guard s < e else { return nil }
                        return TextLines.Line(text: String(decoding: b[s..<e], as: UTF8.self), number: l.number,
                                              column: l.column + s, afterBlank: p.paragraph, cells: nil)
                    }
                    return Array(lines[..<k]) + cut + lines[e...]
                }
            }
            k = e
        }
        return lines
    }

    struct Piece {
        var start: Int
        var end: Int
        /// A paragraph of the body (kept apart from the pieces around it), not a header line.
        var paragraph = false
    }

    /// The quốc hiệu's opening and its end: found apart, so a misspelt middle (`CHŨ NGHĨA`) is still
    /// the quốc hiệu, for H01 to judge.
    private static let mottos = ["CỘNG HÒA XÃ HỘI ", "CỘNG HOÀ XÃ HỘI "].map { Array($0.utf8) }
    private static let mottoEnd = Array("VIỆT NAM".utf8)
    private static let numberOpeners = ["Số:", "Số ", "SỐ:", "SỐ "].map { Array($0.utf8) }

    /// The header's pieces up to the end of its date (`… năm 2021`), when the line holds the quốc
    /// hiệu, then a number, then a place and date, each close to the one before; nil otherwise.
    static func headerCuts(_ b: [UInt8]) -> (pieces: [Piece], end: Int)? {
        guard let (m, opened) = mottos.lazy.compactMap({ motto in Bytes.find(b, motto, to: min(b.count, 300 + motto.count)).map { ($0, $0 + motto.count) } }).first,
              let vn = Bytes.find(b, Self.mottoEnd, from: opened, to: min(b.count, opened + 16 + Self.mottoEnd.count)) else { return nil }
        let mottoEnd = vn + Self.mottoEnd.count
        guard let s = numberOpeners.compactMap({ Bytes.find(b, $0, from: mottoEnd, to: min(b.count, mottoEnd + 200)) }).min() else { return nil }
        // The number: the first word after `Số:`.
        var i = s + "Số".utf8.count
        while i < b.count, b[i] == 0x20 || b[i] == UInt8(ascii: ":") { i += 1 }
        guard i < b.count, Bytes.isDigit(b[i]) else { return nil }
        while i < b.count, b[i] != 0x20 { i += 1 }
        let numberEnd = i
        // A Công văn's subject (`V/v …`) stands under its number, before the place and date.
        while i < b.count, b[i] == 0x20 { i += 1 }
        let subject = Bytes.hasPrefix(b, i, b.count, Array("V/v".utf8)) || Bytes.hasPrefix(b, i, b.count, Array("Về việc".utf8))
        // The place and date: `Hà Nội, ngày 04 tháng 12 năm 2021`.
        // (`Ngày` mistyped in capital too, which D01 reports.)
        let dayEnd = min(b.count, numberEnd + (subject ? 400 : 120))
        guard let day = [Bytes.find(b, Array("ngày".utf8), from: numberEnd, to: dayEnd), Bytes.find(b, Array("Ngày".utf8), from: numberEnd, to: dayEnd)].compactMap({ $0 }).min(),
              let year = Bytes.find(b, Array("năm ".utf8), from: day, to: min(b.count, day + 60)) else { return nil }
        // After a subject, the place is the capitalized words before `, ngày` (`… năm 2025 Định Hóa, ngày`).
        var placeStart = numberEnd
        if subject {
            var w = day
            while w > numberEnd, b[w - 1] == 0x20 || b[w - 1] == UInt8(ascii: ",") { w -= 1 }
            while w > numberEnd {
                let start = wordStart(b, before: w)
                guard start > i, Case.startsLower(b, start, w) == false, !Bytes.isDigit(b[start]) else { break }
                placeStart = start
                w = start
                while w > numberEnd, b[w - 1] == 0x20 { w -= 1 }
            }
        }
        var dateEnd = year + "năm ".utf8.count
        while dateEnd < b.count, b[dateEnd] == 0x20 { dateEnd += 1 }
        let digits = dateEnd
        while dateEnd < b.count, Bytes.isDigit(b[dateEnd]) { dateEnd += 1 }
        guard dateEnd - digits == 4 else { return nil }
        // The agency before the quốc hiệu, without a viewer's page number (`1. BỘ Y TẾ`).
        var agency = 0
        while agency < m, b[agency] == 0x20 { agency += 1 }
        var k = agency
        while k < m, Bytes.isDigit(b[k]) { k += 1 }
        if k > agency, k + 1 < m, b[k] == UInt8(ascii: "."), b[k + 1] == 0x20 { agency = k + 2 }
        // `Độc lập - Tự do - Hạnh phúc` (its dashes often lost) runs from the quốc hiệu to `Số:`.
        var pieces = [Piece(start: agency, end: m), Piece(start: m, end: mottoEnd), Piece(start: mottoEnd, end: s), Piece(start: s, end: numberEnd)]
        if placeStart > numberEnd { pieces.append(Piece(start: numberEnd, end: placeStart)) }
        pieces.append(Piece(start: placeStart, end: dateEnd))
        return (pieces, dateEnd)
    }

    /// Upper-case type names, longest first (`NGHỊ QUYẾT LIÊN TỊCH` before `NGHỊ QUYẾT`).
    private static let typeNames = DocumentTypes.all.map { Case.upperUTF8($0.name) }

    /// Positions that open an authority line under a Quyết định's title (`BỘ TRƯỞNG BỘ Y TẾ`,
    /// `CHỦ TỊCH ỦY BAN NHÂN DÂN …`).
    private static let authorityOpeners = [
        "BỘ TRƯỞNG", "CHỦ TỊCH", "THỦ TƯỚNG", "GIÁM ĐỐC", "THỐNG ĐỐC", "TỔNG CỤC TRƯỞNG", "CỤC TRƯỞNG", "CHÁNH ÁN",
        "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "TRƯỞNG BAN", "CHỦ NHIỆM", "TỔNG KIỂM TOÁN",
    ].map { Array($0.utf8) }

    /// Openers of a body paragraph after a sentence's end.
    private static let paragraphOpeners = ["Căn cứ", "Xét ", "Theo đề nghị", "Thực hiện", "Nơi nhận", "NƠI NHẬN", RecipientsLabel.lowerCase].map { Array($0.utf8) }

    /// The body's pieces from `start`: type name, title, authority, then paragraphs and signature.
    static func bodyCuts(_ b: [UInt8], from start: Int) -> [Piece] {
        var pieces: [Piece] = []
        let n = b.count
        var i = start
        while i < n, b[i] == 0x20 { i += 1 }
        if let type = typeNames.first(where: { Bytes.hasPrefix(b, i, n, $0) && (i + $0.count == n || b[i + $0.count] == 0x20) }) {
            pieces.append(Piece(start: i, end: i + type.count))
            i += type.count
        }
        // The title: the upper-case words up to the first word with a lower-case letter.
        let titleStart = i
        var w = i
        var authority: Int?
        while w < n {
            while w < n, b[w] == 0x20 { w += 1 }
            var e = w
            while e < n, b[e] != 0x20 { e += 1 }
            // A heading's marker (`I.`, `1.`) opens the body: the title has ended.
            guard w < e, !Case.hasLower(b, w, e), w == titleStart || Markers.match(b, w, n) == nil else { break }
            if authority == nil, w > titleStart, authorityOpeners.contains(where: { Bytes.hasPrefix(b, w, n, $0) }) { authority = w }
            w = e
        }
        if w > titleStart {
            if let a = authority {
                pieces.append(Piece(start: titleStart, end: a))
                pieces.append(Piece(start: a, end: w))
            } else {
                pieces.append(Piece(start: titleStart, end: w))
            }
        }
        // The body: a paragraph opens after a sentence's end (or the title) at a marker or an opener.
        var paragraph = w
        var recipients = false
        var k = w
        while k < n {
            while k < n, b[k] == 0x20 { k += 1 }
            guard k < n else { break }
            var prev = k - 1
            while prev >= paragraph, b[prev] == 0x20 { prev -= 1 }
            let afterEnd = prev < paragraph || isTerminal(b[prev])
            var opens = false
            if k > paragraph {
                if opensFirstClause(b, k, paragraph: paragraph) {
                    opens = true
                } else if afterEnd, paragraphOpeners.contains(where: { Bytes.hasPrefix(b, k, n, $0) }) || enactingWords(b, k) || Markers.match(b, k, n) != nil {
                    opens = true
                } else if recipients, b[prev] == UInt8(ascii: ";") {
                    opens = true
                } else if SignatureParser.prefixes.contains(where: { Bytes.hasPrefix(b, k, n, Array($0.utf8)) && k + $0.utf8.count < n && b[k + $0.utf8.count] == 0x20 }),
                          afterEnd || !Case.hasLower(b, wordStart(b, before: prev + 1), prev + 1) {
                    opens = true
                }
            }
            if opens {
                pieces.append(Piece(start: paragraph, end: k, paragraph: true))
                paragraph = k
                if RecipientsLabel.opens(b, k, n) { recipients = true }
                if SignatureParser.prefixes.contains(where: { Bytes.hasPrefix(b, k, n, Array($0.utf8)) }) {
                    recipients = false
                    let cuts = SignatureParser.cutsOnOneLine(b, from: k)
                    for (s, e) in zip(cuts, cuts.dropFirst()) { pieces.append(Piece(start: s, end: e)) }
                    paragraph = cuts.last ?? k
                    k = paragraph
                    continue
                }
            }
            while k < n, b[k] != 0x20 { k += 1 }
        }
        if paragraph < n { pieces.append(Piece(start: paragraph, end: n, paragraph: true)) }
        return pieces
    }


    /// U+00A0 as a plain space (`XÃ HỘI` is typed with one in places).
    private static func withoutNoBreakSpaces(_ b: [UInt8]) -> [UInt8] {
        guard Bytes.find(b, [0xC2, 0xA0]) != nil else { return b }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 { out.append(0x20); i += 2 } else { out.append(b[i]); i += 1 }
        }
        return out
    }

    /// `1.` after an article's title, which ends without a stop (`Điều 2. Trách nhiệm thi hành` /
    /// `1. Sở Công Thương …`), unless a reference names it (`khoản 1.`).
    private static func opensFirstClause(_ b: [UInt8], _ k: Int, paragraph: Int) -> Bool {
        guard Bytes.hasPrefix(b, k, b.count, Array("1. ".utf8)), Bytes.hasPrefix(b, paragraph, b.count, Array("Điều ".utf8)) else { return false }
        var end = k
        while end > paragraph, b[end - 1] == 0x20 { end -= 1 }
        let word = String(decoding: b[wordStart(b, before: end)..<end], as: UTF8.self).lowercased()
        return !["khoản", "điểm", "điều", "mục", "số", "tiết", "chương", "phần", "lần", "thứ"].contains(word)
    }

    /// The start of the word that ends at `end`.
    private static func wordStart(_ b: [UInt8], before end: Int) -> Int {
        var i = end
        while i > 0, b[i - 1] != 0x20 { i -= 1 }
        return i
    }

    private static func isTerminal(_ c: UInt8) -> Bool {
        c == UInt8(ascii: ".") || c == UInt8(ascii: ";") || c == UInt8(ascii: ":") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
    }

    /// `QUYẾT ĐỊNH:`, `QUYẾT NGHỊ:` …: the enacting words, up to their colon.
    private static func enactingWords(_ b: [UInt8], _ k: Int) -> Bool {
        guard let colon = Bytes.find(b, [UInt8(ascii: ":")], from: k, to: min(b.count, k + 30)) else { return false }
        return HeaderParser.isEnactingWords(String(decoding: b[k...colon], as: UTF8.self))
    }

}

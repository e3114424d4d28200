/// Vietnamese typed or recognized without its diacritics (không dấu: `CONG HOA XA HOI CHU NGHIA VIET
/// NAM`, `So: 45/KH-UBND`, `Noi nhan:`): the words the readers know a document's parts by get their
/// marks back, each in the case it was typed in, so that its header, type, signature, articles and
/// appendices are read. Every other word stays as written: only words whose unmarked spelling has
/// one reading in an administrative text are restored, and some only where a number follows
/// (`so 12` → `số 12`, `nam 2024` → `năm 2024`, `Dieu 3` → `Điều 3`).
enum UnmarkedText {
    /// The text with its landmark words restored and how many words were; nil when none was.
    static func restoringLandmarks(_ text: String) -> (text: String, words: Int)? {
        let (restored, words) = restoring(Substring(text))
        // Points run `a) … d) đ) e)`: a second `d)` stands for `đ)`.
        var out: [Substring] = []
        var points = 0
        var lastPoint: Character?
        for line in lines(of: restored) {
            let body = line.drop { $0 == " " || $0 == "\t" }
            guard let f = body.first, f.isLetter, body.dropFirst().first == ")" else { out.append(line); continue }
            if f == "d", lastPoint == "d" {
                out.append(line[..<body.startIndex] + "đ" + body.dropFirst())
                points += 1
                lastPoint = "đ"
            } else {
                out.append(line)
                lastPoint = f
            }
        }
        let codes = ownTypeCode(&out)
        let total = words + points + codes
        return total > 0 ? (out.joined(separator: "\n"), total) : nil
    }

    /// The text's lines, as `split(separator: "\n", omittingEmptySubsequences: false)` cuts them, by
    /// bytes: at each line feed but one after a carriage return (the two are one character).
    static func lines(of text: String) -> [Substring] {
        let u = text.utf8
        var out: [Substring] = []
        var start = u.startIndex, i = u.startIndex
        var previous: UInt8 = 0
        while i < u.endIndex {
            let b = u[i]
            if b == 0x0A, previous != 0x0D {
                out.append(text[start..<i])
                start = u.index(after: i)
            }
            previous = b
            i = u.index(after: i)
        }
        out.append(text[start..<u.endIndex])
        return out
    }

    /// A Hợp đồng's or an Đề án's own number: its `HD` or `DA` on the `Số:` line is the type's `HĐ`
    /// or `ĐA` when the type line names it (elsewhere `HD` and `DA` are Hướng dẫn's and Dự án's).
    /// Returns how many codes were restored.
    private static func ownTypeCode(_ lines: inout [Substring]) -> Int {
        let trimmed = { (l: Substring) -> Substring in
            let head = l.drop(while: isBlank)
            return head[..<(head.lastIndex { !isBlank($0) }.map { head.index(after: $0) } ?? head.startIndex)]
        }
        guard let type = lines.lazy.compactMap({ l -> (String, String)? in
            switch trimmed(l) {
            case "HỢP ĐỒNG": ("/HD-", "/HĐ-")
            case "ĐỀ ÁN": ("/DA-", "/ĐA-")
            default: nil
            }
        }).first else { return 0 }
        guard let k = lines.firstIndex(where: { trimmed($0).hasPrefix("Số:") }), lines[k].contains(type.0) else { return 0 }
        lines[k] = Substring(lines[k].replacing(type.0, with: type.1, maxReplacements: 1))
        return 1
    }

    /// The text with its landmark words restored (a phrase may run over a line break), and how many were.
    static func restoring(_ text: Substring) -> (String, Int) {
        // The text as words (runs of ASCII letters) and what stands between them.
        let spans = wordSpans(text) ?? wordSpansByCharacters(text)
        guard !spans.isEmpty else { return (String(text), 0) }
        let keys = spans.map { text[$0].uppercased() }
        var replacement: [Int: String] = [:]
        var w = 0
        while w < spans.count {
            if let code = codes[String(text[spans[w]])], inNumber(spans[w], of: text) {
                replacement[w] = code
                w += 1
                continue
            }
            let afterRestored = w > 0 && replacement[w - 1] != nil && text[spans[w - 1].upperBound..<spans[w].lowerBound].allSatisfy(isSeparator)
            guard let phrase = match(keys, spans, in: text, at: w, afterRestored: afterRestored) else { w += 1; continue }
            for (j, word) in phrase.words.enumerated() { replacement[w + j] = cased(word, like: text[spans[w + j]]) }
            w += phrase.words.count
        }
        guard !replacement.isEmpty else { return (String(text), 0) }
        var out = ""
        var from = text.startIndex
        for (k, span) in spans.enumerated() {
            guard let r = replacement[k] else { continue }
            out += text[from..<span.lowerBound]
            out += r
            from = span.upperBound
        }
        out += text[from...]
        return (out, replacement.count)
    }

    /// The words of `text`: runs of ASCII letters, each letter a character of its own. Found by
    /// bytes; nil where a letter touches a scalar outside Latin letters and punctuation (a
    /// combining mark, a joiner), which may make it part of a larger character: there
    /// `wordSpansByCharacters` reads them.
    static func wordSpans(_ text: Substring) -> [Range<String.Index>]? {
        let u = text.utf8, scalars = text.unicodeScalars
        @inline(__always) func letter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        // A scalar that joins no neighbouring letter into one character: Latin letters and signs
        // (U+0080–U+02AF, U+1E00–U+1EFF: Vietnamese's own), punctuation but the joiners, a byte
        // order mark; elsewhere, by its properties, none that extends a character before it
        // (marks, emoji modifiers, Thai and Lao's AM), stands before one (prepend letters) or is
        // a format character (the joiners among them).
        func apart(_ v: UInt32) -> Bool {
            if (0x80...0x2AF).contains(v) || (0x1E00...0x1EFF).contains(v) || ((0x2000...0x206F).contains(v) && v != 0x200C && v != 0x200D)
                || v == 0xFEFF { return true }
            guard let s = Unicode.Scalar(v) else { return false }
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: return false
            default: break
            }
            return !s.properties.isGraphemeExtend && !joiningLetters.contains { $0.contains(v) }
        }
        var spans: [Range<String.Index>] = []
        var i = u.startIndex
        var before: UInt8 = 0x20  // the byte before `i`
        while i < u.endIndex {
            let b = u[i]
            guard letter(b) else { before = b; i = u.index(after: i); continue }
            if before >= 0x80, !apart(scalars[scalars.index(before: i)].value) { return nil }
            var e = u.index(after: i)
            while e < u.endIndex, letter(u[e]) { e = u.index(after: e) }
            if e < u.endIndex, u[e] >= 0x80, !apart(scalars[e].value) { return nil }
            spans.append(i..<e)
            before = u[u.index(before: e)]
            i = e
        }
        return spans
    }

    /// Letters and signs that join a neighbour into one character though no mark or format
    /// character: Thai's and Lao's AM (spacing marks by their grapheme class), the prepend letters
    /// (Malayalam's dot reph …), the emoji skin tones (which extend).
    private static let joiningLetters: [ClosedRange<UInt32>] = [
        0x0E33...0x0E33, 0x0EB3...0x0EB3, 0x0D4E...0x0D4E, 0x111C2...0x111C3, 0x1193F...0x1193F, 0x11941...0x11941,
        0x11A3A...0x11A3A, 0x11A84...0x11A89, 0x11D46...0x11D46, 0x11F02...0x11F02, 0x1F3FB...0x1F3FF,
    ]

    /// `wordSpans` character by character.
    static func wordSpansByCharacters(_ text: Substring) -> [Range<String.Index>] {
        var spans: [Range<String.Index>] = []
        var i = text.startIndex
        while i < text.endIndex {
            guard isASCIILetter(text[i]) else { i = text.index(after: i); continue }
            var e = i
            while e < text.endIndex, isASCIILetter(text[e]) { e = text.index(after: e) }
            spans.append(i..<e)
            i = e
        }
        return spans
    }

    /// The codes of a number (số, ký hiệu) whose unmarked spelling has one reading, as typed: a type
    /// (`15/QD-UBND` → `15/QĐ-UBND`; not `HD`, `DA`: Hướng dẫn and Dự án are coded so) or an issuer.
    static let codes: [String: String] = [
        "QD": "QĐ", "ND": "NĐ", "CD": "CĐ", "QyD": "QyĐ", "QYD": "QYĐ", "QDi": "QĐi", "DU": "ĐU",
        "HDND": "HĐND", "BGDDT": "BGDĐT", "SGDDT": "SGDĐT", "PGDDT": "PGDĐT", "GDDT": "GDĐT",
        "LDTBXH": "LĐTBXH", "BLDTBXH": "BLĐTBXH", "SLDTBXH": "SLĐTBXH", "BCD": "BCĐ", "DHQG": "ĐHQG", "SKHDT": "SKHĐT",
    ]

    /// The word is a group of a number: after `/` or `-`, in a run of characters without spaces that
    /// opens with a digit (`15/QD-UBND`, `12/2024/ND-CP`).
    private static func inNumber(_ span: Range<String.Index>, of text: Substring) -> Bool {
        let head = text[..<span.lowerBound]
        guard let sep = head.last, sep == "/" || sep == "-" else { return false }
        // A number is short: its start is looked for among the 40 characters before (a longer run is no number).
        let near = head.suffix(40)
        guard let cut = near.lastIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "(" }).map({ near.index(after: $0) })
                ?? (near.startIndex == head.startIndex ? near.startIndex : nil) else { return false }
        return droppingLinkNumber(near[cut...]).first.map { $0.isASCII && $0.isNumber } ?? false
    }

    /// The text after a text browser's link number (`[2]25/2025/ND-CP`, lynx), or the text itself.
    private static func droppingLinkNumber(_ text: Substring) -> Substring {
        guard text.first == "[" else { return text }
        let digits = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, text[digits.endIndex...].first == "]" else { return text }
        return text[text.index(after: digits.endIndex)...]
    }

    /// A phrase of `phrases` opening at word `w`, its words parted by nothing but spaces and
    /// punctuation, and followed as it asks; an agency's word may also follow a restored word
    /// (`afterRestored`: `SO Y TE TINH`, `TRUNG TAM Y TE HUYEN`).
    private static func match(_ keys: [String], _ spans: [Range<String.Index>], in line: Substring, at w: Int, afterRestored: Bool) -> Phrase? {
        guard let candidates = byFirstWord[keys[w]] else { return nil }
        for phrase in candidates where w + phrase.keys.count <= keys.count {
            let n = phrase.keys.count
            guard zip(keys[w..<w + n], phrase.keys).allSatisfy({ $0 == $1 }),
                  (w..<w + n - 1).allSatisfy({ k in
                      let gap = line[spans[k].upperBound..<spans[k + 1].lowerBound]
                      return phrase.spaced ? gap == " " : gap.allSatisfy(isSeparator)
                  }),
                  phrase.upperOnly ? spans[w..<w + n].allSatisfy({ line[$0].allSatisfy(\.isUppercase) }) : true
            else { continue }
            let placed = switch phrase.place {
            case .anywhere: true
            case .committee: followsCommittee(keys, spans, in: line, at: w)
            case .lineOrCommittee: afterRestored || followsCommittee(keys, spans, in: line, at: w) || opensLine(spans[w], in: line)
            case .alone: standsAlone(spans[w].lowerBound..<spans[w].upperBound, in: line)
            case .underMinister: standsAlone(spans[w].lowerBound..<spans[w + n - 1].upperBound, in: line) && underMinister(spans[w], in: line)
            }
            guard placed else { continue }
            let after = line[spans[w + n - 1].upperBound...]
            switch phrase.before {
            case .anything: return phrase
            case .number:
                // `so 12`, `ngay 09`, `Dieu 3.`, `So: 45/KH-UBND`; `nam` at a grid cell's line end over `2024`.
                let rest = droppingLinkNumber(after.drop { $0 == " " || $0 == "\u{A0}" || $0 == ":" || $0 == "\n" || $0 == "|" })
                if rest.startIndex > after.startIndex, let f = rest.first, f.isASCII, f.isNumber { return phrase }
            case .numeral:
                // `Chuong I`, `Muc 2`, `PHAN II`: a number or a Roman numeral, a word of its own.
                let rest = after.drop { $0 == " " || $0 == "\n" }
                let word = rest.prefix { $0.isLetter || $0.isNumber }
                if rest.startIndex > after.startIndex, !word.isEmpty, word.allSatisfy({ $0.isASCII && $0.isNumber }) || word.allSatisfy({ "IVXL".contains($0) }) { return phrase }
            case .noNumber:
                let rest = after.drop { $0 == " " || $0 == ":" }
                if !(rest.first.map { $0.isASCII && $0.isNumber } ?? false) { return phrase }
            case .colon:
                if after.drop(while: { $0 == " " }).first == ":" { return phrase }
            }
        }
        return nil
    }

    /// Word `w` follows `NHAN DAN`, `UBND`, `HDND` or `DIA BAN` (`UY BAN NHAN DAN` / `QUAN BA DINH`,
    /// `TREN DIA BAN HUYEN`).
    private static func followsCommittee(_ keys: [String], _ spans: [Range<String.Index>], in text: Substring, at w: Int) -> Bool {
        guard w > 0, text[spans[w - 1].upperBound..<spans[w].lowerBound].allSatisfy(isSeparator) else { return false }
        switch keys[w - 1] {
        case "UBND", "HDND": return true
        case "DAN": return w > 1 && keys[w - 2] == "NHAN"
        case "BAN": return w > 1 && keys[w - 2] == "DIA"
        default: return false
        }
    }

    /// The word opens its line or a table's cell, after spaces, a list's dash or an authority's prefix
    /// (`KT. GIAM DOC` / `SO Y TE`): where an agency's or a position's name stands.
    private static func opensLine(_ span: Range<String.Index>, in text: Substring) -> Bool {
        let head = text[..<span.lowerBound]
        if head.hasSuffix(" - ") { return true }  // a joint issuer's second agency (`BO TAI CHINH - BO NOI VU`)
        // Back to the line's start over blanks and at most four other characters (a longer opening is no prefix).
        var before = ""
        var i = head.endIndex
        while i > head.startIndex {
            let j = head.index(before: i)
            let c = head[j]
            if c == "\n" { break }
            i = j
            if isBlank(c) { continue }
            before.append(c)
            if before.count > 4 { return false }
        }
        return before.isEmpty || ["-", "+", "TM.", "KT.", "TL.", "TUQ.", "Q."].contains(String(before.reversed()))
    }

    /// The words (`range`) are their line's only text (spaces and a table's bars aside).
    private static func standsAlone(_ range: Range<String.Index>, in text: Substring) -> Bool {
        // Each side up to its line break or first other character, whichever comes first.
        let before = text[..<range.lowerBound].last { !isBlank($0) }
        let after = text[range.upperBound...].first { !isBlank($0) }
        return (before == nil || before == "\n") && (after == nil || after == "\n")
    }

    /// One of the two lines above opens with `KT. BO TRUONG` (its ministry's name may stand between).
    private static func underMinister(_ span: Range<String.Index>, in text: Substring) -> Bool {
        let near = text[..<span.lowerBound].suffix(200)
        let above = near.split(separator: "\n", omittingEmptySubsequences: false).dropLast().suffix(2)
        return above.contains { UnmarkedText.unmarked(String($0.drop { $0 == " " || $0 == "|" }.prefix(13))).uppercased() == "KT. BO TRUONG" }
    }

    /// `word` (its marks, in lower case) in the case of `typed`: all capitals, a capital first, or none.
    private static func cased(_ word: String, like typed: Substring) -> String {
        if typed.count > 1, typed.allSatisfy(\.isUppercase) { return word.uppercased() }
        if typed.first?.isUppercase == true { return word.prefix(1).uppercased() + word.dropFirst() }
        return word
    }

    /// A–Z or a–z (by its byte: `isLetter` looks the character up in Unicode's tables).
    private static func isASCIILetter(_ c: Character) -> Bool {
        guard let b = c.asciiValue else { return false }
        return (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
    }
    /// What stands around a line's words without being text: spaces, tabs, a table's bars, a CR.
    private static func isBlank(_ c: Character) -> Bool { c == " " || c == "\u{A0}" || c == "\t" || c == "|" || c == "\r" }
    private static func isSeparator(_ c: Character) -> Bool { c == " " || c == "\u{A0}" || c == "-" || c == "–" || c == "," || c == "." || c == "\n" }

    struct Phrase {
        enum Before { case anything, number, numeral, colon, noNumber }
        /// The words with their marks, in lower case.
        let words: [String]
        /// The words unmarked, in capitals: what is compared.
        let keys: [String]
        let before: Before
        /// Restored only when typed in capitals (`TINH` → `TỈNH`; `tinh` may be `tính` or `tinh`).
        let upperOnly: Bool
        /// Where the phrase may stand: an agency's words (`TINH`, `SO`, `PHONG`) open a line or follow
        /// the committee they belong to (in a title they read otherwise: `BAO CAO SO KET`); a header's
        /// mark stands alone on its line; a deputy minister under `KT. BO TRUONG`.
        enum Place { case anywhere, lineOrCommittee, committee, alone, underMinister }
        let place: Place

        /// Its words stand a single space apart, not across punctuation or a line break.
        let spaced: Bool

        /// - Parameter text: the words, in lower case, a space apart.
        init(_ text: String, before: Before = .anything, upperOnly: Bool = false, place: Place = .anywhere, spaced: Bool = false) {
            words = text.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
            keys = words.map { UnmarkedText.unmarked($0).uppercased() }
            self.before = before
            self.upperOnly = upperOnly
            self.place = place
            self.spaced = spaced
        }
    }

    /// The phrases, longest first under each first word.
    static let phrases: [Phrase] = {
        var list = [
            // The quốc hiệu whole, or as two columns laid out side by side part it (`… CONG HOA XA HOI CHU` /
            // `… NGHIA VIET NAM`, pdftotext -layout).
            "cộng hòa xã hội chủ nghĩa việt nam", "cộng hòa xã hội chủ", "cộng hòa xã hội", "chủ nghĩa việt nam",
            "nghĩa việt nam", "độc lập tự do hạnh phúc",
            "ủy ban nhân dân", "hội đồng nhân dân", "phó chủ tịch", "chủ tịch", "phó giám đốc", "giám đốc", "bộ trưởng",
            "thủ tướng chính phủ", "thủ tướng", "chính phủ", "thành phố", "nơi nhận", "căn cứ", "kính gửi", "kèm theo",
            "phụ lục", "về việc", "đã ký", "như trên", "danh sách", "danh mục", "thông cáo báo chí",
            // Signers' positions and the bodies they speak for (not `thu truong` alone: `thủ trưởng` and
            // `thứ trưởng` are both common; under `KT. BO TRUONG` it is the deputy minister).
            "bộ trưởng thứ trưởng", "thư ký", "trưởng ban", "phó trưởng ban", "chỉ huy trưởng", "phó thủ tướng", "chủ tịch nước", "chủ tịch quốc hội", "quốc hội", "chánh văn phòng", "phó chánh văn phòng",
            "văn phòng", "hiệu trưởng", "phó hiệu trưởng", "bí thư", "phó bí thư", "thường trực", "chủ nhiệm",
            "đảng cộng sản việt nam", "đảng bộ", "đảng ủy", "tỉnh ủy", "huyện ủy", "thành ủy",
            "giáo dục và đào tạo", "y tế", "bệnh viện", "trung tâm", "hành động",
            "phần thứ nhất", "phần thứ hai", "phần thứ ba", "phần thứ tư", "phần thứ năm",
            // A table's column names, which tell its columns' roles.
            "nội dung", "chủ trì", "phối hợp", "thời gian", "kinh phí", "ghi chú", "cơ quan", "đơn vị", "thực hiện",
            "hoàn thành", "sản phẩm", "kết quả", "dự kiến", "nguồn vốn",
        ].map { Phrase($0) }
        // The types' names (`Ke hoach`, `QUYET DINH`) but those whose unmarked spelling reads otherwise
        // too (`thu cong` is `thủ công` as often as `Thư công`; `lenh`, `luat` alone).
        let typeNames = DocumentTypes.all.map(\.name).filter { $0.contains(" ") && $0 != "Thư công" }
        list += typeNames.map { Phrase($0.lowercased()) }
        list += ["luật", "của", "về"].map { Phrase($0) }
        // A document speaking of itself (`Luat nay`, `Quyet dinh nay`): no citation.
        // On one line, words a space apart (`… phap luat,` / `NAY CONG BO:` is the enacting line).
        list += (typeNames + ["luật"]).map { Phrase($0.lowercased() + " này", spaced: true) }
        list += ["số", "ngày", "tháng", "năm", "điều", "khoản", "điểm"].map { Phrase($0, before: .number) }
        list += ["chương", "mục", "phần"].map { Phrase($0, before: .numeral) }
        list += [Phrase("như điều", before: .number)]
        list += [Phrase("lưu", before: .colon), Phrase("điện", before: .colon), Phrase("khóa", before: .numeral, upperOnly: true)]
        // A header's mark, a line of its own (`MAT`, `KHAN`; in a sentence `mat` may be `mặt`).
        list += ["mật", "khẩn"].map { Phrase($0, upperOnly: true, place: .alone) }
        // A deputy minister under a two-line authority (`KT. BO TRUONG` / `BO NOI VU` / `THU TRUONG`).
        list += [Phrase("thứ trưởng", upperOnly: true, place: .underMinister)]
        list += ["tỉnh", "huyện", "xã", "sở", "bộ", "phòng", "lệnh"].map { Phrase($0, upperOnly: true, place: .lineOrCommittee) }
        // `QUAN` is `quận` under its committee or before its number; at a line's start it may be `quản`, `quân`.
        list += [Phrase("quận", upperOnly: true, place: .committee), Phrase("quận", before: .numeral, upperOnly: true)]
        // Pairs whose first word alone reads otherwise (`TINH HINH` is no `TỈNH`, `ve sinh` no `về`); the
        // words of a preamble, a record's opening and its parties' signatures (`Xet de nghi`, `Hom nay`,
        // `DAI DIEN BEN A`, `Dai ta`); the quốc hiệu after `Hien phap nuoc`.
        list += ["tình hình", "tình trạng", "tinh gọn", "tinh thần", "phong trào", "bổ sung", "sửa đổi", "bố trí",
                 "sơ kết", "quản lý", "quan điểm", "xã hội", "địa bàn", "phụ nữ", "phòng chống", "đa khoa", "công an",
                 "chuyển đổi số", "công bố", "quân sự", "chỉ huy", "chi bộ", "bộ y tế", "tiến bộ", "ban hành",
                 "thẩm tra", "thẩm định", "bảo vệ", "vệ sinh", "kỳ họp thứ", "thư chúc mừng",
                 "xét đề nghị", "theo đề nghị", "hôm nay", "đại diện bên", "đại diện", "người lập biểu",
                 "người được ủy quyền", "người ủy quyền", "trưởng công an", "ban thường vụ", "xác thực văn bản hợp nhất",
                 "đại tá", "thượng tá", "trung tá", "thiếu tá", "kế toán trưởng", "kế toán", "người lập", "xác nhận",
                 "sao lục", "trích sao", "hỏa tốc", "thượng khẩn", "tối mật", "tuyệt mật", "trường thpt", "trường thcs",
                 "trường tiểu học", "trường mầm non", "trường trung học", "trường đại học", "trường cao đẳng",
                 "nước cộng hòa xã hội chủ nghĩa việt nam"].map { Phrase($0) }
        // … and those ending in `so`, which before a number is `số` (`cuu ho so 55/2024/QH15`).
        list += ["hồ sơ", "cơ sở", "một số", "chỉ số"].map { Phrase($0, before: .noNumber) }
        return list
    }()

    /// The phrases under each first word, longest first, then in the order of `phrases` (`số` before
    /// a number is tried before `SỞ` in capitals).
    private static let byFirstWord: [String: [Phrase]] = Dictionary(grouping: phrases.indices) { phrases[$0].keys[0] }
        .mapValues { $0.sorted { (phrases[$0].keys.count, $1) > (phrases[$1].keys.count, $0) }.map { phrases[$0] } }

    /// Whether a line opens with the quốc hiệu typed without its marks (`CONG HOA XA HOI CHU NGHIA …`,
    /// any case), as its phrase in `phrases` spells it.
    static func opensUnmarkedNationalName(_ text: String) -> Bool {
        Case.upperUTF8(text, foldingSpaces: true).starts(with: unmarkedNationalName)
    }

    private static let unmarkedNationalName = Case.upperUTF8(unmarked("cộng hòa xã hội chủ nghĩa"))

    /// The letters without their marks: `ộ` → `o`, `đ` → `d`. Scalar by scalar (a text is composed
    /// when read: a marked letter is one scalar); by characters where a combining mark stands.
    static func unmarked(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= 0x300, u.value <= 0x36F { return unmarkedByCharacters(s) }
            out.append(baseScalar[u] ?? u)
        }
        return String(out)
    }

    /// `unmarked` character by character (a letter and its combining marks mapped as one).
    static func unmarkedByCharacters(_ s: String) -> String {
        String(s.map { c in base[c] ?? c })
    }

    /// `base` for the letters that are one scalar.
    private static let baseScalar: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (c, b) in base {
            guard c.unicodeScalars.count == 1, b.unicodeScalars.count == 1, let k = c.unicodeScalars.first, let v = b.unicodeScalars.first else { continue }
            m[k] = v
        }
        return m
    }()

    private static let base: [Character: Character] = {
        var m: [Character: Character] = [:]
        for group in ["aàáảãạăằắẳẵặâầấẩẫậ", "eèéẻẽẹêềếểễệ", "iìíỉĩị", "oòóỏõọôồốổỗộơờớởỡợ", "uùúủũụưừứửữự", "yỳýỷỹỵ", "dđ"] {
            guard let b = group.first, let upperB = b.uppercased().first else { continue }
            for c in group.dropFirst() {
                m[c] = b
                if let upper = c.uppercased().first { m[upper] = upperB }
            }
        }
        return m
    }()
}

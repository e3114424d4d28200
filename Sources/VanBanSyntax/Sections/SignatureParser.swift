import VanBanModel

/// Reads the signature block (quyền hạn, chức vụ, họ tên) and the recipients list (Nơi nhận).
enum SignatureParser {
    /// The prefixes of Decree 30 (thừa ủy quyền, thay mặt, ký thay, thừa lệnh, quyền) and their
    /// common misspellings (`T/M`, `T.M.`, `T.M`, `TM` without its dot), which K01 reports.
    static let prefixes = ["TUQ.", "TM.", "KT.", "TL.", "Q.", "T/M", "K/T", "T/L", "T.U.Q.", "T.M.", "K.T.", "T.L.",
                           "TUQ ", "TM ", "KT ", "TL ", "T.U.Q ", "T.M ", "K.T ", "T.L ",
                           // Typed in sentence case (`Tm. ỦY BAN NHÂN DÂN`), which K01 reports.
                           ] + sentenceCasePrefixes
    static let sentenceCasePrefixes = ["Tuq.", "Tm.", "Kt.", "Tl."]

    /// The second bytes of the prefixes.
    private static let secondBytes = Set(prefixes.map { Array($0.utf8)[1] })

    /// An authority line: an authority prefix, in upper case (`KT. CHỦ TỊCH`).
    static func isAuthorityLine(_ line: String) -> Bool {
        guard let prefix = authorityPrefix(line) else { return false }
        // A prefix in sentence case (`Tm.`) before words in capitals.
        return Case.isUpper(line) || prefix.utf8.contains(where: Bytes.isASCIILower) && Case.isUpper(String(line.utf8.dropFirst(prefix.utf8.count))!)
    }

    /// The authority prefix a line opens with (`TM.`, `KT.` …).
    static func authorityPrefix(_ line: String) -> String? {
        // Every prefix opens with T, K or Q, then U, M, T, L, a stop or a slash (not `Th…`, `Tr…`, `Tổ…`).
        var u = line.utf8.makeIterator()
        guard let f = u.next(), f == UInt8(ascii: "T") || f == UInt8(ascii: "K") || f == UInt8(ascii: "Q"),
              let g = u.next(), Self.secondBytes.contains(g) else { return nil }
        return prefixes.first { line.startsWith($0) && line.utf8.count > $0.utf8.count }
    }

    private static let positions = [
        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG",
        "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG",
        "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "TỔNG CỤC TRƯỞNG", "THỐNG ĐỐC", "PHÓ THỐNG ĐỐC",
        "CHÁNH ÁN", "VIỆN TRƯỞNG", "TỔNG THƯ KÝ", "BÍ THƯ", "PHÓ BÍ THƯ", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
        "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "TỔNG KIỂM TOÁN", "CHÁNH THANH TRA", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC",
        "CHỦ TỊCH NƯỚC", "PHÓ CHỦ TỊCH NƯỚC", "TRƯỞNG", "PHÓ TRƯỞNG", "KIỂM TOÁN TRƯỞNG", "TỔNG TRƯỞNG", "THƯ KÝ",
        "CHỦ TRÌ", "CHỦ TỌA", "NGƯỜI GHI BIÊN BẢN", "NGƯỜI LẬP BIÊN BẢN", "CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "TỔNG THANH TRA",
        // The armed forces' commanders.
        "CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "CHÍNH ỦY", "PHÓ CHÍNH ỦY", "TƯ LỆNH", "PHÓ TƯ LỆNH",
        // Who signs a financial report beside its head (người lập biểu, kế toán trưởng, thủ trưởng
        // đơn vị), and a working group's leader.
        "NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "PHỤ TRÁCH KẾ TOÁN", "THỦ TRƯỞNG", "THỦ QUỸ", "TỔ TRƯỞNG", "TỔ PHÓ",
    ] + parties

    /// The parties a Giấy ủy quyền, a Hợp đồng or a Biên bản is signed by (`ĐẠI DIỆN BÊN A`, `ĐẠI DIỆN
    /// HỘ GIA ĐÌNH`), over the signer's authority and position.
    private static let parties = ["NGƯỜI ỦY QUYỀN", "NGƯỜI ĐƯỢC ỦY QUYỀN", "BÊN ỦY QUYỀN", "BÊN ĐƯỢC ỦY QUYỀN", "BÊN NHẬN ỦY QUYỀN", "ĐẠI DIỆN",
                                  // A contract's sides by letter or role (`BÊN A`, `BÊN MUA`); not `BÊN A: …`, a party's line.
                                  "BÊN A", "BÊN B", "BÊN C", "BÊN MUA", "BÊN BÁN", "BÊN GIAO", "BÊN NHẬN", "BÊN THUÊ", "BÊN CHO THUÊ",
                                  // What a consolidated text's signer does: authenticates it (over `CHỦ NHIỆM`, `KT. BỘ TRƯỞNG`).
                                  "XÁC THỰC VĂN BẢN HỢP NHẤT"]
    private static let partyPrefixes: [[UInt8]] = parties.map { $0.matchKeyBytes + [Bytes.space] }

    /// A line that may name the party over an authority line: a party's (`ĐẠI DIỆN BÊN A`), or any
    /// short line in capitals with no marker and no stop (`BÊN VAY`, `ĐƠN VỊ THI CÔNG`).
    static func labelsParty(_ line: String) -> Bool {
        guard line.utf8.count <= 60, let last = line.utf8.last, !WrapJoiner.Terminal.contains(last), Case.isUpper(line) else { return false }
        if isParty(line) { return true }
        let b = Array(line.utf8)
        return !isAuthorityLine(line) && Markers.match(b, 0, b.count) == nil
    }

    /// A party's line (`ĐẠI DIỆN BÊN A`), which opens a signature over its authority line.
    static func isParty(_ line: String) -> Bool {
        // Every party opens with N, B, X or Đ (C4 90): one byte test rules most lines out.
        guard let f = line.utf8.first, f == UInt8(ascii: "N") || f == UInt8(ascii: "B") || f == UInt8(ascii: "X") || f == 0xC4 else { return false }
        return opens(line, oneOf: partyPrefixes, within: 60)
    }

    /// Each position's match key, as bytes with a space after it: a line is the position or opens
    /// with it (`KẾ TOÁN TRƯỞNG` is keyed `KẾ TÓAN TRƯỞNG`, as the line is).
    private static let positionPrefixes: [[UInt8]] = positions.map { $0.matchKeyBytes + [Bytes.space] }

    static func isPosition(_ line: String) -> Bool { opens(line, oneOf: positionPrefixes, within: 80) }

    /// Whether an upper-case line of at most `limit` bytes is one of the names (given with a space
    /// after each) or opens with it.
    private static func opens(_ line: String, oneOf names: [[UInt8]], within limit: Int) -> Bool {
        guard line.utf8.count <= limit, Case.isUpper(line) else { return false }
        // Each name ends in a space: the key opens with it, or is it without the space.
        let key = line.matchKeyBytes
        return names.contains { name in
            key.count < name.count ? key.count == name.count - 1 && key.elementsEqual(name.dropLast()) : key.starts(with: name)
        }
    }

    /// A form's signature block laid out as a table: a few rows whose cells are a place and date
    /// (`……, ngày … tháng … năm 20……`) or a signer over how to sign (`Đại diện …` / `(Ký tên và
    /// đóng dấu)`), empty cells aside, at least one of the latter.
    static func isFormSignatures(_ t: RawTable) -> Bool {
        guard t.rows.count <= 4 else { return false }
        var signers = 0
        for cell in t.cells where !cell.text.isEmpty {
            if signingNote.contains(where: { cell.text.containsBytes($0) }) { signers += 1 } else if HeaderParser.placeDate(cell.text) == nil { return false }
        }
        return signers > 0
    }

    /// How a form asks to be signed: `(Ký tên và đóng dấu)`, `(Ký, ghi rõ họ tên)`, `(Chữ ký …)`.
    private static let signingNote = ["(Ký", "(ký", "(KÝ", "(Chữ ký", "(chữ ký"]

    /// `(Đã ký)`, `[daky]`, `(Ký tên, đóng dấu)`: the note that stands for a signature; or, in
    /// brackets, a form's note on how to sign that a draft keeps (`(Ký, ghi rõ họ tên, đóng dấu)`,
    /// Decree 30's `(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)`).
    static func isUnsigned(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }  // Decree 30's note is 92 bytes
        // Every accepted form holds "ký" in some case, or is "daky" (short) in some case.
        guard line.utf8.count <= 8 || line.containsBytes("ký") || line.containsBytes("KÝ") || line.containsBytes("Ký")
            || line.containsBytes("kÝ") else { return false }
        let key = line.lowercased().replacingAll("(", with: "").replacingAll(")", with: "").replacingAll("[", with: "").replacingAll("]", with: "").trimmed()
        if key == "đã ký" || key == "đã ký và đóng dấu" || key == "ký tên, đóng dấu" || key == "đã ký, đóng dấu" || key == "daky" || key == "ký" {
            return true
        }
        let bytes = line.utf8
        guard bytes.first == UInt8(ascii: "(") && bytes.last == UInt8(ascii: ")")
            || bytes.first == UInt8(ascii: "[") && bytes.last == UInt8(ascii: "]") else { return false }
        return signingNoteOpenings.contains { key.startsWith($0) }
    }

    /// How a bracketed note on signing opens, lower-cased (`ký,`, `ký tên`, `chữ ký`; not `ký hiệu`).
    private static let signingNoteOpenings = ["ký,", "ký tên", "ký và", "ký ghi", "ký số", "chữ ký", "đã ký"]

    /// A name with the note that it was signed run onto its line (`Lê Minh Dũng (đã ký)`): the name.
    static func withoutSignedNote(_ line: String) -> String {
        guard let last = line.utf8.last, last == UInt8(ascii: ")") || last == UInt8(ascii: "]"),
              let open = line.lastIndex(where: { $0 == "(" || $0 == "[" }), open > line.startIndex,
              isUnsigned(String(line[open...])) else { return line }
        let name = String(line[..<open]).trimmed()
        return name.isEmpty ? line : name
    }

    /// A signature's line that a copy ran together (`KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG (Đã ký)`: html2text
    /// writes a cell's line breaks between bold spans as spaces) as its lines, each with its byte
    /// offset: the signed note apart, and an authority line cut at a further prefix (`TM. ỦY BAN NHÂN
    /// DÂN KT. CHỦ TỊCH`) and, after `KT.`, at the deputy's position (`PHÓ …`, `THỨ TRƯỞNG`).
    static func apart(_ line: String) -> [(text: String, offset: Int)] {
        // A signed note between the position and the name (`PHÓ THỦ TƯỚNG (Đã ký) Trần Hồng Hà`).
        if let note = line.byteRange(of: "(Đã ký)") ?? line.byteRange(of: "(đã ký)"), note.upperBound < line.endIndex, note.lowerBound > line.startIndex {
            let at = line.utf8.distance(from: line.startIndex, to: note.upperBound)
            let before = apart(String(line[..<note.upperBound])), after = apart(String(line[note.upperBound...]).trimmed())
            let lead = line.utf8.count - at - String(line[note.upperBound...]).trimmed().utf8.count
            return before + after.map { ($0.text, $0.offset + at + lead) }
        }
        let t = withoutSignedNote(line)
        var out: [(text: String, offset: Int)] = []
        // The whole block on one line, the name last (`TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hoàng Văn Tùng`:
        // a cell whose line breaks a copy turned into spaces).
        if authorityPrefix(t) != nil, t == line, !Case.isUpper(t), case let b = Array(t.utf8),
           case let cuts = cutsOnOneLine(b, from: 0), cuts.count >= 3, cuts.last == b.count,
           case let name = String(decoding: b[cuts[cuts.count - 2]...], as: UTF8.self), isSignerName(name) {
            return zip(cuts, cuts.dropFirst()).map { (String(decoding: b[$0..<$1], as: UTF8.self).trimmed(), $0) }.filter { !$0.0.isEmpty }
        }
        if authorityPrefix(t) != nil, Case.isUpper(t), t.utf8.contains(Bytes.space) {
            let b = Array(t.utf8)
            let starts = linesInCapitals(b, from: 0).starts
            for (k, from) in starts.enumerated() {
                out.append((String(decoding: b[from..<(k + 1 < starts.count ? starts[k + 1] : b.count)], as: UTF8.self).trimmed(), from))
            }
        } else {
            out.append((t, 0))
        }
        if t != line { out.append((String(line.utf8.dropFirst(t.utf8.count)).map { $0.trimmed() } ?? "", t.utf8.count)) }
        return out.filter { !$0.text.isEmpty }
    }

    /// A signature from its authority prefix: `TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`
    /// / `Đinh Quang Tuyên`, as cut offsets (the first is `start`, the last where the name ends).
    static func cutsOnOneLine(_ b: [UInt8], from start: Int) -> [Int] {
        let n = b.count
        let (starts, upperEnd) = linesInCapitals(b, from: start)
        var cuts = starts
        var w = upperEnd
        while w < n, b[w] == 0x20 { w += 1 }
        // The name: up to six capitalized words.
        cuts.append(w)
        var words = 0
        var e = w
        while e < n, words < 6 {
            while e < n, b[e] == 0x20 { e += 1 }
            var end = e
            while end < n, b[end] != 0x20 { end += 1 }
            guard e < end, Case.startsLower(b, e, end) == false, Case.hasLower(b, e, end) else { break }
            words += 1
            e = end
        }
        if words >= 2 { cuts.append(e) }
        return cuts
    }

    /// Where the lines of a signature block run together in capitals begin, from an authority
    /// prefix at `start` (`TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH`), and where the capitals
    /// end (before the name, if any). A further prefix opens a line; so does the first position
    /// after the body's name under `TM.` (`TM. ỦY BAN NHÂN DÂN` / `CHỦ TỊCH`), or after the head's
    /// title under any other prefix (`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`, `TL. CHỦ TỊCH` / `CHÁNH VĂN PHÒNG`).
    static func linesInCapitals(_ b: [UInt8], from start: Int) -> (starts: [Int], end: Int) {
        let n = b.count
        // The words in capitals.
        var words: [Range<Int>] = []
        var w = start
        while w < n {
            while w < n, b[w] == Bytes.space { w += 1 }
            var e = w
            while e < n, b[e] != Bytes.space { e += 1 }
            // (An authority prefix typed in sentence case, `Tm.`, among them.)
            guard w < e, !Case.hasLower(b, w, e) || sentenceCasePrefixes.contains(where: { b[w..<e].elementsEqual($0.utf8) }) else { break }
            words.append(w..<e)
            w = e
        }
        guard let last = words.last else { return ([start], start) }
        let end = last.upperBound
        let rest = { (k: Int) in String(decoding: b[words[k].lowerBound..<end], as: UTF8.self) }
        let word = { (k: Int) in String(decoding: b[words[k]], as: UTF8.self) }
        /// The prefix word `k` is, if any (`KT.`, `K/T`, `TM`).
        func prefix(_ k: Int) -> String? {
            authorityPrefix(rest(k)).flatMap { p in p.trimmed() == word(k) || p.trimmed() == word(k) + "." ? p : nil }
        }
        var starts = [start]
        var lineWord = 0        // the word the current line opens with
        var firstPosition = 1   // where a position may open the next line
        var positioned = false
        func open(_ k: Int) {
            lineWord = k
            positioned = false
            // Under `TM.` a body of two words at least (`TM. ĐOÀN CHỦ TỊCH` is one body).
            firstPosition = k + 3
            guard let p = prefix(k)?.uppercased(), !["TM", "T/M", "T.M"].contains(where: { p.hasPrefix($0) }) else { return }
            // Under `KT.`, `TL.`, `TUQ.`, `Q.` the head's title comes first: its longest known position.
            let title = Array(rest(k + 1 < words.count ? k + 1 : k).matchKey.utf8) + [Bytes.space]
            if k + 1 < words.count, let head = positionPrefixes.filter({ title.starts(with: $0) }).max(by: { $0.count < $1.count }) {
                firstPosition = k + 1 + head.split(separator: Bytes.space).count
            } else {
                positioned = true  // an unknown title: only a further prefix opens a line
            }
        }
        open(0)
        /// A position line is short: at most five words to the next prefix or the end.
        func short(_ k: Int) -> Bool {
            let next = words.indices.dropFirst(k + 1).first { prefix($0) != nil } ?? words.count
            return next - k <= 5
        }
        // A prefix right after another opens a line of its own (`Lưu: VT, KT.` / `KT. CHỦ TỊCH` run
        // together), but for the acting head's `Q.` (`KT. Q. GIÁM ĐỐC`).
        for k in words.indices.dropFirst() where k >= lineWord + 2 || prefix(k).map({ !$0.hasPrefix("Q") }) == true {
            if prefix(k) != nil {
                starts.append(words[k].lowerBound)
                open(k)
            } else if !positioned, k >= firstPosition, short(k), opens(rest(k), oneOf: positionPrefixes, within: Int.max) {
                starts.append(words[k].lowerBound)
                lineWord = k
                positioned = true
            }
        }
        return (starts, end)
    }

    /// Whether a cell holds a signature: an authority line, or a position line followed by a name.
    static func isSignature(_ lines: [String]) -> Bool {
        let lines = lines.flatMap { apart($0).map(\.text) }.filter { !HeaderParser.isRule($0) }
        guard lines.count <= 12, let first = lines.first, !first.opensRecipientsLabel else { return false }
        if lines.contains(where: isAuthorityLine) { return true }
        if lines.count >= 2, lines.count <= 6, isPosition(first), let last = lines.last, isSignerName(last) { return true }
        return false
    }

    /// A form's box for another body to confirm in: `Xác nhận của …` on a line or two, unsigned.
    static func isConfirmationBox(_ lines: [String]) -> Bool {
        guard let first = lines.first, lines.count <= 3 else { return false }
        return first.startsWith("Xác nhận") || first.startsWith("XÁC NHẬN")
    }

    /// A person's name: two to six words, each capitalized (`Ma Thị Hoa`), after a military or
    /// police rank where the signer holds one (`Đại tá Nguyễn Văn Tâm`).
    static func isName(_ line: String) -> Bool {
        var words = line.split(separator: " ")
        if words.count > 2, ranks.contains(words[0] + " " + words[1]) { words.removeFirst(2) }
        guard words.count >= 2, words.count <= 6 else { return false }
        return words.allSatisfy { w in w.first.map { $0.isUppercase } ?? false }
    }

    /// A signer's name under the position: in sentence case (`Nguyễn Văn An`), or in capitals.
    static func isSignerName(_ line: String) -> Bool {
        !Case.isUpper(line) && isName(line) || isNameInCapitals(line)
    }

    /// A person's name in capitals (`NGUYỄN VĂN AN`), as some documents print the signer's: two to
    /// five words, the first a family name (họ) that nine in ten people bear; no position or body
    /// opens so.
    static func isNameInCapitals(_ line: String) -> Bool {
        var words = line.split(separator: " ")
        if words.count > 2, upperRanks.contains(words[0] + " " + words[1]) { words.removeFirst(2) }
        guard words.count >= 2, words.count <= 5, let first = words.first else { return false }
        return familyNames.contains(String(first)) && words.allSatisfy { $0.allSatisfy { $0.isLetter } }
    }

    private static let familyNames: Set<String> = [
        "NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "HUỲNH", "PHAN", "VŨ", "VÕ", "ĐẶNG", "BÙI", "ĐỖ", "HỒ", "NGÔ", "DƯƠNG", "LÝ",
        "ĐINH", "ĐÀO", "ĐOÀN", "LƯƠNG", "TRƯƠNG", "TRỊNH", "LƯU", "PHÙNG", "QUÁCH", "TÔ", "TẠ", "LÂM", "MAI", "CHU", "TRIỆU",
        "KHỔNG", "LẠI", "NÔNG", "LÒ", "MA", "VÌ", "LỮ", "HÀ", "THÁI", "VƯƠNG", "TĂNG", "KIỀU", "TỐNG", "DIỆP", "LỤC", "THÂN", "NINH", "MẠC",
    ]

    /// Military and police ranks (cấp bậc), printed before a commander's name.
    private static let ranks: Set<String> = ["Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá",
                                             "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy"]
    private static let upperRanks = Set(ranks.map { $0.uppercased() })

    /// Parses a signature from its printed lines.
    static func parse(_ lines: [TextBlock]) -> Signature? {
        let lines = lines.flatMap { l in
            let parts = apart(l.text)
            return parts.count == 1 && parts[0].text == l.text ? [l] : parts.map { TextBlock(text: $0.text, line: l.line, column: l.column + $0.offset) }
        }.filter { !HeaderParser.isRule($0.text) && !isUnsigned($0.text) }
        guard let first = lines.first else { return nil }
        var authorities: [String] = []
        var authorityPositions: [Position] = []
        var partyLines: [String] = []
        var positionLines: [String] = []
        var name: String?
        var namePosition: Position?
        // A line's signed note goes (`PHÓ THỦ TƯỚNG (Đã ký)`: a copy that lost the line break before it).
        let texts = lines.map { withoutSignedNote($0.text.collapsingSpaces) }
        let lastPosition = texts.lastIndex(where: isPosition)
        for (k, l) in lines.enumerated() {
            let t = texts[k]
            // The party signed for stands first (`ĐẠI DIỆN BÊN A` / `KT. CHỦ TỊCH` / `CHÁNH VĂN PHÒNG`),
            // over the authority and the position: whatever stands over the first authority line,
            // however the party is named (`BÊN VAY`).
            if isAuthorityLine(t), authorities.isEmpty, partyLines.isEmpty, !positionLines.isEmpty {
                partyLines = positionLines
                positionLines = []
            }
            if isAuthorityLine(t), positionLines.isEmpty {
                authorities.append(t)
                authorityPositions.append(l.position)
            } else if Case.isUpper(t) {
                // A short upper-case line right after an authority line finishes it (`TM. ỦY BAN NHÂN` /
                // `DÂN`), and so does a body's name over the position still to come (`TM. BAN THƯỜNG
                // TRỰC` / `ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH` / `CHỦ TỊCH`).
                let positionFollows = lastPosition.map { $0 > k } ?? false
                if let last = authorities.last, positionLines.isEmpty, !isPosition(t), t.split(separator: " ").count <= 2 || positionFollows {
                    authorities[authorities.count - 1] = last + " " + t
                } else if name == nil, k == lines.count - 1, !(positionLines.isEmpty && partyLines.isEmpty && authorities.isEmpty), isNameInCapitals(t) {
                    // The name printed in capitals under the position (`CHỦ TỊCH` / `NGUYỄN VĂN AN`).
                    name = t
                    namePosition = l.position
                } else if authorities.isEmpty, positionLines.isEmpty, isParty(t) {
                    partyLines.append(t)
                } else {
                    positionLines.append(t)
                }
            } else if !t.isEmpty {
                name = t
                namePosition = l.position
            }
        }
        // `Q.` (quyền, acting) stands before the acting head's own title (`TM. ỦY BAN NHÂN DÂN` /
        // `Q. CHỦ TỊCH`): with no title line under it, that line is the signer's position.
        if positionLines.isEmpty, let last = authorities.last, authorityPrefix(last) == "Q." {
            positionLines = [last]
            authorities.removeLast()
            authorityPositions.removeLast()
        }
        return Signature(
            party: partyLines.isEmpty ? nil : partyLines.joined(separator: " "), authority: authorities.first, authorityLines: authorities,
            position: positionLines.isEmpty ? nil : positionLines.joined(separator: " "),
            name: name, line: first.line, namePosition: namePosition, authorityPositions: authorityPositions)
    }

    /// A cell that holds both the recipients and the signature (a signature table flattened into
    /// one cell, by a site or a PDF export) as two cells, split where the second begins: at the
    /// first authority line after `Nơi nhận`, or at `Nơi nhận` after an authority line.
    static func split(_ c: RawCell) -> [RawCell] {
        let lines = c.lines
        guard lines.count >= 2 else { return [c] }
        let k: Int?
        if lines[0].text.opensRecipientsLabel {
            k = lines.indices.dropFirst().first { isAuthorityLine(lines[$0].text) }
        } else if let n = lines.indices.dropFirst().first(where: { lines[$0].text.opensRecipientsLabel }), lines[..<n].contains(where: { isAuthorityLine($0.text) }) {
            k = n
        } else {
            k = nil
        }
        guard let k else { return [c] }
        let head = Array(lines[..<k]), tail = Array(lines[k...])
        return [RawCell(lines: head, paragraphs: head, line: head[0].line), RawCell(lines: tail, paragraphs: tail, line: tail[0].line)]
    }

    /// A line in capitals that no signature holds: a type line (`QUY ĐỊNH`, the document issued
    /// with this one) or an appendix label (`PHỤ LỤC I`).
    static func endsSignature(_ text: String) -> Bool {
        DocumentTypes.typeLine(text) != nil || AppendixLabel.parse(text) != nil
    }

    /// Lines that can only be a recipients list: each opens an entry with a dash (`- Như Điều 3;`,
    /// `- Lưu: VT.`) or continues one that did not end.
    static func isUnlabelledRecipients(_ lines: [TextBlock]) -> Bool {
        guard let first = lines.first?.text, opensDashedEntry(first) else { return false }
        var open = false
        for l in lines {
            let t = l.text.collapsingSpaces
            guard opensDashedEntry(t) || t.startsWith("+ ") || open else { return false }
            open = !(t.endsWith(";") || t.endsWith(".") || t.endsWith(","))
        }
        return true
    }

    /// A dash, an en or em dash or a bullet and a space (`- Như Điều 3;`, `• Lưu: VT.`), or a hyphen
    /// the space after which was typed away before a capital (`-Như Điều 3;`).
    static func opensDashedEntry(_ t: String) -> Bool {
        if ["- ", "– ", "— ", "• "].contains(where: { t.startsWith($0) }) { return true }
        let b = Array(t.utf8.prefix(5))
        return b.count >= 2 && b[0] == UInt8(ascii: "-") && (b[1] >= 0x80 || Bytes.isASCIIUpper(b[1])) && Case.startsLower(b, 1, b.count) == false
    }

    /// Nơi nhận: one entry per printed line, wrapped lines joined back to their entry.
    /// A line that opens a recipient's entry: `- Như Điều 3;`, `+ …`, `• …`, `– …`, `— …`.
    static func opensRecipient(_ t: String) -> Bool {
        t.startsWith("-") || t.startsWith("+") || t.startsWith("•") || t.startsWith("–") || t.startsWith("—")
    }

    static func recipients(_ lines: [TextBlock]) -> [(text: String, position: Position)] {
        var out: [(text: String, position: Position)] = []
        let undashed = !lines.dropFirst().contains { opensRecipient($0.text.collapsingSpaces) }
        for (k, l) in lines.enumerated() {
            var t = l.text.collapsingSpaces
            var position = l.position
            if k == 0 {
                guard t.opensRecipientsLabel else { return [] }
                t = String(t.dropFirst("Nơi nhận".count)).trimmed()
                if t.startsWith(":") { t = String(t.dropFirst()).trimmed() }
                if t.isEmpty { continue }
                position.column += l.text.utf8.count - t.utf8.count
            }
            if let last = out.last, goesOn(last.text, with: t, undashed: undashed) {
                out[out.count - 1].text = last.text + " " + t
            } else {
                for (piece, offset) in runTogether(t) {
                    var p = position
                    p.column += offset
                    out.append((piece, p))
                }
            }
        }
        return out
    }

    /// Whether `text` goes on the entry `last` rather than opening one: it opens none and `last` has
    /// not ended (`- VPCP: … TGĐ Cổng TTĐT,` / `các Vụ, Cục, …`), or it is the drafter's initials on a
    /// line of their own after the file copy's entry (`- Lưu: VT, KGVX (2).` / `PL.`).
    /// In a list whose entries open with no dash (`undashed`: `Ban Bí thư (b/c),` / `Các đảng bộ trực
    /// thuộc,`), an entry ended by a comma is followed by one opening with a capital.
    static func goesOn(_ last: String, with text: String, undashed: Bool = false) -> Bool {
        if undashed, last.endsWith(","), Case.startsLower(Array(text.utf8), 0, min(text.utf8.count, 4)) == false { return false }
        return !opensRecipient(text) && (!(last.endsWith(";") || last.endsWith(".")) || isFileCopy(last) && isInitials(text))
    }

    /// The file copy's item (`- Lưu: VT, …`), the recipients' last by custom.
    static func isFileCopy(_ item: String) -> Bool {
        item.startsWith("- Lưu") || item.startsWith("Lưu") || item.startsWith("+ Lưu")
    }

    /// A drafter's initials alone (`PL`, `PL.`): one word of capitals, six letters at most.
    static func isInitials(_ text: String) -> Bool {
        let b = Array(text.utf8)
        let end = b.last == UInt8(ascii: ".") ? b.count - 1 : b.count
        return end >= 1 && end <= 12 && !b[..<end].contains(Bytes.space) && Case.isUpper(b, 0, end)
            && b[..<end].allSatisfy { $0 >= 0x80 || Bytes.isASCIIUpper($0) }
    }

    /// The file copy's item ends on the drafter's initials (`- Lưu: VT, KGVX (2). PL.`), which a page
    /// prints as a subscript and a text browser writes in brackets (`w3m`, `lynx`, `elinks`: `… (2).
    /// [PL].`): the brackets go. Only initials (`isInitials`) after a stop or comma.
    static func withoutBracketedInitials(_ item: String) -> String {
        let b = Array(item.utf8)
        guard b.last == UInt8(ascii: "]") || b.count >= 2 && b[b.count - 2] == UInt8(ascii: "]") && b.last == UInt8(ascii: "."),
              isFileCopy(item) else { return item }
        let close = b.last == UInt8(ascii: "]") ? b.count - 1 : b.count - 2
        guard let open = b[..<close].lastIndex(of: UInt8(ascii: "[")), open >= 2,
              b[open - 1] == Bytes.space, b[open - 2] == UInt8(ascii: ".") || b[open - 2] == UInt8(ascii: ","),
              isInitials(String(decoding: b[(open + 1)..<close], as: UTF8.self)) else { return item }
        return String(decoding: b[..<open] + b[(open + 1)..<close] + b[(close + 1)...], as: UTF8.self)
    }

    /// A dash list run into one line (`- Như trên; - Lưu: VT.`, as a copy that lost its line
    /// breaks gives it) as its items, each with its byte offset in the line; any other line whole.
    static func runTogether(_ t: String) -> [(String, Int)] {
        let b = Array(t.utf8)
        guard let f = b.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+"), b.contains(UInt8(ascii: ";")) else { return [(t, 0)] }
        var out: [(String, Int)] = []
        var start = 0
        var i = 0
        while i < b.count {
            // `;`, spaces, then `-` or `+` and a space: the next item.
            if b[i] == UInt8(ascii: ";") {
                var j = i + 1
                while j < b.count, b[j] == 0x20 { j += 1 }
                if j > i + 1, j + 1 < b.count, b[j] == UInt8(ascii: "-") || b[j] == UInt8(ascii: "+"), b[j + 1] == 0x20 {
                    out.append((String(decoding: b[start...i], as: UTF8.self), start))
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        out.append((String(decoding: b[start...], as: UTF8.self), start))
        return out
    }
}

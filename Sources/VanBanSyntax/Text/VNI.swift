/// VNI Windows (the `VNI-Times` fonts): the legacy Vietnamese encoding that writes a letter as its
/// base letter followed by one byte for its marks, so that read as Latin-1 (or Windows-1252) the text
/// gives `Coäng hoøa xaõ hoäi`. Lines written so are converted back to Unicode.
///
/// The mark bytes, in Latin-1 (capitals mark capital letters; the case of the result is the base's):
/// - tone, after any vowel but i: ø grave, ù acute, û hook, õ tilde, ï dot below;
/// - after a, e, o: â circumflex, and á à å ã ä for circumflex with acute, grave, hook, tilde, dot;
/// - after a: ê breve, and é è ú ü ë for breve with acute, grave, hook, tilde, dot.
///
/// Letters in one byte: ñ đ, ô ơ, ö ư, ì í æ ó ò for ì í ỉ ĩ ị, î ỵ (and their capitals).
package enum VNI {
    /// Letters written with a mark byte, by base (a e o u y ơ ư) and mark series: each string holds
    /// the letters for the marks in the order of `tones`, `circumflex` or `breve`.
    private static let tones: [UInt32] = [0xF8, 0xF9, 0xFB, 0xF5, 0xEF]  // ø ù û õ ï
    private static let circumflex: [UInt32] = [0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4]  // â á à å ã ä
    private static let breve: [UInt32] = [0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB]  // ê é è ú ü ë
    private static let marked: [Character: (tone: String, circumflex: String?, breve: String?)] = [
        "a": ("àáảãạ", "âấầẩẫậ", "ăắằẳẵặ"),
        "e": ("èéẻẽẹ", "êếềểễệ", nil),
        "o": ("òóỏõọ", "ôốồổỗộ", nil),
        "u": ("ùúủũụ", nil, nil),
        "y": ("ỳýỷỹỵ", nil, nil),
        "ơ": ("ờớởỡợ", nil, nil),
        "ư": ("ừứửữự", nil, nil),
    ]
    /// Bytes that stand for a letter alone (lower case; a capital maps to the capital), besides ô
    /// and ö, which are the bases ơ and ư.
    private static let single: [UInt32: Character] = [
        0xF1: "đ", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị", 0xEE: "ỵ",
    ]
    /// Latin-1 letters that Vietnamese written in Unicode never uses but VNI read as Latin-1 does
    /// constantly (ñ for đ, ö for ư, ø ï û ä for marks …), lower and upper case: a line's proof.
    private static func isSign(_ v: UInt32) -> Bool {
        switch v | 0x20 {
        case 0xE4, 0xE5, 0xE6, 0xEB, 0xEE, 0xEF, 0xF1, 0xF6, 0xF8, 0xFB, 0xFC: return v >= 0xC0
        default: return false
        }
    }

    /// The text with its VNI lines converted; nil when no line is. A line is VNI by two proofs: signs
    /// (`isSign`) and pairs Unicode never writes (a or e before a marked vowel, `oâ`, a vowel before
    /// `ù` or `õ`), with no letter that only Unicode Vietnamese writes (ơ, ư, đ, ạ …). When such lines
    /// outnumber the lines in Unicode, the text is VNI throughout and every line without a Unicode
    /// letter is converted (`Soá: 45/KH-UBND` proves nothing alone). Returns the first converted line
    /// (1-based) and how many were.
    static func convertLines(_ text: String, whole: Bool = false) -> (text: String, firstLine: Int, count: Int)? {
        let lines = text.linesAtLF
        var kinds: [LineKind] = []
        kinds.reserveCapacity(lines.count)
        var proven = 0, unicode = 0
        for line in lines {
            let kind = Self.kind(of: line)
            kinds.append(kind)
            if kind == .proven { proven += 1 } else if kind == .unicode { unicode += 1 }
        }
        let throughout = whole || proven > unicode
        // Words are converted in lines with Unicode only when such words are many (eight proofs, as
        // many as a text needs to be taken for VNI): a foreign name (`Malmö`) is not one. Not in a
        // page: its reader tells a VNI font's runs by their style.
        let page = ["<html", "<HTML", "<body", "<BODY"].contains { text.containsBytes($0) }
        let mixedWords = unicode > 0 && !page && lines.indices.filter { kinds[$0] == .unicode }.reduce(0) { sum, k in
            sum + lines[k].split(separator: " ").reduce(0) { $0 + (proofs($1) ?? 0) }
        } >= 8
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var first: Int?
        var count = 0
        for (k, line) in lines.enumerated() {
            if k > 0 { out += "\n" }
            // A line that mixes Unicode with VNI words (a Word file set in two fonts, through a
            // converter that drops fonts: `TM. UÛY BAN NHAÂN DAÂN  CHỦ TỊCH`): each word that proves VNI.
            if kinds[k] == .unicode, mixedWords, let mixed = convertWords(line) {
                out += mixed
                count += 1
                if first == nil { first = k + 1 }
                continue
            }
            guard kinds[k] == .proven || (throughout && kinds[k] == .unproven) else { out += line; continue }
            let converted = line.contains("|") ? convertKeepingBars(line) : convert(line)
            if converted.utf8.elementsEqual(line.utf8) { out += line; continue }
            out += converted
            count += 1
            if first == nil { first = k + 1 }
        }
        return first.map { (out, $0, count) }
    }

    /// A row's line converted cell by cell, each padded with spaces to the characters it had, so that
    /// its bars stand where they stood (a grid table's columns, as pandoc's plain text draws them, are
    /// read by where its bars stand; `COÄNG` is five characters, `CỘNG` four).
    private static func convertKeepingBars(_ line: Substring) -> String {
        var out = ""
        for (k, cell) in line.split(separator: "|", omittingEmptySubsequences: false).enumerated() {
            if k > 0 { out += "|" }
            let c = convert(cell)
            out += c
            let short = cell.unicodeScalars.count - c.unicodeScalars.count
            if short > 0 { out += String(repeating: " ", count: short) }
        }
        return out
    }

    private enum LineKind { case proven, unproven, unicode }

    /// Whether a line proves VNI (two proofs), holds a letter only Unicode writes, or neither.
    private static func kind(of line: Substring) -> LineKind {
        guard let n = proofs(line) else { return .unicode }
        return n >= 2 ? .proven : .unproven
    }

    /// A line's words converted where a word proves VNI alone (one proof, no letter only Unicode
    /// writes); nil when none does.
    private static func convertWords(_ line: Substring) -> String? {
        var out = "", changed = false
        var word = Substring()
        func flush() {
            if !word.isEmpty, let n = proofs(word), n >= 1 {
                let c = convert(word)
                changed = changed || c != word
                out += c
            } else {
                out += word
            }
            word = Substring()
        }
        var start = line.startIndex
        for i in line.indices where line[i] == " " || line[i] == "|" {
            word = line[start..<i]
            flush()
            out.append(line[i])
            start = line.index(after: i)
        }
        word = line[start...]
        flush()
        return changed ? out : nil
    }

    /// The proofs of VNI in a text (see `convertLines`); nil when it holds a letter only Unicode writes.
    private static func proofs(_ line: Substring) -> Int? {
        var proofs = 0
        var previous: UInt32 = 0
        for s in line.unicodeScalars {
            let v = s.value
            defer { previous = v }
            guard v >= 0xC0 else { continue }
            if v > 0xFF {
                if (0x102...0x1B0).contains(v) || (0x1EA0...0x1EF9).contains(v) { return nil }
                continue
            }
            if isSign(v) { proofs += 1; continue }
            let m = v | 0x20, p = previous | 0x20
            if p == 0x61 || p == 0x65 {
                // a, e before â á à ã (and a before ê é è ú): ấ ầ ẫ ế …; before ù õ, tones Unicode puts
                // on the a or e itself: á ã é ẽ (`baùo`, `xaõ`).
                if [0xE2, 0xE1, 0xE0, 0xE3, 0xF9, 0xF5].contains(m) || (p == 0x61 && [0xEA, 0xE9, 0xE8, 0xFA].contains(m)) { proofs += 1 }
            } else if p == 0x6F, m == 0xE2 {
                proofs += 1  // oâ: ô
            } else if [0x6F, 0x75, 0x79, 0xF4, 0xF6].contains(p), m == 0xF9 || m == 0xF5, previous < 0x80 || previous >= 0xC0 {
                proofs += 1  // ù õ after o u y ô ö: ó ú ý ớ ứ, õ ũ ỹ ỡ ữ
            }
        }
        return proofs
    }

    /// A whole file in VNI bytes (Windows-1252, not UTF-8): its lines converted, when its bytes show
    /// VNI — five signs at least, one in a hundred letters. Bytes 80–9F are Windows-1252's quotation
    /// marks and dashes. Nil otherwise (Windows-1258 text never holds these letters).
    static func decodeFile(_ bytes: [UInt8]) -> String? {
        var signs = 0, letters = 0
        for b in bytes {
            if isSign(UInt32(b)) { signs += 1 }
            if (b | 0x20) &- 0x61 < 26 || b >= 0xC0 { letters += 1 }
        }
        guard signs >= 5, signs * 100 >= letters else { return nil }
        var latin1 = String.UnicodeScalarView()
        for b in bytes {
            let v = b >= 0x80 && b < 0xA0 ? Windows1252.punctuation[Int(b - 0x80)] : UInt32(b)
            latin1.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return convertLines(String(latin1), whole: true)?.text ?? String(latin1)
    }


    /// One line: a base letter and its mark byte as one letter, a one-byte letter as its letter.
    package static func convert(_ line: Substring) -> String {
        let scalars = Array(line.unicodeScalars)
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            i += 1
            let v = s.value
            let lower = v < 0x80 ? Character(Unicode.Scalar(UInt8(v) | 0x20)) : Character(Unicode.Scalar(v | 0x20) ?? s)
            let capital = v < 0x80 ? (0x41...0x5A).contains(v) : (0xC0...0xDE).contains(v)
            // ô and ö are ơ and ư, which take tones too.
            let base: Character? = v < 0x80 ? (marked[lower] != nil ? lower : nil) : (v | 0x20 == 0xF4 ? "ơ" : v | 0x20 == 0xF6 ? "ư" : nil)
            if let base, let series = marked[base] {
                var letter: Character = base
                if i < scalars.count {
                    let m = scalars[i].value | 0x20
                    if scalars[i].value >= 0xC0, scalars[i].value <= 0xFF {
                        if let k = tones.firstIndex(of: m) {
                            letter = Array(series.tone)[k]; i += 1
                        } else if let run = series.circumflex, let k = circumflex.firstIndex(of: m) {
                            letter = Array(run)[k]; i += 1
                        } else if let run = series.breve, let k = breve.firstIndex(of: m) {
                            letter = Array(run)[k]; i += 1
                        }
                    }
                }
                if letter == base, v < 0x80 { out.unicodeScalars.append(s); continue }
                out += capital ? letter.uppercased() : String(letter)
            } else if v >= 0xC0, v <= 0xFF, let letter = single[v | 0x20] {
                out += capital ? letter.uppercased() : String(letter)
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }
}

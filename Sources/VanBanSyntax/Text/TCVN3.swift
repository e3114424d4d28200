/// TCVN 5712:1993 VN3 ("ABC", the `.VnTime` fonts): the legacy Vietnamese encoding whose bytes, read
/// as Latin-1, give `Th«ng t­ liªn tÞch`. Lines written so are converted back to Unicode.
///
/// VN3 has no upper-case tone-marked letters (the `.VnTimeH` fonts draw the same bytes in capitals),
/// so a converted letter takes the case of the word it stands in: `CéNG` is `CỘNG`, `Céng` is `Cộng`.
package enum TCVN3 {
    /// VN3 byte → Unicode scalar, for the bytes A1 … FE (0: not a VN3 letter, kept as it is).
    private static let letters: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 256)
        let pairs: [(UInt8, String)] = [
            (0xA1, "ĂÂÊÔƠƯĐăâêôơưđ"), (0xB5, "àảãáạ"), (0xBB, "ằẳẵắ"), (0xC6, "ặầẩẫấậè"), (0xCE, "ẻẽéẹềểễếệìỉ"),
            (0xDC, "ĩíịò"), (0xE1, "ỏõóọồổỗốộờởỡớợù"), (0xF1, "ủũúụừửữứựỳỷỹýỵ"),
        ]
        for (start, run) in pairs {
            for (k, s) in run.unicodeScalars.enumerated() { t[Int(start) + k] = s.value }
        }
        return t
    }()

    /// Latin-1 letters that Vietnamese written in Unicode never uses but VN3 read as Latin-1 does
    /// (`¨ « ­ ¸ ¹ Ö Þ ß …`): the proof that a line is VN3.
    private static let signature = Bytes.table(Array(0xA1...0xAE) + Array(0xB5...0xB9) + Array(0xBB...0xBE) + [0xC6, 0xC7, 0xC8, 0xCB, 0xCE, 0xCF, 0xD0, 0xD1, 0xD6,
        0xD7, 0xD8, 0xDC, 0xDE, 0xDF, 0xE4, 0xE5, 0xE6, 0xE7, 0xEB, 0xEE, 0xEF, 0xF1, 0xF6, 0xF7, 0xF8, 0xFB, 0xFC, 0xFE])

    /// The text with each VN3 line converted: a line with two signature letters (or one and another
    /// VN3 letter) and no letter that only Unicode Vietnamese writes (ơ, ư, đ, ạ …). Nil when no line
    /// is. Returns the first converted line (1-based) and how many were.
    static func convertLines(_ text: String) -> (text: String, firstLine: Int, count: Int)? {
        var out = ""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var first: Int?
        var count = 0
        for (k, line) in text.linesAtLF.enumerated() {
            if k > 0 { out += "\n" }
            var signs = 0, mapped = 0, unicodeOnly = false
            var previous: Unicode.Scalar = " "
            var scalars = line.unicodeScalars.makeIterator()
            var next = scalars.next()
            while let s = next {
                next = scalars.next()
                defer { previous = s }
                let v = s.value
                if v >= 0xA1, v <= 0xFE {
                    // « and » are quotation marks too: as VN3 letters (ô, ằ) they stand inside a word.
                    let quote = v == 0xAB || v == 0xBB
                    let inWord = previous.properties.isAlphabetic && next?.properties.isAlphabetic == true
                    if signature[Int(v)], !quote || inWord { signs += 1 }
                    if letters[Int(v)] != 0 { mapped += 1 }
                } else if v >= 0x100 {
                    unicodeOnly = unicodeOnly || (0x102...0x1B0).contains(v) || (0x1EA0...0x1EF9).contains(v)
                }
            }
            guard !unicodeOnly, signs >= 2 || (signs == 1 && mapped >= 2) else { out += line; continue }
            out += convert(line)
            count += 1
            if first == nil { first = k + 1 }
        }
        return first.map { (out, $0, count) }
    }

    /// A whole file in VN3 bytes (not UTF-8): every line converted, when its bytes show VN3 — five
    /// of its commonest letters at least (ă â ê ô ơ ư đ and the marked a's: A8–AE, B5–B9, BB–BE, which
    /// Windows-1258 gives to signs, not letters), one in a hundred letters. Nil otherwise.
    static func decodeFile(_ bytes: [UInt8]) -> String? {
        var signs = 0, letters = 0
        for b in bytes {
            if (0xA8...0xAE).contains(b) || (0xB5...0xB9).contains(b) || (0xBB...0xBE).contains(b) { signs += 1 }
            if (b | 0x20) &- 0x61 < 26 || b >= 0xA1 { letters += 1 }
        }
        guard signs >= 5, signs * 100 >= letters else { return nil }
        let latin1 = String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
        return latin1.linesAtLF.map(convert).joined(separator: "\n")
    }

    /// A run of text set in a TCVN3 font (`.VnTime`), converted whole.
    package static func convertRun(_ text: String) -> String { convert(Substring(text)) }

    /// One line: each VN3 letter as its Unicode letter, in the case of its word: capitals where the
    /// line's ASCII letters are all capitals (`KÕ HO¹CH`), or the word's are, two at least (`CéNG`);
    /// an initial capital alone (`Tù do`) is no proof.
    private static func convert(_ line: Substring) -> String {
        func asciiLetters(_ s: Substring) -> (upper: Int, lower: Int) {
            var upper = 0, lower = 0
            for b in s.utf8 {
                if b >= 0x41, b <= 0x5A { upper += 1 } else if b >= 0x61, b <= 0x7A { lower += 1 }
            }
            return (upper, lower)
        }
        let all = asciiLetters(line)
        let lineCapitals = all.upper >= 3 && all.lower == 0
        var out = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !out.isEmpty || word.startIndex != line.startIndex { out += " " }
            let own = asciiLetters(word)
            let capitals = lineCapitals || (own.upper >= 2 && own.lower == 0)
            for s in word.unicodeScalars {
                let v = s.value
                guard v >= 0xA1, v <= 0xFE, letters[Int(v)] != 0, let u = Unicode.Scalar(letters[Int(v)]) else {
                    out.unicodeScalars.append(s)
                    continue
                }
                if capitals { out += String(u).uppercased() } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}

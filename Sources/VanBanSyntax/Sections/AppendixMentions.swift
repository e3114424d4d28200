import VanBanModel

/// The phụ lục a paragraph names (`Phụ lục I`, `phụ lục số 02`, a bare `phụ lục`), each with its
/// number (the word after, Roman, Arabic or a capital letter; nil otherwise) and where it stands.
package enum AppendixMentions {
    package static func scan(_ block: TextBlock, bytes b: [UInt8]) -> [AppendixMention] {
        // Most paragraphs name no appendix: a byte search rules them out before any splitting.
        guard Self.mayName(b) else { return [] }
        // Words and their byte offsets.
        var words: [(start: Int, end: Int)] = []
        var k = 0
        while k < b.count {
            while k < b.count, b[k] == Bytes.space { k += 1 }
            let s = k
            while k < b.count, b[k] != Bytes.space { k += 1 }
            if k > s { words.append((s, k)) }
        }
        func word(_ i: Int) -> String { String(decoding: b[words[i].start..<words[i].end], as: UTF8.self) }
        var out: [AppendixMention] = []
        var i = 0
        while i < words.count {
            // "phụ" is 5 bytes in any case, "(phụ" 6: only such words are lower-cased and compared.
            let n = words[i].end - words[i].start
            guard n == 5 || n == 6 else { i += 1; continue }
            let w = word(i).lowercased()
            if w == "phụ" || w == "(phụ", i + 1 < words.count, word(i + 1).lowercased().hasPrefix("lục") {
                var j = i + 2
                if j < words.count, word(j).lowercased() == "số" { j += 1 }
                let next = j < words.count ? trimmed(word(j)) : ""
                // Roman, Arabic, one capital letter (`Phụ lục A`), or a number with a letter (`Phụ lục 1a`).
                let letter = next.utf8.count == 1 && next.utf8.first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } == true
                let number = Roman.value(next) != nil || (!next.isEmpty && next.allSatisfy(\.isNumber)) || letter
                    || AppendixLabel.suffixedParts(next) != nil ? next : nil
                out.append(AppendixMention(number: number, position: block.position(at: words[i].start + (w == "(phụ" ? 1 : 0))))
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    /// A word without the punctuation around it (`II,` `(I)`).
    private static func trimmed(_ w: String) -> String {
        var s = Substring(w)
        while let l = s.last, ",;.:)".contains(l) { s = s.dropLast() }
        while let f = s.first, ",;.:)".contains(f) { s = s.dropFirst() }
        return String(s)
    }

    /// Whether the text may name one: `ụ` or `Ụ` (E1 BB A5, E1 BB A4) before ` l` or ` L`, searched by
    /// their last byte, which few other letters end with (`h`, the word's first, is too common).
    private static func mayName(_ b: [UInt8]) -> Bool {
        keys.contains { key in
            var from = 0
            while let k = Bytes.find(b, key, from: from) {
                if k + 2 < b.count, b[k + 2] | 0x20 == 0x6C { return true }  // l or L
                from = k + 1
            }
            return false
        }
    }

    private static let keys: [[UInt8]] = [[0xA5, 0x20], [0xA4, 0x20]]
}

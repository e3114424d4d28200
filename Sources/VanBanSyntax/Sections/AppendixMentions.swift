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
            // "phụ" is 5 bytes in any case, "(phụ" 6: only such words are compared.
            let n = words[i].end - words[i].start
            guard n == 5 || n == 6 else { i += 1; continue }
            let bracketed = n == 6 && b[words[i].start] == UInt8(ascii: "(")
            if n == 5 || bracketed, Self.isPhu(b, words[i].end - 5), i + 1 < words.count, Self.opensLuc(b, words[i + 1]) {
                var j = i + 2
                if j < words.count, Self.isSo(b, words[j]) { j += 1 }
                let next = j < words.count ? trimmed(word(j)) : ""
                // Roman, Arabic, one capital letter (`Phụ lục A`), or a number with a letter (`Phụ lục 1a`).
                let letter = next.utf8.count == 1 && next.utf8.first.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } == true
                let number = Roman.value(next) != nil || (!next.isEmpty && next.allSatisfy(\.isNumber)) || letter
                    || AppendixLabel.suffixedParts(next) != nil ? next : nil
                out.append(AppendixMention(number: number, position: block.position(at: words[i].start + (bracketed ? 1 : 0))))
                i = j
                continue
            }
            i += 1
        }
        return out
    }

    // The words compared in any case, by their bytes: an ASCII letter's case is its 0x20 bit, and
    // ụ/Ụ (E1 BB A5/A4) and ố/Ố (E1 BB 91/90) differ in their last bit.

    /// `phụ` in any case, in the five bytes at `k`.
    private static func isPhu(_ b: [UInt8], _ k: Int) -> Bool {
        b[k] | 0x20 == UInt8(ascii: "p") && b[k + 1] | 0x20 == UInt8(ascii: "h") && b[k + 2] == 0xE1 && b[k + 3] == 0xBB && b[k + 4] & 0xFE == 0xA4
    }

    /// A word opening with `lục` in any case.
    private static func opensLuc(_ b: [UInt8], _ w: (start: Int, end: Int)) -> Bool {
        let k = w.start
        return w.end - k >= 5 && b[k] | 0x20 == UInt8(ascii: "l") && b[k + 1] == 0xE1 && b[k + 2] == 0xBB && b[k + 3] & 0xFE == 0xA4
            && b[k + 4] | 0x20 == UInt8(ascii: "c")
    }

    /// The word `số` in any case.
    private static func isSo(_ b: [UInt8], _ w: (start: Int, end: Int)) -> Bool {
        let k = w.start
        return w.end - k == 4 && b[k] | 0x20 == UInt8(ascii: "s") && b[k + 1] == 0xE1 && b[k + 2] == 0xBB && b[k + 3] & 0xFE == 0x90
    }

    /// A word without the punctuation around it (`II,` `(I)`).
    private static func trimmed(_ w: String) -> String {
        func punctuation(_ c: UInt8) -> Bool {
            c == UInt8(ascii: ",") || c == UInt8(ascii: ";") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == UInt8(ascii: ")")
        }
        let u = w.utf8
        var s = u.startIndex, e = u.endIndex
        while e > s, punctuation(u[u.index(before: e)]) { e = u.index(before: e) }
        while s < e, punctuation(u[s]) { s = u.index(after: s) }
        return String(w[s..<e])
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

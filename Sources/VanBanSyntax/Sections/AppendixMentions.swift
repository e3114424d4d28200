import VanBanModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The phụ lục a paragraph names (`Phụ lục I`, `phụ lục số 02`, a bare `phụ lục`), each with its
/// number (the word after, Roman or Arabic; nil otherwise) and where it stands.
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
                let number = Roman.value(next) != nil || (!next.isEmpty && next.allSatisfy(\.isNumber)) ? next : nil
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

    /// Whether the text may name one: `ụ` or `Ụ` (E1 BB A5, E1 BB A4) before ` l` or ` L`, keyed on
    /// their last byte, which few other letters end with (`h`, the word's first, is too common).
    private static func mayName(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, p.count >= 6 else { return false }
            for key: UInt8 in [0xA5, 0xA4] {
                var i = 2
                while i + 2 < p.count, let hit = memchr(base + i, Int32(key), p.count - 2 - i) {
                    let k = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if p[k - 1] == 0xBB, p[k - 2] == 0xE1, p[k + 1] == 0x20, p[k + 2] | 0x20 == 0x6C { return true }
                    i = k + 1
                }
            }
            return false
        }
    }
}

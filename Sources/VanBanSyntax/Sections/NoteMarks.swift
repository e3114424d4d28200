import VanBanModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The footnote marks a text carries (`mức chi[2]`, `3.[3] Chi …`, `phê duyệt[1],`): one to three
/// digits in square brackets, each with where it stands. (The parser takes them in its citation
/// scan's pass; this scan is for a model no parser read.)
package enum NoteMarks {
    package static func scan(_ block: TextBlock, bytes b: [UInt8]) -> [NoteMark] {
        // Most paragraphs hold no bracket: memchr finds that without a loop per byte.
        let opens = b.withUnsafeBufferPointer { p -> [Int] in
            guard let base = p.baseAddress else { return [] }
            var out: [Int] = []
            var i = 0
            while i < p.count, let hit = memchr(base + i, Int32(UInt8(ascii: "[")), p.count - i) {
                let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                out.append(k)
                i = k + 1
            }
            return out
        }
        return opens.compactMap { open in mark(b, at: open).map { NoteMark(mark: $0, position: block.position(at: open)) } }
    }

    /// The mark whose bracket opens at `open` (`[12]` gives `12`); nil when none does.
    package static func mark(_ b: [UInt8], at open: Int) -> String? {
        end(b, at: open, to: b.count).map { String(decoding: b[(open + 1)..<($0 - 1)], as: UTF8.self) }
    }

    /// Where a mark whose bracket opens at `open` ends (after its `]`), within `..<to`: one to three
    /// digits in square brackets; nil when none is there.
    static func end(_ b: [UInt8], at open: Int, to: Int) -> Int? {
        guard open < to, b[open] == UInt8(ascii: "[") else { return nil }
        var k = open + 1
        while k < to, Bytes.isDigit(b[k]), k - open <= 3 { k += 1 }
        guard k > open + 1, k - open <= 4, k < to, b[k] == UInt8(ascii: "]") else { return nil }
        return k + 1
    }
}

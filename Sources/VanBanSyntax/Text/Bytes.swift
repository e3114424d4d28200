#if arch(x86_64)
import CByteMasks
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One bit per byte from vector comparisons of sixteen bytes, for the passes over a whole text
/// (the decoder's scan, the quick UTF-8 check, the line splitter, the citation scan's skip).
package enum VectorMasks {
    package static let high: UInt64 = 0x8080_8080_8080_8080

    /// One bit per byte (bit t for byte t) from a mask of high bits.
    @inline(__always) package static func bits(_ m: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: ((m >> 7) &* 0x0102_0408_1020_4080) >> 56) }

    /// One bit per lane (bit t for lane t) of a comparison of sixteen bytes: SSE2's byte mask on
    /// x86-64, `bits16ByWords` elsewhere.
    @inline(__always) package static func bits16(_ m: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        #if arch(x86_64)
        return vb_movemask16(unsafeBitCast(m, to: SIMD16<Int8>.self))
        #else
        return bits16ByWords(m)
        #endif
    }

    /// `bits16` on any CPU (the fallback, and its reference in tests): each true lane is all ones,
    /// so its high bit is set, and each half is a word of high bits for `bits`.
    @inline(__always) package static func bits16ByWords(_ m: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let halves = unsafeBitCast(m, to: SIMD2<UInt64>.self)
        return bits(halves[0] & high) | bits(halves[1] & high) << 8
    }

    /// How many lanes of a comparison of sixteen bytes are true: SSE2's sum of absolute
    /// differences on x86-64 (whose baseline has no popcnt), the bits' count elsewhere.
    @inline(__always) package static func count16(_ m: SIMDMask<SIMD16<Int8>>) -> Int {
        #if arch(x86_64)
        return Int(vb_count16(unsafeBitCast(m, to: SIMD16<Int8>.self)))
        #else
        return bits16(m).nonzeroBitCount
        #endif
    }

    /// Whether any lane of a comparison of sixteen bytes is true (the standard library's `any`
    /// takes the lanes' minimum through a generic call, at about 50 instructions a block).
    @inline(__always) package static func any16(_ m: SIMDMask<SIMD16<Int8>>) -> Bool {
        #if arch(x86_64)
        return vb_movemask16(unsafeBitCast(m, to: SIMD16<Int8>.self)) != 0
        #else
        let halves = unsafeBitCast(m, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
        #endif
    }
}

/// Byte-level helpers over UTF-8 text. Hot paths use these instead of `Character`.
package enum Bytes {
    /// A table of 256 entries, true at each of `bytes`: the cheap first test of the lookups that
    /// ask whether a word can start with a byte.
    package static func table(_ bytes: some Sequence<UInt8>) -> [Bool] {
        var t = [Bool](repeating: false, count: 256)
        for b in bytes { t[Int(b)] = true }
        return t
    }

    /// `table` of the first bytes of `words` (empty words have none). (A loop, not a key path:
    /// a key path's first use costs the runtime more than the table.)
    package static func table(firstBytesOf words: [[UInt8]]) -> [Bool] {
        var t = [Bool](repeating: false, count: 256)
        for w in words { if let f = w.first { t[Int(f)] = true } }
        return t
    }

    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let pipe = UInt8(ascii: "|")

    /// Whether text is as `collapsingSpaces` makes it: no space at either end, no two spaces
    /// together, no tab, line break or U+00A0 (C2 A0; a lone A0 ends a letter such as `à`, C3 A0).
    /// Sixteen bytes at a time, each pair of neighbours tested by shifting the block's bits one
    /// place (the block before carried in); the rest byte by byte.
    static func isCollapsed(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = u.count
        guard n > 0 else { return true }
        if u[0] == space || u[n - 1] == space { return false }
        var i = 0
        var spaceBefore: UInt32 = 0, leadBefore: UInt32 = 0  // the last byte of the block before
        if let raw = UnsafeRawPointer(u.baseAddress) {
            typealias V = SIMD16<UInt8>
            while i + 16 <= n {
                let v = raw.loadUnaligned(fromByteOffset: i, as: V.self)
                if VectorMasks.any16(v &- V(repeating: 0x09) .< V(repeating: 5)) { return false }
                let spaces = VectorMasks.bits16(v .== V(repeating: 0x20))
                let leads = VectorMasks.bits16(v .== V(repeating: 0xC2))
                let a0 = VectorMasks.bits16(v .== V(repeating: 0xA0))
                if spaces & (spaces << 1 | spaceBefore) != 0 || a0 & (leads << 1 | leadBefore) != 0 { return false }
                spaceBefore = spaces >> 15
                leadBefore = leads >> 15
                i += 16
            }
        }
        var previous: UInt8 = i > 0 ? u[i - 1] : 0
        while i < n {
            let b = u[i]
            if b == space && previous == space || b >= 0x09 && b <= 0x0D || b == 0xA0 && previous == 0xC2 { return false }
            previous = b
            i += 1
        }
        return true
    }

    /// Whether `b` is surely valid UTF-8, sixteen bytes at a time: no lead the check leaves aside
    /// in the block, and its continuation bytes (10xxxxxx) exactly where the leads one and two
    /// bytes before call for them (the block read again one and two bytes back, so that each test
    /// is one vector comparison). False for invalid text, and also for valid text with one of the
    /// leads that need a look at their second byte or that are rare in Vietnamese (E0, ED, and the
    /// four-byte leads F0–F4, as of emoji): the caller asks the standard library then.
    package static func surelyValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(b.baseAddress) else { return true }
        typealias V = SIMD16<UInt8>
        let n = b.count
        let any = VectorMasks.any16
        var pending = 0  // continuation bytes the last lead still calls for
        var i = 0
        /// One byte on its own: false where it breaks the check.
        func step(_ c: UInt8) -> Bool {
            if pending > 0 {
                guard c & 0xC0 == 0x80 else { return false }
                pending -= 1
            } else if c >= 0x80 {
                if c < 0xC2 || c >= 0xF0 || c == 0xE0 || c == 0xED { return false }
                pending = c < 0xE0 ? 1 : 2
            }
            return true
        }
        // The first two bytes one at a time, so that every block has two bytes before it.
        while i < min(n, 2) {
            guard step(base.load(fromByteOffset: i, as: UInt8.self)) else { return false }
            i += 1
        }
        if i + 16 <= n {
            while i + 16 <= n {
                let v = base.loadUnaligned(fromByteOffset: i, as: V.self)
                let back1 = base.loadUnaligned(fromByteOffset: i - 1, as: V.self)
                let back2 = base.loadUnaligned(fromByteOffset: i - 2, as: V.self)
                let pair = v & V(repeating: 0xFE)
                if any(v .>= V(repeating: 0xF0) .| (pair .== V(repeating: 0xC0)) .| (v .== V(repeating: 0xE0)) .| (v .== V(repeating: 0xED))) {
                    return false
                }
                // A continuation byte after a lead, or two after a three-byte lead; nowhere else.
                let called = (back1 .>= V(repeating: 0xC0)) .| (back2 .>= V(repeating: 0xE0))
                let present = v & V(repeating: 0xC0) .== V(repeating: 0x80)
                if any(called .^ present) { return false }
                i += 16
            }
            // What the block's last leads still call for.
            let last = base.load(fromByteOffset: i - 1, as: UInt8.self), before = base.load(fromByteOffset: i - 2, as: UInt8.self)
            pending = last >= 0xE0 ? 2 : last >= 0xC0 ? 1 : before >= 0xE0 ? 1 : 0
        }
        // The last bytes, one at a time.
        while i < n {
            guard step(base.load(fromByteOffset: i, as: UInt8.self)) else { return false }
            i += 1
        }
        return pending == 0
    }

    /// True for bytes that start a scalar (everything but 10xxxxxx).
    @inline(__always) static func isScalarStart(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

    /// Number of Unicode scalars in `b[from..<to]`: the text's width in the wrap sense.
    static func scalarCount(_ b: [UInt8], _ from: Int, _ to: Int) -> Int {
        var n = 0
        var i = from
        while i < to {
            if isScalarStart(b[i]) { n += 1 }
            i += 1
        }
        return n
    }

    /// Scalars up to the first space.
    static func firstWordWidth(_ b: [UInt8], _ from: Int, _ to: Int) -> Int {
        var n = 0
        var i = from
        while i < to, b[i] != space {
            if isScalarStart(b[i]) { n += 1 }
            i += 1
        }
        return n
    }

    /// Decodes the scalar starting at `i`; returns it and its byte length.
    package static func scalar<B: RandomAccessCollection<UInt8>>(_ b: B, at i: Int, end: Int) -> (Unicode.Scalar, Int)? where B.Index == Int {
        guard i < end else { return nil }
        let c = b[i]
        var value: UInt32
        let len: Int
        switch c {
        case 0..<0x80: return (Unicode.Scalar(c), 1)
        case 0xC0..<0xE0: value = UInt32(c & 0x1F); len = 2
        case 0xE0..<0xF0: value = UInt32(c & 0x0F); len = 3
        default: value = UInt32(c & 0x07); len = 4
        }
        guard i + len <= end else { return nil }
        for k in 1..<len { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        guard let s = Unicode.Scalar(value) else { return nil }
        return (s, len)
    }

    /// Decodes the last scalar before `end`.
    static func lastScalar(_ b: [UInt8], from: Int, end: Int) -> Unicode.Scalar? {
        var i = end - 1
        while i > from, !isScalarStart(b[i]) { i -= 1 }
        guard i >= from else { return nil }
        return scalar(b, at: i, end: end)?.0
    }

    static func hasPrefix(_ b: [UInt8], _ from: Int, _ to: Int, _ p: [UInt8]) -> Bool {
        guard to - from >= p.count else { return false }
        for k in 0..<p.count where b[from + k] != p[k] { return false }
        return true
    }

    static func hasSuffix(_ b: [UInt8], _ from: Int, _ to: Int, _ p: [UInt8]) -> Bool {
        guard to - from >= p.count else { return false }
        let start = to - p.count
        for k in 0..<p.count where b[start + k] != p[k] { return false }
        return true
    }

    /// Byte offset of the first occurrence of `needle` in `b[from..<to]`.
    package static func find(_ b: [UInt8], _ needle: [UInt8], from: Int = 0, to: Int? = nil) -> Int? {
        let to = to ?? b.count
        guard !needle.isEmpty, to - from >= needle.count else { return nil }
        return b.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { n in search(UnsafeBufferPointer(rebasing: hay[from..<to]), n).map { $0 + from } }
        }
    }

    /// Substring search with the C library's vectorized `memchr` (first byte) and `memcmp` (the
    /// rest): the hot path of every substring test here.
    package static func search(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let h = hay.baseAddress, let n = needle.baseAddress, needle.count > 0, hay.count >= needle.count else { return nil }
        let m = needle.count
        let last = h + (hay.count - m)  // the last place the needle can start
        var p = h
        while p <= last {
            guard let hit = memchr(p, Int32(n.pointee), last - p + 1) else { return nil }
            let q = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if m == 1 || memcmp(q + 1, n + 1, m - 1) == 0 { return q - h }
            p = q + 1
        }
        return nil
    }

    /// Sixteen bytes a pass that folds white space copies as they are: no white space but spaces,
    /// each between two other bytes (none first or last, no two side by side), and no C2 or E2,
    /// which may open a no-break or a zero-width space.
    @inline(__always) package static func foldsNoSpace(_ v: SIMD16<UInt8>) -> Bool {
        typealias V = SIMD16<UInt8>
        guard !VectorMasks.any16((v .< V(repeating: 0x20)) .| (v .== V(repeating: 0xC2)) .| (v .== V(repeating: 0xE2))) else { return false }
        let spaces = VectorMasks.bits16(v .== V(repeating: 0x20))
        return spaces & 0x8001 == 0 && spaces & (spaces >> 1) == 0
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isASCIIUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isASCIILower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
}

/// Letter-case tests on text, the Vietnamese way (Đ/đ, tone marks).
package enum Case {
    /// (is a letter, is lower case) for a scalar; table-free for the Vietnamese letter blocks.
    @inline(__always) static func letter(_ v: UInt32) -> (Bool, Bool) {
        if let known = knownCase(v) { return known }
        guard let s = Unicode.Scalar(v) else { return (false, false) }
        let p = s.properties
        return (p.isAlphabetic, p.isLowercase)
    }

    /// `letter` for the blocks read without Unicode's tables (ASCII, Latin-1, Latin Extended-A, Ơ Ư,
    /// the Vietnamese letters of Latin Extended Additional, General Punctuation); nil elsewhere.
    @inline(__always) static func knownCase(_ v: UInt32) -> (Bool, Bool)? {
        switch v {
        case 0x41...0x5A: return (true, false)
        case 0x61...0x7A: return (true, true)
        case 0xC0...0xDE: return (v != 0xD7, false)
        case 0xDF...0xFF: return (v != 0xF7, true)
        case 0x100...0x137, 0x14A...0x177: return (true, v & 1 == 1)   // Ă ă, Đ đ, Ĩ ĩ, Ũ ũ …
        case 0x139...0x148, 0x179...0x17E: return (true, v & 1 == 0)   // Ĺ ĺ … Ž ž: pairs start odd
        case 0x138, 0x149, 0x17F: return (true, true)                  // ĸ ŉ ſ
        case 0x178: return (true, false)                               // Ÿ
        case 0x1A0, 0x1AF: return (true, false)                // Ơ, Ư
        case 0x1A1, 0x1B0: return (true, true)                 // ơ, ư
        case 0x1EA0...0x1EF9: return (true, v & 1 == 1)        // Ạ ạ … Ỹ ỹ
        case 0..<0x80, 0x2000...0x206F: return (false, false)   // ASCII digits and signs; “ ” – … •
        default: return nil
        }
    }

    /// True when the text has letters and (nearly) none of them is lower case: a long upper-case
    /// line may hold one stray lower-case letter (`XÃ` printed `Xà`, a code like `TTg`).
    static func isUpper<B: RandomAccessCollection<UInt8>>(_ b: B, _ from: Int, _ to: Int) -> Bool where B.Index == Int {
        var letters = 0, lower = 0
        // Letters never outnumber bytes, so more than bytes/20 lower-case letters settles it.
        let maxLower = (to - from) / 20
        var i = from
        while i < to {
            let c = b[i]
            if c < 0x80 {
                if Bytes.isASCIILower(c) { lower += 1; letters += 1 }
                else if Bytes.isASCIIUpper(c) { letters += 1 }
                i += 1
            } else {
                guard let (s, len) = Bytes.scalar(b, at: i, end: to) else { return false }
                let (isLetter, isLower) = letter(s.value)
                if isLetter {
                    letters += 1
                    if isLower { lower += 1 }
                }
                i += len
            }
            if lower > maxLower { return false }
        }
        return letters > 0 && (lower == 0 || (letters >= 12 && lower * 20 <= letters))
    }

    /// The text opens with two capital letters (`DANH …`, `BẢNG …`): a cheap test before `isUpper`.
    static func opensUpper(_ s: String) -> Bool {
        var letters = 0
        for u in s.unicodeScalars {
            let (isLetter, isLower) = letter(u.value)
            guard isLetter, !isLower else { return false }
            letters += 1
            if letters == 2 { return true }
        }
        return false
    }

    package static func isUpper(_ s: String) -> Bool {
        // Read in place (no copy of the bytes) where the string is stored contiguously, as ours are.
        if let known = s.utf8.withContiguousStorageIfAvailable({ isUpper($0, 0, $0.count) }) { return known }
        let a = Array(s.utf8)
        return isUpper(a, 0, a.count)
    }

    /// The text in upper case, as UTF-8. Byte-level for ASCII and the Vietnamese letter blocks;
    /// `String.uppercased()` for any other lower-case letter (ß, ÿ, Greek …).
    /// With `foldingSpaces`, runs of white space (including U+00A0) become one space and the ends are
    /// trimmed, as `collapsingSpaces` does, in the same pass.
    package static func upperUTF8(_ s: String, foldingSpaces: Bool = false) -> [UInt8] {
        // Read in place where the string is stored contiguously, as ours are.
        let mapped = s.utf8.withContiguousStorageIfAvailable { upperUTF8($0, foldingSpaces: foldingSpaces) }
            ?? Array(s.utf8).withUnsafeBufferPointer { upperUTF8($0, foldingSpaces: foldingSpaces) }
        return mapped ?? fallback(s, foldingSpaces)
    }

    /// `upperUTF8` over valid UTF-8, byte by byte into an array sized once (every case pair mapped
    /// here takes the same bytes in both cases, and folding only shortens); nil where a letter
    /// needs the standard library.
    private static func upperUTF8(_ b: UnsafeBufferPointer<UInt8>, foldingSpaces: Bool) -> [UInt8]? {
        let n = b.count
        var failed = false
        let out = [UInt8](filling: n) { out, count in
            var i = 0, k = 0
            var pendingSpace = false
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    i += 1
                    if foldingSpaces {
                        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { pendingSpace = k > 0; continue }
                        if pendingSpace { out[k] = 0x20; k += 1; pendingSpace = false }
                    }
                    out[k] = c >= 0x61 && c <= 0x7A ? c - 0x20 : c
                    k += 1
                    continue
                }
                // A lead byte: the scalar's value and length (the text is valid UTF-8).
                let len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
                guard i + len <= n else { failed = true; break }
                var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                for j in 1..<len { v = v << 6 | UInt32(b[i + j] & 0x3F) }
                if foldingSpaces {
                    if v == 0xA0 { pendingSpace = k > 0; i += len; continue }
                    if pendingSpace { out[k] = 0x20; k += 1; pendingSpace = false }
                }
                switch v {
                case 0xE0...0xFE where v != 0xF7: v -= 0x20                   // à … þ
                case 0x101...0x137 where v & 1 == 1, 0x14B...0x177 where v & 1 == 1: v -= 1   // ă đ ĩ ũ …
                case 0x1A1, 0x1B0: v -= 1                                      // ơ ư
                case 0x1EA1...0x1EF9 where v & 1 == 1: v -= 1                 // ạ … ỹ
                default:
                    // Upper case already (À, Đ, Ơ, Ạ …) or a sign (“ ” – …), as `knownCase` tells: nothing to map.
                    if let (isLetter, isLower) = knownCase(v), !(isLetter && isLower) { break }
                    if Unicode.Scalar(v)?.properties.changesWhenUppercased != false { failed = true }
                }
                if failed { break }
                // Same length in both cases: the bytes again, the value's bits in place.
                switch len {
                case 2:
                    out[k] = 0xC0 | UInt8(v >> 6); out[k + 1] = 0x80 | UInt8(v & 0x3F)
                case 3:
                    out[k] = 0xE0 | UInt8(v >> 12); out[k + 1] = 0x80 | UInt8(v >> 6 & 0x3F); out[k + 2] = 0x80 | UInt8(v & 0x3F)
                default:
                    for j in 0..<len { out[k + j] = b[i + j] }
                }
                k += len
                i += len
            }
            count = failed ? 0 : k
        }
        return failed ? nil : out
    }

    /// The text in upper case, as `uppercased()` makes it, at `upperUTF8`'s cost: a Vietnamese name's
    /// `uppercased()` costs about twenty times more.
    package static func upper(_ s: String) -> String { String(decoding: upperUTF8(s), as: UTF8.self) }

    /// The text's UTF-8 with its first letter in lower case (a name in sentence case as it reads
    /// mid-sentence: `Kế hoạch` → `kế hoạch`, `Đề án` → `đề án`).
    package static func lowerFirstUTF8(_ s: String) -> [UInt8] {
        guard let first = s.unicodeScalars.first else { return [] }
        return Array(first.properties.lowercaseMapping.utf8) + s.utf8.dropFirst(first.utf8.count)
    }

    private static func fallback(_ s: String, _ foldingSpaces: Bool) -> [UInt8] {
        Array((foldingSpaces ? s.collapsingSpaces : s).uppercased().utf8)
    }

    /// Whether bytes `from..<to` hold a lower-case letter.
    package static func hasLower(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        var i = from
        while i < to {
            guard let (s, len) = Bytes.scalar(b, at: i, end: to) else { return false }
            if letter(s.value).1 { return true }
            i += len
        }
        return false
    }

    /// The first letter's case: true lower, false upper, nil when the text starts with no letter.
    package static func startsLower(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool? {
        // An ASCII byte is its own letter, or none (`knownCase`): told without decoding a scalar.
        if from < to, b[from] < 0x80 { return Bytes.isASCIILower(b[from]) ? true : Bytes.isASCIIUpper(b[from]) ? false : nil }
        guard let (s, _) = Bytes.scalar(b, at: from, end: to) else { return nil }
        let (isLetter, isLower) = letter(s.value)
        return isLetter ? isLower : nil
    }
}

extension Array {
    /// `init(unsafeUninitializedCapacity:initializingWith:)`, safe for a capacity of 0 too. There
    /// the standard library hands out its one shared empty array and then stores the count into
    /// it: a write that races with other threads reading it (a batch's workers; ThreadSanitizer
    /// reports it), though the 0 it writes is already there.
    @inlinable package init(filling capacity: Int, _ body: (inout UnsafeMutableBufferPointer<Element>, inout Int) throws -> Void) rethrows {
        guard capacity > 0 else {
            var none = UnsafeMutableBufferPointer<Element>(start: nil, count: 0), count = 0
            try body(&none, &count)
            self = []
            return
        }
        try self.init(unsafeUninitializedCapacity: capacity, initializingWith: body)
    }
}

extension Array where Element == UInt8 {
    /// Appends a string's UTF-8: a native string's bytes copied in one go, any other's one by one.
    package mutating func appendUTF8(of s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { append(contentsOf: s.utf8) }
    }
}

extension String {
    /// `parts` joined by `separator`, in a string sized once. The standard library's
    /// `joined(separator:)` runs unspecialized, and its first call for each kind of collection costs
    /// the runtime a lookup of the collection's associated types (about 0.2 M instructions a run).
    package init<C: Collection>(joining parts: C, separator: String) where C.Element == String {
        var s = ""
        s.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count } + separator.utf8.count * Swift.max(0, parts.count - 1))
        var first = true
        for p in parts {
            if !first { s += separator }
            s += p
            first = false
        }
        self = s
    }

    /// The bytes `body` writes into a buffer of `capacity` (returning how many), as a string, copied
    /// without validating them again: for text cut from validated text at character boundaries and
    /// joined with ASCII, where the standard library's validation would be a second pass over every
    /// byte. Debug builds (the tests) still validate, and stop on a fault.
    @inline(__always)
    static func assembling(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(capacity, 1)) { buffer in
            String(validUTF8: UnsafeBufferPointer(rebasing: buffer[..<body(buffer)]))
        }
    }

    /// The bytes `body` writes into a buffer of `capacity` (returning how many), as a string, with
    /// any byte that is not UTF-8 repaired to U+FFFD, as `String(decoding:as:)` does; text the quick
    /// check passes (almost all) is copied without the standard library's slower validation.
    @inline(__always)
    package static func repairing(capacity: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(capacity, 1)) { buffer in
            let written = UnsafeBufferPointer(rebasing: buffer[..<body(buffer)])
            return Bytes.surelyValidUTF8(written) ? String(validUTF8: written) : String(decoding: written, as: UTF8.self)
        }
    }

    /// `bytes`, known to be valid UTF-8, copied into a string without validating them again.
    /// Debug builds (the tests) still validate, and stop on a fault.
    @inline(__always)
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        assert(String(validating: bytes, as: UTF8.self) != nil, "text taken as UTF-8 is not")
        if #available(macOS 26.0, *) {
            self = String(copying: UTF8Span(unchecked: bytes.span))
        } else {
            self = String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The text cut at each line feed, empty lines kept, a carriage return before it left at the end
    /// of its line: `split(separator: "\n")` does not cut a CRLF text, whose `\r\n` is one Character.
    package var linesAtLF: [Substring] {
        var out: [Substring] = []
        var start = startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i] == 0x0A {
                out.append(self[start..<i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out.append(self[start...])
        return out
    }

    /// The recipients' label opens the text: `Nơi nhận`, or `NƠI NHẬN` as some print it.
    /// A place before a date (`Hà Nội, ngày …`, and `, Ngày` as it is mistyped).
    package var holdsPlaceAndNgay: Bool { containsBytes(", ngày") || containsBytes(", Ngày") }

    package var opensRecipientsLabel: Bool {
        // Every spelling opens with `N` or `n`: most paragraphs are ruled out by their first byte.
        guard let f = utf8.first, f | 0x20 == UInt8(ascii: "n") else { return false }
        return startsWith(RecipientsLabel.sentenceCase) || startsWith(RecipientsLabel.capitals) || startsWith(RecipientsLabel.lowerCase)
    }

    /// Byte-level prefix test: no Character (grapheme) machinery on the hot path.
    @inline(__always) package func startsWith(_ prefix: String) -> Bool {
        let u = utf8, p = prefix.utf8
        guard p.count <= u.count else { return false }
        // Both in place (native strings are contiguous): compared as buffers, not index by index.
        let contiguous = u.withContiguousStorageIfAvailable { h in
            p.withContiguousStorageIfAvailable { q in
                var i = 0
                while i < q.count, h[i] == q[i] { i += 1 }
                return i == q.count
            }
        }
        if let answer = contiguous ?? nil { return answer }
        return u.starts(with: p)
    }

    /// Byte-level equality: for NFC text (all text here is NFC from the input edge on) the same
    /// answer as `==`, without the standard library's normalizing comparison of non-ASCII strings.
    @inline(__always) package func sameBytes(_ other: String) -> Bool {
        utf8.count == other.utf8.count && startsWith(other)
    }

    /// Byte-level suffix test.
    @inline(__always) package func endsWith(_ suffix: String) -> Bool {
        let u = utf8, s = suffix.utf8
        guard u.count >= s.count else { return false }
        return u[u.index(u.endIndex, offsetBy: -s.count)...].elementsEqual(s)
    }

    /// Byte-level substring test (both sides are NFC UTF-8), without Character semantics.
    package func containsBytes(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        var hay = self, n = needle
        return hay.withUTF8 { h in n.withUTF8 { Bytes.search(h, $0) != nil } }
    }

    /// The first occurrence of `needle`, found byte-wise (both sides are NFC UTF-8). `needle` must
    /// start and end on whole scalars, as any string does, so the bounds are valid indices.
    package func byteRange(of needle: String) -> Range<String.Index>? {
        var hay = self, n = needle
        guard let offset = hay.withUTF8({ h in n.withUTF8 { Bytes.search(h, $0) } }) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// The text with runs of white space (including U+00A0) folded to one space and trimmed.
    package var collapsingSpaces: String {
        // Most text is already clean: no double spaces, tabs, NBSP or line breaks, no outer spaces.
        if utf8.withContiguousStorageIfAvailable(Bytes.isCollapsed) ?? Array(utf8).withUnsafeBufferPointer(Bytes.isCollapsed) { return self }
        // Byte by byte into one buffer (white space is ASCII or C2 A0, so no scalar is split).
        var text = self
        return text.withUTF8 { b in
            String.assembling(capacity: b.count) { out in
                var n = 0
                var pendingSpace = false
                var i = 0
                while i < b.count {
                    let c = b[i]
                    if c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0) {
                        pendingSpace = n > 0
                        i += c == 0xC2 ? 2 : 1
                        continue
                    }
                    if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                    out[n] = c
                    n += 1
                    i += 1
                }
                return n
            }
        }
    }

    /// Whether the text holds nothing but white space (U+00A0 included): `collapsingSpaces.isEmpty`
    /// without building the string.
    package var isBlankText: Bool {
        var previous: UInt8 = 0
        for b in utf8 {
            let white = b == 0x20 || (b >= 0x09 && b <= 0x0D) || b == 0xC2 || (b == 0xA0 && previous == 0xC2)
            if !white { return false }
            previous = b
        }
        return previous != 0xC2
    }

    /// Upper-cased for matching, with tone-placement variants unified (HOÀ/HÒA, UỶ/ỦY).
    package var matchKey: String {
        String(decoding: matchKeyBytes, as: UTF8.self)
    }

    /// `matchKey` as UTF-8 bytes, for a caller that compares bytes (no string made).
    package var matchKeyBytes: [UInt8] {
        // "OÀ" → "ÒA", "UỶ" → "ỦY": the tone mark moved from the second vowel to the first.
        TonePlacement.now(Case.upperUTF8(self))
    }

    /// The text with every occurrence of `target` replaced, found byte-wise as `containsBytes`
    /// finds it (no grapheme breaking; the standard library's `replacing` costs a thousand times more).
    package func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var hay = self, t = target
        let out: [UInt8]? = hay.withUTF8 { h in
            t.withUTF8 { n -> [UInt8]? in
                guard var hit = Bytes.search(h, n) else { return nil }
                var out = [UInt8](), from = 0
                out.reserveCapacity(h.count)
                while true {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: h[from..<hit]))
                    out.append(contentsOf: replacement.utf8)
                    from = hit + n.count
                    guard let next = Bytes.search(UnsafeBufferPointer(rebasing: h[from...]), n) else { break }
                    hit = from + next
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: h[from...]))
                return out
            }
        }
        return out.map { String(decoding: $0, as: UTF8.self) } ?? self
    }

    /// The text without spaces, tabs, U+00A0, CR and LF at either end (byte-wise: all of them are
    /// ASCII or C2 A0, so the cut falls between scalars; no grapheme breaking, no copy when clean).
    package func trimmed() -> String {
        let u = utf8
        var start = u.startIndex, end = u.endIndex
        func white(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while start < end {
            let next = u.index(after: start)
            if white(u[start]) { start = next }
            else if u[start] == 0xC2, next < end, u[next] == 0xA0 { start = u.index(after: next) }
            else { break }
        }
        while start < end {
            let last = u.index(before: end)
            if white(u[last]) { end = last }
            else if u[last] == 0xA0, last > start, u[u.index(before: last)] == 0xC2 { end = u.index(before: last) }
            else { break }
        }
        if start == u.startIndex, end == u.endIndex { return self }
        return String(self[start..<end])
    }
}

/// Texts cut from UTF-8 bytes known to be valid (a decoded source's), by byte offsets.
struct ByteSlicer {
    let bytes: [UInt8]

    /// The text of bytes `from..<to`. Every caller cuts at characters' starts; a cut inside a
    /// character moves back to its start, as a string's own slicing does.
    func string(_ from: Int, _ to: Int) -> String {
        bytes.withUnsafeBufferPointer { b in
            func start(_ i: Int) -> Int {
                var i = min(max(i, 0), b.count)
                while i > 0, i < b.count, b[i] & 0xC0 == 0x80 { i -= 1 }
                return i
            }
            let from = start(from)
            return String(validUTF8: UnsafeBufferPointer(rebasing: b[from..<max(from, start(to))]))
        }
    }
}

/// Strings cut from one validated text by byte offsets. Copying a slice of a `String` skips the UTF-8
/// validation that `String(decoding:)` repeats for every piece; offsets must fall on scalar starts.
struct TextSlicer {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    @inline(__always) func index(_ offset: Int) -> String.Index {
        text.utf8.index(text.utf8.startIndex, offsetBy: offset)
    }

    /// The text of bytes `from..<to`.
    func string(_ from: Int, _ to: Int) -> String {
        // Cut at characters' starts (as every caller cuts), the bytes are copied as they are, without
        // the string's index checks; elsewhere the string's own slicing rounds the cut down to one.
        let copied = text.utf8.withContiguousStorageIfAvailable { b -> String? in
            guard 0 <= from, from <= to, to <= b.count, from == b.count || b[from] & 0xC0 != 0x80,
                  to == b.count || b[to] & 0xC0 != 0x80 else { return nil }
            return String(validUTF8: UnsafeBufferPointer(rebasing: b[from..<to]))
        }
        if let s = copied ?? nil { return s }
        return String(text[index(from)..<index(to)])
    }

    /// The text of bytes `from...` to the end.
    func string(from: Int) -> String { string(from, text.utf8.count) }

}

/// Where a tone mark stands on `oa` and `uy`: on the first vowel (`hòa`, `ủy`), as
/// the text is keyed, or on the second (`hoà`, `uỷ`), as older texts and many typists place it.
package enum TonePlacement {
    package static let pairs: [(now: String, older: String)] = {
        let lower = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
                     ("ủy", "uỷ"), ("úy", "uý"), ("ụy", "uỵ"), ("ùy", "uỳ"), ("ũy", "uỹ")]
        return (lower + lower.map { ($0.0.uppercased(), $0.1.uppercased()) }).map { (now: $0.0, older: $0.1) }
    }()

    /// A direction's pairs, and the bytes their `from`s open with.
    private struct Table {
        let froms: [[UInt8]], tos: [[UInt8]]
        /// Each `from`'s first byte, in order (looked at before the pair is).
        let firsts: [UInt8]
        let opens: [Bool]
        init(_ pairs: [([UInt8], [UInt8])]) {
            froms = pairs.map(\.0)
            tos = pairs.map(\.1)
            firsts = froms.map { $0[0] }
            opens = Bytes.table(firsts)
        }
    }
    private static let nowToOlder = Table(pairs.map { (Array($0.now.utf8), Array($0.older.utf8)) })
    private static let olderToNow = Table(pairs.map { (Array($0.older.utf8), Array($0.now.utf8)) })

    /// The text with each mark moved to the second vowel (`ủy` → `uỷ`, `ÒA` → `OÀ`).
    package static func older(_ text: String) -> String {
        String(decoding: older(Array(text.utf8)), as: UTF8.self)
    }

    /// The bytes with each mark moved to the second vowel, in one pass.
    package static func older(_ b: [UInt8]) -> [UInt8] { swapping(b, nowToOlder) }

    /// The text with each mark moved back to the first vowel (`uỷ` → `ủy`).
    package static func now(_ text: String) -> String {
        String(decoding: now(Array(text.utf8)), as: UTF8.self)
    }

    /// The bytes with each mark moved back to the first vowel, in one pass.
    package static func now(_ b: [UInt8]) -> [UInt8] { swapping(b, olderToNow) }

    /// `b` with each `from` of `table` replaced by its `to`, left to right (no two `from`s overlap:
    /// each is a syllable's two vowels).
    /// Text with nothing to swap (most) comes back as it is, uncopied; the runs between swaps are
    /// copied whole.
    private static func swapping(_ b: [UInt8], _ table: Table) -> [UInt8] {
        var out: [UInt8] = []
        var copied = 0  // `b` up to here is in `out` (0 while nothing was swapped: every `from` is 2+ bytes)
        var i = 0
        next: while i < b.count {
            if table.opens[Int(b[i])] {
                for k in table.firsts.indices where table.firsts[k] == b[i] && Bytes.hasPrefix(b, i, b.count, table.froms[k]) {
                    if copied == 0 { out.reserveCapacity(b.count) }
                    out.append(contentsOf: b[copied..<i])
                    out.append(contentsOf: table.tos[k])
                    i += table.froms[k].count
                    copied = i
                    continue next
                }
            }
            i += 1
        }
        guard copied > 0 else { return b }
        out.append(contentsOf: b[copied...])
        return out
    }
}

/// The recipients' label (Nơi nhận), as printed: `Nơi nhận`, or `NƠI NHẬN` in capitals.
package enum RecipientsLabel {
    static let sentenceCase = "Nơi nhận", capitals = "NƠI NHẬN"
    /// The label typed in lower case, taken with its colon only (a line of running text may open
    /// with `nơi nhận hồ sơ`).
    static let lowerCase = "nơi nhận:"
    private static let spellings = [sentenceCase, capitals, lowerCase].map { Array($0.utf8) }

    /// Whether a line that opens with the label has its colon after it (`Nơi nhận:`, `Nơi nhận :`).
    static func hasColon(_ line: String) -> Bool {
        line.utf8.dropFirst(sentenceCase.utf8.count).drop { $0 == Bytes.space }.first == UInt8(ascii: ":")
    }

    /// Whether bytes `from..<to` of `b` open with the label.
    static func opens(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        // Every spelling opens with `N` or `n`.
        guard from < to, b[from] | 0x20 == UInt8(ascii: "n") else { return false }
        return spellings.contains { Bytes.hasPrefix(b, from, to, $0) }
    }
}

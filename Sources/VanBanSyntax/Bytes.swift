/// Byte-level helpers over UTF-8 text. Hot paths use these instead of `Character`.
enum Bytes {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let pipe = UInt8(ascii: "|")

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
    static func scalar(_ b: [UInt8], at i: Int, end: Int) -> (Unicode.Scalar, Int)? {
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

    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isASCIIUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isASCIILower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
}

/// Letter-case tests on text, the Vietnamese way (Đ/đ, tone marks).
enum Case {
    /// True when the text has letters and (nearly) none of them is lower case: a long upper-case
    /// line may hold one stray lower-case letter (`XÃ` printed `Xà`, a code like `TTg`).
    static func isUpper(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool {
        var letters = 0, lower = 0
        var i = from
        while i < to {
            let c = b[i]
            if c < 0x80 {
                if Bytes.isASCIILower(c) { lower += 1; letters += 1 }
                else if Bytes.isASCIIUpper(c) { letters += 1 }
                i += 1
            } else {
                guard let (s, len) = Bytes.scalar(b, at: i, end: to) else { return false }
                if s.properties.isAlphabetic {
                    letters += 1
                    if s.properties.isLowercase { lower += 1 }
                }
                i += len
            }
            if lower > 0, letters < 20 * lower, i - from > 3 * 20 * lower { return false }
        }
        return letters > 0 && (lower == 0 || (letters >= 12 && lower * 20 <= letters))
    }

    static func isUpper(_ s: String) -> Bool {
        let a = Array(s.utf8)
        return isUpper(a, 0, a.count)
    }

    /// The first letter's case: true lower, false upper, nil when the text starts with no letter.
    static func startsLower(_ b: [UInt8], _ from: Int, _ to: Int) -> Bool? {
        guard let (s, _) = Bytes.scalar(b, at: from, end: to), s.properties.isAlphabetic else { return nil }
        return s.properties.isLowercase
    }
}

extension String {
    /// The text with runs of white space (including U+00A0) folded to one space and trimmed.
    var collapsingSpaces: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for s in unicodeScalars {
            if s == " " || s == "\t" || s == "\u{A0}" || s == "\n" || s == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Upper-cased for matching, with tone-placement variants unified (HOÀ/HÒA, UỶ/ỦY).
    var matchKey: String {
        uppercased()
            .replacingAll("OÀ", with: "ÒA").replacingAll("OÁ", with: "ÓA").replacingAll("OẢ", with: "ỎA")
            .replacingAll("OÃ", with: "ÕA").replacingAll("OẠ", with: "ỌA").replacingAll("UỶ", with: "ỦY")
            .replacingAll("UÝ", with: "ÚY").replacingAll("UỴ", with: "ỤY")
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        return replacing(target, with: replacement)
    }

    func trimmed() -> String {
        var s = Substring(self)
        while let f = s.unicodeScalars.first, f == " " || f == "\t" || f == "\u{A0}" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.unicodeScalars.last, l == " " || l == "\t" || l == "\u{A0}" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

import VanBanModel

/// Số, ký hiệu: reading a number out of running text and splitting it into its parts.
public enum DocumentNumber {
    private static let ngay = Array("ngày".utf8)
    private static let enDash: [UInt8] = [0xE2, 0x80, 0x93]

    /// Reads a number such as `202/KH-UBND`, `12/2020/NĐ-CP`, `59-NQ/TW`, `05 /2008/TT-BYT` at `start`.
    /// Returns the number with spaces removed and the byte offset after it.
    /// `lowerCase`: a symbol typed in lower case is still the number's (`Số: 27/ubnd-vx` on a number
    /// line, which N02 reports); elsewhere a group opening in lower case ends the number.
    static func read(_ b: [UInt8], at start: Int, lowerCase: Bool = false) -> (number: String, end: Int)? {
        let n = b.count
        var i = start
        while i < n, Bytes.isDigit(b[i]), i - start < 6 { i += 1 }
        guard i > start, i - start <= 5 else { return nil }
        // Most numbers in a text are not document numbers: a serial goes on with `.`, `/`, `-`, a
        // lower-case letter (`12a/…`) or a space before `/` or `-`; anything else settles it.
        guard i < n else { return nil }
        let next = b[i], after = i + 1 < n ? b[i + 1] : 0
        guard next == UInt8(ascii: ".") || next == UInt8(ascii: "/") || next == UInt8(ascii: "-") || Bytes.isASCIILower(next)
                || (next == Bytes.space && (after == UInt8(ascii: "/") || after == UInt8(ascii: "-"))) else { return nil }
        // Read twice where it is a number: once to learn that (most digits in a text are dates
        // and amounts, and end here without building anything), once to build it.
        let serialEnd = i
        func walk(_ out: inout [UInt8], build: Bool) -> (end: Int, letterGroups: Int) {
            var i = serialEnd
            // A dotted serial: "66.15/2026/NQ-CP".
            if i + 1 < n, b[i] == UInt8(ascii: "."), Bytes.isDigit(b[i + 1]) {
                var j = i + 1
                while j < n, Bytes.isDigit(b[j]), j - i <= 4 { j += 1 }
                if j < n, b[j] == UInt8(ascii: "/") {
                    if build { out.append(contentsOf: b[i..<j]) }
                    i = j
                }
            }
            if i < n, Bytes.isASCIILower(b[i]), i + 1 < n, b[i + 1] == UInt8(ascii: "/") {
                if build { out.append(b[i]) }
                i += 1
            }
            var groups = 0
            var letterGroups = 0
            while true {
                // A separator, with at most one space on either side; an en dash typed for the hyphen
                // (`12/KH–UBND`, as Word's autocorrect leaves `KH - UBND`) is read as one.
                var j = i
                if j < n, b[j] == Bytes.space { j += 1 }
                let enDash = j < n && b[j] == 0xE2 && Bytes.hasPrefix(b, j, n, Self.enDash)
                guard j < n, b[j] == UInt8(ascii: "/") || b[j] == UInt8(ascii: "-") || enDash else { break }
                let sep = enDash ? UInt8(ascii: "-") : b[j]
                let spaced = j > i
                j += enDash ? Self.enDash.count : 1
                var spacedAfter = false
                if j < n, b[j] == Bytes.space { j += 1; spacedAfter = true }
                // A group: letters and digits (Đ, mixed-case QyĐ, CTr, TTg).
                let g = j
                var hasLetter = false
                var allUpper = true
                while j < n {
                    let c = b[j]
                    if Bytes.isDigit(c) { j += 1; continue }
                    if Bytes.isASCIIUpper(c) { hasLetter = true; j += 1; continue }
                    if Bytes.isASCIILower(c) { hasLetter = true; allUpper = false; j += 1; continue }
                    // Đ and đ (C4 90, C4 91), the codes' one letter beyond ASCII (`NĐ`, `QĐ`, `HĐND`), by their bytes.
                    if c == 0xC4, j + 1 < n, b[j + 1] & 0xFE == 0x90 {
                        hasLetter = true
                        if b[j + 1] == 0x91 { allUpper = false }
                        j += 2
                        continue
                    }
                    if c >= 0x80, let (s, len) = Bytes.scalar(b, at: j, end: n), s.properties.isAlphabetic {
                        hasLetter = true
                        if s.properties.isLowercase { allUpper = false }
                        j += len
                        continue
                    }
                    break
                }
                // `ngày` glued to the code where a text lost its space (`105/2016/QH13ngày …`) is the
                // date's, not the code's.
                if hasLetter, j - g > Self.ngay.count, Bytes.hasSuffix(b, g, j, Self.ngay),
                   Bytes.isDigit(b[j - Self.ngay.count - 1]) || Bytes.isASCIIUpper(b[j - Self.ngay.count - 1]) {
                    j -= Self.ngay.count
                }
                let len = j - g
                guard len >= 1 else { break }
                let yearGroup = !hasLetter && groups == 0 && len == 4
                if (spaced || spacedAfter) && !(hasLetter && allUpper && len >= 2) && !yearGroup { break }
                if hasLetter {
                    let opensLower = b[g] < 0x80 ? Bytes.isASCIILower(b[g]) : Bytes.scalar(b, at: g, end: n).map { $0.0.properties.isLowercase } ?? true
                    guard lowerCase || !opensLower else { break }
                    letterGroups += 1
                } else if groups > 0 || len != 4 {
                    break  // digits only: the year segment directly after the serial
                }
                if build {
                    out.append(sep)
                    out.append(contentsOf: b[g..<j])
                }
                groups += 1
                i = j
            }
            return (i, letterGroups)
        }
        var none: [UInt8] = []
        guard walk(&none, build: false).letterGroups >= 1 else { return nil }
        var out = Array(b[start..<serialEnd])
        let end = walk(&out, build: true).end
        return (String(decoding: out, as: UTF8.self), end)
    }

    /// Reads the first number in `text`.
    public static func first(in text: String) -> String? {
        firstRead(Array(text.utf8))?.number
    }

    /// The first number in a text's bytes, and where it starts.
    private static func firstRead(_ b: [UInt8], lowerCase: Bool = false) -> (number: String, start: Int)? {
        var i = 0
        while i < b.count {
            if Bytes.isDigit(b[i]), i == 0 || !Bytes.isDigit(b[i - 1]), let (num, _) = read(b, at: i, lowerCase: lowerCase) { return (num, i) }
            i += 1
        }
        return nil
    }

    /// The number on a `Số:` line: its first number, with serial digits that a space split off
    /// joined back (`1 5/2025/QĐ-UBND`, as a scan's text layer gives it, is `15/2025/QĐ-UBND`).
    public static func onNumberLine(_ value: String) -> String? {
        let b = Array(value.utf8)
        guard let (num, i) = firstRead(b, lowerCase: true) else { return nil }
        let before = b[0..<i].filter { $0 != Bytes.space }
        guard !before.isEmpty, before.count <= 4, before.allSatisfy(Bytes.isDigit), b[i - 1] == Bytes.space else { return num }
        return String(decoding: before, as: UTF8.self) + num
    }

    /// The code a consolidated text (văn bản hợp nhất) is numbered with (`12/VBHN-BTC`), whatever
    /// the type of the documents it consolidates (Luật Ban hành văn bản quy phạm pháp luật 2025 and
    /// Pháp lệnh Hợp nhất văn bản quy phạm pháp luật 2012).
    public static let consolidatedCode = "VBHN"

    /// Splits a number into serial, year, type code and issuer code.
    public static func parts(_ number: String) -> NumberParts? {
        var number = number
        return number.withUTF8 { parts(of: $0) }
    }

    /// The parts of a number's bytes, its groups (after the serial's separator, split at `/` and
    /// `-`, empty ones dropped) walked in place.
    private static func parts(of b: UnsafeBufferPointer<UInt8>) -> NumberParts? {
        var i = 0
        while i < b.count, Bytes.isDigit(b[i]) || Bytes.isASCIILower(b[i]) || b[i] == UInt8(ascii: ".") { i += 1 }
        guard i > 0, i < b.count else { return nil }
        let serial = String(decoding: b[0..<i], as: UTF8.self)
        /// The first group that starts at or after `from`.
        func group(from: Int) -> Range<Int>? {
            guard from <= b.count else { return nil }
            var start = from
            for j in from...b.count where j == b.count || b[j] == UInt8(ascii: "/") || b[j] == UInt8(ascii: "-") {
                if j > start { return start..<j }
                start = j + 1
            }
            return nil
        }
        func text(_ r: Range<Int>) -> String { String(decoding: b[r], as: UTF8.self) }
        var next = group(from: i + 1)
        var year: String?
        if let f = next, isYearGroup(b[f]) {
            year = text(f)
            next = group(from: f.upperBound + 1)
        }
        guard let first = next else { return NumberParts(serial: serial, year: year) }
        var typeCode: String?
        let code = text(first)
        let second = group(from: first.upperBound + 1)
        if let kind = DocumentTypes.kind(code: code), kind.code != nil {
            typeCode = code
        } else if second != nil, DocumentTypes.jointCode(code) != nil || code == consolidatedCode {
            typeCode = code
        }
        guard let issuerStart = typeCode == nil ? first : second else {
            return NumberParts(serial: serial, year: year, typeCode: typeCode)
        }
        // The groups from there on, joined by `-` (a group may open inside a character, where the
        // serial's separator was the character's first byte: repaired, as any text cut so).
        let issuer = String.repairing(capacity: b.count - issuerStart.lowerBound) { out in
            var n = 0
            var g: Range<Int>? = issuerStart
            while let r = g {
                if n > 0 { out[n] = UInt8(ascii: "-"); n += 1 }
                for k in r { out[n] = b[k]; n += 1 }
                g = group(from: r.upperBound + 1)
            }
            return n
        }
        return NumberParts(serial: serial, year: year, typeCode: typeCode, issuerCode: issuer)
    }

    /// Four digits: ASCII ones read byte-wise, any other numeric characters as the standard library counts them.
    private static func isYearGroup(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return bytes.count == 4 && bytes.allSatisfy(Bytes.isDigit) }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.count == 4 && text.allSatisfy(\.isNumber)
    }
}

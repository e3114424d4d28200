import VanBanModel

/// Input bytes made ready for the tokenizers: UTF-8 checked, BOM dropped, NFC, line table built.
///
/// Every offset and every line number in the syntax layer refers to `bytes`, the normalized text.
/// Lines are 1-based; columns are 1-based UTF-8 byte offsets within the line.
public struct SourceText: Sendable {
    /// The normalized UTF-8 text.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]
    /// Findings made while decoding (a cut-off final character, a non-NFC input).
    public let diagnostics: [Diagnostic]

    /// Decodes raw input.
    /// - Throws: `InputError` when no text can be read from the bytes at all.
    public init(decoding raw: [UInt8]) throws(InputError) {
        var notes: [Diagnostic] = []
        var start = 0
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
        try Self.rejectBinary(raw, from: start)
        // One pass: UTF-8 validity, whether any text is there, whether NFC may change it.
        let check = raw.withUnsafeBufferPointer { Self.validateUTF8($0, from: start) }
        if !check.hasText { throw .empty }
        var end = raw.count
        switch check.status {
        case .valid:
            break
        case .truncatedAt(let offset):
            // An excerpt cut inside a multi-byte character: drop the partial character, say so.
            end = offset
            let (line, column) = Self.position(of: offset, in: raw, from: start)
            notes.append(Diagnostic(rule: "I02", severity: .warning,
                message: "input ends inside a UTF-8 character; the partial character was dropped",
                line: line, column: column))
        case .invalidAt(let offset):
            let (line, column) = Self.position(of: offset, in: raw, from: start)
            throw .invalidUTF8(line: line, column: column)
        }
        var text = Array(raw[start..<end])
        if check.mayNeedNFC {
            let nfc = Array(String(decoding: text, as: UTF8.self)._nfcCodeUnits)
            if nfc != text {
                notes.append(Diagnostic(rule: "U01", severity: .warning,
                    message: "input is not in Unicode NFC; it was normalized before parsing", line: 1))
                text = nfc
            }
        }
        if text.allSatisfy(Self.isBlank) { throw .empty }
        // One pass over the final text: line starts and the damage counts.
        let (starts, damage) = text.withUnsafeBufferPointer(Self.scan)
        notes += Self.damage(damage, in: text)
        self.bytes = text
        self.lineStarts = starts
        self.diagnostics = notes
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// 1-based line and column of a byte offset in `bytes`.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - lineStarts[lo] + 1)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let from = lineStarts[line - 1]
        var to = line < lineStarts.count ? lineStarts[line] : bytes.count
        while to > from, bytes[to - 1] == 0x0A || bytes[to - 1] == 0x0D { to -= 1 }
        return String(decoding: bytes[from..<to], as: UTF8.self)
    }

    // MARK: - Checks

    /// For each Latin-1 code point: 1 when TCVN3 (ABC) lower-case letters land on it ("v¨n b¶n",
    /// "Th«ng t­"), 2 when VNI spells a tone with it ("Vieät", "coâng"), 0 otherwise.
    private static let latin1Kind: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for v in [0xA8, 0xAA, 0xAC, 0xAD, 0xAE, 0xB5, 0xB6, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE, 0xAB] { t[v] = 1 }
        for v in [0xE4, 0xEB, 0xEF, 0xF6, 0xFC, 0xF1, 0xF8, 0xE5, 0xE6, 0xD1] { t[v] = 2 }
        return t
    }()

    /// What the scan counts to tell damaged text: TCVN3 or VNI read as Latin-1, letters dropped
    /// by a PDF export, replacement characters.
    struct DamageCounts {
        var tcvn3 = 0, vni = 0, lone = 0, letters = 0
        var firstTCVN3: Int?
        var replacement: Int?
    }

    /// Upper-case consonants that a PDF export leaves alone when it drops a word's diacritic
    /// letters ("C NG HOÀ", "U BAN"): B C D G H K L M N P Q R S T V X.
    @inline(__always) private static func isLoneConsonant(_ c: UInt8) -> Bool {
        guard c >= 0x42, c <= 0x58 else { return false }
        let mask: UInt32 = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 6 | 1 << 7 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13
            | 1 << 15 | 1 << 16 | 1 << 17 | 1 << 18 | 1 << 19 | 1 << 21 | 1 << 23
        return mask >> UInt32(c - 0x41) & 1 == 1
    }

    /// Line starts and damage counts, in one pass over valid UTF-8.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> ([Int], DamageCounts) {
        var starts = [0]
        starts.reserveCapacity(b.count / 40 + 1)
        var d = DamageCounts()
        var i = 0
        var wordStart = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                // ASCII: the common case, no decoding, no tables.
                if (c | 0x20) &- 0x61 < 26 { d.letters += 1 }
                if c <= 0x20, c == 0x20 || c == 0x0A {
                    // A lone upper-case consonant between spaces.
                    if i - wordStart == 1, isLoneConsonant(b[wordStart]) { d.lone += 1 }
                    wordStart = i + 1
                    if c == 0x0A, i + 1 < n { starts.append(i + 1) }
                }
                i += 1
                continue
            }
            // Valid UTF-8 (checked before): decode without checks.
            var v: UInt32
            let len: Int
            if c < 0xE0 { v = UInt32(c & 0x1F); len = 2 } else if c < 0xF0 { v = UInt32(c & 0x0F); len = 3 } else { v = UInt32(c & 0x07); len = 4 }
            guard i + len <= n else { break }
            for k in 1..<len { v = v << 6 | UInt32(b[i + k] & 0x3F) }
            if v == 0xFFFD, d.replacement == nil { d.replacement = i }
            if v < 0x100 {
                let kind = latin1Kind[Int(v)]
                if kind == 1 { d.tcvn3 += 1; if d.firstTCVN3 == nil { d.firstTCVN3 = i } }
                if kind == 2 { d.vni += 1 }
            }
            d.letters += 1
            i += len
        }
        return (starts, d)
    }

    /// The U01 findings the damage counts call for.
    static func damage(_ d: DamageCounts, in b: [UInt8]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func at(_ offset: Int) -> (Int, Int) {
            var line = 1, start = 0
            for k in 0..<offset where b[k] == 0x0A { line += 1; start = k + 1 }
            return (line, offset - start + 1)
        }
        if d.tcvn3 >= 5, d.tcvn3 * 100 >= d.letters, let f = d.firstTCVN3 {
            let (l, c) = at(f)
            out.append(Diagnostic(rule: "U01", severity: .warning, message: "the text looks like TCVN3 (ABC) read as Latin-1; convert it to Unicode", line: l, column: c))
        } else if d.vni >= 8, d.vni * 50 >= d.letters {
            out.append(Diagnostic(rule: "U01", severity: .warning, message: "the text looks like VNI read as Latin-1; convert it to Unicode", line: 1))
        }
        if d.lone >= 8, d.lone * 200 >= d.letters {
            out.append(Diagnostic(rule: "U01", severity: .warning, message: "letters appear to be missing (diacritic letters dropped by a PDF export, e.g. `C NG HOÀ`)", line: 1))
        }
        if let r = d.replacement {
            let (l, c) = at(r)
            out.append(Diagnostic(rule: "U01", severity: .warning, message: "the text holds replacement characters (U+FFFD): it was decoded with the wrong encoding", line: l, column: c))
        }
        return out
    }

    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// NUL bytes or many control characters in the first 8 KiB mean a binary file.
    private static func rejectBinary(_ raw: [UInt8], from start: Int) throws(InputError) {
        let probe = raw[start..<min(raw.count, start + 8192)]
        var controls = 0
        for b in probe {
            if b == 0 { throw .binary }
            if b < 0x20, b != 0x0A, b != 0x0D, b != 0x09, b != 0x0C { controls += 1 }
        }
        if controls * 20 > probe.count { throw .binary }
        // Zip containers (.docx) and other known binary signatures.
        if probe.starts(with: [0x50, 0x4B, 0x03, 0x04]) || probe.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) || probe.starts(with: [0x25, 0x50, 0x44, 0x46]) {
            throw .binary
        }
    }

    enum UTF8Status { case valid, truncatedAt(Int), invalidAt(Int) }

    struct UTF8Check {
        var status: UTF8Status = .valid
        /// Some byte is not white space.
        var hasText = false
        /// Combining marks (U+0300–U+036F) are the only way Vietnamese text is not already NFC.
        var mayNeedNFC = false
    }

    /// One pass over the bytes; a sequence that is only cut by the end of input is `truncatedAt`.
    static func validateUTF8(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> UTF8Check {
        var out = UTF8Check()
        var i = start
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if !out.hasText, !isBlank(c) { out.hasText = true }
                i += 1
                continue
            }
            out.hasText = true
            let len: Int
            var lowBound: UInt8 = 0x80, highBound: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lowBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; highBound = 0x9F
            case 0xF0: len = 4; lowBound = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; highBound = 0x8F
            default: out.status = .invalidAt(i); return out
            }
            for k in 1..<len {
                guard i + k < n else { out.status = .truncatedAt(i); return out }
                let cb = b[i + k]
                let lo: UInt8 = k == 1 ? lowBound : 0x80
                let hi: UInt8 = k == 1 ? highBound : 0xBF
                if cb < lo || cb > hi { out.status = .invalidAt(i); return out }
            }
            if c == 0xCC || (c == 0xCD && b[i + 1] <= 0xAF) { out.mayNeedNFC = true }
            i += len
        }
        return out
    }

    private static func position(of offset: Int, in raw: [UInt8], from start: Int) -> (Int, Int) {
        var line = 1, lineStart = start
        for i in start..<offset where raw[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return (line, offset - lineStart + 1)
    }
}

/// Why an input could not be read as a document at all.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    case binary
    case invalidUTF8(line: Int, column: Int)

    public var description: String {
        switch self {
        case .empty: "empty input: there is no text to parse"
        case .binary: "binary input: this is not a text or HTML document (a .docx, PDF or image?)"
        case .invalidUTF8(let line, let column):
            "\(line):\(column): invalid UTF-8 (is the file in a legacy encoding such as TCVN3, VNI or Windows-1258?)"
        }
    }
}

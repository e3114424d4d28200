import VanBanModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Input bytes made ready for the tokenizers: UTF-8 checked, BOM dropped, NFC, line table built.
///
/// Every offset and every line number in the syntax layer refers to `bytes`, the normalized text.
/// Lines are 1-based; columns are 1-based UTF-8 byte offsets within the line.
public struct SourceText: Sendable {
    /// The normalized UTF-8 text.
    public let bytes: [UInt8]
    /// The same text as a `String` (made at each call: the readers cut their texts from `bytes`).
    public var text: String { bytes.withUnsafeBufferPointer { String(validUTF8: $0) } }
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]
    /// Findings made while decoding (a cut-off final character, a non-NFC input).
    public var diagnostics: [Diagnostic]
    /// Characters beyond ASCII in `bytes`, from the decoding scan.
    let beyondASCII: Int

    /// Decodes raw input.
    /// - Parameter guessingLegacyEncodings: whether bytes that are not UTF-8 may be read as a file in
    ///   TCVN3, VNI, Windows-1258 or VISCII (false where the input names its own encoding, as a page does).
    /// - Throws: `InputError` when no text can be read from the bytes at all.
    public init(decoding file: [UInt8], guessingLegacyEncodings: Bool = true) throws(InputError) {
        let raw = Self.linesAtCR(file) ?? file
        var notes: [Diagnostic] = []
        var start = 0
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { start = 3 }
        try Self.rejectBinary(raw, from: start)
        // Our quick check passes almost every text, the standard library decides the rest (and our
        // own pass only locates a fault). Valid UTF-8 is kept as it came: no string is made of it.
        var bytes: [UInt8]
        if raw.withUnsafeBufferPointer({ b in
            let text = UnsafeBufferPointer(rebasing: b[start...])
            return Bytes.surelyValidUTF8(text) || String(validating: text, as: UTF8.self) != nil
        }) {
            bytes = start == 0 ? raw : Array(raw[start...])
        } else {
            switch raw.withUnsafeBufferPointer({ Self.locateFault($0, from: start) }) {
            case .valid:
                bytes = Array(String(decoding: raw[start...], as: UTF8.self).utf8)
            case .truncatedAt(let offset):
                // An excerpt cut inside a multi-byte character: drop the partial character, say so.
                let (line, column) = Self.position(of: offset, in: raw, from: start)
                notes.append(Diagnostic(rule: "I02", severity: .warning,
                    message: "input ends inside a UTF-8 character; the partial character was dropped",
                    line: line, column: column))
                bytes = Array(String(decoding: raw[start..<offset], as: UTF8.self).utf8)
            case .invalidAt(let offset):
                // A UTF-8 text but for a few stray bytes is refused where the first one stands: read
                // in a legacy encoding, every Vietnamese letter of it would turn to mojibake.
                let (valid, stray) = raw.withUnsafeBufferPointer { Self.utf8Census(UnsafeBufferPointer(rebasing: $0[start...])) }
                if Self.isDamagedCopy(valid: valid, stray: stray) {
                    let (line, column) = Self.position(of: offset, in: raw, from: start)
                    throw .damagedUTF8(line: line, column: column, strayBytes: stray)
                }
                // A file saved in a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258, VISCII) is
                // converted; any other encoding is refused, naming where the UTF-8 breaks.
                if guessingLegacyEncodings, let legacy = LegacyFile.decode(Array(raw[start...])) {
                    notes.append(Diagnostic(rule: "U01", severity: .warning, message: legacy.note, line: 1))
                    bytes = Array(legacy.text.utf8)
                } else {
                    let (line, column) = Self.position(of: offset, in: raw, from: start)
                    throw .invalidUTF8(line: line, column: column)
                }
            }
        }
        if bytes.allSatisfy(Self.isBlank) { throw .empty }
        // One pass over valid text: line starts, the damage counts, whether NFC may change it.
        var scan = bytes.withUnsafeBufferPointer(Self.scan)
        if scan.mayNeedNFC {
            let nfc = Array(String(decoding: bytes, as: UTF8.self)._nfcCodeUnits)
            if nfc != bytes {
                notes.append(Diagnostic(rule: "U01", severity: .warning,
                    message: "input is not in Unicode NFC; it was normalized before parsing", line: 1))
                bytes = nfc
                scan = bytes.withUnsafeBufferPointer(Self.scan)
            }
        }
        if scan.invisible {
            bytes = Self.droppingInvisible(bytes)
            if bytes.allSatisfy(Self.isBlank) { throw .empty }
            scan = bytes.withUnsafeBufferPointer(Self.scan)
        }
        let lines = Self.legacyLines(bytes: bytes, damage: scan.damage)
        if let whole = Self.rereadFile(bytes, damage: scan.damage, over: lines?.text) {
            // A legacy file read as Latin-1 and saved again as UTF-8.
            notes.append(Diagnostic(rule: "U01", severity: .warning,
                message: "the text is \(whole.encoding) read as Latin-1 (or Windows-1252) and saved again as UTF-8; it was converted to Unicode\(whole.advice)",
                line: 1))
            bytes = Array(whole.text.utf8)
            scan = bytes.withUnsafeBufferPointer(Self.scan)
        } else if let legacy = lines {
            // Lines in TCVN3 or VNI read as Latin-1 are converted (before the eth letters below: VN3
            // writes é as Ð).
            notes.append(Diagnostic(rule: "U01", severity: .warning,
                message: "the text is \(legacy.encoding) read as Latin-1 on \(legacy.count) line(s); it was converted to Unicode\(legacy.advice)",
                line: legacy.firstLine))
            bytes = Array(legacy.text.utf8)
            scan = bytes.withUnsafeBufferPointer(Self.scan)
        }
        if let first = scan.damage.firstEth {
            // Ð ð → Đ đ: two bytes for two (C3 90 → C4 90, C3 B0 → C4 91), so no offset moves.
            Self.readEthAsDStroke(&bytes, from: first)
            let (line, column) = Self.position(of: first, in: bytes, from: 0)
            notes.append(Diagnostic(rule: "U01", severity: .warning,
                message: "the text writes Đ/đ as the eth letters Ð/ð (U+00D0, U+00F0), as a Windows-1258 text read as Latin-1 does; they were read as Đ/đ",
                line: line, column: column))
        }
        notes += Self.damage(scan.damage, in: bytes)
        self.bytes = bytes
        self.lineStarts = scan.lineStarts
        self.diagnostics = notes
        self.beyondASCII = scan.damage.latin1 + scan.damage.other
    }

    /// The text as read when it has almost no Vietnamese diacritics: typed or recognized without them
    /// (không dấu: `CONG HOA XA HOI`, `Noi nhan:`), or in another language. Letters enough, and hardly
    /// a character beyond ASCII among them, where a fifth to a third of Vietnamese letters carry a
    /// mark. Its landmark words are given their marks back (`UnmarkedText`), and U01 says so (or, when
    /// no word was, that its landmarks are not read); nil for any other text. For the text forms
    /// only: a page's letters may stand in character references (`&#7879;`), and a Word file's in a
    /// legacy font's runs.
    public func restoringDiacritics() -> SourceText? {
        guard let (beyond, letters) = diacriticsCount() else { return restoringUnmarkedParts() }
        var out = self
        if let (restored, words) = UnmarkedText.restoringLandmarks(text),
           var reread = try? SourceText(decoding: Array(restored.utf8)) {
            reread.diagnostics = diagnostics
            out = reread
            out.diagnostics.append(note(beyondASCII: beyond, letters: letters, restored: words))
        } else {
            out.diagnostics.append(note(beyondASCII: beyond, letters: letters, restored: nil))
        }
        return out
    }

    /// A text with its diacritics whose header or signature has none: an OCR run reads a scan's
    /// header and signature, set in capitals in tables, without them (`BO GIAO DUC VA DAO TAO`,
    /// `CONG HOA XA HOI CHU NGHIA VIET NAM`; `Noi nhan:`, `KT. GIAM DOC`) and its body with them.
    /// When the quốc hiệu opens one of the first 60 lines unmarked, the landmark words of the lines
    /// with no marked letter from the top to 30 lines under it get their marks back (`UnmarkedText`);
    /// when `Noi nhan` or an authority (`TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`) opens an unmarked line
    /// among the last 40, those of the lines with no marked letter from there to the end do. U01
    /// says so where each part starts; nil when no word was restored, or when the text has fewer
    /// than 20 characters beyond ASCII.
    private func restoringUnmarkedParts() -> SourceText? {
        // A text with its marks: a few lines all ASCII (a note, a number) are too few to judge.
        guard beyondASCII >= 20 else { return nil }
        let count = lineStarts.count
        var header: Int?
        for k in 0..<min(count, 60) {
            let r = lineRange(k + 1)
            var f = r.lowerBound
            while f < r.upperBound, bytes[f] == Bytes.space || bytes[f] == Bytes.tab { f += 1 }
            // `CONG ` in any case first (a marked `CỘNG` fails at its second byte), then the whole phrase.
            guard f + 5 <= r.upperBound, bytes[f] | 0x20 == UInt8(ascii: "c"), bytes[f + 1] | 0x20 == UInt8(ascii: "o"),
                  bytes[f + 2] | 0x20 == UInt8(ascii: "n"), bytes[f + 3] | 0x20 == UInt8(ascii: "g"), bytes[f + 4] == Bytes.space,
                  UnmarkedText.opensUnmarkedNationalName(String(decoding: bytes[f..<r.upperBound], as: UTF8.self)) else { continue }
            header = k
            break
        }
        let headerEnd = header.map { min(count, $0 + 31) } ?? 0
        var signature: Int?
        for k in max(header.map { $0 + 1 } ?? 0, count - 40)..<count where opensUnmarkedSignature(lineRange(k + 1)) {
            signature = k
            break
        }
        guard header != nil || signature != nil else { return nil }
        var out = ""
        var words = (header: 0, signature: 0)
        var from = 0
        // The header's lines, then the signature's (from where the header's end, when they meet).
        let signatureStart = max(signature ?? count, headerEnd)
        for (start, end, isHeader) in [(0, headerEnd, true), (signatureStart, signature == nil ? signatureStart : count, false)] where start < end {
            out += String(decoding: bytes[lineStarts[from]..<lineStarts[start]], as: UTF8.self)
            for k in start..<end {
                let r = lineRange(k + 1)
                let line = Substring(String(decoding: bytes[r], as: UTF8.self))
                if line.unicodeScalars.contains(where: { $0.value >= 0x80 && $0.properties.isAlphabetic }) {
                    out += line
                } else {
                    let (restored, n) = UnmarkedText.restoring(line)
                    out += restored
                    if isHeader { words.header += n } else { words.signature += n }
                }
                // The line's break.
                out += String(decoding: bytes[r.upperBound..<(k + 1 < count ? lineStarts[k + 1] : bytes.count)], as: UTF8.self)
            }
            from = end
        }
        guard words.header + words.signature > 0 else { return nil }
        if from < count { out += String(decoding: bytes[lineStarts[from]...], as: UTF8.self) }
        guard var reread = try? SourceText(decoding: Array(out.utf8)) else { return nil }
        reread.diagnostics = diagnostics
        func restored(_ n: Int) -> String { "were read with their marks restored (\(n) words), every other word as written" }
        if let at = header, words.header > 0 {
            reread.diagnostics.append(Diagnostic(rule: "U01", severity: .warning,
                message: "the header's lines have no Vietnamese diacritics where the text has them, as an OCR run reads a scan's header: its landmark words (`CONG HOA XA HOI` → `CỘNG HÒA XÃ HỘI` …) "
                    + restored(words.header),
                line: at + 1, column: 1))
        }
        if let at = signature, words.signature > 0 {
            reread.diagnostics.append(Diagnostic(rule: "U01", severity: .warning,
                message: "the signature's lines have no Vietnamese diacritics where the text has them, as an OCR run reads a scan's signature: its landmark words (`Noi nhan` → `Nơi nhận`, `GIAM DOC` → `GIÁM ĐỐC` …) "
                    + restored(words.signature),
                line: at + 1, column: 1))
        }
        return reread
    }

    /// A line all ASCII that opens, after any spaces, with `Noi nhan` (any case) or an authority's
    /// prefix and a capital (`KT. GIAM DOC`): an unmarked signature's first line.
    private func opensUnmarkedSignature(_ whole: Range<Int>) -> Bool {
        // Laid out in columns (`pdftotext -layout`, `w3m`), the line opens with spaces.
        guard let first = bytes[whole].firstIndex(where: { $0 != Bytes.space && $0 != Bytes.tab }) else { return false }
        let r = first..<whole.upperBound
        guard r.count >= 4, !bytes[r].contains(where: { $0 >= 0x80 }) else { return false }
        let line = bytes[r]
        if Self.noiNhan.indices.allSatisfy({ r.lowerBound + $0 < r.upperBound && line[r.lowerBound + $0] | 0x20 == Self.noiNhan[$0] }) { return true }
        for prefix in Self.authorityPrefixes where r.count > prefix.count && line.starts(with: prefix) {
            let next = line[r.lowerBound + prefix.count]
            return next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")
        }
        return false
    }

    private static let noiNhan = Array("noi nhan".utf8)
    private static let authorityPrefixes = ["TM. ", "KT. ", "TL. ", "TUQ. ", "Q. "].map { Array($0.utf8) }

    private func note(beyondASCII: Int, letters: Int, restored: Int?) -> Diagnostic {
        let what = restored.map { "its landmark words (`CONG HOA XA HOI` → `CỘNG HÒA XÃ HỘI`, `So:` → `Số:`, `Noi nhan:` → `Nơi nhận:` …) were read with their marks restored (\($0) words), every other word as written" }
            ?? "its numbering is read, but its header, signature and other landmarks (`CỘNG HÒA`, `Số:`, `Nơi nhận:`) are not"
        return Diagnostic(rule: "U01", severity: .warning,
            message: "the text has almost no Vietnamese diacritics (\(beyondASCII) characters beyond ASCII among \(letters) letters), as text typed or recognized without them (không dấu) has: " + what,
            line: 1)
    }

    private func diacriticsCount() -> (beyond: Int, letters: Int)? {
        guard beyondASCII * 100 < bytes.count else { return nil }
        let letters = Self.letters(bytes)
        guard letters >= 200, beyondASCII * 100 < letters else { return nil }
        return (beyondASCII, letters)
    }

    /// A whole legacy file read as Latin-1 or Windows-1252 and saved again as UTF-8: when the text is
    /// nearly all Latin-1 (no Vietnamese text is: ơ ư đ ạ … lie beyond it) and the legacy reading
    /// reads more like Vietnamese than the text does, or than its lines converted by `legacyLines`.
    static func rereadFile(_ bytes: [UInt8], damage: DamageCounts, over lines: String?) -> LegacyFile.Decoded? {
        guard damage.latin1 >= 20, damage.other * 20 <= damage.latin1 else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let whole = LegacyFile.reread(text) else { return nil }
        let score = LegacyFile.score(whole.text), before = LegacyFile.score(lines ?? text)
        return score >= 5 && score > before * 3 / 2 ? whole : nil
    }

    /// The text with its lines in TCVN3 (ABC) or VNI (Windows) read as Latin-1 converted, when the
    /// scan's counts show enough of either (`Th«ng t­`, `Coäng hoøa`): the text, the first converted
    /// line (1-based), how many were, the encoding's name and advice for the note; nil otherwise.
    static func legacyLines(bytes: [UInt8], damage: DamageCounts)
        -> (text: String, firstLine: Int, count: Int, encoding: String, advice: String)? {
        if damage.tcvn3 >= 5, damage.tcvn3 * 100 >= letters(bytes), let vn3 = TCVN3.convertLines(String(decoding: bytes, as: UTF8.self)) {
            return (vn3.text, vn3.firstLine, vn3.count, "TCVN3 (ABC)", " (check the capitals)")
        }
        if damage.vni >= 8, damage.vni * 50 >= letters(bytes), let vni = VNI.convertLines(String(decoding: bytes, as: UTF8.self)) {
            return (vni.text, vni.firstLine, vni.count, "VNI (Windows)", "")
        }
        return nil
    }

    /// UTF-8 for a text saved as UTF-16 (with its byte order mark, as Windows Notepad saves
    /// "Unicode", or without one: see `byteOrderOfUnmarkedUTF16`); nil for any other input.
    /// Unpaired surrogates become U+FFFD (reported as U01 by the decoder); an odd last byte is dropped.
    public static func utf8(fromUTF16 raw: [UInt8]) -> [UInt8]? {
        guard raw.count >= 2 else { return nil }
        let little: Bool
        var i = 2
        switch (raw[0], raw[1]) {
        case (0xFF, 0xFE): little = true
        case (0xFE, 0xFF): little = false
        default:
            guard let order = byteOrderOfUnmarkedUTF16(raw) else { return nil }
            little = order
            i = 0
        }
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2)
        while i + 1 < raw.count {
            units.append(little ? UInt16(raw[i]) | UInt16(raw[i + 1]) << 8 : UInt16(raw[i]) << 8 | UInt16(raw[i + 1]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Whether a text without a byte order mark is UTF-16, little-endian (true) or big-endian
    /// (false): in its first 4 KiB the high byte of a quarter of the units or more is zero (the
    /// spaces, digits and plain letters of any Vietnamese text), the low byte of none is (but for
    /// U+0300, the grave accent of decomposed text), and every unit below U+0020 is a tab or a line
    /// break. UTF-8 text has no zero bytes; binary files have them at both places and controls besides.
    static func byteOrderOfUnmarkedUTF16(_ raw: [UInt8]) -> Bool? {
        let n = min(raw.count, 4096) & ~1
        // Nearly every input is UTF-8 text, which has no zero byte: one vectorized look rules it out.
        guard n >= 16, Bytes.find(raw, [0], to: n) != nil else { return nil }
        // Zero bytes at even and odd offsets, and those that are U+0300's low byte either way round.
        var zeroEven = 0, zeroOdd = 0, graveLE = 0, graveBE = 0
        for k in stride(from: 0, to: n, by: 2) {
            if raw[k] == 0 { zeroEven += 1; if raw[k + 1] == 0x03 { graveLE += 1 } }
            if raw[k + 1] == 0 { zeroOdd += 1; if raw[k] == 0x03 { graveBE += 1 } }
        }
        let units = n / 2
        let little: Bool
        if zeroOdd * 4 >= units, zeroEven == graveLE { little = true } else if zeroEven * 4 >= units, zeroOdd == graveBE { little = false } else { return nil }
        for k in stride(from: 0, to: n, by: 2) {
            let u = little ? UInt16(raw[k]) | UInt16(raw[k + 1]) << 8 : UInt16(raw[k]) << 8 | UInt16(raw[k + 1])
            if u < 0x20, u != 0x09, u != 0x0A, u != 0x0D { return nil }
        }
        return little
    }

    /// The number of lines.
    public var lineCount: Int { lineStarts.count }

    /// How the decoder's note on the first U+FFFD of a text begins.
    static let replacementNote = "the text holds replacement characters"

    /// A reader's own notes on the U+FFFD it wrote (a mended copy's, a page's bytes its code page
    /// leaves undefined), put first; the decoder's note on the first U+FFFD is dropped where one of
    /// them stands at it, as it would tell a wrong cause.
    public mutating func noteReplacements(_ notes: [Diagnostic]) {
        diagnostics.removeAll { d in
            d.rule == "U01" && d.message.hasPrefix(Self.replacementNote) && notes.contains { $0.line == d.line && $0.column == d.column }
        }
        diagnostics.insert(contentsOf: notes, at: 0)
    }

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
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// The bytes of a 1-based line, without its line break (empty past the last line).
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return 0..<0 }
        let from = lineStarts[line - 1]
        var to = line < lineStarts.count ? lineStarts[line] : bytes.count
        while to > from, bytes[to - 1] == 0x0A || bytes[to - 1] == 0x0D { to -= 1 }
        return from..<to
    }

    // MARK: - Checks

    /// For each Latin-1 code point: 1 when TCVN3 (ABC) lower-case letters land on it ("v¨n b¶n",
    /// "Th«ng t­"), 2 when VNI spells a tone with it ("Vieät", "coâng"), 3 for the eth letters Ð ð,
    /// which stand for Đ đ in Vietnamese text (Windows-1258's D0 and F0 read as Latin-1, and some
    /// input methods), 0 otherwise.
    private static let latin1Kind: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 256)
        for v in [0xA8, 0xAA, 0xAC, 0xAD, 0xAE, 0xB5, 0xB6, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE, 0xAB] { t[v] = 1 }
        for v in [0xE4, 0xE5, 0xE6, 0xEB, 0xEE, 0xEF, 0xF1, 0xF6, 0xF8, 0xFB, 0xFC] { t[v] = 2; t[v - 0x20] = 2 }
        t[0xD0] = 3
        t[0xF0] = 3
        return t
    }()

    /// What the scan counts to tell damaged text: TCVN3 or VNI read as Latin-1, letters dropped
    /// by a PDF export, replacement characters.
    struct DamageCounts: Equatable {
        var tcvn3 = 0, vni = 0, lone = 0
        /// Scalars from U+0080 to U+00FF, and the other scalars beyond ASCII.
        var latin1 = 0, other = 0
        var firstTCVN3: Int?
        var replacement: Int?
        /// Where the first Ð or ð is (see `latin1Kind`).
        var firstEth: Int?
    }

    /// Upper-case consonants that a PDF export leaves alone when it drops a word's diacritic
    /// letters ("C NG HOÀ", "U BAN"): B C D G H K L M N P Q R S T V X.
    @inline(__always) private static func isLoneConsonant(_ c: UInt8) -> Bool {
        guard c >= 0x42, c <= 0x58 else { return false }
        let mask: UInt32 = 1 << 1 | 1 << 2 | 1 << 3 | 1 << 6 | 1 << 7 | 1 << 10 | 1 << 11 | 1 << 12 | 1 << 13
            | 1 << 15 | 1 << 16 | 1 << 17 | 1 << 18 | 1 << 19 | 1 << 21 | 1 << 23
        return mask >> UInt32(c - 0x41) & 1 == 1
    }

    /// The zero-width space (U+200B), the word joiner (U+2060) and the byte order mark inside a
    /// text (U+FEFF, a zero-width no-break space there): they show nothing and mean nothing in a
    /// document, but split the words a copy from a web page or a second BOM carries them into.
    @inline(__always) static func isInvisible(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        a == 0xE2 && (b == 0x80 && c == 0x8B || b == 0x81 && c == 0xA0) || a == 0xEF && b == 0xBB && c == 0xBF
    }

    /// The bytes without the invisible characters (valid UTF-8 in, valid UTF-8 out).
    static func droppingInvisible(_ b: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if i + 2 < b.count, isInvisible(b[i], b[i + 1], b[i + 2]) { i += 3; continue }
            out.append(b[i])
            i += 1
        }
        return out
    }

    /// A text whose lines end in CR alone (classic Mac OS) with each CR made a line feed, the line
    /// end everything here reads (one byte for one: no offset moves); nil for any other text.
    public static func linesAtCR(_ raw: [UInt8]) -> [UInt8]? {
        let (lf, cr) = raw.withUnsafeBytes { b in
            b.baseAddress.map { (memchr($0, 0x0A, b.count) != nil, memchr($0, 0x0D, b.count) != nil) } ?? (false, false)
        }
        guard cr, !lf else { return nil }
        return raw.map { $0 == 0x0D ? 0x0A : $0 }
    }

    /// The bytes as they will be read, when that differs and they are UTF-8: composed (NFC) where
    /// combining marks (U+0300–U+036F) compose with their letters (a decomposed text, NFD), and the
    /// invisible characters dropped. Nil otherwise. For looking at a text's shape before it is read.
    public static func asRead(_ file: [UInt8]) -> [UInt8]? {
        let crOnly = linesAtCR(file)
        let raw = crOnly ?? file
        let (marked, invisible) = raw.withUnsafeBufferPointer { b -> (Bool, Bool) in
            guard let base = b.baseAddress else { return (false, false) }
            let marked = memchr(base, 0xCC, b.count) != nil || memchr(base, 0xCD, b.count) != nil
            var invisible = false
            for lead: UInt8 in [0xE2, 0xEF] where !invisible {
                var i = 0
                while i + 2 < b.count, let hit = memchr(base + i, Int32(lead), b.count - i) {
                    let k = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                    if k + 2 < b.count, isInvisible(b[k], b[k + 1], b[k + 2]) { invisible = true; break }
                    i = k + 1
                }
            }
            return (marked, invisible)
        }
        guard marked || invisible, let text = String(validating: raw, as: UTF8.self) else { return crOnly }
        var out = marked ? Array(text._nfcCodeUnits) : raw
        if invisible { out = droppingInvisible(out) }
        return out == file ? nil : out
    }

    enum UTF8Status { case valid, truncatedAt(Int), invalidAt(Int) }

    /// What one pass over valid text learns.
    struct Scan: Equatable {
        /// Combining marks (U+0300–U+036F) are the only way Vietnamese text is not already NFC.
        var mayNeedNFC = false
        /// Characters that show nothing and mean nothing in a document (see `isInvisible`).
        var invisible = false
        /// Offsets of the first byte of each line.
        var lineStarts: [Int] = [0]
        var damage = DamageCounts()
    }

    /// Line starts and damage counts, in one pass over valid UTF-8: sixteen bytes at a time
    /// (`scanBlocks`), the last few one at a time (`scanBytes`, which reads every byte on its own and
    /// is the reference the block loop is tested against).
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> Scan {
        latin1Kind.withUnsafeBufferPointer { kinds in
            byteClass.withUnsafeBufferPointer { classes in
                var state = ScanState(capacity: b.count / 40 + 1)
                let tail = scanBlocks(b, kinds: kinds, into: &state)
                scanBytes(b, from: tail, kinds: kinds, classes: classes, into: &state)
                return state.result
            }
        }
    }

    /// `scan` one byte at a time throughout.
    static func scanByBytes(_ b: UnsafeBufferPointer<UInt8>) -> Scan {
        latin1Kind.withUnsafeBufferPointer { kinds in
            byteClass.withUnsafeBufferPointer { classes in
                var state = ScanState(capacity: b.count / 40 + 1)
                scanBytes(b, from: 0, kinds: kinds, classes: classes, into: &state)
                return state.result
            }
        }
    }

    /// Byte classes for `scanBytes`: a word's end (space, line feed), a lone consonant's letter, a
    /// Latin-1 lead (C2, C3: where TCVN3 and VNI read as Latin-1 land), any other lead beyond
    /// ASCII, and the bytes that need a closer look.
    private enum ByteClass {
        static let boundary: UInt8 = 1, lone: UInt8 = 2, latin1: UInt8 = 4, other: UInt8 = 8, rare: UInt8 = 16
    }

    private static let byteClass: [UInt8] = (0..<256).map { v in
        let c = UInt8(v)
        var k: UInt8 = 0
        if c == 0x20 || c == 0x0A { k |= ByteClass.boundary }
        if isLoneConsonant(c) { k |= ByteClass.lone }
        if c == 0xC2 || c == 0xC3 { k |= ByteClass.latin1 }
        if c >= 0xC4 { k |= ByteClass.other }
        if c == 0x0A || c == 0xCC || c == 0xCD || c == 0xE2 || c == 0xEF { k |= ByteClass.rare }
        return k
    }

    /// The scan's counts so far, as plain values (kept in registers by the loops).
    struct ScanState {
        var starts: [Int]
        var mayNeedNFC = false, invisible = false
        var lone = 0, latin1 = 0, other = 0, tcvn3 = 0, vni = 0
        var firstTCVN3: Int?, firstEth: Int?, replacement: Int?

        init(capacity: Int) {
            starts = [0]
            starts.reserveCapacity(capacity)
        }

        var result: Scan {
            var damage = DamageCounts()
            damage.lone = lone
            damage.latin1 = latin1
            damage.other = other
            damage.tcvn3 = tcvn3
            damage.vni = vni
            damage.firstTCVN3 = firstTCVN3
            damage.firstEth = firstEth
            damage.replacement = replacement
            return Scan(mayNeedNFC: mayNeedNFC, invisible: invisible, lineStarts: starts, damage: damage)
        }

        /// A C2/C3 lead at `i` with its next byte: the Latin-1 letter's kind, counted.
        @inline(__always) mutating func latin1Letter(_ c: UInt8, _ next: UInt8, at i: Int, kinds: UnsafeBufferPointer<UInt8>) {
            let kind = kinds[Int(c & 0x03) << 6 | Int(next & 0x3F)]
            if kind == 1 { tcvn3 += 1; if firstTCVN3 == nil { firstTCVN3 = i } }
            if kind == 2 { vni += 1 }
            if kind == 3, firstEth == nil { firstEth = i }
        }

        /// One of the rare bytes other than a line feed (CC, CD, E2, EF) at `i`.
        @inline(__always) mutating func rare(_ b: UnsafeBufferPointer<UInt8>, at i: Int) {
            let c = b[i], n = b.count
            let next = b[min(i + 1, n - 1)]
            if c == 0xCC || (c == 0xCD && next <= 0xAF) {
                mayNeedNFC = true
            } else if (c == 0xE2 || c == 0xEF), i + 2 < n {
                if c == 0xEF, next == 0xBF, b[i + 2] == 0xBD, replacement == nil { replacement = i }  // U+FFFD
                if isInvisible(c, next, b[i + 2]) { invisible = true }
            }
        }
    }

    /// Sixteen bytes at a time while a next byte follows them: each test one vector comparison,
    /// turned into one bit per byte (`VectorMasks.bits16`); only the bytes that need a closer look
    /// (line feeds, Latin-1 leads, the rare leads, a letter between two word ends) are visited.
    /// Returns where the bytes left for `scanBytes` start.
    private static func scanBlocks(_ b: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>, into s: inout ScanState) -> Int {
        guard let base = UnsafeRawPointer(b.baseAddress) else { return 0 }
        typealias V = SIMD16<UInt8>
        let n = b.count
        let bits = VectorMasks.bits16
        // Word ends among the two bytes before the block (bit 0: the one two before, bit 1: the one
        // before); the text opens as after a word's end.
        var before: UInt32 = 0b10
        var lone = 0, latin1 = 0, other = 0
        // Leads of other scalars (C4 and above) per lane, added up every 255 blocks at most.
        var otherLanes = V(repeating: 0)
        var blocks = 0
        var i = 0
        while i + 16 < n {
            let v = base.loadUnaligned(fromByteOffset: i, as: V.self)
            let lf = v .== V(repeating: 0x0A)
            let ends = bits(lf .| (v .== V(repeating: 0x20)))
            // A letter between two word ends: a word end two bytes before and at the byte.
            let around = ends << 2 | before
            var candidates = around & around >> 2 & 0xFFFF
            while candidates != 0 {
                let t = candidates.trailingZeroBitCount
                candidates &= candidates - 1
                lone &+= isLoneConsonant(b[i + t - 1]) ? 1 : 0
            }
            before = around >> 16 & 0b11
            if VectorMasks.any16(v .>= V(repeating: 0x80)) {
                // Leads: C2 C3 (Latin-1), C4 and above (any other), CC CD E2 EF (rare).
                otherLanes &-= unsafeBitCast(v .>= V(repeating: 0xC4), to: V.self)
                // Each kind of byte is looked for only where one is (a test of the block first).
                let pair = v & V(repeating: 0xFE)
                let latin1Leads = pair .== V(repeating: 0xC2)
                if VectorMasks.any16(latin1Leads) {
                    latin1 &+= bits(latin1Leads).nonzeroBitCount
                    // Looked up one by one: the C2 leads (U+0080–U+00BF), and the C3 leads of a letter
                    // Vietnamese does not write (à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals
                    // are of no legacy kind; a C3 lead's next byte, capitals folded to small letters).
                    let next = base.loadUnaligned(fromByteOffset: i + 1, as: V.self) | V(repeating: 0x20)
                    let vietnamese = (next &- V(repeating: 0xA0) .< V(repeating: 4)) .| (next &- V(repeating: 0xA8) .< V(repeating: 3))
                        .| (next &- V(repeating: 0xAC) .< V(repeating: 2)) .| (next &- V(repeating: 0xB2) .< V(repeating: 4))
                        .| (next &- V(repeating: 0xB9) .< V(repeating: 2)) .| (next .== V(repeating: 0xBD))
                    let looked = (v .== V(repeating: 0xC2)) .| ((v .== V(repeating: 0xC3)) .& .!vietnamese)
                    var lead1 = VectorMasks.any16(looked) ? bits(looked) : 0
                    while lead1 != 0 {
                        let t = lead1.trailingZeroBitCount
                        lead1 &= lead1 - 1
                        s.latin1Letter(b[i + t], b[i + t + 1], at: i + t, kinds: kinds)
                    }
                }
                let rareLeads = pair .== V(repeating: 0xCC) .| (v .== V(repeating: 0xE2)) .| (v .== V(repeating: 0xEF))
                var rare = VectorMasks.any16(rareLeads) ? bits(rareLeads) : 0
                while rare != 0 {
                    let t = rare.trailingZeroBitCount
                    rare &= rare - 1
                    s.rare(b, at: i + t)
                }
                blocks &+= 1
                if blocks == 255 {
                    other &+= Int(SIMD16<UInt16>(truncatingIfNeeded: otherLanes).wrappedSum())
                    otherLanes = V(repeating: 0)
                    blocks = 0
                }
            }
            var feeds = VectorMasks.any16(lf) ? bits(lf) : 0
            while feeds != 0 {
                let t = feeds.trailingZeroBitCount
                feeds &= feeds - 1
                s.starts.append(i + t + 1)
            }
            i += 16
        }
        other &+= Int(SIMD16<UInt16>(truncatingIfNeeded: otherLanes).wrappedSum())
        s.lone &+= lone
        s.latin1 &+= latin1
        s.other &+= other
        return i
    }

    /// The scan one byte at a time from `from` (0, or where `scanBlocks` stopped). Every byte is
    /// looked at on its own (a lead byte tells its character; continuation bytes count for
    /// nothing), through one table of classes, so that the loop has no branch the text's letters
    /// decide: only line feeds and the rare bytes (combining marks, `E2`/`EF` leads, legacy letters)
    /// branch.
    private static func scanBytes(_ b: UnsafeBufferPointer<UInt8>, from: Int, kinds latin1Kind: UnsafeBufferPointer<UInt8>,
                                  classes: UnsafeBufferPointer<UInt8>, into s: inout ScanState) {
        let n = b.count
        guard from < n else { return }
        // Plain locals in the loop (not fields of a struct holding an array), so they stay in registers.
        var lone = 0, latin1 = 0, other = 0
        // The last three bytes' word-end and lone-letter bits (2 bits each, newest lowest); the text
        // opens as after a word's end.
        var window: UInt32 = UInt32(ByteClass.boundary)
        if from >= 2 { window = UInt32(classes[Int(b[from - 2])] & 3) << 2 | UInt32(classes[Int(b[from - 1])] & 3) }
        var i = from
        while i < n {
            let c = b[i]
            let k = classes[Int(c)]
            // A lone upper-case consonant between word ends: end, letter, end.
            window = (window << 2 | UInt32(k & 3)) & 0x3F
            lone &+= window & 0x19 == 0x19 ? 1 : 0
            latin1 &+= Int(k >> 2 & 1)
            other &+= Int(k >> 3 & 1)
            // The Latin-1 code point of a C2/C3 lead and its next byte, looked up without a branch.
            let next = b[min(i + 1, n - 1)]
            let kind = latin1Kind[Int(c & 0x03) << 6 | Int(next & 0x3F)] & (0 &- (k >> 2 & 1))
            if kind != 0 { s.latin1Letter(c, next, at: i, kinds: latin1Kind) }
            if k & ByteClass.rare != 0 {
                if c == 0x0A {
                    if i + 1 < n { s.starts.append(i + 1) }
                } else {
                    s.rare(b, at: i)
                }
            }
            i += 1
        }
        s.lone &+= lone
        s.latin1 &+= latin1
        s.other &+= other
    }

    /// Where invalid UTF-8 starts; a sequence only cut by the end of input is `truncatedAt`.
    static func locateFault(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> UTF8Status {
        var i = start
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            switch sequenceLength(b, at: i) {
            case 0: return .invalidAt(i)
            case -1: return .truncatedAt(i)
            case let len: i += len
            }
        }
        return .valid
    }

    /// The length of the UTF-8 sequence whose lead (beyond ASCII) is at `i`: 0 where the bytes
    /// break UTF-8 there, -1 where only the end of input cuts the sequence short.
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let len: Int
        var lowBound: UInt8 = 0x80, highBound: UInt8 = 0xBF
        switch b[i] {
        case 0xC2...0xDF: len = 2
        case 0xE0: len = 3; lowBound = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: len = 3
        case 0xED: len = 3; highBound = 0x9F
        case 0xF0: len = 4; lowBound = 0x90
        case 0xF1...0xF3: len = 4
        case 0xF4: len = 4; highBound = 0x8F
        default: return 0
        }
        for k in 1..<len {
            guard i + k < b.count else { return -1 }
            let cb = b[i + k]
            if cb < (k == 1 ? lowBound : 0x80) || cb > (k == 1 ? highBound : 0xBF) { return 0 }
        }
        return len
    }

    /// A damaged copy (UTF-8 but for a few stray bytes, which `init(decoding:)` refuses) with each
    /// run of stray bytes replaced by one U+FFFD, and a U01 warning at each; nil for any other input
    /// (valid UTF-8, a legacy file, one cut only inside its last character). Places are in the
    /// mended text: a column after a replacement on its line is two bytes on for each (U+FFFD takes
    /// three).
    public static func mendingStrayBytes(_ file: [UInt8]) -> (bytes: [UInt8], notes: [Diagnostic])? {
        let raw = linesAtCR(file) ?? file
        let start = raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF ? 3 : 0
        return raw.withUnsafeBufferPointer { b -> (bytes: [UInt8], notes: [Diagnostic])? in
            // Valid text told by the decoder's quick check first (a batch mending asks it of every input).
            if Bytes.surelyValidUTF8(UnsafeBufferPointer(rebasing: b[start...])) { return nil }
            guard case .invalidAt = locateFault(b, from: start) else { return nil }
            let (valid, stray) = utf8Census(UnsafeBufferPointer(rebasing: b[start...]))
            guard isDamagedCopy(valid: valid, stray: stray) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 2 * stray)
            var notes: [Diagnostic] = []
            // Places are the mended text's, as every later finding's is.
            var i = 0, line = 1, lineStart = start
            while i < b.count {
                let c = b[i]
                if c < 0x80 || i < start {
                    if c == 0x0A { line += 1; lineStart = out.count + 1 }
                    out.append(c)
                    i += 1
                    continue
                }
                let len = sequenceLength(b, at: i)
                if len != 0 {
                    // A character, or one the end of the input cuts short (the decoder's I02).
                    let end = len > 0 ? i + len : b.count
                    out.append(contentsOf: b[i..<end])
                    i = end
                    continue
                }
                var j = i + 1
                while j < b.count, b[j] >= 0x80, sequenceLength(b, at: j) == 0 { j += 1 }
                let n = j - i
                notes.append(Diagnostic(rule: "U01", severity: .warning,
                    message: "\(n == 1 ? "a byte that breaks" : "\(n) bytes that break") UTF-8 here (a damaged copy) \(n == 1 ? "was" : "were") replaced by U+FFFD (--repair-utf8): a letter may be lost",
                    line: line, column: out.count - lineStart + 1))
                out += [0xEF, 0xBF, 0xBD]
                i = j
            }
            return (out, notes)
        }
    }

    /// Multi-byte UTF-8 characters, and bytes that break UTF-8 (each counted alone). A text in a
    /// legacy encoding (TCVN3, VNI, Windows-1258, VISCII) makes a valid sequence only by chance and
    /// breaks UTF-8 at most of its letters (the fixtures: at most one valid sequence for 30 stray
    /// bytes); a damaged UTF-8 text has many of the first and few of the second.
    static func utf8Census(_ b: UnsafeBufferPointer<UInt8>) -> (valid: Int, stray: Int) {
        var valid = 0, stray = 0
        var i = 0
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            let len = sequenceLength(b, at: i)
            if len > 0 { valid += 1; i += len } else { stray += 1; i += 1 }
        }
        return (valid, stray)
    }

    /// A UTF-8 text but for a few stray bytes, by `utf8Census`'s counts (ten valid characters at
    /// least, and two for each stray byte): what `init(decoding:)` refuses as damaged and
    /// `mendingStrayBytes` mends.
    static func isDamagedCopy(valid: Int, stray: Int) -> Bool { valid >= 10 && valid >= 2 * stray }

    /// The U01 findings the damage counts call for.
    static func damage(_ d: DamageCounts, in b: [UInt8]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func at(_ offset: Int) -> (Int, Int) {
            var line = 1, start = 0
            for k in 0..<offset where b[k] == 0x0A { line += 1; start = k + 1 }
            return (line, offset - start + 1)
        }
        // The share of letters decides, counted only when some damage is seen (most text has none).
        var counted: Int?
        func letters() -> Int {
            if let counted { return counted }
            let n = Self.letters(b)
            counted = n
            return n
        }
        if d.tcvn3 >= 5, d.tcvn3 * 100 >= letters(), let f = d.firstTCVN3 {
            let (l, c) = at(f)
            out.append(Diagnostic(rule: "U01", severity: .warning, message: "the text looks like TCVN3 (ABC) read as Latin-1; convert it to Unicode", line: l, column: c))
        } else if d.vni >= 8, d.vni * 50 >= letters() {
            out.append(Diagnostic(rule: "U01", severity: .warning, message: "the text looks like VNI read as Latin-1; convert it to Unicode", line: 1))
        }
        if d.lone >= 8, d.lone * 200 >= letters() {
            out.append(Diagnostic(rule: "U01", severity: .warning, message: "letters appear to be missing (diacritic letters dropped by a PDF export, e.g. `C NG HOÀ`)", line: 1))
        }
        if let r = d.replacement {
            let (l, c) = at(r)
            out.append(Diagnostic(rule: "U01", severity: .warning, message: Self.replacementNote + " (U+FFFD): it was decoded with the wrong encoding", line: l, column: c))
        }
        return out
    }

    /// Ð (C3 90) → Đ (C4 90) and ð (C3 B0) → đ (C4 91), in place, from the first of them.
    static func readEthAsDStroke(_ b: inout [UInt8], from start: Int) {
        var i = start
        while i + 1 < b.count {
            if b[i] == 0xC3, b[i + 1] == 0x90 { b[i] = 0xC4 } else if b[i] == 0xC3, b[i + 1] == 0xB0 { b[i] = 0xC4; b[i + 1] = 0x91 }
            i += 1
        }
    }

    /// Letters of valid UTF-8 text: ASCII letters, and every other scalar (its lead byte). In a text
    /// that is no page, tags (raw HTML in Markdown: `<td>`, `<col style="width: 38%" />`) are markup,
    /// not letters; a page's are counted, its reader converting a legacy font's runs by their style.
    static func letters(_ b: [UInt8]) -> Int {
        let page = b.withUnsafeBufferPointer { hay in pageTags.contains { t in t.withUnsafeBufferPointer { Bytes.search(hay, $0) != nil } } }
        var n = 0, inTag = false
        for c in b {
            if inTag {
                if c == UInt8(ascii: ">") || c == 0x0A { inTag = false }
            } else if c == UInt8(ascii: "<"), !page {
                inTag = true
            } else if (c | 0x20) &- 0x61 < 26 || c >= 0xC0 {
                n &+= 1
            }
        }
        return n
    }
    private static let pageTags = ["<html", "<HTML", "<body", "<BODY"].map { Array($0.utf8) }

    private static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// How many control bytes `b` holds other than LF, CR, TAB and FF, and whether one is NUL.
    static func controlBytes(_ b: UnsafeBufferPointer<UInt8>) -> (count: Int, nul: Bool) {
        typealias V = SIMD16<UInt8>
        var count = 0, nul = false
        var i = 0
        if let base = UnsafeRawPointer(b.baseAddress) {
            while i + 16 <= b.count {
                let v = base.loadUnaligned(fromByteOffset: i, as: V.self)
                let control = (v .< V(repeating: 0x20)) .& (v .!= V(repeating: 0x0A)) .& (v .!= V(repeating: 0x0D))
                    .& (v .!= V(repeating: 0x09)) .& (v .!= V(repeating: 0x0C))
                if VectorMasks.any16(control) {
                    count += VectorMasks.count16(control)
                    nul = nul || VectorMasks.any16(v .== V(repeating: 0))
                }
                i += 16
            }
        }
        while i < b.count {
            let c = b[i]
            nul = nul || c == 0
            count &+= c < 0x20 && c != 0x0A && c != 0x0D && c != 0x09 && c != 0x0C ? 1 : 0
            i += 1
        }
        return (count, nul)
    }

    /// NUL bytes or many control characters in the first 8 KiB mean a binary file.
    private static func rejectBinary(_ raw: [UInt8], from start: Int) throws(InputError) {
        let probe = raw[start..<min(raw.count, start + 8192)]
        // Control bytes other than LF, CR, TAB, FF (and NUL, which settles it), sixteen bytes at a
        // time: a text's many line ends (a pipe-text's short `|` lines) cost no byte-by-byte turn.
        let (controls, nul) = probe.withUnsafeBufferPointer { b in Self.controlBytes(b) }
        // A PDF opens with `%PDF-` and may run a while in plain bytes before its first binary stream.
        if probe.starts(with: Array("%PDF-".utf8)) { throw .pdf }
        if nul || controls * 20 > probe.count { throw binaryError(probe) }
        // Zip containers (.docx) and OLE compound files (.doc) read as text.
        if probe.starts(with: [0x50, 0x4B, 0x03, 0x04]) || probe.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw .binary
        }
    }

    /// Why binary bytes are no document, as their signature tells: a PDF, an image (a scan handed
    /// over as it is: PNG, JPEG, GIF, TIFF, BMP, WebP), or anything else.
    public static func binaryError(_ raw: some Collection<UInt8>) -> InputError {
        let b = Array(raw.prefix(12))
        if b.starts(with: Array("%PDF-".utf8)) { return .pdf }
        let images: [(String, [UInt8])] = [("PNG", [0x89, 0x50, 0x4E, 0x47]), ("JPEG", [0xFF, 0xD8, 0xFF]), ("GIF", Array("GIF8".utf8)),
                                           ("TIFF", [0x49, 0x49, 0x2A, 0x00]), ("TIFF", [0x4D, 0x4D, 0x00, 0x2A]), ("BMP", Array("BM".utf8))]
        if let (format, _) = images.first(where: { b.starts(with: $0.1) }) { return .image(format) }
        if b.starts(with: Array("RIFF".utf8)), b.dropFirst(8).starts(with: Array("WEBP".utf8)) { return .image("WebP") }
        return .binary
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
    /// A PDF file: its text is to be taken out first (`pdftotext`).
    case pdf
    /// An image (a scan): its text is to be recognized first (OCR); the format's name.
    case image(String)
    case invalidUTF8(line: Int, column: Int)
    /// A UTF-8 text but for a few bytes that break it (a damaged copy): where the first stands,
    /// and how many there are.
    case damagedUTF8(line: Int, column: Int, strayBytes: Int)
    /// A page whose bytes do not fit the code page it declares (too many it leaves undefined to be
    /// read in it): where the first stands, the code page, and how many there are.
    case outsideCharset(line: Int, column: Int, charset: String, strayBytes: Int)

    public var description: String {
        switch self {
        case .invalidUTF8(let line, let column), .damagedUTF8(let line, let column, _), .outsideCharset(let line, let column, _, _):
            "\(line):\(column): " + reason
        default: reason
        }
    }

    /// What is wrong, without the place.
    public var reason: String {
        switch self {
        case .empty: "empty input: there is no text to parse"
        case .binary: "binary input: this is not a text, a web page or a Word file"
        case .pdf: "a PDF file, not a text document: vanban reads text, web pages and Word files; take the PDF's text out first (`pdftotext -layout FILE.pdf FILE.txt`, from poppler-utils) and parse that (a scanned PDF holds only images: recognize its text first)"
        case .image(let format): "a \(format) image, not a text document: a scan holds no text to parse; recognize its text first (OCR, e.g. `tesseract FILE out -l vie`) and parse that"
        case .invalidUTF8: "invalid UTF-8 (is the file in a legacy encoding such as TCVN3, VNI or Windows-1258?)"
        case .damagedUTF8(_, _, let n):
            "invalid UTF-8: the text is UTF-8 but for \(n == 1 ? "one byte that breaks" : "\(n) bytes that break") it, the first here (a damaged copy); mend \(n == 1 ? "it" : "them") or take the text again from its source (--repair-utf8 reads \(n == 1 ? "it" : "them") as U+FFFD)"
        case .outsideCharset(_, _, let charset, let n):
            "the page declares \(charset), but \(n) of its bytes are none of its characters, the first here: is it in another encoding than it declares?"
        }
    }
}


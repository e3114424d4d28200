import VanBanModel
import VanBanSyntax

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Brings an HTML page to NFC UTF-8 before libxml2 sees it, so that a page saved in a legacy
/// encoding never turns into mojibake: UTF-8 (or a BOM) wins; otherwise the `<meta charset>`;
/// otherwise what the bytes show (TCVN3, VNI, Windows-1258, VISCII, as for a text file, with a U01 note);
/// otherwise Windows-1258, the Vietnamese code page.
public enum HTMLDecoder {
    public static func decode(_ raw: [UInt8]) throws(InputError) -> SourceText {
        if let utf8 = SourceText.utf8(fromUTF16: raw) { return try SourceText(decoding: utf8) }
        if raw.withUnsafeBufferPointer({ $0.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }) { throw SourceText.binaryError(raw) }
        // UTF-8 (the common case) is checked once, by the decoder itself, which also refuses a UTF-8
        // page with a few stray bytes (read in a legacy code page, every letter would turn to mojibake).
        let fault: InputError
        do {
            return try SourceText(decoding: raw, guessingLegacyEncodings: false)
        } catch .invalidUTF8(let line, let column) {
            // A legacy encoding: converted below.
            fault = .invalidUTF8(line: line, column: column)
        }
        let declared = declaredCharset(raw)
        if declared == nil, let guessed = try? SourceText(decoding: raw) { return guessed }
        let charset = declared ?? "WINDOWS-1258"
        // A UTF-8 byte order mark before a page that is not UTF-8 (an editor's) marks nothing.
        let body = raw.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(raw.dropFirst(3)) : raw
        if let utf8 = convert(body, from: charset) ?? convert(body, from: "WINDOWS-1258") { return try SourceText(decoding: utf8) }
        // A few bytes the code page leaves undefined (a browser reads each as an invisible control):
        // each a U+FFFD, with a note at the first. More than one in fifty bytes beyond ASCII is no
        // page in that code page.
        guard let (utf8, strays, first) = convertMarkingStrays(body, from: charset) else { throw fault }
        guard strays * 50 <= body.reduce(0, { $0 + ($1 >= 0x80 ? 1 : 0) }) else {
            guard let declared, let first else { throw fault }
            let offset = first + (raw.count - body.count)
            let lineStart = raw[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            throw .outsideCharset(line: raw[..<offset].filter { $0 == 0x0A }.count + 1, column: offset - lineStart + 1, charset: declared, strayBytes: strays)
        }
        var text = try SourceText(decoding: utf8)
        if let first = text.bytes.indices.first(where: { text.bytes[$0...].starts(with: [0xEF, 0xBF, 0xBD]) }) {
            let (line, column) = text.location(of: first)
            text.noteReplacements([Diagnostic(rule: "U01", severity: .warning,
                message: "\(strays == 1 ? "a byte" : "\(strays) bytes") that \(charset) leaves undefined \(strays == 1 ? "was" : "were") read as U+FFFD, the first here (a browser shows nothing for \(strays == 1 ? "it" : "them"))",
                line: line, column: column)])
        }
        return text
    }

    /// Whether the page writes a Latin-1 letter or sign as a character reference (`&#196;`, `&#xC4;`,
    /// `&auml;`): the only way VNI or TCVN3 text can hide from the bytes (see `LegacyText`).
    public static func hasLatin1References(_ raw: [UInt8]) -> Bool {
        raw.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            var i = 0
            while i < b.count, let hit = memchr(base + i, Int32(UInt8(ascii: "&")), b.count - i) {
                let at = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
                i = at + 1
                var end = i
                while end < b.count, end - i < 10, b[end] != UInt8(ascii: ";") { end += 1 }
                guard end < b.count, b[end] == UInt8(ascii: ";"), end > i else { continue }
                let name = Array(b[i..<end])
                if name[0] == UInt8(ascii: "#") {
                    let hex = name.count > 1 && name[1] | 0x20 == UInt8(ascii: "x")
                    let digits = String(decoding: name.dropFirst(hex ? 2 : 1), as: UTF8.self)
                    if let v = Int(digits, radix: hex ? 16 : 10), (0x80...0xFF).contains(v) { return true }
                } else if latin1Names.contains(name) {
                    return true
                }
            }
            return false
        }
    }

    /// The named references of the Latin-1 letters and signs that VNI and TCVN3 text reads as.
    private static let latin1Names: Set<[UInt8]> = Set([
        "auml", "aring", "aelig", "euml", "icirc", "iuml", "ntilde", "ouml", "oslash", "ucirc", "uuml",
        "Auml", "Aring", "AElig", "Euml", "Icirc", "Iuml", "Ntilde", "Ouml", "Oslash", "Ucirc", "Uuml",
        "uml", "ordf", "not", "shy", "reg", "micro", "para", "cedil", "sup1", "ordm", "frac14", "frac12", "frac34", "laquo",
    ].map { Array($0.utf8) })

    /// `<meta charset="…">` or `content="text/html; charset=…"` in the first 4 KiB.
    static func declaredCharset(_ raw: [UInt8]) -> String? {
        let head = String(decoding: raw.prefix(4096), as: UTF8.self).lowercased()
        guard let r = head.firstRange(of: "charset=") else { return nil }
        var name = ""
        for ch in head[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " }) {
            guard ch.isLetter || ch.isNumber || ch == "-" || ch == "_" else { break }
            name.append(ch)
        }
        return name.isEmpty ? nil : name.uppercased()
    }

    /// Converts with the C library's iconv; nil when the encoding is unknown or the bytes do not fit it.
    static func convert(_ bytes: [UInt8], from encoding: String) -> [UInt8]? {
        guard let (out, strays, _) = convertMarkingStrays(bytes, from: encoding), strays == 0 else { return nil }
        return out
    }

    /// Converts with the C library's iconv, each byte the encoding leaves undefined (Windows-1258's
    /// 0x81, 0x8D …, which a browser reads as an invisible control) written as U+FFFD; with how many
    /// there were and where the first stands in `bytes`. Nil when the encoding is unknown.
    static func convertMarkingStrays(_ bytes: [UInt8], from encoding: String) -> (bytes: [UInt8], strays: Int, first: Int?)? {
        let cd = iconv_open("UTF-8", encoding)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = bytes
        // Four bytes out for each in: more than any single-byte code page's letter, or U+FFFD, takes.
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let capacity = output.count
        var strays = 0
        var first: Int?
        let produced: Int? = input.withUnsafeMutableBytes { inBuf in
            output.withUnsafeMutableBytes { outBuf in
                var inPtr = inBuf.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr = outBuf.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                while iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 {
                    guard errno == EILSEQ, inLeft > 0, let at = inPtr else { return nil }
                    // What the converter holds back first, then the mark, then on past the byte.
                    guard iconv(cd, nil, nil, &outPtr, &outLeft) != -1, outLeft >= 3, let mark = outPtr else { return nil }
                    mark[0] = CChar(bitPattern: 0xEF)
                    mark[1] = CChar(bitPattern: 0xBF)
                    mark[2] = CChar(bitPattern: 0xBD)
                    outPtr = mark + 3
                    outLeft -= 3
                    if first == nil { first = inBuf.count - inLeft }
                    inPtr = at + 1
                    inLeft -= 1
                    strays += 1
                }
                // Flush what the converter holds back: Windows-1258's converter keeps the last letter
                // in case a tone mark follows it.
                guard iconv(cd, nil, nil, &outPtr, &outLeft) != -1 else { return nil }
                return capacity - outLeft
            }
        }
        guard let produced else { return nil }
        return (Array(output.prefix(produced)), strays, first)
    }
}

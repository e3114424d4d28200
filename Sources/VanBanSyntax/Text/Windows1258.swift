/// Windows-1258, the Vietnamese code page of Windows: what Notepad saves as "ANSI" on a Vietnamese
/// system. It writes â ê ô ă ơ ư đ as one byte each and most tones as combining marks after their
/// letter (`Vie` `ê` `0xF2` `t` for "Việt"), which NFC then composes.
enum Windows1258 {
    /// A whole file in Windows-1258 bytes (not UTF-8): decoded and composed (NFC), when its bytes show
    /// Vietnamese — five signs at least (a tone mark after a vowel, or one of ă ơ ư đ), one in a
    /// hundred letters, and ten for each UTF-8 sequence among them (a UTF-8 text with a few stray
    /// bytes stays refused). Nil otherwise. Call it after TCVN3 and VNI, whose signs it does not share.
    static func decodeFile(_ bytes: [UInt8]) -> String? {
        var signs = 0, letters = 0, utf8 = 0
        var previous: UInt8 = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            // A lead byte with its continuation bytes is UTF-8, which Windows-1258 text rarely spells:
            // counted apart, its bytes are no signs.
            let length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            if length > 0, i + length <= bytes.count, bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                utf8 += 1
                previous = 0
                i += length
                continue
            }
            if (b | 0x20) &- 0x61 < 26 || b >= 0xC0 { letters += 1 }
            if isToneMark(b), isVowel(previous) { signs += 1 }
            if b | 0x20 == 0xF0 || b | 0x20 == 0xE3 || b | 0x20 == 0xF5 || b | 0x20 == 0xFD { signs += 1 }
            previous = b
            i += 1
        }
        guard signs >= 5, signs * 100 >= letters, utf8 * 10 <= signs else { return nil }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes { scalars.append(Unicode.Scalar(scalar(b)) ?? "\u{FFFD}") }
        return String(decoding: String(scalars)._nfcCodeUnits, as: UTF8.self)
    }

    /// The code point of one byte: Latin-1 but for bytes 80–9F (Windows-1252's punctuation, without
    /// its Š Ž š ž) and the fourteen Vietnamese ones.
    static func scalar(_ b: UInt8) -> UInt32 {
        if b >= 0x80, b < 0xA0 {
            return b == 0x8A || b == 0x8E || b == 0x9A || b == 0x9E ? 0xFFFD : Windows1252.punctuation[Int(b - 0x80)]
        }
        switch b {
        case 0xC3: return 0x0102  // Ă
        case 0xCC: return 0x0300  // combining grave (huyền)
        case 0xD0: return 0x0110  // Đ
        case 0xD2: return 0x0309  // combining hook above (hỏi)
        case 0xD5: return 0x01A0  // Ơ
        case 0xDD: return 0x01AF  // Ư
        case 0xDE: return 0x0303  // combining tilde (ngã)
        case 0xE3: return 0x0103  // ă
        case 0xEC: return 0x0301  // combining acute (sắc)
        case 0xF0: return 0x0111  // đ
        case 0xF2: return 0x0323  // combining dot below (nặng)
        case 0xF5: return 0x01A1  // ơ
        case 0xFD: return 0x01B0  // ư
        case 0xFE: return 0x20AB  // ₫
        default: return UInt32(b)
        }
    }

    private static func isToneMark(_ b: UInt8) -> Bool {
        b == 0xCC || b == 0xD2 || b == 0xDE || b == 0xEC || b == 0xF2
    }

    /// a e i o u y in either case, and â ă ê ô ơ ư.
    private static func isVowel(_ b: UInt8) -> Bool {
        switch b | 0x20 {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return b < 0x80
        case 0xE2, 0xE3, 0xEA, 0xF4, 0xF5, 0xFD: return true
        default: return false
        }
    }
}

/// Windows-1252, where Western Windows puts the Latin-1 letters: its bytes 80–9F are punctuation
/// (U+FFFD where it leaves one undefined). VNI files are saved in it; Windows-1258 shares them.
package enum Windows1252 {
    static let punctuation: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// How Windows reads a byte: Latin-1, but for the punctuation on 80–9F; a byte it leaves
    /// undefined comes back as the control character of its value.
    package static func scalar(_ b: UInt8) -> UInt32 {
        guard b >= 0x80, b < 0xA0 else { return UInt32(b) }
        let v = punctuation[Int(b - 0x80)]
        return v == 0xFFFD ? UInt32(b) : v
    }

    /// The byte a code point was read from, as Windows-1252 or as Latin-1 (every code point below
    /// U+0100 is its own byte); nil beyond both.
    package static func byte(of scalar: UInt32) -> UInt8? {
        if scalar < 0x100 { return UInt8(scalar) }
        guard scalar != 0xFFFD, let i = punctuation.firstIndex(of: scalar) else { return nil }
        return UInt8(0x80 + i)
    }
}

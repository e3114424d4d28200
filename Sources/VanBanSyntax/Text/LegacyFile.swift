/// A whole file in a legacy Vietnamese encoding (not UTF-8): TCVN3 (ABC), VNI, Windows-1258 or
/// VISCII. Their byte ranges overlap (TCVN3 and VISCII both spend 80–FF on letters), so each
/// candidate whose own signs show in the bytes is decoded, and the one that reads most like
/// Vietnamese wins: the most words among the commonest syllables of administrative text.
enum LegacyFile {
    struct Decoded {
        var text: String
        /// The encoding's name, as a note gives it.
        var encoding: String
        /// What to check after the conversion, for a note.
        var advice = ""
        /// The U01 note saying what the file was converted from.
        var note: String { "the file is in \(encoding), not UTF-8; it was converted to Unicode\(advice)" }
    }

    static func decode(_ bytes: [UInt8]) -> Decoded? {
        var candidates: [Decoded] = []
        if let t = TCVN3.decodeFile(bytes) {
            candidates.append(Decoded(text: t, encoding: "TCVN3 (ABC)", advice: " (check the capitals)"))
        }
        if let t = VNI.decodeFile(bytes) {
            candidates.append(Decoded(text: t, encoding: "VNI (Windows)"))
        }
        if let t = Windows1258.decodeFile(bytes) {
            candidates.append(Decoded(text: t, encoding: "Windows-1258 (the Vietnamese Windows code page)"))
        }
        // VISCII has no sign of its own (any byte from 80 is a letter): it must read as Vietnamese.
        if let t = VISCII.decodeFile(bytes), score(t) >= 5 {
            candidates.append(Decoded(text: t, encoding: "VISCII"))
        }
        guard candidates.count > 1 else { return candidates.first }
        // The first of equal scores keeps the order above.
        var best = candidates[0], bestScore = score(best.text)
        for c in candidates.dropFirst() {
            let s = score(c.text)
            if s > bestScore { best = c; bestScore = s }
        }
        return best
    }

    /// A legacy file that was read as Latin-1 or Windows-1252 and saved again as UTF-8 (`CÔòNG HOÌA`,
    /// Windows-1258's `CỘNG HÒA`): each scalar taken back to the byte it was read from, and those
    /// bytes read as `decode` reads a file. Nil when a scalar is none of those code pages' or no
    /// legacy reading shows.
    static func reread(_ text: String) -> Decoded? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            guard let b = Windows1252.byte(of: s.value) else { return nil }
            bytes.append(b)
        }
        return decode(bytes)
    }

    /// How many of the text's words (lower-cased) are common syllables with a Vietnamese letter, in
    /// its first 64 KiB (plenty to tell the readings apart; a whole file of megabytes would cost more
    /// than its decoding).
    static func score(_ text: String) -> Int {
        let sample = text.utf8.count > 65536 ? String(decoding: text.utf8.prefix(65536), as: UTF8.self) : text
        var n = 0
        for word in sample.split(whereSeparator: { !$0.isLetter }) where word.utf8.count <= 12 {
            if common.contains(word.lowercased()) { n += 1 }
        }
        return n
    }

    /// Frequent syllables of administrative text, each with a letter outside ASCII (ASCII words read
    /// alike in every candidate and tell nothing).
    private static let common: Set<String> = [
        "và", "của", "các", "có", "được", "trong", "với", "năm", "ngày", "tháng", "người", "công", "việc", "thực",
        "hiện", "phát", "triển", "quản", "lý", "nhân", "dân", "huyện", "tỉnh", "xã", "thành", "phố", "kế", "hoạch",
        "quyết", "định", "số", "về", "tổ", "chức", "đơn", "vị", "cơ", "nhà", "nước", "đảm", "bảo", "những", "này",
        "là", "đến", "tại", "trên", "địa", "bàn", "hoạt", "động", "văn", "bản", "thông", "chủ", "trì", "phối", "hợp",
        "nội", "phí", "nghị", "đồng", "ủy", "sở", "phòng", "lực", "tế", "hội", "xây", "dựng", "một", "để", "không",
        "đã", "tiếp", "tục", "nâng", "giải", "pháp", "mục", "tiêu", "yêu", "cầu", "nhiệm", "vụ", "chương", "trình",
        "cộng", "hòa", "độc", "lập", "tự", "hạnh", "phúc", "nghĩa", "việt", "điều", "khoản", "lĩnh", "vực", "đề",
        "tài", "chính", "ngân", "sách", "cấp", "đạo", "lãnh", "kiểm", "báo", "cáo", "đánh",
        "giá", "đầu", "tư", "hướng", "dẫn", "sử", "dụng", "dịch", "lịch", "giáo", "dục", "môi", "trường",
    ]
}

/// VISCII (RFC 1456): every Vietnamese letter as one byte, 80–FF and six control positions.
enum VISCII {
    /// A whole file in VISCII bytes: five letters from 80 up at least, one in a hundred letters;
    /// nil otherwise. Whether it reads as Vietnamese is `LegacyFile`'s to judge.
    static func decodeFile(_ bytes: [UInt8]) -> String? {
        var signs = 0, letters = 0
        for b in bytes {
            if b >= 0x80 || controlLetter(b) != nil { signs += 1; letters += 1 } else if (b | 0x20) &- 0x61 < 26 { letters += 1 }
        }
        guard signs >= 5, signs * 100 >= letters else { return nil }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let v = b >= 0x80 ? high[Int(b - 0x80)] : controlLetter(b) ?? UInt32(b)
            scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ, which VISCII puts on six control bytes.
    private static func controlLetter(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x02: 0x1EB2
        case 0x05: 0x1EB4
        case 0x06: 0x1EAA
        case 0x14: 0x1EF6
        case 0x19: 0x1EF8
        case 0x1E: 0x1EF4
        default: nil
        }
    }

    /// Bytes 80–FF (RFC 1456; the same as glibc's iconv).
    private static let high: [UInt32] = [
        0x1EA0, 0x1EAE, 0x1EB0, 0x1EB6, 0x1EA4, 0x1EA6, 0x1EA8, 0x1EAC, 0x1EBC, 0x1EB8, 0x1EBE, 0x1EC0, 0x1EC2, 0x1EC4, 0x1EC6, 0x1ED0,
        0x1ED2, 0x1ED4, 0x1ED6, 0x1ED8, 0x1EE2, 0x1EDA, 0x1EDC, 0x1EDE, 0x1ECA, 0x1ECE, 0x1ECC, 0x1EC8, 0x1EE6, 0x0168, 0x1EE4, 0x1EF2,
        0x00D5, 0x1EAF, 0x1EB1, 0x1EB7, 0x1EA5, 0x1EA7, 0x1EA9, 0x1EAD, 0x1EBD, 0x1EB9, 0x1EBF, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EC7, 0x1ED1,
        0x1ED3, 0x1ED5, 0x1ED7, 0x1EE0, 0x01A0, 0x1ED9, 0x1EDD, 0x1EDF, 0x1ECB, 0x1EF0, 0x1EE8, 0x1EEA, 0x1EEC, 0x01A1, 0x1EDB, 0x01AF,
        0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x1EA2, 0x0102, 0x1EB3, 0x1EB5, 0x00C8, 0x00C9, 0x00CA, 0x1EBA, 0x00CC, 0x00CD, 0x0128, 0x1EF3,
        0x0110, 0x1EE9, 0x00D2, 0x00D3, 0x00D4, 0x1EA1, 0x1EF7, 0x1EEB, 0x1EED, 0x00D9, 0x00DA, 0x1EF9, 0x1EF5, 0x00DD, 0x1EE1, 0x01B0,
        0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x1EA3, 0x0103, 0x1EEF, 0x1EAB, 0x00E8, 0x00E9, 0x00EA, 0x1EBB, 0x00EC, 0x00ED, 0x0129, 0x1EC9,
        0x0111, 0x1EF1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x1ECF, 0x1ECD, 0x1EE5, 0x00F9, 0x00FA, 0x0169, 0x1EE7, 0x00FD, 0x1EE3, 0x1EEE,
    ]
}

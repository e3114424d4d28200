import Foundation
import Testing
import VanBanModel
@testable import VanBanSyntax
import VanBanTestSupport

@Suite struct SourceTextTests {
    @Test(arguments: ["", "   \n\n", "\u{FEFF}", "\u{200B}\n", "\u{FEFF}\u{FEFF}\u{2060} \r\n"])
    func emptyInputIsAnError(_ text: String) {
        #expect(throws: InputError.empty) { try SourceText(decoding: Array(text.utf8)) }
    }

    /// UTF-16 with its byte order mark, either way round: a surrogate pair survives, an unpaired
    /// surrogate becomes U+FFFD, an odd last byte is dropped; any other input is not UTF-16.
    @Test func utf16WithAByteOrderMarkBecomesUTF8() {
        let text = "Số: 15/KH-UBND 𠀀"  // U+20000 is a surrogate pair
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { u -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { u -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(SourceText.utf8(fromUTF16: le) == Array(text.utf8))
        #expect(SourceText.utf8(fromUTF16: be + [0x41]) == Array(text.utf8))
        #expect(SourceText.utf8(fromUTF16: [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]) == Array("\u{FFFD}A".utf8))
        #expect(SourceText.utf8(fromUTF16: Array(text.utf8)) == nil)
        #expect(SourceText.utf8(fromUTF16: [0xEF, 0xBB, 0xBF, 0x41]) == nil)
    }

    /// UTF-16 without its byte order mark (as some exports write it), told by the zero bytes of its
    /// plain letters at one place only: read either way round, whole documents too (they had been
    /// refused as binary). A binary file, whose zeros stand at both places, is still none.
    @Test func utf16WithoutAByteOrderMarkBecomesUTF8() throws {
        let text = "ỦY BAN NHÂN DÂN\nSố: 15/KH-UBND\tngày 05 tháng 3 năm 2024\r\n"
        let le: [UInt8] = text.utf16.flatMap { u -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let be: [UInt8] = text.utf16.flatMap { u -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(SourceText.utf8(fromUTF16: le) == Array(text.utf8) && SourceText.utf8(fromUTF16: be) == Array(text.utf8))
        // Decomposed letters: the grave accent (U+0300) has a zero low byte.
        let decomposed = "Ủy ban nhân dân huyện Định Hóa: Thường trực, Ủy viên, Bà Rịa".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.contains("\u{0300}"))
        for little in [true, false] {
            let bytes = decomposed.utf16.flatMap { u -> [UInt8] in little ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
            #expect(SourceText.utf8(fromUTF16: bytes) == Array(decomposed.utf8))
        }
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x7A, 0x00, 0x41, 0x00, 0x42, 0x00]
        #expect(SourceText.utf8(fromUTF16: zip) == nil)
        // A text's letters with a control among them (a binary record) are none either.
        #expect(SourceText.utf8(fromUTF16: le + [0x01, 0x00] + le) == nil)
        let plan = try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt"))
        let planLE = String(decoding: plan, as: UTF8.self).utf16.flatMap { u -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(SourceText.utf8(fromUTF16: planLE) == plan)
    }

    @Test func binaryInputIsAnError() {
        #expect(throws: InputError.binary) { try SourceText(decoding: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) }
        #expect(throws: InputError.binary) { try SourceText(decoding: Array("abc".utf8) + [0, 1, 2]) }
    }

    @Test func invalidUTF8NamesLineAndColumn() {
        // TCVN3 and Windows-1258 bytes are not UTF-8: the error names where they start.
        let bytes = Array("Số: 12/KH\nCần ".utf8) + [0xB8, 0x20] + Array("Thơ".utf8)
        #expect(throws: InputError.invalidUTF8(line: 2, column: 7)) { try SourceText(decoding: bytes) }
    }

    /// A UTF-8 text but for a few stray bytes (ten valid characters or more, two or more for each
    /// stray byte) is refused as damaged, at its first stray byte (byte column), with their count;
    /// with fewer valid characters the bytes may be a legacy encoding's, and the legacy readings are
    /// tried (here none fits). 19 valid characters and 2 stray bytes had been read as TCVN3.
    @Test func damagedUTF8IsToldFromALegacyEncoding() {
        let line = Array("Kế hoạch triển khai công tác văn thư lưu trữ".utf8)
        let damaged = line + [0x0A] + Array("Số: 12".utf8) + [0xFF, 0x0A] + line + [0xC0, 0x20, 0x0A]
        #expect(throws: InputError.damagedUTF8(line: 2, column: 9, strayBytes: 2)) { try SourceText(decoding: damaged) }
        #expect(throws: InputError.damagedUTF8(line: 2, column: 9, strayBytes: 2)) { try SourceText(decoding: damaged, guessingLegacyEncodings: false) }
        let short = Array("Số: 12".utf8) + [0xFF, 0x0A]
        #expect(throws: InputError.invalidUTF8(line: 1, column: 9)) { try SourceText(decoding: short) }
    }

    @Test func characterCutByTheEndIsDroppedWithAWarning() throws {
        // Excerpts cut at a byte count end inside "ơ" (C6 A1).
        let text = try SourceText(decoding: Array("Cần Th".utf8) + [0xC6])
        #expect(String(decoding: text.bytes, as: UTF8.self) == "Cần Th")
        #expect(text.diagnostics.map(\.rule) == ["I02"])
        #expect(text.diagnostics[0].line == 1 && text.diagnostics[0].column == 9)
    }

    @Test func decomposedTextIsNormalizedToNFC() throws {
        let nfd = "Ke\u{302}\u{301} hoa\u{323}ch"
        let text = try SourceText(decoding: Array(nfd.utf8))
        #expect(text.bytes == Array("Kế hoạch".utf8))
        #expect(text.diagnostics.map(\.rule) == ["U01"])
    }

    @Test func lineTableFindsLinesAndColumns() throws {
        let text = try SourceText(decoding: Array("ab\nCần\n\nx".utf8))
        #expect(text.lineCount == 4)
        #expect(text.location(of: 0) == (1, 1))
        #expect(text.location(of: 3) == (2, 1))
        #expect(text.location(of: 7) == (2, 5))
        #expect(text.location(of: 9) == (3, 1))
        #expect(text.location(of: 10) == (4, 1))
        #expect(text.lineText(2) == "Cần")
    }

    // MARK: - Damage signals (U01), counted in the decoding scan

    @Test func cleanVietnameseTextHasNoDamageFinding() throws {
        let text = try SourceText(decoding: Array("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦY BAN NHÂN DÂN TỈNH\n".utf8))
        #expect(text.diagnostics.isEmpty)
    }

    /// "Thông tư" and "văn bản" in TCVN3 bytes, decoded as Latin-1 and saved as UTF-8: the line is
    /// converted to Unicode (a line in Unicode beside it is left alone), and U01 says where.
    @Test func tcvn3ReadAsLatin1IsConverted() throws {
        let text = try SourceText(decoding: Array("Số 12\nTh«ng t­ v¨n b¶n v¨n b¶n\nV¡N B¶N\n".utf8))
        let u01 = text.diagnostics.filter { $0.rule == "U01" }
        #expect(u01.count == 1)
        #expect(u01.first?.message.contains("TCVN3") == true && u01.first?.message.contains("converted") == true)
        #expect(u01.first?.line == 2)
        #expect(text.text == "Số 12\nThông tư văn bản văn bản\nVĂN BẢN\n")
    }

    /// A file saved in TCVN3 bytes (not UTF-8) is converted whole; a file in Windows-1258 (whose tone
    /// marks and Đ share VN3's byte values) is not taken for one; Windows-1252 stays refused.
    @Test func tcvn3FileIsConverted() throws {
        let vn3: [UInt8] = Array("KÕ HO¹CH\nTriÓn khai c«ng t¸c l­u tr÷ n¨m 2025 t¹i c¸c x·\n".unicodeScalars.map { UInt8($0.value) })
        let text = try SourceText(decoding: vn3)
        #expect(text.text == "KẾ HOẠCH\nTriển khai công tác lưu trữ năm 2025 tại các xã\n")
        #expect(text.diagnostics.contains { $0.rule == "U01" && $0.message.contains("TCVN3") })
        let cp1258 = try #require(TestFiles.read(TestFiles.fixtures + "/html/ke-hoach-45-windows-1258.html"))
        #expect(try SourceText(decoding: cp1258).diagnostics.map(\.message) == [Self.windows1258Note])
        #expect(throws: InputError.invalidUTF8(line: 1, column: 4)) { try SourceText(decoding: Array("caf".utf8) + [0xE9, 0x0A]) }
    }

    static let windows1258Note = "the file is in Windows-1258 (the Vietnamese Windows code page), not UTF-8; it was converted to Unicode"

    /// A file in Windows-1258 bytes (Notepad's "ANSI" on a Vietnamese Windows) is decoded and its
    /// combining tone marks composed: precomposed and combining forms of one letter read alike.
    /// Too few signs, or a UTF-8 text with one stray byte, stay refused.
    @Test func windows1258FileIsConverted() throws {
        // "Kế hoạch phát triển" / "Đoàn Việt Hùng": ê + U+0301 (EA EC), a + U+0323 (61 F2), á as E1, đ/Đ as F0/D0.
        let bytes: [UInt8] = [0x4B, 0xEA, 0xEC, 0x20, 0x68, 0x6F, 0x61, 0xF2, 0x63, 0x68, 0x20, 0x70, 0x68, 0xE1, 0x74, 0x20,
                              0x74, 0x72, 0x69, 0xEA, 0xD2, 0x6E, 0x0D, 0x0A, 0xD0, 0x6F, 0x61, 0xCC, 0x6E, 0x20, 0x56, 0x69,
                              0xEA, 0xF2, 0x74, 0x20, 0x48, 0x75, 0xCC, 0x6E, 0x67, 0x20, 0x96, 0x20, 0xF0, 0xE3, 0x6E, 0x67, 0x0D, 0x0A]
        let text = try SourceText(decoding: bytes)
        #expect(text.text == "Kế hoạch phát triển\r\nĐoàn Việt Hùng – đăng\r\n")
        #expect(text.diagnostics.map(\.message) == [Self.windows1258Note])
        #expect(throws: InputError.invalidUTF8(line: 1, column: 2)) { try SourceText(decoding: [0x4B, 0xEA, 0xEC, 0x20, 0x68, 0x6F, 0x61, 0xF2]) }
        let stray = Array("Số: 12/KH\nCần Thơ, ngày 9 tháng 2 năm 2024\n".utf8) + [0xF0, 0xE3, 0xF5, 0xFD, 0xD0, 0x0A]
        #expect(throws: InputError.invalidUTF8(line: 3, column: 1)) { try SourceText(decoding: stray) }
    }

    /// Every byte from 80 reads as Python's own cp1258 codec reads it (an undefined byte: U+FFFD).
    @Test func windows1258AgreesWithPythonsCodec() throws {
        let script = "print(' '.join('%X' % (ord(bytes([b]).decode('cp1258', 'replace'))) for b in range(0x80, 0x100)))"
        let (status, output) = try Python.run(script, [])
        #expect(status == 0)
        let expected = output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { UInt32($0, radix: 16) }
        #expect(expected.count == 128)
        #expect((0x80...0xFF).map { Windows1258.scalar(UInt8($0)) } == expected)
    }

    /// VISCII and TCVN3 both spend bytes 80–FF on letters: a VISCII file passes TCVN3's test of its
    /// bytes, and the reading with the Vietnamese words wins; a TCVN3 file stays TCVN3, and a
    /// Latin-1 text, which no reading makes Vietnamese, stays refused.
    @Test func visciiIsToldFromTCVN3() throws {
        let viscii = try #require(TestFiles.read(TestFiles.fixtures + "/text/ke-hoach-45-kh-ubnd-viscii.txt"))
        #expect(TCVN3.decodeFile(viscii) != nil && VISCII.decodeFile(viscii) != nil)
        let decoded = try #require(LegacyFile.decode(viscii))
        #expect(decoded.note.contains("VISCII") && decoded.text.contains("PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG"))
        #expect(LegacyFile.score(decoded.text) > 100)
        let vn3: [UInt8] = Array("KÕ HO¹CH\nTriÓn khai c«ng t¸c l­u tr÷ n¨m 2025 t¹i c¸c x· vµ ph­êng\n".unicodeScalars.map { UInt8($0.value) })
        #expect(LegacyFile.decode(vn3)?.note.contains("TCVN3") == true)
        let latin1: [UInt8] = Array("Thé menu: café, crème brûlée, pâté, à la carte\n".unicodeScalars.map { UInt8($0.value) })
        #expect(LegacyFile.decode(latin1) == nil)
    }

    /// The whole VN3 alphabet against its Unicode letters; a word or line of capitals is converted
    /// to capitals, an initial capital alone is not proof of one.
    @Test func tcvn3Alphabet() throws {
        let vn3: [UInt8] = Array(0xA1...0xAE) + Array(0xB5...0xB9) + Array(0xBB...0xBE) + Array(0xC6...0xCC) + Array(0xCE...0xD8) + Array(0xDC...0xDF) + Array(0xE1...0xEF) + Array(0xF1...0xFE)
        let line = String(vn3.map { Character(Unicode.Scalar($0)) })
        let converted = try #require(TCVN3.convertLines(line + "\nTù do CéNG HOµ"))
        #expect(converted.text == "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ\nTự do CỘNG HOÀ")
        #expect(converted.firstLine == 1 && converted.count == 2)
        #expect(TCVN3.convertLines("Bản quyền © 2024 vbpl.vn\nThông tư liên tịch") == nil)
        // Guillemets around a word are quotation marks, not VN3 letters.
        #expect(TCVN3.convertLines("«Smart City» và «e-Office»") == nil)
        #expect(TCVN3.convertLines("Th«ng b¸o") != nil)
    }

    /// The whole VNI alphabet, lower case and capitals, against its Unicode letters: a base letter and
    /// its mark byte make one letter; ñ ô ö ì í æ ó ò î stand alone.
    @Test func vniAlphabet() throws {
        let vni = "aø aù aû aõ aï aâ aá aà aå aã aä aê aé aè aú aü aë eø eù eû eõ eï eâ eá eà eå eã eä ì í æ ó ò "
            + "oø où oû oõ oï oâ oá oà oå oã oä ô ôø ôù ôû ôõ ôï uø uù uû uõ uï ö öø öù öû öõ öï yø yù yû yõ î ñ"
        let unicode = "à á ả ã ạ â ấ ầ ẩ ẫ ậ ă ắ ằ ẳ ẵ ặ è é ẻ ẽ ẹ ê ế ề ể ễ ệ ì í ỉ ĩ ị "
            + "ò ó ỏ õ ọ ô ố ồ ổ ỗ ộ ơ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ"
        let converted = try #require(VNI.convertLines(vni + "\n" + vni.uppercased()))
        #expect(converted.text == unicode + "\n" + unicode.uppercased())
        #expect(converted.firstLine == 1 && converted.count == 2)
    }

    /// Text in VNI read as Latin-1 (a page or a copy set in VNI-Times) is converted line by line; a
    /// line with a letter only Unicode writes is left alone; a text that merely holds a few Latin-1
    /// letters (a German name) is not taken for VNI.
    @Test func vniReadAsLatin1IsConverted() throws {
        let text = try SourceText(decoding: Array("Số 12, Thái Nguyên\nCOÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nSoá: 45/KH-UBND\n".utf8))
        #expect(text.text == "Số 12, Thái Nguyên\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\n")
        let u01 = text.diagnostics.filter { $0.rule == "U01" }
        #expect(u01.count == 1 && u01.first?.line == 2 && u01.first?.message.contains("VNI") == true)
        // "Hoà Bình" proves nothing, and the Unicode lines outnumber the VNI ones: only those convert.
        let mixed = try #require(VNI.convertLines("Tỉnh Hoà Bình\nHoà Bình\nTỉnh Hòa Bình\nCoäng hoøa xaõ hoäi"))
        #expect(mixed.text == "Tỉnh Hoà Bình\nHoà Bình\nTỉnh Hòa Bình\nCộng hòa xã hội")
        #expect(VNI.convertLines("Hội thảo với Đại học München, Zürich và Malmö") == nil)
        #expect(VNI.convertLines("Müller, Jörg; Søren Ørsted") != nil)  // a line without Vietnamese proves VNI…
        let names = try SourceText(decoding: Array("Hội thảo\nMüller, Jörg\n".utf8))  // …but a text needs eight signs
        #expect(names.text == "Hội thảo\nMüller, Jörg\n" && names.diagnostics.isEmpty)
    }

    /// A Word file set in two fonts, VNI-Times beside Unicode, through a converter that drops fonts
    /// (markitdown: Fixtures/text/cong-van-19-ubnd-font-hon-hop-markitdown.md): lines mix the two, and
    /// each word that proves VNI alone is converted (`baùo`: a tone Unicode puts on the a) when such
    /// words are many; a word that reads as Unicode Vietnamese too (`cô`, `soá`) is left. The lines
    /// had been left whole, a letter only Unicode writes in each.
    @Test func vniWordsBesideUnicodeAreConverted() throws {
        let text = "| UÛY BAN NHAÂN DAÂN **HUYEÄN VOÕ NHAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n| Số: 19/UBND-VP  V/v baùo caùo keát quaû số hóa hồ sơ | Voõ Nhai, ngày 08 tháng 01 năm 2025 |"
        let converted = try #require(VNI.convertLines(text))
        #expect(converted.text == "| ỦY BAN NHÂN DÂN **HUYỆN VÕ NHAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n| Số: 19/UBND-VP  V/v báo cáo kết quả số hóa hồ sơ | Võ Nhai, ngày 08 tháng 01 năm 2025 |")
        #expect(converted.count == 2)
        #expect(VNI.convertLines("Hội thảo với Đại học München, Zürich và Malmö; Nhö treân") == nil)
        // A page's reader tells a VNI font's runs by their style: its lines are not converted word by word.
        #expect(VNI.convertLines("<html><body>\n" + text) == nil)
        let doc = try TestFiles.parse(TestFiles.fixtures + "/text/cong-van-19-ubnd-font-hon-hop-markitdown.md")
        #expect(doc.header.issuer == "ỦY BAN NHÂN DÂN HUYỆN VÕ NHAI" && doc.header.place == "Võ Nhai" && doc.header.title == "V/v báo cáo kết quả số hóa hồ sơ")
        #expect(doc.signature?.name == "Lý Văn Tuyến" && doc.recipients.first == "- Như trên;")
        // pandoc's GFM of the file: its raw HTML tables' tags are no letters in the share that decides
        // (they outweighed the VNI letters, and nothing was converted).
        let gfm = try TestFiles.parse(TestFiles.fixtures + "/text/cong-van-19-ubnd-font-hon-hop-pandoc-gfm.md")
        #expect(gfm.header.issuer == "ỦY BAN NHÂN DÂN HUYỆN VÕ NHAI" && gfm.header.title == "V/v báo cáo kết quả số hóa hồ sơ")
        #expect(gfm.header.addressees == ["Các cơ quan, đơn vị thuộc Ủy ban nhân dân huyện."] && gfm.signature?.name == "Lý Văn Tuyến")
    }

    /// pandoc's plain text of a Word file set in VNI-Times: its header and signature drawn as grid
    /// tables, read by where their bars stand. A row's line is converted cell by cell, each padded to
    /// the characters it had (`COÄNG` is five, `CỘNG` four), so its bars stay in their columns: the
    /// header reads as the .docx's (its number, place and date had been lost, the quốc hiệu cut).
    @Test func vniGridTableKeepsItsColumns() throws {
        let row = try #require(VNI.convertLines("| UÛY BAN NHAÂN DAÂN                | COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA    |"))
        #expect(row.text == "| ỦY BAN NHÂN DÂN                   | CỘNG HÒA XÃ HỘI CHỦ NGHĨA         |")
        let text = try TestFiles.parse(TestFiles.fixtures + "/text/ke-hoach-45-kh-ubnd-vni-times-pandoc-plain.txt")
        let docx = try TestFiles.parse(TestFiles.fixtures + "/docx/ke-hoach-45-kh-ubnd-vni-times.docx")
        let fields = { (h: Header) in [h.issuer, h.nationalName, h.motto, h.number, h.place, h.date, h.type, h.title] }
        #expect(fields(text.header) == fields(docx.header) && fields(text.header).allSatisfy { $0 != nil })
        #expect(text.signature?.name == docx.signature?.name && text.body.count == docx.body.count)
    }

    /// A file saved in VNI bytes (Windows-1252: Word's plain-text export of a VNI-Times document) is
    /// converted whole, its curly quotation marks too; a Windows-1258 file is not taken for one.
    @Test func vniFileIsConverted() throws {
        let latin1 = "KEÁ HOAÏCH\r\nPhaùt trieån du lòch coäng ñoàng “Ñònh Hoùa” naêm 2024\r\n"
        let bytes: [UInt8] = latin1.unicodeScalars.map { $0.value == 0x201C ? 0x93 : $0.value == 0x201D ? 0x94 : UInt8($0.value) }
        let text = try SourceText(decoding: bytes)
        #expect(text.text == "KẾ HOẠCH\r\nPhát triển du lịch cộng đồng “Định Hóa” năm 2024\r\n")
        #expect(text.diagnostics.contains { $0.rule == "U01" && $0.message.contains("VNI") })
        let cp1258 = try #require(TestFiles.read(TestFiles.fixtures + "/html/ke-hoach-45-windows-1258.html"))
        #expect(try SourceText(decoding: cp1258).diagnostics.map(\.message) == [Self.windows1258Note])
    }

    /// A legacy file read as Latin-1 is reread only when the legacy reading has the Vietnamese words:
    /// Western text of Latin-1 letters stays as it is, and one scalar beyond Windows-1252 stops it.
    @Test func latin1TextIsRereadOnlyWhenItWasVietnamese() throws {
        let western = String(repeating: "Le café de la gare, à côté du théâtre: une crème, un thé glacé, des crêpes à la mode.\n", count: 4)
        #expect(try SourceText(decoding: Array(western.utf8)).text == western)
        let cp1258 = "CÔòNG HOÌA XAÞ HÔòI CHUÒ NGHIÞA VIÊòT NAM\nCãn cýì Nghiò quyêìt sôì 82/NQ-CP cuÒa Chính phuÒ vêÌ các nhiêòm vuò, giaÒi pháp phát triêÒn du liòch\n"
        let reread = try SourceText(decoding: Array(cp1258.utf8))
        #expect(reread.text.hasPrefix("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ Nghị quyết số 82/NQ-CP của Chính phủ về các nhiệm vụ"))
        #expect(reread.diagnostics.map(\.rule) == ["U01"])
        let mixed = try SourceText(decoding: Array((cp1258 + "Kế hoạch\n").utf8))
        #expect(mixed.text.hasPrefix("CÔòNG HOÌA"))
    }

    @Test func lettersDroppedByAPDFExportAreFlagged() throws {
        // Eight lone consonants at least ("C", "X", "H", "T" …), and one per 200 letters.
        let line = "C NG HOÀ X H I CH NGH A VI T NAM\n"
        let text = try SourceText(decoding: Array((line + line).utf8))
        #expect(try SourceText(decoding: Array(line.utf8)).diagnostics.isEmpty)
        #expect(text.diagnostics.contains { $0.rule == "U01" && $0.message.contains("missing") })
    }

    /// A text with its marks whose header and signature an OCR read without them: the landmark words
    /// of the lines with no marked letter, from the top to 30 lines under the quốc hiệu and from the
    /// signature's first line among the last 40 to the end, get their marks back; a line with marks,
    /// and every line between, stays as written; U01 stands where each part starts.
    @Test func unmarkedHeaderAndSignatureOfAMarkedTextAreRestored() throws {
        let header = "SO GIAO DUC VA DAO TAO\nTINH THAI NGUYEN\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\n\nV/v hướng dẫn so 12 nhiệm vụ\n"
        let body = "Thực hiện Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2025, Sở hướng dẫn như sau:\n"
        let lines = { (n: Int) in Array(repeating: "Nội dung của hướng dẫn.\n", count: n).joined() }
        let between = "Dieu chinh theo Ke hoach so 12 nam 2025\n"
        let signature = "   KT. GIAM DOC\nPHO GIAM DOC\n\nNguyen Van An\n"
        let read = try #require(try SourceText(decoding: Array((header + body + lines(30) + between + lines(45) + signature).utf8)).restoringDiacritics())
        let text = read.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.prefix(6) == ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH THAI NGUYEN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "V/v hướng dẫn so 12 nhiệm vụ"])
        #expect(text[6] == Substring(body.dropLast()))
        #expect(text[37] == Substring(between.dropLast()))
        #expect(text[83...86] == ["   KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Nguyen Van An"])
        #expect(read.lineCount == 87)
        let notes = read.diagnostics.filter { $0.rule == "U01" }
        #expect(notes.map(\.line) == [4, 84] && notes.map(\.column) == [1, 1])
        #expect(notes.first?.message.contains("header's lines") == true && notes.last?.message.contains("signature's lines") == true)
        // The quốc hiệu past the first 60 lines is no header's, an authority before the last 40 no signature's.
        let late = try SourceText(decoding: Array((lines(60) + header + body + "KT. GIAM DOC\n" + lines(45)).utf8))
        #expect(late.restoringDiacritics() == nil)
        // A signature alone is restored too.
        let signed = try #require(try SourceText(decoding: Array((body + lines(10) + "Noi nhan:\n- Luu: VT.\n" + signature).utf8)).restoringDiacritics())
        #expect(signed.text.contains("Nơi nhận:\n- Lưu: VT.\n   KT. GIÁM ĐỐC") && signed.diagnostics.map(\.line) == [12])
    }

    /// A text without its diacritics (không dấu: the seed's opening with every mark stripped) is
    /// told at 1:1; the same text with its marks is not, nor a few lines without them (a number, a
    /// code, a short note: too few letters to judge).
    @Test func textWithoutDiacriticsIsFlagged() throws {
        let marked = """
            ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 202/KH-UBND
            Cần Thơ, ngày 01 tháng 10 năm 2021
            KẾ HOẠCH
            Triển khai thực hiện Nghị quyết số 98/NQ-CP ngày 30 tháng 8 năm 2021 của Chính phủ về ban hành
            Chương trình hành động của Chính phủ thực hiện Nghị quyết số 59-NQ/TW ngày 05 tháng 8 năm 2020
            của Bộ Chính trị về xây dựng và phát triển thành phố Cần Thơ đến năm 2030, tầm nhìn đến năm 2045

            """
        let stripped = String(String.UnicodeScalarView(marked.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            !(0x300...0x36F).contains($0.value) })).replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
        #expect(stripped.hasPrefix("UY BAN NHAN DAN THANH PHO CAN THO\nCONG HOA XA HOI"))
        let read = try #require(try SourceText(decoding: Array(stripped.utf8)).restoringDiacritics())
        let notes = read.diagnostics.filter { $0.rule == "U01" }
        #expect(notes.count == 1 && notes.first.map { $0.line == 1 && $0.message.contains("no Vietnamese diacritics") } == true)
        // The landmarks get their marks back; every other word stays as typed.
        #expect(read.text.split(separator: "\n").prefix(6) == [
            "ỦY BAN NHÂN DÂN THÀNH PHỐ CAN THO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 202/KH-UBND", "Can Tho, ngày 01 tháng 10 năm 2021", "KẾ HOẠCH"])
        #expect(read.text.split(separator: "\n")[6].hasPrefix("Trien khai thực hiện Nghị quyết số 98/NQ-CP ngày 30 tháng 8 năm 2021 của Chính phủ về ban hành"))
        #expect(try SourceText(decoding: Array(marked.utf8)).restoringDiacritics() == nil)
        #expect(try SourceText(decoding: Array("So: 202/KH-UBND\nNoi nhan:\n- Luu: VT.\n".utf8)).restoringDiacritics() == nil)
    }

    /// Only words with one reading in an administrative text get their marks back, some only where
    /// a number or a numeral follows; `thu truong` only under `KT. BO TRUONG`; a second `d)` is `đ)`.
    @Test(arguments: [
        ("KT. BO TRUONG\nTHU TRUONG\nNguyen Van A", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyen Van A"),
        ("KT. BO TRUONG\nBO NOI VU\nTHU TRUONG\nTHU TRUONG", "KT. BỘ TRƯỞNG\nBỘ NOI VU\nTHỨ TRƯỞNG\nTHU TRUONG"),
        ("Thu truong co quan, don vi chiu trach nhiem.", "Thu truong cơ quan, đơn vị chiu trach nhiem."),
        ("So sanh so lieu nam truoc; so 12/KH-UBND ngay 3 thang 4 nam 2024", "So sanh so lieu nam truoc; số 12/KH-UBND ngày 3 tháng 4 năm 2024"),
        ("MUC DICH\nMuc 2. Quy dinh chung\nChuong II\nChuong trinh", "MUC DICH\nMục 2. Quy định chung\nChương II\nChương trình"),
        ("c) Ba;\nd) Bon;\nd) Nam;\ne) Sau.", "c) Ba;\nd) Bon;\nđ) Nam;\ne) Sau."),
        ("Viet Nam va cac nuoc", nil),
        // A number's codes with one reading (not `HD`, `DA`: Hướng dẫn, Dự án); not outside a number.
        ("So: 15/QD-UBND\nCan cu Nghi dinh so 30/2020/ND-CP va Nghi quyet so 12/NQ-HDND; 08-NQ/DU; 5/HD-SYT; 7/DA-UBND",
         "Số: 15/QĐ-UBND\nCăn cứ Nghị định số 30/2020/NĐ-CP va Nghị quyết số 12/NQ-HĐND; 08-NQ/ĐU; 5/HD-SYT; 7/DA-UBND"),
        ("Ma so QD-12, ban CD", nil),
        // An agency's word under its committee, opening a line or after a restored word; in a title it
        // reads otherwise, and some titles' words are restored as pairs.
        ("UY BAN NHAN DAN\nQUAN BA DINH\nTONG HOP TINH HINH QUAN LY\nSO Y TE TINH HOA BINH\nNHIEM VU CHUYEN DOI SO TINH HA NAM\nSAT LO BO SONG",
         "ỦY BAN NHÂN DÂN\nQUẬN BA DINH\nTONG HOP TÌNH HÌNH QUẢN LÝ\nSỞ Y TẾ TỈNH HOA BINH\nNHIEM VU CHUYỂN ĐỔI SỐ TỈNH HA NAM\nSAT LO BO SONG"),
        ("- Nhu tren;\n- Nhu Dieu 3;\ncuu ho so 55/2024/QH15; ho so, ket qua", "- Như trên;\n- Như Điều 3;\ncuu ho số 55/2024/QH15; hồ sơ, kết quả"),
        // A Hợp đồng's own `HD` (elsewhere Hướng dẫn's); a mark alone on its line; a document speaking of
        // itself, but not across a line (`… phap luat,` / `NAY CONG BO:` enacts).
        ("So: 15/2025/HD-UBND\nHOP DONG\ntheo 5/HD-SYT", "Số: 15/2025/HĐ-UBND\nHỢP ĐỒNG\ntheo 5/HD-SYT"),
        ("MAT\nmat bang; MAT BANG", "MẬT\nmat bang; MAT BANG"),
        // Through a page's no-break space, a text browser's link number and a grid table's cell lines.
        ("Nghi dinh so\u{A0}\n25/2025/ND-CP; so [2]30/2020/ND-CP", "Nghị định số\u{A0}\n25/2025/NĐ-CP; số [2]30/2020/NĐ-CP"),
        ("| ngay 09 thang 02 nam |\n| 2024 |", "| ngày 09 tháng 02 năm |\n| 2024 |"),
        ("Luat nay co hieu luc; cua Luat Dat dai,\nNAY CONG BO:", "Luật này co hieu luc; của Luật Dat dai,\nNAY CÔNG BỐ:"),
    ] as [(String, String?)])
    func unmarkedLandmarksAreRestored(_ typed: String, _ read: String?) {
        #expect(UnmarkedText.restoringLandmarks(typed)?.text == read)
    }

    /// The words and lines found by bytes are those found character by character, in every
    /// fixture text and corpus text as typed and with its marks taken off; where a letter may join
    /// a combining mark or a joiner into one character, the bytes give way to the characters.
    @Test func unmarkedWordsByBytesAreTheWordsByCharacters() throws {
        var texts = ["Việt Nam, ngày 5 tháng 3", "So: 45/KH-UBND\r\nNoi nhan:\u{A0}- Nhu tren;", "“Ke hoach” – Phu luc…", "", "a", "\u{1EC7}t"]
        let dirs = [TestFiles.fixtures + "/pipe-text", TestFiles.fixtures + "/text", TestFiles.fixtures + "/robustness"]
            + (TestFiles.hasShared ? ["pipe-text", "blank-line", "inline-pipe"].map { TestFiles.corpus + "/" + $0 } : [])
        for dir in dirs {
            for name in TestFiles.list(dir, suffix: ".txt") where !name.hasSuffix(".source.txt") {
                guard let bytes = TestFiles.read(dir + "/" + name), let text = String(validating: bytes, as: UTF8.self) else { continue }
                texts.append(text)
                texts.append(UnmarkedText.unmarked(text))
            }
        }
        try #require(texts.count > 100)
        texts += ["a\r\nb\n\nc\r\r\n", "\n", "\r\n\n", "x\n\r"]
        for (k, text) in texts.enumerated() {
            let t = Substring(text)
            let byBytes = UnmarkedText.wordSpans(t), byCharacters = UnmarkedText.wordSpansByCharacters(t)
            #expect(byBytes == byCharacters, "text \(k): \(String(text.prefix(40)).debugDescription)")
            #expect(UnmarkedText.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false), "text \(k)")
        }
        for joined in ["ca\u{301}c", "x\u{301}y", "\u{600}ab", "ab\u{200D}c", "ab\u{200C}c", "ab\u{E33}", "\u{903}ab\u{93F}"] {
            let t = Substring(joined)
            #expect((UnmarkedText.wordSpans(t) ?? UnmarkedText.wordSpansByCharacters(t)) == UnmarkedText.wordSpansByCharacters(t))
        }
        #expect(UnmarkedText.wordSpans("ca\u{301}c") == nil)
    }

    /// The phrases' table, built from bytes and scalars, is the one built by characters: each
    /// phrase's words as typed in lower case, and its keys unmarked in capitals.
    @Test func unmarkedPhrasesAreBuiltAsByCharacters() {
        for p in UnmarkedText.phrases {
            let text = p.words.joined(separator: " ")
            #expect(p.words == text.lowercased().split(separator: " ").map(String.init))
            #expect(p.keys == p.words.map { UnmarkedText.unmarkedByCharacters($0).uppercased() })
            #expect(p.keys.allSatisfy { $0.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") } })
        }
        for text in ["Cộng hòa xã hội chủ nghĩa Việt Nam", "ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "KT. BỘ TRƯỞNG", "Thủ tướng, 12/QĐ-TTg",
                     "o\u{323}\u{302} de\u{301}", "x\u{301}"] {
            #expect(UnmarkedText.unmarked(text) == UnmarkedText.unmarkedByCharacters(text), "\(text)")
        }
    }

    @Test func replacementCharacterIsFlaggedAtItsPlace() throws {
        let text = try SourceText(decoding: Array("Kế hoạch\nTh\u{FFFD}ng tư\n".utf8))
        let u01 = text.diagnostics.filter { $0.rule == "U01" }
        #expect(u01.count == 1)
        #expect(u01.first?.line == 2 && u01.first?.column == 3)
    }

    /// The scan's block loop (sixteen bytes at a time) counts what the byte loop counts, at every
    /// offset of every alignment: line starts, lone letters across word edges, Latin-1 leads and
    /// their legacy kinds, combining marks, invisible and replacement characters.
    @Test func scanByBlocksAgreesWithTheByteLoop() throws {
        let pieces = ["C NG HOÀ X H I CH NGH A VI T NAM\n", "Th«ng t­ sè 12\n", "Vieät Nam coäng hoøa\n", "Ðà Nẵng ð\n",
                      "Kế hoạch\u{200B}số\u{2060} 5\u{FEFF}\n", "A\u{0300}e\u{0301}\u{0362}\n", "x\u{FFFD}y\n", " B ", "\n\n", "ß ÿ µ ĺ “x” – …",
                      Self.vietnameseLetters, "\u{C2}\u{A0}\u{C3}", "1234567", "D", " ",
                      // Every Latin-1 letter and sign, capitals and small letters: each C2 and C3 lead.
                      String(String.UnicodeScalarView((0xA0...0xFF).compactMap(Unicode.Scalar.init)))]
        // Texts joined from the pieces in a fixed pseudo-random order (the same each run).
        var texts: [String] = []
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        for _ in 0..<400 { texts.append((0..<next(13)).map { _ in pieces[next(pieces.count)] }.joined()) }
        for (k, piece) in pieces.enumerated() {
            for pad in 0..<17 { texts.append(String(repeating: "a", count: pad) + piece + pieces[(k + 3) % pieces.count]) }
        }
        // A lead in the same place of every block, for long enough to wrap a byte-sized count.
        texts.append(String(repeating: "ơ", count: 3000))
        texts.append(String(repeating: "ả ", count: 2000))
        let folders = [TestFiles.fixtures + "/pipe-text", TestFiles.fixtures + "/text", TestFiles.corpus + "/pipe-text", TestFiles.corpus + "/blank-line"]
        let files = folders.flatMap { dir in TestFiles.list(dir, suffix: ".txt").map { dir + "/" + $0 } }
        #expect(files.count >= 20)
        for text in texts + files.compactMap({ TestFiles.read($0) }).map({ String(decoding: $0, as: UTF8.self) }) {
            var text = text
            let (words, bytes) = text.withUTF8 { (SourceText.scan($0), SourceText.scanByBytes($0)) }
            #expect(words == bytes, "\(text.prefix(80))")
        }
    }

    /// The quick UTF-8 check never passes what the standard library refuses, and passes all it
    /// accepts but the rare leads it leaves to the library (E0, ED, F0–F4): every sequence of one
    /// to four bytes over a set of telling bytes, at each place in the sixteen-byte block and cut at
    /// each length; then Vietnamese text with one byte changed, everywhere.
    @Test func quickUTF8CheckAgreesWithTheStandardLibrary() {
        let telling: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF,
                                0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        let rare: Set<UInt8> = [0xE0, 0xED, 0xF0, 0xF1, 0xF2, 0xF3, 0xF4]
        var checked = 0, wrong: [[UInt8]] = []
        func check(_ bytes: [UInt8]) {
            let library = String(validating: bytes, as: UTF8.self) != nil
            let quick = bytes.withUnsafeBufferPointer(Bytes.surelyValidUTF8)
            checked += 1
            if quick && !library || library && !quick && !bytes.contains(where: rare.contains) { wrong.append(bytes) }
        }
        for a in telling { for b in telling { for c in [0x41, 0x80, 0xBF, 0xC3] as [UInt8] { for d in [0x41, 0x80, 0xA0] as [UInt8] {
            let sequence = [a, b, c, d]
            for length in 1...4 {
                for pad in 0..<17 {
                    check(Array(repeating: 0x61, count: pad) + sequence.prefix(length) + Array(repeating: 0x62, count: (pad * 7) % 23))
                }
            }
        } } } }
        let text = Array((Self.vietnameseLetters + " Cần Thơ, ngày 01 tháng 10 năm 2021 – “Kế hoạch”").utf8)
        check(text)
        for i in text.indices { for byte in [0x20, 0x80, 0xC3, 0xE1, 0xFF] as [UInt8] where text[i] != byte {
            var changed = text
            changed[i] = byte
            check(changed)
            check(Array(changed[..<i]))
        } }
        #expect(checked > 200_000)
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    /// Bytes written into a string repair what is not UTF-8 as `String(decoding:)` does, quick
    /// path or not.
    @Test(arguments: [Array("Cần Thơ, ngày 01 tháng 10".utf8), Array("ab".utf8) + [0xC3], [0xE0, 0xA4, 0x85, 0x20, 0xED, 0xA0, 0x80],
                      Array("Số: 12/KH\n".utf8) + [0xB8, 0x20, 0xF0, 0x9F, 0x93, 0x84], [0x80, 0x41], []])
    func repairingMatchesDecoding(_ bytes: [UInt8]) {
        let made = String.repairing(capacity: bytes.count) { out in
            _ = out.initialize(from: bytes)
            return bytes.count
        }
        #expect(Array(made.utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8))
    }

    // MARK: - Byte-level string helpers

    /// Every letter of the Vietnamese alphabet, each vowel with each tone.
    static let vietnameseLetters = "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ b c d đ g h k l m n p q r s t v x"

    /// Every scalar of the blocks the fast paths cover: Latin-1, Latin Extended-A and -B, Latin
    /// Extended Additional, General Punctuation.
    static let latinBlocks = String(String.UnicodeScalarView(
        [0xA0...0x24F, 0x1E00...0x1EFF, 0x2000...0x206F].joined().compactMap { Unicode.Scalar(UInt32($0)) }))

    @Test(arguments: [vietnameseLetters, vietnameseLetters.uppercased(), "Cần Thơ, ngày 01 tháng 10 năm 2021", "ß ÿ µ ĺ ǆ αβγ – “x” 1/2", latinBlocks, ""])
    func upperCaseMatchesTheStandardLibrary(_ text: String) {
        #expect(String(decoding: Case.upperUTF8(text), as: UTF8.self) == text.uppercased())
        #expect(Case.upper(text) == text.uppercased())
    }

    /// A name's first letter lowered, as the standard library lowers that one character.
    @Test(arguments: ["Kế hoạch", "Đề án", "Ủy ban", "Ý kiến", "Quyết định", "ĐỀ ÁN", "1 Luật", "Ω", ""])
    func lowerFirstMatchesTheStandardLibrary(_ name: String) {
        let expected = name.isEmpty ? "" : name.prefix(1).lowercased() + name.dropFirst()
        #expect(String(decoding: Case.lowerFirstUTF8(name), as: UTF8.self) == expected)
    }

    /// The first letter's case, Vietnamese blocks without tables, agrees with Unicode's properties.
    @Test func startsLowerMatchesUnicode() {
        for scalar in Self.latinBlocks.unicodeScalars {
            let bytes = Array(String(scalar).utf8) + Array(" x".utf8)
            let p = scalar.properties
            let expected: Bool? = p.isAlphabetic ? p.isLowercase : nil
            #expect(Case.startsLower(bytes, 0, bytes.count) == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// The fast path (already clean text) and the folding path agree with a plain definition; `à`
    /// (C3 A0) holds the byte of U+00A0 (C2 A0) without being a space.
    @Test(arguments: [vietnameseLetters, "Thời gian hoàn thành", " Thời\u{A0}gian\n hoàn  thành\t", "\u{A0}", "à\u{A0}à", "", "  ", " ß\n ÿ "])
    func collapsingSpacesFoldsEveryKindOfSpace(_ text: String) {
        let spaces: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{A0}"]
        let words = text.unicodeScalars.split(whereSeparator: spaces.contains).map { String(String.UnicodeScalarView($0)) }
        #expect(text.collapsingSpaces == words.joined(separator: " "))
        #expect(String(decoding: Case.upperUTF8(text, foldingSpaces: true), as: UTF8.self) == words.joined(separator: " ").uppercased())
    }

    @Test func byteRangeFindsWholeScalars() {
        let line = "Cần Thơ, ngày 01 tháng 10 năm 2021"
        let r = line.byteRange(of: "ngày")
        #expect(r.map { String(line[$0]) } == "ngày")
        #expect(r.map { String(line[..<$0.lowerBound]) } == "Cần Thơ, ")
        #expect(line.byteRange(of: "năm 2021").map { String(line[$0.upperBound...]) } == "")
        #expect(line.byteRange(of: "NGÀY") == nil)
        #expect("ab".byteRange(of: "abc") == nil)
    }

    /// `mendingStrayBytes` (`--repair-utf8`): a damaged copy's stray bytes, a run of them at a time,
    /// become one U+FFFD each, with a U01 note whose place in the decoded text is that U+FFFD; the
    /// text around them is kept byte for byte. Stray bytes put in at random between the letters of
    /// fixtures (one to three together, after a byte order mark, in CR-only text); a letter the
    /// damage falls inside is `ParseCommandTests`' case.
    @Test func strayBytesAreMendedWhereTheyStand() throws {
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let texts = ["pipe-text/chi-thi-07-ct-ubnd-phong-chong-dich.txt", "pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt", "text/ke-hoach-88-kh-ubnd-o-gop-dong-inline.txt"]
        for name in texts {
            let clean = try #require(TestFiles.read(TestFiles.fixtures + "/" + name))
            for round in 0..<6 {
                var damaged = clean
                var runs = 0
                // Stray bytes before ASCII bytes (so that no letter of the text breaks with them) at
                // places apart, from the end back so that each place is still the clean text's.
                let places = Set((0..<4).map { _ in next(clean.count / 8) * 8 }).compactMap { at in clean[at...].firstIndex { $0 < 0x80 } }
                for at in Set(places).sorted(by: >) {
                    let run: [UInt8] = [[0xFF], [0x80], [0xC0, 0xAF], [0xE1, 0xBB], [0xF5, 0x80, 0x80]][next(5)]
                    damaged.insert(contentsOf: run, at: at)
                    runs += 1
                }
                if round == 4 { damaged = [0xEF, 0xBB, 0xBF] + damaged }
                if round == 5 { damaged = damaged.filter { $0 != 0x0D }.map { $0 == 0x0A ? 0x0D : $0 } }
                #expect(throws: (any Error).self) { try SourceText(decoding: damaged) }
                let mended = try #require(SourceText.mendingStrayBytes(damaged), "\(name), round \(round)")
                #expect(mended.notes.count == runs)
                #expect(mended.notes.allSatisfy { $0.rule == "U01" && $0.severity == .warning })
                let text = try SourceText(decoding: mended.bytes)
                let marks = text.bytes.indices.filter { text.bytes[$0...].starts(with: [0xEF, 0xBF, 0xBD]) }
                #expect(marks.count == runs)
                for note in mended.notes {
                    let offset = text.lineStarts[note.line - 1] + note.column - 1
                    #expect(text.bytes[offset...].starts(with: [0xEF, 0xBF, 0xBD]), "\(name), round \(round): \(note.line):\(note.column)")
                }
                // Without the marks, the clean text (as decoded) again.
                let kept = try SourceText(decoding: round == 5 ? clean.filter { $0 != 0x0D }.map { $0 == 0x0A ? 0x0D : $0 } : clean).bytes
                var unmarked = text.bytes
                for m in marks.reversed() { unmarked.removeSubrange(m..<(m + 3)) }
                let same = unmarked == kept
                #expect(same, "\(name), round \(round): the text around the marks changed")
            }
        }
    }

    /// Nothing to mend: valid UTF-8, a file in a legacy encoding (refused or converted as before),
    /// a text cut inside its last character (I02's), bytes with more stray bytes than letters.
    @Test func onlyADamagedCopyIsMended() throws {
        let seed = try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/chi-thi-07-ct-ubnd-phong-chong-dich.txt"))
        #expect(SourceText.mendingStrayBytes(seed) == nil)
        #expect(SourceText.mendingStrayBytes(seed + [0xE1, 0xBB]) == nil)
        #expect(SourceText.mendingStrayBytes(TestFiles.read(TestFiles.fixtures + "/unreadable/thong-bao-latin1.txt") ?? []) == nil)
        #expect(SourceText.mendingStrayBytes(TestFiles.read(TestFiles.fixtures + "/text/ke-hoach-45-kh-ubnd-windows-1258.txt") ?? []) == nil)
        #expect(SourceText.mendingStrayBytes([0x41, 0xFF, 0x42, 0xFE, 0x43]) == nil)
    }
}

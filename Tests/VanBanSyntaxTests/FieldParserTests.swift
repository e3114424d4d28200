import Foundation
import Testing
import VanBanModel
import VanBanReader
import VanBanTestSupport
@testable import VanBanSyntax

@Suite struct FieldParserTests {
    /// The citations the scanner finds in one paragraph.
    func cite(_ text: String) -> [Citation] {
        var scanner = CitationScanner()
        scanner.scan(TextBlock(text: text, line: 1))
        return scanner.finish(excluding: nil)
    }

    /// A number line: `Số: …`, or a law's `Luật số: …`; not a site's `Số hiệu:` nor a name.
    @Test(arguments: [
        ("Số: 202/KH-UBND", "202/KH-UBND"), ("Số 12/KH-UBND", "12/KH-UBND"), ("Luật số: 19/2023/QH15", "19/2023/QH15"),
        ("LUẬT SỐ: 19/2023/QH15", "19/2023/QH15"), ("Nghị quyết số: 12/2021/QH15", "12/2021/QH15"), ("Pháp lệnh số 01/2022/UBTVQH15", "01/2022/UBTVQH15"),
        ("Số : 45/KH-UBND", "45/KH-UBND"), ("Số  :  45/KH-UBND", "45/KH-UBND"), ("số: 45/KH-UBND", "45/KH-UBND"),
        ("số : 45/KH-UBND", "45/KH-UBND"), ("Số :", ""),
    ])
    func numberLines(_ line: String, _ value: String) {
        #expect(HeaderParser.numberValue(line) == value)
    }

    /// The number a `Số:` line's value holds: serial digits a space split off (a scan's text layer)
    /// join the number they belong to; the N02 finding still points at the space. A year or a word
    /// before the number is no serial.
    @Test(arguments: [("1 5/2025/QĐ-UBND", "15/2025/QĐ-UBND"), ("1 2 3/KH-UBND", "123/KH-UBND"), ("15 /2025/QĐ-UBND", "15/2025/QĐ-UBND"),
                      ("202/KH-UBND", "202/KH-UBND"), ("năm 2025 15/QĐ-UBND", "15/QĐ-UBND"), ("20251 5/QĐ-UBND", "5/QĐ-UBND")])
    func numberOnItsLine(_ value: String, _ number: String) {
        #expect(DocumentNumber.onNumberLine(value) == number)
    }

    @Test(arguments: ["Số hiệu: 202/KH-UBND", "Luật sư Nguyễn Văn A", "Luật Tổ chức Chính phủ", "Sở Y tế", "số 45/KH-UBND của"])
    func notNumberLines(_ line: String) {
        #expect(HeaderParser.numberValue(line) == nil)
    }

    /// Labels typed otherwise (`Số : …` with a space before its colon, `NƠI NHẬN:` in capitals) read
    /// as printed right, in pipe-text and in blank-line text (the number had been lost, and the
    /// recipients with it into the closing).
    @Test(arguments: [InputForm.pipeText, .text])
    func labelsTypedOtherwise(_ form: InputForm) throws {
        let path = TestFiles.fixtures + "/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt"
        var text = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        if form == .text { text = text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0 != "|" }.joined(separator: "\n") }
        let original = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: form)
        #expect(text.contains("\nSố: 45/KH-UBND\n") && text.contains("\nNơi nhận:\n"))
        let typed = text.replacing("\nSố: 45/KH-UBND\n", with: "\nSố : 45/KH-UBND\n").replacing("\nNơi nhận:\n", with: "\nNƠI NHẬN:\n")
        let doc = try DocumentReader.read(Array(typed.utf8), path: "t.txt", form: form)
        #expect(original.header.number == "45/KH-UBND" && original.recipients.count == 4)
        #expect(doc.header.number == original.header.number && doc.recipients == original.recipients)
        #expect(doc.closing.map(\.text) == original.closing.map(\.text) && doc.signature == original.signature)
    }

    /// A Công văn's number typed with no space after its colon (`Số:1234/UBND-VX`), its `V/v …` under
    /// it in the same cell: the number is whole, and the subject the title (the subject's first line
    /// had run into the number: N02 and T01).
    @Test func aNumberTypedWithNoSpaceOverTheSubject() throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/cong-van-1234-ubnd-vx-kinh-gui.txt")), as: UTF8.self)
        #expect(text.contains("\nSố: 1234/UBND-VX\nV/v "))
        let original = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        let doc = try DocumentReader.read(Array(text.replacing("\nSố: 1234/", with: "\nSố:1234/").utf8), path: "t.txt", form: .pipeText)
        #expect(doc.header.number == "1234/UBND-VX" && doc.header.title == original.header.title && original.header.title?.hasPrefix("V/v ") == true)
        #expect(HeaderParser.logicalLines(["Số:", "61/QĐ-TTg"]) == ["Số: 61/QĐ-TTg"])
    }

    /// `Số :` over its number on the next line of the site's cell (Kế hoạch 29 prints `Số:` /
    /// `29/KH-UBND`), and `số:` in lower case: the number is read (it had been lost, N01).
    @Test(arguments: ["Số :", "số:"])
    func aNumberLabelTypedOtherwiseOverItsNumber(_ label: String) throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/ke-hoach-29-kh-ubnd-dau-trang-xuong-dong.txt")), as: UTF8.self)
        #expect(text.contains("\nSố:\n29/KH-UBND\n"))
        let doc = try DocumentReader.read(Array(text.replacing("\nSố:\n", with: "\n\(label)\n").utf8), path: "t.txt", form: .pipeText)
        #expect(doc.header.number == "29/KH-UBND" && doc.header.numberParts?.typeCode == "KH")
        #expect(HeaderParser.logicalLines([label, "61/QĐ-TTg"]) == ["\(label) 61/QĐ-TTg"])
    }

    /// The citation scanner's three spellings of each type name are the standard library's.
    /// A form's header line names its issuer as a blank to fill in; an agency named in full, a
    /// title opening with `BỘ` and a title ending in a year's blank are no such line.
    @Test(arguments: [
        ("ỦY BAN NHÂN DÂN TỈNH/THÀNH PHỐ …………….", true), ("SỞ ..........", true), ("UBND HUYỆN …", true),
        ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", false), ("BỘ TIÊU CHÍ QUỐC GIA VỀ XÃ NÔNG THÔN MỚI", false),
        ("DANH SÁCH SẢN PHẨM THAM GIA BÌNH CHỌN, NĂM……", false),
    ])
    func formAgencyLines(_ line: String, _ isForm: Bool) {
        #expect(HeaderParser.isFormAgencyLine(line) == isForm)
    }

    @Test func typeNameFormsMatchTheStandardLibrary() {
        for n in CitationScanner.typeNames {
            let name = n.kind.name
            #expect(String(decoding: n.key, as: UTF8.self) == name.uppercased())
            #expect(String(decoding: n.lower, as: UTF8.self) == name.lowercased())
            #expect(String(decoding: n.name, as: UTF8.self) == name)
        }
    }

    @Test(arguments: [
        ("ngày 01 tháng 10 năm 2021", "2021-10-01"), ("ngày 07/8/2018", "2018-08-07"), ("NGÀY 30 THÁNG 8 NĂM 2021", "2021-08-30"),
        ("ngày 7 tháng 5 năm 2021", "2021-05-07"), ("Ngày 29/02/2024", "2024-02-29"),
        // A space typed after a slash, a comma before the year (both had read as no date).
        ("ngày 15/ 7/ 2025", "2025-07-15"), ("ngày 15/7/ 2025", "2025-07-15"), ("ngày 15 tháng 7, năm 2025", "2025-07-15"),
        ("ngày 15, tháng 7 năm 2025", "2025-07-15"),
    ])
    func datesParse(_ text: String, _ iso: String) {
        #expect(VietnameseDate.first(in: text) == iso)
    }

    @Test(arguments: ["ngày 30/02/2021", "ngày 16/7/20 21", "ngày … tháng … năm 2024", "ngày 32 tháng 1 năm 2020", "ngày 15 /7/2025", "ngày 15- 7- 2025", "ngày 15 tháng 7, 2025"])
    func impossibleOrBlankDatesAreNil(_ text: String) {
        #expect(VietnameseDate.first(in: text) == nil)
    }

    /// A law cited by name and number without a date, as bases are since Luật 64/2025: its Quốc
    /// hội code makes the number the law's own, whatever commas its name holds; not a number after a
    /// list of laws, which is the amending law's.
    @Test(arguments: [
        ("Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15;", "Luật", "93/2025/QH15", "Luật Khoa học, công nghệ và đổi mới sáng tạo"),
        ("Căn cứ Luật Cán bộ, công chức số 80/2025/QH15;", "Luật", "80/2025/QH15", "Luật Cán bộ, công chức"),
        ("Căn cứ Bộ luật Tố tụng dân sự số 92/2015/QH13;", "Bộ luật", "92/2015/QH13", "Bộ luật Tố tụng dân sự"),
        ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14;", "Pháp lệnh", "02/2020/UBTVQH14", "Pháp lệnh Ưu đãi người có công với cách mạng"),
        // `pháp luật` ends the name: no type named `luật` (the citation had read `luật số 64/2025/QH15`, unnamed).
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;", "Luật", "64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"),
        ("Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13;", "Luật", "14/2012/QH13", "Luật Phổ biến, giáo dục pháp luật"),
    ])
    func undatedLawsByNameAndNumber(_ text: String, _ type: String, _ number: String, _ name: String) {
        let c = cite(text)
        #expect(c.map(\.number) == [number] && c.map(\.type) == [type] && c.map(\.name) == [name] && c.map(\.date) == [nil])
        #expect(c.first?.text == String(text.dropFirst("Căn cứ ".count).dropLast()))
    }

    /// `pháp luật` before a number whose code names its type is no `Luật`: `… văn bản quy phạm pháp
    /// luật số 12/2020/NĐ-CP` is a Nghị định (it had been typed Luật).
    @Test func phapLuatBeforeACodedNumberIsNoLaw() {
        let c = cite("Căn cứ các văn bản quy phạm pháp luật số 12/2020/NĐ-CP ngày 01/02/2020 của Chính phủ;")
        #expect(c.map(\.type) == ["Nghị định"] && c.map(\.number) == ["12/2020/NĐ-CP"] && c.map(\.issuer) == ["Chính phủ"])
    }

    @Test func aDatedLawWhoseNameEndsInPhapLuatIsNamed() {
        let c = cite("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015;")
        #expect(c.map(\.name) == ["Luật Ban hành văn bản quy phạm pháp luật"] && c.map(\.date) == ["2015-06-22"] && c.map(\.number) == ["80/2015/QH13"])
    }

    /// The number after a list of laws, or in an amending law's name, is not the named law's: no
    /// citation gives that law the number (the number scan may still cite it unnamed, the amending law's).
    @Test(arguments: [
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan, Luật Quản lý, sử dụng tài sản công số 90/2025/QH15;", "Luật Quản lý"),
        ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Hải quan, Luật Quản lý, sử dụng tài sản công số 90/2025/QH15;", "Luật Hải quan"),
        ("Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Hải quan số 01/2021/QH15;", "Luật Hải quan"),
        ("Luật Hộ tịch, Nghị định số 123/2015/NĐ-CP;", "Luật Hộ tịch"),
    ])
    func aNumberAfterAListOfLawsIsNotTheLastOnes(_ text: String, _ law: String) {
        #expect(!cite(text).contains { $0.name?.hasPrefix(law) == true && $0.number != nil })
    }

    /// `ngày` glued to a number's code (a text that lost its space, as the corpus's spun Thông tư
    /// 05/2017 prints `Luật dược số 105/2016/QH13ngày …`) is not the code's.
    @Test(arguments: [
        ("105/2016/QH13ngày thứ 6", "105/2016/QH13"), ("12/UBNDngày 5/3/2020", "12/UBND"), ("07/KH-UBND ngày 5", "07/KH-UBND"),
        ("45/QĐ-UBNDngày", "45/QĐ-UBND"), ("03-CTr/TU", "03-CTr/TU"),
    ])
    func gluedNgayIsNotTheCodes(_ text: String, _ number: String) {
        #expect(DocumentNumber.read(Array(text.utf8), at: 0)?.number == number)
    }

    /// The appendices a paragraph names, in any case, with their numbers and columns (in bytes,
    /// as the model counts them; a bracket before `phụ` is not the mention's); `phụ cấp`,
    /// `Phụ trách` and `lục` alone name none.
    @Test(arguments: [
        ("theo Phụ lục I kèm theo", [("I", 6)]), ("PHỤ LỤC II, PHỤ LỤC III.", [("II", 1), ("III", 17)]),
        ("tại phụ lục số 02, chi tiết", [("02", 7)]), ("(phụ lục kèm theo)", [(nil, 2)]), ("Phụ Lục A;", [("A", 1)]),
        ("phụ lục 1a)", [("1a", 1)]), ("Phụ lục SỐ 3:", [("3", 1)]), ("phụ cấp, Phụ trách, lục lọi", []), ("phụ lụcI", [(nil, 1)]),
    ] as [(String, [(String?, Int)])])
    func appendixMentionsInAnyCase(_ text: String, _ expected: [(String?, Int)]) {
        let found = AppendixMentions.scan(TextBlock(text: text, line: 3, column: 1), bytes: Array(text.utf8))
        #expect(found.map(\.number) == expected.map(\.0))
        #expect(found.map(\.position) == expected.map { Position(line: 3, column: $0.1) })
    }

    /// A word set holds its words exactly: not their prefixes, not longer words they open, not
    /// another case; each found in the middle of a text by its bounds.
    @Test func wordSetsHoldTheirWordsExactly() {
        let words = ["về", "tại", "trong", "TẠI", "đã", "x", "xyz"]
        let set = WordSet(words.map { Array($0.utf8) })
        let text = Array("a về tại trong TẠI đã x xyz về tạii tro Tại đ xx xyw".utf8)
        var found: [String] = []
        var k = 0
        while k < text.count {
            var e = k
            while e < text.count, text[e] != 0x20 { e += 1 }
            if set.contains(text, k, e) { found.append(String(decoding: text[k..<e], as: UTF8.self)) }
            k = e + 1
        }
        #expect(found == words + ["về"])
        #expect(!set.contains(text, 0, 0))
    }

    /// Numbers in running text, as far as they go; dates, ranges and amounts are no numbers.
    @Test(arguments: [
        ("202/KH-UBND ngày", false, "202/KH-UBND"), ("12/2020/NĐ-CP;", false, "12/2020/NĐ-CP"), ("59-NQ/TW", false, "59-NQ/TW"),
        ("05 /2008/TT-BYT", false, "05/2008/TT-BYT"), ("66.15/2026/NQ-CP", false, "66.15/2026/NQ-CP"), ("12a/QĐ-UBND", false, "12a/QĐ-UBND"),
        ("12/KH–UBND", false, "12/KH-UBND"), ("30/2025/NQ-HĐND.", false, "30/2025/NQ-HĐND"), ("15/ĐU-VP", false, "15/ĐU-VP"),
        ("27/ubnd-vx", true, "27/ubnd-vx"), ("27/đt-vx", true, "27/đt-vx"), ("9/QyĐ-BCA", false, "9/QyĐ-BCA"),
        ("01/10/2021", false, nil), ("2021-2025", false, nil), ("1.000 ngày", false, nil), ("27/ubnd-vx", false, nil), ("27/đt-vx", false, nil),
        ("3/ Tổ chức", false, nil), ("2021 /2025", false, nil), ("12/2020/ NĐ-CP", false, "12/2020/NĐ-CP"), ("7/ Nđ", true, nil),
    ])
    func numbersReadFromText(_ text: String, _ lowerCase: Bool, _ number: String?) {
        #expect(DocumentNumber.read(Array(text.utf8), at: 0, lowerCase: lowerCase)?.number == number)
    }

    /// A two-digit year is the latest year so written not after the citing document's own; without
    /// that year, or where the number goes on, it is not read.
    @Test(arguments: [
        ("ngày 03/03/19", 2025, "2019-03-03"), ("ngày 03/03/25", 2025, "2025-03-03"), ("ngày 12/5/98", 2020, "1998-05-12"),
        ("ngày 31/12/26", 2025, "1926-12-31"), ("ngày 15/9/19.", 2020, "2019-09-15"), ("ngày 15/9/19 của", 2020, "2019-09-15"),
        ("ngày 07/8/2018", 2025, "2018-08-07"),
        ("ngày 03/03/19", nil, nil), ("ngày 16/7/20 21", 2022, nil), ("ngày 15/9/19.5", 2020, nil), ("ngày 15/9/19/2", 2020, nil),
        ("ngày 15/9/195", 2020, nil), ("ngày 15/9/1", 2020, nil), ("ngày 30/02/21", 2025, nil),
    ] as [(String, Int?, String?)])
    func twoDigitYears(_ text: String, _ latest: Int?, _ iso: String?) {
        #expect(VietnameseDate.read(Array(text.utf8), at: 0, requireNgay: true, latestYear: latest)?.iso == iso)
    }

    @Test(arguments: [
        ("202/KH-UBND", "202", nil, "KH", "UBND"), ("12/2020/NĐ-CP", "12", "2020", "NĐ", "CP"),
        ("59-NQ/TW", "59", nil, "NQ", "TW"), ("1234/UBND-VX", "1234", nil, nil, "UBND-VX"),
        ("03/2008/TTLT-BYT-BNV", "03", "2008", "TTLT", "BYT-BNV"), ("03-CTr/TU", "03", nil, "CTr", "TU"),
        // A joint document's code: the type's and the qualifier's (liên tịch, phối hợp).
        ("02/CTrPH-STP-HLHPN", "02", nil, "CTrPH", "STP-HLHPN"), ("15/KHLT-SYT-SGDĐT", "15", nil, "KHLT", "SYT-SGDĐT"),
        // A code that only ends like one is the issuer's.
        ("07/UBND-KHPH", "07", nil, nil, "UBND-KHPH"), ("09/KHPH", "09", nil, nil, "KHPH"),
        // A dotted serial, a year alone, an empty group between two separators, a year of other digits.
        ("66.15/2026/NQ-CP", "66.15", "2026", "NQ", "CP"), ("5/2020", "5", "2020", nil, nil),
        ("12a/QĐ--UBND", "12a", nil, "QĐ", "UBND"), ("7/٢٠٢٠/QĐ-UBND", "7", "٢٠٢٠", "QĐ", "UBND"),
    ] as [(String, String, String?, String?, String?)])
    func numberParts(_ number: String, _ serial: String, _ year: String?, _ type: String?, _ issuer: String?) {
        #expect(DocumentNumber.parts(number) == NumberParts(serial: serial, year: year, typeCode: type, issuerCode: issuer))
    }

    /// The parts as the rule says them, group by group: the number's groups split into strings,
    /// the year and the type code taken off the front, the rest joined by `-`.
    private static func partsByGroups(_ number: String) -> NumberParts? {
        let b = Array(number.utf8)
        var i = 0
        while i < b.count, Bytes.isDigit(b[i]) || Bytes.isASCIILower(b[i]) || b[i] == UInt8(ascii: ".") { i += 1 }
        guard i > 0, i < b.count else { return nil }
        var groups = b[(i + 1)...].split(whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") })
            .map { String(decoding: $0, as: UTF8.self) }
        var year: String?
        if let f = groups.first, f.count == 4, f.allSatisfy(\.isNumber) { year = groups.removeFirst() }
        var typeCode: String?
        if let f = groups.first, DocumentTypes.kind(code: f)?.code != nil
            || (groups.count > 1 && (DocumentTypes.jointCode(f) != nil || f == "VBHN")) {
            typeCode = groups.removeFirst()
        }
        return NumberParts(serial: String(decoding: b[..<i], as: UTF8.self), year: year, typeCode: typeCode,
                           issuerCode: groups.isEmpty ? nil : groups.joined(separator: "-"))
    }

    /// Every Roman numeral from 1 to 3999 as the subtractive rule writes it, digit by digit; and the
    /// ones a label can be (below 90) read back to their value.
    @Test func romanNumeralsFollowTheSubtractiveRule() {
        let digits = [("I", "V", "X"), ("X", "L", "C"), ("C", "D", "M"), ("M", "", "")]
        func byRule(_ n: Int) -> String {
            var out = "", n = n, place = 0
            while n > 0 {
                let (one, five, ten) = digits[place], d = n % 10
                let s = switch d {
                case 0...3: String(repeating: one, count: d)
                case 4: one + five
                case 5...8: five + String(repeating: one, count: d - 5)
                default: one + ten
                }
                out = s + out
                n /= 10
                place += 1
            }
            return out
        }
        for n in 1..<4000 { #expect(Roman.numeral(n) == byRule(n), "\(n)") }
        #expect(Roman.numeral(0) == "")
        for n in 1..<90 { #expect(Roman.value(byRule(n)) == n, "\(n)") }
        #expect(Roman.value("XC") == nil)
    }

    /// Every day of the years read, and the days around them that are none, written as the
    /// calendar rule says: a month's length from a table, the fields padded to two digits.
    @Test func isoDatesAgreeWithTheCalendar() {
        func byTable(_ y: Int, _ m: Int, _ d: Int) -> String? {
            guard (1900...2200).contains(y), (1...12).contains(m), d >= 1 else { return nil }
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
            guard d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] else { return nil }
            return "\(y)-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)")
        }
        var mismatches: [String] = []
        for y in 1895...2205 {
            for m in 0...13 {
                for d in 0...32 where VietnameseDate.iso(y, m, d) != byTable(y, m, d) { mismatches.append("\(y)-\(m)-\(d)") }
            }
        }
        #expect(mismatches.isEmpty)
        #expect(VietnameseDate.iso(2000, 2, 29) == "2000-02-29" && VietnameseDate.iso(2100, 2, 29) == nil)
    }

    /// Numbers made at random of serials, years, codes and separators (empty groups, a separator
    /// at the end, a non-ASCII year) split as the group-by-group rule splits them.
    @Test func numberPartsAgreeWithTheGroupRule() {
        var texts = PieceTexts(["1", "27", "0", "a", ".", "/", "-", "2020", "٢٠٢٠", "KH", "QĐ", "NQ", "CTrPH", "KHLT",
                                "VBHN", "UBND", "BYT", "kh", "Đ", " ", "TW"], seed: 11)
        for _ in 0..<20_000 {
            let number = String(decoding: texts.text(maxPieces: 9), as: UTF8.self)
            #expect(DocumentNumber.parts(number) == Self.partsByGroups(number), "\(number)")
        }
    }

    /// A joint document's type line names its type first, then how it is joint.
    @Test(arguments: [
        ("KẾ HOẠCH LIÊN TỊCH", "Kế hoạch"), ("CHƯƠNG TRÌNH PHỐI HỢP", "Chương trình"), ("QUY CHẾ PHỐI HỢP", "Quy chế"),
        ("KẾ HOẠCH LIÊN NGÀNH", "Kế hoạch"), ("THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch"), ("KẾ HOẠCH", "Kế hoạch"),
        // … and other kinds of a type: an action programme, a press statement, a report's kind.
        ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình"), ("KẾ HOẠCH HÀNH ĐỘNG", "Kế hoạch"), ("THÔNG CÁO BÁO CHÍ", "Thông cáo"),
        ("BÁO CÁO NHANH", "Báo cáo"), ("BÁO CÁO TÓM TẮT", "Báo cáo"), ("BÁO CÁO THẨM TRA", "Báo cáo"),
    ])
    func jointTypeLines(_ line: String, _ name: String) {
        #expect(DocumentTypes.typeLine(line)?.name == name)
    }

    @Test(arguments: ["PHỐI HỢP", "CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC", "NGHỊ ĐỊNH LIÊN TỊCH", "BAN CHỈ ĐẠO LIÊN NGÀNH"])
    func notJointTypeLines(_ line: String) {
        #expect(DocumentTypes.typeLine(line) == nil)
    }

    @Test(arguments: [
        ("Số: 05 /2008/TT-BYT", "05/2008/TT-BYT"), ("thực hiện Nghị quyết số 21- NQ/TW ngày", "21-NQ/TW"),
        ("số 98/NQ-CP), UBND", "98/NQ-CP"), ("Tờ trình số 92/TTr-SLĐTBXH ngày", "92/TTr-SLĐTBXH"),
        // An en dash typed for the hyphen (the issuer's code had been cut off).
        ("Nghị quyết số 98/NQ–CP ngày", "98/NQ-CP"), ("Số: 12/KH – UBND", "12/KH-UBND"),
    ])
    func numbersInRunningText(_ text: String, _ number: String) {
        #expect(DocumentNumber.first(in: text) == number)
    }

    @Test(arguments: ["giai đoạn 2021 - 2025", "ngày 07/8/2018", "Quốc lộ 61C"])
    func notNumbers(_ text: String) {
        #expect(DocumentNumber.first(in: text) == nil)
    }

    @Test func markers() {
        func m(_ s: String) -> (NodeKind, String)? {
            let b = Array(s.utf8)
            return Markers.match(b, 0, b.count).map { ($0.kind, $0.label(b)) }
        }
        #expect(m("IV. TỔ CHỨC")! == (.section, "IV"))
        #expect(m("12. Giao")! == (.clause, "12"))
        // Bullets a copy from Word or a plain-text list keeps: `•`, U+F0B7 and `*` a dash's level,
        // `◦`, `▪` and U+F0A7 a plus's (they had been no items); not `**bold**`, nor a bare `*`.
        for b in ["• Tuyên truyền", "\u{F0B7} Tuyên truyền", "* Tuyên truyền"] { #expect(m(b).map { $0 == (.dash, "-") } == true, "\(b)") }
        for b in ["◦ Cấp huyện", "▪ Cấp huyện", "\u{F0A7} Cấp huyện"] { #expect(m(b).map { $0 == (.plus, "+") } == true, "\(b)") }
        #expect(m("**Tuyên truyền**") == nil && m("* ") == nil && m("*Ghi chú") == nil)
        #expect(m("2.3. Tiết kiệm")! == (.clause, "2.3"))
        #expect(m("đ) Giao")! == (.point, "đ"))
        #expect(m("a1) Bổ sung")! == (.point, "a1"))
        #expect(m("a.1) Sơ tán").map { $0 == (.point, "a.1") } == true)
        #expect(m("a.) Sơ tán") == nil)
        // `a.` before a capital, as local documents letter points; not before a lower-case word, nor
        // options side by side (`a. Có □   b. Không □`), nor `v.v.`.
        #expect(m("b. Phát huy vai trò").map { $0 == (.point, "b") } == true)
        #expect(m("đ. Đánh giá").map { $0 == (.point, "đ") } == true)
        // `1)` and `(1)` number clauses a level below the one open above them.
        #expect(m("1) Chào cờ").map { $0 == (.clause, "1") } == true && m("(2) Địa điểm: sân trường.").map { $0 == (.clause, "2") } == true)
        #expect(m("(1) là đơn vị") == nil && m("(2021) Năm") == nil)
        // `(b)` before a capital is a point, as `b)` is; not before a lower-case word, nor options side
        // by side (`(a) Có □   (b) Không □`).
        #expect(m("(b) Khác").map { $0 == (.point, "b") } == true && m("(đ) Đánh giá").map { $0 == (.point, "đ") } == true)
        #expect(m("(b) khác") == nil && m("(a) Có □   (b) Không □") == nil && m("(ab) Khác") == nil)
        #expect(m("a. khoản 1") == nil && m("a. Có □     b. Không □") == nil && m("v.v. Các") == nil)
        // The space after the stop typed away before a capital: still a marker, its text after it;
        // not a number, a reference, a lower-case word, nor an initial.
        for (glued, kind, label) in [("Điều 1.Phạm vi", NodeKind.article, "1"), ("I.MỤC ĐÍCH", .section, "I"), ("1.Mục đích", .clause, "1"),
                                     ("a)Tuyên truyền", .point, "a"), ("2)Đoàn", .clause, "2")] {
            let b = Array(glued.utf8)
            let found = Markers.match(b, 0, b.count)
            #expect(found?.kind == kind && found?.label(b) == label && found.map { String(decoding: b[$0.contentStart...], as: UTF8.self).first?.isUppercase } == true, "\(glued)")
        }
        #expect(m("1.000 người") == nil && m("Điều 1.2 Quy") == nil && m("1.a khoản") == nil && m("V.I.Lênin đã nói") == nil && m("a)b") == nil)
        // The Party's numbering (Hướng dẫn 36-HD/VPTW): `I-`, `1-`; not a range nor a number typed with a space.
        #expect(m("I- TÌNH HÌNH VÀ NGUYÊN NHÂN").map { $0 == (.section, "I") } == true)
        #expect(m("1- Kết quả đạt được").map { $0 == (.clause, "1") } == true)
        #expect(m("5- 7 ngày làm việc") == nil && m("21- NQ/TW ngày 25/10/2017") == nil && m("2021- 2025") == nil)
        // The slash local documents number with (`I/`, `1/`, `a/`); not a fraction, a ratio or a number.
        #expect(m("I/ KẾT QUẢ THỰC HIỆN").map { $0 == (.section, "I") } == true && m("3/ Thiệt hại do thiên tai").map { $0 == (.clause, "3") } == true)
        #expect(m("a/ Kiện toàn Ban Chỉ huy").map { $0 == (.point, "a") } == true && m("đ/ Khác").map { $0 == (.point, "đ") } == true)
        #expect(m("24/24 giờ") == nil && m("1/ 2 số hộ") == nil && m("1/2 số hộ") == nil && m("a/b") == nil && m("15/ QĐ-UBND ngày") == nil)
        #expect(m("Điều 5a. Sửa đổi")! == (.article, "5a"))
        // An older print's stop and hyphen (`Điều 1.- Nay ban hành`, `I.- MỤC ĐÍCH`, `1.- Hướng dẫn`,
        // `a.- Phát huy`) or a hyphen for the stop (`Điều 1- Thành lập`): markers, the text after
        // the hyphen; not a range (`Điều 1-2`, `1.-2`) nor a word after it.
        for (line, kind, label) in [("Điều 1.- Nay ban hành", NodeKind.article, "1"), ("Điều 12- Thành lập Tổ", .article, "12"), ("ĐIỀU 3.- HIỆU LỰC", .article, "3"),
                                    ("I.- MỤC ĐÍCH", .section, "I"), ("2.- Định kỳ 6 tháng", .clause, "2"), ("a.- Phát huy", .point, "a")] {
            let b = Array(line.utf8)
            let found = Markers.match(b, 0, b.count)
            #expect(found?.kind == kind && found?.label(b) == label && found.map { String(decoding: b[$0.contentStart...], as: UTF8.self).first?.isUppercase } == true, "\(line)")
        }
        #expect(m("Điều 1-2 của Luật") == nil && m("1.-2 lần") == nil && m("Điều 1-Thành") == nil)
        #expect(m("Chương IV")! == (.chapter, "IV"))
        #expect(m("PHẦN THỨ NHẤT")! == (.part, "THỨ NHẤT"))
        #expect(m("Mục 2. QUY ĐỊNH")! == (.section, "2"))
        #expect(m("Tiểu mục 1")! == (.subsection, "1"))
        #expect(m("– Gạch ngang")! == (.dash, "-"))
        #expect(m("Mục tiêu chung") == nil)
        #expect(m("Điều chỉnh quy hoạch") == nil)
        #expect(m("2021. Năm") == nil)
        #expect(m("-5 độ") == nil)
        #expect(m("IIII. Sai") == nil)
        #expect(m("1.000 ngày đầu đời") == nil)  // a thousand, not clause 1.000
        #expect(m("1.......................")! == (.clause, "1"))  // a form field
        // A reference a wrap put at a line's start is no marker; a heading opens in upper case.
        #expect(m("Điều 5 của Nghị định số 151/2017/NĐ-CP") == nil)
        #expect(m("Chương III của Luật Quản lý, sử dụng tài sản công") == nil)
        #expect(m("Mục 4 chỉ áp dụng đối với đơn vị sự nghiệp") == nil)
        #expect(m("Điều 20 và quy định tại") == nil)
        #expect(m("Điều 1 Phê duyệt Kế hoạch")! == (.article, "1"))
        #expect(m("Mục 1")! == (.section, "1"))
        #expect(m("Điều 3: thực hiện")! == (.article, "3"))
    }

    /// Every keyword in either case, every kind of bullet, and each kind of marker whose first
    /// byte is shared with another's (`C.`: a keyword's letter; `đ)`: Đ's lead byte), through the
    /// first-byte dispatch.
    @Test(arguments: [
        ("Điều 4. Hiệu lực", NodeKind.article, "4"), ("ĐIỀU 4. HIỆU LỰC", .article, "4"),
        ("Chương II", .chapter, "II"), ("CHƯƠNG II", .chapter, "II"),
        ("Mục 3", .section, "3"), ("MỤC 3", .section, "3"), ("Tiểu mục 2", .subsection, "2"), ("TIỂU MỤC 2", .subsection, "2"),
        ("Phần I", .part, "I"), ("PHẦN I", .part, "I"), ("Phần A: ĐÁNH GIÁ", .part, "A"),
        ("– Rà soát", .dash, "-"), ("— Rà soát", .dash, "-"), ("• Rà soát", .dash, "-"), ("\u{F0B7} Rà soát", .dash, "-"),
        ("◦ Rà soát", .plus, "+"), ("▪ Rà soát", .plus, "+"), ("\u{F0A7} Rà soát", .plus, "+"),
        ("C. GIẢI PHÁP", .part, "C"), ("H. KIẾN NGHỊ", .part, "H"), ("XI. TỔ CHỨC", .section, "XI"), ("L. NỘI DUNG", .section, "L"),
        ("đ) Khác", .point, "đ"), ("z) Khác", .point, "z"), ("* Rà soát", .dash, "-"),
    ])
    func markerKindsOpenLines(_ line: String, _ kind: NodeKind, _ label: String) {
        let b = Array(line.utf8)
        let found = Markers.match(b, 0, b.count)
        #expect(found?.kind == kind && found?.label(b) == label)
    }

    /// Lines that open with a letter no marker starts with, or with a keyword's first letter and
    /// no keyword, open none.
    @Test(arguments: ["Ủy ban nhân dân", "Sở Tư pháp", "Nâng cao", "Đẩy mạnh", "Các sở", "Thực hiện", "Phối hợp", "Mục tiêu chung", "Chủ trì",
                      "Tiếp tục", "Phương án", "Khác", "của Sở", "đồng thời"])
    func plainLinesOpenNoMarker(_ line: String) {
        let b = Array(line.utf8)
        #expect(Markers.match(b, 0, b.count) == nil)
    }

    /// A label with its title in sentence case (`Phụ lục I: Danh mục …`) heads an appendix over its
    /// `(Kèm theo …)` note, as `Phụ lục` alone does; elsewhere it is a sentence of the text.
    @Test(arguments: [("Phụ lục I: Danh mục nhiệm vụ năm 2023", "Phụ lục I", "I", "Danh mục nhiệm vụ năm 2023"),
                      ("Phụ lục 2 - Danh mục nhiệm vụ", "Phụ lục 2", "2", "Danh mục nhiệm vụ"),
                      ("Phụ lục số 01. Bảng tổng hợp", "Phụ lục số 01", "01", "Bảng tổng hợp")])
    func sentenceCaseLabelWithItsTitleOverItsNote(_ line: String, _ label: String, _ number: String, _ title: String) throws {
        func read(_ after: String) throws -> Document {
            try DocumentReader.read(Array(Self.plan(clause: "Thực hiện nhiệm vụ.", then: line + "\n" + after).utf8), path: "x.txt")
        }
        let doc = try read("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2023 của UBND tỉnh A)")
        #expect(doc.appendices.map(\.label) == [label] && doc.appendices.first?.number == number && doc.appendices.first?.title == title)
        let text = try read("2. Tổ chức thực hiện./.")
        #expect(text.appendices.isEmpty && text.body.first?.children.first?.paragraphs == [line])
    }

    /// After the signature, before any appendix, such a label (or `Phụ lục` alone) heads an appendix
    /// without a note, and a later one over a table does too (Fixtures/pipe-text/ke-hoach-58-…): both
    /// had been read as closing paragraphs, their tables the document's own. Before the signature it
    /// is still text.
    @Test func sentenceCaseLabelsAfterTheSignature() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-58-kh-ubnd-phu-luc-chu-thuong.txt")
        #expect(doc.appendices.map(\.label) == ["Phụ lục I", "Phụ lục II"] && doc.appendices.map(\.number) == ["I", "II"])
        #expect(doc.appendices.map(\.title) == ["Danh mục nhiệm vụ năm 2025", "Danh mục công trình sửa chữa"])
        #expect(doc.appendices.map(\.line) == [49, 80] && doc.appendices.map { $0.tables.map(\.rows.count) } == [[2], [2]])
        #expect(doc.tables.isEmpty && doc.closing.count == 1)
        for label in ["Phụ lục", "Phụ lục 1. Danh mục nhiệm vụ"] {
            let signed = Self.plan(clause: "Thực hiện nhiệm vụ./.", then: """
                Nơi nhận: | TM. ỦY BAN NHÂN DÂN |
                - Lưu: VT. | CHỦ TỊCH |
                 | Nguyễn Văn A |
                \(label)
                Rà soát văn bản.
                """)
            let doc = try DocumentReader.read(Array(signed.utf8), path: "x.txt")
            #expect(doc.signature?.name == "Nguyễn Văn A" && doc.appendices.map(\.label) == [label.hasSuffix("mục nhiệm vụ") ? "Phụ lục 1" : label], "\(label)")
            let unsigned = try DocumentReader.read(Array(Self.plan(clause: "Thực hiện nhiệm vụ.", then: label + "\nRà soát văn bản.").utf8), path: "x.txt")
            #expect(unsigned.appendices.isEmpty, "\(label)")
        }
        // A label on its own line, its title in sentence case on the next, right over the table (as
        // vanban's own text form writes such an appendix): the title; a unit line there is the table's text.
        let titled = Self.plan(clause: "Thực hiện nhiệm vụ./.", then: """
            Nơi nhận: | TM. ỦY BAN NHÂN DÂN |
            - Lưu: VT. | CHỦ TỊCH |
             | Nguyễn Văn A |

            Phụ lục 1
            Danh mục nhiệm vụ năm 2025
            TT | Nội dung | Thời gian |
            1 | Rà soát | Năm 2025 |

            Phụ lục 2
            Đơn vị tính: triệu đồng
            TT | Nội dung | Kinh phí |
            1 | Rà soát | 200 |
            """)
        let read = try DocumentReader.read(Array(titled.utf8), path: "x.txt")
        #expect(read.appendices.map(\.title) == ["Danh mục nhiệm vụ năm 2025", nil] && read.appendices.map(\.tables.count) == [1, 1])
        #expect(read.appendices.last?.body.map(\.heading) == ["Đơn vị tính: triệu đồng"])
    }

    /// A small plan in inline rows: its header, type, title and a section whose one clause is
    /// `clause`, then the lines `then`.
    static func plan(clause: String, then: String) -> String {
        """
        ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        TỈNH A | Độc lập - Tự do - Hạnh phúc |
        Số: 12/KH-UBND | A, ngày 05 tháng 3 năm 2023 |

        KẾ HOẠCH
        Thử nghiệm

        I. MỤC ĐÍCH
        1. \(clause)
        \(then)

        """
    }

    /// A draft's stamp, in the ways drafts print it; a title or sentence that opens with `Dự thảo` is none.
    @Test(arguments: ["DỰ THẢO", "Dự thảo", "(Dự thảo)", "DỰ THẢO LẦN 2", "Dự thảo lần thứ 3", "[DỰ THẢO 2]", "Dự thảo lần cuối", "DỰ THẢO:"])
    func draftStamps(_ line: String) {
        #expect(HeaderParser.isDraftStamp(line))
    }

    @Test(arguments: ["Dự thảo Kế hoạch tổ chức Ngày Sách", "DỰ THẢO KẾ HOẠCH", "Dự thảo lần 2 đã gửi các sở", "Dự án", "(Đã ký)", ""])
    func notDraftStamps(_ line: String) {
        #expect(!HeaderParser.isDraftStamp(line))
    }

    @Test func appendixLabels() {
        #expect(AppendixLabel.parse("PHỤ LỤC II")! == ("PHỤ LỤC II", "II"))
        #expect(AppendixLabel.parse("Phụ lục số 01")! == ("Phụ lục số 01", "01"))
        #expect(AppendixLabel.parse("PHỤ LỤC")! == ("PHỤ LỤC", nil))
        #expect(AppendixLabel.parse("Phụ lục kèm theo Kế hoạch") == nil)
        // Sentence-case `Phụ lục` alone heads an appendix only over its `(Kèm theo …)` note.
        #expect(AppendixLabel.parse("Phụ lục") == nil && AppendixLabel.isBare("Phụ lục"))
        #expect(!AppendixLabel.isBare("Phụ lục I") && !AppendixLabel.isBare("Phụ lục kèm theo"))
        // A capital letter numbers an appendix too, as printed (`PHỤ LỤC A`); not a small one.
        #expect(AppendixLabel.parse("PHỤ LỤC A")! == ("PHỤ LỤC A", "A") && AppendixLabel.parse("Phụ lục B")! == ("Phụ lục B", "B"))
        #expect(AppendixLabel.parse("Phụ lục a") == nil && AppendixLabel.parse("PHỤ LỤC KÈM THEO") == nil)
    }

    /// A title printed on the label's line, after `:`, `.`, `-` or `–`, in capitals as the label is:
    /// the label and number as on a line of their own, and the title. Such a line had opened no
    /// appendix at all. In sentence case (`Phụ lục I: Danh mục …`) the label alone does not tell it
    /// (see the test before: its note does).
    @Test(arguments: [("PHỤ LỤC IV - DANH MỤC NHIỆM VỤ NĂM 2023", "PHỤ LỤC IV", "IV", "DANH MỤC NHIỆM VỤ NĂM 2023"),
                      ("PHỤ LỤC I: DANH MỤC NHIỆM VỤ", "PHỤ LỤC I", "I", "DANH MỤC NHIỆM VỤ"),
                      ("PHỤ LỤC SỐ 2. BẢNG TỔNG HỢP", "PHỤ LỤC SỐ 2", "2", "BẢNG TỔNG HỢP"),
                      ("PHỤ LỤC II – KẾ HOẠCH CHI TIẾT", "PHỤ LỤC II", "II", "KẾ HOẠCH CHI TIẾT")])
    func appendixLabelWithItsTitle(_ line: String, _ label: String, _ number: String, _ title: String) {
        #expect(AppendixLabel.parse(line)! == (label, number))
        #expect(AppendixLabel.inlineTitle(line) == title)
        #expect(AppendixLabel.inlineTitle(label) == nil && AppendixLabel.inlineTitle(label + ":") == nil)
        #expect(AppendixLabel.parse(line.replacing("PHỤ LỤC", with: "Phụ lục").replacing(title, with: title.lowercased())) == nil)
        // In a document: the appendix, its title, its note and its table.
        let text = Self.plan(clause: "Thực hiện các nhiệm vụ tại Phụ lục kèm theo./.", then: """

            \(line)
            (Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2023 của UBND tỉnh A)

            TT | Nội dung | Thời gian |
            1 | Rà soát | Năm 2023 |
            """)
        let doc = try? DocumentReader.read(Array(text.utf8), path: "x.txt")
        #expect(doc?.appendices.map(\.label) == [label] && doc?.appendices.first?.title == title)
        #expect(doc?.appendices.first?.attachedTo?.number == "12/KH-UBND" && doc?.appendices.first?.tables.count == 1)
    }

    /// A Thông tư whose appendix is a form (`Mẫu số`), headed `Phụ lục` in sentence case (as TT 158/2025 is).
    @Test func sentenceCasePhuLucOverItsNote() throws {
        let path = TestFiles.fixtures + "/pipe-text/thong-tu-12-tt-btc-mau-so-trong-phu-luc.txt"
        let doc = try TestFiles.parse(path)
        let appendix = try #require(doc.appendices.first)
        #expect(appendix.label == "Phụ lục" && appendix.line == 44)
        #expect(appendix.attachedTo?.number == "12/2025/TT-BTC" && appendix.attachedTo?.line == 45)
        #expect(appendix.body.filter { $0.kind == .section }.map(\.label) == ["I", "II"])
        #expect(doc.body.map(\.label) == ["1", "2", "3"] && doc.body.allSatisfy { $0.kind == .article })
        #expect(doc.closing.isEmpty)

        // Without its note, the same line is only a paragraph: no appendix, nothing taken from the body.
        var text = String(decoding: TestFiles.read(path) ?? [], as: UTF8.self)
        text = text.replacing("(Kèm theo Thông tư số 12/2025/TT-BTC ngày 14 tháng 3 năm 2025 của Bộ trưởng Bộ\nTài chính)\n", with: "")
        let bare = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(bare.appendices.isEmpty)
        #expect(bare.body.filter { $0.kind == .article }.count == 3)
    }

    @Test func headerLinesWrappedAnywhereAreJoined() {
        #expect(HeaderParser.logicalLines(["Số:", "29/KH-UBND"]) == ["Số: 29/KH-UBND"])
        #expect(HeaderParser.logicalLines(["Thái", "Nguyên, ngày 05 tháng 3 năm 2024"]) == ["Thái Nguyên, ngày 05 tháng 3 năm 2024"])
        #expect(HeaderParser.logicalLines(["Sóc Trăng, ngày", "27 tháng 09 năm 2022"]) == ["Sóc Trăng, ngày 27 tháng 09 năm 2022"])
        #expect(HeaderParser.logicalLines(["ỦY", "BAN NHÂN DÂN", "TỈNH TIỀN GIANG"]) == ["ỦY BAN NHÂN DÂN", "TỈNH TIỀN GIANG"])
        #expect(HeaderParser.logicalLines(["CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"]) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        // A lone word (an OCR's garbled number) does not run into a line that opens a field of its own.
        #expect(HeaderParser.logicalLines(["s6##41SGDDT-GDTrH", "V/v hướng dẫn thực hiện nhiệm vụ"]) == ["s6##41SGDDT-GDTrH", "V/v hướng dẫn thực hiện nhiệm vụ"])
        #expect(HeaderParser.logicalLines(["oo", "Độc lập - Tự do - Hạnh phúc"]) == ["oo", "Độc lập - Tự do - Hạnh phúc"])
        #expect(HeaderParser.logicalLines(["UBND", "Số: 12/UBND-VX"]) == ["UBND", "Số: 12/UBND-VX"])
    }

    /// A mark stamped at the end of the number's line or the date's (the cells a converter ran
    /// together: `Số: 88/UBND-NC HỎA TỐC`) is the mark, and the number and the date line are read
    /// without it (N02 had found a space in the number). Any other line keeps its words.
    @Test func aMarkRunIntoTheNumberOrTheDateLine() throws {
        let path = TestFiles.fixtures + "/pipe-text/cong-van-88-ubnd-hoa-toc-mat.txt"
        let original = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        var text = original.replacing("HỎA TỐC\nỦY BAN", with: "ỦY BAN").replacing("Số: 88/UBND-NC\n", with: "Số: 88/UBND-NC HỎA TỐC\n")
        text = text.replacing("MẬT\n|\nCao Bằng, ngày 20 tháng 01 năm 2025\n", with: "|\nCao Bằng, ngày 20 tháng 01 năm 2025  MẬT\n")
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        let marked = try DocumentReader.read(Array(original.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.header.number == "88/UBND-NC" && doc.header.numberAsPrinted == "88/UBND-NC")
        #expect(doc.header.urgency == "HỎA TỐC" && doc.header.positions[.urgency] == Position(line: 9, column: 18))
        #expect(doc.header.secrecy == "MẬT" && doc.header.positions[.secrecy] == Position(line: 13, column: 43))
        #expect(doc.header.dateLine == marked.header.dateLine && doc.header.date == "2025-01-20")
        #expect(doc.header.title == marked.header.title && doc.body.count == marked.body.count)
        // The longest mark that ends the line (`THƯỢNG KHẨN`, not `KHẨN`).
        let higher = try DocumentReader.read(Array(text.replacing("HỎA TỐC\n", with: "THƯỢNG KHẨN\n").utf8), path: "t.txt", form: .pipeText)
        #expect(higher.header.urgency == "THƯỢNG KHẨN" && higher.header.numberAsPrinted == "88/UBND-NC")
        let bracketed = try DocumentReader.read(Array(text.replacing("năm 2025  MẬT\n", with: "năm 2025 (Tối mật)\n").utf8), path: "t.txt", form: .pipeText)
        #expect(bracketed.header.secrecy == "(Tối mật)" && bracketed.header.dateLine == marked.header.dateLine)
        // A mark's word ending an agency's or a title's line is that line's.
        let titled = original.replacing("biên giới trong dịp Tết Nguyên đán 2025\n", with: "biên giới trong dịp Tết Nguyên đán 2025 KHẨN\n")
        let kept = try DocumentReader.read(Array(titled.utf8), path: "t.txt", form: .pipeText)
        #expect(kept.header.title?.hasSuffix("Tết Nguyên đán 2025 KHẨN") == true && kept.header.urgency == "HỎA TỐC")
    }

    /// The header's right column read after its left one and the `Kính gửi:` under it (an OCR's
    /// reading order): the motto and the place/date line are the header's, the addressees' list
    /// goes on under them; a preamble's sentence citing a law of a date is no date line.
    @Test func mottoAndDateAfterTheAddresseesLabel() throws {
        let text = """
            BỘ GIÁO DỤC VÀ ĐÀO TẠO

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

            Số: 3892/BGDĐT-GDTrH

            V/v hướng dẫn thực hiện nhiệm vụ năm học 2019-2020

            Kính gửi:

            Độc lập - Tự do - Hạnh phúc
            Hà Nội, ngày 28 tháng 8 năm 2019

            - Các sở giáo dục và đào tạo;
            - Các trường trung học phổ thông trực thuộc.

            Thực hiện Chỉ thị số 2268/CT-BGDĐT ngày 08/8/2019, Bộ hướng dẫn như sau:

            1. Nội dung thứ nhất.

            2. Nội dung thứ hai.

            """
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .text)
        #expect(doc.header.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(doc.header.positions[.motto] == Position(line: 11, column: 1))
        #expect(doc.header.place == "Hà Nội" && doc.header.date == "2019-08-28")
        #expect(doc.header.positions[.dateLine] == Position(line: 12, column: 1))
        #expect(doc.header.addressees == ["- Các sở giáo dục và đào tạo;", "- Các trường trung học phổ thông trực thuộc."])
        #expect(doc.preamble.map(\.text) == ["Thực hiện Chỉ thị số 2268/CT-BGDĐT ngày 08/8/2019, Bộ hướng dẫn như sau:"])
        #expect(doc.body.map(\.label) == ["1", "2"])

        // A sentence of the preamble with a date is the preamble's, even where the header has no date line.
        let basis = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 27/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nVề việc ban hành Quy chế\n\n"
            + "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành Quy chế.\n"
        let decided = try DocumentReader.read(Array(basis.utf8), path: "t.txt", form: .text)
        #expect(decided.header.dateLine == nil)
        #expect(decided.preamble.map(\.text) == ["Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024"])
    }

    /// A table cell is scanned only when `mayCite` sees a place to look: every text of every
    /// pipe-text fixture, and a few made to the edge, in which a scan of its own finds a citation
    /// or a footnote mark passes that test.
    @Test func cellsSkippedForCitationsHoldNone() throws {
        var texts = ["chi[2] phí", "1.Quyết định số 12/QĐ-UBND", "(Luật số 19/2023/QH15)", "Luật Đất đai", "a)Luật Đầu tư",
                     "theo\u{00A0}Nghị định số 30/2020/NĐ-CP ngày 05/3/2020", "Sở Tư pháp", "Hằng năm"]
        for name in TestFiles.list(TestFiles.fixtures + "/pipe-text", suffix: ".txt") {
            let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/" + name)
            let cells = (doc.tables + doc.appendices.flatMap(\.tables)).flatMap { $0.rows.flatMap(\.cells) }
            texts += (cells + doc.preamble.map(\.text) + doc.closing.map(\.text)).flatMap { $0.split(separator: "\n").map(String.init) }
        }
        var cited = 0
        for text in texts {
            var scanner = CitationScanner()
            scanner.scan(TextBlock(text: text, line: 1))
            guard !scanner.citations.isEmpty || !scanner.marks.isEmpty else { continue }
            cited += 1
            #expect(CitationScanner.mayCite(Array(text.utf8)), "\(text)")
        }
        #expect(cited >= 20)
        #expect(!CitationScanner.mayCite(Array("Sở Tư pháp; các phòng, ban".utf8)))
    }

    @Test func issuerNamesRunOnCapitalizedWordsAndStopAtTheTitleVerb() {
        var scanner = CitationScanner()
        scanner.scan(TextBlock(text: "Thực hiện Kế hoạch số 18/KH-BCĐTWATTP ngày 20/3/2024 của Ban Chỉ đạo liên ngành Trung ương về vệ sinh an toàn thực phẩm, Quyết định số 5/QĐ-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh ban hành quy chế", line: 1))
        let c = scanner.finish(excluding: nil)
        #expect(c.map(\.issuer) == ["Ban Chỉ đạo liên ngành Trung ương", "Ủy ban nhân dân tỉnh"])
    }

    /// An appendix numbered with a letter after its number (`PHỤ LỤC 1a`, added between two) keeps
    /// the number as printed (it had been no label, the line a paragraph of the appendix before).
    @Test(arguments: [("PHỤ LỤC 1a", "1a"), ("PHỤ LỤC IIA", "IIA"), ("PHỤ LỤC II-A", "II-A"), ("Phụ lục 2b", "2b"), ("PHỤ LỤC 01", "01")])
    func appendixNumbersWithALetter(_ line: String, _ number: String) {
        #expect(AppendixLabel.parse(line)?.number == number && AppendixLabel.parse(line)?.label == line)
    }

    /// A form's label over a form sent with the document; not a word that opens so.
    @Test(arguments: [("Mẫu số 02", "02"), ("Biểu mẫu số 01", "01"), ("MẪU SỐ 03/KH", "03/KH"), ("Biểu số 01a", "01a"), ("Mẫu số: 05", "05"), ("Mẫu 1", "1")])
    func formLabels(_ line: String, _ number: String) {
        #expect(AppendixLabel.form(line)?.number == number)
    }

    @Test(arguments: ["Mẫu giáo", "Biểu dương các tập thể", "Mẫu số liệu", "Biểu số", "Mẫu số 02 kèm theo Kế hoạch này được gửi", "PHỤ LỤC VÀ BIỂU MẪU"])
    func notFormLabels(_ line: String) {
        #expect(AppendixLabel.form(line) == nil)
        #expect(AppendixLabel.parse(line)?.number == nil)
    }

    /// A header's place and date in figures without `ngày` (`Châu Thành, 15/7/2025`) is its date
    /// line (it had been dropped, the header without place and date); in pipe-text and in text.
    @Test(arguments: [InputForm.pipeText, .text])
    func aPlaceAndADateInFigures(_ form: InputForm) throws {
        let cells = ["ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "Số: 45/KH-UBND", "Châu Thành, 15/7/2025"]
        let head = form == .pipeText ? cells.map { $0 + "\n|\n" }.joined() : cells.joined(separator: "\n\n") + "\n\n"
        let text = head + "KẾ HOẠCH\nTổ chức Ngày hội đại đoàn kết\n\nI. MỤC ĐÍCH\n\n1. Phát huy truyền thống./.\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x.txt", form: form)
        #expect(doc.header.place == "Châu Thành" && doc.header.date == "2025-07-15" && doc.header.dateLine == "Châu Thành, 15/7/2025")
        #expect(doc.header.number == "45/KH-UBND" && doc.header.type == "KẾ HOẠCH")
        #expect(HeaderParser.placeAndNumericDate("Số lượng, 15/7/2025 người") == nil && HeaderParser.placeAndNumericDate("năm 2025, 15/7/2025") == nil)
    }

    /// A list's lead-in names the issuer of all its numbers (`các Nghị định của Chính phủ: số …; số
    /// …`), and their type where their codes name none; they had no issuer. Without such a lead-in (another clause's colon, a sentence between, a
    /// lead-in naming no document) the numbers keep none.
    @Test func issuerNamedByAListsLeadIn() {
        let c = cite("Căn cứ các Nghị định của Chính phủ: số 15/2021/NĐ-CP ngày 03/3/2021 quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng; số 10/2021/NĐ-CP ngày 09/02/2021 về quản lý chi phí đầu tư xây dựng")
        #expect(c.map(\.number) == ["15/2021/NĐ-CP", "10/2021/NĐ-CP"])
        #expect(c.map(\.issuer) == ["Chính phủ", "Chính phủ"])
        #expect(cite("Căn cứ các văn bản của Bộ Tài chính: Thông tư số 12/2025/TT-BTC ngày 02/02/2025; số 56/2024/TT-BTC ngày 05/02/2024").map(\.issuer) == ["Bộ Tài chính", "Bộ Tài chính"])
        #expect(cite("Thực hiện các Quyết định của Ủy ban nhân dân tỉnh: số 12/QĐ-UBND ngày 02/01/2025, số 34/QĐ-UBND ngày 15/01/2025").map(\.issuer) == ["Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"])
        // A number whose code names no type takes the type the lead-in names (it had not been cited).
        let letters = cite("Căn cứ các văn bản của Bộ Tài chính: số 1234/BTC-NSNN ngày 02/02/2025; số 56/BTC-HCSN ngày 05/02/2025")
        #expect(letters.map(\.number) == ["1234/BTC-NSNN", "56/BTC-HCSN"] && letters.map(\.type) == ["Văn bản", "Văn bản"])
        #expect(letters.map(\.issuer) == ["Bộ Tài chính", "Bộ Tài chính"] && letters.map(\.date) == ["2025-02-02", "2025-02-05"])
        #expect(cite("Căn cứ ý kiến của Thường trực Tỉnh ủy: số 12/2021/NĐ-CP ngày 03/3/2021").map(\.issuer) == [nil])
        #expect(cite("Theo các Nghị định của Chính phủ: thực hiện tốt. Số 15/2021/NĐ-CP ngày 03/3/2021 quy định").map(\.issuer) == [nil])
    }

    /// `và` and a document named by type and number after an issuer start the next citation
    /// (`… của Thủ tướng Chính phủ và Công văn số 1234/… của Bộ …`), where `và` between capitals had
    /// run the issuer on over it; a number after `và` or a comma shares the type before it (`các Nghị
    /// quyết số 05/2021/NQ-HĐND và 12/2022/NQ-HĐND`); issuers that `và` joins still join.
    @Test func citationsJoinedByVa() {
        let c = cite("Thực hiện Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ và Công văn số 1234/BTTTT-CĐSQG ngày 05/4/2022 của Bộ Thông tin và Truyền thông; căn cứ các Nghị quyết số 05/2021/NQ-HĐND và 12/2022/NQ-HĐND của Hội đồng nhân dân tỉnh, Thông tư liên tịch số 04/2001/TTLT-BTP-BCA ngày 10/5/2001 của Bộ Tư pháp và Bộ Công an và Quyết định 12/2020/QĐ-UBND của Ủy ban nhân dân tỉnh")
        #expect(c.map { $0.number ?? "" } == ["942/QĐ-TTg", "1234/BTTTT-CĐSQG", "05/2021/NQ-HĐND", "12/2022/NQ-HĐND", "04/2001/TTLT-BTP-BCA", "12/2020/QĐ-UBND"])
        #expect(c.map { $0.issuer ?? "" } == ["Thủ tướng Chính phủ", "Bộ Thông tin và Truyền thông", "Hội đồng nhân dân tỉnh", "Hội đồng nhân dân tỉnh",
                                              "Bộ Tư pháp và Bộ Công an", "Ủy ban nhân dân tỉnh"])
        #expect(c[3].type == "Nghị quyết" && c[1].type == "Công văn" && c[1].date == "2022-04-05")
        // A number after `và` with another type's code, or after other words, is no such citation.
        #expect(cite("Quyết định số 942/QĐ-TTg và 12/2022/NQ-HĐND").map(\.number) == ["942/QĐ-TTg"])
        #expect(cite("Quyết định số 942/QĐ-TTg về 12/2022/QĐ-UBND").map(\.number) == ["942/QĐ-TTg"])
        // Two documents, each typed and dated, joined by `và` before one issuer: it is both's where
        // their codes name one body (the first had none); a number of another body's keeps none.
        #expect(cite("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/7/2025 và Công văn số 567/UBND-VP ngày 12/7/2025 của UBND tỉnh").map(\.issuer)
                == ["UBND tỉnh", "UBND tỉnh"])
        #expect(cite("Căn cứ Nghị quyết số 98/NQ-CP ngày 30/8/2021 và Quyết định số 12/QĐ-UBND ngày 10/9/2021 của UBND tỉnh").map(\.issuer)
                == [nil, "UBND tỉnh"])
        // `và số …` after a typed number: the second is known by its code, not by the first's type
        // word (which the scanner had found again before the first's end, and crashed on).
        let both = cite("Công văn số 112/UBND-NV và số 08/KH-UBND ngày 15 tháng 01 năm 2025 của Ủy ban nhân dân huyện.")
        #expect(both.map(\.type) == ["Công văn", "Kế hoạch"] && both.map(\.number) == ["112/UBND-NV", "08/KH-UBND"])
        #expect(both.last?.text == "số 08/KH-UBND ngày 15 tháng 01 năm 2025 của Ủy ban nhân dân huyện" && both.last?.date == "2025-01-15")
    }

    /// A type word nearer the number than the type its code names gives way to that type before it
    /// (`Thông báo kết luận số 21/TB-VPCP` is a Thông báo, not a Kết luận); with no such word before
    /// it, the nearer one stands (`Quyết định phê duyệt Đề án số 12/QĐ-UBND` is the Quyết định's).
    @Test func theNumbersCodeNamesItsType() {
        let c = cite("Căn cứ Thông báo kết luận số 21/TB-VPCP ngày 11/3/2020 của Văn phòng Chính phủ; Quyết định phê duyệt Đề án số 12/QĐ-UBND ngày 05/5/2021; Kế hoạch hành động số 30/KH-UBND ngày 06/6/2021; Đề án số 40/QĐ-UBND ngày 07/7/2021")
        #expect(c.map(\.type) == ["Thông báo", "Quyết định", "Kế hoạch", "Đề án"])
        #expect(c.map(\.text) == ["Thông báo kết luận số 21/TB-VPCP ngày 11/3/2020 của Văn phòng Chính phủ", "Quyết định phê duyệt Đề án số 12/QĐ-UBND ngày 05/5/2021",
                                 "Kế hoạch hành động số 30/KH-UBND ngày 06/6/2021", "Đề án số 40/QĐ-UBND ngày 07/7/2021"])
    }

    /// A law, code or ordinance cited by its name and year (`Luật Đất đai năm 2013`, `Bộ luật Lao động
    /// năm 2019`) is cited, undated, and is one law with a dated mention of that year (`Luật Đất đai
    /// ngày 29 tháng 11 năm 2013`); another year's law of that name is another law. The Constitution
    /// by its year is `Hiến pháp năm 2013`. A lower-case word after `Luật` (`Luật sư năm 2020`) names
    /// no law.
    @Test func lawsCitedByNameAndYear() {
        let c = cite("Căn cứ Luật Đất đai năm 2013 và Bộ luật Lao động năm 2019; Luật Đất đai ngày 29 tháng 11 năm 2013; Luật Đất đai năm 2024; Hiến pháp năm 2013; Luật sư năm 2020 đã tham gia.")
        #expect(c.map { "\($0.type)|\($0.name ?? "")|\($0.date ?? "")" } == ["Luật|Luật Đất đai|2013-11-29", "Bộ luật|Bộ luật Lao động|", "Luật|Luật Đất đai|",
                                                                               "Hiến pháp|Hiến pháp năm 2013|"])
        #expect(c[0].mentions.count == 2 && c[0].text == "Luật Đất đai năm 2013")
        // A school's or faculty's name holds `Luật` too.
        #expect(cite("Trường Đại học Luật Hà Nội năm 2020 và Khoa Luật Kinh tế ngày 05 tháng 3 năm 2021 tổ chức hội thảo.").isEmpty)
    }

    /// A law cited by number in the bases and by name and year in the body (`Luật Đất đai số
    /// 31/2024/QH15 ngày …` … `khoản 2 Điều 195 Luật Đất đai năm 2024`, `Luật Đất đai 2024`) is one
    /// citation, in either order, its year from the date or else the number (a numbered law's name is
    /// the words before `số`: `Luật Nhà ở số 27/2023/QH15`); a law of another year
    /// stays apart. A bare year closes the name only before punctuation or a word about the law, and
    /// `PHÁP LUẬT NĂM 2025` in a title names no law. The two mentions had been two citations.
    @Test func aLawByNumberAndByYearIsOne() {
        var scanner = CitationScanner()
        scanner.scan(TextBlock(text: "theo khoản 2 Điều 195 Luật Đất đai năm 2024 và Luật Nhà ở 2023;", line: 3))
        scanner.scan(TextBlock(text: "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024;", line: 7))
        scanner.scan(TextBlock(text: "Căn cứ Luật Nhà ở số 27/2023/QH15;", line: 8))
        scanner.scan(TextBlock(text: "các nội dung khác thực hiện theo Luật Đất đai 2024, Luật Đất đai năm 2013.", line: 12))
        let c = scanner.finish(excluding: nil)
        #expect(c.map { "\($0.name ?? "")|\($0.number ?? "")|\($0.date ?? "")|\($0.lines)" }
                == ["Luật Đất đai|31/2024/QH15|2024-01-18|[3, 7, 12]", "Luật Nhà ở|27/2023/QH15||[3, 8]", "Luật Đất đai|||[12]"])
        #expect(c[0].text == "Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024" && c[0].mentions.map(\.position.line) == [3, 7, 12])
        #expect(cite("Luật Đất đai 2024/QH15; Luật Đất đai 2024 hộ gia đình; NHIỆM VỤ PHỔ BIẾN GIÁO DỤC PHÁP LUẬT NĂM 2025").isEmpty)
        // The number after an amending law's words is the amending law's (Quyết định 36/2025/QĐ-TTg in the corpus).
        let amending = cite("Căn cứ Luật Thống kê số 89/2015/QH13; Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê số 01/2021/QH15;")
        #expect(amending.map(\.number) == ["89/2015/QH13", "01/2021/QH15"] && amending.map(\.name) == ["Luật Thống kê", nil])
    }

    /// A document cited by the generic word `Văn bản` (`Thực hiện Văn bản số 1234/UBND-KT …`, how
    /// a Công văn is most often cited) is a citation: of the type its number's code names, if any
    /// (`văn bản số 12/QĐ-UBND` is a Quyết định), else `Văn bản`. It had been no citation.
    @Test func aDocumentCitedAsVanBan() {
        let c = cite("Thực hiện Văn bản số 1234/UBND-KT ngày 10/3/2025 của Ủy ban nhân dân tỉnh và văn bản số 12/QĐ-UBND ngày 05/01/2025; Văn bản hợp nhất số 08/VBHN-VPQH.")
        #expect(c.map(\.type) == ["Văn bản", "Quyết định", "Văn bản hợp nhất"])
        #expect(c.map(\.number) == ["1234/UBND-KT", "12/QĐ-UBND", "08/VBHN-VPQH"] && c.first?.issuer == "Ủy ban nhân dân tỉnh" && c.first?.date == "2025-03-10")
        #expect(cite("Các văn bản này có hiệu lực từ ngày 01/01/2025.").isEmpty)
    }

    @Test func citationsFromOneParagraph() {
        var scanner = CitationScanner()
        scanner.scan(TextBlock(text: "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Thông tư 05/2022/TT-BNNPTNT ngày 25 tháng 7 năm 2022 của Bộ Nông nghiệp và Phát triển nông thôn về hướng dẫn;", line: 10, breaks: [60]))
        let c = scanner.finish(excluding: nil)
        #expect(c.count == 2)
        #expect(c[0].type == "Luật" && c[0].name == "Luật Tổ chức Chính phủ" && c[0].date == "2015-06-19" && c[0].lines == [10])
        #expect(c[1].type == "Thông tư" && c[1].number == "05/2022/TT-BNNPTNT" && c[1].issuer == "Bộ Nông nghiệp và Phát triển nông thôn")
        #expect(c[1].lines == [11])
    }

    /// `Luật này` (this law) is the document itself, whatever date follows it (`Luật này có hiệu lực
    /// thi hành từ ngày …`, `Luật này được Quốc hội … thông qua ngày …`): no citation. Every law's
    /// last article says so; Luật 19/2023/QH15 in the corpus had four such citations.
    @Test(arguments: ["Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024.", "Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2017.",
                      "Pháp lệnh này có hiệu lực kể từ ngày 01 tháng 7 năm 2022.",
                      "Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 5 thông qua ngày 20 tháng 6 năm 2023."])
    func thisLawIsNoCitation(_ text: String) throws {
        var scanner = CitationScanner()
        scanner.scan(TextBlock(text: text + " Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", line: 1))
        #expect(scanner.finish(excluding: nil).map(\.name) == ["Luật Đất đai"])
        guard TestFiles.hasShared else { return }  // the corpus half needs ../shared
        let doc = try TestFiles.parse(TestFiles.corpus + "/docx/luat-19-2023-qh15-bao-ve-quyen-loi-nguoi-tieu-dung.doc")
        #expect(!doc.citations.isEmpty && !doc.citations.contains { $0.text.hasPrefix("Luật này") })
    }

    /// A law cited by name and number (`Luật Đất đai số 31/2024/QH15 ngày … của Quốc hội`) keeps both;
    /// the number of another document named after a law (`Luật Hộ tịch năm 2014, Nghị định số …`,
    /// as a Bắc Ninh plan in the corpus writes) is that document's, not the law's, which is cited by
    /// its name and year; an amending law
    /// named by number keeps the date its name ends with (`Luật số 84/2025/QH15 sửa đổi, bổ sung …
    /// của Luật Quy hoạch, … ngày …`), and one named in full keeps the numbers of the laws it amends.
    @Test func lawsNamedAndNumbered() {
        let named = cite("Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18 tháng 01 năm 2024 của Quốc hội;")
        #expect(named.map(\.number) == ["31/2024/QH15"] && named.map(\.name) == ["Luật Đất đai"] && named.map(\.date) == ["2024-01-18"]
                && named.map(\.issuer) == ["Quốc hội"])
        let other = cite("Căn cứ Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ;")
        #expect(other.map(\.type) == ["Luật", "Nghị định"] && other.map(\.number) == [nil, "123/2015/NĐ-CP"] && other.map(\.issuer) == [nil, "Chính phủ"])
        #expect(other.first?.name == "Luật Hộ tịch" && other.first?.date == nil && other.first?.text == "Luật Hộ tịch năm 2014")
        let amending = cite("1. Luật số 84/2025/QH15 sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu ngày 25 tháng 6 năm 2025 của Quốc hội;")
        #expect(amending.map(\.number) == ["84/2025/QH15"] && amending.map(\.date) == ["2025-06-25"] && amending.map(\.issuer) == ["Quốc hội"])
        let full = cite("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 ngày 29 tháng 6 năm 2024;")
        #expect(full.count == 1 && full[0].number == nil && full[0].date == "2024-06-29" && full[0].name?.hasSuffix("Luật Nhà ở số 27/2023/QH15") == true)
    }

    /// The Constitution is cited by its full name, with its year or none (`Căn cứ Hiến pháp nước Cộng
    /// hòa xã hội chủ nghĩa Việt Nam;`, as every law opens): undated, its name ending at its year or
    /// at the first comma, so that a law named after it keeps its own citation. It had been no
    /// citation without a date, and had taken the next law's name and date with one.
    @Test func theConstitutionIsCitedByName() {
        let bare = cite("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
        #expect(bare.map(\.type) == ["Hiến pháp"] && bare.map(\.name) == ["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"])
        #expect(bare.first?.date == nil && bare.first?.number == nil)
        let amended = cite("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013 đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;")
        #expect(amended.map(\.type) == ["Hiến pháp", "Nghị quyết"])
        #expect(amended.first?.name == "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013")
        let listed = cite("Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992, Luật Tổ chức Quốc hội ngày 20 tháng 11 năm 2014;")
        #expect(listed.map(\.type) == ["Hiến pháp", "Luật"] && listed.map(\.date) == [nil, "2014-11-20"])
        #expect(listed.map(\.name) == ["Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", "Luật Tổ chức Quốc hội"])
        // Named in the text without its full name (`theo Hiến pháp`), it is no citation.
        #expect(cite("Bảo đảm quyền con người theo Hiến pháp và pháp luật.").isEmpty)
    }

    /// The corpus's law (a Word 97 file) opens with the Constitution among its bases.
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func theCorpusLawCitesTheConstitution() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/docx/luat-19-2023-qh15-bao-ve-quyen-loi-nguoi-tieu-dung.doc")
        let constitution = doc.citations.filter { $0.type == "Hiến pháp" }
        #expect(constitution.map(\.name) == ["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"] && constitution.first?.lines == [9])
    }

    /// A consolidated text is cited as the documents it consolidates are: `Văn bản hợp nhất số
    /// 08/VBHN-VPQH ngày … của Văn phòng Quốc hội`, its issuer ending before what it consolidates
    /// (`… hợp nhất Luật …`). It had been no citation at all.
    @Test func aConsolidatedTextIsCited() {
        var scanner = CitationScanner()
        scanner.scan(TextBlock(text: "Căn cứ Văn bản hợp nhất số 08/VBHN-VPQH ngày 20/8/2025 của Văn phòng Quốc hội hợp nhất Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ;", line: 1))
        let c = scanner.finish(excluding: nil)
        #expect(c.map(\.type) == ["Văn bản hợp nhất"] && c.map(\.number) == ["08/VBHN-VPQH"] && c.map(\.date) == ["2025-08-20"]
                && c.map(\.issuer) == ["Văn phòng Quốc hội"])
    }

    /// A recipients list run into one line, as a copy that lost its line breaks (or a Markdown
    /// renderer) gives it: each item on its own, at its column; a line of prose stays whole.
    @Test func recipientsRunIntoOneLineAreItsItems() throws {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nQUYẾT ĐỊNH\n\nVề việc thử\n\nĐiều 1. Nội dung.\n\nNơi nhận: - Như Điều 3; - Bộ Tài chính (b/c); - Lưu: VT, KT.\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n\nNguyễn Văn A\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x.txt")
        #expect(doc.recipients == ["- Như Điều 3;", "- Bộ Tài chính (b/c);", "- Lưu: VT, KT."])
        #expect(SignatureParser.runTogether("- Như trên; - Lưu: VT.").map(\.1) == [0, 14])  // bytes, as columns count
        #expect(SignatureParser.runTogether("Các sở; các huyện - thị xã.").count == 1)
    }

    /// Addressees as dash items run onto the `Kính gửi:` line are each an addressee (they had been
    /// one), and the label in capitals (`KÍNH GỬI:`) is the label (it had been a preamble paragraph).
    @Test(arguments: [("Kính gửi: - Các sở, ban, ngành cấp tỉnh; - Ủy ban nhân dân các xã, phường.", ["- Các sở, ban, ngành cấp tỉnh;", "- Ủy ban nhân dân các xã, phường."]),
                      ("KÍNH GỬI: Các sở, ban, ngành cấp tỉnh.", ["Các sở, ban, ngành cấp tỉnh."]),
                      ("Kính gửi: Sở Y tế; Công an tỉnh.", ["Sở Y tế; Công an tỉnh."])])
    func addresseesOnTheLabelsLine(_ line: String, _ addressees: [String]) throws {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/UBND-KT\nV/v tăng cường phòng chống dịch\n\n\(line)\n\nỦy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện./.\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x.txt")
        #expect(doc.header.addressees == addressees)
        #expect(doc.preamble.map(\.text) == ["Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện./."])
    }

    /// The signed note run onto the position's line (`PHÓ THỦ TƯỚNG (Đã ký)`: markitdown's cell of
    /// Quyết định 51/2025/QĐ-TTg, a line break lost) leaves the position; it had been taken for a name.
    @Test func aPositionWithItsSignedNote() throws {
        let lines = ["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG (Đã ký)", "Trần Hồng Hà"].enumerated().map { TextBlock(text: $0.element, line: $0.offset + 1) }
        let s = try #require(SignatureParser.parse(lines))
        #expect(s.authority == "KT. THỦ TƯỚNG" && s.position == "PHÓ THỦ TƯỚNG" && s.name == "Trần Hồng Hà")
    }

    /// A form's note on how to sign, kept in a draft between position and name (Decree 30's
    /// `(Chữ ký của người có thẩm quyền, dấu/chữ ký số …)`, `(Ký, ghi rõ họ tên, đóng dấu)`), stands
    /// for the signature as `(Đã ký)` does: in blank-line text the block had read as a recipient.
    @Test(arguments: ["(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức)", "(Ký, ghi rõ họ tên, đóng dấu)",
                      "(Ký tên và đóng dấu)", "[Chữ ký số]", "(Đã ký)"])
    func aSigningNoteBetweenPositionAndName(_ note: String) throws {
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH\n\nVề việc thử\n\nI. NỘI DUNG\n\n1. Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\n\(note)\n\nHồ Văn Mười\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x.txt")
        #expect(doc.signature?.position == "CHỦ TỊCH" && doc.signature?.name == "Hồ Văn Mười")
        #expect(doc.recipients == ["- Như trên;", "- Lưu: VT."])
        #expect(SignatureParser.isUnsigned(note))
    }

    /// Bracketed notes that are not about signing, or too long to be one, are no signature.
    @Test(arguments: ["(Ký hiệu: KH)", "(Kèm theo Kế hoạch số 12/KH-UBND)", "Ký, ghi rõ họ tên", "(Phó Chủ tịch)",
                      "(Chữ ký của người có thẩm quyền, dấu/chữ ký số của cơ quan, tổ chức; nếu ký thay thì ghi rõ chức vụ của người được giao ký thay)"])
    func notASigningNote(_ line: String) {
        #expect(!SignatureParser.isUnsigned(line))
    }

    /// The signed note run onto the name's line is no part of the name.
    @Test(arguments: [("Lê Minh Dũng (đã ký)", "Lê Minh Dũng"), ("Lê Minh Dũng [daky]", "Lê Minh Dũng"), ("Lê Minh Dũng", "Lê Minh Dũng"),
                      ("Nguyễn Văn A (Phó Chủ tịch)", "Nguyễn Văn A (Phó Chủ tịch)"), ("(Đã ký)", "(Đã ký)")])
    func aNameWithoutItsSignedNote(_ line: String, _ name: String) {
        #expect(SignatureParser.withoutSignedNote(line) == name)
    }

    /// A line that runs full before a range's second half (`giai đoạn 2021` / `- 2030, tầm nhìn …`)
    /// runs on: the dash a number follows is no item. In pipe-text and in blank-line text.
    @Test(arguments: [InputForm.pipeText, .text])
    func aRangeBrokenBeforeItsDashRunsOn(_ form: InputForm) throws {
        let wrapped = """
            - Phối hợp tham mưu giải pháp xúc tiến đầu tư nâng
            cấp Cảng hàng không quốc tế Cần Thơ giai đoạn 2021
            - 2030, tầm nhìn đến năm 2050, gắn với hình thành
            trung tâm logistics hàng không của vùng.
            - Rà soát quy hoạch mạng lưới giao thông đường
            thủy nội địa và các cảng, bến thủy nội địa trên
            địa bàn thành phố.
            - Đẩy mạnh kết nối giao thông liên vùng theo kế
            hoạch của thành phố trong giai đoạn 2021 - 2025;
            báo cáo kết quả thực hiện.
            """
        let body = form == .text ? wrapped.replacingOccurrences(of: ".\n- ", with: ".\n\n- ") : wrapped
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH\n\nPhát triển giao thông\n\n" + body + "\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "x.txt", form: form)
        #expect(doc.body.map(\.kind) == [.dash, .dash, .dash])
        #expect(doc.body.first?.heading.contains("giai đoạn 2021 - 2030, tầm nhìn") == true)
    }
}

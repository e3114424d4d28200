import Testing
import VanBanEmit
import VanBanMarkup
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanTestSupport
@testable import VanBanValidate

/// Every rule fires on a minimal change to a clean fixture, at a known line and column; the clean
/// fixtures fire nothing.
@Suite struct RuleTests {
    /// S01's ordinals read labels from their digits where they are nothing else, as `Int` reads
    /// them (a clause's from its last dotted part, as `split` gives it): every label alike.
    @Test func ordinalsAreThoseIntReads() {
        let labels = ["1", "01", "12", "1.", "1.2", "1.2.", "1..2", ".", "..", "", "+3", "-2", "1.x", "x", "٣",
                      "99999999999999999999", "123456789012345678", "IV", "a", "a.1", "đ", "b.12", "THỨ HAI", "B"]
        for label in labels {
            let clause = Node(kind: .clause, label: label, heading: "", line: 1)
            #expect(StructureRules.ordinal(clause) == label.split(separator: ".").last.flatMap { Int($0) }, "clause \(label)")
            let section = Node(kind: .section, label: label, heading: "", line: 1)
            #expect(StructureRules.ordinal(section) == Int(label) ?? Roman.value(label) ?? StructureRules.ordinalWord(label) ?? StructureRules.partLetter(label), "section \(label)")
            if let dot = label.firstIndex(of: ".") {
                let point = Node(kind: .point, label: label, heading: "", line: 1)
                #expect(StructureRules.ordinal(point) == Int(label[label.index(after: dot)...]), "point \(label)")
            }
        }
    }

    static let today = "2026-11-29"

    struct Case: Sendable, CustomTestStringConvertible {
        let rule: String
        let base: String
        let edits: [(String, String)]
        let line: Int
        let column: Int
        let severity: Severity
        var testDescription: String { "\(rule) at \(line):\(column)" }
    }

    static let qd = "quyet-dinh-318-qd-ubnd-ky-ba-dong"
    static let kh = "ke-hoach-45-kh-ubnd-moi-cap-do"
    static let cv = "cong-van-1234-ubnd-vx-kinh-gui"
    static let qdQuyChe = "quyet-dinh-52-qd-ubnd-kem-quy-che"
    static let ctrph = "chuong-trinh-02-ctrph-stp-hlhpn-lien-tich"

    static let cases: [Case] = [
        Case(rule: "H01", base: qd, edits: [("CHỦ NGHĨA VIỆT NAM", "CHỦ NGHĨA VIET NAM")], line: 5, column: 1, severity: .error),
        Case(rule: "H02", base: qd, edits: [("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")], line: 7, column: 1, severity: .error),
        Case(rule: "H03", base: qd, edits: [("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n-------\n|\n", "|\n")], line: 1, column: 1, severity: .warning),
        // Marks in sentence case: the urgency over the agency, the secrecy under the V/v.
        Case(rule: "M01", base: "cong-van-88-ubnd-hoa-toc-mat", edits: [("HỎA TỐC\nỦY BAN", "Hỏa tốc\nỦY BAN")], line: 1, column: 1, severity: .warning),
        Case(rule: "M01", base: "cong-van-88-ubnd-hoa-toc-mat", edits: [("MẬT\n|", "(Mật)\n|")], line: 13, column: 1, severity: .warning),
        // A mark run into the number's line is judged where it stands.
        Case(rule: "M01", base: "cong-van-88-ubnd-hoa-toc-mat", edits: [("HỎA TỐC\nỦY BAN", "ỦY BAN"), ("Số: 88/UBND-NC\n", "Số: 88/UBND-NC Hỏa tốc\n")],
             line: 9, column: 18, severity: .warning),
        Case(rule: "N01", base: qd, edits: [("Số: 318/QĐ-UBND", "Số: 5/QĐ-UBND")], line: 10, column: 1, severity: .error),
        // The label without its colon, and a serial padded past 1–9.
        Case(rule: "N01", base: qd, edits: [("Số: 318/QĐ-UBND", "Số 318/QĐ-UBND")], line: 10, column: 1, severity: .error),
        Case(rule: "N01", base: qd, edits: [("Số: 318/QĐ-UBND", "Số: 0318/QĐ-UBND")], line: 10, column: 1, severity: .error),
        // A header's line read as none of its fields (an OCR's garbled second number line) is reported.
        Case(rule: "I03", base: qd, edits: [("Số: 318/QĐ-UBND\n|\n", "Số: 318/QĐ-UBND\nsá##j5GDĐT-GDTrH\n|\n")], line: 11, column: 1, severity: .warning),
        Case(rule: "N02", base: qd, edits: [("Số: 318/QĐ-UBND", "Số: 318/QĐ-Ubnd")], line: 10, column: 1, severity: .error),
        Case(rule: "N02", base: qd, edits: [("Số: 318/QĐ-UBND", "Số: 318/QĐ–UBND")], line: 10, column: 1, severity: .error),
        // A symbol typed in lower case on the number line is still the number, reported (it had been no number).
        Case(rule: "N02", base: qd, edits: [("Số: 318/QĐ-UBND", "Số: 318/qđ-ubnd")], line: 10, column: 1, severity: .error),
        Case(rule: "N03", base: qd, edits: [("Số: 318/QĐ-UBND", "Số: 318/KH-UBND")], line: 10, column: 1, severity: .error),
        // A copy's number carries its form's code (SY, SL, TrS), not its original's.
        Case(rule: "N03", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Số: 12/SL-UBND", "Số: 12/SY-UBND")], line: 102, column: 1, severity: .error),
        Case(rule: "N03", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Số: 12/SL-UBND", "Số: 12/UBND")], line: 102, column: 1, severity: .error),
        // A copy's number and date line follow the document's rules (N01, D01, D02, D03) …
        Case(rule: "N01", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Số: 12/SL-UBND", "Số: 7/SL-UBND")], line: 102, column: 1, severity: .error),
        Case(rule: "N01", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Số: 12/SL-UBND\n|\n", "")], line: 100, column: 1, severity: .error),
        Case(rule: "D01", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Vĩnh Linh, ngày 15 tháng 8 năm 2024", "Vĩnh Linh ngày 15 tháng 8 năm 2024")], line: 104, column: 11, severity: .error),
        Case(rule: "D02", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Vĩnh Linh, ngày 15 tháng 8 năm 2024", "Vĩnh Linh, ngày 5 tháng 8 năm 2024")], line: 104, column: 1, severity: .warning),
        Case(rule: "D02", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Vĩnh Linh, ngày 15 tháng 8 năm 2024", "Vĩnh Linh, ngày 31 tháng 9 năm 2024")], line: 104, column: 1, severity: .error),
        Case(rule: "D03", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Vĩnh Linh, ngày 15 tháng 8 năm 2024", "H. Vĩnh Linh, ngày 15 tháng 8 năm 2024")], line: 104, column: 1, severity: .warning),
        // … and its signer and recipients answer K01 and R01 as the original's do.
        Case(rule: "K01", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("Trần Thị Hoa", "TS. Trần Thị Hoa")], line: 113, column: 1, severity: .error),
        Case(rule: "R01", base: "quyet-dinh-1520-qd-ubnd-sao-luc", edits: [("- Lưu: VT.\n", "- Lưu: VT\n")], line: 109, column: 1, severity: .warning),
        // A joint document's code (`CTrPH`: Chương trình phối hợp) is the type's and the qualifier's …
        Case(rule: "N02", base: ctrph, edits: [("Số: 02/CTrPH-STP", "Số: 02/CTrPh-STP")], line: 9, column: 1, severity: .error),
        Case(rule: "N03", base: ctrph, edits: [("Số: 02/CTrPH-STP", "Số: 02/KHLT-STP")], line: 9, column: 1, severity: .error),
        // … and its type line names the type first (`CHƯƠNG TRÌNH PHỐI HỢP`): a bare qualifier is none.
        Case(rule: "T01", base: ctrph, edits: [("CHƯƠNG TRÌNH PHỐI HỢP\n", "PHỐI HỢP\n")], line: 9, column: 1, severity: .error),
        // A Giấy ủy quyền has a title (Mẫu 1.4); a Giấy giới thiệu has none (Mẫu 1.8), and fires nothing.
        Case(rule: "T01", base: "giay-uy-quyen-05-guq-ubnd-hai-ben-ky", edits: [("Ký hợp đồng thuê dịch vụ công nghệ thông tin năm 2025\n", "")], line: 13, column: 1, severity: .error),
        // A Giấy giới thiệu's text is all preamble: its content ends there, `./.` and all; its
        // type line in sentence case is still its type line.
        Case(rule: "E01", base: "giay-gioi-thieu-112-ggt-snnmt-truong-tung-dong", edits: [("năm 2025./.", "năm 2025.")], line: 22, column: 1, severity: .warning),
        Case(rule: "T01", base: "giay-gioi-thieu-112-ggt-snnmt-truong-tung-dong", edits: [("GIẤY GIỚI THIỆU", "Giấy giới thiệu")], line: 13, column: 1, severity: .error),
        Case(rule: "N04", base: qd, edits: [("Số: 318/QĐ-UBND", "Số: 18/2023/QĐ-UBND")], line: 10, column: 1, severity: .error),
        Case(rule: "D01", base: qd, edits: [("Bắc Kạn, ngày", "Bắc Kạn ngày")], line: 12, column: 12, severity: .error),
        Case(rule: "D02", base: qd, edits: [("25 tháng 3 năm 2024", "31 tháng 4 năm 2024")], line: 12, column: 1, severity: .error),
        // A comma after the month or the day: the date is read, its form is D01's (D02 had called it no date).
        Case(rule: "D01", base: qd, edits: [("25 tháng 3 năm 2024", "25 tháng 3, năm 2024")], line: 12, column: 1, severity: .error),
        Case(rule: "D01", base: qd, edits: [("25 tháng 3 năm 2024", "25, tháng 3 năm 2024")], line: 12, column: 1, severity: .error),
        Case(rule: "D02", base: qd, edits: [("25 tháng 3 năm 2024", "5 tháng 3 năm 2024")], line: 12, column: 1, severity: .warning),
        Case(rule: "D02", base: qd, edits: [("25 tháng 3 năm 2024", "25 tháng 3 năm 2099")], line: 12, column: 1, severity: .error),
        // An issuer line in another case stays the issuer's (not the site's text before the header).
        Case(rule: "H03", base: qd, edits: [("TỈNH BẮC KẠN\n-------", "Tỉnh Bắc Kạn\n-------")], line: 1, column: 1, severity: .warning),
        // A type line in sentence case is still the type line, and the body still follows it.
        Case(rule: "T01", base: qd, edits: [("QUYẾT ĐỊNH\nVỀ VIỆC", "Quyết định\nVỀ VIỆC")], line: 15, column: 1, severity: .error),
        // A place wrapped above its date without the comma stays the date line's place.
        Case(rule: "D01", base: qd, edits: [("Bắc Kạn, ngày\n25 tháng 3 năm 2024", "Bắc Kạn\nngày 25 tháng 3 năm 2024")], line: 12, column: 12, severity: .error),
        Case(rule: "D03", base: qd, edits: [("Bắc Kạn, ngày", "TP. Bắc Kạn, ngày")], line: 12, column: 1, severity: .warning),
        Case(rule: "T01", base: kh, edits: [("PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN HUYỆN ĐỊNH HÓA GIAI ĐOẠN\n2024 - 2026\n", "")], line: 15, column: 1, severity: .error),
        // A Công văn's title spelled out under its number (`Về việc …` for `V/v …`): read as its title, T01 at it.
        Case(rule: "T01", base: cv, edits: [("\nV/v triển khai", "\nVề việc triển khai")], line: 11, column: 1, severity: .error),
        Case(rule: "C01", base: qd, edits: [("quyền địa phương ngày 19 tháng 6 năm 2015;", "quyền địa phương ngày 19 tháng 6 năm 2015")], line: 19, column: 1, severity: .warning),
        Case(rule: "C02", base: qd, edits: [("ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý", "về quản lý")], line: 21, column: 11, severity: .warning),
        Case(rule: "S01", base: kh, edits: [("b) Hỗ trợ vay vốn", "c) Hỗ trợ vay vốn")], line: 44, column: 1, severity: .error),
        Case(rule: "S01", base: kh, edits: [("d) Quảng bá", "f) Quảng bá")], line: 46, column: 1, severity: .error),
        // Points run together on one line (a page that lost its breaks): a letter skipped there too.
        Case(rule: "S01", base: kh, edits: [("du lịch;\nb) Hỗ trợ vay vốn", "du lịch; c) Hỗ trợ vay vốn"), ("c) Kết nối", "d) Kết nối"),
                                            ("d) Quảng bá", "đ) Quảng bá"), ("đ) Giao Phòng", "e) Giao Phòng")], line: 43, column: 91, severity: .error),
        // … and a letter going back there (`a) …; a) …`).
        Case(rule: "S01", base: kh, edits: [("du lịch;\nb) Hỗ trợ vay vốn", "du lịch; a) Hỗ trợ vay vốn")], line: 43, column: 91, severity: .error),
        Case(rule: "S02", base: qd, edits: [("Điều 3. Chánh", "Điều 4. Chánh")], line: 36, column: 1, severity: .error),
        // In the Quy chế a Quyết định issues, its own articles: here restarted under its second chapter.
        Case(rule: "S02", base: qdQuyChe, edits: [("Điều 3. Tài khoản", "Điều 1. Tài khoản"), ("Điều 4. Trách nhiệm", "Điều 2. Trách nhiệm")], line: 62, column: 1, severity: .error),
        Case(rule: "S03", base: qd, edits: [("Điều 2. Trách nhiệm thi hành", "Điều 2.")], line: 29, column: 1, severity: .error),
        Case(rule: "S03", base: qdQuyChe, edits: [("Điều 3. Tài khoản người dùng", "Điều 3.")], line: 62, column: 1, severity: .error),
        Case(rule: "S04", base: qd, edits: [("Số: 318/QĐ-UBND", "Số: 18/2024/QĐ-UBND"), ("thực hiện Quy chế;\n", "thực hiện Quy chế:\n- Hướng dẫn các huyện;\n")], line: 33, column: 1, severity: .warning),
        Case(rule: "S04", base: qdQuyChe, edits: [("Số: 52/QĐ-UBND", "Số: 52/2024/QĐ-UBND"), ("a) Tiếp nhận, xử lý văn bản đến;\n", "a) Tiếp nhận, xử lý văn bản đến:\n- Văn bản giấy;\n")], line: 66, column: 1, severity: .warning),
        // At the authority line that lacks it, the second of the signature's.
        Case(rule: "K01", base: qd, edits: [("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", "KT. CHỦ TỊCH\n")], line: 47, column: 1, severity: .error),
        Case(rule: "K01", base: qd, edits: [("Đinh Quang Tuyên", "TS. Đinh Quang Tuyên")], line: 50, column: 1, severity: .error),
        Case(rule: "K01", base: qd, edits: [("TM. ỦY BAN NHÂN DÂN", "T/M ỦY BAN NHÂN DÂN")], line: 46, column: 1, severity: .error),
        // Misspelt prefixes still open the signature (found by mutating every corpus document).
        Case(rule: "K01", base: qd, edits: [("TM. ỦY BAN NHÂN DÂN", "T.M. ỦY BAN NHÂN DÂN")], line: 46, column: 1, severity: .error),
        Case(rule: "K01", base: qd, edits: [("TM. ỦY BAN NHÂN DÂN", "TM ỦY BAN NHÂN DÂN")], line: 46, column: 1, severity: .error),
        Case(rule: "K01", base: qd, edits: [("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", "K.T. CHỦ TỊCH\n")], line: 47, column: 1, severity: .error),
        Case(rule: "R01", base: qd, edits: [("- Lưu: VT, KT.", "- Lưu: VT, KT")], line: 44, column: 1, severity: .warning),
        Case(rule: "R01", base: qd, edits: [("Nơi nhận:\n", "Nơi nhận\n")], line: 40, column: 1, severity: .warning),
        Case(rule: "R01", base: qd, edits: [("- Bộ Công Thương (b/c);", "Bộ Công Thương (b/c);")], line: 42, column: 1, severity: .warning),
        Case(rule: "R02", base: cv, edits: [("Kính gửi:\n- Sở Y tế;\n- Sở Nông nghiệp và Phát triển nông thôn;\n- Ủy ban nhân dân các huyện, thành phố.\n", "")], line: 11, column: 1, severity: .warning),
        Case(rule: "E01", base: qd, edits: [("thi hành Quyết định này./.", "thi hành Quyết định này.")], line: 38, column: 1, severity: .warning),
        // A consolidated text's notes: a note whose mark the text lost, a mark whose note was dropped.
        Case(rule: "E02", base: "thong-tu-12-vbhn-btc-hop-nhat-chu-thich", edits: [("và mức chi[2]", "và mức chi")], line: 59, column: 1, severity: .warning),
        Case(rule: "E02", base: "thong-tu-12-vbhn-btc-hop-nhat-chu-thich", edits: [("[3] Khoản này được sửa đổi theo quy định tại khoản 2 Điều 1 Thông tư số\n100/2024/TT-BTC, có hiệu lực kể từ ngày 01 tháng 01 năm 2025.\n", "")], line: 32, column: 3, severity: .warning),
        Case(rule: "A01", base: kh, edits: [("(Kèm theo Kế hoạch số 45/KH-UBND", "(Kèm theo Kế hoạch số 46/KH-UBND")], line: 83, column: 1, severity: .error),
        // At the words themselves, on the paragraph's second line.
        Case(rule: "A02", base: kh, edits: [("(chi tiết tại Phụ lục kèm theo)", "(chi tiết tại Phụ lục II)")], line: 66, column: 77, severity: .warning),
        Case(rule: "A02", base: kh, edits: [("(chi tiết tại Phụ lục kèm theo)", "(chi tiết tại Phụ lục II)")], line: 81, column: 1, severity: .warning),
        Case(rule: "X01", base: qd, edits: [("trên địa bàn tỉnh Bắc Kạn.\nĐiều 2.", "trên địa bàn tỉnh Bắc Kạn theo Nghị định số 32/2024/NĐ-CP ngày 16/3/2024.\nĐiều 2.")], line: 28, column: 64, severity: .warning),
        Case(rule: "X02", base: qd, edits: [("Căn cứ Nghị định số 32/2024/NĐ-CP", "Căn cứ Nghị quyết số 32/2024/NĐ-CP")], line: 21, column: 11, severity: .warning),
        Case(rule: "X03", base: qd, edits: [("ngày 15 tháng 3 năm 2024 của Chính phủ", "ngày 30 tháng 3 năm 2024 của Chính phủ")], line: 21, column: 11, severity: .warning),
        Case(rule: "P01", base: kh, edits: [("2024-2025\n|\n|\n", "2024-2025\n|\n")], line: 120, column: 1, severity: .error),
        Case(rule: "P02", base: kh, edits: [("Ghi chú\n|\n1\n|\n", "Ghi chú\n|\n1\n|\n"), ("|\n2\n|\nTập huấn", "|\n3\n|\nTập huấn")], line: 109, column: 1, severity: .warning),
        Case(rule: "P02", base: kh, edits: [("|\n2\n|\nTập huấn", "|\n1\n|\nTập huấn")], line: 109, column: 1, severity: .warning),
        Case(rule: "U01", base: qd, edits: [("Quyết định này Quy chế", "Quye\u{302}\u{301}t định này Quy chế")], line: 1, column: 1, severity: .warning),
    ]

    static func text(_ name: String) -> String {
        String(decoding: TestFiles.read(TestFiles.fixtures + "/pipe-text/\(name).txt") ?? [], as: UTF8.self)
    }

    static func findings(_ text: String) throws -> [Finding] {
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        return Validator.check(doc, today: today)
    }

    @Test(arguments: cases)
    func firesAtItsPlace(_ c: Case) throws {
        var text = Self.text(c.base)
        for (old, new) in c.edits {
            #expect(text.contains(old), "the fixture no longer holds `\(old)`")
            text = text.replacing(old, with: new)
        }
        let found = try Self.findings(text)
        let hit = found.filter { $0.rule == c.rule }
        #expect(hit.contains { $0.start.line == c.line && $0.start.column == c.column && $0.severity == c.severity },
                "\(c.rule): got \(hit.map { "\($0.start.line):\($0.start.column) \($0.severity) \($0.message)" })")
        // The unchanged fixture does not fire it.
        #expect(try Self.findings(Self.text(c.base)).filter { $0.rule == c.rule }.isEmpty)
    }

    /// An archive copy marked with a plus or a bullet (`+ Lưu: VT, KT.`) is still the archive copy:
    /// R01 reports its marker, not a missing `- Lưu` (it had reported both).
    @Test(arguments: ["+ Lưu: VT, KT.", "• Lưu: VT, KT."])
    func anArchiveCopyMarkedOtherwiseIsStillTheArchiveCopy(_ item: String) throws {
        let found = try Self.findings(Self.text(Self.qd).replacing("- Lưu: VT, KT.", with: item)).filter { $0.rule == "R01" }
        #expect(found.map(\.message) == ["recipient `\(item)` does not start with `-`"])
    }

    /// The President's Lệnh ends its last basis with a comma before `NAY CÔNG BỐ:` (`Căn cứ Điều 80 của
    /// Luật Ban hành văn bản quy phạm pháp luật,`), as every such order prints it: C01 takes it; the same
    /// basis with no stop, or the comma with no `NAY CÔNG BỐ:` after it, still gets C01.
    @Test func anOrdersLastBasisEndsWithAComma() throws {
        let order = Self.text("lenh-12-2025-l-ctn-cong-bo-luat")
        let found = try Self.findings(order)
        #expect(order.contains("pháp luật,\n") && !found.contains { $0.rule == "C01" })
        #expect(try Self.findings(order.replacing("pháp luật,\n", with: "pháp luật\n")).contains { $0.rule == "C01" })
        #expect(order.contains("NAY CÔNG BỐ:\n"))
        #expect(try Self.findings(order.replacing("NAY CÔNG BỐ:\n", with: "")).contains { $0.rule == "C01" })
    }

    /// The President's Lệnh is published with no recipients list: R01 asks none of it, nor of a Bản
    /// ghi nhớ; a Kế hoạch without one still gets it.
    @Test func anOrderListsNoRecipients() throws {
        #expect(!(try Self.findings(Self.text("lenh-12-2025-l-ctn-cong-bo-luat"))).contains { $0.rule == "R01" })
        let plan = Self.text("ke-hoach-45-kh-ubnd-moi-cap-do")
        let cut = try #require(plan.firstRange(of: "Nơi nhận:"))
        let unlisted = String(plan[..<cut.lowerBound]) + String(plan[cut.lowerBound...].drop { $0 != "|" }.dropFirst(2))
        #expect(try Self.findings(unlisted).contains { $0.rule == "R01" })
    }

    /// Recipients grouped under a line that ends with a colon, each with `+` (`- Các bộ, …:` / `+ Bộ
    /// Y tế;`), as many plans list a group's members: the group's line and its items pass R01; an
    /// item still ends with `;`, `+` items under no such line still do not start with `-`, and a
    /// list still ends with `- Lưu: …`.
    @Test func recipientsGroupedUnderAColon() throws {
        let text = Self.text("nghi-dinh-45-2024-nd-cp-sua-doi-ngoac-thang")
        let grouped = text.replacing("- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;\n",
                                     with: "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ:\n+ Bộ Y tế;\n+ Bộ Công Thương;\n")
        #expect(grouped != text)
        #expect(try Self.findings(grouped).filter { $0.rule == "R01" }.isEmpty)
        let unended = try Self.findings(grouped.replacing("+ Bộ Y tế;", with: "+ Bộ Y tế")).filter { $0.rule == "R01" }
        #expect(unended.map(\.message) == ["recipient `+ Bộ Y tế` does not end with `;`"])
        let ungrouped = try Self.findings(grouped.replacing("Chính phủ:\n+", with: "Chính phủ;\n+")).filter { $0.rule == "R01" }
        #expect(ungrouped.map(\.message) == ["recipient `+ Bộ Y tế;` does not start with `-`", "recipient `+ Bộ Công Thương;` does not start with `-`"])
        let unarchived = try Self.findings(grouped.replacing("- Lưu: VT, KGVX (2).\n", with: "")).filter { $0.rule == "R01" }
        #expect(unarchived.map(\.message) == ["the last recipient is not the archive copy `- Lưu: VT, …`"])
    }

    /// A Party Quy định is numbered with the Party's abbreviation, `QĐi` (Hướng dẫn 36-HD/VPTW): N02
    /// takes its mixed case, N03 its type, X02 a basis citing one (`Quy định số 11-QĐi/TW`). A state
    /// body's number so spelled still fires both.
    @Test func aPartyRegulationIsNumberedQDi() throws {
        let text = Self.text("quy-dinh-12-qdi-tu-trach-nhiem-nguoi-dung-dau")
        let party = try Self.findings(text)
        #expect(!party.contains { ["N02", "N03", "X02"].contains($0.rule) })
        let state = text.replacing("ĐẢNG CỘNG SẢN VIỆT NAM", with: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
            .replacing("Số 12-QĐi/TU", with: "Số: 12/QĐi-UBND")
        #expect(state.contains("Số: 12/QĐi-UBND"))
        let found = try Self.findings(state).map(\.rule)
        #expect(found.contains("N02") && found.contains("N03"))
        // The Politburo's newer regulations print `QĐ`: so numbered, a Party Quy định passes, and so
        // does a basis citing one; a state number so coded is a Quyết định's.
        let newer = text.replacing("Số 12-QĐi/TU", with: "Số 12-QĐ/TU").replacing("số 11-QĐi/TW", with: "số 144-QĐ/TW")
        #expect(newer.contains("Số 12-QĐ/TU") && newer.contains("số 144-QĐ/TW"))
        #expect(!(try Self.findings(newer)).contains { ["N02", "N03", "X02"].contains($0.rule) })
        let stateCited = text.replacing("số 11-QĐi/TW", with: "số 144/QĐ-UBND")
        #expect(try Self.findings(stateCited).map(\.rule).contains("X02"))
    }

    /// `Về việc …` under a Công văn's number is its title, spelled out: the header keeps it, the
    /// addressees' and the symbol's rules still know the letter, and T01 names the form.
    @Test func aCongVanTitleSpelledOut() throws {
        let text = Self.text(Self.cv).replacing("\nV/v triển khai", with: "\nVề việc triển khai")
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.header.title == "Về việc triển khai Tháng hành động vì an toàn thực phẩm năm 2024" && doc.header.type == nil)
        let found = Validator.check(doc, today: Self.today)
        #expect(found.filter { $0.rule == "T01" }.map(\.message) == ["a Công văn's title under its number opens with `V/v`, not `Về việc`"])
        #expect(!found.contains { $0.rule == "R02" || $0.rule == "N03" })
    }

    /// One mistyped label in a run that goes on as if it were right (`a) h) c)`, as Luật 19/2023 prints
    /// Điều 54.1; `Điều 1, 3, 3`) is one finding at the mistyped label, not a skip and then a step back.
    @Test func oneMistypedLabelIsOneFinding() throws {
        let points = try Self.findings(Self.text(Self.kh).replacing("b) Hỗ trợ vay vốn", with: "h) Hỗ trợ vay vốn")).filter { $0.rule == "S01" }
        #expect(points.map { "\($0.start.line) \($0.message)" } == ["44 point `h` is out of sequence: expected `b`, as the next one is `c`"])
        let articles = try Self.findings(Self.text(Self.qd).replacing("Điều 2. Trách nhiệm thi hành", with: "Điều 3. Trách nhiệm thi hành")).filter { $0.rule == "S02" }
        #expect(articles.map { "\($0.start.line) \($0.message)" } == ["29 `Điều 3.` is out of sequence: expected `Điều 2.`, as the next one is `Điều 3.`"])
        // A skip that the next label confirms stays a skip.
        let skipped = try Self.findings(Self.text(Self.kh).replacing("b) Hỗ trợ vay vốn", with: "c) Hỗ trợ vay vốn").replacing("c) Kết nối", with: "d) Kết nối").replacing("d) Quảng bá", with: "đ) Quảng bá")).filter { $0.rule == "S01" }
        #expect(skipped.map(\.message).first == "point `c` skips: expected `b`")
    }

    /// A point's points (`a.1)`, `a.2)`) are numbered within it: `a.3)` after `a.1)` skips `a.2`.
    @Test func pointsOfAPointAreNumberedWithinIt() throws {
        let name = "phuong-an-41-pa-ubnd-diem-cua-diem"
        let found = try Self.findings(Self.text(name).replacing("a.2) Cắm", with: "a.3) Cắm")).filter { $0.rule == "S01" }
        #expect(found.map { "\($0.start.line):\($0.start.column) \($0.message)" } == ["48:1 point `a.3` skips: expected `a.2`"])
    }

    /// Rules fired on fixtures of other forms, read as detected.
    static let otherForms: [(file: String, edits: [(String, String)], rule: String, line: Int, column: Int)] = [
        // A basis whose `;` is missing ends at the next `Căn cứ` in a PDF's text, whose long lines run on.
        ("text/quyet-dinh-15-qd-ubnd-pdftotext.txt", [("ngày 19 tháng 02 năm 2025;\n", "ngày 19 tháng 02 năm 2025\n")], "C01", 16, 1),
        ("text/ke-hoach-29-kh-ubnd-pdftotext.txt", [("TM. ỦY BAN NHÂN DÂN", "T.M. ỦY BAN NHÂN DÂN")], "K01", 21, 1),
        ("text/ke-hoach-29-kh-ubnd-pdftotext.txt", [("TỈNH THÁI NGUYÊN\n", "Tỉnh Thái Nguyên\n")], "H03", 1, 1),
        // The whole agency in sentence case: its first words name a body, so it is still the issuer.
        ("text/ke-hoach-29-kh-ubnd-pdftotext.txt", [("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n", "Ủy ban nhân dân\ntỉnh Thái Nguyên\n")], "H03", 1, 1),
    ]

    @Test(arguments: otherForms.indices)
    func firesInOtherForms(_ k: Int) throws {
        let c = Self.otherForms[k]
        let original = String(decoding: TestFiles.read(TestFiles.fixtures + "/" + c.file) ?? [], as: UTF8.self)
        var text = original
        for (old, new) in c.edits {
            #expect(text.contains(old), "the fixture no longer holds `\(old)`")
            text = text.replacing(old, with: new)
        }
        let check = { (t: String) in Validator.check(try DocumentReader.read(Array(t.utf8), path: c.file, form: nil), today: Self.today).filter { $0.rule == c.rule } }
        let hit = try check(text)
        #expect(hit.contains { $0.start.line == c.line && $0.start.column == c.column }, "\(c.rule): got \(hit.map { "\($0.start.line):\($0.start.column) \($0.message)" })")
        #expect(try check(original).isEmpty)
    }

    /// The archive copy may end in the drafter's initials and the copies issued after its stop
    /// (`- Lưu: VT, KGVX (03). PL`, as Quyết định 42/2025/QĐ-TTg prints it).
    @Test(arguments: [("- Lưu: VT, KT. PL", true), ("- Lưu: VT, KT. PL.(300)", true), ("- Lưu: VT, KT (03). Tuấn 300", true),
                      ("- Lưu: VT, KT", false), ("- Lưu: VT. KT", true), ("- Lưu: VT, KT. và các phòng, ban khác của Sở", false)])
    func archiveCopyMayEndInTheDraftersMark(_ last: String, _ passes: Bool) throws {
        let found = try Self.findings(Self.text(Self.qd).replacing("- Lưu: VT, KT.", with: last)).filter { $0.rule == "R01" }
        #expect(found.isEmpty == passes, "\(found.map(\.message))")
    }

    /// A header field wrapped over two lines is reported from its first line to its end on the second
    /// (`Bắc Kạn, ngày` / `5 tháng 3 năm 2024`), not past the first line's end.
    @Test func aWrappedFieldEndsOnItsLastLine() throws {
        let found = try Self.findings(Self.text(Self.qd).replacing("25 tháng 3 năm 2024", with: "5 tháng 3 năm 2024"))
        let d02 = try #require(found.first { $0.rule == "D02" })
        #expect(d02.start == Position(line: 12, column: 1))
        #expect(d02.end == Position(line: 13, column: 21))
        // On one line, the field ends where its text does.
        let n03 = try #require(try Self.findings(Self.text(Self.qd).replacing("Số: 318/QĐ-UBND", with: "Số: 318/KH-UBND")).first { $0.rule == "N03" })
        #expect(n03.start == Position(line: 10, column: 1) && n03.end == Position(line: 10, column: 18))
    }

    /// A type line in sentence case, or none, after a pipe-text header once let the header table's
    /// last cell take in the whole body of a short plan (every section lost, silently); the body and
    /// the title stay where they are, and T01 says what is wrong with the type line.
    @Test(arguments: [("ke-hoach-45-kh-ubnd-moi-cap-do", "Kế hoạch\n"), ("ke-hoach-88-kh-ubnd-bang-nhom", "Kế hoạch\n"),
                      ("ke-hoach-45-kh-ubnd-moi-cap-do", ""), ("ke-hoach-88-kh-ubnd-bang-nhom", "")])
    func aTypeLineAmissKeepsTheBody(_ name: String, _ typeLine: String) throws {
        let text = Self.text(name)
        #expect(text.contains("\nKẾ HOẠCH\n"))
        let doc = try DocumentReader.read(Array(text.replacing("\nKẾ HOẠCH\n", with: "\n" + typeLine).utf8), path: "t.txt", form: .pipeText)
        let original = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.header.type == (typeLine.isEmpty ? nil : "Kế hoạch"))
        #expect(doc.header.title == original.header.title)
        // The same tree and appendices (their lines one fewer where the type line went).
        func outline(_ nodes: [Node]) -> [String] { nodes.flatMap { ["\($0.kind) \($0.label ?? "") \($0.heading) \($0.paragraphs)"] + outline($0.children) } }
        #expect(!doc.body.isEmpty && outline(doc.body) == outline(original.body))
        #expect(doc.appendices.map { "\($0.title ?? "") \($0.tables.map(\.rows.count))" } == original.appendices.map { "\($0.title ?? "") \($0.tables.map(\.rows.count))" })
        #expect(Validator.check(doc, today: Self.today).contains { $0.rule == "T01" })
    }

    /// A document copied without its header, opening with its type's name in sentence case over its
    /// title, keeps them as type and title (T01 judges the case) in pipe-text and as one line a
    /// paragraph; before, both went to the preamble and no rule said a word.
    @Test(arguments: [InputForm.pipeText, .text])
    func aHeaderlessTypeLineInSentenceCaseIsTheTypeLine(_ form: InputForm) throws {
        let text = Self.text(Self.kh)
        let from = try #require(text.firstRange(of: "\nKẾ HOẠCH\n")).upperBound
        let upper = "KẾ HOẠCH\n" + text[from...]
        let body = form == .pipeText ? upper : upper.split(separator: "\n").filter { $0 != "|" }.joined(separator: "\n")
        let doc = try DocumentReader.read(Array(("Kế hoạch" + body.dropFirst("KẾ HOẠCH".count)).utf8), path: "t.txt", form: form)
        let original = try DocumentReader.read(Array(body.utf8), path: "t.txt", form: form)
        #expect(original.header.type == "KẾ HOẠCH")
        #expect(doc.header.type == "Kế hoạch")
        #expect(doc.header.title == original.header.title && doc.header.title != nil)
        #expect(doc.preamble.map(\.text) == original.preamble.map(\.text))
        let t01 = Validator.check(doc, today: Self.today).filter { $0.rule == "T01" }
        #expect(t01.map { "\($0.start.line):\($0.start.column) \($0.message)" } == ["1:1 the type line `Kế hoạch` is not upper case; write `KẾ HOẠCH`"])
    }

    /// A model built by hand, which no parser read (no appendix mentions found while reading): A02
    /// scans its preamble, body and closing itself, a mention placed within its node's text.
    @Test func aModelBuiltByHandIsScannedForAppendices() {
        var doc = Document(source: SourceInfo(path: "x", form: .text))
        doc.signature = Signature(authority: "TM. ỦY BAN NHÂN DÂN", line: 9)
        doc.body = [Node(kind: .clause, label: "1", heading: "Thực hiện các nhiệm vụ tại Phụ lục II kèm theo.", line: 4, column: 1)]
        let found = Validator.check(doc, today: Self.today).filter { $0.rule == "A02" }
        #expect(found.map { "\($0.start.line):\($0.start.column) \($0.message)" } == ["4:39 the body names Phụ lục II, which the document does not contain"])
    }

    /// A model built by hand: E02 scans its text for footnote marks itself (a heading's mark where
    /// its node stands, a note with no mark at the note's line).
    @Test func aModelBuiltByHandIsScannedForNoteMarks() {
        var doc = Document(source: SourceInfo(path: "x", form: .text))
        doc.signature = Signature(authority: "KT. BỘ TRƯỞNG", line: 9)
        doc.body = [Node(kind: .article, label: "2", heading: "Mức chi[2]", line: 4, column: 1)]
        doc.notes = [Note(mark: "1", paragraphs: [Paragraph(text: "Điều này được sửa đổi …", line: 12)], line: 12)]
        let found = Validator.check(doc, today: Self.today).filter { $0.rule == "E02" }
        #expect(found.map { "\($0.start.line):\($0.start.column) \($0.message)" }
                == ["4:10 the footnote mark `[2]` has no note after the signature", "12:1 note `[1]` is marked nowhere in the text"])
    }

    /// An agency line in another case is the issuer's under an upper-case line, or when its first words
    /// name a body (the whole agency in title case): a site's line over it never joins the issuer.
    @Test func aSitesLineNeverJoinsTheIssuer() throws {
        let text = "Quyết định 318/QĐ-UBND năm 2024\nThuộc tính văn bản\n" + Self.text(Self.qd)
        let mixed = try DocumentReader.read(Array(text.replacing("TỈNH BẮC KẠN\n---", with: "Tỉnh Bắc Kạn\n---").utf8), path: "t.txt", form: .pipeText)
        #expect(mixed.header.issuerLines == ["ỦY BAN NHÂN DÂN", "Tỉnh Bắc Kạn"])
        let titled = try DocumentReader.read(Array(text.replacing("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n---", with: "Ủy ban nhân dân\nTỉnh Bắc Kạn\n---").utf8), path: "t.txt", form: .pipeText)
        #expect(titled.header.issuerLines == ["Ủy ban nhân dân", "Tỉnh Bắc Kạn"])
        #expect(titled.sourceMetadata.map(\.text).first == "Quyết định 318/QĐ-UBND năm 2024 Thuộc tính văn bản")
    }

    /// A misspelt authority prefix is named with the one it stands for.
    @Test func misspeltPrefixIsNamedWithItsForm() throws {
        let found = try Self.findings(Self.text(Self.qd).replacing("TM. ỦY BAN NHÂN DÂN", with: "T.M. ỦY BAN NHÂN DÂN")).filter { $0.rule == "K01" }
        #expect(found.map(\.message) == ["authority prefix `T.M.` is not one of TM., Q., KT., TL., TUQ.; write `TM.`"])
        // Without its last dot (`T.M`, `K.T`) the block is still the signature (it had been lost: two
        // closing paragraphs), and K01 names each prefix.
        let undotted = try Self.findings(Self.text(Self.qd).replacing("TM. ỦY BAN NHÂN DÂN", with: "T.M ỦY BAN NHÂN DÂN").replacing("KT. CHỦ TỊCH", with: "K.T CHỦ TỊCH")).filter { $0.rule == "K01" }
        #expect(undotted.map(\.message) == ["authority prefix `T.M` is not one of TM., Q., KT., TL., TUQ.; write `TM.`",
                                            "authority prefix `K.T` is not one of TM., Q., KT., TL., TUQ.; write `KT.`"])
        // A right prefix with the space after it typed away is named as such, not as a prefix `TM.ỦY`.
        let glued = try Self.findings(Self.text(Self.qd).replacing("TM. ỦY BAN NHÂN DÂN", with: "TM.ỦY BAN NHÂN DÂN")).filter { $0.rule == "K01" }
        #expect(glued.map(\.message) == ["authority prefix `TM.` runs into the words after it; write `TM. ỦY BAN NHÂN DÂN`"])
        #expect(glued.map(\.start) == [Position(line: 46, column: 1)] && glued.map(\.end) == [Position(line: 46, column: 4)])
    }

    /// A header copied line by line in rows (`Số: 41/2019/QĐ-UBND | Quảng Trị, ngày … |`) and one in a
    /// GFM table (`| Số: 36/KH-THCS | *Yên Đĩnh, ngày … * |`, past the italics' star): a field in the
    /// second cell is reported where its cell's text starts; it had been at the row's first column.
    @Test(arguments: [("text/quyet-dinh-41-qd-ubnd-tung-dong-inline.txt", "ngày 22 tháng 10 năm 2019", "ngày 32 tháng 10 năm 2019", 3, 26),
                      ("text/ke-hoach-36-kh-thcs-markitdown-lich.md", "ngày 22 tháng 9 năm 2025", "ngày 31 tháng 9 năm 2025", 4, 23)])
    func aFieldInARowStandsWhereItsCellDoes(_ file: String, _ old: String, _ new: String, _ line: Int, _ column: Int) throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/" + file)), as: UTF8.self)
        #expect(text.contains(old))
        let bytes = Array(text.replacing(old, with: new).utf8)
        let doc = try DocumentReader.read(bytes, path: file, form: nil)
        // As `check` shows it: in the line's own bytes.
        var columns = SourceColumns(doc, source: try SourceText(decoding: bytes))
        let found = Validator.check(doc, today: Self.today).filter { $0.rule == "D02" }
        #expect(found.map { columns.position($0.start) } == [Position(line: line, column: column)])
    }

    /// A date wrapped in a narrow column and not in the calendar is still the whole date line: D02
    /// names the date, and D01 finds nothing wrong with its shape (text as `pdftotext` writes it).
    @Test func wrappedImpossibleDateIsReadWhole() throws {
        let text = String(decoding: TestFiles.read(TestFiles.fixtures + "/text/ke-hoach-29-kh-ubnd-pdftotext.txt") ?? [], as: UTF8.self)
        let old = "Thái Nguyên, ngày 05 tháng\n3 năm 2024"
        #expect(text.contains(old))
        let doc = try DocumentReader.read(Array(text.replacing(old, with: "Thái Nguyên, ngày 31 tháng\n02 năm 2024").utf8), path: "t.txt", form: nil)
        #expect(doc.header.dateLine == "Thái Nguyên, ngày 31 tháng 02 năm 2024")
        let found = Validator.check(doc, today: Self.today).filter { $0.rule.hasPrefix("D0") }
        #expect(found.map { "\($0.rule) \($0.start.line) \($0.message)" } == ["D02 8 `ngày 31 tháng 02 năm 2024` is not a calendar date"])
    }

    /// Every rule says what it checks in Vietnamese too (`--list-rules`, SARIF's rule help), and only
    /// the catalogue's rules do.
    @Test func everyCatalogueRuleHasAVietnameseSummary() {
        #expect(Set(Catalogue.vietnamese.keys) == Set(Catalogue.rules.map(\.id)))
        for r in Catalogue.rules {
            #expect(r.summaryVietnamese != r.summary && !r.summaryVietnamese.isEmpty, "\(r.id)")
        }
    }

    @Test func everyCatalogueRuleHasACase() {
        // I01, I02, B01 and the Word page rules F01, F02 have tests of their own.
        let covered = Set(Self.cases.map(\.rule)).union(["I01", "I02", "B01", "F01", "F02"])
        #expect(Set(Catalogue.rules.map(\.id)).subtracting(covered).isEmpty)
        #expect(Catalogue.rules.map(\.id).count == Set(Catalogue.rules.map(\.id)).count)
    }

    @Test(arguments: ["quyet-dinh-318-qd-ubnd-ky-ba-dong", "ke-hoach-45-kh-ubnd-moi-cap-do", "cong-van-1234-ubnd-vx-kinh-gui", "thong-tu-12-tt-btc-mau-so-trong-phu-luc",
                      "ke-hoach-87-kh-syt-co-quan-chu-quan", "ke-hoach-29-kh-ubnd-dau-trang-xuong-dong", "nghi-quyet-24-2023-nq-hdnd-ky-hop",
                      "chi-thi-07-ct-ubnd-phong-chong-dich", "to-trinh-2314-ttr-ubnd-kinh-trinh",
                      "bao-cao-215-bc-ubnd-bang-trong-than", "thong-bao-118-tb-ubnd-ket-luan", "ke-hoach-45-kh-tu-dang-bo",
                      "cong-dien-05-cd-ubnd-bao-so-6", "giay-moi-215-gm-ubnd-hop-tien-do", "giay-moi-38-gm-ubnd-kinh-moi",
                      "quyet-dinh-1520-qd-ubnd-kem-danh-sach", "huong-dan-1876-hd-sgddt-nhiem-vu-nam-hoc",
                      "quyet-dinh-2210-qd-ubnd-khen-thuong-danh-sach-nhom", "quyet-dinh-2315-qd-ubnd-cong-bo-danh-muc-tthc",
                      "de-an-08-da-ubnd-phan-thu", "quyet-dinh-2290-qd-ubnd-bang-trong-dieu",
                      "bao-cao-320-bc-ubnd-phan-a-b", "nghi-dinh-118-2025-nd-cp-chuong-muc", "ke-hoach-77-kh-ubnd-ten-phu-luc-giua-cau",
                      "chuong-trinh-05-ctr-ubnd-dong-nhom-du-cot", "phuong-an-41-pa-ubnd-diem-cua-diem",
                      "bao-cao-156-bc-ubnd-tieu-de-hai-tang", "quyet-dinh-1620-qd-tu-can-cu-gach-dau-dong",
                      "thong-tu-21-2025-tt-byt-sua-doi-trich-dan", "ke-hoach-212-kh-thpt-nguoi-thuc-hien",
                      "ke-hoach-46-kh-tu-danh-so-gach-ngang", "bao-cao-157-bc-ubnd-bang-so-lieu-khong-stt",
                      "chuong-trinh-02-ctrph-stp-hlhpn-lien-tich", "giay-uy-quyen-05-guq-ubnd-hai-ben-ky",
                      "giay-gioi-thieu-112-ggt-snnmt-truong-tung-dong", "hop-dong-15-2025-hd-ubnd-dai-dien-hai-ben",
                      "chuong-trinh-18-ctr-ubnd-hanh-dong", "ke-hoach-33-kh-ubnd-diem-dau-cham",
                      "ke-hoach-27-kh-thcs-muc-ngoac-don", "thong-cao-05-tc-ubnd-bao-chi",
                      "quy-che-01-qcph-bchqs-cah-phoi-hop",
                      "bao-cao-68-bc-ktns-tham-tra",
                      "thong-tri-08-tt-tu-dai-hoi-chi-bo",
                      "ket-luan-150-kl-tu-tinh-hinh-kinh-te",
                      "giay-nghi-phep-45-gnp-bv-o-xac-nhan", "ban-ghi-nho-12-bgn-ubnd-hop-tac-dao-tao",
                      "quy-dinh-12-qdi-tu-trach-nhiem-nguoi-dung-dau", "bao-cao-95-bc-ubnd-so-thu-tu-gach-cheo",
                      "nghi-quyet-08-nq-du-chuyen-doi-so", "bao-cao-42-bc-ttyt-quyet-toan-ba-nguoi-ky",
                      "phieu-chuyen-125-pc-vp-don-cong-dan", "thong-tu-12-vbhn-btc-hop-nhat-chu-thich",
                      "thong-tu-lien-tich-07-2025-ttlt-btc-bnv-hai-bo-ky", "phieu-gui-36-pg-vp-van-ban-kem-theo",
                      "luat-08-vbhn-vpqh-hop-nhat-danh-sach-sua-doi", "lenh-12-2025-l-ctn-cong-bo-luat",
                      "nghi-quyet-lien-tich-03-2025-nqlt-cp-mttq-hai-co-quan", "ban-thoa-thuan-03-btt-ubnd-su-dung-chung",
                      "du-an-14-da-snnmt-trong-rung-ven-bien", "thong-bao-245-tb-ubnd-ket-luan-chu-thich",
                      "nghi-dinh-45-2024-nd-cp-sua-doi-ngoac-thang", "ke-hoach-310-kh-ubnd-nhom-co-kinh-phi",
                      "ke-hoach-12-kh-dtn-doan-xa", "ke-hoach-310-kh-ubnd-kinh-phi-hai-tang"])
    func cleanFixturesFireNothing(_ name: String) throws {
        let found = try Self.findings(Self.text(name))
        #expect(found.isEmpty, "\(found.map { "\($0.rule) \($0.start.line):\($0.start.column) \($0.message)" })")
    }

    /// `Phụ lục 1a` in the body names `PHỤ LỤC 1a` (A02 had asked for it), and a form sent with the
    /// plan (`Mẫu số 01`) is no phụ lục: A01 alone fires, for the Arabic numbers.
    @Test func appendicesNumberedWithALetterAreNamed() throws {
        let path = TestFiles.fixtures + "/text/ke-hoach-58-kh-ubnd-mau-dang-ky-kem-theo.txt"
        let doc = try DocumentReader.read(try #require(TestFiles.read(path)), path: path, form: nil)
        let found = Validator.check(doc, today: Self.today)
        #expect(found.map(\.rule) == ["A01", "A01"] && found.map(\.start.line) == [39, 47])
    }

    /// An OCR'd header whose motto Word typed with en dashes (`XÃ NGHĨA ĐÀN Độc lập – Tự do – Hạnh
    /// phúc`, the columns a space apart): the motto is read as the motto (it had run into the issuer's
    /// name, so H02 said it was missing and H03 that the name was not upper case), and H02 alone
    /// fires, at its dashes.
    @Test func anEnDashedMottoBesideTheIssuerIsTheMotto() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/text/cong-van-128-ubnd-vp-ocr-tieu-ngu-gach-dai.txt")
        #expect(doc.header.issuer == "ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÀN" && doc.header.motto == "Độc lập – Tự do – Hạnh phúc")
        let found = Validator.check(doc, today: Self.today)
        #expect(found.map { "\($0.rule) \($0.start.line):\($0.start.column)" } == ["H02 2:18"])
    }

    /// A Nghị định as wrapped text (as `pdftotext` writes a PDF without `-layout`) whose title is
    /// printed over three lines, the cited decree's number on the first and its date and issuer on
    /// the second: the citation is read across them (no C02 at the title); its amendments in straight
    /// quotes are the amending clauses' text (no S01 for the quoted clauses' `1.`, no A02 for the
    /// amended decree's Phụ lục I).
    @Test func aWrappedTitlesCitationAndStraightQuotesFireNothing() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/text/nghi-dinh-45-2024-nd-cp-ngat-dong-ngoac-thang.txt")
        #expect(doc.header.title == "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 15/2018/NĐ-CP NGÀY 02 THÁNG 02 NĂM 2018 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT AN TOÀN THỰC PHẨM")
        let found = Validator.check(doc, today: Self.today)
        #expect(found.isEmpty, "\(found.map { "\($0.rule) \($0.start.line):\($0.start.column) \($0.message)" })")
    }

    @Test func toneMarkPlacementVariantsPass() throws {
        let text = Self.text(Self.qd).replacing("CỘNG HÒA XÃ HỘI", with: "CỘNG HOÀ XÃ HỘI")
        #expect(try Self.findings(text).filter { $0.rule == "H01" }.isEmpty)
    }

    @Test func cutShortInputIsReportedNotAnError() throws {
        let found = try Self.findings(Self.text("ke-hoach-156-kh-ubnd-cat-giua-bang"))
        #expect(found.contains { $0.rule == "I01" && $0.start.line == 48 && $0.severity == .warning })
        #expect(!found.contains { $0.severity == .error })
    }

    /// Another document under a number already used is B01 (another title, or another day); a
    /// copy of the same document (the file twice, or a copy whose title lost spaces) is not.
    @Test(arguments: [
        ("VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP", "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC", true),
        ("25 tháng 3 năm 2024", "28 tháng 3 năm 2024", true),
        ("VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP", "VỀ VIỆCBAN HÀNH QUY CHẾ PHỐIHỢP", false),
        ("VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP", "Về việc ban hành Quy chế phối hợp", false),
        ("", "", false),
    ])
    func sameNumberTwiceInABatch(_ from: String, _ to: String, reused: Bool) throws {
        let a = try DocumentReader.read(Array(Self.text(Self.qd).utf8), path: "a.txt", form: .pipeText)
        let edited = from.isEmpty ? Self.text(Self.qd) : Self.text(Self.qd).replacing(from, with: to)
        #expect(from.isEmpty || edited != Self.text(Self.qd))
        let b = try DocumentReader.read(Array(edited.utf8), path: "b.txt", form: .pipeText)
        let other = try DocumentReader.read(Array(Self.text(Self.kh).utf8), path: "c.txt", form: .pipeText)
        let found = Validator.checkBatch([a, other, b])
        if reused {
            #expect(found.keys.sorted() == [2])
            #expect(found[2]?.first?.rule == "B01")
            #expect(found[2]?.first?.message.hasSuffix("already, in a.txt") == true)
            #expect(found[2]?.first?.start == Position(line: 10, column: 1))
        } else {
            #expect(found.isEmpty)
        }
    }

    @Test func configurationDisablesAndChangesSeverity() throws {
        let text = Self.text(Self.qd).replacing("thi hành Quyết định này./.", with: "thi hành Quyết định này.")
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(Validator.check(doc, configuration: Configuration(disabled: ["E01"]), today: Self.today).isEmpty)
        let raised = Validator.check(doc, configuration: Configuration(severities: ["E01": .error]), today: Self.today)
        #expect(raised.map(\.severity) == [.error])
    }

    /// A law of the National Assembly closes with its adoption clause and the Chairman's signature:
    /// no `Nơi nhận`, no `./.`. Neither R01 nor E01 is asked of it; the other rules are.
    @Test func aLawOfTheNationalAssemblyHasNoRecipientsOrEndMark() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/luat-05-2025-qh15-so-luat-trong-dau.txt")
        #expect(doc.recipients.isEmpty && doc.signature?.position == "CHỦ TỊCH QUỐC HỘI")
        let rules = Set(Validator.check(doc, today: Self.today).map(\.rule))
        #expect(!rules.contains("R01") && !rules.contains("E01"))
        // The same ending under a provincial committee's number is held to Decree 30.
        let text = Self.text("luat-05-2025-qh15-so-luat-trong-dau")
            .replacing("QUỐC HỘI\n_", with: "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n_").replacing("05/2025/QH15", with: "05/2025/QĐ-UBND")
        let provincial = try DocumentReader.read(Array(text.utf8), path: "p.txt", form: .pipeText)
        #expect(!Doc.isOfNationalAssembly(provincial))
        #expect(Set(Validator.check(provincial, today: Self.today).map(\.rule)).isSuperset(of: ["R01", "E01"]))
    }

    @Test func profiles() throws {
        let normative = Self.text(Self.qd).replacing("Số: 318/QĐ-UBND", with: "Số: 18/2024/QĐ-UBND")
        #expect(Profile.detect(try DocumentReader.read(Array(normative.utf8), path: "n", form: .pipeText)) == .normative)
        let party = Self.text(Self.qd).replacing("Số: 318/QĐ-UBND", with: "Số: 59-NQ/TW").replacing("CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM", with: "ĐẢNG CỘNG SẢN VIỆT NAM")
        let partyDoc = try DocumentReader.read(Array(party.utf8), path: "p", form: .pipeText)
        #expect(Profile.detect(partyDoc) == .party)
        // The Party header replaces the national name: H01 and H02 do not apply.
        #expect(Validator.check(partyDoc, today: Self.today).filter { $0.rule == "H01" || $0.rule == "H02" }.isEmpty)
    }

    /// A number whose serial is left blank (`Số:      /QĐ-UBND`, a draft or a copy numbered by hand,
    /// as the corpus's Word Kế hoạch of a school) is told so, not that it is no number.
    @Test func blankSerialIsToldSo() throws {
        let blank = Self.text(Self.qd).replacing("Số: 318/QĐ-UBND", with: "Số:      /QĐ-UBND")
        let n01 = try Self.findings(blank).filter { $0.rule == "N01" }
        #expect(n01.count == 1 && n01.first?.message == "the serial of `/QĐ-UBND` is blank (a draft, or a copy numbered by hand when issued)")
    }

    /// N01's messages for a label without its colon and an over-padded serial; the Party prints its
    /// number without a colon (`Số 45-KH/TU`), which is its own form.
    @Test func numberLabelAndPadding() throws {
        let bare = try Self.findings(Self.text(Self.qd).replacing("Số: 318/QĐ-UBND", with: "Số 318/QĐ-UBND")).filter { $0.rule == "N01" }
        #expect(bare.map(\.message) == ["the number's label `Số` lacks its colon: write `Số: 318/QĐ-UBND`"])
        let padded = try Self.findings(Self.text(Self.qd).replacing("Số: 318/QĐ-UBND", with: "Số: 007/QĐ-UBND")).filter { $0.rule == "N01" }
        #expect(padded.map(\.message) == ["only serial numbers below 10 take a leading zero: write `07`, not `007`"])
        let lower = try Self.findings(Self.text(Self.qd).replacing("Số: 318/QĐ-UBND", with: "Số: 318/qđ-ubnd"))
        #expect(lower.filter { $0.rule == "N01" || $0.rule == "N03" }.isEmpty && lower.contains { $0.rule == "N02" })
        let party = Self.text("ke-hoach-45-kh-tu-dang-bo")
        #expect(party.contains("\nSố 45-KH/TU\n"))
        #expect(try Self.findings(party).filter { $0.rule == "N01" }.isEmpty)
    }

    /// K01 asks its rules of each co-signer too: the chair of a Biên bản, beside its secretary.
    @Test func coSignersAreCheckedToo() throws {
        let text = Self.text("bien-ban-12-bb-ubnd-hai-nguoi-ky")
        #expect(try Self.findings(text).filter { $0.rule == "K01" }.isEmpty)
        let titled = text.replacing("(Đã ký)\nNguyễn Văn An", with: "(Đã ký)\nTS. Nguyễn Văn An")
        #expect(titled != text)
        let k01 = try Self.findings(titled).filter { $0.rule == "K01" }
        #expect(k01.map(\.start) == [Position(line: 38, column: 1)] && k01.first?.message.contains("`TS.`") == true)
    }

    /// A Party document signs and lists its recipients in the Party's own forms (`T/M BAN THƯỜNG VỤ`,
    /// `- Ban Bí thư (b/c),`); the same forms in a state document are still reported.
    @Test func partyFormsAreThePartysOwn() throws {
        let party = Self.text("ke-hoach-45-kh-tu-dang-bo")
        let partyDoc = try DocumentReader.read(Array(party.utf8), path: "p", form: .pipeText)
        #expect(Profile.detect(partyDoc) == .party)
        #expect(partyDoc.signature?.authorityLines == ["T/M BAN THƯỜNG VỤ"])
        #expect(partyDoc.recipients.first == "- Ban Bí thư (b/c),")
        #expect(Validator.check(partyDoc, today: Self.today).filter { $0.rule == "K01" || $0.rule == "R01" }.isEmpty)
        let state = Self.text(Self.qd).replacing("TM. ỦY BAN NHÂN DÂN", with: "T/M ỦY BAN NHÂN DÂN").replacing("- Như Điều 3;", with: "- Như Điều 3,")
        let stateFindings = try Self.findings(state)
        #expect(stateFindings.contains { $0.rule == "K01" && $0.message.contains("write `TM.`") })
        #expect(stateFindings.contains { $0.rule == "R01" && $0.message.contains("does not end with `;`") })
    }

    /// The last legal basis before `Thực hiện …` or an enacting sentence (`Bộ trưởng … ban hành Thông tư …`)
    /// ends with `;`, as normative documents and plans print it.
    @Test func lastBasisBeforeAnEnactingSentence() throws {
        let tt = Self.text("thong-tu-12-tt-btc-mau-so-trong-phu-luc")
        let enacting = tt.replacing("Theo đề nghị của Cục trưởng Cục Chính sách thuế, phí và lệ phí;\n", with: "")
        #expect(enacting != tt)
        #expect(!(try Self.findings(enacting)).contains { $0.rule == "C01" })
        let carried = tt.replacing("Theo đề nghị của Cục trưởng", with: "Thực hiện ý kiến của Cục trưởng")
        #expect(!(try Self.findings(carried)).contains { $0.rule == "C01" })
        // Before anything else, the last basis still ends with `.`.
        let bare = enacting.replacing("Bộ trưởng Bộ Tài chính ban hành Thông tư quy định hồ sơ hoàn trả phí kiểm định\nphương tiện thủy nội địa.\n", with: "")
        #expect(bare != enacting)
        #expect(try Self.findings(bare).contains { $0.rule == "C01" && $0.message.contains("does not end with `.`") })
    }

    /// Some Nghị quyết of National Assembly bodies carry no place and date line; the law allows it, so D01 is
    /// silent for them and only for them.
    @Test func nationalAssemblyBodiesMayOmitPlaceAndDate() throws {
        let undated = Self.text(Self.qd).replacing("Bắc Kạn, ngày\n25 tháng 3 năm 2024\n|\n", with: "")
        #expect(try Self.findings(undated).contains { $0.rule == "D01" && $0.message.contains("no place and date line") })
        let assembly = undated.replacing("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n", with: "ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n")
        #expect(assembly != undated)
        #expect(!(try Self.findings(assembly)).contains { $0.rule == "D01" })
    }
}

/// Cross-checks on mutated copies of the real seed document.
@Suite(.enabled(if: TestFiles.hasShared, "../shared is absent"))
struct SeedMutationTests {
    static func findings(_ edits: [(String, String)]) throws -> [Finding] {
        var text = String(decoding: TestFiles.read(TestFiles.seed) ?? [], as: UTF8.self)
        for (old, new) in edits {
            #expect(text.contains(old))
            text = text.replacing(old, with: new)
        }
        let doc = try DocumentReader.read(Array(text.utf8), path: "seed", form: .pipeText)
        return Validator.check(doc, today: RuleTests.today)
    }

    @Test func appendixNoteWithAnotherNumber() throws {
        let f = try Self.findings([("(Kèm theo Kế hoạch hành động số 202/KH-UBND ngày 01 tháng 10 năm 2021 của Ủy\nban nhân dân thành phố)\nTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì đề xuất", "(Kèm theo Kế hoạch hành động số 203/KH-UBND ngày 01 tháng 10 năm 2021 của Ủy\nban nhân dân thành phố)\nTT\n|\nNhiệm vụ\n|\nCơ quan chủ trì đề xuất")])
        #expect(f.contains { $0.rule == "A01" && $0.start.line == 868 && $0.message.contains("203/KH-UBND") })
    }

    @Test func missingClauseBreaksTheNumbering() throws {
        let f = try Self.findings([("3. Giao Giám đốc Sở Kế\nhoạch và Đầu tư theo dõi", "5. Giao Giám đốc Sở Kế\nhoạch và Đầu tư theo dõi")])
        #expect(f.contains { $0.rule == "S01" && $0.start.line == 561 && $0.severity == .error })
    }

    @Test func typeAndNumberDisagree() throws {
        let f = try Self.findings([("Số: 202/KH-UBND", "Số: 202/QĐ-UBND")])
        #expect(f.contains { $0.rule == "N03" && $0.start.line == 10 })
    }

    @Test func citationDatedAfterTheDocument() throws {
        let f = try Self.findings([("Chỉ thị số 05/CT-UBND ngày 7 tháng 5 năm 2021", "Chỉ thị số 05/CT-UBND ngày 7 tháng 5 năm 2022")])
        #expect(f.contains { $0.rule == "X03" && $0.start.line == 521 })
    }

    /// Appendices lettered (`PHỤ LỤC A`, named `phụ lục A` in the body) are named, as numbered ones
    /// are (A02 silent: the mentions' letters had not been read as numbers); A01 still asks for Roman.
    @Test func appendicesLetteredAndNamed() throws {
        let f = try Self.findings([("(Đính kèm phụ lục I, phụ lục\nII và phụ lục III)", "(Đính kèm phụ lục A, phụ lục\nB và phụ lục C)"),
                                   ("\nPHỤ LỤC I\n", "\nPHỤ LỤC A\n"), ("\nPHỤ LỤC II\n", "\nPHỤ LỤC B\n"), ("\nPHỤ LỤC III\n", "\nPHỤ LỤC C\n")])
        #expect(!f.contains { $0.rule == "A02" })
        #expect(f.filter { $0.rule == "A01" }.count == 3)
    }

    @Test func appendixNamedButAbsent() throws {
        let f = try Self.findings([("(Đính kèm phụ lục I, phụ lục\nII và phụ lục III)", "(Đính kèm phụ lục I, phụ lục\nII, phụ lục III và phụ lục IV)")])
        #expect(f.contains { $0.rule == "A02" && $0.message.contains("Phụ lục IV") })
    }
}

/// F01, F02: the page rules, on Word files only.
@Suite struct PageRuleTests {
    /// F01 and F02 read the page a Word file sets: our own Word output (A4, 20/20/30/15 mm, Times New
    /// Roman) passes; Letter paper, Word's 1-inch margins and Arial do not; text sets no page.
    @Test func wordPageRules() throws {
        let clean = try DocumentReader.read(Array(RuleTests.text(RuleTests.qd).utf8), path: "t.txt", form: .pipeText)
        #expect(Validator.check(clean, today: RuleTests.today).filter { $0.rule.hasPrefix("F") }.isEmpty)
        let ours = DocxWriter.package(documentXML: DocumentRenderer.render(clean, as: .wordML))
        let oursDoc = try DocumentReader.read(ours, path: "t.docx")
        #expect(oursDoc.page?.fonts == ["Times New Roman"])
        #expect(Validator.check(oursDoc, today: RuleTests.today).filter { $0.rule.hasPrefix("F") }.isEmpty)
        // The same document on Letter paper, 25.4 mm margins all round, in Arial.
        let letter = DocumentRenderer.render(clean, as: .wordML)
            .replacing("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>", with: "<w:pgSz w:w=\"12240\" w:h=\"15840\"/>")
            .replacing("w:top=\"1134\" w:right=\"851\" w:bottom=\"1134\" w:left=\"1701\"", with: "w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"")
            .replacing("<w:r><w:t xml:space=\"preserve\">Độc lập", with: "<w:r><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/></w:rPr><w:t xml:space=\"preserve\">Độc lập")
        let doc = try DocumentReader.read(DocxWriter.package(documentXML: letter), path: "t.docx")
        let found = Validator.check(doc, today: RuleTests.today)
        #expect(found.filter { $0.rule == "F01" }.map(\.message) == [
            "the paper is 216 × 279 mm, not A4 (210 × 297 mm)",
            "the left margin is 25 mm, outside 30–35 mm", "the right margin is 25 mm, outside 15–20 mm",
        ])
        #expect(found.filter { $0.rule == "F02" }.map(\.message) == ["text is set in Arial, not Times New Roman"])
        #expect(found.filter { $0.rule.hasPrefix("F") }.allSatisfy { $0.start.line == 1 && $0.severity == .warning })
    }
}

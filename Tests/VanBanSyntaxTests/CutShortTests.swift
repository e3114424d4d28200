import Testing
import VanBanModel
import VanBanReader
import VanBanTestSupport
@testable import VanBanSyntax

/// I01 says where a pasted excerpt stops mid-sentence, and only there: a text may end without a stop
/// in a heading over a form's image, or in a table's text laid out a cell a line.
@Suite struct CutShortTests {
    static func cut(_ text: String) throws -> [Diagnostic] {
        try DocumentReader.read(Array(text.utf8), path: "t.txt", form: nil).diagnostics.filter { $0.rule == "I01" }
    }

    static let head = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        + "Số: 33/KH-UBND\n\nThái Nguyên, ngày 14 tháng 02 năm 2025\n\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH\n\n"

    /// `pdftotext` without `-layout` writes an appendix table a cell a line; its last cell ends the text.
    @Test(arguments: ["ke-hoach-33-kh-ubnd-pdftotext", "ke-hoach-45-kh-ubnd-pdftotext", "ke-hoach-88-kh-ubnd-pdftotext", "ke-hoach-112-kh-ubnd-pdftotext"])
    func aTableLaidOutACellALineIsNotCutShort(_ name: String) throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/text/\(name).txt")), as: UTF8.self)
        #expect(try Self.cut(text).isEmpty)
    }

    @Test func aShortHeadingThatEndsTheTextIsNotCutShort() throws {
        #expect(try Self.cut(Self.head + "I. QUY ĐỊNH CHUNG\n\n1. Hình thức của mẫu chứng nhận.\n\nII. MẪU CỤ THỂ\n\n1. Mẫu số 1\n\n2. Mẫu số 2\n").isEmpty)
    }

    @Test(arguments: [
        // An article cut after its first words, and a recipients list cut in its last item.
        ("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính.\n\nĐiều 2. Quyết định này có hiệu lực thi h\n", 16),
        ("Các cơ quan thực hiện Kế hoạch này./.\n\nNơi nhận:\n- Bộ Y tế;\n- Sở Nội vụ;\n- Chủ tịch, các PCT UBND tỉnh;\n- CVP, c\n", 20),
    ])
    func anExcerptCutMidSentenceIsCutShort(_ body: String, _ line: Int) throws {
        #expect(try Self.cut(Self.head + body).map(\.line) == [line])
    }

    /// The same short lines, no longer a table's: a page of a Thông tư that ends in `3. Mẫu số 3` over
    /// an image.
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func aPageEndingInAFormsHeadingIsNotCutShort() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/html/thong-tu-63-2025-tt-bct-san-pham-cnnt.html")
        #expect(!doc.diagnostics.contains { $0.rule == "I01" })
    }
}

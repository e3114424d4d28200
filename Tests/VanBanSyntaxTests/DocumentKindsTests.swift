import Testing
import VanBanModel
import VanBanTestSupport
@testable import VanBanSyntax

/// Kinds of documents by their own structure: an Đề án (scheme) in parts numbered by ordinal words.
@Suite struct DocumentKindsTests {
    /// `PHẦN THỨ NHẤT` over its heading on the next line: a part labelled by its ordinal, the
    /// sections under it, and the Roman numbering restarting in each part (S01 finds nothing).
    @Test func aSchemeInPartsNumberedByOrdinalWords() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/de-an-08-da-ubnd-phan-thu.txt")
        #expect(doc.header.type == "ĐỀ ÁN" && doc.header.title == "Phát triển du lịch cộng đồng tỉnh Hà Giang giai đoạn 2024 - 2030")
        #expect(doc.body.map(\.kind) == [.part, .part, .part])
        #expect(doc.body.map(\.label) == ["THỨ NHẤT", "THỨ HAI", "THỨ BA"])
        #expect(doc.body.map(\.heading) == ["SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN", "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"])
        #expect(doc.body.map(\.line) == [17, 27, 42])
        #expect(doc.body[1].children.map(\.label) == ["I", "II"])
        #expect(doc.body[2].children.map(\.kind) == [.clause, .clause])
        #expect(doc.preamble.isEmpty && doc.closing.isEmpty && doc.signature?.name == "Nguyễn Văn Sơn")
    }
}

import Testing
import VanBanModel
import VanBanSyntax
import VanBanTestSupport

/// Every pipe-text document of `../shared/corpus/pipe-text` parses with the header facts it prints.
/// They are excerpts (the first 2,000 bytes of a page), so each also ends with a cut-off diagnostic.
@Suite(.enabled(if: TestFiles.hasShared, "../shared is absent"))
struct CorpusPipeTextTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let file: String
        let number: String?
        let date: String?
        let type: String?
        let issuer: String?
        let title: String?
        var testDescription: String { file }
    }

    static let expected: [Expected] = [
        Expected(file: "chi-thi-16-2001-ct-ttg-ke-hoach-2002-khong-co-khoi-dau", number: "16/2001/CT-TTG", date: "2001-06-21", type: "CHỈ THỊ", issuer: "THỦ TƯỚNG CHÍNH PHỦ",
                 title: "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - Xà HỘI VÀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2002"),
        Expected(file: "chuong-trinh-13222-ctr-ubnd-2022-ba-ria-vung-tau-doi-ngoai-nhan-dan", number: nil, date: nil, type: "CHƯƠNG TRÌNH", issuer: nil,
                 title: "TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW NGÀY 05 THÁNG 01 NĂM 2022 CỦA BAN BÍ THƯ VỀ TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG, NÂNG CAO HIỆU QUẢ ĐỐI NGOẠI NHÂN DÂN TRONG TÌNH HÌNH MỚI"),
        Expected(file: "ke-hoach-135-kh-ubnd-2022-soc-trang-ra-soat-ho-ngheo", number: "135/KH-UBND", date: "2022-09-27", type: "KẾ HOẠCH", issuer: "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG",
                 title: "RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG NĂM 2022"),
        Expected(file: "ke-hoach-1556-kh-ubnd-2024-lai-chau-ocop", number: "1556/KH-UBND", date: "2024-04-25", type: "KẾ HOẠCH", issuer: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
                 title: "THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM (OCOP) TRÊN ĐỊA BÀN TỈNH LAI CHÂU NĂM 2024"),
        Expected(file: "ke-hoach-1576-kh-ubnd-2019-ho-chi-minh-danh-gia-hai-long-doan-giua", number: nil, date: nil, type: nil, issuer: nil, title: nil),
        Expected(file: "ke-hoach-196-kh-ubnd-2023-vinh-phuc-chi-so-xanh-pgi", number: "196/KH-UBND", date: "2023-07-12", type: "KẾ HOẠCH", issuer: "ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC",
                 title: "CẢI THIỆN, NÂNG CAO CHỈ SỐ XANH CẤP TỈNH (PGI) ĐẾN NĂM 2025"),
        Expected(file: "ke-hoach-211-kh-ubnd-2021-tuyen-quang-sang-loc-truoc-sinh", number: "211/KH-UBND", date: "2021-11-27", type: "KẾ HOẠCH", issuer: "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
                 title: "THỰC HIỆN QUYẾT ĐỊNH SỐ 1999/QĐ-TTG NGÀY 07/12/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ PHÊ DUYỆT CHƯƠNG TRÌNH MỞ RỘNG TẦM SOÁT, CHẨN ĐOÁN, ĐIỀU TRỊ MỘT SỐ BỆNH, TẬT TRƯỚC SINH VÀ SƠ SINH ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG"),
        Expected(file: "ke-hoach-383-kh-ubnd-2022-tien-giang-chuyen-doi-so-nong-thon-moi", number: "383/KH-UBND", date: "2022-12-07", type: "KẾ HOẠCH", issuer: "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG",
                 title: "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI, HƯỚNG TỚI NÔNG THÔN MỚI THÔNG MINH TRÊN ĐỊA BÀN TỈNH TIỀN GIANG GIAI ĐOẠN 2022-2025"),
        Expected(file: "ke-hoach-398-kh-ubnd-2021-thua-thien-hue-cai-cach-hanh-chinh", number: "398/KH-UBND", date: "2021-12-25", type: "KẾ HOẠCH", issuer: "ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ",
                 title: "THỰC HIỆN CẢI CÁCH HÀNH CHÍNH GẮN VỚI CHÍNH QUYỀN SỐ, DỊCH VỤ ĐÔ THỊ THÔNG MINH TRÊN ĐỊA BÀN TỈNH THỪA THIÊN HUẾ NĂM 2022"),
        Expected(file: "quyet-dinh-06-2024-qd-ubnd-kon-tum-che-do-bao-cao", number: "06/2024/QĐ-UBND", date: "2024-01-25", type: "QUYẾT ĐỊNH", issuer: "ỦY BAN NHÂN DÂN TỈNH KON TUM",
                 title: "QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH KON TUM"),
        Expected(file: "quyet-dinh-1209-qd-ubnd-2013-ha-giang-quy-che-ban-chi-dao-dan-so", number: "1209/QĐ-UBND", date: "2013-06-24", type: "QUYẾT ĐỊNH", issuer: "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
                 title: "VỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH TỈNH HÀ GIANG, GIAI ĐOẠN 2013-2015"),
        Expected(file: "quyet-dinh-1256-qd-ubnd-2021-quang-ngai-cai-cach-hanh-chinh", number: "1256/QĐ-UBND", date: "2021-12-22", type: "QUYẾT ĐỊNH", issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
                 title: "BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH; NÂNG CAO THỨ HẠNG CÁC CHỈ SỐ CẢI CÁCH HÀNH CHÍNH, HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG, NĂNG LỰC CẠNH TRANH CẤP TỈNH GIAI ĐOẠN 2021 - 2025"),
        Expected(file: "quyet-dinh-1528-qd-ubnd-2021-binh-dinh-cong-tac-xa-hoi", number: "1528/QĐ-UBND", date: "2021-04-29", type: "QUYẾT ĐỊNH", issuer: "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH",
                 title: "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021 - 2025"),
        Expected(file: "quyet-dinh-216-qd-ubnd-2023-quang-nam-long-ghep-nguon-von", number: "216/QĐ-UBND", date: "2023-02-06", type: "QUYẾT ĐỊNH", issuer: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
                 title: "VỀ VIỆC TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 41/2022/NQ-HĐND NGÀY 09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ QUY ĐỊNH CƠ CHẾ LỒNG GHÉP NGUỒN VỐN, HUY ĐỘNG NGUỒN VỐN VÀ TỶ LỆ SỐ LƯỢNG DỰ ÁN ĐẦU TƯ XÂY DỰNG THỰC HIỆN THEO CƠ CHẾ ĐẶC THÙ TRONG CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TRÊN ĐỊA BÀN TỈNH QUẢNG NAM GIAI ĐOẠN 2021 - 2025"),
        Expected(file: "thong-tu-05-2008-tt-byt-bo-may-dan-so", number: "05/2008/TT-BYT", date: "2008-05-14", type: "THÔNG TƯ", issuer: "BỘ Y TẾ",
                 title: "HƯỚNG DẪN CHỨC NĂNG, NHIỆM VỤ VÀ CƠ CẤU TỔ CHỨC BỘ MÁY DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH Ở ĐỊA PHƯƠNG"),
    ]

    @Test func everyCorpusFileHasAnExpectation() {
        let files = TestFiles.list(TestFiles.corpus + "/pipe-text", suffix: ".txt").filter { !$0.hasSuffix(".source.txt") }
        #expect(files.count == 15)
        #expect(files.map { String($0.dropLast(4)) } == Self.expected.map(\.file))
    }

    @Test(arguments: expected)
    func headerFacts(_ e: Expected) throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/pipe-text/" + e.file + ".txt")
        #expect(doc.source.form == .pipeText)
        #expect(doc.header.number == e.number)
        #expect(doc.header.date == e.date)
        #expect(doc.header.type == e.type)
        #expect(doc.header.issuer == e.issuer)
        #expect(doc.header.title == e.title)
        // Every file is an excerpt: the parser says where it stops, and never errs.
        #expect(doc.diagnostics.contains { $0.rule == "I01" || $0.rule == "I02" })
        #expect(!doc.diagnostics.contains { $0.severity == .error })
    }

    @Test func quyetDinhKeepsAuthorityAndEnactingWordsOutOfTitle() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/pipe-text/quyet-dinh-1209-qd-ubnd-2013-ha-giang-quy-che-ban-chi-dao-dan-so.txt")
        #expect(doc.header.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG")
        #expect(doc.header.enactingWords == "QUYẾT ĐỊNH:")
        #expect(doc.preamble.map { String($0.text.prefix(6)) } == ["Căn cứ", "Căn cứ", "Căn cứ", "Xét đề"])
        #expect(doc.body.map(\.kind) == [.article, .article])
        #expect(doc.recipients.first == "- Bộ Y tế;")
    }

    @Test func loneArticleMarkerJoinsItsText() throws {
        // "Điều 1." alone on its line, text on the next.
        let doc = try TestFiles.parse(TestFiles.corpus + "/pipe-text/quyet-dinh-1528-qd-ubnd-2021-binh-dinh-cong-tac-xa-hoi.txt")
        #expect(doc.body.map(\.label) == ["1", "2", "3"])
        #expect(doc.body[0].heading == "Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình phát triển công tác xã hội trên địa bàn tỉnh Bình Định giai đoạn 2021 - 2025.")
        // "Sở Lao động" / "- Thương binh và Xã hội" is a wrap inside a name, not a dash item.
        #expect(doc.preamble.last?.text == "Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày 06/4/2021.")
        #expect(doc.body[2].children.isEmpty)
    }

    /// A heading with no stop over its dash list (`1. Mục đích` / `- Tăng cường … bền vững;` / `- Đào
    /// tạo …`) ends at its line: the first item was run into it before.
    @Test func aHeadingWithoutStopKeepsItsDashItems() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/pipe-text/ke-hoach-1556-kh-ubnd-2024-lai-chau-ocop.txt")
        let purpose = try #require(doc.body.first?.children.first)
        #expect(purpose.label == "1" && purpose.heading == "Mục đích" && purpose.line == 32)
        #expect(purpose.children.map(\.kind) == [.dash, .dash])
        #expect(purpose.children.first?.heading.hasPrefix("Tăng cường công tác tuyên truyền, tập huấn") == true)
        #expect(purpose.children.first?.line == 33)
    }

    @Test func lawsCitedByNameAndDate() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/pipe-text/quyet-dinh-06-2024-qd-ubnd-kon-tum-che-do-bao-cao.txt")
        let laws = doc.citations.filter { $0.type == "Luật" }
        #expect(laws.contains { $0.name == "Luật Tổ chức chính quyền địa phương" && $0.date == "2015-06-19" })
        #expect(laws.contains { $0.name == "Luật Công nghệ thông tin" && $0.date == "2006-06-29" })
        #expect(laws.allSatisfy { $0.number == nil })
    }
}

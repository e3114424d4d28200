import Foundation
import Testing
import VanBanModel
import VanBanReader
import VanBanTestSupport
@testable import VanBanSyntax

/// The lines under the type line: the title (trích yếu), then, for a Quyết định or Nghị quyết, the
/// authority that enacts it; and the adoption clause that closes a law or a council's resolution.
@Suite struct TitleAndAuthorityTests {
    static let council = "pipe-text/nghi-quyet-24-2023-nq-hdnd-ky-hop"
    static let decision = "pipe-text/quyet-dinh-318-qd-ubnd-ky-ba-dong"

    static func read(_ text: String, form: InputForm = .pipeText) throws -> Document {
        try DocumentReader.read(Array(text.utf8), path: "t.txt", form: form)
    }

    static func text(_ name: String) throws -> String {
        let path = TestFiles.fixtures + "/" + name + ".txt"
        return String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
    }

    /// A council's resolution: its name over its term and session is the authority, apart from a
    /// title of one line that the wrapped text ran on into it.
    @Test func councilNameAndSessionAreTheAuthority() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/" + Self.council + ".txt")
        #expect(doc.header.type == "NGHỊ QUYẾT")
        #expect(doc.header.title == "QUY ĐỊNH MỨC CHI HỖ TRỢ CÔNG TÁC DÂN SỐ TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH")
        #expect(doc.header.authority == "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG BÌNH KHÓA XVIII, KỲ HỌP THỨ 14")
        #expect(doc.header.positions[.authority] == Position(line: 17, column: 1))
    }

    /// The title in sentence case, as Decree 30 prints it, with the council's name run into its
    /// line by hard-wrapped text (the case changes there) and on a line of its own.
    @Test(arguments: [InputForm.pipeText, .text])
    func sentenceCaseTitleOverTheCouncil(_ form: InputForm) throws {
        let upper = try Self.text(Self.council)
        let sentence = upper.replacing("QUY ĐỊNH MỨC CHI HỖ TRỢ CÔNG TÁC DÂN SỐ TRÊN ĐỊA BÀN TỈNH QUẢNG BÌNH\n",
                                       with: "Quy định mức chi hỗ trợ công tác dân số trên địa bàn tỉnh Quảng Bình\n")
        #expect(sentence != upper)
        let doc = try Self.read(form == .text ? sentence.replacing("\n|\n", with: "\n\n") : sentence, form: form)
        #expect(doc.header.title == "Quy định mức chi hỗ trợ công tác dân số trên địa bàn tỉnh Quảng Bình")
        #expect(doc.header.authority == "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG BÌNH KHÓA XVIII, KỲ HỌP THỨ 14")
        #expect(doc.preamble.first?.text.hasPrefix("Căn cứ Luật Tổ chức chính quyền địa phương") == true)
    }

    /// `Nghị quyết này đã được Hội đồng nhân dân … thông qua …` after the last article is the
    /// document's closing, not the last clause's text, even where the clause's last line is full.
    @Test func adoptionClauseClosesTheDocument() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/" + Self.council + ".txt")
        #expect(doc.closing.map(\.text) == ["Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Bình Khóa XVIII, Kỳ họp thứ 14 thông qua ngày 08 tháng 12 năm 2023 và có hiệu lực từ ngày 18 tháng 12 năm 2023./."])
        #expect(doc.closing.first?.line == 47)
        let lastClause = try #require(doc.body.last?.children.last)
        #expect(lastClause.heading.hasSuffix("giám sát việc thực hiện Nghị quyết này."))
    }

    /// A directive's request may open its paragraph (`Yêu cầu Thủ trưởng các sở … thực hiện Chỉ thị này./.`).
    @Test func directiveRequestOpeningItsParagraph() throws {
        let text = try Self.text("pipe-text/chi-thi-07-ct-ubnd-phong-chong-dich")
        let opening = text.replacing("""
            Chủ tịch Ủy ban nhân
            dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các
            huyện, thành phố, thị xã nghiêm túc thực hiện Chỉ thị này./.
            """, with: """
            Yêu cầu Thủ trưởng các
            sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã nghiêm túc
            thực hiện Chỉ thị này./.
            """)
        #expect(opening != text)
        let doc = try Self.read(opening)
        #expect(doc.closing.map { String($0.text.prefix(20)) } == ["Yêu cầu Thủ trưởng c"])
    }

    /// An adoption clause that is an article's only text (`Điều 5. Hiệu lực thi hành` / `Nghị quyết này
    /// đã được … thông qua …`) stays the article's.
    @Test func adoptionClauseUnderItsOwnArticleStaysThere() throws {
        let text = try Self.text(Self.council)
        let own = text.replacing("\nNghị quyết này đã được", with: "\nĐiều 5. Hiệu lực thi hành\nNghị quyết này đã được")
        #expect(own != text)
        let doc = try Self.read(own)
        #expect(doc.closing.isEmpty)
        let article = try #require(doc.body.last)
        #expect(article.label == "5" && article.heading == "Hiệu lực thi hành")
        #expect(article.paragraphs.first?.hasPrefix("Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Bình") == true)
    }

    /// The request that closes a Tờ trình, a Chỉ thị, a Thông báo or a Giấy mời (`… kính trình …
    /// xem xét, quyết định./.`, `… yêu cầu … nghiêm túc thực hiện Chỉ thị này./.`, `… thông báo để …
    /// biết, thực hiện./.`, `Rất mong …./.`, whatever ends the content after a filled field such as
    /// `4. Địa điểm: …`, and a Công văn's `Đề nghị …./.` after an item that is a whole sentence) is the
    /// closing, not the last item's text.
    @Test(arguments: [("pipe-text/to-trinh-2314-ttr-ubnd-kinh-trinh", "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh xem xét, quyết định./.", 34),
                      ("pipe-text/chi-thi-07-ct-ubnd-phong-chong-dich", "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã nghiêm túc thực hiện Chỉ thị này./.", 41),
                      ("pipe-text/thong-bao-118-tb-ubnd-ket-luan", "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", 32),
                      ("pipe-text/giay-moi-215-gm-ubnd-hop-tien-do", "Giao Sở Giao thông vận tải chuẩn bị nội dung báo cáo, gửi về Văn phòng Ủy ban nhân dân tỉnh trước 10 giờ 00 ngày 21 tháng 3 năm 2024./.", 25),
                      ("pipe-text/giay-moi-38-gm-ubnd-kinh-moi", "Rất mong các đồng chí đến dự đúng thời gian, thành phần./.", 29),
                      ("pipe-text/cong-van-1234-ubnd-vx-kinh-gui", "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", 29)])
    func closingRequest(_ name: String, _ closing: String, _ line: Int) throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/" + name + ".txt")
        #expect(doc.closing.map(\.text) == [closing])
        #expect(doc.closing.first?.line == line)
        var last = try #require(doc.body.last)
        while let child = last.children.last { last = child }
        #expect(!last.paragraphs.contains(closing) && !last.heading.contains("/."))
    }

    /// A letter's courtesy after its last item (`Rất mong nhận được sự phối hợp …` / `Trân trọng./.`)
    /// is its closing, even where it does not itself end the content.
    @Test func aLettersCourtesyIsItsClosing() throws {
        let text = try Self.text("pipe-text/cong-van-1234-ubnd-vx-kinh-gui")
        let changed = text.replacing("Đề nghị các cơ quan, đơn vị\nnghiêm túc triển khai thực hiện./.",
                                     with: "Rất mong nhận được sự phối hợp của Quý cơ quan.\nTrân trọng./.")
        #expect(changed != text)
        let doc = try Self.read(changed)
        #expect(doc.closing.map(\.text) == ["Rất mong nhận được sự phối hợp của Quý cơ quan.", "Trân trọng./."])
        #expect(doc.body.last?.paragraphs.isEmpty == true)
    }

    /// A Hướng dẫn's title may open as a lead-in does (`Thực hiện nhiệm vụ …`); a lead-in runs on past
    /// a comma to its subject, and is no title.
    @Test(arguments: [("Thực hiện nhiệm vụ giáo dục trung học năm học 2024-2025", true),
                      ("Thực hiện Kế hoạch số 18/KH-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh,", false),
                      ("Thực hiện Quyết định số 12/QĐ-UBND, Ủy ban nhân dân huyện ban hành Kế hoạch", false),
                      ("Để triển khai kịp thời", false),
                      // A title's commas part a list in lower case (a Chương trình hành động's title).
                      ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo", true)])
    func leadInOrTitle(_ text: String, _ isTitle: Bool) {
        #expect(SectionParser.isSentenceCaseTitle(text) == isTitle)
    }

    /// A title run into the first sentence of a report of what happened (`… năm 2025` / `Ngày 17 tháng
    /// 7 năm 2025, tại …`, a Thông cáo báo chí's) parts at the date; a title opening `Ngày hội …` does not.
    @Test func aTitleRunIntoADatedSentence() throws {
        let title = "Kết quả Hội nghị xúc tiến đầu tư tỉnh Quảng Ninh năm 2025"
        let p = TextBlock(text: title + " Ngày 17 tháng 7 năm 2025, tại thành phố Hạ Long, Hội nghị đã diễn ra.", line: 14, breaks: [title.utf8.count + 1])
        let split = try #require(SectionParser.titleAndPreamble(p))
        #expect(split.title.text == title && split.preamble.line == 15)
        let q = TextBlock(text: "Tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2025 Ngày hội được tổ chức.", line: 14, breaks: [8])
        #expect(SectionParser.titleAndPreamble(q) == nil)
    }

    @Test func aGuideTitledAsALeadInIs() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/huong-dan-1876-hd-sgddt-nhiem-vu-nam-hoc.txt")
        #expect(doc.header.type == "HƯỚNG DẪN" && doc.header.title == "Thực hiện nhiệm vụ giáo dục trung học năm học 2024-2025")
        #expect(doc.header.parentIssuer == "UBND TỈNH NGHỆ AN" && doc.header.issuer == "SỞ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(doc.preamble.map { String($0.text.prefix(6)) } == ["Căn cứ", "Căn cứ"])
        #expect(doc.closing.first?.text.hasPrefix("Trong quá trình thực hiện, nếu có khó khăn") == true)
    }

    /// A Giấy mời's fields each open a paragraph, even after a full line that ends a sentence; a line
    /// that ends a sentence naming a column (`đúng thời gian, thành phần./.`) before the `|` is no
    /// column header of a table, and stays in its paragraph.
    @Test func invitationFieldsAndItsLastLine() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/giay-moi-38-gm-ubnd-kinh-moi.txt")
        let meeting = try #require(doc.body.last)
        #expect(meeting.heading == "Đến dự Hội nghị sơ kết công tác phòng, chống thiên tai 6 tháng đầu năm 2024.")
        #expect(meeting.paragraphs.map { String($0.prefix(9)) } == ["Thời gian", "Địa điểm:", "Giao Phòn"])
        #expect(doc.tables.isEmpty && doc.closing.count == 1)
        // Numbered fields: the request after the last one is not that field's text.
        let numbered = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/giay-moi-215-gm-ubnd-hop-tien-do.txt")
        #expect(numbered.body.map(\.label) == ["1", "2", "3", "4"])
        #expect(numbered.body.last?.paragraphs.isEmpty == true)
    }

    /// `Kính gửi:` alone on its line over one addressee in a paragraph of its own (a Công văn's text
    /// with blank lines between its lines): the addressee is the header's, not the preamble's first
    /// paragraph; a lead-in or the request under the label is not taken for one.
    @Test(arguments: [
        ("Ủy ban nhân dân các huyện, thành phố", ["Ủy ban nhân dân các huyện, thành phố"], 1),
        ("Đồng chí Chủ tịch Ủy ban nhân dân tỉnh", ["Đồng chí Chủ tịch Ủy ban nhân dân tỉnh"], 1),
        ("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở đề nghị:", [], 2),
        // More than one, undashed, each but the last ending in `;` (only the first had been taken).
        ("Sở Y tế;\n\nSở Tài chính;\n\nỦy ban nhân dân các huyện, thành phố.", ["Sở Y tế;", "Sở Tài chính;", "Ủy ban nhân dân các huyện, thành phố."], 1),
        ("Sở Y tế.\n\nSở Tài chính chủ trì thẩm định dự toán.", ["Sở Y tế."], 2),
    ] as [(String, [String], Int)])
    func addresseeUnderALoneLabel(_ line: String, _ addressees: [String], _ preamble: Int) throws {
        let text = "ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            + "Số: 12/UBND-KT\nV/v triển khai kế hoạch\n\nThái Nguyên, ngày 01 tháng 3 năm 2024\n\nKính gửi:\n\n\(line)\n\n"
            + "Các đơn vị triển khai thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh./.\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "cong-van.txt")
        #expect(doc.header.addressees == addressees)
        #expect(doc.preamble.count == preamble)
    }

    /// A Công văn whose date line is lost (a text box a converter dropped, an unreadable scan): its
    /// header ends at `Kính gửi`, and the letter's first sentence, which cites a document with its
    /// date, is neither the header's date line nor the subject's continuation.
    @Test func headerWithoutDateLineEndsAtTheAddressees() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/text/cong-van-27-ubnd-mat-dong-ngay.txt")
        #expect(doc.header.number == "27/UBND-VX" && doc.header.date == nil && doc.header.place == nil && doc.header.dateLine == nil)
        #expect(doc.header.title == "V/v triển khai tiêm chủng mở rộng năm 2024")
        #expect(doc.header.addressees == ["Ủy ban nhân dân các xã, thị trấn."])
        #expect(doc.preamble.map(\.line) == [12] && doc.preamble.first?.text.hasPrefix("Thực hiện Công văn số 12/SYT-NVY") == true)
        #expect(doc.citations.map(\.number) == ["12/SYT-NVY"])
        #expect(doc.body.map(\.label) == ["1", "2", "3"] && doc.signature?.name == "Nguyễn Văn An")
    }

    /// The same without `Kính gửi`: the first sentence (a preamble's `Căn cứ`, a letter's `Thực
    /// hiện`, or any long sentence) ends the header; the subject's lines stay its title.
    @Test(arguments: [
        "Thực hiện Công văn số 12/SYT-NVY ngày 05/3/2024 của Sở Y tế, Ủy ban nhân dân huyện đề nghị các xã thực hiện:",
        "Căn cứ Công văn số 12/SYT-NVY ngày 05 tháng 3 năm 2024 của Sở Y tế, Ủy ban nhân dân huyện đề nghị các xã thực hiện:",
        "Ngày 05/3/2024, Sở Y tế tỉnh Thái Nguyên có Công văn số 12/SYT-NVY về việc triển khai tiêm chủng mở rộng năm 2024; để bảo đảm tiến độ, Ủy ban nhân dân huyện đề nghị các xã thực hiện:",
    ])
    func firstSentenceEndsAHeaderWithoutDate(_ sentence: String) throws {
        let text = "ỦY BAN NHÂN DÂN\nHUYỆN ĐỊNH HÓA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            + "Số: 27/UBND-VX\nV/v triển khai tiêm chủng\n\n\(sentence)\n\n1. Rà soát đối tượng.\n\n2. Báo cáo kết quả./.\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "cong-van.txt")
        #expect(doc.header.date == nil && doc.header.place == nil)
        #expect(doc.header.title == "V/v triển khai tiêm chủng")
        #expect(doc.preamble.map(\.text) == [sentence])
    }

    /// The urgency and secrecy marks (ô 10a, 10b: `HỎA TỐC`, `MẬT`) are the header's, not its issuer's
    /// first line or its subject's last words; each keeps where it stands.
    @Test func urgencyAndSecrecyMarks() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/cong-van-88-ubnd-hoa-toc-mat.txt")
        #expect(doc.header.urgency == "HỎA TỐC" && doc.header.positions[.urgency] == Position(line: 1, column: 1))
        #expect(doc.header.secrecy == "MẬT" && doc.header.positions[.secrecy] == Position(line: 13, column: 1))
        #expect(doc.header.circulation == nil)
        #expect(doc.header.issuerLines == ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"])
        #expect(doc.header.title == "V/v bảo đảm an ninh, trật tự khu vực biên giới trong dịp Tết Nguyên đán 2025")
        #expect(doc.header.addressees.count == 3 && doc.preamble.count == 1)
    }

    /// The same marks in every place a text puts them: over the header, under the subject (in its
    /// paragraph or one of their own), over `Kính gửi`, in any case, in brackets; never the title.
    @Test(arguments: [
        ("KHẨN\n\n", "", "", "KHẨN", nil, nil),
        ("", "\nMẬT", "", nil, "MẬT", nil),
        ("", "\n\nThượng khẩn", "", "Thượng khẩn", nil, nil),
        ("", "", "(TUYỆT MẬT)\n\n", nil, "(TUYỆT MẬT)", nil),
        ("HOẢ TỐC\n\n", "\n\nTỐI MẬT", "XEM XONG TRẢ LẠI\n\n", "HOẢ TỐC", "TỐI MẬT", "XEM XONG TRẢ LẠI"),
        ("", "", "MẬT\n", nil, "MẬT", nil),
        ("", "\nnăm 2024\nKHẨN", "", "KHẨN", nil, nil),
    ] as [(String, String, String, String?, String?, String?)])
    func marksInText(_ above: String, _ underSubject: String, _ overAddressees: String, _ urgency: String?, _ secrecy: String?, _ circulation: String?) throws {
        let text = above + "ỦY BAN NHÂN DÂN\nHUYỆN ĐỊNH HÓA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            + "Số: 27/UBND-VX\nV/v triển khai tiêm chủng\(underSubject)\n\nĐịnh Hóa, ngày 05 tháng 3 năm 2024\n\n\(overAddressees)Kính gửi: Các xã, thị trấn.\n\n"
            + "Ủy ban nhân dân huyện đề nghị các xã thực hiện:\n\n1. Rà soát đối tượng.\n\n2. Báo cáo kết quả./.\n"
        let doc = try DocumentReader.read(Array(text.utf8), path: "cong-van.txt")
        #expect(doc.header.urgency == urgency && doc.header.secrecy == secrecy && doc.header.circulation == circulation)
        #expect(doc.header.issuer == "ỦY BAN NHÂN DÂN HUYỆN ĐỊNH HÓA" && doc.header.title?.hasPrefix("V/v triển khai tiêm chủng") == true)
        #expect(doc.header.title?.hasSuffix(urgency ?? secrecy ?? "—") == false)
        #expect(doc.header.addressees == ["Các xã, thị trấn."] && doc.preamble.count == 1 && doc.body.count == 2)
    }

    /// Only a whole line is a mark: words that open like one are text.
    @Test(arguments: ["Mật độ dân số", "KHẨN TRƯƠNG TRIỂN KHAI", "Khẩn cấp", "Lưu hành", "MẬT MÃ", "Hỏa tốc chuyển", "Tối mật độ"])
    func notMarks(_ line: String) {
        #expect(HeaderMarks.field(of: line) == nil)
    }

    /// A copy's block (bản sao: `SAO LỤC`, with its own body, number, date, recipients and signer)
    /// after the copied document, here after its appendix's table, is the document's copy: the
    /// original reads as it does without it.
    @Test func copyBlockIsReadApart() throws {
        let copied = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quyet-dinh-1520-qd-ubnd-sao-luc.txt")
        let copy = try #require(copied.copies.first)
        #expect(copied.copies.count == 1)
        #expect(copy.form == "SAO LỤC" && copy.line == 97 && copy.formPosition == Position(line: 100, column: 1))
        #expect(copy.header.issuerLines == ["ỦY BAN NHÂN DÂN", "HUYỆN VĨNH LINH"] && copy.header.number == "12/SL-UBND")
        #expect(copy.header.place == "Vĩnh Linh" && copy.header.date == "2024-08-15")
        #expect(copy.recipients == ["- Phòng Tài chính - Kế hoạch;", "- Ủy ban nhân dân các xã, thị trấn;", "- Lưu: VT."])
        #expect(copy.signature?.authorityLines == ["TL. CHỦ TỊCH"] && copy.signature?.position == "CHÁNH VĂN PHÒNG" && copy.signature?.name == "Trần Thị Hoa")
        let original = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quyet-dinh-1520-qd-ubnd-kem-danh-sach.txt")
        var apart = copied
        apart.copies = []
        apart.source = original.source
        #expect(apart == original)
    }

    /// A copy's block whose number line was lost (an OCR drops a line): its agency and date are its
    /// header all the same, and nothing of it runs into the original's recipients or closing.
    @Test func copyBlockWithoutItsNumberLine() throws {
        let text = try Self.text("pipe-text/quyet-dinh-1520-qd-ubnd-sao-luc").replacing("Số: 12/SL-UBND\n|\n", with: "")
        let doc = try Self.read(text)
        let copy = try #require(doc.copies.first)
        #expect(copy.form == "SAO LỤC" && copy.header.number == nil && copy.header.date == "2024-08-15")
        #expect(copy.header.issuer == "ỦY BAN NHÂN DÂN HUYỆN VĨNH LINH")
        #expect(copy.recipients.last == "- Lưu: VT." && copy.signature?.name == "Trần Thị Hoa")
        let original = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quyet-dinh-1520-qd-ubnd-kem-danh-sach.txt")
        #expect(doc.recipients == original.recipients && doc.closing == original.closing && doc.signature == original.signature)
    }

    /// The same block right after a Công văn's signature, in pipe-text and as blank-line text: the
    /// copy's recipients and signer are not the original's; a copy of that copy (`SAO LỤC` of a
    /// `SAO Y`) is a second block.
    @Test(arguments: [InputForm.pipeText, .text])
    func copyBlockAfterTheSignature(_ form: InputForm) throws {
        let original = try Self.text("pipe-text/cong-van-88-ubnd-hoa-toc-mat")
        let block = "SAO Y\n|\nSố: 05/SY-UBND\n|\nHòa An, ngày 22 tháng 01 năm 2025\n|\nNơi nhận:\n- Các xã, thị trấn;\n- Lưu: VT.\n|\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNông Văn Tú\n|\n"
        let second = "ỦY BAN NHÂN DÂN\nXÃ HỒNG VIỆT\n|\nSAO LỤC\n|\nSố: 02/SL-UBND\n|\nHồng Việt, ngày 23 tháng 01 năm 2025\n|\nNơi nhận:\n- Các xóm;\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐàm Văn Lâm\n|\n"
        for twice in [false, true] {
            var text = original + "ỦY BAN NHÂN DÂN\nHUYỆN HÒA AN\n|\n" + block + (twice ? second : "")
            if form == .text { text = text.replacing("\n|\n", with: "\n\n") }
            let doc = try Self.read(text, form: form)
            let copy = try #require(doc.copies.first)
            #expect(copy.form == "SAO Y" && copy.header.issuer == "ỦY BAN NHÂN DÂN HUYỆN HÒA AN" && copy.header.number == "05/SY-UBND")
            #expect(copy.recipients == ["- Các xã, thị trấn;", "- Lưu: VT."] && copy.signature?.name == "Nông Văn Tú")
            #expect(doc.copies.map(\.form) == (twice ? ["SAO Y", "SAO LỤC"] : ["SAO Y"]))
            #expect(doc.copies.dropFirst().map { $0.header.number } == (twice ? ["02/SL-UBND"] : []))
            #expect(doc.copies.dropFirst().map { $0.signature?.name } == (twice ? ["Đàm Văn Lâm"] : []))
            #expect(doc.recipients == ["- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Lưu: VT, NC."] && doc.signature?.name == "Lê Hải Hòa")
            #expect(doc.coSignatures.isEmpty && doc.closing.isEmpty)
        }
        // A form's words with no number, date or recipients after them are the text's.
        let bare = try Self.read(original + "SAO Y\n|\n", form: .pipeText)
        #expect(bare.copies.isEmpty)
    }

    /// A copy's model printed in an appendix (`SAO Y` / `Số: …/SY-…`, as a text on clerical work shows
    /// the form) is the appendix's text, and the appendices after it stay the document's: a block
    /// with no number or date of its own, or followed by more than a copy's parts, is no copy.
    @Test func copyFormModelInAnAppendixIsText() throws {
        let original = try Self.text("pipe-text/quyet-dinh-1520-qd-ubnd-kem-danh-sach")
        let model = "PHỤ LỤC II\nMẪU TRÌNH BÀY BẢN SAO VĂN BẢN\n(Kèm theo Quyết định số 1520/QĐ-UBND ngày 14 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh Quảng Trị)\n"
            + "TÊN CƠ QUAN, TỔ CHỨC\n|\nSAO Y\n|\nSố: …/SY-…\n|\n…, ngày … tháng … năm …\n|\nNơi nhận:\n- …;\n- Lưu: VT.\n|\n"
            + "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ\n(Chữ ký của người có thẩm quyền)\nHọ và tên\n|\n"
        let after = "PHỤ LỤC III\nDANH MỤC CÁC XÃ THỰC HIỆN THÍ ĐIỂM\n(Kèm theo Quyết định số 1520/QĐ-UBND ngày 14 tháng 8 năm 2024 của Ủy ban nhân dân tỉnh Quảng Trị)\n"
            + "1. Xã Vĩnh Thủy, huyện Vĩnh Linh.\n2. Xã Gio Mỹ, huyện Gio Linh.\n"
        let signed = try Self.read(original)
        for text in [original + model + after, original + model] {
            let doc = try Self.read(text)
            #expect(doc.copies.isEmpty)
            // The model's `Nơi nhận` and signer are the appendix's text, not the document's recipients and closing.
            #expect(doc.recipients == signed.recipients && doc.closing == signed.closing)
            let model = try #require(doc.appendices.first { $0.label == "PHỤ LỤC II" })
            func texts(_ nodes: [Node]) -> [String] { nodes.flatMap { [$0.heading] + $0.paragraphs + texts($0.children) } }
            #expect(texts(model.body).contains("Nơi nhận:") && texts(model.body).contains("Lưu: VT.") && texts(model.body).contains("Họ và tên"))
            #expect(doc.appendices.map(\.label) == (text.hasSuffix(after) ? ["DANH SÁCH", "PHỤ LỤC II", "PHỤ LỤC III"] : ["DANH SÁCH", "PHỤ LỤC II"]))
            #expect(doc.appendices.last?.body.isEmpty == false)
        }
    }

    /// A Công điện (cable): its sender's line (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:`) and the lines it
    /// is sent to (`- Giám đốc các sở, …;`) are its header, not its preamble and body.
    @Test func cableSenderAndAddressees() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/cong-dien-05-cd-ubnd-bao-so-6.txt")
        #expect(doc.header.type == "CÔNG ĐIỆN" && doc.header.isCable)
        #expect(doc.header.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" && doc.header.enactingWords == "điện:")
        #expect(doc.header.positions[.authority] == Position(line: 17, column: 1))
        #expect(doc.header.addressees == ["- Giám đốc các sở, ban, ngành cấp tỉnh;", "- Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố."])
        #expect(doc.preamble.map { String($0.text.prefix(12)) } == ["Theo tin của", "Để chủ động "])
        #expect(doc.body.map(\.label) == ["1", "2", "3"])
    }

    /// A Biên bản signed by its secretary and its chair side by side: the second signer is a
    /// co-signer, not closing text; so are a joint document's other bodies, after `Nơi nhận`.
    @Test func secondSignerIsACoSigner() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/bien-ban-12-bb-ubnd-hai-nguoi-ky.txt")
        #expect(doc.signature?.position == "THƯ KÝ" && doc.signature?.name == "Lê Thị Bình")
        #expect(doc.coSignatures.map(\.position) == ["CHỦ TRÌ"] && doc.coSignatures.map(\.name) == ["Nguyễn Văn An"])
        #expect(doc.coSignatures.first?.line == 36)
        #expect(doc.closing.isEmpty)
        let text = try Self.text("pipe-text/bien-ban-12-bb-ubnd-hai-nguoi-ky")
        let joint = text.replacing("""
            THƯ KÝ
            (Đã ký)
            Lê Thị Bình
            |
            CHỦ TRÌ
            (Đã ký)
            Nguyễn Văn An
            """, with: """
            Nơi nhận:
            - Các thôn;
            - Lưu: VT.
            |
            TM. BAN THƯỜNG TRỰC
            ỦY BAN MẶT TRẬN TỔ QUỐC XÃ
            CHỦ TỊCH
            (Đã ký)
            Hà Văn Cường
            |
            TM. ỦY BAN NHÂN DÂN
            CHỦ TỊCH
            (Đã ký)
            Nguyễn Văn An
            """)
        #expect(joint != text)
        let jointDoc = try Self.read(joint)
        #expect(jointDoc.signature?.authorityLines == ["TM. BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC XÃ"] && jointDoc.signature?.name == "Hà Văn Cường")
        #expect(jointDoc.coSignatures.map(\.authorityLines) == [["TM. ỦY BAN NHÂN DÂN"]] && jointDoc.coSignatures.map(\.name) == ["Nguyễn Văn An"])
        #expect(jointDoc.recipients == ["- Các thôn;", "- Lưu: VT."])
    }

    /// A Quyết định whose title fits one line: the authority under it is not the title's.
    @Test(arguments: [InputForm.pipeText, .text])
    func oneLineTitleOverTheAuthority(_ form: InputForm) throws {
        let two = try Self.text(Self.decision)
        let one = two.replacing("CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN\nTỈNH BẮC KẠN\n", with: "CỤM CÔNG NGHIỆP\n")
        #expect(one != two)
        let doc = try Self.read(form == .text ? one.replacing("\n|\n", with: "\n\n") : one, form: form)
        #expect(doc.header.title == "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP")
        #expect(doc.header.authority == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
        // Where the authority line stands, not where the title's paragraph began.
        #expect(doc.header.positions[.authority] == Position(line: 17, column: 1))
    }

    /// A one-line title over an authority printed on two lines (`CHỦ TỊCH ỦY BAN NHÂN DÂN` / `TỈNH BẮC
    /// KẠN`, or a name cut after `VÀ`): the wrapped text runs the title's line into the first, and the
    /// rest stands alone.
    @Test(arguments: [("CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"),
                      ("GIÁM ĐỐC SỞ GIÁO DỤC VÀ\nĐÀO TẠO TỈNH BẮC KẠN\n", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC KẠN")])
    func oneLineTitleOverATwoLineAuthority(_ lines: String, _ authority: String) throws {
        let text = try Self.text(Self.decision)
        let changed = text.replacing("CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN\nTỈNH BẮC KẠN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n",
                                     with: "CỤM CÔNG NGHIỆP\n" + lines)
        #expect(changed != text)
        let doc = try Self.read(changed)
        #expect(doc.header.title == "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP")
        #expect(doc.header.authority == authority)
        #expect(doc.header.positions[.authority] == Position(line: 17, column: 1))
        #expect(doc.preamble.first?.text.hasPrefix("Căn cứ") == true)
    }

    /// Whoever enacts a Quyết định, on the line under its title: a head of office, an inspector, a
    /// general director, a branch's head as well as a council or a minister.
    @Test(arguments: ["CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "CHÁNH THANH TRA TỈNH BẮC KẠN", "TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM",
                      "CHI CỤC TRƯỞNG CHI CỤC THỦY LỢI", "GIÁM ĐỐC SỞ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"])
    func authoritiesUnderTheTitle(_ authority: String) throws {
        let text = try Self.text(Self.decision)
        let doc = try Self.read(text.replacing("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n", with: authority + "\n"))
        #expect(doc.header.authority == authority)
        #expect(doc.header.title == "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH BẮC KẠN")
    }

    /// A title line that ends on a word running on (`… CỦA`) keeps the name under it; so do a council
    /// the title sets up (`VỀ VIỆC THÀNH LẬP` / `HỘI ĐỒNG THẨM ĐỊNH …`) and a type that prints no
    /// authority line (a Kế hoạch).
    @Test(arguments: [
        ("CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN\nTỈNH BẮC KẠN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n", "CỤM CÔNG NGHIỆP CỦA\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n",
         "QUYẾT ĐỊNH", "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP CỦA ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"),
        ("VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN\nTỈNH BẮC KẠN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n",
         "VỀ VIỆC THÀNH LẬP\nHỘI ĐỒNG THẨM ĐỊNH GIÁ ĐẤT TỈNH BẮC KẠN\n", "QUYẾT ĐỊNH", "VỀ VIỆC THÀNH LẬP HỘI ĐỒNG THẨM ĐỊNH GIÁ ĐẤT TỈNH BẮC KẠN"),
        ("QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN\nTỈNH BẮC KẠN\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n",
         "KẾ HOẠCH\nVỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n",
         "KẾ HOẠCH", "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CỤM CÔNG NGHIỆP ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"),
    ])
    func aNameTheTitleRunsOnIntoStaysTheTitle(_ from: String, _ to: String, _ type: String, _ title: String) throws {
        let text = try Self.text(Self.decision)
        let changed = text.replacing(from, with: to)
        #expect(changed != text)
        let doc = try Self.read(changed)
        #expect(doc.header.type == type && doc.header.title == title)
        #expect(doc.header.authority == nil)
    }

    @Test(arguments: [("KHÓA XVIII, KỲ HỌP THỨ 14", true), ("KHOÁ X - KỲ HỌP CHUYÊN ĐỀ", true), ("KỲ HỌP THỨ MƯỜI HAI", true),
                      ("KHÓA HỌC BỒI DƯỠNG CÁN BỘ", false), ("Khóa XVIII, kỳ họp thứ 14", false)])
    func sessionLines(_ line: String, _ isSession: Bool) {
        #expect(SectionParser.isSession(line) == isSession)
    }
}

/// `Q.` (quyền: acting) stands before the acting head's own title, Decree 30's quyền hạn line that is
/// also the signer's position: `TM. ỦY BAN NHÂN DÂN` / `Q. CHỦ TỊCH` is signed by the acting chairman
/// (position `Q. CHỦ TỊCH`, as `CHỦ TỊCH` is under `TM.`), `Q. GIÁM ĐỐC` alone by an acting director;
/// under `KT. Q. GIÁM ĐỐC` the deputy's title is still the position.
@Suite struct ActingSignerTests {
    @Test(arguments: [
        ("TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\n", ["TM. ỦY BAN NHÂN DÂN"], "Q. CHỦ TỊCH"),
        ("Q. GIÁM ĐỐC\n", [], "Q. GIÁM ĐỐC"),
        ("KT. Q. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n", ["KT. Q. GIÁM ĐỐC"], "PHÓ GIÁM ĐỐC"),
        ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH"),
    ])
    func actingSigner(_ lines: String, authorities: [String], position: String) throws {
        let path = TestFiles.fixtures + "/pipe-text/nghi-dinh-45-2024-nd-cp-sua-doi-ngoac-thang.txt"
        let text = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        let changed = text.replacing("TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n", with: lines)
        #expect(changed != text)
        let doc = try DocumentReader.read(Array(changed.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.signature?.authorityLines == authorities && doc.signature?.authority == authorities.first)
        #expect(doc.signature?.position == position && doc.signature?.name == "Trần Hồng Hà")
    }
}

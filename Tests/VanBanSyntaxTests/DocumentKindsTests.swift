import Testing
import VanBanModel
import VanBanReader
import VanBanTestSupport
@testable import VanBanSyntax

/// Kinds of documents by their own structure: an Đề án (scheme) in parts numbered by ordinal words,
/// a Báo cáo (report) in lettered divisions over its Roman sections.
@Suite struct DocumentKindsTests {
    /// A closing after an item whose sentence ends a full line of the site's pipe-text: the set
    /// closing of a Thông báo (`Văn phòng … thông báo để … biết, thực hiện./.`) and a sentence after
    /// a filled field (a Giấy mời's `4. Địa điểm: … tỉnh Bình Thuận.` / `Giao Sở …`, a Giấy ủy quyền's
    /// `4. Thời hạn ủy quyền: …` / `Người được ủy quyền chịu …`) open paragraphs of their own, the
    /// closing apart from the item; they had run on into it. (Fixtures rewrapped so
    /// that the item's last line runs full.)
    @Test(arguments: [
        ("thong-bao-118-tb-ubnd-ket-luan",
         "b) Báo cáo kết quả về Sở Giao thông vận tải trước ngày 30 hằng tháng.\nVăn phòng Ủy ban nhân\ndân tỉnh thông báo để",
         "b) Báo cáo kết quả giải phóng mặt bằng về Sở Giao thông vận tải trước ngày 30\nhằng tháng, đồng thời gửi Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, theo dõi.\nVăn phòng Ủy ban nhân dân tỉnh thông báo để",
         "Văn phòng Ủy ban nhân dân tỉnh thông báo để"),
        ("giay-moi-215-gm-ubnd-hop-tien-do",
         "4. Địa điểm: Phòng họp tầng 3, trụ sở Ủy ban nhân dân tỉnh.\nGiao Sở Giao thông vận\ntải",
         "4. Địa điểm: Phòng họp số 2, tầng 3, trụ sở Ủy ban nhân dân tỉnh, số 18 đường\nTrần Hưng Đạo, phường Phan Thiết, thành phố Phan Thiết, tỉnh Bình Thuận.\nGiao Sở Giao thông vận tải",
         "Giao Sở Giao thông vận tải chuẩn bị"),
        ("giay-uy-quyen-05-guq-ubnd-hai-ben-ky",
         "4. Thời hạn ủy quyền: đến hết ngày 31 tháng 12 năm 2025.\nNgười được ủy quyền",
         "4. Thời hạn ủy quyền: kể từ ngày ký đến hết ngày 31 tháng 12 năm 2025 hoặc đến khi\ncó văn bản thay thế của Chủ tịch Ủy ban nhân dân huyện về việc ủy quyền giải quyết.\nNgười được ủy quyền",
         "Người được ủy quyền chịu trách nhiệm"),
    ])
    func aClosingAfterAFullLineStandsApart(_ name: String, _ printed: String, _ rewrapped: String, _ closing: String) throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/\(name).txt")), as: UTF8.self)
        #expect(text.contains(printed))
        let doc = try DocumentReader.read(Array(text.replacing(printed, with: rewrapped).utf8), path: "x.txt", form: .pipeText)
        #expect(doc.closing.count == 1 && doc.closing.first?.text.hasPrefix(closing) == true)
        let last = try #require(doc.body.last.map { $0.children.last ?? $0 })
        #expect(!(last.heading + last.paragraphs.joined()).contains(closing))
        #expect(doc.closing.first?.text.hasSuffix("./.") == true)
    }

    /// Every pipe-text fixture with the space after its markers' stops typed away (`Điều 1.Phạm vi
    /// điều chỉnh`, `I.MỤC ĐÍCH`, `1.Mục đích`, `a)Tuyên truyền`, as documents often print them and
    /// LibreOffice saves outline numbers as HTML) reads with the same numbered parts: each had been a
    /// paragraph of the part before, or of the preamble.
    @Test(arguments: TestFiles.list(TestFiles.fixtures + "/pipe-text", suffix: ".txt").filter { name in
        TestFiles.read(TestFiles.fixtures + "/pipe-text/" + name).map { glued(String(decoding: $0, as: UTF8.self)) != String(decoding: $0, as: UTF8.self) } ?? false
    })
    func markersWithoutTheirSpaceReadTheSame(_ name: String) throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/" + name)), as: UTF8.self)
        let glued = Self.glued(text)
        func outline(_ nodes: [Node]) -> [String] { nodes.flatMap { ["\($0.kind) \($0.label ?? "") \($0.heading)"] + $0.paragraphs + outline($0.children) } }
        let doc = try DocumentReader.read(Array(text.utf8), path: name, form: .pipeText)
        let changed = try DocumentReader.read(Array(glued.utf8), path: name, form: .pipeText)
        // A quoted paragraph keeps its text as printed: glued there too.
        #expect(outline(changed.body) == outline(doc.body).map(Self.glued))
        #expect(outline(changed.appendices.flatMap(\.body)) == outline(doc.appendices.flatMap(\.body)).map(Self.glued))
        #expect(changed.closing.map(\.text) == doc.closing.map(\.text) && changed.signature?.name == doc.signature?.name)
        // The documents a list names after its glued number (`1.Quyết định số …`) are cited as before.
        #expect(changed.citations.map { "\($0.type) \($0.number ?? "")" } == doc.citations.map { "\($0.type) \($0.number ?? "")" })
    }

    /// Every pipe-text fixture with its bases printed as a list (`- Căn cứ Luật …;`, as local and
    /// Party documents print them) keeps its title, preamble and body: the first base had run into
    /// a title ending in a number (`… giai đoạn 2025 - 2027` / `- Căn cứ …`, read as a range's dash),
    /// and T01 found no title.
    @Test(arguments: TestFiles.list(TestFiles.fixtures + "/pipe-text", suffix: ".txt").filter { name in
        TestFiles.read(TestFiles.fixtures + "/pipe-text/" + name).map { String(decoding: $0, as: UTF8.self).contains("\nCăn cứ ") } ?? false
    })
    func basesPrintedAsAListKeepTheTitle(_ name: String) throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/" + name)), as: UTF8.self)
        let dashed = text.replacing("\nCăn cứ ", with: "\n- Căn cứ ")
        let doc = try DocumentReader.read(Array(text.utf8), path: name, form: .pipeText)
        let changed = try DocumentReader.read(Array(dashed.utf8), path: name, form: .pipeText)
        #expect(changed.header.title == doc.header.title && changed.header.title != nil)
        #expect(changed.preamble.map { $0.text.replacing("- Căn cứ ", with: "Căn cứ ") } == doc.preamble.map(\.text))
        #expect(changed.body.map(\.heading) == doc.body.map(\.heading))
    }

    /// The text with the space after each line's opening `Điều N.`, `N.`, `I.` or `a)` before a capital taken out.
    static func glued(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let m = line.prefixMatch(of: /(Điều [0-9]+[a-z]?\.|[0-9]{1,2}\.|[IVX]+\.|[a-zđ]\)) (?=\p{Lu})/) else { return String(line) }
            return String(m.output.1) + line[m.range.upperBound...]
        }.joined(separator: "\n")
    }

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

    /// `A. KẾT QUẢ …` and `B. NHIỆM VỤ …` over a report's Roman sections are its top divisions, read
    /// as parts: `B`'s clauses are no longer children of `A`'s last section, nor `A` the preamble's.
    /// A body table in `A` ends where `II. KHÓ KHĂN, HẠN CHẾ` and its sentence follow its last row.
    /// So are `PHẦN A:` and `PHẦN B:`, as other reports spell them.
    @Test(arguments: [false, true])
    func aReportInLetteredDivisions(spelledOut: Bool) throws {
        var text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/bao-cao-320-bc-ubnd-phan-a-b.txt")), as: UTF8.self)
        if spelledOut {
            text = text.replacing("\nA. KẾT QUẢ", with: "\nPHẦN A: KẾT QUẢ").replacing("\nB. NHIỆM VỤ", with: "\nPHẦN B: NHIỆM VỤ")
            #expect(text.contains("PHẦN A: KẾT QUẢ") && text.contains("PHẦN B: NHIỆM VỤ"))
        }
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.body.map(\.kind) == [.part, .part] && doc.body.map(\.label) == ["A", "B"])
        #expect(doc.body.map(\.heading) == ["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM", "NHIỆM VỤ 6 THÁNG CUỐI NĂM"])
        #expect(doc.body[0].children.map(\.label) == ["I", "II"] && doc.body[1].children.map(\.label) == ["1", "2"])
        #expect(doc.preamble.count == 1 && doc.tables.first?.rows.count == 3)
        #expect(!doc.diagnostics.contains { $0.rule == "P01" })
    }

    /// A Nghị định (decree) in chapters, with `Mục 1` / `Mục 2` over the articles of one chapter;
    /// `… việc thực hiện` / `Nghị định này.` is one clause, not a clause and a paragraph.
    /// A Hợp đồng signed for its two parties (`ĐẠI DIỆN BÊN B` / `GIÁM ĐỐC`, `ĐẠI DIỆN BÊN A` /
    /// `KT. CHỦ TỊCH` / `CHÁNH VĂN PHÒNG`): each is a signature, its party apart from the position,
    /// the authority under a party still the authority; the parties' fields stay one a line, and the
    /// sentence after them is its own.
    @Test func aContractSignedForTwoParties() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/hop-dong-15-2025-hd-ubnd-dai-dien-hai-ben.txt")
        #expect(doc.signature?.party == "ĐẠI DIỆN BÊN B" && doc.signature?.position == "GIÁM ĐỐC" && doc.signature?.name == "Hoàng Thu Hà")
        #expect(doc.coSignatures.map(\.party) == ["ĐẠI DIỆN BÊN A"] && doc.coSignatures.map(\.authority) == ["KT. CHỦ TỊCH"])
        #expect(doc.coSignatures.map(\.position) == ["CHÁNH VĂN PHÒNG"])
        #expect(doc.preamble.map(\.text).suffix(4) == ["BÊN CUNG CẤP DỊCH VỤ (BÊN B): CÔNG TY CỔ PHẦN CÔNG NGHỆ TÂY BẮC", "Đại diện: Bà Hoàng Thu Hà - Chức vụ: Giám đốc",
                                                      "Địa chỉ: Số 12 đường Hoàng Liên, phường Cốc Lếu, thành phố Lào Cai", "Hai bên thống nhất ký kết hợp đồng với các điều khoản sau:"])
        #expect(doc.body.map(\.label) == ["1", "2", "3", "4"] && doc.body.allSatisfy { $0.kind == .article })
    }

    /// A Giấy ủy quyền signed by whom it authorizes and by whom authorizes (`NGƯỜI ĐƯỢC ỦY QUYỀN`,
    /// `NGƯỜI ỦY QUYỀN`): two signatures, not the last clause's paragraphs.
    @Test func anAuthorizationSignedByBothSides() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/giay-uy-quyen-05-guq-ubnd-hai-ben-ky.txt")
        #expect(doc.signature?.name == "Trần Quốc Bảo" && doc.coSignatures.map(\.name) == ["Nguyễn Văn Hùng"])
        #expect(doc.signature?.party == "NGƯỜI ĐƯỢC ỦY QUYỀN" && doc.signature?.position == "CHÁNH VĂN PHÒNG")
        #expect(doc.coSignatures.map(\.party) == ["NGƯỜI ỦY QUYỀN"] && doc.coSignatures.map(\.position) == ["CHỦ TỊCH"])
        #expect(doc.body.last?.paragraphs.isEmpty == true && doc.closing.count == 1)
    }

    /// A joint programme (`CHƯƠNG TRÌNH PHỐI HỢP`, `02/CTrPH-STP-HLHPN`): a Chương trình, its title the
    /// line under it, its code the type's and the qualifier's.
    @Test func aJointProgramme() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/chuong-trinh-02-ctrph-stp-hlhpn-lien-tich.txt")
        #expect(doc.header.type == "CHƯƠNG TRÌNH PHỐI HỢP" && doc.header.title == "Tuyên truyền, phổ biến pháp luật cho phụ nữ giai đoạn 2025 - 2027")
        #expect(doc.header.numberParts?.typeCode == "CTrPH" && doc.header.numberParts?.issuerCode == "STP-HLHPN")
        #expect(doc.preamble.count == 3 && doc.body.map(\.label) == ["I", "II", "III"])
    }

    /// Clauses numbered `1)` or `(1)` under a point `a)` or a clause `3.` are a level below them (S01 counts
    /// them under their own parent; the renderers write them back with their parenthesis, which the
    /// equivalence tests read again).
    @Test func clausesInParenthesesStandBelow() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-27-kh-thcs-muc-ngoac-don.txt")
        let content = try #require(doc.body.first { $0.label == "II" })
        #expect(content.children.map(\.label) == ["1", "2", "3"])
        #expect(content.children[0].children.map(\.label) == ["1", "2"] && content.children[0].children.allSatisfy(\.parenthesized))
        #expect(content.children[1].children.first?.children.map(\.label) == ["1", "2", "3"])
        #expect(content.children[2].children.map(\.label) == ["1", "2"] && content.children[2].children.allSatisfy(\.parenthesized))
    }

    /// A Quy chế phối hợp of two commands: signed by a `CHỈ HUY TRƯỞNG` and a `TRƯỞNG CÔNG AN HUYỆN`,
    /// each name after its rank (`Đại tá …`), in chapters and articles; its code `QCPH`.
    @Test func aJointRegulationOfTwoCommands() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quy-che-01-qcph-bchqs-cah-phoi-hop.txt")
        #expect(doc.header.type == "QUY CHẾ PHỐI HỢP" && doc.header.numberParts?.typeCode == "QCPH")
        #expect(doc.signature?.position == "CHỈ HUY TRƯỞNG BAN CHỈ HUY QUÂN SỰ HUYỆN" && doc.signature?.name == "Đại tá Nguyễn Văn Tâm")
        #expect(doc.coSignatures.map(\.name) == ["Thượng tá Lê Minh Quân"])
        #expect(doc.body.map(\.kind) == [.chapter, .chapter, .chapter] && doc.body.flatMap(\.children).map(\.label) == ["1", "2", "3", "4", "5"])
    }

    /// A Party Thông tri (`THÔNG TRI`, `Số 08-TT/TU`) is a type; and under a type line the parser does
    /// not know, the body, numbered clauses and `./.` in the site's last cell, is still the body, not a
    /// cell of the header's table (whose date had been taken from the first clause's).
    @Test(arguments: ["THÔNG TRI", "THÔNG ĐIỆP"])
    func aPartyCircularAndAnUnknownTypeLine(_ typeLine: String) throws {
        var text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/thong-tri-08-tt-tu-dai-hoi-chi-bo.txt")), as: UTF8.self)
        text = text.replacing("\nTHÔNG TRI\n", with: "\n\(typeLine)\n")
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.header.type == (typeLine == "THÔNG TRI" ? "THÔNG TRI" : nil))
        #expect(doc.header.place == "Hà Tĩnh" && doc.header.date == "2025-03-20")
        #expect(doc.body.map(\.label) == ["1", "2", "3"] && doc.signature?.name == "Trần Thế Dũng")
        // The sentence about the document itself after the last item is its closing.
        if typeLine == "THÔNG TRI" { #expect(doc.closing.map(\.text) == ["Thông tri này phổ biến đến chi bộ./."]) }
    }

    /// A Giấy nghỉ phép (Mẫu 1.10): no title, its fields one a line, and beside its signature the box
    /// where the place of leave confirms (`Xác nhận của cơ quan … nơi nghỉ phép`): a signer's place,
    /// unsigned, not a closing paragraph.
    @Test func aLeaveFormWithItsConfirmationBox() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/giay-nghi-phep-45-gnp-bv-o-xac-nhan.txt")
        #expect(doc.header.type == "GIẤY NGHỈ PHÉP" && doc.header.title == nil)
        #expect(doc.preamble.map(\.text).prefix(3) == ["Giám đốc Bệnh viện đa khoa huyện Nam Đàn cấp cho:", "Bà: Trần Thị Mai", "Chức vụ: Điều dưỡng trưởng Khoa Nội"])
        #expect(doc.closing.isEmpty && doc.signature?.name == "Phan Văn Đức")
        #expect(doc.coSignatures.map(\.position) == ["Xác nhận của cơ quan (tổ chức) hoặc chính quyền địa phương nơi nghỉ phép"] && doc.coSignatures.first?.name == nil)
    }

    /// A Biên bản kiểm tra signed by three (`ĐẠI DIỆN HỘ GIA ĐÌNH`, `NGƯỜI LẬP BIÊN BẢN`, `ĐẠI DIỆN UBND
    /// PHƯỜNG` over `PHÓ CHỦ TỊCH`): three signatures; its title is not run into its `Hôm nay, …`.
    @Test func aRecordSignedByThree() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/bien-ban-07-bb-ubnd-kiem-tra-ba-ben-ky.txt")
        #expect(doc.header.title == "Kiểm tra hiện trạng công trình xây dựng" && doc.preamble.first?.text.hasPrefix("Hôm nay,") == true)
        #expect(doc.signature?.name == "Nguyễn Thị Hạnh" && doc.coSignatures.map(\.name) == ["Trần Minh Tú", "Lê Văn Nam"])
        #expect(doc.coSignatures.last?.party == "ĐẠI DIỆN UBND PHƯỜNG" && doc.coSignatures.last?.position == "PHÓ CHỦ TỊCH")
        // A party with no position under it: the household signs as itself.
        #expect(doc.signature?.party == "ĐẠI DIỆN HỘ GIA ĐÌNH" && doc.signature?.position == nil)
    }

    /// A Thư công (official letter) names itself by what it is sent for (`THƯ CHÚC MỪNG`): that is its
    /// type line, the line under it its title, not the type line the title and the title a paragraph.
    @Test(arguments: ["THƯ CHÚC MỪNG", "THƯ KHEN", "THƯ CẢM ƠN", "THƯ THĂM HỎI"])
    func aLetterNamedByItsPurpose(_ typeLine: String) throws {
        var text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/thu-chuc-mung-ubnd-ngay-nha-giao.txt")), as: UTF8.self)
        text = text.replacing("\nTHƯ CHÚC MỪNG\n", with: "\n\(typeLine)\n")
        let doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        #expect(doc.header.type == typeLine && DocumentTypes.kind(ofTypeLine: typeLine)?.name == "Thư công")
        #expect(doc.header.title == "Nhân kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)")
        #expect(doc.header.addressees.count == 1 && doc.preamble.count == 4 && doc.signature?.name == "Võ Văn Hưng")
    }

    /// A financial report signed by who drew it up, the chief accountant and the head (`NGƯỜI LẬP BIỂU`,
    /// `KẾ TOÁN TRƯỞNG`, `GIÁM ĐỐC`): three signers. Positions are matched by their keys, in which
    /// `TOÁN` is `TÓAN` (the chief accountant's, and `TỔNG KIỂM TOÁN`, had never matched).
    @Test func aFinancialReportSignedByThree() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/bao-cao-42-bc-ttyt-quyet-toan-ba-nguoi-ky.txt")
        #expect(([doc.signature] + doc.coSignatures).map { $0?.position } == ["NGƯỜI LẬP BIỂU", "KẾ TOÁN TRƯỞNG", "GIÁM ĐỐC"])
        #expect(doc.closing.isEmpty && doc.tables.first?.rows.count == 3)
        #expect(SignatureParser.isPosition("KẾ TOÁN TRƯỞNG") && SignatureParser.isPosition("TỔNG KIỂM TOÁN NHÀ NƯỚC"))
        #expect(SectionParser.isAuthority("TỔNG KIỂM TOÁN NHÀ NƯỚC") && HeaderParser.opensAgencyName("Kiểm toán nhà nước khu vực VII"))
    }

    /// The President's Lệnh (order) promulgating a law: its authority in capitals under the title
    /// (`CHỦ TỊCH NƯỚC CỘNG HÒA …`, it had run into the title), its enacting words `NAY CÔNG BỐ:`
    /// (after a basis ending in a comma too); what it enacts, unnumbered, is its body: the law's name
    /// a line of its own over the adoption sentence (they had been one preamble paragraph).
    @Test func aPresidentialOrderPromulgatingALaw() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/lenh-12-2025-l-ctn-cong-bo-luat.txt")
        #expect(doc.header.type == "LỆNH" && doc.header.title == "VỀ VIỆC CÔNG BỐ LUẬT")
        #expect(doc.header.authority == "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && doc.header.enactingWords == "NAY CÔNG BỐ:")
        #expect(doc.preamble.count == 2 && doc.body.map(\.kind) == [.paragraph] && doc.body.first?.heading == "Luật Dữ liệu")
        #expect(doc.body.first?.paragraphs.first?.hasPrefix("Đã được Quốc hội") == true && doc.signature?.name == "Lương Cường")
    }

    /// A Phiếu chuyển (transfer slip) whose text opens with its issuer's own name right under the
    /// title (`VĂN PHÒNG` / `Văn phòng Ủy ban nhân dân tỉnh chuyển đến …`): the title ends there (T01
    /// had found none, the title run into the sentence).
    @Test func aTransferSlipOpeningWithItsIssuer() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/phieu-chuyen-125-pc-vp-don-cong-dan.txt")
        #expect(doc.header.type == "PHIẾU CHUYỂN" && doc.header.title == "Đơn đề nghị của công dân")
        #expect(doc.preamble.first?.text.hasPrefix("Văn phòng Ủy ban nhân dân tỉnh chuyển đến") == true && doc.preamble.count == 2)
        #expect(SectionParser.titleAndPreamble(TextBlock(text: "Đơn đề nghị của công dân Văn phòng chuyển đến Sở Y tế.", line: 1, breaks: ["Đơn đề nghị của công dân ".utf8.count]),
                                               issuerLines: ["UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG"])?.title.text == "Đơn đề nghị của công dân")
    }

    /// A Bản ghi nhớ (memorandum of understanding) between a province and a university: a party in
    /// capitals (`BÊN B: TRƯỜNG …`) after a field that ends a full line with its stop stands apart;
    /// each side signs for its party; no recipients are asked of it (R01), as of a Hợp đồng.
    @Test func aMemorandumBetweenTwoSides() throws {
        let path = TestFiles.fixtures + "/pipe-text/ban-ghi-nho-12-bgn-ubnd-hop-tac-dao-tao.txt"
        let doc = try TestFiles.parse(path)
        #expect(doc.header.type == "BẢN GHI NHỚ" && doc.header.numberParts?.typeCode == "BGN")
        #expect(doc.preamble.map(\.text).filter { $0.hasPrefix("BÊN ") } == ["BÊN A: ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "BÊN B: TRƯỜNG ĐẠI HỌC NÔNG LÂM - ĐẠI HỌC THÁI NGUYÊN"])
        #expect(doc.signature?.party == "ĐẠI DIỆN BÊN B" && doc.signature?.position == "HIỆU TRƯỞNG")
        #expect(doc.coSignatures.map(\.party) == ["ĐẠI DIỆN BÊN A"] && doc.coSignatures.map(\.authority) == ["KT. CHỦ TỊCH"])
        #expect(doc.body.map(\.kind) == [.article, .article, .article, .article])
    }

    @Test func aDecreeInChaptersAndSections() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/nghi-dinh-118-2025-nd-cp-chuong-muc.txt")
        #expect(doc.header.type == "NGHỊ ĐỊNH" && doc.header.number == "118/2025/NĐ-CP")
        #expect(doc.body.map(\.kind) == [.chapter, .chapter, .chapter] && doc.body.map(\.label) == ["I", "II", "III"])
        let sections = doc.body[1].children
        #expect(sections.map(\.kind) == [.section, .section] && sections.map(\.heading) == ["HỖ TRỢ BAN ĐẦU", "HỖ TRỢ THƯỜNG XUYÊN"])
        #expect(sections.map { $0.children.map(\.label) } == [["3", "4"], ["5"]])
        let last = try #require(doc.body[2].children.last)
        #expect(last.label == "7" && last.children.map(\.label) == ["1", "2"] && last.paragraphs.isEmpty)
        #expect(last.children.first?.heading.hasSuffix("kiểm tra việc thực hiện Nghị định này.") == true)
        #expect(doc.signature?.name == "Lê Thành Long" && doc.recipients.count == 5)
    }

    /// A Party committee's Quyết định: its bases are dash items (`- Căn cứ Điều lệ Đảng;`, `- Xét đề
    /// nghị …,`), the preamble's, and who decides and the enacting words share a line in capitals
    /// (`BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH`) after the proposal's comma. They had been the body's dash
    /// items, the last with the enacting line run into it.
    @Test func aPartyDecisionWithDashedBases() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quyet-dinh-1620-qd-tu-can-cu-gach-dau-dong.txt")
        #expect(doc.preamble.map { String($0.text.prefix(9)) } == ["- Căn cứ ", "- Căn cứ ", "- Căn cứ ", "- Xét đề "])
        #expect(doc.preamble.last?.text == "- Xét đề nghị của Ban Tổ chức Tỉnh ủy,")
        #expect(doc.header.authority == "BAN THƯỜNG VỤ TỈNH ỦY" && doc.header.enactingWords == "QUYẾT ĐỊNH")
        #expect(doc.body.map(\.kind) == [.article, .article, .article])
        #expect(doc.signature?.authorityLines == ["T/M BAN THƯỜNG VỤ"] && doc.appendices.first?.label == "DANH SÁCH")
    }

    /// A Party committee's Kế hoạch numbered as the Party's documents are (`I- MỤC ĐÍCH, YÊU CẦU`,
    /// `1- Quán triệt …`): sections and clauses, not the preamble's paragraphs.
    @Test func aPartyPlanNumberedWithHyphens() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/ke-hoach-46-kh-tu-danh-so-gach-ngang.txt")
        #expect(doc.preamble.count == 1)
        #expect(doc.body.map(\.label) == ["I", "II", "III"] && doc.body.map(\.kind) == [.section, .section, .section])
        #expect(doc.body.map { $0.children.map(\.label) } == [["1", "2"], ["1", "2"], []])
        #expect(doc.body[0].heading == "MỤC ĐÍCH, YÊU CẦU" && doc.body[0].children[0].heading.hasPrefix("Quán triệt sâu sắc nội dung"))
    }

    /// A Quyết định of 1998 as it was printed: bases as dash items, `QUYẾT ĐỊNH` without its colon,
    /// articles `Điều 1.-` and clauses `1.-`. The articles had not been read (all nine paragraphs in
    /// the preamble) and the enacting words had stayed a basis.
    @Test func anOlderDecisionWithStopsAndHyphens() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/quyet-dinh-45-1998-qd-ub-dieu-cham-gach.txt")
        #expect(doc.header.enactingWords == "QUYẾT ĐỊNH" && doc.preamble.count == 3)
        #expect(doc.body.map(\.kind) == [.article, .article, .article] && doc.body.map(\.label) == ["1", "2", "3"])
        #expect(doc.body[1].children.map(\.label) == ["1", "2"] && doc.body[0].heading.hasPrefix("Nay ban hành kèm theo"))
    }

    /// Appendices after the signature numbered `PHỤ LỤC 1`, `PHỤ LỤC 1a`, then a form sent with the
    /// plan under its label (`Mẫu số 01` / `PHIẾU ĐĂNG KÝ DỰ THI` / `(Kèm theo …)`): three appendices,
    /// each with its table. `1a` had been a paragraph of Phụ lục 1, its title a second appendix
    /// (`DANH SÁCH`), and the form's label a paragraph of that one.
    @Test func appendicesNumberedWithALetterAndAForm() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/text/ke-hoach-58-kh-ubnd-mau-dang-ky-kem-theo.txt")
        #expect(doc.appendices.map(\.label) == ["PHỤ LỤC 1", "PHỤ LỤC 1a", "Mẫu số 01"])
        #expect(doc.appendices.map(\.number) == ["1", "1a", "01"])
        #expect(doc.appendices.map(\.title) == ["DANH SÁCH ĐỘI THI CÁC XÃ", "DANH SÁCH ĐỘI THI CÁC THỊ TRẤN", "PHIẾU ĐĂNG KÝ DỰ THI"])
        #expect(doc.appendices.map(\.tables.count) == [1, 1, 1] && doc.appendices.allSatisfy { $0.body.isEmpty })
        #expect(doc.appendices.map { $0.attachedTo?.number } == ["58/KH-UBND", "58/KH-UBND", "58/KH-UBND"])
    }

    /// A Youth Union's header: `ĐOÀN TNCS HỒ CHÍ MINH` where the quốc hiệu stands, over the place and
    /// date, is its national name (it had been dropped, read as nothing), and the executive committee
    /// (`BCH ĐOÀN XÃ …`) stands under its parent. In pipe-text, in text (the cells' lines without
    /// their `|`), and with the title spelled out.
    @Test(arguments: [("pipe-text", "ĐOÀN TNCS HỒ CHÍ MINH"), ("text", "ĐOÀN TNCS HỒ CHÍ MINH"),
                      ("pipe-text", "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH")])
    func aYouthUnionHeader(_ form: String, _ title: String) throws {
        var text = try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/ke-hoach-12-kh-dtn-doan-xa.txt").map { String(decoding: $0, as: UTF8.self) })
        text = text.replacingAll("ĐOÀN TNCS HỒ CHÍ MINH", with: title)
        if form == "text" {
            text = text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0 != "|" }.joined(separator: "\n")
        }
        let doc = try DocumentReader.read(Array(text.utf8), path: "x.txt", form: form == "text" ? .text : .pipeText)
        #expect(doc.header.nationalName == title)
        #expect(doc.header.issuer == "BCH ĐOÀN XÃ TÂN DĨNH" && doc.header.parentIssuer == "HUYỆN ĐOÀN LẠNG GIANG")
        #expect(doc.header.number == "12-KH/ĐTN" && doc.header.date == "2025-03-02" && doc.header.place == "Tân Dĩnh")
        #expect(doc.header.title?.hasPrefix("Tổ chức các hoạt động chào mừng") == true)
        #expect(doc.signature?.position == "BÍ THƯ" && doc.signature?.name == "Nguyễn Văn Hải")
    }

    /// The same header as `pdftotext -layout` lays out its two columns, and as a text with no blank
    /// line (a PDF's text): the union's title in the right column is the national name, and the
    /// text is read as text, not as pipe-text (its title had not marked the text's header).
    @Test func aYouthUnionHeaderInColumnsAndWithoutBlankLines() throws {
        let body = "KẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền sâu rộng về ý nghĩa của Tháng Thanh niên./.\nNơi nhận:\n- Lưu: VP.\nTM. BAN CHẤP HÀNH ĐOÀN XÃ\nBÍ THƯ\nNguyễn Văn Hải\n"
        let layout = "   HUYỆN ĐOÀN LẠNG GIANG                    ĐOÀN TNCS HỒ CHÍ MINH\n   BCH ĐOÀN XÃ TÂN DĨNH\n          ***\n      Số: 12-KH/ĐTN               Tân Dĩnh, ngày 02 tháng 3 năm 2025\n\n"
        let stacked = "HUYỆN ĐOÀN LẠNG GIANG\nBCH ĐOÀN XÃ TÂN DĨNH\n-------\nĐOÀN TNCS HỒ CHÍ MINH\n---------------\nSố: 12-KH/ĐTN\nTân Dĩnh, ngày 02 tháng 3 năm 2025\n"
        for head in [layout, stacked] {
            let doc = try DocumentReader.read(Array((head + body).utf8), path: "x.txt")
            #expect(doc.source.form == .text)
            #expect(doc.header.nationalName == "ĐOÀN TNCS HỒ CHÍ MINH")
            #expect(doc.header.issuer == "BCH ĐOÀN XÃ TÂN DĨNH" && doc.header.parentIssuer == "HUYỆN ĐOÀN LẠNG GIANG")
            #expect(doc.header.number == "12-KH/ĐTN" && doc.header.date == "2025-03-02")
            #expect(doc.signature?.position == "BÍ THƯ")
        }
    }

    @Test(arguments: ["BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH", "BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN QUYẾT ĐỊNH:", "ĐẢNG ỦY XÃ TÂN LẬP QUYẾT NGHỊ"])
    func enactingLinesWithTheirAuthority(_ line: String) {
        #expect(HeaderParser.authorityAndEnactingWords(line) != nil)
    }

    @Test(arguments: ["VỀ VIỆC SỬA ĐỔI MỘT SỐ ĐIỀU CỦA QUYẾT ĐỊNH", "QUYẾT ĐỊNH", "BAN HÀNH KÈM THEO QUYẾT ĐỊNH", "Ban Thường vụ Tỉnh ủy quyết định"])
    func notEnactingLines(_ line: String) {
        #expect(HeaderParser.authorityAndEnactingWords(line) == nil)
    }

    /// An amending Thông tư: the new text in quotes over several paragraphs (`“2. Hồ sơ … gồm:` /
    /// `a) …;` / `b) ….”`) is the amending clause's paragraphs as printed, not points of this
    /// document; what it names (`Phụ lục ban hành kèm theo Thông tư này`) is the amended one's.
    /// A quote that does not close reads as before.
    @Test func anAmendmentsQuotedText() throws {
        let path = TestFiles.fixtures + "/pipe-text/thong-tu-21-2025-tt-byt-sua-doi-trich-dan.txt"
        let doc = try TestFiles.parse(path)
        let amending = try #require(doc.body.first?.children)
        #expect(amending.map(\.label) == ["1", "2", "3"] && amending[0].children.isEmpty)
        #expect(amending[0].paragraphs == ["“2. Hồ sơ đề nghị cấp giấy chứng nhận gồm:",
                                           "a) Đơn đề nghị theo Mẫu số 01 tại Phụ lục ban hành kèm theo Thông tư này;",
                                           "b) Bản sao giấy chứng nhận đăng ký kinh doanh.”"])
        #expect((doc.appendixMentions ?? []).isEmpty)
        let text = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        let unclosed = try DocumentReader.read(Array(text.replacing("kinh doanh.”", with: "kinh doanh.").utf8), path: "t.txt", form: .pipeText)
        #expect(unclosed.body.first?.children.first?.children.map(\.label) == ["a", "b"])
        // A term in quotes further on (`“giấy phép”`) closes no quotation it did not open.
        let term = text.replacing("kinh doanh.”", with: "kinh doanh.").replacing("“c) Cơ sở", with: "c) Cơ sở")
            .replacing("trong giấy phép.”", with: "trong giấy phép.").replacing("3. Bãi bỏ Điều 6.", with: "3. Bãi bỏ cụm từ “giấy phép” tại Điều 6.")
        #expect(term.contains("Bãi bỏ cụm từ") && !term.contains("“c)") && !term.contains("phép.”"))
        let termed = try DocumentReader.read(Array(term.utf8), path: "t.txt", form: .pipeText)
        #expect(termed.body.first?.children.map(\.label) == ["1", "2", "3"] && termed.body.first?.children.first?.children.map(\.label) == ["a", "b"])
    }

    /// The same amendments typed with straight quotes (`"2. Hồ sơ … gồm:` / `a) …;` / `b) …."`), as
    /// text copies and typed drafts have them: the quoted text is the amending clause's too, whether
    /// it restates a clause or a new article (`"Điều 5a. …`), and a term quoted on a clause's line
    /// (`Thay cụm từ "cơ quan tiếp nhận" bằng …`) opens nothing.
    @Test func anAmendmentsTextInStraightQuotes() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/nghi-dinh-45-2024-nd-cp-sua-doi-ngoac-thang.txt")
        let amending = try #require(doc.body.first?.children)
        #expect(doc.body.map(\.label) == ["1", "2", "3"])
        #expect(amending.map(\.label) == ["1", "2", "3", "4"] && amending.allSatisfy(\.children.isEmpty))
        #expect(amending[0].paragraphs == ["\"2. Hồ sơ đăng ký bản công bố sản phẩm đối với thực phẩm dinh dưỡng y học bao gồm:",
                                           "a) Bản công bố sản phẩm theo Mẫu số 02 Phụ lục I ban hành kèm theo Nghị định này;",
                                           "b) Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.\""])
        #expect(amending[1].paragraphs.first == "\"Điều 5a. Kiểm tra nhà nước đối với thực phẩm nhập khẩu" && amending[1].paragraphs.count == 3)
        #expect((doc.appendixMentions ?? []).isEmpty)
        // The Thông tư of curly quotes, its quotes typed straight, reads as it does.
        let path = TestFiles.fixtures + "/pipe-text/thong-tu-21-2025-tt-byt-sua-doi-trich-dan.txt"
        let curly = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        let straight = curly.replacing("“", with: "\"").replacing("”", with: "\"")
        let a = try TestFiles.parse(path), b = try DocumentReader.read(Array(straight.utf8), path: "t.txt", form: .pipeText)
        #expect(b.body.first?.children.map(\.label) == a.body.first?.children.map(\.label) && b.body.first?.children.first?.children.isEmpty == true)
        #expect(b.body.first?.children.first?.paragraphs.count == a.body.first?.children.first?.paragraphs.count && (b.appendixMentions ?? []).isEmpty)
        // A quote opened curly and closed straight (Word's autocorrect on, then off) closes too.
        let mixed = try DocumentReader.read(Array(curly.replacing("kinh doanh.”", with: "kinh doanh.\"").utf8), path: "t.txt", form: .pipeText)
        #expect(mixed.body.first?.children.map(\.label) == a.body.first?.children.map(\.label) && mixed.body.first?.children.first?.children.isEmpty == true)
    }

    /// The same decree as wrapped text: a quotation that closes at a line's end (`… hồ sơ."`) ends
    /// its sentence, so the next quoted clause (`"3. Thời hạn …`) is a paragraph of its own.
    @Test func wrappedQuotedClausesStayApart() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/text/nghi-dinh-45-2024-nd-cp-ngat-dong-ngoac-thang.txt")
        let amending = try #require(doc.body.first?.children)
        #expect(amending.map(\.label) == ["1", "2", "3", "4"] && amending.allSatisfy(\.children.isEmpty))
        #expect(amending[0].paragraphs.count == 4 && amending[0].paragraphs[3].hasPrefix("\"3. Thời hạn giải quyết"))
        #expect(amending[0].paragraphs[2].hasSuffix("còn hiệu lực tại thời điểm nộp hồ sơ.\""))
    }

    /// A quotation opened on the amending clause's own line (`1. Sửa đổi, bổ sung khoản 2 Điều 4 như
    /// sau: “2. Mức hỗ trợ:` / `a) …;` / `b) ….”`), on a page shaped as a legal-document site prints
    /// it: the clause reads as ever, the rest of the quotation is its text, not points of this
    /// decision; a quotation opened on a line of its own still is.
    @Test func aQuotationOpenedOnTheClausesLine() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/html/quyet-dinh-25-2024-qd-ubnd-sua-doi-ngoac-cung-dong.html")
        let amending = try #require(doc.body.first?.children)
        #expect(doc.body.map(\.label) == ["1", "2", "3"] && amending.map(\.label) == ["1", "2", "3"] && amending.allSatisfy(\.children.isEmpty))
        #expect(amending[0].heading == "Sửa đổi, bổ sung khoản 2 Điều 4 như sau: “2. Mức hỗ trợ:")
        #expect(amending[0].paragraphs == ["a) Hỗ trợ 50% chi phí mua giống cây trồng, vật nuôi, nhưng không quá 20 triệu đồng/hộ;",
                                           "b) Hỗ trợ 30% chi phí xây dựng chuồng trại, nhưng không quá 15 triệu đồng/hộ.”"])
        #expect(amending[1].paragraphs.count == 3 && amending[1].paragraphs.first == "“Điều 6a. Hỗ trợ liên kết sản xuất")
        #expect(doc.signature?.name == "Đinh Công Sứ" && doc.recipients.count == 6)
    }

    @Test(arguments: [("1. Sửa đổi khoản 2 Điều 4 như sau: “2. Mức hỗ trợ:", true), ("như sau:\"a) Hỗ trợ", true),
                      ("Thay cụm từ “giấy phép” bằng:", false), ("“Đã ký", false), ("như sau: “a) …” và “b)", true)])
    func opensQuotationAfterColon(_ text: String, opens: Bool) {
        #expect(SectionParser.opensQuotationAfterColon(text) == opens)
    }

    /// Straight quotes open before a word and close after one; one between spaces is neither.
    @Test(arguments: [("\"2. Hồ sơ gồm:", 1), ("b) Bản sao giấy chứng nhận.\"", -1), ("Thay cụm từ \"a\" bằng \"b\".", 0),
                      ("5 \" 7", 0), ("như sau:\"2. Hồ sơ", 1), ("(\"Điều 5a.", 1), ("“2. Hồ sơ", 1), ("kinh doanh.”", -1), ("làm việc\"./.", -1)])
    func quoteBalance(_ text: String, balance: Int) {
        #expect(SectionParser.quoteBalance(text) == balance)
    }

    /// A wrapped line that ends on an article's clause or point (`… tại khoản 3` / `Điều 7.`) wants the
    /// article named on the next line: that line cites it (Nghị định 45/2024 wrapped at 90).
    @Test(arguments: [("Thay cụm từ \"cơ quan tiếp nhận\" tại khoản 3", true), ("theo quy định tại điểm đ", true),
                      ("tại khoản 2, Khoản 3", true), ("Bãi bỏ khoản 4 Điều 7.", false), ("có 3 khoản 12", true),
                      ("tổng số 3", false), ("điểm", false), ("khoản 1234", false)])
    func endsArticlePart(_ text: String, ends: Bool) {
        #expect(TextLines.endsArticlePart(text) == ends)
    }

    /// A Phương án (response plan) whose points have points (`a)` over `a.1)`, `a.2)`): one level
    /// down, not run into point `a`'s text; `a1)`, a point inserted after `a)`, stays its sibling.
    @Test func pointsOfAPoint() throws {
        let path = TestFiles.fixtures + "/pipe-text/phuong-an-41-pa-ubnd-diem-cua-diem.txt"
        let doc = try TestFiles.parse(path)
        #expect(doc.header.type == "PHƯƠNG ÁN" && doc.header.number == "41/PA-UBND")
        let response = try #require(doc.body.first { $0.label == "III" })
        let evacuate = try #require(response.children.last?.children.first)
        #expect(evacuate.label == "2.1" && evacuate.children.map(\.label) == ["a", "b"])
        #expect(evacuate.children[0].heading == "Đối với khu vực sạt lở:")
        #expect(evacuate.children[0].children.map(\.label) == ["a.1", "a.2"] && evacuate.children[0].children.map(\.line) == [47, 48])
        let inserted = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self).replacing("a.1) Sơ tán", with: "a1) Sơ tán")
        let amended = try DocumentReader.read(Array(inserted.utf8), path: "t.txt", form: .pipeText)
        let points = try #require(amended.body.first { $0.label == "III" }?.children.last?.children.first?.children)
        #expect(points.map(\.label) == ["a", "a1", "b"])
        // Its `* …` items are items (a plain text's bullets), the `+ …` under the first in it; the
        // first had been a paragraph of 1.2.
        let economy = try #require(doc.body.flatMap(\.children).flatMap(\.children).first { $0.label == "1.2" })
        #expect(economy.paragraphs.isEmpty && economy.children.map(\.kind) == [.dash, .dash])
        #expect(economy.children[0].heading == "Nhiệm vụ trọng tâm:" && economy.children[0].children.map(\.kind) == [.plus, .plus])
    }

    @Test(arguments: [("A. KẾT QUẢ THỰC HIỆN", "A"), ("B.  NHIỆM VỤ NĂM 2025", "B"), ("A. Kết quả thực hiện", nil), ("A. 2024", nil),
                      ("K. KẾT LUẬN", nil), ("A.KẾT QUẢ", nil), ("I. KẾT QUẢ", nil), ("PHẦN A: ĐÁNH GIÁ KẾT QUẢ", "A"),
                      ("Phần B. Phương hướng", "B"), ("PHẦN ANH HÙNG", nil), ("Phần I", "I")] as [(String, String?)])
    func letteredDivisions(_ line: String, _ label: String?) {
        let b = Array(line.utf8)
        let m = Markers.match(b, 0, b.count)
        #expect((m?.kind == .part ? m?.label(b) : nil) == label)
    }

    /// A consolidated text (văn bản hợp nhất, `12/VBHN-BTC`): its title ends where its statement of
    /// what it consolidates opens (`Thông tư số 40/2021/TT-BTC …, được sửa đổi, bổ sung bởi:`); a
    /// clause marked as amended (`3.[3] Chi …`) is a clause; the footnotes after the signature are
    /// notes, each with its mark, not closing paragraphs.
    @Test func aConsolidatedTextsNotes() throws {
        let path = TestFiles.fixtures + "/pipe-text/thong-tu-12-vbhn-btc-hop-nhat-chu-thich.txt"
        let doc = try TestFiles.parse(path)
        #expect(doc.header.number == "12/VBHN-BTC" && doc.header.numberParts?.typeCode == "VBHN")
        #expect(doc.header.title == "Hướng dẫn chế độ quản lý tài chính đối với hoạt động bồi dưỡng cán bộ, công chức")
        #expect(doc.preamble.first?.text.hasPrefix("Thông tư số 40/2021/TT-BTC ngày 01 tháng 6 năm 2021") == true && doc.preamble.first?.line == 14)
        let clauses = try #require(doc.body.first { $0.label == "2" }?.children)
        #expect(clauses.map(\.label) == ["1", "2", "3"] && clauses[2].line == 32 && clauses[2].heading.hasPrefix("[3] Chi hỗ trợ tiền ăn"))
        #expect(doc.closing.isEmpty && doc.recipients.last == "- Lưu: VT, HCSN.")
        #expect(doc.notes.map(\.mark) == ["1", "2", "3", "4"] && doc.notes.map(\.line) == [50, 59, 61, 63])
        #expect(doc.notes[0].paragraphs.count == 5 && doc.notes[0].paragraphs[0].text.hasPrefix("Thông tư số 100/2024/TT-BTC"))
        #expect(doc.notes[3].paragraphs.map(\.text).last == "Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025.”")
        // A mark that goes back (`[2]` quoted inside note 4) or a paragraph so marked before any
        // signature is text, not a note.
        let text = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        let back = try DocumentReader.read(Array(text.replacing("“Điều 2. Hiệu lực thi hành", with: "[2] Hiệu lực thi hành").utf8), path: "t.txt", form: .pipeText)
        #expect(back.notes.count == 4 && back.notes[3].paragraphs[1].text == "[2] Hiệu lực thi hành")
        let unsigned = try DocumentReader.read(Array(text.replacing("Điều 1. Phạm vi điều chỉnh", with: "[1] Phạm vi điều chỉnh").utf8), path: "t.txt", form: .pipeText)
        #expect(unsigned.notes.count == 4 && unsigned.preamble.contains { $0.text == "[1] Phạm vi điều chỉnh" })
    }

    /// A consolidated law (`08/VBHN-VPQH`): the amending laws it lists, numbered (`1. Luật số
    /// 84/2025/QH15 …;`), stand in the preamble, not the body; it is signed in authentication
    /// (`XÁC THỰC VĂN BẢN HỢP NHẤT` over `CHỦ NHIỆM`, no authority line), so its notes are notes.
    @Test func aConsolidatedLawsAmendingList() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/luat-08-vbhn-vpqh-hop-nhat-danh-sach-sua-doi.txt")
        #expect(doc.header.type == "LUẬT" && doc.header.title == "PHÒNG CHÁY, CHỮA CHÁY VÀ CỨU NẠN, CỨU HỘ")
        #expect(doc.preamble.map(\.line) == [14, 17, 20, 23, 24] && doc.preamble[1].text.hasPrefix("1. Luật số 84/2025/QH15"))
        #expect(doc.body.first?.kind == .chapter && doc.body.first?.line == 25)
        #expect(doc.signature?.party == "XÁC THỰC VĂN BẢN HỢP NHẤT" && doc.signature?.position == "CHỦ NHIỆM" && doc.signature?.name == "Lê Quang Tùng")
        #expect(doc.notes.map(\.mark) == ["1", "2", "3", "4"] && doc.recipients.count == 5)
        let amending = try #require(doc.citations.first { $0.number == "84/2025/QH15" })
        #expect(amending.date == "2025-06-25" && amending.issuer == "Quốc hội")
    }

    /// A joint resolution of the Government and the Front's presidium (`NGHỊ QUYẾT LIÊN TỊCH`,
    /// `03/2025/NQLT-CP-ĐCTUBTWMTTQVN`): both bodies on the agency lines and on the authority line over
    /// the bases, each signing for its own (`TM. ĐOÀN CHỦ TỊCH …` beside `TM. CHÍNH PHỦ`).
    @Test func aJointResolutionOfTwoBodies() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/nghi-quyet-lien-tich-03-2025-nqlt-cp-mttq-hai-co-quan.txt")
        #expect(doc.header.type == "NGHỊ QUYẾT LIÊN TỊCH" && doc.header.numberParts?.typeCode == "NQLT")
        #expect(doc.header.authority == "CHÍNH PHỦ - ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM")
        #expect(doc.header.title == "Ban hành Quy chế phối hợp công tác giữa Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
        #expect(doc.body.map(\.label) == ["1", "2", "3"] && doc.preamble.count == 3)
        #expect(doc.signature?.authority == "TM. ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM" && doc.signature?.name == "Đỗ Văn Chiến")
        #expect(doc.coSignatures.map(\.authority) == ["TM. CHÍNH PHỦ"] && doc.coSignatures.map(\.name) == ["Phạm Minh Chính"])
    }

    /// A Thông báo kết luận citing its sources in footnotes (`báo cáo của Sở Tài chính[1]`): the notes
    /// follow the recipients and the signature, are not closing text, and their documents are cited.
    @Test func aNoticesFootnotes() throws {
        let doc = try TestFiles.parse(TestFiles.fixtures + "/pipe-text/thong-bao-245-tb-ubnd-ket-luan-chu-thich.txt")
        #expect(doc.notes.map(\.mark) == ["1", "2"] && doc.notes.map(\.line) == [38, 40])
        #expect(doc.closing.map(\.text) == ["Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./."])
        #expect(doc.recipients.last == "- Lưu: VT, KT." && doc.signature?.name == "Hoàng Văn Nam")
        #expect(doc.citations.map(\.number) == ["412/BC-STC", "3125/QĐ-UBND"] && doc.citations.map(\.date) == ["2025-10-10", "2024-12-25"])
        #expect(doc.noteMarks?.map(\.mark) == ["1", "2"] && doc.noteMarks?.map(\.position.line) == [18, 20])
    }

    /// A Công văn whose header table was read row by row, its `V/v …` in a row of its own under the
    /// number and the date: the subject is its title, with or without blank lines between the rows.
    /// Its citations' two-digit years are read before the letter's own year (1998, 2019, 2020); a
    /// year split by a space (`16/7/20 21`) is not.
    @Test(arguments: [false, true])
    func aSubjectUnderTheHeaderAndTwoDigitYears(_ packed: Bool) throws {
        let path = TestFiles.fixtures + "/text/cong-van-86-ubnd-nam-hai-chu-so.txt"
        var text = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self)
        if packed { text = text.replacingAll("\n\n", with: "\n") }
        let doc = try DocumentReader.read(Array(text.utf8), path: path, form: .text)
        #expect(doc.header.title == "V/v rà soát hồ sơ cán bộ, công chức cấp xã" && doc.header.type == nil)
        #expect(doc.header.addressees == ["Ủy ban nhân dân các xã, thị trấn."])
        #expect(doc.preamble.first?.text.hasPrefix("Thực hiện Công văn số 512/SNV-CCVC") == true)
        #expect(doc.citations.map(\.number) == ["512/SNV-CCVC", "1203/QĐ-UBND", "07/HD-SNV", "45/KH-UBND"])
        #expect(doc.citations.map(\.date) == ["2020-03-03", "1998-05-12", "2019-12-25", nil])
    }

    /// Every type's own name reads back as that type, in capitals and with spaces around it too
    /// (the lookup by name, which X02 asks of every mention of a numbered citation); the older tone
    /// placement reads as the newer.
    @Test func everyTypeNameReadsBackAsItsType() {
        #expect(DocumentTypes.all.count > 20)
        for kind in DocumentTypes.all {
            for spelling in [kind.name, kind.name.uppercased(), "  " + kind.name.replacingAll(" ", with: "  ") + " "] {
                #expect(DocumentTypes.kind(named: spelling)?.name == kind.name, "\(spelling)")
            }
        }
        #expect(DocumentTypes.kind(named: "Giấy uỷ quyền")?.name == "Giấy ủy quyền")
        #expect(DocumentTypes.kind(named: "Kế hoạch năm") == nil)
    }
}

import Testing
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanTestSupport

/// The blank-line and inline-pipe documents of the corpus: the header facts their text shows.
/// The deliberately damaged files (PDF text without letters, OCR, spun text, TCVN3, a flattened
/// line) are robustness inputs: they must parse without an error and be flagged where damaged.
@Suite(.enabled(if: TestFiles.hasShared, "../shared is absent"))
struct LineFormCorpusTests {
    struct Facts: Sendable, CustomTestStringConvertible {
        let path: String
        let form: InputForm
        let issuer: String?
        let number: String
        let place: String
        let date: String
        let type: String?
        var testDescription: String { path }
    }

    static let facts: [Facts] = [
        Facts(path: "blank-line/ke-hoach-155-kh-ubnd-2017-bac-ninh-ho-tich", form: .text, issuer: "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", number: "155/KH-UBND", place: "Bắc Ninh", date: "2017-05-26", type: "KẾ HOẠCH"),
        Facts(path: "blank-line/ke-hoach-2516-kh-ubnd-2014-kon-tum-tre-em-hethongphapluat", form: .text, issuer: "Y BAN NHÂN DÂN TỈNH KON TUM", number: "2516/KH-UBND", place: "Kon Tum", date: "2014-10-03", type: "KẾ HOẠCH"),
        Facts(path: "blank-line/ke-hoach-2516-kh-ubnd-2014-kon-tum-tre-em-luatminhkhue", form: .text, issuer: "Y BAN NHÂN DÂN TỈNH KON TUM", number: "2516/KH-UBND", place: "Kon Tum", date: "2014-10-03", type: "KẾ HOẠCH"),
        Facts(path: "blank-line/ke-hoach-73-kh-ubnd-2013-ha-noi-giam-sat-dau-tu", form: .text, issuer: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", number: "73/KH-UBND", place: "Hà Nội", date: "2013-05-03", type: "KẾ HOẠCH"),
        Facts(path: "blank-line/quyet-dinh-1961-qd-ubnd-2019-kien-giang-pdf-text-123docz", form: .text, issuer: "ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", number: "1961/QĐUBND", place: "Kiên Giang", date: "2019-08-28", type: "QUYẾT ĐỊNH"),
        Facts(path: "blank-line/quyet-dinh-55-2007-qd-ubnd-ninh-thuan-tien-bo-phu-nu", form: .text, issuer: "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN", number: "55/2007/CT-UBND", place: "Phan Rang-Tháp Chàm", date: "2007-03-05", type: "QUYẾT ĐỊNH"),
        // Flattened onto one line (the hyphens lost: `5556/QĐBYT`), cut apart again.
        Facts(path: "blank-line/quyet-dinh-5556-qd-byt-2021-suy-dinh-duong-tailieu-mot-dong", form: .text, issuer: "BỘ Y TẾ", number: "5556/QĐBYT", place: "Hà Nội", date: "2021-12-04", type: "QUYẾT ĐỊNH"),
        Facts(path: "inline-pipe/ke-hoach-54-kh-ubnd-2020-lang-son-dinh-duong-ky-tu-r-n-thua", form: .inlinePipe, issuer: "ỦY BAN NHÂN DÂN", number: "54/KH-UBND", place: "Lạng Sơn", date: "2020-03-27", type: nil),
        Facts(path: "inline-pipe/ke-hoach-91-kh-ubnd-2021-quang-ngai-ke-hoach-hoa-gia-dinh", form: .inlinePipe, issuer: "ỦY BAN NHÂN DÂN", number: "91/KH-UBND", place: "Quảng Ngãi", date: "2021-06-17", type: nil),
        Facts(path: "inline-pipe/quyet-dinh-39-2009-qd-ubnd-hau-giang-dan-so", form: .inlinePipe, issuer: "ỦY BAN NHÂN DÂN", number: "39/2009/QĐ-UBND", place: "Vị Thanh", date: "2009-11-16", type: nil),
        Facts(path: "inline-pipe/quyet-dinh-41-2019-qd-ubnd-quang-tri-che-do-bao-cao-dong-bi-cat", form: .inlinePipe, issuer: "ỦY BAN NHÂN DÂN", number: "41/2019/QĐ-UBND", place: "Quảng Trị", date: "2019-10-22", type: nil),
        Facts(path: "inline-pipe/quyet-dinh-97-2025-qd-ubnd-son-la-che-do-bao-cao-nhansu", form: .inlinePipe, issuer: "ỦY BAN NHÂN DÂN", number: "97/2025/QĐ-UBND", place: "Sơn La", date: "2025-09-08", type: nil),
    ]

    @Test(arguments: facts)
    func headerFacts(_ f: Facts) throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/\(f.path).txt")
        #expect(doc.source.form == f.form)
        #expect(doc.header.issuer == f.issuer)
        #expect(doc.header.number == f.number)
        #expect(doc.header.place == f.place)
        #expect(doc.header.date == f.date)
        #expect(doc.header.type == f.type)
    }

    /// The Công văn's `A. PHƯƠNG HƯỚNG CHUNG` over its paragraph is a lettered division (a part),
    /// not a paragraph run on from the lead-in before it.
    @Test func aLetteredDivisionInTheCorpus() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/blank-line/cong-van-3892-bgddt-gdtrh-2019-ocr-123docz.txt")
        let part = try #require(doc.body.first { $0.kind == .part })
        #expect(part.label == "A" && part.heading == "PHƯƠNG HƯỚNG CHUNG" && part.line == 39)
        #expect(part.paragraphs.first?.hasPrefix("Tăng cường quán triệt và thực hiện các chủ trương") == true)
    }

    @Test func siteMetadataIsNotTheHeader() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/blank-line/ke-hoach-155-kh-ubnd-2017-bac-ninh-ho-tich.txt")
        #expect(doc.sourceMetadata.contains { $0.text.hasPrefix("Số hiệu: 155/KH-UBND") })
        let inline = try TestFiles.parse(TestFiles.corpus + "/inline-pipe/quyet-dinh-97-2025-qd-ubnd-son-la-che-do-bao-cao-nhansu.txt")
        #expect(inline.sourceMetadata.contains { $0.text == "Số hiệu: 97/2025/QĐ-UBND" })
        #expect(inline.header.title == "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH SƠN LA")
    }

    /// The flattened Quyết định: its title and the authority under it told apart in one upper-case
    /// run (`… GIAI ĐOẠN 20212025 BỘ TRƯỞNG BỘ Y TẾ`), its `Căn cứ` paragraphs cut where each begins.
    @Test func flattenedDocumentIsCutApart() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/blank-line/quyet-dinh-5556-qd-byt-2021-suy-dinh-duong-tailieu-mot-dong.txt")
        #expect(doc.header.title?.hasSuffix("VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ VÀ MIỀN NÚI GIAI ĐOẠN 20212025") == true)
        #expect(doc.header.authority == "BỘ TRƯỞNG BỘ Y TẾ" && doc.header.motto == "Độc lập Tự do Hạnh phúc")
        #expect(doc.preamble.count == 3 && doc.preamble.allSatisfy { $0.text.hasPrefix("Căn cứ ") })
        #expect(doc.body.isEmpty)
    }

    @Test(arguments: ["quyet-dinh-291-2006-qd-ubdt-mat-dau-pdf-tailieu", "thong-tu-lien-tich-04-2001-ttlt-btp-ma-tcvn3-tailieu"])
    func damagedTextIsFlagged(_ name: String) throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/blank-line/\(name).txt")
        #expect(doc.diagnostics.contains { $0.rule == "U01" })
    }

    /// The copies from tailieu.vn: the site's furniture (its title, `Chia sẻ: … | Số trang`, `lượt xem`,
    /// `Mô tả tài liệu`, `Chủ đề:`) stands before `Nội dung Text:`, where the document's text follows.
    /// With no header to find (the copies are damaged), the marker tells: the furniture is the
    /// source's metadata, not the preamble, and the site's title is no citation (C02 fired on it).
    /// (The flattened one has its own `Căn cứ` paragraphs, after the furniture.)
    @Test(arguments: [("quyet-dinh-291-2006-qd-ubdt-mat-dau-pdf-tailieu", 0), ("thong-tu-lien-tich-04-2001-ttlt-btp-ma-tcvn3-tailieu", 0),
                      ("quyet-dinh-5556-qd-byt-2021-suy-dinh-duong-tailieu-mot-dong", 3)])
    func siteFurnitureBeforeTheTextIsMetadata(_ name: String, legalBases: Int) throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/blank-line/\(name).txt")
        #expect(doc.sourceMetadata.last?.text.hasPrefix("Nội dung Text:") == true)
        #expect(doc.sourceMetadata.contains { $0.text.hasPrefix("Chia sẻ:") })
        #expect(doc.preamble.count == legalBases && doc.preamble.allSatisfy { $0.text.hasPrefix("Căn cứ ") })
        let furniture = Set(doc.sourceMetadata.map(\.line))
        #expect(doc.citations.allSatisfy { $0.lines.allSatisfy { !furniture.contains($0) } })
    }

    /// The spun Thông tư lost the space before a date (`Luật dược số 105/2016/QH13ngày thứ 6 …`):
    /// the law's number stops at its code.
    @Test func aNumberGluedToItsDateKeepsItsCode() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/blank-line/thong-tu-05-2017-tt-byt-van-ban-bi-xao-tu-spun.txt")
        #expect(doc.citations.filter { $0.type == "Luật" }.map(\.number) == ["105/2016/QH13", "11/2012/QH13"])
    }

    /// The copies from 123doc: the site's furniture (`Tải bản đầy đủ (.pdf) (11 trang)`, its title,
    /// `Bạn đang xem bản rút gọn của tài liệu. …`) stands before the document's text. The Quyết định's
    /// header tells where the text starts, and so does the Công văn's, its diacritics restored; with
    /// its header's lines gone (`headerless`), the site's own marker tells (its furniture was read as
    /// the preamble's first paragraphs).
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"),
          arguments: [("quyet-dinh-1961-qd-ubnd-2019-kien-giang-pdf-text-123docz", false), ("cong-van-3892-bgddt-gdtrh-2019-ocr-123docz", false),
                      ("cong-van-3892-bgddt-gdtrh-2019-ocr-123docz", true)])
    func documentSharingSitesFurnitureIsMetadata(_ name: String, headerless: Bool) throws {
        let path = TestFiles.corpus + "/blank-line/\(name).txt"
        var doc = try TestFiles.parse(path)
        if headerless {
            // Lines 7 to 25: the agency down to the date line.
            let lines = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let text = (lines[..<6] + lines[25...]).joined(separator: "\n")
            doc = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .text)
            #expect(doc.header.nationalName == nil && doc.header.issuer == nil)
        } else {
            #expect(doc.header.nationalName != nil)
        }
        #expect(doc.sourceMetadata.map(\.line) == [1, 3, 5])
        #expect(doc.sourceMetadata.first?.text.hasPrefix("Tải bản đầy đủ (.pdf)") == true)
        #expect(doc.sourceMetadata.last?.text.hasPrefix("Bạn đang xem bản rút gọn của tài liệu.") == true)
        #expect(doc.preamble.allSatisfy { $0.line > 5 })
    }

    /// The Công văn's OCR read its header without diacritics (`BO GIAO DUC VA DAO TAO`, `CONG HOA XA
    /// HOI CHU NGHIA VIET NAM`) and its body with them: the header's landmark words get their marks
    /// back, and U01 says so at the quốc hiệu's line. Its right column, read after the `V/v` and the
    /// `Kính gửi:`, gives the motto; the number and the date line are garbled past reading (`sá##j5…`,
    /// `ngage thang § nam 2019`). A page is not restored: there U01 names the quốc hiệu.
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func aNationalNameWithoutDiacriticsIsNamed() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/blank-line/cong-van-3892-bgddt-gdtrh-2019-ocr-123docz.txt")
        #expect(doc.header.nationalName == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" && doc.header.issuerLines.first == "BỘ GIÁO DỤC VÀ ĐÀO TẠO")
        #expect(doc.header.motto == "Độc lập - Tự do - Hạnh phúc")
        #expect(doc.header.title == "V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2019-2020")
        #expect(doc.header.number == nil && doc.header.date == nil)
        let notes = doc.diagnostics.filter { $0.rule == "U01" }
        #expect(notes.count == 1)
        #expect(notes.first.map { $0.line == 10 && $0.column == 1 && $0.message.hasPrefix("the header's lines have no Vietnamese diacritics") } == true)
        let page = "<html><body><p>BO GIAO DUC VA DAO TAO</p><p>CONG HOA XA HOI CHU NGHIA VIET NAM</p>"
            + "<p>Thực hiện Chỉ thị số 2268/CT-BGDĐT ngày 08/8/2019, Bộ hướng dẫn như sau:</p><p>1. Nội dung.</p></body></html>"
        let read = try DocumentReader.read(Array(page.utf8), path: "p.html", form: .html)
        #expect(read.header.nationalName == nil)
        #expect(read.diagnostics.contains { $0.rule == "U01" && $0.message.hasPrefix("`CONG HOA XA HOI CHU NGHIA VIET NAM` is the quốc hiệu without its diacritics") })
        // A header that reads, diacritics and all, draws no such note.
        let marked = try TestFiles.parse(TestFiles.corpus + "/blank-line/quyet-dinh-1961-qd-ubnd-2019-kien-giang-pdf-text-123docz.txt")
        #expect(marked.header.nationalName != nil && !marked.diagnostics.contains { $0.message.contains("without its diacritics") })
    }

    /// The corpus page whose body is TCVN3 read as Latin-1 (`Th«ng t`, `V¨n h o¸ th«ng tin`): its body
    /// line is converted to Unicode; the page's own Unicode lines stay as they are.
    @Test(.enabled(if: TestFiles.hasShared, "../shared is absent"))
    func tcvn3BodyIsConverted() throws {
        let path = TestFiles.corpus + "/blank-line/thong-tu-lien-tich-04-2001-ttlt-btp-ma-tcvn3-tailieu.txt"
        let raw = try #require(TestFiles.read(path))
        let text = try DocumentReader.readWithSource(raw, path: path).source.text.collapsingSpaces
        #expect(String(decoding: raw, as: UTF8.self).contains("V¨n h o¸ th«ng tin"))
        #expect(text.contains("Văn h oá thông tin") && text.contains("Thông t Liên") && !text.contains("Th«ng"))
        #expect(text.contains("Nội dung Text: Thông tư liên tịch 04/2001/TTLT-BTP-BVHTT-BTTUBMTTQVN-UBQGD"))
    }

    /// QĐ 41 lost its `Nơi nhận:` label: the list beside the signature (`- Như Điều 3;`) is still its
    /// recipients, not closing text. It lost the `QUY ĐỊNH` type line of the Quy định it issues too:
    /// the title over its `(Ban hành kèm theo …)` note still opens it, typed as the Quyết định's
    /// title (`BAN HÀNH QUY ĐỊNH …`) says.
    @Test func recipientsAndAttachedDocumentThatLostTheirLabels() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/inline-pipe/quyet-dinh-41-2019-qd-ubnd-quang-tri-che-do-bao-cao-dong-bi-cat.txt")
        #expect(doc.recipients == ["- Như Điều 3;"])
        #expect(doc.signature?.authority == "TM. ỦY BAN NHÂN DÂN")
        #expect(doc.closing.isEmpty)
        let quyDinh = try #require(doc.appendices.first)
        #expect(doc.appendices.count == 1 && quyDinh.label == "QUY ĐỊNH" && quyDinh.title == "CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ")
        #expect(quyDinh.attachedTo?.number == "41/2019/QĐ-UBND" && quyDinh.body.map(\.label) == ["1", "2", "4"])
    }

    /// The same list beside the signature without its label, its entries opened by a bullet, an em
    /// or en dash, or a hyphen the space after which was typed away (`-Như Điều 3;`): still the
    /// recipients. Only `- ` had been taken; the others became closing text (2026-12-03).
    @Test(arguments: ["- ", "• ", "— ", "– ", "-"])
    func unlabelledRecipientsOpenedByAnyDash(_ dash: String) throws {
        let path = TestFiles.fixtures + "/text/quyet-dinh-41-qd-ubnd-tung-dong-inline.txt"
        let text = String(decoding: try #require(TestFiles.read(path)), as: UTF8.self).replacing("Nơi nhận: | TM.", with: " | TM.")
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { l in
            l.hasPrefix("- ") && l.contains(" | ") ? dash + l.dropFirst(2) : String(l)
        }
        let doc = try DocumentReader.read(Array(rows.joined(separator: "\n").utf8), path: path)
        #expect(doc.recipients == ["Như Điều 3;", "Văn phòng Chính phủ;", "Lưu: VT, TH."].map { dash + $0 })
        #expect(doc.signature?.name == "Hà Sỹ Đồng" && doc.closing.isEmpty)
    }

    /// KH 54 arrived with stray line breaks (`\r\n` read as text): a line that opens with a number and
    /// no marker continues the sentence before it (`… đến năm` / `2030 như sau:`, `… dưới` / `5%3.`).
    @Test func aNumberContinuesTheSentenceBeforeIt() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/inline-pipe/ke-hoach-54-kh-ubnd-2020-lang-son-dinh-duong-ky-tu-r-n-thua.txt")
        #expect(doc.preamble.count == 1 && doc.preamble.first?.text.hasSuffix("tầm nhìn đến năm 2030 như sau:") == true)
        let point = try #require(doc.body.dropFirst().first?.children.first)
        #expect(point.children.map(\.kind) == [.dash, .dash] && point.children[0].heading.hasSuffix("(dưới 2.500 gram) dưới 5%3."))
    }

    @Test func everyCorpusTextFileParsesWithoutError() throws {
        for dir in ["blank-line", "inline-pipe", "pipe-text"] {
            for f in TestFiles.list(TestFiles.corpus + "/" + dir, suffix: ".txt") where !f.hasSuffix(".source.txt") {
                let doc = try TestFiles.parse(TestFiles.corpus + "/\(dir)/\(f)")
                #expect(!doc.diagnostics.contains { $0.severity == .error }, "\(f)")
            }
        }
    }
}

/// Where every numbered node of a text says it stands, in its own line, its marker begins: past an
/// indent, a run of spaces, Markdown's marks (`**II. NHIỆM VỤ**`, `\- Nội dung`, `# `) and a bad
/// export's literal `\r\n`. Texts in a legacy encoding are left out: their bytes are not the letters.
/// A point that Markdown numbers in a list nested in its clause's item (pandoc's GFM) stands at its
/// number: `1.` for `a`, `2.` for `b`; a dash item at Markdown's bullet `* ` (markitdown's); a clause
/// of a list markitdown begins again after bullets at its `1.`.
@Suite struct TextColumnTests {
    static let texts: [String] =
        ["txt", "md"].flatMap { s in TestFiles.list(TestFiles.fixtures + "/text", suffix: "." + s).map { TestFiles.fixtures + "/text/" + $0 } }
        + ["blank-line", "inline-pipe"].flatMap { f in
            TestFiles.list(TestFiles.corpus + "/" + f, suffix: ".txt").filter { !$0.hasSuffix(".source.txt") }.map { TestFiles.corpus + "/" + f + "/" + $0 }
        }

    @Test(arguments: texts)
    func everyNodeStandsAtItsMarker(_ path: String) throws {
        let raw = try #require(TestFiles.read(path))
        let doc = try DocumentReader.read(raw, path: path)
        if doc.diagnostics.contains(where: { $0.rule == "U01" }) { return }
        let lines = raw.split(separator: 0x0A, omittingEmptySubsequences: false)
        var nodes = doc.body + doc.appendices.flatMap(\.body)
        let markdown = path.hasSuffix(".md")
        while let n = nodes.popLast() {
            nodes += n.children
            let at = String(decoding: lines[n.line - 1].dropFirst(n.column - 1).prefix(16), as: UTF8.self)
            let word = n.label == nil ? String(n.heading.prefix { $0 != " " }) : ""
            let numbered = markdown && n.kind == .point && n.column > 1 && at.first?.isNumber == true && at.contains(". ")
            let bullet = markdown && n.kind == .dash && at.hasPrefix("* ")
            // A clause of a list begun again at `1.` after bullets, which goes on from the list before them.
            let restarted = markdown && n.kind == .clause && n.label != "1" && at.hasPrefix("1. ")
            let opens = numbered || bullet || restarted || [n.label ?? word, "Điều", "ĐIỀU", "Chương", "CHƯƠNG", "Mục", "MỤC", "Phần", "PHẦN", "-", "+", "•"].contains { !$0.isEmpty && at.hasPrefix($0) }
            #expect(opens, "\(n.kind) \(n.label ?? "") at \(n.line):\(n.column) stands before `\(at)`")
        }
    }
}

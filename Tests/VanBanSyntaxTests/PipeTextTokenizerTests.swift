import Testing
import VanBanModel
@testable import VanBanSyntax
import VanBanTestSupport

/// The wrap signals of input-forms.md, one by one, on small pipe-text inputs.
@Suite struct PipeTextTokenizerTests {
    /// Lines split at the decoder's line starts are each source line trimmed, numbered and placed
    /// on its line, their widths the standard library's count of scalars (the splitter counts
    /// sixteen bytes at a time, the last block read back from the line's end); the starts the
    /// tokenizer finds itself for a folded text are the decoder's. Texts of line feeds, `|` lines,
    /// blank and white lines, CR, and letters of one to three bytes, with and without a last line feed.
    @Test func linesAtTheDecodersStartsAreTheLinesFound() throws {
        var texts = PieceTexts(["\n", "|\n", "\n\n", " ", "  \n", "\r\n", "\u{A0}", "a", "Kế hoạch ", "ư", "Ủy ban nhân dân tỉnh Thái Nguyên",
                                "abcdefghijklmnopqrstuvwxyz", "ệ", "\t"], seed: 48)
        var compared = 0
        for _ in 0..<5_000 {
            let b = texts.text(maxPieces: 40)
            guard let source = try? SourceText(decoding: b), source.bytes == b else { continue }
            // The starts found here for a folded text are the decoder's.
            #expect(PipeTextTokenizer.lineStarts(b) == source.lineStarts, "\(String(decoding: b, as: UTF8.self).debugDescription)")
            let (lines, segments) = PipeTextTokenizer.segments(b, lineStarts: source.lineStarts)
            // Each line: its own trimmed bytes, numbered and placed on its source line, its width
            // the count of their scalars (the block-at-a-time count against the standard library).
            let sourceLines = b.split(separator: Bytes.lf, omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self).trimmingAll { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" } }
            for l in lines {
                let text = String(decoding: b[l.start..<l.end], as: UTF8.self)
                #expect(l.width == text.unicodeScalars.count, "\(text.debugDescription)")
                #expect(text == sourceLines[l.number - 1] && source.lineStarts[l.number - 1] + l.column - 1 == l.start)
            }
            #expect(lines.count == sourceLines.filter { !$0.isEmpty && $0 != "|" }.count)
            #expect(segments.filter(\.closed).count == sourceLines.filter { $0 == "|" }.count)
            compared += 1
        }
        #expect(compared > 3_000)
    }

    /// The wrap width is the ninetieth percentile of the widths of 40 and more, as a sort of them
    /// gives it: random sets of widths, short and long (past the histogram's end), and under five
    /// long lines the default 80.
    @Test func wrapWidthIsThePercentileOfLongLines() {
        var state: UInt64 = 90
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        var checked = 0
        for round in 0..<2_000 {
            let count = next(60)
            let widths = (0..<count).map { _ in round % 3 == 0 ? next(2_000) : 20 + next(round % 2 == 0 ? 100 : 600) }
            let lines = widths.enumerated().map { WrapJoiner.Line(start: 0, end: 0, number: $0.offset + 1, column: 1, width: $0.element) }
            let long = widths.filter { $0 >= 40 }.sorted()
            let want = long.count >= 5 ? long[(long.count - 1) * 9 / 10] : 80
            #expect(WrapJoiner.measureWidth([], lines: lines) == want, "\(widths)")
            checked += long.count >= 5 && want >= 512 ? 1 : 0
        }
        #expect(checked > 50)
    }

    /// A paragraph's worth of 78-character filler lines, so the document's wrap width is measured near 80.
    static let filler = [
        "- Tiếp tục nghiên cứu, quán triệt nội dung của Nghị quyết trong toàn thể đội ngũ",
        "cán bộ đảng viên, công chức, viên chức, trong cộng đồng doanh nghiệp và các tầng",
        "lớp nhân dân; tạo sự thống nhất cao trong nhận thức và hành động, về cơ hội, thuận",
        "lợi, thách thức, cũng như những yếu tố tiềm năng, lợi thế, vị thế mới của thành",
        "phố, ngay trong giai đoạn đầu của Nghị quyết, tạo bước phát triển toàn diện mới.",
    ].joined(separator: "\n")

    func paragraphs(_ text: String) throws -> [String] {
        let source = try SourceText(decoding: Array(text.utf8))
        return PipeTextTokenizer().tokenize(source).compactMap { block in
            if case .paragraph(let p) = block { return p.text }
            return nil
        }
    }

    @Test func shortFirstLineRunsOn() throws {
        let p = try paragraphs("1. Công tác\nquán triệt, tuyên truyền, tạo sự đồng thuận của xã hội\n" + Self.filler)
        #expect(p[0] == "1. Công tác quán triệt, tuyên truyền, tạo sự đồng thuận của xã hội")
    }

    @Test func capitalAfterAFullLineIsStillAWrap() throws {
        // "Mặt trận" / "Tổ quốc": a wrap before a capital, because the line was full.
        let p = try paragraphs("4. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam thành phố, các cơ quan Trung ương đóng trên địa bàn, các tổ chức\nchính trị - xã hội.\n" + Self.filler)
        #expect(p[0] == "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, các cơ quan Trung ương đóng trên địa bàn, các tổ chức chính trị - xã hội.")
    }

    /// A name that opens paragraphs (`Phụ lục I`, `Bảng 2`, `Biểu mẫu`, `Nghị định này`) on the line
    /// after a full one that ends no sentence is the sentence's next word, not a new paragraph; so is
    /// a reference to an article, chapter or section (`Điều 5 của …`), which is no marker.
    @Test(arguments: ["Phụ lục I kèm theo Kế hoạch này trước ngày 30 tháng 4 năm 2025.", "Bảng tổng hợp số 02.",
                      "Biểu mẫu số 01 ban hành kèm theo Kế hoạch này.", "Nghị định này.",
                      "Điều 5 của Nghị định số 151/2017/NĐ-CP.", "Chương III của Luật Quản lý, sử dụng tài sản công.",
                      "Mục 4 chỉ áp dụng đối với đơn vị sự nghiệp công lập."])
    func openerNamedInASentenceRunsOn(_ next: String) throws {
        let first = "2. Các đơn vị tổng hợp số liệu và gửi về Phòng Tài chính - Kế hoạch theo mẫu tại"
        let p = try paragraphs(Self.filler + "\n" + first + "\n" + next + "\n" + Self.filler)
        #expect(p.count == 3)
        #expect(p[1] == first + " " + next)
    }

    /// Abbreviations in capitals that end the sentence a full line left open run on; a heading in
    /// capitals after a short line does not.
    @Test func capitalsThatEndASentenceRunOn() throws {
        let first = "1. Phòng Tài chính - Kế hoạch hướng dẫn các đơn vị thực hiện; tổng hợp kết quả"
        let second = "kiểm kê trên địa bàn huyện, báo cáo kết quả về Thường trực Huyện ủy, Thường trực"
        let p = try paragraphs(Self.filler + "\n" + first + "\n" + second + "\nHĐND, UBND.\n2. Các xã báo cáo.\nII. TỔ CHỨC\n" + Self.filler)
        #expect(p[1] == first + " " + second + " HĐND, UBND.")
        #expect(p[2] == "2. Các xã báo cáo." && p[3] == "II. TỔ CHỨC")
    }

    /// After a sentence's end, or a short line, the same names open a paragraph.
    @Test(arguments: ["./.", ""])
    func openerAfterAnEndOpensAParagraph(_ end: String) throws {
        let p = try paragraphs(Self.filler + "\n2. Các đơn vị gửi báo cáo" + end + "\nPhụ lục I\n(Kèm theo Kế hoạch số 77/KH-UBND)")
        #expect(p.count == 4)
        #expect(p[2] == "Phụ lục I")
    }

    /// A sentence-case label opening a segment (after the signature's `|`) stands over its title in
    /// capitals, and a title short of the width stands over its `(Kèm theo …)` note: the label, title
    /// and note had run into one paragraph (the appendix lost, or its title). (A bare `Phụ lục` over a
    /// line in sentence case is left to run on: see `sentenceCasePhuLucOverItsNote`.)
    @Test(arguments: [("Phụ lục", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025"), ("Phụ lục 02", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025"),
                      ("Phụ lục 02", "Lịch tiêm phòng đợt 1 năm 2025")])
    func appendixLabelTitleAndNoteStandApart(_ label: String, _ title: String) throws {
        let note = "(Kèm theo Kế hoạch số 92/KH-UBND ngày 21 tháng 4 năm 2025 của Ủy ban nhân dân huyện Võ Nhai)"
        let p = try paragraphs(Self.filler + "\n|\n" + [label, title, note, "TT", "|", "Nội dung", "|"].joined(separator: "\n"))
        #expect(Array(p.suffix(3)) == [label, title, note])
    }

    @Test func shortLineEndsAParagraph() throws {
        let p = try paragraphs(Self.filler.replacingAll("mới.", with: "mới") + "\nthành phố khác trong cả nước\nGiao các Sở: Kế hoạch và Đầu\ntư chủ trì.")
        #expect(p.count == 2)
        #expect(p[0].hasSuffix("toàn diện mới thành phố khác trong cả nước"))
        #expect(p[1] == "Giao các Sở: Kế hoạch và Đầu tư chủ trì.")
    }

    @Test func markersStartParagraphs() throws {
        let p = try paragraphs(Self.filler + "\nI. MỤC ĐÍCH,\nYÊU CẦU\n1.1. Xây dựng\nsản phẩm;\na) Giao Sở;\nđ) Giao Sở;\n- Rà soát;\n+ Mô hình.\nĐiều 5a. Hiệu lực\nChương II\nPHỤ LỤC I")
        #expect(Array(p.dropFirst()) == ["I. MỤC ĐÍCH, YÊU CẦU", "1.1. Xây dựng sản phẩm;", "a) Giao Sở;", "đ) Giao Sở;", "- Rà soát;", "+ Mô hình.", "Điều 5a. Hiệu lực", "Chương II", "PHỤ LỤC I"])
    }

    @Test func dashInsideANameIsAWrap() throws {
        let p = try paragraphs("Theo đề nghị của Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH.\n- Một mục khác;")
        #expect(p == ["Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH.", "- Một mục khác;"])
    }

    @Test func upperCaseHeadingWrapsIntoUpperCase() throws {
        let p = try paragraphs("II. NHIỆM VỤ\nVÀ GIẢI PHÁP CHỦ YẾU\nĐể thực hiện thắng lợi mục\ntiêu, nhiệm vụ.")
        #expect(p == ["II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "Để thực hiện thắng lợi mục tiêu, nhiệm vụ."])
    }

    /// A numbered heading with no stop over a sentence ends at its line; a directive whose first line
    /// the site broke early inside a name, or a line ending on a conjunction, runs on (the seed's own).
    @Test func aHeadingWithoutStopOverASentence() throws {
        #expect(try paragraphs("1. Mục tiêu chung\nDuy trì và nâng cao Chỉ số xanh cấp tỉnh.") == ["1. Mục tiêu chung", "Duy trì và nâng cao Chỉ số xanh cấp tỉnh."])
        #expect(try paragraphs("a) Đối với cấp tỉnh\nSở Tài chính chủ trì thẩm định.") == ["a) Đối với cấp tỉnh", "Sở Tài chính chủ trì thẩm định."])
        #expect(try paragraphs("4. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam thành phố phối hợp.") == ["4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp."])
        #expect(try paragraphs("c) Giao Công an thành phố, Bộ\nChỉ huy quân sự thành phố thực hiện.") == ["c) Giao Công an thành phố, Bộ Chỉ huy quân sự thành phố thực hiện."])
        #expect(try paragraphs("4. Sở Thông tin và\nTruyền thông chủ trì.") == ["4. Sở Thông tin và Truyền thông chủ trì."])
    }

    /// A form's fields, one a line (a Giấy giới thiệu's), stay apart; a field wrapped full runs on.
    @Test func formFieldsLineByLine() throws {
        let p = try paragraphs("Ông (bà): Phạm Thị Lan\nChức vụ: Chuyên viên Phòng Quản lý đất đai\nĐược cử đến: Ủy ban nhân dân huyện Kỳ Anh\nVề việc: Phối hợp kiểm tra.")
        #expect(p == ["Ông (bà): Phạm Thị Lan", "Chức vụ: Chuyên viên Phòng Quản lý đất đai", "Được cử đến: Ủy ban nhân dân huyện Kỳ Anh", "Về việc: Phối hợp kiểm tra."])
        // Not a label: a sentence's comma, a number, more than four words before the colon.
        func field(_ t: String) -> Bool { let b = Array(t.utf8); return FormField.starts(b, 0, b.count) }
        #expect(!field("Ngày 5, tháng 3: họp"))
        #expect(!field("Giao Sở Tài chính chủ trì thực hiện: x"))
        #expect(!field("chức vụ: chuyên viên"))
        #expect(field("Ông (bà): Phạm Thị Lan"))
        #expect(field("Về việc:"))
    }

    @Test func typeLineStandsAlone() throws {
        let p = try paragraphs("KẾ HOẠCH\nTIÊM CHỦNG MỞ RỘNG NĂM\n2024\nThực hiện Quyết định.")
        #expect(p == ["KẾ HOẠCH", "TIÊM CHỦNG MỞ RỘNG NĂM 2024", "Thực hiện Quyết định."])
    }

    @Test func cellsBecomeATable() throws {
        let source = try SourceText(decoding: Array("Mở đầu.\nTT\n|\nNội dung\n|\n1\n|\nCông tác tuyên truyền, phổ biến\nthông tin\n|\n2\n|\n|\nSau bảng.".utf8))
        let blocks = PipeTextTokenizer().tokenize(source)
        #expect(blocks.count == 3)
        guard case .table(let t) = blocks[1] else { Issue.record("no table"); return }
        #expect(t.cells.map(\.text) == ["TT", "Nội dung", "1", "Công tác tuyên truyền, phổ biến thông tin", "2", ""])
        #expect(t.cells.map(\.line) == [2, 4, 6, 8, 11, 13])
        #expect(!t.cutShort)
        guard case .paragraph(let after) = blocks[2] else { Issue.record("no paragraph after the table"); return }
        #expect(after.text == "Sau bảng.")
    }

    @Test func tableCutMidCellIsMarked() throws {
        let source = try SourceText(decoding: Array("TT\n|\nNội dung\n|\n1\n|\nCông tác tuyên".utf8))
        let blocks = PipeTextTokenizer().tokenize(source)
        guard case .table(let t) = blocks.last else { Issue.record("no table"); return }
        #expect(t.cutShort)
        #expect(t.cells.last?.text == "Công tác tuyên")
    }

    /// Line widths are counted sixteen bytes at a time: every length around a word boundary, with
    /// multi-byte letters, trimmed spaces and U+00A0, must give the scalar count of the trimmed line.
    @Test func lineWidthsAreScalarCounts() throws {
        let words = ["Kế", "hoạch", "số", "202/KH-UBND", "ngày", "đ)", "Ủy", "ban", "x"]
        var lines: [String] = []
        for n in 0..<40 {
            let body = (0...n).map { words[($0 * 7 + n) % words.count] }.joined(separator: " ")
            lines.append(n % 3 == 0 ? "  \u{A0}" + body + " \t" : body)
        }
        lines.append("|")
        let source = try SourceText(decoding: Array(lines.joined(separator: "\n").utf8))
        let (found, segments) = PipeTextTokenizer.segments(source.bytes)
        #expect(segments.count == 1 && segments[0].closed && segments[0].lines.count == found.count)
        let expected = lines.dropLast().map { $0.trimmed().unicodeScalars.count }
        #expect(found.map(\.width) == expected)
    }
}

private extension String {
    /// The text without the scalars `drop` holds at either end.
    func trimmingAll(_ drop: (Unicode.Scalar) -> Bool) -> String {
        var u = Substring(self).unicodeScalars
        while let f = u.first, drop(f) { u.removeFirst() }
        while let l = u.last, drop(l) { u.removeLast() }
        return String(u)
    }
}

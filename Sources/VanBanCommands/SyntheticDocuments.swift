import ArgumentParser
import VanBanEmit
import VanBanMarkup
import VanBanModel
import VanBanReader

/// Deterministic synthetic plans in pipe-text form, shaped like the seed: header table, Roman
/// sections, clauses, points, dashes, a signature table and an appendix table. For benchmarks
/// and batch tests; the same seed number always gives the same bytes.
public struct SyntheticDocuments {
    private var rng: SplitMix64

    public init(seed: UInt64) {
        rng = SplitMix64(state: seed)
    }

    private static let provinces = ["CẦN THƠ", "HÀ GIANG", "QUẢNG NAM", "LAI CHÂU", "SÓC TRĂNG", "TIỀN GIANG", "KON TUM", "BÌNH ĐỊNH", "VĨNH PHÚC", "TUYÊN QUANG"]
    private static let placeNames = ["Cần Thơ", "Hà Giang", "Quảng Nam", "Lai Châu", "Sóc Trăng", "Tiền Giang", "Kon Tum", "Bình Định", "Vĩnh Phúc", "Tuyên Quang"]
    private static let words = """
        triển khai thực hiện nhiệm vụ giải pháp chủ yếu phát triển kinh tế xã hội nâng cao hiệu quả công tác quản lý nhà nước \
        trên địa bàn tỉnh các sở ban ngành ủy ban nhân dân huyện thành phố phối hợp chặt chẽ tổ chức tuyên truyền phổ biến \
        cơ chế chính sách đầu tư hạ tầng giao thông nông nghiệp công nghệ thông tin chuyển đổi số cải cách hành chính \
        nguồn nhân lực chất lượng cao bảo vệ môi trường ứng phó biến đổi khí hậu theo dõi đôn đốc kiểm tra báo cáo định kỳ
        """.split(separator: " ").map(String.init)
    private static let agencies = ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Nội vụ", "Sở Y tế", "Sở Giao thông vận tải", "Sở Thông tin và Truyền thông", "Sở Nông nghiệp và Phát triển nông thôn"]

    /// One document; `scale` multiplies its sections and table rows.
    public mutating func document(index: Int, scale: Int = 1) -> String {
        let k = Int(rng.next() % UInt64(Self.provinces.count))
        let number = 100 + index
        let day = 1 + Int(rng.next() % 28), month = 1 + Int(rng.next() % 12), year = 2018 + Int(rng.next() % 8)
        var out = "ỦY BAN NHÂN DÂN\nTỈNH \(Self.provinces[k])\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n"
        out += "Số: \(number)/KH-UBND\n|\n\(Self.placeNames[k]), ngày\n\(pad(day)) tháng \(pad(month)) năm \(year)\n|\nKẾ HOẠCH\n"
        out += wrap("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ \(10 + index % 90)/NQ-CP NGÀY 30 THÁNG 8 NĂM \(year - 1) CỦA CHÍNH PHỦ VỀ " + sentence(12).uppercased(), first: 60)
        out += wrap("Căn cứ Nghị quyết số \(10 + index % 90)/NQ-CP ngày 30 tháng 8 năm \(year - 1) của Chính phủ về " + sentence(14) + ";")
        out += wrap("Ủy ban nhân dân tỉnh ban hành Kế hoạch " + sentence(10) + " như sau:")
        let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
        let sections = min(romans.count, (3 + Int(rng.next() % 3)) * scale)
        for s in 0..<sections {
            out += wrap("\(romans[s]). " + sentence(4).uppercased())
            for c in 1...(2 + Int(rng.next() % 5)) {
                out += wrap("\(c). " + sentence(8 + Int(rng.next() % 30)) + ".")
                let points = Int(rng.next() % 4)
                for p in 0..<points {
                    out += wrap("\(["a", "b", "c", "d", "đ"][p])) Giao \(Self.agencies[Int(rng.next() % 7)]) chủ trì, " + sentence(10 + Int(rng.next() % 20)) + ":")
                    for _ in 0..<Int(rng.next() % 4) { out += wrap("- " + sentence(15 + Int(rng.next() % 40)) + ".") }
                }
            }
        }
        out += wrap("Trên đây là Kế hoạch " + sentence(20) + "./.")
        out += "|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n|\nPHỤ LỤC I\n"
        out += wrap("DANH MỤC NHIỆM VỤ " + sentence(6).uppercased())
        out += "(Kèm theo Kế hoạch số \(number)/KH-UBND ngày \(pad(day)) tháng \(pad(month)) năm \(year) của Ủy ban nhân dân tỉnh)\n"
        out += "TT\n|\nNội dung công việc\n|\nCơ quan chủ trì\n|\nCơ quan phối hợp\n|\nThời gian thực hiện\n|\n"
        for r in 1...((10 + Int(rng.next() % 20)) * scale) {
            out += "\(r)\n|\n" + wrap(sentence(6 + Int(rng.next() % 18)), first: 35) + "|\n\(Self.agencies[r % 7])\n|\n"
            out += (rng.next() % 4 == 0 ? "" : "\(Self.agencies[(r + 3) % 7]), UBND các huyện\n") + "|\n\(year)-\(year + 4)\n|\n"
        }
        return out
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private mutating func sentence(_ n: Int) -> String {
        var s: [String] = []
        for _ in 0..<max(1, n) { s.append(Self.words[Int(rng.next() % UInt64(Self.words.count))]) }
        return s.joined(separator: " ")
    }

    /// Hard-wraps like the sites do: a short first line, then lines near 80 characters.
    private func wrap(_ text: String, first: Int = 30) -> String {
        var out = ""
        var line = ""
        var limit = first
        for w in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + w.count > limit {
                out += line + "\n"
                line = ""
                limit = 80
            }
            line += line.isEmpty ? String(w) : " " + w
        }
        return out + line + "\n"
    }
}

/// A small, fast, deterministic PRNG (Steele et al.'s SplitMix64).
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SyntheticDocuments {
    /// The forms a generated document can be written in: the input forms vanban reads, and the Word
    /// and OpenDocument files of the `docx` form apart.
    enum Form: String, ArgumentEnum {
        case pipeText = "pipe-text", html, text, docx, odt
    }

    /// A generated pipe-text document in another form: parsed, then rendered in that form.
    static func rendered(_ pipeText: [UInt8], as form: Form) throws -> [UInt8] {
        if form == .pipeText { return pipeText }
        let doc = try DocumentReader.read(pipeText, path: "gen", form: .pipeText)
        switch form {
        case .html: return Array(DocumentRenderer.render(doc, as: .html).utf8)
        case .docx:
            let word = DocumentRenderer.renderWord(doc)
            return DocxWriter.package(documentXML: word.document, footnotesXML: word.footnotes)
        case .odt: return OdtWriter.package(contentXML: DocumentRenderer.render(doc, as: .odf))
        case .pipeText, .text: return Array(DocumentRenderer.render(doc, as: .text).utf8)
        }
    }

    /// The file extension of a form.
    static func fileExtension(_ form: Form) -> String {
        switch form {
        case .html: "html"
        case .docx: "docx"
        case .odt: "odt"
        case .pipeText, .text: "txt"
        }
    }
}

import Testing
import VanBanModel
import VanBanReader
import VanBanTestSupport
import VanBanValidate

/// Cross-checks on mutated copies of real corpus documents, in three input forms: each mutation fires its
/// rule at the line it changed, where the unchanged document does not; and findings the real documents
/// once gave falsely stay away.
@Suite(.enabled(if: TestFiles.hasShared, "../shared is absent"))
struct CorpusMutationTests {
    struct Mutation: Sendable, CustomTestStringConvertible {
        let file: String
        let old: String
        let new: String
        let everywhere: Bool
        let rule: String
        let line: Int
        var testDescription: String { "\(rule) in \(file)" }
    }

    static let mutations: [Mutation] = [
        // Articles continuous (HTML): `Điều 5.` renumbered.
        Mutation(file: "html/thong-tu-63-2025-tt-bct-san-pham-cnnt.html", old: "Điều 5. Phân nhóm", new: "Điều 6. Phân nhóm", everywhere: false, rule: "S02", line: 57),
        // Appendix note against the header (HTML): the first note names another number.
        Mutation(file: "html/quyet-dinh-51-2025-qd-ttg-tieu-chi-nong-thon-moi.html", old: "Kèm theo Quyết định số 51/2025/QĐ-TTg", new: "Kèm theo Quyết định số 52/2025/QĐ-TTg", everywhere: false, rule: "A01", line: 88),
        // The type against its number's code (blank-line text).
        Mutation(file: "blank-line/ke-hoach-155-kh-ubnd-2017-bac-ninh-ho-tich.txt", old: "Số: 155/KH-UBND", new: "Số: 155/QĐ-UBND", everywhere: false, rule: "N03", line: 17),
        // Articles continuous (inline-pipe): the only article numbered 2.
        Mutation(file: "inline-pipe/quyet-dinh-39-2009-qd-ubnd-hau-giang-dan-so.txt", old: "Điều 1. Phê duyệt", new: "Điều 2. Phê duyệt", everywhere: false, rule: "S02", line: 8),
        // One cited document with two dates (pipe-text): the first mention changed, the later one at line 33 flagged.
        Mutation(file: "pipe-text/ke-hoach-135-kh-ubnd-2022-soc-trang-ra-soat-ho-ngheo.txt", old: "ngày 18/7/2021", new: "ngày 18/8/2021", everywhere: false, rule: "X01", line: 33),
        // A citation dated after the document (pipe-text; every mention, so that X01 stays quiet).
        Mutation(file: "pipe-text/quyet-dinh-06-2024-qd-ubnd-kon-tum-che-do-bao-cao.txt", old: "14 tháng 5 năm 2016", new: "14 tháng 5 năm 2026", everywhere: true, rule: "X03", line: 32),
    ]

    static func findings(_ text: String, file: String) throws -> [Finding] {
        let doc = try DocumentReader.read(Array(text.utf8), path: file, form: nil)
        return Validator.check(doc, today: "2026-11-29")
    }

    @Test(arguments: mutations)
    func firesWhereTheDocumentChanged(_ m: Mutation) throws {
        let original = String(decoding: TestFiles.read(TestFiles.corpus + "/" + m.file) ?? [], as: UTF8.self)
        let target = try #require(original.firstRange(of: m.old), "the corpus file no longer holds `\(m.old)`")
        var text = original
        if m.everywhere { text = original.replacing(m.old, with: m.new) } else { text.replaceSubrange(target, with: m.new) }
        let before = try Self.findings(original, file: m.file).filter { $0.rule == m.rule }
        let after = try Self.findings(text, file: m.file).filter { $0.rule == m.rule }
        #expect(before.isEmpty)
        #expect(after.contains { $0.start.line == m.line }, "\(m.rule): got \(after.map { "\($0.start.line): \($0.message)" }), expected line \(m.line)")
    }

    /// QĐ 42/2025/QĐ-TTg spans its index and name cells over several rows (`rowspan`): the copies are one
    /// criterion continued, not repeated indexes.
    @Test func rowspanContinuationIsNotARepeat() throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/html/quyet-dinh-42-2025-qd-ttg-tieu-chi-van-hoa.html")
        let rows = try #require(doc.appendices.first?.tables.first?.rows)
        #expect(rows.indices.dropFirst().contains { rows[$0].kind == .data && rows[$0].cells[0] == rows[$0 - 1].cells[0] })
        #expect(!Validator.check(doc, today: "2026-11-29").contains { $0.rule == "P02" })
    }

    /// Their last `Căn cứ` ends with `;` before `Thực hiện …` or an enacting sentence, or carries its own.
    @Test(arguments: ["ke-hoach-1556-kh-ubnd-2024-lai-chau-ocop", "thong-tu-05-2008-tt-byt-bo-may-dan-so",
                      "chuong-trinh-13222-ctr-ubnd-2022-ba-ria-vung-tau-doi-ngoai-nhan-dan", "ke-hoach-135-kh-ubnd-2022-soc-trang-ra-soat-ho-ngheo"])
    func realLastBasesPass(_ name: String) throws {
        let doc = try TestFiles.parse(TestFiles.corpus + "/pipe-text/\(name).txt")
        #expect(!Validator.check(doc, today: "2026-11-29").contains { $0.rule == "C01" })
    }
}

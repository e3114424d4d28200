import Foundation
import Testing
import VanBanModel
import VanBanReader
import VanBanTestSupport

/// Every pipe-text fixture with its diacritics stripped (không dấu, as typed without them or read by an
/// OCR run without Vietnamese) reads as the marked one where the landmark words carry the reading:
/// the number and its parts, date, type, body tree, signature, recipients, appendices and citations;
/// the title, issuer and signer compared without their marks (the words outside the landmarks stay as
/// typed).
@Suite struct UnmarkedFixtureTests {
    /// Fixtures whose stripped text keeps a difference, named in README's known gaps: a number's
    /// issuer code with a `Đ` of its own (`BCĐTWATTP`, `ĐCTUBTWMTTQVN`, `THPTĐCT`, `ĐTN`).
    static let apart: Set<String> = [
        "cong-van-1234-ubnd-vx-kinh-gui.txt", "nghi-quyet-lien-tich-03-2025-nqlt-cp-mttq-hai-co-quan.txt",
        "ke-hoach-212-kh-thpt-nguoi-thuc-hien.txt", "ke-hoach-12-kh-dtn-doan-xa.txt",
    ]

    static let fixtures = TestFiles.list(TestFiles.fixtures + "/pipe-text", suffix: ".txt").sorted().filter { !apart.contains($0) }

    static func stripped(_ text: String) -> String {
        let scalars = text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
        return String(String.UnicodeScalarView(scalars)).replacingOccurrences(of: "Đ", with: "D").replacingOccurrences(of: "đ", with: "d")
    }

    struct Facts: Equatable, CustomStringConvertible {
        var header: [String?]
        var body: [String]
        var signatures: [String?]
        var recipients: Int
        var appendices: [String]
        var citations: [String]
        var description: String { "\(header)\n\(body)\n\(signatures)\n\(recipients) \(appendices)\n\(citations)" }

        init(_ doc: Document) {
            let h = doc.header
            let parts = h.numberParts.map { "\($0.serial) \($0.year ?? "-") \($0.typeCode ?? "-") \($0.issuerCode ?? "-")" }
            header = [h.number, parts, h.date, h.type] + [h.title, h.issuer, h.authority].map { $0.map(stripped) }
            func shape(_ nodes: [Node]) -> [String] { nodes.flatMap { ["\($0.kind) \($0.label ?? "")"] + shape($0.children) } }
            body = shape(doc.body)
            signatures = ([doc.signature].compactMap { $0 } + doc.coSignatures).flatMap { [$0.authority, $0.position] }.map { $0.map(stripped) }
            recipients = doc.recipients.count
            appendices = doc.appendices.map { stripped($0.label) + " " + shape($0.body).joined(separator: ",") }
            citations = doc.citations.map { "\($0.type) \($0.number ?? "-")" }
        }
    }

    @Test(arguments: fixtures)
    func strippedFixtureReadsAsTheMarkedOne(_ file: String) throws {
        let path = TestFiles.fixtures + "/pipe-text/" + file
        let raw = try #require(TestFiles.read(path))
        let marked = try DocumentReader.read(raw, path: path, form: .pipeText)
        let bare = try DocumentReader.read(Array(Self.stripped(String(decoding: raw, as: UTF8.self)).utf8), path: path, form: .pipeText)
        #expect(bare.diagnostics.contains { $0.rule == "U01" && $0.line == 1 }, "not read as không dấu")
        #expect(Facts(bare) == Facts(marked))
    }

    /// The fixtures kept apart still differ: when one reads as the marked, it joins the others.
    @Test func theFixturesKeptApartStillDiffer() throws {
        for file in Self.apart.sorted() {
            let path = TestFiles.fixtures + "/pipe-text/" + file
            let raw = try #require(TestFiles.read(path))
            let marked = try DocumentReader.read(raw, path: path, form: .pipeText)
            let bare = try DocumentReader.read(Array(Self.stripped(String(decoding: raw, as: UTF8.self)).utf8), path: path, form: .pipeText)
            #expect(Facts(bare) != Facts(marked), "\(file) now reads as the marked one")
        }
    }
}

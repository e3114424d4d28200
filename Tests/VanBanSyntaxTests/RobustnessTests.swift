import Testing
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanTestSupport

/// Bad input never crashes: every prefix of every fixture, in every form, gives a model or a typed error.
@Suite struct RobustnessTests {
    static let forms: [InputForm] = [.pipeText, .text, .inlinePipe, .html]

    static var inputs: [String] {
        var out: [String] = []
        for dir in ["pipe-text", "html", "robustness"] {
            let folder = TestFiles.fixtures + "/" + dir
            let names = TestFiles.list(folder, suffix: ".txt") + TestFiles.list(folder, suffix: ".html")
            out += names.map { folder + "/" + $0 }
        }
        return out
    }

    /// A document, or one of the reader's typed failures: never a trap, never another error.
    static func readOrFail(_ bytes: [UInt8], _ form: InputForm) -> Bool {
        do {
            _ = try DocumentReader.read(bytes, path: "x", form: form)
            return true
        } catch {
            return false
        }
    }

    @Test(arguments: inputs)
    func everyPrefixInEveryForm(_ path: String) {
        let bytes = TestFiles.read(path) ?? []
        #expect(!bytes.isEmpty)
        for cut in stride(from: 0, through: bytes.count, by: 53) {
            let read = Self.forms.filter { Self.readOrFail(Array(bytes[..<cut]), $0) }
            // Past its first lines, every prefix of a real-shaped document reads in some form.
            if cut >= 300 { #expect(!read.isEmpty, "\(path) cut at \(cut)") }
        }
    }

    @Test(arguments: [[0xE1], [0xEF, 0xBB, 0xBF], [0x20, 0x0A]] as [[UInt8]])
    func nothingButACutCharacterOrBlanksIsEmptyInput(_ bytes: [UInt8]) {
        for form in Self.forms {
            #expect(throws: DocumentReader.Failure.input(.empty)) { try DocumentReader.read(bytes, path: "x", form: form) }
        }
    }

    /// A text or page saved as UTF-16 (Windows Notepad's "Unicode") reads as the same document as
    /// its UTF-8, apart from the file's own checksum.
    @Test(arguments: ["pipe-text/cong-van-1234-ubnd-vx-kinh-gui.txt", "html/ke-hoach-45-utf8-khai-bao-1252.html"], [true, false])
    func utf16InputReadsAsItsUTF8(_ fixture: String, _ littleEndian: Bool) throws {
        let utf8 = try #require(TestFiles.read(TestFiles.fixtures + "/" + fixture))
        let units = String(decoding: utf8, as: UTF8.self).utf16
        let utf16 = (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) + units.flatMap { u -> [UInt8] in
            littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)]
        }
        var a = try DocumentReader.read(utf8, path: fixture)
        var b = try DocumentReader.read(utf16, path: fixture)
        #expect(a.source.sha256 != b.source.sha256)
        a.source.sha256 = nil
        b.source.sha256 = nil
        #expect(a == b)
    }

    /// Đ and đ written as the eth letters Ð and ð (a Windows-1258 text read as Latin-1, some input
    /// methods): read as Đ and đ, with a U01 warning where the first one is; otherwise the same document.
    @Test(arguments: ["pipe-text/quyet-dinh-318-qd-ubnd-ky-ba-dong.txt", "html/ke-hoach-15-kh-ubnd-luu-tu-word.html"])
    func ethLettersReadAsDStroke(_ fixture: String) throws {
        let original = try #require(TestFiles.read(TestFiles.fixtures + "/" + fixture))
        let text = String(decoding: original, as: UTF8.self)
        let eth = text.replacingAll("Đ", with: "Ð").replacingAll("đ", with: "ð")
        #expect(eth != text)
        var a = try DocumentReader.read(original, path: fixture)
        var b = try DocumentReader.read(Array(eth.utf8), path: fixture)
        let notes = b.diagnostics.filter { $0.rule == "U01" && $0.message.contains("eth") }
        #expect(notes.count == 1)
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("Đ") || $0.contains("đ") }
        #expect(notes.first?.line == firstLine.map { $0 + 1 })
        b.diagnostics.removeAll { $0.rule == "U01" }
        a.source.sha256 = nil
        b.source.sha256 = nil
        #expect(a == b)
    }

    @Test func unclosedTablesAndZeroSpansRead() throws {
        let doc = try DocumentReader.read(Array("<html><body><table><tr><td rowspan=0>x".utf8), path: "x.html")
        #expect(doc.source.form == .html)
        let pipes = try DocumentReader.read(Array("|\n|\n|\n".utf8), path: "x", form: .pipeText)
        #expect(pipes.body.isEmpty)
    }

    /// A tab or a no-break space after a marker (`1.<tab>Cán bộ …`, `Điều 1.&nbsp;Phạm vi …`, as a page's
    /// `&nbsp;` copied into text gives it) is the marker's space: the same tree, the same citations.
    /// Both had ended the marker (the clause ran into the text before it; S01 and S02 followed).
    @Test(arguments: ["quyet-dinh-318-qd-ubnd-ky-ba-dong", "ke-hoach-45-kh-ubnd-moi-cap-do", "nghi-dinh-118-2025-nd-cp-chuong-muc",
                      "luat-08-vbhn-vpqh-hop-nhat-danh-sach-sua-doi"])
    func aTabOrNoBreakSpaceAfterAMarker(_ name: String) throws {
        let text = String(decoding: try #require(TestFiles.read(TestFiles.fixtures + "/pipe-text/\(name).txt")), as: UTF8.self)
        func outline(_ nodes: [Node]) -> [String] { nodes.flatMap { ["\($0.kind) \($0.label ?? "") @\($0.line)"] + outline($0.children) } }
        let base = try DocumentReader.read(Array(text.utf8), path: "t.txt", form: .pipeText)
        for (space, name) in [("\t", "tab"), ("\u{00A0}", "no-break space")] {
            var edited = text
            for m in ["1.", "2.", "a)", "b)", "I.", "II."] { edited = edited.replacing("\n\(m) ", with: "\n\(m)\(space)") }
            for n in 1...60 { edited = edited.replacing("Điều \(n). ", with: "Điều \(n).\(space)") }
            #expect(edited != text)
            let doc = try DocumentReader.read(Array(edited.utf8), path: "t.txt", form: .pipeText)
            #expect(outline(doc.body) == outline(base.body), "\(name)")
            #expect(doc.citations.map(\.number) == base.citations.map(\.number) && doc.preamble.count == base.preamble.count, "\(name)")
        }
    }
}

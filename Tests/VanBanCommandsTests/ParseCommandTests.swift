import Testing
import VanBanCommands
import VanBanMarkup
import VanBanModel
import VanBanReader
import VanBanSyntax
import VanBanTestSupport

/// `vanban parse` end to end in-process: exit codes of cli.md and one clear stderr line per bad input.
@Suite struct ParseCommandTests {
    let scratch = ScratchDirectory("cli-tests")
    var dir: String { scratch.path }

    func file(_ name: String, _ bytes: [UInt8]) -> String { scratch.file(name, bytes) }

    func run(_ args: [String]) -> (code: Int32, out: String, err: String) {
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(args, capture: capture)
        return (code, capture.stdout, capture.stderr)
    }

    var fixture: String { TestFiles.fixtures + "/pipe-text/ke-hoach-87-kh-syt-co-quan-chu-quan.txt" }

    @Test func parsesAFixtureToJSON() {
        let r = run(["parse", fixture])
        #expect(r.code == 0)
        #expect(r.err.isEmpty)
        #expect(r.out.hasPrefix("{\n  \"schema_version\": \"1\","))
        #expect(r.out.contains("\"number\": \"87/KH-SYT\""))
        #expect(r.out.hasSuffix("}\n"))
    }

    /// `--version` prints the version SARIF reports, and exits 0.
    @Test func versionIsTheSARIFDriversVersion() {
        let r = run(["--version"])
        #expect(r.code == 0)
        #expect(r.out == VanBanCommand.version + "\n")
        #expect(run(["check", "--format", "sarif", fixture]).out.contains("\"version\": \"\(VanBanCommand.version)\""))
    }

    @Test func severalFilesGiveNDJSON() {
        let r = run(["parse", fixture, fixture])
        #expect(r.code == 0)
        let lines = r.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix("{\"schema_version\":\"1\"") })
    }

    @Test func outlineFormat() {
        let r = run(["parse", "--format", "outline", fixture])
        #expect(r.code == 0)
        #expect(r.out.contains("number: 87/KH-SYT"))
        #expect(r.out.contains("I. MỤC TIÊU  @18"))
    }

    /// A heading is cut at 70 characters (Vietnamese letters of two or three bytes each counted
    /// as one) with `…`; one of 70 exactly is shown whole.
    @Test func outlineCutsHeadingsAtSeventyCharacters() {
        let seventy = String(repeating: "Tổ chức ", count: 8) + "Tổ chứ"  // 64 + 6 = 70 characters
        let longer = seventy + "c thực hiện"
        let text = "KẾ HOẠCH\n\nTHỬ NGHIỆM\n\nI. \(seventy)\n\nII. \(longer)\n"
        let r = run(["parse", "--format", "outline", "--from", "text", file("cat.txt", Array(text.utf8))])
        #expect(seventy.count == 70)
        #expect(r.out.contains("  I. \(seventy)  @5\n"))
        #expect(r.out.contains("  II. \(seventy)…  @7\n"))
    }

    /// A law's levels print their markers as the law does (`Mục 1.`, `Tiểu mục 1.`, not a bare `1.`).
    @Test func outlineMarkersOfALaw() {
        let text = "LUẬT\n\nTHỬ NGHIỆM\n\nChương I\n\nQUY ĐỊNH CHUNG\n\nMục 1\n\nPHẠM VI\n\nTiểu mục 1\n\nCÁ NHÂN\n\nĐiều 1. Đối tượng\n\n1. Cá nhân.\n"
        let r = run(["parse", "--format", "outline", "--from", "text", file("luat.txt", Array(text.utf8))])
        #expect(r.out.contains("\n    Mục 1. PHẠM VI  @9\n      Tiểu mục 1. CÁ NHÂN  @13\n        Điều 1. Đối tượng  @17\n          1. Cá nhân.  @19\n"))
    }

    @Test(arguments: [
        ("missing.txt", nil, "no such file"),
        ("empty.txt", [UInt8](), "empty input"),
        ("binary.docx", [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0], "binary input"),
        ("tcvn3.txt", Array("Số: 12/KH\nC".utf8) + [0xA7, 0xA3, 0x6E] + Array("\n|\n|\n".utf8), "2:2: invalid UTF-8"),
    ] as [(String, [UInt8]?, String)])
    func unreadableInputExitsTwoWithOneLine(_ name: String, _ bytes: [UInt8]?, _ reason: String) {
        let path = bytes.map { file(name, $0) } ?? dir + "/" + name
        let r = run(["parse", "--from", "pipe-text", path])
        #expect(r.code == 2)
        #expect(r.out.isEmpty)
        #expect(r.err.split(separator: "\n").count == 1)
        #expect(r.err.hasPrefix("vanban: \(path)"))
        #expect(r.err.contains(reason))
    }

    /// A page or a text in UTF-8 with damaged letters (made by `Fixtures/unreadable/make-*-byte-hong.py`)
    /// is refused where the first stray byte stands, their count named. The page had been named at
    /// 1:1 (read as Windows-1258, whose converter stopped at `Đ`'s second byte); the text had been
    /// read as VNI, every Vietnamese letter of it turned to mojibake.
    @Test(arguments: [("ke-hoach-145-kh-ubnd-byte-hong.html", "120:69", "3 bytes that break it, the first here (a damaged copy); mend them"),
                      ("chi-thi-07-ct-ubnd-byte-hong.txt", "12:4", "4 bytes that break it, the first here (a damaged copy); mend them")])
    func damagedUTF8IsRefusedAtItsFirstStrayByte(_ name: String, _ place: String, _ count: String) {
        let path = TestFiles.fixtures + "/unreadable/" + name
        let r = run(["parse", path])
        #expect(r.code == 2)
        #expect(r.out.isEmpty)
        #expect(r.err == "vanban: \(path):\(place): invalid UTF-8: the text is UTF-8 but for \(count) or take the text again from its source (--repair-utf8 reads them as U+FFFD)\n")
    }

    /// With `--repair-utf8` the same copies are read: each run of stray bytes one U+FFFD, a U01
    /// warning where it stands (in the mended text's columns), and the document the undamaged
    /// original reads as but for the damaged letters. Every command takes the flag.
    @Test(arguments: [("ke-hoach-145-kh-ubnd-byte-hong.html", "html/ke-hoach-145-kh-ubnd-trang-van-ban.html", ["120:69"]),
                      ("chi-thi-07-ct-ubnd-byte-hong.txt", "pipe-text/chi-thi-07-ct-ubnd-phong-chong-dich.txt", ["12:4", "12:8", "32:39"])])
    func damagedUTF8IsReadWithRepairUTF8(_ name: String, _ original: String, _ places: [String]) throws {
        let path = TestFiles.fixtures + "/unreadable/" + name
        let parsed = run(["parse", "--repair-utf8", path])
        #expect(parsed.code == 0)
        #expect(parsed.err.isEmpty)
        #expect(parsed.out.contains("\u{FFFD}"))
        let checked = run(["check", "--repair-utf8", path])
        let notes = checked.out.split(separator: "\n").filter { $0.contains("warning[U01]") }
        // `path:line:column: warning[U01]: …`
        #expect(notes.map { $0.dropFirst(path.count + 1).split(separator: ":", maxSplits: 2).prefix(2).joined(separator: ":") } == places)
        #expect(notes.allSatisfy { $0.contains("UTF-8 here (a damaged copy)") && $0.contains("replaced by U+FFFD") })
        #expect(run(["tables", "--long", "--repair-utf8", path]).code == 0)
        let batch = dir + "/repaired-" + name
        #expect(run(["batch", "--repair-utf8", path, "--output", batch]).code == 0)
        let diagnostics = String(decoding: TestFiles.read(batch + "/diagnostics.ndjson") ?? [], as: UTF8.self)
        for place in places {
            let (line, column) = (place.split(separator: ":")[0], place.split(separator: ":")[1])
            #expect(diagnostics.contains("\"rule\":\"U01\",\"severity\":\"warning\",\"message\":\"") && diagnostics.contains("(--repair-utf8): a letter may be lost\",\"line\":\(line),\"column\":\(column),"), "\(place)")
        }
        #expect(run(["batch", path, "--output", batch + "-refused"]).code == 1)

        let mended = try DocumentReader.read(TestFiles.read(path) ?? [], path: "-", repairing: true)
        let undamaged = try TestFiles.parse(TestFiles.fixtures + "/" + original, name: "-")
        #expect(mended.header.number == undamaged.header.number)
        #expect(mended.header.date == undamaged.header.date)
        #expect(mended.header.type == undamaged.header.type)
        #expect(mended.header.title == undamaged.header.title)
        #expect(mended.body.count == undamaged.body.count)
        #expect(mended.signature == undamaged.signature)
        #expect(mended.appendices.map { $0.tables.map(\.rows.count) } == undamaged.appendices.map { $0.tables.map(\.rows.count) })
    }

    /// The flag reads nothing otherwise read in another way: over every fixture and corpus file, the
    /// bytes it would mend are those of a file the plain read refuses (a file it leaves alone goes
    /// through the same code with it as without it), and only the two damaged fixtures are such.
    @Test func repairMendsOnlyWhatIsRefused() throws {
        var paths: [String] = []
        for dir in ["pipe-text", "html", "text", "docx", "odt", "doc", "robustness", "unreadable", "check"] {
            let folder = TestFiles.fixtures + "/" + dir
            paths += TestFiles.list(folder, suffix: "").map { folder + "/" + $0 }
        }
        if TestFiles.hasShared {
            for dir in ["pipe-text", "blank-line", "inline-pipe", "html", "docx"] {
                let folder = TestFiles.corpus + "/" + dir
                paths += TestFiles.list(folder, suffix: "").map { folder + "/" + $0 }
            }
        }
        #expect(paths.count > 100)
        var mended: [String] = []
        for path in paths {
            let file = TestFiles.read(path) ?? []
            guard SourceText.mendingStrayBytes(SourceText.utf8(fromUTF16: file) ?? file) != nil else { continue }
            mended.append(String(path.split(separator: "/").last ?? ""))
            #expect(throws: DocumentReader.Failure.self, "\(path)") { try DocumentReader.read(file, path: "-") }
        }
        #expect(mended.sorted() == ["chi-thi-07-ct-ubnd-byte-hong.txt", "ke-hoach-145-kh-ubnd-byte-hong.html"])
    }

    /// The damaged page without its declaration: the bytes alone say UTF-8.
    @Test func damagedUTF8PageWithoutACharsetIsRefusedAlike() {
        var bytes = TestFiles.read(TestFiles.fixtures + "/unreadable/ke-hoach-145-kh-ubnd-byte-hong.html") ?? []
        let declared = Array("charset=utf-8".utf8)
        let at = (0...max(0, bytes.count - declared.count)).first { bytes[$0...].starts(with: declared) }
        #expect(at != nil)
        if let at { bytes.replaceSubrange(at..<(at + declared.count), with: [UInt8](repeating: 0x20, count: declared.count)) }
        let copy = file("undeclared.html", bytes)
        #expect(run(["parse", copy]).err.contains("undeclared.html:120:69: invalid UTF-8: the text is UTF-8 but for 3 bytes"))
    }

    /// One stray byte is named in the singular; a text in a legacy encoding keeps the legacy hint.
    @Test func oneStrayByteAndALegacyTextAreToldApart() {
        var one = TestFiles.read(TestFiles.fixtures + "/pipe-text/chi-thi-07-ct-ubnd-phong-chong-dich.txt") ?? []
        #expect(one.count > 1000)
        // A space in the middle made FF: one byte, alone, breaks UTF-8.
        if let space = one.indices.dropFirst(one.count / 2).first(where: { one[$0] == 0x20 }) { one[space] = 0xFF }
        let single = file("mot-byte.txt", one)
        #expect(run(["parse", single]).err.contains(": invalid UTF-8: the text is UTF-8 but for one byte that breaks it, the first here"))
        let latin1 = TestFiles.fixtures + "/unreadable/thong-bao-latin1.txt"
        #expect(run(["parse", latin1]).err.hasSuffix(":1:3: invalid UTF-8 (is the file in a legacy encoding such as TCVN3, VNI or Windows-1258?)\n"))
    }

    /// A PDF or an image handed over as it is (a scan) is named, with what to do first; under a
    /// page's name too (the HTML adapter's own check for binary bytes).
    @Test(arguments: [
        ("ke-hoach.pdf", Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8), "a PDF file, not a text document"),
        ("scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52], "a PNG image, not a text document"),
        ("scan.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0], "a JPEG image"),
        ("scan.tif", [0x49, 0x49, 0x2A, 0, 8, 0, 0, 0], "a TIFF image"),
        ("scan.html", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0], "a JPEG image"),
        ("data.bin", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "binary input: this is not a text, a web page or a Word file"),
        // A PDF with its text in a compressed stream, and a small PNG (Fixtures/unreadable/make-pdf-va-anh.py).
        ("printed.pdf", TestFiles.read(TestFiles.fixtures + "/unreadable/ke-hoach-33-kh-ubnd.pdf") ?? [], "a PDF file"),
        ("page.png", TestFiles.read(TestFiles.fixtures + "/unreadable/ke-hoach-33-kh-ubnd-trang-1.png") ?? [], "a PNG image"),
    ] as [(String, [UInt8], String)])
    func pdfsAndScansAreNamed(_ name: String, _ bytes: [UInt8], _ reason: String) {
        let path = file(name, bytes)
        let r = run(["parse", path])
        #expect(r.code == 2)
        #expect(r.out.isEmpty)
        #expect(r.err.hasPrefix("vanban: \(path): " + reason))
        #expect(r.err.split(separator: "\n").count == 1)
    }

    /// A damaged Word file, or one with no text (an RTF file of nothing but its font table), is one
    /// clear line and exit 2.
    @Test(arguments: [
        ("cut.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0], "not a Word file: no zip archive found"),
        ("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 600), "the Word file is damaged"),
        ("short.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "not a Word 97-2003 document"),
        ("blank.doc", Array("{\\rtf1\\ansi{\\fonttbl{\\f0 Times New Roman;}}\\par}".utf8), "holds no text"),
        // A .docx saved with a password (Fixtures/unreadable/make-ke-hoach-45-mat-khau.py).
        ("mat-khau.docx", TestFiles.read(TestFiles.fixtures + "/unreadable/ke-hoach-45-kh-ubnd-mat-khau.docx") ?? [],
         "the Word file is encrypted (saved with a password); save a copy without one"),
        // A spreadsheet under a .docx name (Fixtures/unreadable/make-ods.py), and a presentation.
        ("ods.docx", TestFiles.read(TestFiles.fixtures + "/unreadable/bang-tinh-ods.docx") ?? [],
         "an OpenDocument spreadsheet (.ods), not a text document: vanban reads Word files (.docx, .doc, RTF) and OpenDocument texts (.odt)"),
        ("slides.docx", DocxWriter.package(documentXML: "", parts: [
            ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"ppt/presentation.xml\"/></Relationships>"),
            ("ppt/presentation.xml", "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>")]),
         "a PowerPoint presentation (.pptx), not a text document"),
        // OpenDocument texts without their content, or with it cut off.
        ("no-content.odt", Python.zip([("mimetype", "application/vnd.oasis.opendocument.text")]),
         "the OpenDocument text is damaged: it has no content.xml"),
        ("cut.odt", Python.zip([("mimetype", "application/vnd.oasis.opendocument.text"),
                              ("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:text>")]),
         "the OpenDocument text is damaged: its content.xml is not well-formed XML"),
        ("spreadsheet-body.odt", Python.zip([("mimetype", "application/vnd.oasis.opendocument.text"),
                                           ("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:spreadsheet/></office:body></office:document-content>")]),
         "the OpenDocument text is damaged: its content.xml holds no text body (office:text)"),
    ] as [(String, [UInt8], String)])
    func unreadableWordFilesAreNamed(_ name: String, _ bytes: [UInt8], _ reason: String) {
        let path = file(name, bytes)
        let r = run(["parse", path])
        #expect(r.code == 2)
        #expect(r.err.hasPrefix("vanban: \(path): "))
        #expect(r.err.contains(reason))
        #expect(r.err.split(separator: "\n").count == 1)
    }

    /// A web page saved under a `.doc` name (sites serve them so) is read as the page it is.
    @Test func aDocNameHoldingAPageIsReadAsHTML() {
        let path = file("page.doc", Array("<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>KẾ HOẠCH</p><p>Thử nghiệm</p></body></html>".utf8))
        let r = run(["parse", "--format", "outline", path])
        #expect(r.code == 0)
        #expect(r.out.contains("[html]") && r.out.contains("type:   KẾ HOẠCH"))
    }

    /// XML's and HTML's own signs and quotes in a document's texts come back as they were from
    /// its page, Word file and OpenDocument text.
    @Test(arguments: [("html", "page.html"), ("docx", "back.docx"), ("odt", "back.odt")])
    func markupSignsReadBack(_ format: String, _ name: String) {
        let text = "KẾ HOẠCH\n\nThử nghiệm\n\nI. A & B <C> \"D\"  E\n\n1. Giá > 5 & < 10;   tên \"X\".\n"
        let source = file("ky-hieu.txt", Array(text.utf8))
        // The outline without its first line (the file) and the source lines (`  @5`).
        let outline = { (path: String) in
            self.run(["parse", "--format", "outline", path]).out.split(separator: "\n").dropFirst()
                .map { $0.split(separator: "  @", maxSplits: 1, omittingEmptySubsequences: false)[0] }.joined(separator: "\n")
        }
        let capture = OutputCapture()
        #expect(VanBanCommand.runMain(["parse", "--format", format, "--from", "text", source], capture: capture) == 0)
        let back = outline(file(name, capture.stdoutBytes))
        #expect(back.contains("A & B <C> \"D\""))
        #expect(back == outline(source))
    }

    @Test func aFixtureBecomesAWordFileThatReadsBack() {
        let capture = OutputCapture()
        #expect(VanBanCommand.runMain(["parse", "--format", "docx", fixture], capture: capture) == 0)
        #expect(capture.stdoutBytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let docx = file("back.docx", capture.stdoutBytes)
        let back = run(["parse", "--format", "outline", docx])
        #expect(back.code == 0)
        #expect(back.out.contains("number: 87/KH-SYT"))
        #expect(back.out.contains("[docx]"))
        #expect(run(["parse", "--format", "docx", fixture, fixture]).code == 2)
    }

    @Test func aFixtureBecomesAnOpenDocumentTextThatReadsBack() {
        let capture = OutputCapture()
        #expect(VanBanCommand.runMain(["parse", "--format", "odt", fixture], capture: capture) == 0)
        let bytes = capture.stdoutBytes
        // The mimetype member first and stored, as ODF asks.
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) && String(decoding: bytes.prefix(80), as: UTF8.self).contains("mimetypeapplication/vnd.oasis.opendocument.text"))
        let back = run(["parse", "--format", "outline", file("back.odt", bytes)])
        #expect(back.code == 0)
        #expect(back.out.contains("number: 87/KH-SYT") && back.out.contains("[docx]"))
        #expect(run(["parse", "--format", "odt", fixture, fixture]).code == 2)
    }

    /// A folder stands for its documents (`CheckCommandTests.aFolderIsTheDocumentsUnderIt`); one
    /// holding none is named and fails the run.
    @Test func aFolderWithoutDocumentsIsRefused() {
        let r = run(["parse", dir])
        #expect(r.code == 2)
        #expect(r.err.contains("\(dir): no documents in this folder"))
    }

    @Test func oneBadFileDoesNotStopTheOthers() {
        let r = run(["parse", "--format", "ndjson", dir + "/nope.txt", fixture])
        #expect(r.code == 2)
        #expect(r.out.split(separator: "\n").count == 1)
        #expect(r.err.contains("nope.txt: no such file"))
    }

    @Test(arguments: [["parse", "--bogus"], ["parse", "--format", "xml", "a.txt"], ["nosuchcommand"]])
    func usageErrorsExitTwo(_ args: [String]) {
        let r = run(args)
        #expect(r.code == 2)
        #expect(!r.err.isEmpty)
    }

    @Test func helpExitsZero() {
        let r = run(["parse", "--help"])
        #expect(r.code == 0)
        #expect(r.out.contains("--format"))
    }

    /// Help reads as prose: no sentence broken by a hard line break inside a wrapped paragraph, no
    /// example line wrapped, and every fixture it names exists.
    @Test(arguments: ["parse", "check", "tables", "batch", "bench", "generate"])
    func helpIsWellFormed(_ command: String) {
        let r = run(["help", command])
        #expect(r.code == 0)
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let description = lines.prefix { !$0.hasPrefix("USAGE:") }
        for (k, line) in description.enumerated().dropLast() {
            let next = description[k + 1]
            if line.hasPrefix("  ") {
                #expect(next.isEmpty || next.hasPrefix("  "), "an example line of `\(command)` wraps: \(next)")
            } else if !line.isEmpty, line.count < 60, let f = next.unicodeScalars.first, f.properties.isLowercase {
                Issue.record("`\(command)` help breaks a sentence after: \(line)")
            }
        }
        for word in r.out.split(whereSeparator: { $0 == " " || $0 == "\n" }) where word.hasPrefix("Fixtures/") && !word.contains("*") {
            #expect(TestFiles.read(TestFiles.root + "/" + word) != nil, "help of `\(command)` names a missing file: \(word)")
        }
    }
}

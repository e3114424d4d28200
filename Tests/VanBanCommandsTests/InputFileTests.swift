#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import VanBanCommands
import VanBanTestSupport

/// Reading inputs: an endless stream or an oversized file stops with a clear error, never by
/// taking the machine's memory.
@Suite struct InputFileTests {
    let scratch = ScratchDirectory("input-file")

    @Test func anEndlessStreamStopsAtTheLimit() {
        #expect(throws: InputFile.Failure.tooLarge(limit: 1 << 20)) { try InputFile.read("/dev/zero", limit: 1 << 20) }
    }

    @Test func aFileOverTheLimitIsRefusedAndOneAtItIsRead() throws {
        let limit = 1 << 16
        let over = scratch.file("over.txt", [UInt8](repeating: 0x61, count: limit + 1))
        #expect(throws: InputFile.Failure.tooLarge(limit: limit)) { try InputFile.read(over, limit: limit) }
        let at = scratch.file("at.txt", [UInt8](repeating: 0x61, count: limit))
        #expect(try InputFile.read(at, limit: limit).count == limit)
    }

    @Test func theReasonNamesTheLimit() {
        #expect("\(InputFile.Failure.tooLarge(limit: InputFile.maxBytes))".hasPrefix("is larger than 512 MiB"))
    }

    @Test func batchReportsAnEndlessInputAndParsesTheOthers() throws {
        // /dev/zero named beside a document: it is reported, the document written, and the exit
        // code is 1 (cli.md). The limit is the real one: 512 MiB are read.
        let inputs = scratch.directory("in")
        TestFiles.write(inputs + "/kh.txt", TestFiles.read(TestFiles.fixtures + "/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt") ?? [])
        let out = scratch.path + "/out"
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(["batch", inputs, "/dev/zero", "--output", out, "--jobs", "1"], capture: capture)
        #expect(code == 1)
        let summary = String(decoding: TestFiles.read(out + "/summary.json") ?? [], as: UTF8.self)
        #expect(summary.contains("\"parsed\": 1"))
        #expect(summary.contains("/dev/zero") && summary.contains("larger than 512 MiB"))
    }

    @Test func aFolderIsWalkedOnceAndOnlyItsDocumentFilesAreRead() throws {
        // A link back up the tree, a named pipe and a link to a device: the walk takes the one
        // document once, and neither blocks on the pipe nor reads the device.
        let root = scratch.directory("tree")
        let sub = scratch.directory("tree/sub")
        TestFiles.write(sub + "/kh.txt", TestFiles.read(TestFiles.fixtures + "/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt") ?? [])
        #expect(symlink("..", sub + "/up") == 0)
        #expect(mkfifo(sub + "/pipe.txt", 0o644) == 0)
        #expect(symlink("/dev/zero", sub + "/zero.txt") == 0)
        var walk = InputWalk()
        var found: [String] = []
        walk.collect(root, into: &found)
        #expect(found == [sub + "/kh.txt"])
    }

    /// Markdown documents in a folder are read (pandoc's or mammoth's Markdown of Word files, a form
    /// vanban reads); the folder's own notes (`README.md`, `CHANGELOG.markdown` …) are not, nor a
    /// site's `.source.txt`. A note named on the command line is read as named.
    @Test func aFoldersMarkdownDocumentsAreReadButNotItsNotes() throws {
        let root = scratch.directory("markdown")
        let md = TestFiles.read(TestFiles.fixtures + "/text/ke-hoach-45-kh-ubnd-pandoc-gfm.md") ?? []
        for name in ["kh-45.md", "kh-45-copy.markdown", "README.md", "readme.MD", "CHANGELOG.markdown", "LICENSE.md", "kh-45.source.txt"] {
            TestFiles.write(root + "/" + name, md)
        }
        var walk = InputWalk()
        var found: [String] = []
        walk.collect(root, into: &found)
        #expect(found == [root + "/kh-45-copy.markdown", root + "/kh-45.md"])
        let capture = OutputCapture()
        #expect(VanBanCommand.runMain(["parse", "--format", "outline", root + "/README.md"], capture: capture) == 0)
        #expect(capture.stdout.contains("number: 45/KH-UBND"))
        let batch = scratch.path + "/markdown-out"
        #expect(VanBanCommand.runMain(["batch", root, "--output", batch], capture: OutputCapture()) == 0)
        #expect(String(decoding: TestFiles.read(batch + "/summary.json") ?? [], as: UTF8.self).contains("\"parsed\": 2"))
    }

    @Test func aListMadeOnWindowsNamesEachFile() throws {
        // `--files-from`: a byte order mark, CRLF line ends, a blank line; every path read as named.
        let a = TestFiles.fixtures + "/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt"
        let b = TestFiles.fixtures + "/pipe-text/ke-hoach-87-kh-syt-co-quan-chu-quan.txt"
        let list = scratch.file("list.txt", [0xEF, 0xBB, 0xBF] + Array("\(a)\r\n\r\n\(b)\r\n".utf8))
        #expect(VanBanCommand.Batch.paths(inList: TestFiles.read(list) ?? []) == [a, b])
        let out = scratch.path + "/out"
        let code = VanBanCommand.runMain(["batch", "--files-from", list, "--output", out], capture: OutputCapture())
        #expect(code == 0)
        #expect(String(decoding: TestFiles.read(out + "/summary.json") ?? [], as: UTF8.self).contains("\"parsed\": 2"))
    }
}

/// Output that cannot be written (a full disk) fails the run with its reason, instead of exit 0
/// over a truncated file.
@Suite(.enabled(if: TestFiles.exists("/dev/full"), "no /dev/full here"))
struct OutputFailureTests {
    @Test func aWriteToAFullDeviceReportsItsError() {
        let fd = open("/dev/full", O_WRONLY)
        defer { close(fd) }
        #expect(Output.write(to: fd, Array("x".utf8)) == ENOSPC)
    }

    @Test func tablesIntoAFullDeviceExitsTwoNamingIt() {
        // The CSV is small enough to sit in the stdio buffer: the failure shows only when the file closes.
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(["tables", "--long", "--output", "/dev/full",
                                          TestFiles.fixtures + "/pipe-text/ke-hoach-45-kh-ubnd-moi-cap-do.txt"], capture: capture)
        #expect(code == 2)
        #expect(capture.stderr.contains("/dev/full: \(String(cString: strerror(ENOSPC)))"))
    }
}

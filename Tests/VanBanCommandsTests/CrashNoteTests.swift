import Foundation
import Testing
import VanBanTestSupport

/// `parse`, `check` and `tables` as processes, a crash (a trap, injected with `VANBAN_TEST_CRASH`)
/// on one input. Over several inputs the input that crashes vanban fails alone: the output is what
/// a run without it writes, each byte once, and the run exits 2 as for an input it cannot read. A
/// run over one input still ends by the signal, naming the input first.
@Suite struct CrashNoteTests {
    /// Two documents with tables and findings, and between them the one that crashes.
    static let inputs = ["ke-hoach-156-kh-ubnd-cat-giua-bang.txt", "cong-dien-05-cd-ubnd-bao-so-6.txt", "ke-hoach-92-kh-ubnd-phu-luc-tren-tieu-de.txt"]
        .map { TestFiles.fixtures + "/pipe-text/" + $0 }
    static var crashing: String { (inputs[1] as NSString).lastPathComponent }

    /// The command on `inputs` with `fault` injected (nil: none), `input` on standard input: the
    /// signal it ended by (0: none), its exit code, its standard output and error.
    func run(_ command: [String], _ inputs: [String] = Self.inputs, fault: String?, input: [UInt8] = [])
        throws -> (signal: Int32, code: Int32, stdout: String, stderr: String) {
        let binary = try #require(BatchSupervisorTests.binary, "no vanban executable beside the tests")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = command + inputs
        var environment = ProcessInfo.processInfo.environment
        environment["VANBAN_TEST_CRASH"] = fault
        // The runtime's backtrace is not what is tested here.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = environment
        // Standard error to a file, so that neither stream fills while the other is read.
        let scratch = ScratchDirectory("crash-note-err")
        let errPath = scratch.file("stderr", [])
        let out = Pipe(), stdin = Pipe()
        p.standardOutput = out
        p.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        p.standardInput = stdin
        try p.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let stderr = String(decoding: TestFiles.read(errPath) ?? [], as: UTF8.self)
        let crashed = p.terminationReason == .uncaughtSignal
        return (crashed ? p.terminationStatus : 0, crashed ? 0 : p.terminationStatus, stdout, stderr)
    }

    static let commands = [["parse", "--format", "ndjson"], ["check"], ["check", "--format", "json"], ["tables", "--long"]]

    @Test(arguments: commands)
    func anInputThatCrashesVanbanFailsAloneAndTheOthersAreWrittenOnce(command: [String]) throws {
        let crashed = try run(command, fault: Self.crashing)
        let without = try run(command, [Self.inputs[0], Self.inputs[2]], fault: nil)
        #expect(crashed.signal == 0)
        #expect(crashed.code == 2)
        #expect(crashed.stderr.contains("vanban: \(Self.inputs[1]): crashed vanban (signal 4, SIGILL); the run starts again without it\n"))
        #expect(crashed.stderr.contains("vanban: \(Self.inputs[1]): vanban crashed reading this file (signal 4, SIGILL), a bug in vanban; the run went on without it\n"))
        // Both other inputs' output, as a run without the crashing one writes it.
        #expect(without.code == (command[0] == "check" ? 1 : 0))
        #expect(without.stdout.contains(Self.inputs[0]) && without.stdout.contains(Self.inputs[2]))
        #expect(crashed.stdout == without.stdout)
    }

    @Test func aStackOverflowIsACrashOfItsInputToo() throws {
        let crashed = try run(["check"], fault: "overflow:" + Self.crashing)
        #expect(crashed.signal == 0)
        #expect(crashed.code == 2)
        #expect(crashed.stderr.contains("vanban: \(Self.inputs[1]): vanban crashed reading this file (signal 11, SIGSEGV), a bug in vanban"))
        #expect(crashed.stdout == (try run(["check"], [Self.inputs[0], Self.inputs[2]], fault: nil)).stdout)
    }

    /// SARIF names the crashed input among the inputs not checked; its results are the others'.
    @Test func sarifNamesTheCrashedInput() throws {
        let crashed = try run(["check", "--format", "sarif"], fault: Self.crashing)
        #expect(crashed.code == 2)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(crashed.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notes = invocation["toolExecutionNotifications"] as? [[String: Any]] ?? []
        #expect(notes.count == 1)
        #expect(((notes.first?["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("vanban crashed reading this file (signal 4, SIGILL)") == true)
        let uris = Set((run["results"] as? [[String: Any]] ?? []).compactMap {
            ((($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        })
        #expect(uris == ["file://" + Self.inputs[0], "file://" + Self.inputs[2]])
    }

    /// Two inputs crash (the same file twice) and one comes on standard input: the run starts
    /// twice again, standard input read once and given to each run.
    @Test func twoCrashesAndStandardInput() throws {
        let scratch = ScratchDirectory("crash-note")
        let link = scratch.path + "/again-" + Self.crashing
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: Self.inputs[1])
        let document = try #require(TestFiles.read(Self.inputs[2]))
        let crashed = try run(["parse", "--format", "ndjson"], [Self.inputs[0], Self.inputs[1], "-", link], fault: Self.crashing, input: document)
        #expect(crashed.code == 2)
        #expect(crashed.stderr.components(separatedBy: "the run starts again without it").count == 3)
        #expect(crashed.stderr.contains("vanban: \(link): vanban crashed reading this file"))
        let without = try run(["parse", "--format", "ndjson"], [Self.inputs[0], "-"], fault: nil, input: document)
        #expect(without.code == 0)
        #expect(crashed.stdout == without.stdout)
        #expect(crashed.stdout.split(separator: "\n").count == 2)
    }

    /// One input: nothing to go on to. The process ends by the signal, as a trap ends it, and names
    /// the input first.
    @Test(arguments: [["parse", "--format", "ndjson"], ["check"], ["tables", "--long"]])
    func aCrashOnTheOnlyInputNamesIt(command: [String]) throws {
        let crashed = try run(command, [Self.inputs[1]], fault: Self.crashing)
        #expect(crashed.signal == SIGILL)
        #expect(crashed.stderr.contains("vanban: \(Self.inputs[1]): crashed vanban (signal 4, SIGILL), a bug in vanban; the inputs before it are done: leave it out to go on, and report it\n"))
        if command[0] == "check" {
            // A stack overflow, on the handler's own stack.
            let overflow = try run(command, [Self.inputs[1]], fault: "overflow:" + Self.crashing)
            #expect(overflow.signal == SIGSEGV)
            #expect(overflow.stderr.contains("vanban: \(Self.inputs[1]): crashed vanban (signal 11, SIGSEGV), a bug in vanban"))
        }
    }

    /// A run stopped from outside by a signal that is no crash ends by it, as it would unsupervised:
    /// a closed pipe's SIGPIPE (exit status 141 in the shell), without a word.
    @Test func aClosedPipeEndsTheRunAsBefore() throws {
        let binary = try #require(BatchSupervisorTests.binary, "no vanban executable beside the tests")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        // Enough documents that the pipe closes while they are written.
        let many = Array(repeating: "'\(Self.inputs[0])'", count: 200).joined(separator: " ")
        p.arguments = ["-c", "'\(binary)' parse --format ndjson \(many) 2>&1 | head -c 10 > /dev/null; echo \"${PIPESTATUS[0]}\""]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(status == "141\n")
    }
}

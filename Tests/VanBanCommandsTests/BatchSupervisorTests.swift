import Foundation
import Testing
@testable import VanBanCommands
import VanBanTestSupport

/// Runs `program` with `args`, the environment with `setting` laid over it (nil: left out), and
/// `input` on standard input: its exit code and what it wrote on standard output, or on standard
/// error (`readingErrors`); the other is let go, so that it never fills while the one is read.
func runProgram(_ program: String, _ args: [String], setting: [String: String?] = [:], input: [UInt8] = [],
                readingErrors: Bool = false) throws -> (code: Int32, text: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program)
    p.arguments = args
    var environment = ProcessInfo.processInfo.environment
    for (name, value) in setting { environment[name] = value }
    p.environment = environment
    let read = Pipe(), inPipe = Pipe()
    p.standardOutput = readingErrors ? FileHandle.nullDevice : read
    p.standardError = readingErrors ? read : FileHandle.nullDevice
    p.standardInput = inPipe
    try p.run()
    inPipe.fileHandleForWriting.write(Data(input))
    try inPipe.fileHandleForWriting.close()
    let text = String(decoding: read.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    return (p.terminationStatus, text)
}

/// `vanban batch` as a process: a document that crashes vanban (a fault injected with
/// `VANBAN_TEST_CRASH`) fails alone, and the output is what a batch without it writes.
@Suite struct BatchSupervisorTests {
    let scratch = ScratchDirectory("supervisor")
    static let outputs = ["documents.ndjson", "tables-long.csv", "citations.csv", "diagnostics.ndjson"]

    /// The `vanban` executable `swift test` built beside the test bundle.
    static let binary: String? = {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let path = (exe as NSString).deletingLastPathComponent + "/vanban"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// Runs the executable; its exit code and standard error.
    func vanban(_ args: [String], crashOn fault: String? = nil, input: String? = nil) throws -> (code: Int32, err: String) {
        let binary = try #require(Self.binary, "no vanban executable beside the tests")
        let run = try runProgram(binary, args, setting: ["VANBAN_TEST_CRASH": fault], input: Array((input ?? "").utf8), readingErrors: true)
        return (run.code, run.text)
    }

    /// The batch's child starts with glibc's cache of freed blocks enlarged, unless the user set
    /// glibc's tunables, which it gets as they are.
    @Test func theChildGetsTheAllocatorSettingsUnlessTheUserSetsThem() {
        let set = Allocator.manyDocumentsVariable(inherited: nil)
        #expect(set?.name == "GLIBC_TUNABLES")
        #expect(set?.value == "glibc.malloc.tcache_count=1024")
        #expect("glibc.malloc.check=3".withCString { Allocator.manyDocumentsVariable(inherited: $0) } == nil)
    }

    /// Four pipe-text fixtures copied into a folder of their own; their paths, in order.
    func inputs() -> [String] {
        _ = scratch.directory("in")
        return TestFiles.list(TestFiles.fixtures + "/pipe-text", suffix: ".txt").prefix(4).map { name in
            scratch.file("in/" + name, TestFiles.read(TestFiles.fixtures + "/pipe-text/" + name) ?? [])
        }
    }

    func summary(_ folder: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/summary.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    func expectSameOutputs(_ a: String, _ b: String) {
        for name in Self.outputs {
            let x = TestFiles.read(a + "/" + name), y = TestFiles.read(b + "/" + name)
            #expect(x != nil && x == y, "\(name) differs")
        }
    }

    @Test(arguments: ["1", "2"])
    func aDocumentThatCrashesVanbanFailsAloneAndTheOthersAreWrittenAsWithoutIt(jobs: String) throws {
        let files = inputs()
        let bad = files[2]
        let out = scratch.path + "/out-\(jobs)", reference = scratch.path + "/ref-\(jobs)"
        let run = try vanban(["batch", scratch.path + "/in", "--output", out, "--jobs", jobs], crashOn: (bad as NSString).lastPathComponent)
        #expect(run.code == 1)
        #expect(run.err.contains("vanban: \(bad): crashed vanban (signal 4, SIGILL); the batch runs again without it"))
        let s = try summary(out)
        #expect(s["inputs"] as? Int == 4)
        #expect(s["parsed"] as? Int == 3)
        let failed = s["failed"] as? [[String: String]] ?? []
        #expect(failed.map { $0["path"] } == [bad])
        #expect(failed.first?["reason"]?.hasPrefix("vanban crashed reading this file (signal 4, SIGILL)") == true)
        #expect(try vanban(["batch"] + files.filter { $0 != bad } + ["--output", reference, "--jobs", jobs]).code == 0)
        expectSameOutputs(out, reference)
    }

    @Test func aStackOverflowIsReportedAsACrashOfThatDocument() throws {
        let files = inputs()
        let out = scratch.path + "/out", reference = scratch.path + "/ref"
        let run = try vanban(["batch"] + files + ["--output", out], crashOn: "overflow:" + (files[1] as NSString).lastPathComponent)
        #expect(run.code == 1)
        let failed = try summary(out)["failed"] as? [[String: String]] ?? []
        #expect(failed.map { $0["path"] } == [files[1]])
        #expect(failed.first?["reason"]?.contains("SIGSEGV") == true)
        #expect(try vanban(["batch"] + files.filter { $0 != files[1] } + ["--output", reference]).code == 0)
        expectSameOutputs(out, reference)
    }

    @Test func twoCrashingDocumentsAndAListOnStandardInput() throws {
        let files = inputs()
        let out = scratch.path + "/out", reference = scratch.path + "/ref"
        // The list names the first file twice, the second time through a link whose name ends the
        // same way, so that both entries crash: two runs start again.
        let link = scratch.path + "/in/again-" + (files[0] as NSString).lastPathComponent
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: files[0])
        let list = ([files[0], files[1], link, files[3]]).joined(separator: "\n") + "\n"
        let run = try vanban(["batch", "--files-from", "-", "--output", out, "--jobs", "2"], crashOn: (files[0] as NSString).lastPathComponent, input: list)
        #expect(run.code == 1)
        let failed = try summary(out)["failed"] as? [[String: String]] ?? []
        #expect(failed.map { $0["path"] } == [files[0], link])
        #expect(try vanban(["batch", files[1], files[3], "--output", reference]).code == 0)
        expectSameOutputs(out, reference)
    }

    @Test func resumingWithACrashKeepsWhatTheFolderHeld() throws {
        let files = inputs()
        let out = scratch.path + "/out", reference = scratch.path + "/ref"
        for folder in [out, reference] { #expect(try vanban(["batch", files[0], "--output", folder]).code == 0) }
        // One job: the two documents before the crash are written (and flushed) when it happens; the
        // run after it finds the folder as it was, not with them already in.
        let run = try vanban(["batch"] + files + ["--output", out, "--resume", "--jobs", "1"], crashOn: (files[3] as NSString).lastPathComponent)
        #expect(run.code == 1)
        let s = try summary(out)
        #expect(s["skipped"] as? Int == 1)
        #expect(s["parsed"] as? Int == 2)
        #expect(try vanban(["batch", files[0], files[1], files[2], "--output", reference, "--resume"]).code == 0)
        expectSameOutputs(out, reference)
    }

    @Test func aBatchKilledWhileWritingADocumentResumesToTheBytesOfOneNeverStopped() throws {
        let files = inputs()
        let out = scratch.path + "/out", reference = scratch.path + "/ref"
        // Killed (as by the kernel out of memory) with the third document's rows written and its
        // `documents.ndjson` line not: no crash of a document, so no run again.
        let killed = try vanban(["batch"] + files + ["--output", out, "--jobs", "1"], crashOn: "kill-writing:" + (files[2] as NSString).lastPathComponent)
        #expect(killed.code == 2)
        #expect(killed.err.contains("vanban: batch: stopped by signal 9"))
        #expect(TestFiles.exists(out + "/.vanban-batch-state"))
        #expect(try vanban(["batch"] + files + ["--output", out, "--resume"]).code == 0)
        let s = try summary(out)
        #expect(s["skipped"] as? Int == 2)
        #expect(s["parsed"] as? Int == 2)
        #expect(!TestFiles.exists(out + "/.vanban-batch-state"))
        #expect(try vanban(["batch"] + files + ["--output", reference]).code == 0)
        expectSameOutputs(out, reference)
    }

    @Test func withoutACrashTheProcessWritesWhatTheInProcessRunWrites() throws {
        let files = inputs()
        let out = scratch.path + "/out", reference = scratch.path + "/ref"
        #expect(try vanban(["batch"] + files + ["--output", out, "--jobs", "2"]).code == 0)
        #expect(VanBanCommand.runMain(["batch"] + files + ["--output", reference, "--jobs", "2"], capture: OutputCapture()) == 0)
        expectSameOutputs(out, reference)
    }

    /// A stop from outside (`kill`, `timeout`, a job scheduler) sent to the supervisor reaches the
    /// batch it runs: the child had run on alone, writing, after the supervisor was gone.
    @Test(arguments: [SIGTERM, SIGHUP])
    func aStopSentToTheSupervisorStopsItsBatchToo(signal: Int32) throws {
        let files = inputs()
        let binary = try #require(Self.binary, "no vanban executable beside the tests")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = ["batch", scratch.path + "/in", "--output", scratch.path + "/out-\(signal)"]
        var environment = ProcessInfo.processInfo.environment
        environment["VANBAN_TEST_CRASH"] = "hang:" + (files[1] as NSString).lastPathComponent
        p.environment = environment
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // The child, once it runs (it waits on the second input until stopped).
        let child = Self.child(of: p.processIdentifier)
        #expect(child > 0)
        #expect(!Self.stop(p, signal, child: child), "the batch runs on without its supervisor")
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(p.terminationStatus == signal)
        #expect(text.contains("vanban: batch: stopped by signal \(signal)"))
    }

    /// The child process `pid` started, once it runs and a moment more (0: none within ten seconds).
    static func child(of pid: pid_t) -> pid_t {
        var child: pid_t = 0
        for _ in 0..<200 where child == 0 {
            let list = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
            child = list.split(separator: " ").first.flatMap { pid_t($0) } ?? 0
            if child == 0 { usleep(50_000) }
        }
        usleep(200_000)
        return child
    }

    /// Sends `signal` to `p` and waits for it to end; whether `child` runs on after it. Whatever went
    /// wrong, nothing is left running (a test would wait on its output).
    static func stop(_ p: Process, _ signal: Int32, child: pid_t) -> Bool {
        kill(p.processIdentifier, signal)
        for _ in 0..<200 where p.isRunning { usleep(50_000) }
        if p.isRunning { kill(p.processIdentifier, SIGKILL) }
        let childRunsOn = child > 0 && kill(child, 0) == 0
        if childRunsOn { kill(child, SIGKILL) }
        return childRunsOn
    }

    /// Whether process `pid` ignores `signal` (its status's `SigIgn` mask); nil when unread.
    static func ignores(_ pid: pid_t, _ signal: Int32) -> Bool? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigIgn:") }),
              let mask = UInt64(line.dropFirst(7).trimmingCharacters(in: .whitespaces), radix: 16) else { return nil }
        return mask & (1 << UInt64(signal - 1)) != 0
    }

    /// A process started to ignore SIGHUP (`nohup`) keeps ignoring it, and so does the child that
    /// runs its inputs (a batch's, started again; a check's, forked): the supervisor had taken it
    /// over to pass it on, and the child had started with it at its default, ending on a hang-up.
    @Test(arguments: [["batch", "--output", "OUT"], ["check"]])
    func aHangUpTheProcessIgnoresStaysIgnored(command: [String]) throws {
        let files = inputs()
        let binary = try #require(Self.binary, "no vanban executable beside the tests")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        let args = command.map { $0 == "OUT" ? scratch.path + "/out-nohup" : $0 } + files
        p.arguments = ["-c", "trap '' HUP; exec \"$0\" \"$@\"", binary] + args
        var environment = ProcessInfo.processInfo.environment
        environment["VANBAN_TEST_CRASH"] = "hang:" + (files[1] as NSString).lastPathComponent
        p.environment = environment
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let child = Self.child(of: p.processIdentifier)
        #expect(child > 0)
        #expect(Self.ignores(p.processIdentifier, SIGHUP) == true)
        #expect(child > 0 && Self.ignores(child, SIGHUP) == true)
        // A stop it does not ignore still ends both.
        #expect(child > 0 && Self.ignores(child, SIGTERM) == false)
        #expect(!Self.stop(p, SIGTERM, child: child))
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGTERM)
    }
}

/// A `parse`, `check`, `tables` or `bench` run over many documents starts itself again, with glibc's
/// larger cache of freed blocks (`Allocator.prepare`): what it writes is what a run that does not
/// restart writes, standard input (read after the restart) included.
@Suite struct RestartForManyDocumentsTests {
    let scratch = ScratchDirectory("restart")

    /// Every pipe-text fixture in one folder: more documents than a restart is made for.
    func folder() -> String {
        _ = scratch.directory("many")
        for name in TestFiles.list(TestFiles.fixtures + "/pipe-text", suffix: ".txt") {
            _ = scratch.file("many/" + name, TestFiles.read(TestFiles.fixtures + "/pipe-text/" + name) ?? [])
        }
        return scratch.path + "/many"
    }

    /// The executable run as a process, glibc's tunables unset: its exit code and standard output.
    func process(_ args: [String], input: [UInt8]) throws -> (Int32, String) {
        let binary = try #require(BatchSupervisorTests.binary, "no vanban executable beside the tests")
        return try runProgram(binary, args, setting: ["GLIBC_TUNABLES": nil], input: input)
    }

    /// The dynamic loader that starts programs here, when it is where glibc puts it on x86-64.
    static let loader: String? = FileManager.default.isExecutableFile(atPath: "/lib64/ld-linux-x86-64.so.2") ? "/lib64/ld-linux-x86-64.so.2" : nil

    /// Started by the dynamic loader by name (`ld.so vanban …`), `/proc/self/exe` is the loader: a
    /// run over many documents does not restart and a batch runs in its own process (as under
    /// valgrind, whose `/proc/self/exe` is its own); both write what they write otherwise.
    @Test(.enabled(if: loader != nil && BatchSupervisorTests.binary != nil, "no x86-64 glibc loader"))
    func startedByTheLoaderNothingIsStartedAgain() throws {
        let dir = folder()
        let binary = try #require(BatchSupervisorTests.binary), loader = try #require(Self.loader)
        let parse = try runProgram(loader, [binary, "parse", "--format", "ndjson", dir], setting: ["GLIBC_TUNABLES": nil])
        #expect(parse.code == 0)
        #expect(parse.text == inProcess(["parse", "--format", "ndjson", dir]).1)
        let batch = try runProgram(loader, [binary, "batch", dir, "--output", scratch.path + "/batch"], setting: ["GLIBC_TUNABLES": nil],
                                   readingErrors: true)
        #expect(batch.code == 0, "\(batch.text)")
        let documents = TestFiles.read(scratch.path + "/batch/documents.ndjson") ?? []
        #expect(documents.count { $0 == 0x0A } == TestFiles.list(dir, suffix: ".txt").count)
    }

    /// The instruction count's script runs under valgrind, where vanban does not start itself
    /// again: it sets the allocator as a restart would, with the same words.
    @Test func theInstructionScriptSetsTheAllocatorAsARestartDoes() throws {
        let script = String(decoding: try #require(TestFiles.read(TestFiles.root + "/bench/instructions.sh")), as: UTF8.self)
        #expect(script.contains("GLIBC_TUNABLES=" + Allocator.manyDocumentsTunables + " "))
    }

    func inProcess(_ args: [String]) -> (Int32, String) {
        let capture = OutputCapture()
        let code = VanBanCommand.runMain(args, capture: capture)
        return (code, capture.stdout)
    }

    @Test func aRunThatRestartsWritesWhatARunInProcessWrites() throws {
        let dir = folder()
        let count = TestFiles.list(dir, suffix: ".txt").count
        #expect(count >= Allocator.restartAt)
        let stdin = TestFiles.read(TestFiles.fixtures + "/pipe-text/" + TestFiles.list(dir, suffix: ".txt")[0]) ?? []
        for args in [["parse", "--format", "ndjson", dir], ["tables", "--long", dir], ["check", "--format", "json", dir]] {
            let (code, out) = try process(args, input: [])
            let (want, wanted) = inProcess(args)
            #expect(code == want, "\(args[0])")
            #expect(out == wanted, "\(args[0])")
        }
        // Standard input among the documents: read once, after the restart.
        let (code, out) = try process(["parse", "--format", "ndjson", dir, "-"], input: stdin)
        let lines = out.split(separator: "\n")
        #expect(code == 0 && lines.count == count + 1)
        #expect(lines.last?.contains("\"path\":\"-\"") == true)
        #expect(lines.dropLast().joined(separator: "\n") + "\n" == inProcess(["parse", "--format", "ndjson", dir]).1)
    }
}

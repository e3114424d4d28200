import Foundation
import Testing
import VanBanTestSupport

/// `parse`, `check` and `tables` as processes: a crash (a trap, injected with `VANBAN_TEST_CRASH`)
/// on one of several inputs names that input before the process ends by its signal, as before.
@Suite struct CrashNoteTests {
    static let inputs = ["ke-hoach-156-kh-ubnd-cat-giua-bang.txt", "cong-dien-05-cd-ubnd-bao-so-6.txt", "de-an-08-da-ubnd-phan-thu.txt"]
        .map { TestFiles.fixtures + "/pipe-text/" + $0 }

    /// The command on the three inputs with `fault` injected: the signal it ended by (0: none), its
    /// standard output and error.
    func run(_ command: [String], fault: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = try #require(BatchSupervisorTests.binary, "no vanban executable beside the tests")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = command + Self.inputs
        var environment = ProcessInfo.processInfo.environment
        environment["VANBAN_TEST_CRASH"] = fault
        // The runtime's backtrace is not what is tested here.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationReason == .uncaughtSignal ? p.terminationStatus : 0, stdout, stderr)
    }

    @Test(arguments: [["parse", "--format", "ndjson"], ["check"], ["tables", "--long"]])
    func aCrashNamesTheInputItStoppedOn(command: [String]) throws {
        let (status, stdout, stderr) = try run(command, fault: (Self.inputs[1] as NSString).lastPathComponent)
        #expect(status == SIGILL)
        #expect(stderr.contains("vanban: \(Self.inputs[1]): crashed vanban (signal 4, SIGILL), a bug in vanban; the inputs before it are done: leave it out to go on, and report it\n"))
        #expect(!stderr.contains(Self.inputs[2]))
        if command[0] == "check" {
            // A stack overflow, on the handler's own stack.
            let overflow = try run(command, fault: "overflow:" + (Self.inputs[1] as NSString).lastPathComponent)
            #expect(overflow.status == SIGSEGV)
            #expect(overflow.stderr.contains("vanban: \(Self.inputs[1]): crashed vanban (signal 11, SIGSEGV), a bug in vanban"))
        }
        // What went out before the crash: the first document, or its findings (`check` writes text
        // file by file).
        if command[0] == "check" {
            #expect(stdout.hasPrefix(Self.inputs[0] + ":"))
            #expect(!stdout.contains(Self.inputs[2]))
        }
        if command[0] == "parse" {
            #expect(stdout.split(separator: "\n").count == 1)
            #expect(stdout.hasPrefix("{\"schema_version\":\"1\",\"source\":{\"path\":\"\(Self.inputs[0])\""))
        }
    }
}

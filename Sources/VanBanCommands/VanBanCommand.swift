import ArgumentParser

/// The `vanban` command: subcommands over the VanBan library.
public struct VanBanCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Turn Vietnamese administrative documents (văn bản hành chính) into typed, validated data.",
        discussion: """
            Exit codes: 0 success; 1 findings or failed inputs (check, batch); 2 usage error or an input \
            that could not be read or parsed at all.
            """,
        version: version,
        subcommands: [Parse.self, Check.self, Tables.self, Batch.self, Bench.self, Generate.self]
    )

    /// The tool's version: `vanban --version`, and the SARIF driver's.
    public static let version = "0.1.0"

    public init() {}

    /// Runs the command line with output collected into `capture` instead of the standard streams.
    public static func runMain(_ arguments: [String], capture: OutputCapture) -> Int32 {
        Output.$capture.withValue(capture) { runMain(arguments) }
    }

    /// Runs the command line with the exit codes of the contract (usage errors exit 2, not 64).
    public static func runMain(_ arguments: [String]? = nil) -> Int32 {
        // The process's own `vanban batch` line runs in a child process it starts again after a crash.
        if arguments == nil, let code = BatchSupervisor.run(Array(CommandLine.arguments.dropFirst())) { return code }
        if arguments == nil {
            Allocator.allowRestart()
            BatchSupervisor.mayRunInputs = true
        }
        do {
            let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
            // A plain `parse`, `check` or `tables` line runs without the parser's start-up; the parser reads
            // every other line, and says what is wrong with one its job refuses.
            if let job = DirectCommandLine.job(arguments), (try? job.validate()) != nil {
                try job.run()
            } else {
                let split = PathArguments(arguments)
                var command = try split.restore(parseAsRoot(split.arguments))
                try command.run()
            }
            return writeFailure() ?? 0
        } catch let code as ExitCode {
            return writeFailure() ?? code.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Output.stdout(fullMessage(for: error) + "\n")
                return 0
            }
            Output.stderr(fullMessage(for: error))
            if code == .validationFailure { return 2 }
            return code.rawValue == 1 ? 2 : code.rawValue
        }
    }

    /// Output that never arrived is a failed run, whatever the command found: exit 2, with the reason.
    private static func writeFailure() -> Int32? {
        guard let reason = Output.stdoutFailure else { return nil }
        Output.stderr("vanban: cannot write standard output: \(reason)")
        return 2
    }
}

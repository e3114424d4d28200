import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// Names the input that a crash (a trap: a bug in vanban) stopped `parse`, `check` or `tables` on,
/// on standard error, before the process ends by its signal as it did: the one to leave out and to
/// report. For a run over one input, or where no child runs the inputs (`BatchSupervisor`: over
/// several inputs, and in `batch`, the run goes on without it).
enum CrashNote {
    /// The input being read (a C string), or nil; the handlers that were there before ours; for
    /// each watched signal, the end of the note; the handler's own stack, kept for the process's
    /// life (held here, so that a leak checker sees it in use). Set up before any handler can run.
    nonisolated(unsafe) private static var current: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var previous: UnsafeMutablePointer<sigaction>?
    nonisolated(unsafe) private static var endings: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    nonisolated(unsafe) private static var handlerStack: UnsafeMutableRawPointer?
    nonisolated(unsafe) private static var installed = false
    private static let signals = CrashWatch.signals

    /// Watches the crash signals, once per process.
    static func install() {
        guard !installed else { return }
        installed = true
        let before = UnsafeMutablePointer<sigaction>.allocate(capacity: signals.count)
        let ends = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: signals.count)
        for (k, sig) in signals.enumerated() {
            ends[k] = strdup(": crashed vanban (\(CrashWatch.name(of: sig))), a bug in vanban; the inputs before it are done: leave it out to go on, and report it\n")
        }
        previous = before
        endings = ends
        // A stack of its own for the handler, so that a stack overflow is named too (the commands
        // read their inputs on this thread).
        var stack = stack_t()
        handlerStack = malloc(1 << 16)
        stack.ss_sp = handlerStack
        stack.ss_size = 1 << 16
        sigaltstack(&stack, nil)
        for (k, sig) in signals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(sig, &action, before + k)
        }
    }

    /// Runs `body`, the work on input `path`, named should it crash.
    static func reading<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        guard installed, let name = strdup(path) else { return try body() }
        current = name
        defer { current = nil; free(name) }
        // A crash injected for the tests (`VANBAN_TEST_CRASH=SUFFIX`): SIGILL, the signal of a trap,
        // then, the handlers done (a raised signal is not met again on return, as a trap is), the
        // end a trap comes to; or a stack overflow (`overflow:SUFFIX`).
        if let fault = getenv("VANBAN_TEST_CRASH").map({ String(cString: $0) }), !fault.isEmpty {
            if fault.hasPrefix("overflow:") { CrashWatch.injectFault(fault, for: path) }
            if !fault.contains(":"), path.hasSuffix(fault) {
                raise(SIGILL)
                signal(SIGILL, SIG_DFL)
                raise(SIGILL)
            }
        }
        return try body()
    }

    /// Writes the note (async-signal-safe calls only), then puts the handler before ours back: a
    /// trap or a fault, met again on return, reaches it as it would have (the runtime's backtrace,
    /// or the default end); SIGABRT, which is not met again, is raised again.
    private static let handler: @convention(c) (Int32) -> Void = { sig in
        guard let k = CrashNote.signals.firstIndex(of: sig), let before = CrashNote.previous else { return }
        if let path = CrashNote.current, let end = CrashNote.endings?[k] {
            _ = write(2, "vanban: ", 8)
            _ = write(2, path, strlen(path))
            _ = write(2, end, strlen(end))
        }
        sigaction(sig, before + k, nil)
        if sig == SIGABRT { raise(sig) }
    }
}

/// The inputs of a `parse`, `check` or `tables` run, read one by one. In a supervised run's child
/// (`BatchSupervisor.runInputs`), each input is marked done once its output is written, a crash
/// is reported with the input's index and the output written by the last input done, and an input
/// a run before crashed on is not read again but failed; otherwise a crash is named on standard
/// error (`CrashNote`).
struct InputLoop {
    /// Whether the run's `inputs` were read in a supervised child (`BatchSupervisor.runInputs`),
    /// which ended as the exit code thrown (none for 0); false where this process reads them.
    /// Called before the command writes anything.
    static func ranSupervised(_ inputs: Int) throws -> Bool {
        guard let code = BatchSupervisor.runInputs(inputs) else { return false }
        if code != 0 { throw ExitCode(code) }
        return true
    }

    private let orders = BatchSupervisor.Orders.current

    init() {
        if let orders {
            CrashWatch.install(workers: 1, reportingOn: orders.report)
        } else {
            CrashNote.install()
        }
    }

    /// Runs `body` on each input in turn, or `crashed` with the reason on one a run before crashed on.
    func forEach(_ inputs: [String], crashed: (_ path: String, _ reason: String) -> Void, _ body: (String) throws -> Void) rethrows {
        guard let orders else {
            for path in inputs { try CrashNote.reading(path) { try body(path) } }
            return
        }
        let fault = BatchSupervisor.variable("VANBAN_TEST_CRASH")
        try CrashWatch.withSignalStack {
            for (k, path) in inputs.enumerated() {
                if let signal = orders.crashed[k] {
                    crashed(path, Self.crashReason(signal))
                } else {
                    try CrashWatch.reading(slot: 0, index: k, path: path) {
                        if let fault { CrashWatch.injectFault(fault, for: path) }
                        try body(path)
                    }
                }
                CrashWatch.markDone(k)
            }
        }
    }

    static func crashReason(_ signal: Int32) -> String {
        "vanban crashed reading this file (\(CrashWatch.name(of: signal))), a bug in vanban; the run went on without it"
    }
}

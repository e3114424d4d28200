#if canImport(Glibc)
import Glibc
#endif

/// Names the input that a crash (a trap: a bug in vanban) stopped `parse`, `check` or `tables` on,
/// on standard error, before the process ends by its signal as it did: among thousands of inputs,
/// the one to leave out and to report. (`batch` goes on without it: `BatchSupervisor`.)
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

#if canImport(Glibc)
import Glibc
#endif

/// `vanban batch` run in a child process, so that a document that crashes vanban (a trap: a bug)
/// fails alone. The child reports the input it was reading when it crashed; the supervisor runs
/// the batch again from the start with that input marked failed, until a run ends. Every output
/// file then holds the bytes an uninterrupted run would have written had that input failed: the
/// files are rewritten (`--resume`: cut back to their sizes before the first run), the B01 check
/// and the summary see every input again. A crash costs the work done before it, once. A stop
/// from outside (SIGTERM, SIGINT, SIGHUP) is passed on to the child, and ends the supervisor too.
///
/// `parse`, `check` and `tables` over more than one input run so too (`runInputs`), with one
/// difference: they write to standard output and error as they go, so a run started again writes
/// nothing of what the runs before it wrote (`skipVariable`), and goes on where they stopped.
///
/// Linux only (a batch's child is `/proc/self/exe`, a run's this process forked); elsewhere, for
/// in-process calls, and where that path is not vanban (`SelfExecutable.isRestartable`: under
/// valgrind), they run in the calling process.
enum BatchSupervisor {
    /// Set in the child: the file descriptor it reports on.
    static let reportVariable = "VANBAN_BATCH_REPORT_FD"
    /// Inputs known to crash, as `index:signal` pairs joined by commas.
    static let crashedVariable = "VANBAN_BATCH_CRASHED"
    /// With `--resume`: the output files' sizes before the first run, to cut them back to.
    static let restoreVariable = "VANBAN_BATCH_RESTORE"
    /// The first run's start (CLOCK_MONOTONIC, nanoseconds) and date, so that the summary's
    /// seconds and the date checks cover the whole batch.
    static let startedVariable = "VANBAN_BATCH_STARTED"
    static let todayVariable = "VANBAN_BATCH_TODAY"
    /// For `parse`, `check` and `tables`: how many bytes of standard output and error (`OUT,ERR`)
    /// the runs before wrote, each input's whole; the run started again writes from there on.
    static let skipVariable = "VANBAN_RUN_SKIP"

    /// Whether `runInputs` may supervise: set by the process's own command line (`runMain()`),
    /// not by a run inside another program.
    nonisolated(unsafe) static var mayRunInputs = false

    /// Runs `arguments` (a `vanban batch` line) supervised and returns its exit code; nil when the
    /// line is no batch, when this process is already the child, where `/proc/self/exe` is not
    /// vanban (`SelfExecutable.isRestartable`), or off Linux.
    static func run(_ arguments: [String]) -> Int32? {
        guard arguments.first == "batch" else { return nil }
        return supervise(arguments, batch: true)
    }

    /// Runs this process's `parse`, `check` or `tables` line supervised when it reads `inputs`
    /// inputs, more than one, and returns its exit code; nil where it runs on in this process (one
    /// input, already the child, not the process's own command line, or as `run` says). Called
    /// before the command writes anything: the child leaves out here what the runs before it wrote.
    static func runInputs(_ inputs: Int) -> Int32? {
        if inputs > 1, mayRunInputs, let code = supervise(Array(CommandLine.arguments.dropFirst()), batch: false) { return code }
        // This process runs the inputs: as the child (forked, or started again by `Allocator.prepare`),
        // it leaves out what the runs before it wrote.
        if let skip = Orders.current?.skip { Output.skipping(out: skip.out, err: skip.err) }
        return nil
    }

    private static func supervise(_ arguments: [String], batch: Bool) -> Int32? {
        #if os(Linux)
        // A batch's child is this executable started again; a run's is this process forked (it has
        // started no thread yet), which costs a tenth of a start. Neither under a tool that runs
        // vanban (`SelfExecutable.isRestartable`: valgrind, whose output file the child would share).
        guard getenv(reportVariable) == nil, SelfExecutable.isRestartable else { return nil }
        // Standard input (a `--files-from -` list, a `-` document) is read once and given to every run.
        var input: Int32 = -1
        if arguments.contains("-") || arguments.contains("--files-from=-") {
            input = spool(0)
            guard input >= 0 else { return nil }
        }
        defer { if input >= 0 { close(input) } }
        var crashed: [(index: Int, signal: Int32)] = []
        var restore: String?
        // What the runs before wrote, to the end of their last whole input (bytes of standard output and error).
        var written = (out: 0, err: 0)
        let started = String(monotonicNanoseconds())
        let today = VanBanCommand.Check.today()
        passStopsOn()
        while true {
            var variables = [(startedVariable, started), (todayVariable, today)]
            if !crashed.isEmpty { variables.append((crashedVariable, crashed.map { "\($0.index):\($0.signal)" }.joined(separator: ","))) }
            if let restore { variables.append((restoreVariable, restore)) }
            if !batch { variables.append((skipVariable, "\(written.out),\(written.err)")) }
            if let tunables = Allocator.manyDocumentsVariable(inherited: getenv(Allocator.tunablesVariable)) { variables.append(tunables) }
            if input >= 0 { lseek(input, 0, SEEK_SET) }
            if stop != 0 { stopped(batch: batch) }
            let ended: (Int32, String)?
            if batch {
                ended = spawn(arguments, variables: variables, input: input)
            } else {
                switch fork(variables: variables.filter { $0.0 != Allocator.tunablesVariable }, input: input) {
                case .child: return nil
                case .ended(let status, let report): ended = (status, report)
                case .failed where crashed.isEmpty: return nil
                case .failed:
                    Output.stderr("vanban: cannot start the run again: \(String(cString: strerror(errno)))")
                    return 2
                }
            }
            guard let (status, report) = ended else { return nil }
            let lines = report.split(separator: "\n")
            if restore == nil, let sizes = lines.first(where: { $0.hasPrefix("sizes ") }) { restore = String(sizes.dropFirst(6)) }
            if let done = lines.last(where: { $0.hasPrefix("done ") }).flatMap(Done.init) {
                written = (max(written.out, done.out), max(written.err, done.err))
            }
            let signal = status & 0x7F
            if stop != 0 { stopped(batch: batch) }
            if signal == 0 { return (status >> 8) & 0xFF }
            // Killed by a signal: by a document (reported), or by something else (out of memory, a kill).
            let crash = lines.last(where: { $0.hasPrefix("crash ") }).flatMap(Crash.init)
            guard let crash, !crashed.contains(where: { $0.index == crash.index }) else {
                // A run ends as its child did (a closed pipe's SIGPIPE, a kill), as it would have unsupervised.
                if !batch { endBy(signal) }
                Output.stderr("vanban: batch: stopped by signal \(signal)\(signal == SIGKILL ? " (out of memory?)" : "")")
                return 2
            }
            crashed.append((crash.index, crash.signal))
            Output.stderr("vanban: \(crash.path): crashed vanban (\(CrashWatch.name(of: crash.signal))); the \(batch ? "batch runs" : "run starts") again without it")
        }
        #else
        return nil
        #endif
    }

    /// A crash report line: `crash INDEX SIGNAL PATH`.
    struct Crash {
        let index: Int
        let signal: Int32
        let path: Substring

        init?(_ line: Substring) {
            let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, let index = Int(parts[1]), let signal = Int32(parts[2]) else { return nil }
            self.index = index
            self.signal = signal
            self.path = parts[3]
        }
    }

    /// A line `done INDEX OUT ERR` before a crash's: input INDEX was the last done, standard output
    /// and error then written to OUT and ERR bytes.
    struct Done {
        let out: Int
        let err: Int

        init?(_ line: Substring) {
            let parts = line.split(separator: " ")
            guard parts.count == 4, Int(parts[1]) != nil, let out = Int(parts[2]), let err = Int(parts[3]) else { return nil }
            self.out = out
            self.err = err
        }
    }

    /// What the supervisor told this process, when it is the child.
    struct Orders {
        var report: Int32
        var crashed: [Int: Int32] = [:]
        var restore: [Int]?
        var started: UInt64?
        var today: String?
        var skip: (out: Int, err: Int)?

        static var current: Orders? {
            guard let fd = variable(reportVariable).flatMap({ Int32($0) }) else { return nil }
            var orders = Orders(report: fd)
            for pair in (variable(crashedVariable) ?? "").split(separator: ",") {
                let p = pair.split(separator: ":")
                if p.count == 2, let k = Int(p[0]), let s = Int32(p[1]) { orders.crashed[k] = s }
            }
            orders.restore = variable(restoreVariable).map { $0.split(separator: ",").compactMap { Int($0) } }
            orders.started = variable(startedVariable).flatMap { UInt64($0) }
            orders.today = variable(todayVariable)
            if let parts = variable(skipVariable)?.split(separator: ",").compactMap({ Int($0) }), parts.count == 2 {
                orders.skip = (parts[0], parts[1])
            }
            return orders
        }

        /// Seconds since the first run started.
        var seconds: Double? {
            guard let started else { return nil }
            return Double(monotonicNanoseconds() &- started) / 1e9
        }

        /// Tells the supervisor the output files' sizes before this first run writes to them.
        func reportSizes(of paths: [String]) {
            let sizes = paths.map { path -> String in
                var st = stat()
                return stat(path, &st) == 0 ? String(st.st_size) : "0"
            }
            CrashWatch.write(report, Array("sizes \(sizes.joined(separator: ","))\n".utf8))
        }

        /// Cuts the output files back to the sizes they had before the first run.
        func restoreSizes(of paths: [String]) throws {
            guard let restore, restore.count == paths.count else { return }
            for (path, size) in zip(paths, restore) where access(path, F_OK) == 0 {
                if truncate(path, off_t(size)) != 0 { throw Files.Failure(path: path, reason: String(cString: strerror(errno))) }
            }
        }
    }

    static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static func monotonicNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    #if os(Linux)
    /// The running child's pid (0: none), and a stop asked of the supervisor (a signal, 0: none).
    nonisolated(unsafe) private static var child: pid_t = 0
    nonisolated(unsafe) private static var stop: Int32 = 0
    /// The signals that stop a batch from outside (`kill`, `timeout`, a job scheduler, a closed
    /// terminal, Ctrl-C): passed on to the child, which would otherwise run on alone.
    static let stops = [SIGTERM, SIGINT, SIGHUP]
    /// The stops passed on (those not ignored), which the child starts with at their default action.
    nonisolated(unsafe) private static var passed: [Int32] = []

    private static func passStopsOn() {
        // Unblocked too: a parent may have left them blocked (a test runner does).
        var mask = sigset_t()
        sigemptyset(&mask)
        for sig in stops { sigaddset(&mask, sig) }
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        for sig in stops {
            // One the process was started to ignore (`nohup`: SIGHUP) stays ignored, here and in the child.
            var before = sigaction()
            sigaction(sig, nil, &before)
            if let handler = before.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                continue
            }
            passed.append(sig)
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                BatchSupervisor.stop = sig
                if BatchSupervisor.child > 0 { kill(BatchSupervisor.child, sig) }
            }
            sigemptyset(&action.sa_mask)
            sigaction(sig, &action, nil)
        }
    }

    /// Ends the supervisor as the stop asked, once its child is gone: by the same signal.
    private static func stopped(batch: Bool) -> Never {
        if batch { Output.stderr("vanban: batch: stopped by signal \(stop); `--resume` goes on from the documents written") }
        endBy(stop)
    }

    /// Ends this process by `sig`.
    private static func endBy(_ sig: Int32) -> Never {
        signal(sig, SIG_DFL)
        raise(sig)
        exit(128 + sig)
    }

    /// Standard input copied to an unlinked temporary file, or -1.
    private static func spool(_ fd: Int32) -> Int32 {
        var template = Array("/tmp/vanban-stdin-XXXXXX".utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return -1 }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            CrashWatch.write(file, Array(buffer[..<n]))
        }
        return file
    }

    enum Forked {
        /// This process is the child: it runs the command on.
        case child
        /// The child ended: its wait status and what it reported.
        case ended(Int32, String)
        case failed
    }

    /// Forks this process, the child with `variables` set in its environment and `input` (when
    /// given) as standard input; the child's environment keeps them should it start itself again
    /// (`Allocator.prepare`).
    private static func fork(variables: [(String, String)], input: Int32) -> Forked {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return .failed }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        // The stops are held while the child starts, so that none falls between its start and `child`.
        var held = sigset_t(), previous = sigset_t()
        sigemptyset(&held)
        for sig in stops { sigaddset(&held, sig) }
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        let pid = Glibc.fork()
        if pid == 0 {
            close(readEnd)
            for (name, value) in variables + [(reportVariable, String(writeEnd))] { setenv(name, value, 1) }
            if input >= 0 { dup2(input, 0) }
            for sig in passed { signal(sig, SIG_DFL) }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
            return .child
        }
        if pid > 0 { child = pid }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        close(writeEnd)
        guard pid > 0 else { close(readEnd); return .failed }
        let report = readAll(readEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { child = 0; return .failed }
        }
        child = 0
        return .ended(status, report)
    }

    /// What is read from `fd` until its end, which is then closed.
    private static func readAll(_ fd: Int32) -> String {
        var report: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            report += buffer[..<n]
        }
        close(fd)
        return String(decoding: report, as: UTF8.self)
    }

    /// Runs this executable on `arguments` with `variables` added to the environment and `input`
    /// (when given) as standard input; its wait status and what it reported.
    private static func spawn(_ arguments: [String], variables: [(String, String)], input: Int32) -> (Int32, String)? {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return nil }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input >= 0 { posix_spawn_file_actions_adddup2(&actions, input, 0) }
        let own = Set(variables.map(\.0) + [reportVariable])
        var environment: [String] = []
        var e = environ
        while let entry = e.pointee {
            let s = String(cString: entry)
            if !own.contains(String(s.prefix(while: { $0 != "=" }))) { environment.append(s) }
            e += 1
        }
        environment += variables.map { "\($0.0)=\($0.1)" } + ["\(reportVariable)=\(writeEnd)"]
        let argv = (["vanban"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // The stops are held while the child starts, so that none falls between its start and `child`.
        var held = sigset_t(), previous = sigset_t()
        sigemptyset(&held)
        for sig in stops { sigaddset(&held, sig) }
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        // The child starts with the stops unblocked and at their default action.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in passed { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &previous)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, SelfExecutable.path, &actions, &attributes, argv, envp)
        if spawned == 0 { child = pid }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        close(writeEnd)
        guard spawned == 0 else { close(readEnd); return nil }
        let report = readAll(readEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { child = 0; return nil }
        }
        child = 0
        return (status, report)
    }
    #endif
}

/// Which input each batch worker is reading, for a signal handler to report when one crashes the
/// process. Only async-signal-safe work happens in the handler: loads from memory set up before it
/// was installed, `write`, `signal`, `raise`.
enum CrashWatch {
    /// Per worker: its thread, its input's index (-1: none) and the input's path (a C string).
    nonisolated(unsafe) private static var slots: UnsafeMutablePointer<Int>?
    nonisolated(unsafe) private static var count = 0
    nonisolated(unsafe) private static var report: Int32 = -1
    nonisolated(unsafe) private static var digits: UnsafeMutablePointer<UInt8>?
    /// The last input done and the bytes of standard output and error written by then (a
    /// supervised run's child: `markDone`); index -1: none yet.
    nonisolated(unsafe) private static var done: UnsafeMutablePointer<Int>?
    static let signals = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

    /// Watches `workers` workers, reporting on `fd`.
    static func install(workers: Int, reportingOn fd: Int32) {
        let s = UnsafeMutablePointer<Int>.allocate(capacity: workers * 3)
        for k in 0..<workers { s[3 * k] = 0; s[3 * k + 1] = -1; s[3 * k + 2] = 0 }
        slots = s
        count = workers
        report = fd
        digits = UnsafeMutablePointer<UInt8>.allocate(capacity: 96)
        let d = UnsafeMutablePointer<Int>.allocate(capacity: 3)
        d.initialize(repeating: 0, count: 3)
        d[0] = -1
        done = d
        for sig in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handler
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(sig, &action, nil)
        }
    }

    /// Runs `body` as worker `slot` reading input `index` at `path`; with an alternate signal stack,
    /// so that a stack overflow is reported too.
    static func reading<T>(slot: Int, index: Int, path: String, _ body: () throws -> T) rethrows -> T {
        guard let s = slots, slot < count else { return try body() }
        return try path.withCString { p in
            s[3 * slot] = Int(bitPattern: UInt(pthread_self()))
            s[3 * slot + 2] = Int(bitPattern: p)
            s[3 * slot + 1] = index
            defer { s[3 * slot + 1] = -1; s[3 * slot + 2] = 0 }
            return try body()
        }
    }

    /// Runs `body` (a worker's loop) with an alternate stack for the signal handler.
    static func withSignalStack(_ body: () throws -> Void) rethrows {
        guard slots != nil else { return try body() }
        let size = 1 << 16
        var stack = stack_t()
        stack.ss_sp = malloc(size)
        stack.ss_size = size
        var previous = stack_t()
        sigaltstack(&stack, &previous)
        defer {
            sigaltstack(&previous, nil)
            free(stack.ss_sp)
        }
        try body()
    }

    private static let handler: @convention(c) (Int32) -> Void = { sig in
        CrashWatch.reportCrash(sig)
        signal(sig, SIG_DFL)
        raise(sig)
    }

    /// Input `index` is done, its output all written: a crash after it reports that (`reportCrash`),
    /// so that the run started again writes from there on.
    static func markDone(_ index: Int) {
        guard let done else { return }
        let (out, err) = Output.written
        // The counts first: a crash between two stores leaves the earlier input's line.
        done[0] = -1
        done[1] = out
        done[2] = err
        done[0] = index
    }

    /// `crash INDEX SIGNAL PATH` for the input the crashing thread was reading, if any, after
    /// `done INDEX OUT ERR` where an input was marked done (`markDone`).
    private static func reportCrash(_ sig: Int32) {
        guard let s = slots, let d = digits, report >= 0 else { return }
        let me = Int(bitPattern: UInt(pthread_self()))
        if let done, done[0] >= 0 {
            var n = 0
            for byte in "done ".utf8 { d[n] = byte; n += 1 }
            for k in 0..<3 {
                n = decimal(done[k], into: d, at: n)
                d[n] = k == 2 ? 0x0A : 0x20; n += 1
            }
            _ = Glibc.write(report, d, n)
        }
        for k in 0..<count where s[3 * k] == me && s[3 * k + 1] >= 0 {
            var n = 0
            for byte in "crash ".utf8 { d[n] = byte; n += 1 }
            n = decimal(s[3 * k + 1], into: d, at: n)
            d[n] = 0x20; n += 1
            n = decimal(Int(sig), into: d, at: n)
            d[n] = 0x20; n += 1
            _ = Glibc.write(report, d, n)
            if let path = UnsafePointer<CChar>(bitPattern: s[3 * k + 2]) { _ = Glibc.write(report, path, strlen(path)) }
            d[0] = 0x0A
            _ = Glibc.write(report, d, 1)
        }
    }

    private static func decimal(_ value: Int, into d: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var v = max(0, value), end = start
        repeat { d[end] = UInt8(48 + v % 10); v /= 10; end += 1 } while v > 0
        var (i, j) = (start, end - 1)
        while i < j { (d[i], d[j]) = (d[j], d[i]); i += 1; j -= 1 }
        return end
    }

    /// `bytes` written whole to `fd`.
    static func write(_ fd: Int32, _ bytes: [UInt8]) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
    }

    static func name(of signal: Int32) -> String {
        let names: [Int32: String] = [SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGABRT: "SIGABRT"]
        return "signal \(signal)" + (names[signal].map { ", \($0)" } ?? "")
    }

    /// A fault injected for the supervisor's tests: `VANBAN_TEST_CRASH=SUFFIX` raises SIGILL, as a trap does, on an input
    /// whose path ends with SUFFIX, `overflow:SUFFIX` overflows the stack there, `hang:SUFFIX`
    /// waits there until stopped (and `kill-writing:SUFFIX` kills the process as it writes that
    /// input: `BatchOutput`).
    static func injectFault(_ spec: String, for path: String) {
        guard !spec.isEmpty, !spec.hasPrefix("kill-writing:") else { return }
        if spec.hasPrefix("hang:") {
            if path.hasSuffix(spec.dropFirst(5)) { while true { pause() } }
            return
        }
        let overflow = spec.hasPrefix("overflow:")
        guard path.hasSuffix(overflow ? String(spec.dropFirst(9)) : spec) else { return }
        if overflow { _ = dive(0) }
        // The signal a Swift runtime trap raises on Linux, through the same handler.
        raise(SIGILL)
    }

    private static func dive(_ depth: Int) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 512) { frame in
            frame[0] = UInt8(truncatingIfNeeded: depth)
            return depth == Int.max ? depth : dive(depth + 1) &+ Int(frame[0])
        }
    }
}

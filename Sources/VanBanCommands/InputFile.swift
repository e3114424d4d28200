import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole input file (or standard input for `-`) with POSIX calls, so that every failure has
/// a precise, one-line reason.
enum InputFile {
    enum Failure: Error, CustomStringConvertible, Equatable {
        case missing, directory, unreadable(String)
        case tooLarge(limit: Int)

        var description: String {
            switch self {
            case .missing: "no such file"
            case .directory: "is a directory, not a document"
            case .unreadable(let why): "cannot be read: \(why)"
            case .tooLarge(let limit): "is larger than \(limit >> 20) MiB, more than any document vanban reads (an endless stream such as /dev/zero?)"
            }
        }
    }

    /// The most bytes one input may hold: far beyond any document (the seed is 66 KB, a long page
    /// with its tables 13 MB, a Word file with its pictures some tens of MB), and small enough that
    /// an endless stream (`/dev/zero`, a wrong pipe) stops with a clear error instead of taking the
    /// machine's memory.
    static let maxBytes = 512 << 20

    static func read(_ path: String, limit: Int = maxBytes) throws(Failure) -> [UInt8] {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 {
                let e = errno
                throw e == ENOENT ? .missing : .unreadable(String(cString: strerror(e)))
            }
        }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { throw .directory }
        var out: [UInt8] = []
        // A regular file of known size: read straight into the array, no chunk copies.
        if st.st_size > 0, (st.st_mode & S_IFMT) == S_IFREG {
            let size = Int(st.st_size)
            if size > limit { throw .tooLarge(limit: limit) }
            var failure: Int32 = 0
            out = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                while count < size {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 { break }
                    count += n
                }
            }
            if failure != 0 { throw failure == EISDIR ? .directory : .unreadable(String(cString: strerror(failure))) }
            if out.count < size { return out }  // the file shrank while being read
            // At its size: done, unless it grew meanwhile (one byte tells).
            var extra: UInt8 = 0
            let n = Glibc.read(fd, &extra, 1)
            if n <= 0 { return out }
            if out.count >= limit { throw .tooLarge(limit: limit) }
            out.append(extra)
        }
        // Standard input, pipes, and a file that grew: the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                throw e == EISDIR ? .directory : .unreadable(String(cString: strerror(e)))
            }
            if n == 0 { break }
            if n > limit - out.count { throw .tooLarge(limit: limit) }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }
}

/// Writes bytes to standard output or error without Foundation; tests capture them instead.
enum Output {
    @TaskLocal static var capture: OutputCapture?

    static func stdout(_ bytes: [UInt8]) {
        if let c = capture { c.append(bytes, error: false) } else { write(1, bytes) }
    }

    static func stdout(_ s: String) { stdout(Array(s.utf8)) }

    /// Bytes written where they stand (copied only when captured).
    static func stdout(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let c = capture { c.append(Array(bytes), error: false) } else { write(1, bytes) }
    }

    /// Standard output is a terminal (and not captured).
    static var stdoutIsTerminal: Bool { capture == nil && isatty(1) == 1 }

    static func stderr(_ s: String) {
        let bytes = Array((s + "\n").utf8)
        if let c = capture { c.append(bytes, error: true) } else { write(2, bytes) }
    }

    /// One line naming an input that could not be read and why: `vanban: FILE: reason`, or
    /// `vanban: FILE:LINE:COL: reason` when the reason opens with its place.
    static func failure(_ path: String, _ reason: String) {
        stderr(reason.first?.isNumber == true ? "vanban: \(path):\(reason)" : "vanban: \(path): \(reason)")
    }

    /// The error of the first write to standard output that failed (a full disk, a closed pipe
    /// with SIGPIPE ignored), 0 while none has: the command's exit code reports it.
    private static let stdoutError = Atomic<Int32>(0)

    /// Why writing standard output failed, if it did.
    static var stdoutFailure: String? {
        let e = stdoutError.load(ordering: .relaxed)
        return e == 0 ? nil : String(cString: strerror(e))
    }

    private static func write(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { write(fd, $0) }
    }

    private static func write(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        // What a run before this one wrote already (a supervised run started again) is not written twice.
        let from = counts.withLock { c -> Int in
            let k = fd == 1 ? 0 : 1
            let before = c.written[k]
            c.written[k] += bytes.count
            return min(bytes.count, max(0, c.skip[k] - before))
        }
        guard from < bytes.count else { return }
        let e = write(to: fd, UnsafeBufferPointer(rebasing: bytes[from...]))
        if e != 0, fd == 1 { _ = stdoutError.compareExchange(expected: 0, desired: e, ordering: .relaxed) }
    }

    /// Bytes written to standard output and error (`[out, err]`), and how many of each the runs
    /// before this one wrote (`skip`), left out here.
    private static let counts = Mutex<(written: [Int], skip: [Int])>(([0, 0], [0, 0]))

    /// Bytes written to standard output and error so far, those left out (`skipping`) counted.
    static var written: (out: Int, err: Int) { counts.withLock { ($0.written[0], $0.written[1]) } }

    /// Leaves out the first `out` and `err` bytes of standard output and error: what a run
    /// before this one, the same run stopped by a crash, wrote already.
    static func skipping(out: Int, err: Int) {
        counts.withLock { $0.skip = [out, err] }
    }

    /// Writes all of `bytes` to `fd`; returns 0, or the error that stopped it.
    static func write(to fd: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { write(to: fd, $0) }
    }

    static func write(to fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0, errno == EINTR { continue }
            if n < 0 { return errno }
            if n == 0 { return EIO }
            offset += n
        }
        return 0
    }
}

/// What a command wrote, collected in memory (for tests and embedding).
public final class OutputCapture: Sendable {
    private let state = Mutex<(out: [UInt8], err: [UInt8])>(([], []))

    public init() {}

    func append(_ bytes: [UInt8], error: Bool) {
        state.withLock { if error { $0.err += bytes } else { $0.out += bytes } }
    }

    public var stdout: String { state.withLock { String(decoding: $0.out, as: UTF8.self) } }
    /// Standard output as written (a Word file is not text).
    public var stdoutBytes: [UInt8] { state.withLock { $0.out } }
    public var stderr: String { state.withLock { String(decoding: $0.err, as: UTF8.self) } }
}

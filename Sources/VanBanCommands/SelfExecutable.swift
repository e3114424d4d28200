import CMalloc

#if canImport(Glibc)
import Glibc
#endif

/// This program started again as a new process (`/proc/self/exe`): the batch's child
/// (`BatchSupervisor`), and a run over many documents (`Allocator.prepare`).
enum SelfExecutable {
    static let path = "/proc/self/exe"

    /// Whether `/proc/self/exe` is vanban itself: the file the kernel started (`AT_EXECFN`) and the
    /// one the command line names (`argv[0]`, when it holds a path). Not so when a tool runs vanban
    /// (valgrind's `/proc/self/exe` is its own executable) or the dynamic loader starts it by name
    /// (`ld.so ./vanban`): there the path would start the tool or the loader, not vanban.
    static let isRestartable: Bool = {
        #if os(Linux)
        func identity(_ path: UnsafePointer<CChar>) -> (UInt64, UInt64)? {
            var st = stat()
            return stat(path, &st) == 0 ? (UInt64(st.st_dev), UInt64(st.st_ino)) : nil
        }
        guard let exe = identity(path) else { return false }
        if let started = UnsafePointer<CChar>(bitPattern: UInt(getauxval(UInt(AT_EXECFN)))) {
            guard let file = identity(started), file == exe else { return false }
        }
        if let first = CommandLine.arguments.first, first.contains("/") {
            guard let named = identity(first), named == exe else { return false }
        }
        return true
        #else
        return false
        #endif
    }()
}

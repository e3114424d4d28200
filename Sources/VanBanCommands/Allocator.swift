import CMalloc
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The C allocator, set for many documents in one process.
enum Allocator {
    /// Sets the allocator for a process that reads `documents` documents: freed memory kept
    /// (`keepFreedMemory`) for more than one; for many, glibc's larger cache of freed blocks too
    /// (`manyDocumentsTunables`). glibc reads that setting only when a process starts, so the
    /// process starts itself again with it: the same process id, arguments and open files, before
    /// anything is read or written. Only a process started on the command line does (not a run
    /// inside another program: a test), and not when the user set glibc's tunables or a tool runs
    /// vanban (`SelfExecutable.isRestartable`).
    static func prepare(forDocuments documents: Int) {
        if documents > 1 { keepFreedMemory() }
        #if os(Linux)
        guard documents >= restartAt, mayRestart.load(ordering: .relaxed), SelfExecutable.isRestartable,
              let (name, value) = manyDocumentsVariable(inherited: getenv(tunablesVariable)) else { return }
        mayRestart.store(false, ordering: .relaxed)
        // The arguments and the environment as the process got them, byte for byte (a path that is
        // not UTF-8 stays the path it was), and the setting.
        var environment: [UnsafeMutablePointer<CChar>?] = []
        var e = environ
        while let entry = e.pointee {
            environment.append(entry)
            e += 1
        }
        let setting = strdup(name + "=" + value)
        environment += [setting, nil]
        execve(SelfExecutable.path, CommandLine.unsafeArgv, environment)
        // Not restarted: the run goes on as it is.
        free(setting)
        #endif
    }

    /// From how many documents a restart pays for itself: it costs about what a seed's parse does,
    /// and saves about a twentieth of each document's.
    static let restartAt = 64

    /// Whether `prepare` may start the process again.
    private static let mayRestart = Atomic<Bool>(false)

    /// Called by the process's own command line, once it is known to be one (`runMain()`).
    static func allowRestart() { mayRestart.store(true, ordering: .relaxed) }

    /// Freed memory stays in the process for the next document instead of going back to the system
    /// after each: glibc gives back the heap's top beyond 128 KiB, so every document touched its
    /// pages anew (page faults were a tenth of a batch's time). Memory at its peak is unchanged: what
    /// the largest document needs. Not for one document, whose process ends anyway.
    static func keepFreedMemory() {
        #if canImport(Glibc)
        _ = mallopt(M_TOP_PAD, 8 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        #endif
    }

    /// glibc's tunables for a process that reads documents by the thousand (a batch's child): each
    /// thread's cache of freed blocks holds 1,024 of a size, not 7. A document frees thousands of
    /// blocks of a few sizes (its strings, arrays, cells); past the seventh, they went to the
    /// arena's bins, to be sorted and merged again for the next document. With the larger cache a
    /// batch of 1,000 seeds takes about 6 % less processor time, its peak memory the same. Read by
    /// glibc when a process starts, so set in the environment the child is started with.
    static let manyDocumentsTunables = "glibc.malloc.tcache_count=1024"

    /// glibc's settings, read when a process starts.
    static let tunablesVariable = "GLIBC_TUNABLES"

    /// The variable that sets glibc for many documents (`manyDocumentsTunables`), for a process
    /// started again or a batch's child; none when the environment sets glibc's tunables already
    /// (`inherited`: the user's own are kept as they are).
    static func manyDocumentsVariable(inherited: UnsafePointer<CChar>?) -> (name: String, value: String)? {
        inherited == nil ? (tunablesVariable, manyDocumentsTunables) : nil
    }
}

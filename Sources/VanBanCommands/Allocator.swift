import CMalloc

/// The C allocator, set for many documents in one process.
enum Allocator {
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
}

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
}

#if VANBAN_TSAN
import Glibc

/// For a ThreadSanitizer build only (`bench/tsan.sh`, `-DVANBAN_TSAN`): a pthread mutex in place of
/// `Synchronization.Mutex`, whose futex calls ThreadSanitizer does not see, so that it would
/// report every access the lock orders as a race.
final class Mutex<Value>: @unchecked Sendable {
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var value: Value

    init(_ value: Value) {
        self.value = value
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    func withLock<R, E: Error>(_ body: (inout Value) throws(E) -> R) throws(E) -> R {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return try body(&value)
    }
}
#endif

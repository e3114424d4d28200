#if arch(x86_64)
import CByteMasks
#endif

/// One bit per lane (bit t for lane t) of a comparison of sixteen bytes: SSE2's byte mask on
/// x86-64, the lanes read one by one elsewhere. For the writers' tests of a block of bytes.
@inline(__always) func laneBits(_ m: SIMDMask<SIMD16<Int8>>) -> UInt32 {
    #if arch(x86_64)
    return vb_movemask16(unsafeBitCast(m, to: SIMD16<Int8>.self))
    #else
    var bits: UInt32 = 0
    for t in 0..<16 where m[t] { bits |= 1 << UInt32(t) }
    return bits
    #endif
}

/// An emitter's finished output, in the memory it was written to (for a caller that keeps it a
/// while and writes it out: a batch's results wait for their turn). Immutable once made.
public final class EmittedBytes: @unchecked Sendable {
    private let base: UnsafeMutablePointer<UInt8>
    public let count: Int

    fileprivate init(base: UnsafeMutablePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    deinit { base.deallocate() }

    public func withUnsafeBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}

/// A growable byte buffer that is not copied: one capacity check per write, then plain stores.
///
/// With a drain, the bytes written so far go to it whenever the buffer would grow past
/// `Self.drainAt`, so that a huge output is written out in pieces rather than held whole (a piece
/// is larger only where one write is).
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let drain: ((UnsafeBufferPointer<UInt8>) -> Void)?

    /// The most a draining buffer holds before it hands its bytes over (a document's JSON is
    /// mostly below it, and so written in one piece).
    static let drainAt = 1 << 20

    init(capacity: Int, drain: ((UnsafeBufferPointer<UInt8>) -> Void)? = nil) {
        self.capacity = max(64, drain == nil ? capacity : min(capacity, Self.drainAt))
        self.drain = drain
        base = .allocate(capacity: self.capacity)
    }

    /// Whether the memory is still the buffer's own (not handed over by `emitted()`).
    private var owned = true

    deinit { if owned { base.deallocate() } }

    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The buffer's memory handed over, not copied: it is freed with the `EmittedBytes`.
    consuming func emitted() -> EmittedBytes {
        owned = false
        return EmittedBytes(base: base, count: count)
    }

    /// Hands the bytes not yet drained to the drain (the output's last piece).
    mutating func flush() {
        guard let drain, count > 0 else { return }
        drain(UnsafeBufferPointer(start: base, count: count))
        count = 0
    }

    /// The bytes in place, for a caller that writes them out (no copy made).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Makes room for `n` more bytes.
    @inline(__always) mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var needed = needed
        if drain != nil, capacity >= Self.drainAt {
            needed -= count
            flush()
            if needed <= capacity { return }
        }
        var c = capacity * 2
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = c
    }

    @inline(__always) mutating func putReserved(_ c: UInt8) {
        base[count] = c
        count += 1
    }

    @inline(__always) mutating func putReserved(_ b: UnsafeBufferPointer<UInt8>) {
        guard let from = b.baseAddress else { return }
        (base + count).update(from: from, count: b.count)
        count += b.count
    }

    @inline(__always) mutating func putReservedSpaces(_ n: Int) {
        (base + count).update(repeating: UInt8(ascii: " "), count: n)
        count += n
    }

    @inline(__always) mutating func put(_ c: UInt8) {
        reserve(1)
        putReserved(c)
    }

    mutating func put(_ b: UnsafeBufferPointer<UInt8>) {
        reserve(b.count)
        putReserved(b)
    }

    mutating func put(_ b: [UInt8]) {
        b.withUnsafeBufferPointer { put($0) }
    }

    mutating func put(_ s: StaticString) {
        put(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// An integer in decimal.
    mutating func putDecimal(_ n: Int) {
        reserve(20)
        if n < 0 { putReserved(UInt8(ascii: "-")) }
        var m = n.magnitude
        var length = 1
        var t = m
        while t >= 10 { t /= 10; length += 1 }
        var k = count + length
        repeat {
            k -= 1
            base[k] = UInt8(truncatingIfNeeded: m % 10) + UInt8(ascii: "0")
            m /= 10
        } while m > 0
        count += length
    }
}

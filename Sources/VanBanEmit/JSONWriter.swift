/// A small streaming JSON writer into UTF-8 bytes: keys in the order written, two-space indent,
/// `"key": value`, strings escaped per RFC 8259 with non-ASCII kept raw and `/` unescaped.
///
/// It writes into a buffer of its own (one capacity check per token, not per byte), so it is
/// not copyable; `bytes` copies the output out.
public struct JSONWriter: ~Copyable {
    private var out: ByteBuffer
    private let pretty: Bool
    private var depth = 0
    /// Whether the innermost open container has no element yet (a state, not a stack: a closed
    /// container is itself an element of the one around it).
    private var empty = true

    public init(pretty: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        out = ByteBuffer(capacity: capacity)
    }

    /// A writer that hands its output to `drain` in pieces of about a mebibyte as it goes (more
    /// only where one string is longer), so that a huge document's JSON is never held whole;
    /// `flush()` hands over the rest.
    public init(pretty: Bool = true, capacity: Int = 4096, drain: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.pretty = pretty
        out = ByteBuffer(capacity: capacity, drain: drain)
    }

    /// Hands the output not yet drained to the drain.
    public mutating func flush() { out.flush() }

    /// The output so far.
    public var bytes: [UInt8] { out.array }

    /// The output, handed over without a copy; the writer is used up.
    public consuming func emitted() -> EmittedBytes { out.emitted() }

    /// The output so far, in place.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R { try out.withBytes(body) }

    // MARK: - Containers

    public mutating func beginObject() { open(UInt8(ascii: "{")) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray() { open(UInt8(ascii: "[")) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the current object; write its value next. Keys are the schema's own
    /// snake_case names, written as they are (they hold nothing to escape).
    public mutating func key(_ k: StaticString) {
        separate()
        let n = k.utf8CodeUnitCount
        out.reserve(n + 4)
        out.putReserved(UInt8(ascii: "\""))
        out.putReserved(UnsafeBufferPointer(start: k.utf8Start, count: n))
        out.putReserved(UInt8(ascii: "\""))
        out.putReserved(UInt8(ascii: ":"))
        if pretty { out.putReserved(UInt8(ascii: " ")) }
        pendingValue = true
    }

    // MARK: - Values

    public mutating func string(_ s: String) { valueStart(); writeString(s) }
    public mutating func int(_ n: Int) { valueStart(); out.putDecimal(n) }
    public mutating func bool(_ v: Bool) { valueStart(); out.put(v ? "true" : "false") }
    public mutating func null() { valueStart(); out.put("null") }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }

    public mutating func int(_ n: Int?) {
        if let n { int(n) } else { null() }
    }

    public mutating func strings(_ list: [String]) {
        beginArray()
        for s in list { string(s) }
        endArray()
    }

    public mutating func ints(_ list: [Int]) {
        // Short number lists stay on one line: `[24, 560]`.
        valueStart()
        out.put(UInt8(ascii: "["))
        for (k, n) in list.enumerated() {
            if k > 0 { out.put(pretty ? ", " : ",") }
            out.putDecimal(n)
        }
        out.put(UInt8(ascii: "]"))
    }

    /// Ends the document with a line break.
    public mutating func finish() { out.put(UInt8(ascii: "\n")) }

    // MARK: - Layout

    private var pendingValue = false

    private mutating func valueStart() {
        if pendingValue {
            pendingValue = false
        } else {
            separate()
        }
    }

    private mutating func open(_ c: UInt8) {
        valueStart()
        out.put(c)
        depth += 1
        empty = true
    }

    private mutating func close(_ c: UInt8) {
        let had = !empty
        depth -= 1
        if had { newline() }
        out.put(c)
        empty = false
    }

    private mutating func separate() {
        guard depth > 0 else { return }
        if !empty { out.put(UInt8(ascii: ",")) }
        empty = false
        newline()
    }

    private mutating func newline() {
        guard pretty else { return }
        let n = depth * 2
        out.reserve(n + 1)
        out.putReserved(UInt8(ascii: "\n"))
        out.putReservedSpaces(n)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// The bytes of a block that JSON escapes (below 0x20, `"`, `\`), one bit each (bit t for
    /// byte t): SSE2's byte mask on x86-64, the lanes read one by one elsewhere.
    @inline(__always) package static func escapes16(_ v: SIMD16<UInt8>) -> UInt32 {
        typealias V = SIMD16<UInt8>
        return laneBits((v .< V(repeating: 0x20)) .| (v .== V(repeating: UInt8(ascii: "\""))) .| (v .== V(repeating: UInt8(ascii: "\\"))))
    }

    private mutating func writeString(_ s: String) {
        out.put(UInt8(ascii: "\""))
        // A native string's bytes in place; a copy of any other (bridged, shared) made contiguous.
        if s.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) == nil {
            var s = s
            s.withUTF8 { writeEscaped($0) }
        }
        out.put(UInt8(ascii: "\""))
    }

    private mutating func writeEscaped(_ u: UnsafeBufferPointer<UInt8>) {
        // Copy runs that need no escaping in one go; go sixteen bytes at a time to the next byte
        // that does (a control byte, `"` or `\`).
        var runStart = 0
        var i = 0
        let raw = UnsafeRawPointer(u.baseAddress)
        while i < u.count {
            if let raw, i + 16 <= u.count {
                let bits = Self.escapes16(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self))
                if bits == 0 { i += 16; continue }
                i += bits.trailingZeroBitCount
            }
            let c = u[i]
            if c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") {
                if i > runStart { out.put(UnsafeBufferPointer(rebasing: u[runStart..<i])) }
                escape(c)
                runStart = i + 1
            }
            i += 1
        }
        if runStart < u.count { out.put(UnsafeBufferPointer(rebasing: u[runStart...])) }
    }

    private mutating func escape(_ c: UInt8) {
        switch c {
        case UInt8(ascii: "\""): out.put("\\\"")
        case UInt8(ascii: "\\"): out.put("\\\\")
        case 0x0A: out.put("\\n")
        case 0x0D: out.put("\\r")
        case 0x09: out.put("\\t")
        case 0..<0x20:
            out.put("\\u00")
            out.put(Self.hex[Int(c >> 4)])
            out.put(Self.hex[Int(c & 0xF)])
        default: out.put(c)
        }
    }
}

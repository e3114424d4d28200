/// RFC 4180 CSV: fields quoted when they hold a quote, a comma, CR or LF (quotes doubled), records
/// ended by CRLF, UTF-8, optionally with a byte-order mark for spreadsheet programs.
public struct CSVWriter: ~Copyable {
    private var out: ByteBuffer

    /// The output so far.
    public var bytes: [UInt8] { out.array }

    /// The output so far, in place.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R { try out.withBytes(body) }

    /// The output, handed over without a copy; the writer is used up.
    public consuming func emitted() -> EmittedBytes { out.emitted() }

    /// - Parameter capacity: the bytes to make room for at once (a guess saves growing the buffer,
    ///   and copying it, as the records are written).
    public init(bom: Bool = false, capacity: Int = 4096) {
        out = ByteBuffer(capacity: capacity)
        if bom { out.put([0xEF, 0xBB, 0xBF]) }
    }

    public mutating func record(_ fields: [String]) {
        for f in fields { field(f) }
        endRecord()
    }

    /// Field by field, for records written in a loop (no array per record).
    private var fieldsInRecord = 0

    public mutating func field(_ f: String) {
        if fieldsInRecord > 0 { out.put(UInt8(ascii: ",")) }
        fieldsInRecord += 1
        // A native string's bytes in place; a copy of any other (bridged, shared) made contiguous.
        if f.utf8.withContiguousStorageIfAvailable({ field($0) }) == nil {
            var f = f
            f.withUTF8 { field($0) }
        }
    }

    public mutating func field(_ n: Int) {
        if fieldsInRecord > 0 { out.put(UInt8(ascii: ",")) }
        fieldsInRecord += 1
        out.putDecimal(n)
    }

    /// Fields written once, to be put into many records as they are (the tidy file's document and
    /// column fields, the same in each of a table's cells).
    public struct Encoded: Sendable {
        fileprivate let bytes: [UInt8]
        fileprivate let count: Int
    }

    /// `fields` as `field(_:)` writes them, with their commas between.
    public static func encode(_ fields: [String]) -> Encoded {
        // A few short fields: a small buffer, which the allocator hands out from its per-thread cache.
        var w = CSVWriter(capacity: fields.reduce(8) { $0 + $1.utf8.count + 3 })
        for f in fields { w.field(f) }
        return Encoded(bytes: w.bytes, count: fields.count)
    }

    /// Fields encoded before, as if each were written by `field(_:)`.
    public mutating func fields(_ e: Encoded) {
        guard e.count > 0 else { return }
        if fieldsInRecord > 0 { out.put(UInt8(ascii: ",")) }
        fieldsInRecord += e.count
        out.put(e.bytes)
    }

    public mutating func endRecord() {
        out.put("\r\n")
        fieldsInRecord = 0
    }

    /// The bytes of a block that make a field quoted (`"`, `,`, LF, CR), one bit each (bit t for
    /// byte t): SSE2's byte mask on x86-64, the lanes read one by one elsewhere.
    @inline(__always) package static func quotes16(_ v: SIMD16<UInt8>) -> UInt32 {
        typealias V = SIMD16<UInt8>
        return laneBits((v .== V(repeating: 0x22)) .| (v .== V(repeating: 0x2C)) .| (v .== V(repeating: 0x0A)) .| (v .== V(repeating: 0x0D)))
    }

    /// Whether a field holds a quote, a comma, CR or LF: sixteen bytes at a time, then the rest.
    private static func needsQuotes(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let raw = UnsafeRawPointer(u.baseAddress) {
            while i + 16 <= u.count {
                if quotes16(raw.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)) != 0 { return true }
                i += 16
            }
        }
        while i < u.count {
            let c = u[i]
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: ",") || c == 0x0A || c == 0x0D { return true }
            i += 1
        }
        return false
    }

    private mutating func field(_ u: UnsafeBufferPointer<UInt8>) {
        guard Self.needsQuotes(u) else { out.put(u); return }
        // Quoted, with each quote doubled: the runs between quotes copied whole.
        out.put(UInt8(ascii: "\""))
        var runStart = 0
        for (i, b) in u.enumerated() where b == UInt8(ascii: "\"") {
            out.put(UnsafeBufferPointer(rebasing: u[runStart...i]))
            runStart = i
        }
        out.put(UnsafeBufferPointer(rebasing: u[runStart...]))
        out.put(UInt8(ascii: "\""))
    }
}

/// File names safe on any file system: ASCII letters, digits, `-`, `_` and `.`; Vietnamese letters
/// lose their marks (`PHỤ LỤC I` → `PHU-LUC-I`); nothing can climb out of the output folder.
public enum SafeName {
    public static func make(_ text: String, maxLength: Int = 80) -> String {
        var out = ""
        var dash = false
        for s in text.unicodeScalars {
            var c: String
            if s.isASCII, s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39) {
                c = String(s)
            } else if let f = fold[s.value] {
                c = f
            } else {
                if !out.isEmpty { dash = true }
                continue
            }
            if dash { out += "-"; dash = false }
            out += c
        }
        if out.isEmpty { out = "document" }
        return String(out.prefix(maxLength))
    }

    private static let fold: [UInt32: String] = [0xC0: "A", 0xC1: "A", 0xC2: "A", 0xC3: "A", 0xC4: "A", 0xC5: "A", 0xC7: "C", 0xC8: "E", 0xC9: "E", 0xCA: "E", 0xCB: "E", 0xCC: "I", 0xCD: "I", 0xCE: "I", 0xCF: "I", 0xD1: "N", 0xD2: "O", 0xD3: "O", 0xD4: "O", 0xD5: "O", 0xD6: "O", 0xD9: "U", 0xDA: "U", 0xDB: "U", 0xDC: "U", 0xDD: "Y", 0xE0: "a", 0xE1: "a", 0xE2: "a", 0xE3: "a", 0xE4: "a", 0xE5: "a", 0xE7: "c", 0xE8: "e", 0xE9: "e", 0xEA: "e", 0xEB: "e", 0xEC: "i", 0xED: "i", 0xEE: "i", 0xEF: "i", 0xF1: "n", 0xF2: "o", 0xF3: "o", 0xF4: "o", 0xF5: "o", 0xF6: "o", 0xF9: "u", 0xFA: "u", 0xFB: "u", 0xFC: "u", 0xFD: "y", 0xFF: "y", 0x100: "A", 0x101: "a", 0x102: "A", 0x103: "a", 0x104: "A", 0x105: "a", 0x106: "C", 0x107: "c", 0x108: "C", 0x109: "c", 0x10A: "C", 0x10B: "c", 0x10C: "C", 0x10D: "c", 0x10E: "D", 0x10F: "d", 0x110: "D", 0x111: "d", 0x112: "E", 0x113: "e", 0x114: "E", 0x115: "e", 0x116: "E", 0x117: "e", 0x118: "E", 0x119: "e", 0x11A: "E", 0x11B: "e", 0x11C: "G", 0x11D: "g", 0x11E: "G", 0x11F: "g", 0x120: "G", 0x121: "g", 0x122: "G", 0x123: "g", 0x124: "H", 0x125: "h", 0x128: "I", 0x129: "i", 0x12A: "I", 0x12B: "i", 0x12C: "I", 0x12D: "i", 0x12E: "I", 0x12F: "i", 0x130: "I", 0x134: "J", 0x135: "j", 0x136: "K", 0x137: "k", 0x139: "L", 0x13A: "l", 0x13B: "L", 0x13C: "l", 0x13D: "L", 0x13E: "l", 0x143: "N", 0x144: "n", 0x145: "N", 0x146: "n", 0x147: "N", 0x148: "n", 0x14C: "O", 0x14D: "o", 0x14E: "O", 0x14F: "o", 0x150: "O", 0x151: "o", 0x154: "R", 0x155: "r", 0x156: "R", 0x157: "r", 0x158: "R", 0x159: "r", 0x15A: "S", 0x15B: "s", 0x15C: "S", 0x15D: "s", 0x15E: "S", 0x15F: "s", 0x160: "S", 0x161: "s", 0x162: "T", 0x163: "t", 0x164: "T", 0x165: "t", 0x168: "U", 0x169: "u", 0x16A: "U", 0x16B: "u", 0x16C: "U", 0x16D: "u", 0x16E: "U", 0x16F: "u", 0x170: "U", 0x171: "u", 0x172: "U", 0x173: "u", 0x174: "W", 0x175: "w", 0x176: "Y", 0x177: "y", 0x178: "Y", 0x179: "Z", 0x17A: "z", 0x17B: "Z", 0x17C: "z", 0x17D: "Z", 0x17E: "z", 0x1A0: "O", 0x1A1: "o", 0x1AF: "U", 0x1B0: "u", 0x1CD: "A", 0x1CE: "a", 0x1CF: "I", 0x1D0: "i", 0x1D1: "O", 0x1D2: "o", 0x1D3: "U", 0x1D4: "u", 0x1D5: "U", 0x1D6: "u", 0x1D7: "U", 0x1D8: "u", 0x1D9: "U", 0x1DA: "u", 0x1DB: "U", 0x1DC: "u", 0x1DE: "A", 0x1DF: "a", 0x1E0: "A", 0x1E1: "a", 0x1E6: "G", 0x1E7: "g", 0x1E8: "K", 0x1E9: "k", 0x1EA: "O", 0x1EB: "o", 0x1EC: "O", 0x1ED: "o", 0x1F0: "j", 0x1F4: "G", 0x1F5: "g", 0x1F8: "N", 0x1F9: "n", 0x1FA: "A", 0x1FB: "a", 0x200: "A", 0x201: "a", 0x202: "A", 0x203: "a", 0x204: "E", 0x205: "e", 0x206: "E", 0x207: "e", 0x208: "I", 0x209: "i", 0x20A: "I", 0x20B: "i", 0x20C: "O", 0x20D: "o", 0x20E: "O", 0x20F: "o", 0x210: "R", 0x211: "r", 0x212: "R", 0x213: "r", 0x214: "U", 0x215: "u", 0x216: "U", 0x217: "u", 0x218: "S", 0x219: "s", 0x21A: "T", 0x21B: "t", 0x21E: "H", 0x21F: "h", 0x226: "A", 0x227: "a", 0x228: "E", 0x229: "e", 0x22A: "O", 0x22B: "o", 0x22C: "O", 0x22D: "o", 0x22E: "O", 0x22F: "o", 0x230: "O", 0x231: "o", 0x232: "Y", 0x233: "y", 0x1EA0: "A", 0x1EA1: "a", 0x1EA2: "A", 0x1EA3: "a", 0x1EA4: "A", 0x1EA5: "a", 0x1EA6: "A", 0x1EA7: "a", 0x1EA8: "A", 0x1EA9: "a", 0x1EAA: "A", 0x1EAB: "a", 0x1EAC: "A", 0x1EAD: "a", 0x1EAE: "A", 0x1EAF: "a", 0x1EB0: "A", 0x1EB1: "a", 0x1EB2: "A", 0x1EB3: "a", 0x1EB4: "A", 0x1EB5: "a", 0x1EB6: "A", 0x1EB7: "a", 0x1EB8: "E", 0x1EB9: "e", 0x1EBA: "E", 0x1EBB: "e", 0x1EBC: "E", 0x1EBD: "e", 0x1EBE: "E", 0x1EBF: "e", 0x1EC0: "E", 0x1EC1: "e", 0x1EC2: "E", 0x1EC3: "e", 0x1EC4: "E", 0x1EC5: "e", 0x1EC6: "E", 0x1EC7: "e", 0x1EC8: "I", 0x1EC9: "i", 0x1ECA: "I", 0x1ECB: "i", 0x1ECC: "O", 0x1ECD: "o", 0x1ECE: "O", 0x1ECF: "o", 0x1ED0: "O", 0x1ED1: "o", 0x1ED2: "O", 0x1ED3: "o", 0x1ED4: "O", 0x1ED5: "o", 0x1ED6: "O", 0x1ED7: "o", 0x1ED8: "O", 0x1ED9: "o", 0x1EDA: "O", 0x1EDB: "o", 0x1EDC: "O", 0x1EDD: "o", 0x1EDE: "O", 0x1EDF: "o", 0x1EE0: "O", 0x1EE1: "o", 0x1EE2: "O", 0x1EE3: "o", 0x1EE4: "U", 0x1EE5: "u", 0x1EE6: "U", 0x1EE7: "u", 0x1EE8: "U", 0x1EE9: "u", 0x1EEA: "U", 0x1EEB: "u", 0x1EEC: "U", 0x1EED: "u", 0x1EEE: "U", 0x1EEF: "u", 0x1EF0: "U", 0x1EF1: "u", 0x1EF2: "Y", 0x1EF3: "y", 0x1EF4: "Y", 0x1EF5: "y", 0x1EF6: "Y", 0x1EF7: "y", 0x1EF8: "Y", 0x1EF9: "y"]
}

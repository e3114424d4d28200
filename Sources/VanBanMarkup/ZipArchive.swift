internal import CZlib

/// The members of a zip archive (a Word file is one), read from its central directory; stored and
/// deflated members only, each checked against its CRC-32. Sizes are bounded: a member may not
/// inflate beyond `maxMemberSize` (a zip bomb stops there with an error, not an exhausted machine).
struct ZipArchive {
    static let maxMemberSize = 64 << 20

    struct Member {
        let name: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let compressedSize: Int
        let size: Int
        let localHeader: Int
    }

    let bytes: [UInt8]
    let members: [Member]

    /// Reads the central directory.
    init(_ bytes: [UInt8]) throws(DocxReadError) {
        self.bytes = bytes
        // The end-of-central-directory record: the last `PK 05 06` within 64 KiB (+ 22) of the end.
        guard bytes.count >= 22 else { throw .notZip }
        var eocd = -1
        var k = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while k >= lowest {
            if bytes[k] == 0x50, bytes[k + 1] == 0x4B, bytes[k + 2] == 0x05, bytes[k + 3] == 0x06 { eocd = k; break }
            k -= 1
        }
        guard eocd >= 0 else { throw .notZip }
        let count = Int(Self.u16(bytes, eocd + 10))
        let directorySize = Int(Self.u32(bytes, eocd + 12))
        let directoryStart = Int(Self.u32(bytes, eocd + 16))
        guard directoryStart <= eocd, directorySize <= eocd - directoryStart else { throw .corrupt("the central directory lies outside the file") }
        var members: [Member] = []
        var p = directoryStart
        for _ in 0..<count {
            guard p + 46 <= eocd, Self.u32(bytes, p) == 0x0201_4B50 else { throw .corrupt("a central directory entry is damaged") }
            let nameLength = Int(Self.u16(bytes, p + 28))
            let extraLength = Int(Self.u16(bytes, p + 30))
            let commentLength = Int(Self.u16(bytes, p + 32))
            guard p + 46 + nameLength <= eocd else { throw .corrupt("a central directory entry is damaged") }
            members.append(Member(
                name: String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self),
                method: Self.u16(bytes, p + 10), flags: Self.u16(bytes, p + 8), crc: Self.u32(bytes, p + 16),
                compressedSize: Int(Self.u32(bytes, p + 20)), size: Int(Self.u32(bytes, p + 24)),
                localHeader: Int(Self.u32(bytes, p + 42))))
            p += 46 + nameLength + extraLength + commentLength
        }
        self.members = members
    }

    func member(named name: String) -> Member? { members.first { $0.name == name } }

    /// The member's bytes, inflated and checked.
    func contents(of m: Member) throws(DocxReadError) -> [UInt8] {
        if m.flags & 1 != 0 { throw .encrypted }
        guard m.size <= Self.maxMemberSize else { throw .tooLarge(m.name) }
        let h = m.localHeader
        guard h + 30 <= bytes.count, Self.u32(bytes, h) == 0x0403_4B50 else { throw .corrupt("the local header of \(m.name) is damaged") }
        let start = h + 30 + Int(Self.u16(bytes, h + 26)) + Int(Self.u16(bytes, h + 28))
        guard start <= bytes.count, m.compressedSize <= bytes.count - start else { throw .corrupt("\(m.name) is cut short") }
        let data: [UInt8]
        switch m.method {
        case 0: data = Array(bytes[start..<(start + m.compressedSize)])
        case 8: data = try Self.inflate(bytes, from: start, count: m.compressedSize, size: m.size, name: m.name)
        default: throw .corrupt("\(m.name) uses compression method \(m.method), which is not read")
        }
        guard data.count == m.size, Self.crc32(data) == m.crc else { throw .corrupt("\(m.name) fails its CRC-32 check") }
        return data
    }

    private static func inflate(_ b: [UInt8], from start: Int, count: Int, size: Int, name: String) throws(DocxReadError) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: size)
        var stream = z_stream()
        // Raw deflate (no zlib header): window bits -15. `inflateInit2` is a C macro for this call.
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { throw .corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        let status: Int32 = b.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                stream.next_in = UnsafeMutablePointer(mutating: src.baseAddress.map { $0 + start })
                stream.avail_in = UInt32(count)
                stream.next_out = dst.baseAddress
                stream.avail_out = UInt32(dst.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        // Z_STREAM_END: all of it; Z_BUF_ERROR with no room left: more data than its stated size.
        guard status == Z_STREAM_END, Int(stream.total_out) == size else {
            throw .corrupt(status == Z_BUF_ERROR && stream.avail_out == 0 ? "\(name) inflates beyond its stated size" : "\(name) does not inflate")
        }
        return out
    }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
    }

    private static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}

/// Why a Word file could not be read.
public enum DocxReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notZip
    case legacyWord
    case encrypted
    case noDocumentPart
    /// Another kind of zip package (a presentation, a workbook, an OpenDocument text, a book).
    case otherPackage(String)
    case tooLarge(String)
    case corrupt(String)
    case badXML
    case noText
    /// An OpenDocument text that cannot be read (no `content.xml`, or not well-formed).
    case damagedOpenDocument(String)

    public var description: String {
        switch self {
        case .notZip: "not a Word file: no zip archive found (a .docx is one)"
        case .legacyWord: "not a Word 97-2003 document this reader knows (no WordDocument stream, or a format before Word 97); save it as .docx"
        case .encrypted: "the Word file is encrypted (saved with a password); save a copy without one"
        case .noDocumentPart: "the Word file has no word/document.xml"
        case .otherPackage(let kind): "\(kind), not a text document: vanban reads Word files (.docx, .doc, RTF) and OpenDocument texts (.odt)"
        case .tooLarge(let name): "\(name) inflates beyond \(ZipArchive.maxMemberSize >> 20) MiB"
        case .corrupt(let why): "the Word file is damaged: \(why)"
        case .badXML: "word/document.xml is not well-formed XML"
        case .noText: "the Word file holds no text"
        case .damagedOpenDocument(let why): "the OpenDocument text is damaged: \(why)"
        }
    }
}

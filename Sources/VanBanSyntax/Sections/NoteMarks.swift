import VanBanModel

/// The footnote marks a text carries (`mức chi[2]`, `3.[3] Chi …`, `phê duyệt[1],`): one to three
/// digits in square brackets, each with where it stands.
package enum NoteMarks {
    package static func scan(_ block: TextBlock, bytes b: [UInt8]) -> [NoteMark] {
        var out: [NoteMark] = []
        var i = 0
        while i < b.count, let open = b[i...].firstIndex(of: UInt8(ascii: "[")) {
            var k = open + 1
            while k < b.count, Bytes.isDigit(b[k]), k - open <= 3 { k += 1 }
            if k > open + 1, k - open <= 4, k < b.count, b[k] == UInt8(ascii: "]") {
                out.append(NoteMark(mark: String(decoding: b[(open + 1)..<k], as: UTF8.self), position: block.position(at: open)))
            }
            i = open + 1
        }
        return out
    }
}

import Testing
import VanBanModel
@testable import VanBanSyntax

/// A paragraph's places: every byte of a text joined from lines, or cut from one, maps to where it
/// stands in the source, also where pieces share a line (a bad export's literal `\r\n`).
@Suite struct TextBlockTests {
    /// Lines 3 and 4 of a file, and a piece at 4:20 of the same line as the last.
    static let twoLines = TextBlock(text: "KẾ HOẠCH TRIỂN KHAI", line: 3, column: 5, breaks: [13])
    static let piece = TextBlock(text: "NĂM 2025", line: 4, column: 20)

    @Test func joiningTheNextLineAtItsStartNeedsNoBreakStarts() {
        let next = TextBlock(text: "CÔNG TÁC NĂM 2025", line: 5, column: 1, breaks: [11])
        let joined = Self.twoLines.joined(next)
        #expect(joined.text == "KẾ HOẠCH TRIỂN KHAI CÔNG TÁC NĂM 2025")
        #expect(joined.breakStarts == nil)
        #expect(joined.breaks == [13, 26, 37])
        #expect(joined.position(at: 26) == Position(line: 5, column: 1))
        #expect(joined.position(at: 37) == Position(line: 6, column: 1))
        #expect(joined.position(at: 2) == Position(line: 3, column: 7))
    }

    @Test func joiningAPieceOfTheSameLineKeepsEveryPlace() {
        let joined = Self.twoLines.joined(Self.piece)
        #expect(joined.text == "KẾ HOẠCH TRIỂN KHAI NĂM 2025")
        #expect(joined.breakStarts == [Position(line: 4, column: 1), Position(line: 4, column: 20)])
        #expect(joined.position(at: 13) == Position(line: 4, column: 1))
        #expect(joined.breaks == [13, 26])
        #expect(joined.position(at: 26 + 4) == Position(line: 4, column: 24))
        #expect(joined.end == Position(line: 4, column: 29))
        // Joined tight (a line broken at a slash), no space between.
        #expect(TextBlock(text: "số 07/2021/", line: 1).joined(TextBlock(text: "NĐ-CP", line: 2), tight: true).text == "số 07/2021/NĐ-CP")
    }

    @Test func splittingAtABreakGivesEachPartItsPlace() {
        let joined = Self.twoLines.joined(Self.piece).joined(TextBlock(text: "CỦA ỦY BAN", line: 5, column: 1))
        let (head, tail) = joined.split(atBreak: 1)
        #expect(head.text == "KẾ HOẠCH TRIỂN KHAI")
        #expect(head.position == Position(line: 3, column: 5))
        #expect(head.breaks == [13])
        #expect(head.position(at: 13) == Position(line: 4, column: 1))
        #expect(tail.text == "NĂM 2025 CỦA ỦY BAN")
        #expect(tail.position == Position(line: 4, column: 20))
        #expect(tail.breaks == [10])
        #expect(tail.position(at: 10) == Position(line: 5, column: 1))
        // Without break starts, the tail begins on its own line at column 1.
        let (_, plain) = TextBlock(text: "A B C", line: 7, breaks: [2, 4]).split(atBreak: 0)
        #expect(plain.position == Position(line: 8, column: 1))
        #expect(plain.position(at: 2) == Position(line: 9, column: 1))
        #expect(plain.breakStarts == nil)
    }
}

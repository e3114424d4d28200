import Testing
import VanBanModel
@testable import VanBanSyntax

@Suite struct SourceTextTests {
    @Test(arguments: ["", "   \n\n", "\u{FEFF}"])
    func emptyInputIsAnError(_ text: String) {
        #expect(throws: InputError.empty) { try SourceText(decoding: Array(text.utf8)) }
    }

    @Test func binaryInputIsAnError() {
        #expect(throws: InputError.binary) { try SourceText(decoding: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) }
        #expect(throws: InputError.binary) { try SourceText(decoding: Array("abc".utf8) + [0, 1, 2]) }
    }

    @Test func invalidUTF8NamesLineAndColumn() {
        // TCVN3 and Windows-1258 bytes are not UTF-8: the error names where they start.
        let bytes = Array("Số: 12/KH\nCần ".utf8) + [0xB8, 0x20] + Array("Thơ".utf8)
        #expect(throws: InputError.invalidUTF8(line: 2, column: 7)) { try SourceText(decoding: bytes) }
    }

    @Test func characterCutByTheEndIsDroppedWithAWarning() throws {
        // Excerpts cut at a byte count end inside "ơ" (C6 A1).
        let text = try SourceText(decoding: Array("Cần Th".utf8) + [0xC6])
        #expect(String(decoding: text.bytes, as: UTF8.self) == "Cần Th")
        #expect(text.diagnostics.map(\.rule) == ["I02"])
        #expect(text.diagnostics[0].line == 1 && text.diagnostics[0].column == 9)
    }

    @Test func decomposedTextIsNormalizedToNFC() throws {
        let nfd = "Ke\u{302}\u{301} hoa\u{323}ch"
        let text = try SourceText(decoding: Array(nfd.utf8))
        #expect(text.bytes == Array("Kế hoạch".utf8))
        #expect(text.diagnostics.map(\.rule) == ["U01"])
    }

    @Test func lineTableFindsLinesAndColumns() throws {
        let text = try SourceText(decoding: Array("ab\nCần\n\nx".utf8))
        #expect(text.lineCount == 4)
        #expect(text.location(of: 0) == (1, 1))
        #expect(text.location(of: 3) == (2, 1))
        #expect(text.location(of: 7) == (2, 5))
        #expect(text.location(of: 9) == (3, 1))
        #expect(text.location(of: 10) == (4, 1))
        #expect(text.lineText(2) == "Cần")
    }
}

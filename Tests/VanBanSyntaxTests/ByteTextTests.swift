import Testing
@testable import VanBanSyntax

/// The byte-level text helpers that replaced the standard library's generic string algorithms.
@Suite struct ByteTextTests {
    @Test(arguments: [
        ("a**- **b**- **", "**- **", "** - **", "a** - **b** - **"),
        ("Ủy ban", "Ủy", "Uỷ", "Uỷ ban"),
        ("xyz", "q", "r", "xyz"),
        ("aaa", "aa", "b", "ba"),
        ("abc", "abc", "", ""),
        ("tỉnh; tỉnh;", "tỉnh", "TỈNH", "TỈNH; TỈNH;"),
    ])
    func replacingAllReplacesEveryOccurrenceLeftToRight(_ text: String, _ target: String, _ with: String, _ expected: String) {
        #expect(text.replacingAll(target, with: with) == expected)
    }

    @Test func replacingAllWithAnEmptyTargetIsTheText() {
        #expect("Kế hoạch".replacingAll("", with: "x") == "Kế hoạch")
    }

    @Test(arguments: [
        ("Giấy ủy quyền", "Giấy uỷ quyền"),
        ("Bản thỏa thuận", "Bản thoả thuận"),
        ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"),
        ("HÒA BÌNH, khỏe, Thủy", "HOÀ BÌNH, khỏe, Thuỷ"),
        ("Quyết định số 12", "Quyết định số 12"),
    ])
    func tonePlacementMovesTheMarkBothWays(_ now: String, _ older: String) {
        #expect(TonePlacement.older(now) == older)
        #expect(TonePlacement.older(Array(now.utf8)) == Array(older.utf8))
        #expect(TonePlacement.now(older) == now)
    }

    @Test func matchKeyIsUpperCaseWithTheMarkOnTheFirstVowel() {
        #expect("Giấy uỷ quyền".matchKey == "GIẤY ỦY QUYỀN")
        #expect("Kế toán trưởng".matchKey == "KẾ TÓAN TRƯỞNG")
    }
}

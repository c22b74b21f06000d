import Testing
@testable import HocVuSoCore

@Suite("VietnameseFormat")
struct VietnameseFormatTests {
    private func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    @Test("integers use dot thousands", arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1500, "1.500"), (41401, "41.401"), (1_000_000, "1.000.000"),
        (-2491, "-2.491"), (4_600_000, "4.600.000"),
    ])
    func integer(value: Int, expected: String) {
        #expect(VietnameseFormat.integer(value) == expected)
    }

    @Test func integerExtremes() {
        #expect(VietnameseFormat.integer(Int.min) == "-9.223.372.036.854.775.808")
        #expect(VietnameseFormat.integer(Int.max) == "9.223.372.036.854.775.807")
    }

    @Test func decimals() {
        #expect(VietnameseFormat.decimal(53.39) == "53,39")
        #expect(VietnameseFormat.decimal(53.39, digits: 1) == "53,4")
        #expect(VietnameseFormat.decimal(1234.5, digits: 1) == "1.234,5")
        #expect(VietnameseFormat.decimal(41401.256, digits: 2) == "41.401,26")
        #expect(VietnameseFormat.decimal(2.5, digits: 0) == "3")
        #expect(VietnameseFormat.decimal(-2.5, digits: 0) == "-3")
        #expect(VietnameseFormat.decimal(0.125, digits: 2) == "0,13")
        #expect(VietnameseFormat.decimal(-0.001, digits: 2) == "0,00")
        #expect(VietnameseFormat.decimal(7, digits: 2) == "7,00")
        #expect(VietnameseFormat.decimal(2.50, trimmingZeros: true) == "2,5")
        #expect(VietnameseFormat.decimal(100, digits: 1, trimmingZeros: true) == "100")
        #expect(VietnameseFormat.decimal(.nan) == "–")
        #expect(VietnameseFormat.decimal(1e20, digits: 1) == "100.000.000.000.000.000.000,0")
    }

    @Test func percents() {
        #expect(VietnameseFormat.percent(85.5) == "85,5%")
        #expect(VietnameseFormat.percent(100, digits: 0) == "100%")
        #expect(VietnameseFormat.percent(80, trimmingZeros: true) == "80%")
        #expect(VietnameseFormat.percent(part: 171, of: 200) == "85,5%")
        #expect(VietnameseFormat.percent(part: 1, of: 3, digits: 2) == "33,33%")
        #expect(VietnameseFormat.percent(part: 5, of: 0) == nil)
    }

    @Test func dates() {
        #expect(VietnameseFormat.date(date(2026, 5, 19)) == "19/5/2026")
        #expect(VietnameseFormat.date(date(2025, 7, 1)) == "1/7/2025")
        #expect(VietnameseFormat.date(date(2025, 12, 6)) == "6/12/2025")
    }

    @Test("document dates follow NĐ 30/2020", arguments: [
        ((2026, 5, 19), "ngày 19 tháng 5 năm 2026"),
        ((2026, 1, 5), "ngày 05 tháng 01 năm 2026"),
        ((2026, 2, 9), "ngày 09 tháng 02 năm 2026"),
        ((2026, 2, 28), "ngày 28 tháng 02 năm 2026"),
        ((2025, 3, 21), "ngày 21 tháng 3 năm 2025"),
        ((2025, 10, 1), "ngày 01 tháng 10 năm 2025"),
        ((2025, 12, 31), "ngày 31 tháng 12 năm 2025"),
    ])
    func documentDate(parts: (Int, Int, Int), expected: String) {
        #expect(VietnameseFormat.documentDate(date(parts.0, parts.1, parts.2)) == expected)
    }

    @Test func documentPlaceDate() {
        #expect(VietnameseFormat.documentPlaceDate(place: "Chí Minh", date(2026, 5, 19))
                == "Chí Minh, ngày 19 tháng 5 năm 2026")
    }

    @Test("parses day-first dates", arguments: [
        ("19/05/2026", (2026, 5, 19)), ("19/5/2026", (2026, 5, 19)), ("1/7/2025", (2025, 7, 1)),
        ("19-5-2026", (2026, 5, 19)), ("19.05.2026", (2026, 5, 19)), (" 07/10/2005 ", (2005, 10, 7)),
        ("29/02/2024", (2024, 2, 29)), ("2026-05-19", (2026, 5, 19)),
    ])
    func parses(text: String, parts: (Int, Int, Int)) {
        #expect(VietnameseFormat.parseDate(text) == date(parts.0, parts.1, parts.2))
    }

    @Test("rejects what is not a full, real date", arguments: [
        "31/02/2020", "29/02/2023", "32/1/2020", "1/13/2020", "0/1/2020", "19/5/26", "19/05/026", "19/5-2026",
        "1985", "31245", "", "19//2026", "19/5/2026/1", "ngày 19/5/2026", "19 / 5 / 2026", "2026/05/19", "5/19/2026",
    ])
    func rejects(text: String) {
        #expect(VietnameseFormat.parseDate(text) == nil)
    }

    @Test func dateParseSaysWhatIsWrong() {
        #expect(DateParse("1985") == .yearOnly)
        #expect(DateParse("31245") == .number)
        #expect(DateParse("07/10/85") == .shortYear)
        #expect(DateParse("31/02/2020") == .impossible)
        #expect(DateParse("  ") == .empty)
        #expect(DateParse("mười/5/2026") == .malformed)
    }
}

import Foundation
import HocVuSoCore
import Testing

@Suite("ISO-8601 instants without formatters")
struct InstantTextTests {
    /// Instants across years, leap days, before 1970 and with milliseconds.
    static let samples: [Double] = [0, 1_779_000_000, 1_779_000_000.123, 951_782_400, 1_709_164_800.999, -86_400.5,
                                    1_735_664_400, 4_102_444_799]

    @Test("writes what Foundation's ISO-8601 style writes, and reads it back", arguments: samples)
    func roundTrip(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let expected = date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        #expect(InstantText.utcMilliseconds(date) == expected)
        let back = try #require(InstantText.parse(expected))
        #expect(abs(back.timeIntervalSince1970 - seconds) < 0.001)
    }

    @Test("reads zones and fractions like ISO8601DateFormatter does")
    func zones() {
        let formatter = ISO8601DateFormatter()
        for text in ["2026-03-15T08:30:00+07:00", "2026-03-15T01:30:00Z", "2025-12-31T23:59:59-05:30", "2026-02-28T17:00:00+0700"] {
            #expect(InstantText.parse(text) == formatter.date(from: text), "\(text)")
        }
        #expect(InstantText.parse("2026-03-15T08:30:00.250+07:00")?.timeIntervalSince1970 == 1_773_538_200.25)
    }

    @Test("refuses what is not an instant", arguments: ["", "2026-03-15", "2026-03-15T08:30:00", "2026-02-30T08:00:00Z",
                                                     "2026-03-15T24:00:00Z", "2026-03-15T08:30:00+7", "hôm qua lúc 8 giờ",
                                                     "2026-03-15T08:30:00.Z", "2026-03-15T08:30:00Zjunk"])
    func malformed(text: String) {
        #expect(InstantText.parse(text) == nil)
    }

    @Test("the day in Vietnam is counted, not looked up, and agrees with the calendar")
    func vietnamDay() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CivilDate.vietnam
        for seconds in stride(from: 1_735_664_400.0, to: 1_800_000_000, by: 3_607 * 11) {
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            #expect(CivilDate(date) == CivilDate(year: c.year!, month: c.month!, day: c.day!))
        }
    }
}

import Foundation
import HocVuSoCore
import Testing

@Suite("Data-subject requests: the two-working-day deadline and the form's checks")
struct DataSubjectRequestTests {
    /// A moment in Vietnam time.
    static func at(_ iso: String, _ hour: Int, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CivilDate.vietnam
        let day = CivilDate(iso: iso)!
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))!
    }

    static func deadline(_ iso: String, _ hour: Int = 9) -> String {
        DataSubjectRequest.deadline(receivedAt: at(iso, hour)).iso
    }

    @Test("a working day's request is due two working days later; the day of receipt never counts")
    func ordinaryWeek() {
        #expect(Self.deadline("2026-05-11") == "2026-05-13")   // Monday → Wednesday
        #expect(Self.deadline("2026-05-13", 7) == "2026-05-15")   // Wednesday, early → Friday
        #expect(Self.deadline("2026-05-14", 23) == "2026-05-18")  // Thursday, late → Monday
    }

    @Test("Friday afternoon and the weekend: due on Tuesday")
    func fridayAfternoon() {
        #expect(Self.deadline("2026-05-15", 16) == "2026-05-19")
        #expect(Self.deadline("2026-05-16", 10) == "2026-05-19")  // Saturday
        #expect(Self.deadline("2026-05-17", 10) == "2026-05-19")  // Sunday
        // 23:30 Friday in Vietnam is still Friday, though UTC says 16:30.
        #expect(Self.deadline("2026-05-15", 23) == "2026-05-19")
    }

    @Test("before Tết Nguyên đán the holiday week is skipped")
    func beforeTet() {
        // Tết Bính Ngọ 2026: 16–20/2 off, so a request of Thursday 12/2 is due on Monday 23/2.
        #expect(Self.deadline("2026-02-12", 15) == "2026-02-23")
        #expect(Self.deadline("2026-02-13", 15) == "2026-02-24")
        // Tết Ất Tỵ 2025 (27–31/1 off), and its make-up Saturday 8/2 counts as a working day.
        #expect(Self.deadline("2025-01-24") == "2025-02-04")
        #expect(Self.deadline("2025-02-07") == "2025-02-10")
    }

    @Test("30/4, 1/5, Giỗ Tổ, Quốc khánh and Tết Dương lịch are not working days")
    func otherHolidays() {
        let calendar = WorkingCalendar.vietnam
        for iso in ["2025-01-01", "2025-04-07", "2025-04-30", "2025-05-01", "2025-09-01", "2025-09-02", "2026-01-01",
                    "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-02", "2027-01-01", "2027-02-08", "2027-04-16",
                    "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03"] {
            #expect(!calendar.isWorkingDay(CivilDate(iso: iso)!), "\(iso)")
        }
        #expect(calendar.isWorkingDay(CivilDate(iso: "2025-04-26")!))   // a make-up Saturday
        #expect(!calendar.isWorkingDay(CivilDate(iso: "2026-05-16")!))  // an ordinary Saturday
        #expect(Self.deadline("2026-04-29") == "2026-05-05")              // over 30/4, 1/5 and the weekend
        #expect(Self.deadline("2025-08-29") == "2025-09-04")              // over Quốc khánh 1–2/9/2025
        #expect(Self.deadline("2026-12-31") == "2027-01-05")              // over Tết Dương lịch
    }

    @Test("overdue only while open and after the deadline day")
    func overdue() {
        let request = DataSubjectRequest(residentID: UUID(), villageCode: "11131-01", communeCode: "11131", provinceCode: "31",
                                         kind: .view, channel: .inPerson, receivedAt: Self.at("2026-05-15", 16), recordedBy: "canbo")
        #expect(!request.isOverdue(today: CivilDate(iso: "2026-05-19")!))
        #expect(request.isOverdue(today: CivilDate(iso: "2026-05-20")!))
        var done = request
        done.status = .done
        #expect(!done.isOverdue(today: CivilDate(iso: "2026-05-20")!))
    }

    @Test("bad input gives every problem in Vietnamese")
    func badInput() {
        let now = Self.at("2026-05-17", 13)
        let input = DataSubjectRequestInput(residentID: "", kind: "forget-me", channel: "pigeon", receivedDate: "18/05/2026",
                                            receivedTime: "10:00")
        do {
            _ = try input.validated(now: now)
            Issue.record("bad input accepted")
        } catch let error as DomainError {
            #expect(error.kind == .invalid)
            let reasons = error.details.map(\.reason)
            #expect(reasons.contains(Strings.privacyResidentMissing))
            #expect(reasons.contains { $0.contains("Loại yêu cầu “forget-me” không hợp lệ") })
            #expect(reasons.contains { $0.contains("Hình thức tiếp nhận “pigeon” không hợp lệ") })
            #expect(reasons.contains(Strings.privacyReceivedInFuture))
        } catch {
            Issue.record("\(error)")
        }
        let good = DataSubjectRequestInput(residentID: UUID().uuidString, kind: "copy", channel: "letter", receivedDate: "15/5/2026",
                                           receivedTime: "16:30")
        let checked = try? good.validated(now: now)
        #expect(checked?.kind == .copy)
        #expect(checked?.receivedAt == Self.at("2026-05-15", 16, 30))
    }
}

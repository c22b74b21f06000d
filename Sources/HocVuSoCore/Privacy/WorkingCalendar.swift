import Foundation

/// Which days public offices work: Monday to Friday, except public holidays, plus the Saturdays a yearly swap of days
/// turns into working days. Deadlines counted "in working days" (ngày làm việc) use it.
public struct WorkingCalendar: Sendable {
    public let holidays: Set<CivilDate>
    public let workingWeekendDays: Set<CivilDate>

    public init(holidays: Set<CivilDate>, workingWeekendDays: Set<CivilDate> = []) {
        self.holidays = holidays
        self.workingWeekendDays = workingWeekendDays
    }

    /// Vietnam's calendar for public offices, from `PublicHolidays`.
    public static let vietnam = WorkingCalendar(holidays: PublicHolidays.daysOff, workingWeekendDays: PublicHolidays.workingWeekendDays)

    public func isWorkingDay(_ day: CivilDate) -> Bool {
        if workingWeekendDays.contains(day) { return true }
        let weekday = Weekday(day)
        return weekday != .saturday && weekday != .sunday && !holidays.contains(day)
    }

    /// The `count`-th working day after `day`; `day` itself never counts, whether or not it is a working day.
    public func adding(workingDays count: Int, after day: CivilDate) -> CivilDate {
        var current = day
        var left = max(0, count)
        while left > 0 {
            current = current.adding(days: 1)
            if isWorkingDay(current) { left -= 1 }
        }
        return current
    }
}

import Foundation

extension CivilDate {
    /// Days from `other` to this date (negative when earlier).
    public func daysSince(_ other: CivilDate) -> Int {
        Self.dayNumber(self) - Self.dayNumber(other)
    }

    /// The date `days` later (or earlier).
    public func adding(days: Int) -> CivilDate {
        Self.date(dayNumber: Self.dayNumber(self) + days)
    }

    /// The Monday of this date's week.
    public var mondayOfWeek: CivilDate {
        adding(days: -(Weekday(self).rawValue - 1))
    }

    // Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func dayNumber(_ d: CivilDate) -> Int {
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func date(dayNumber: Int) -> CivilDate {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return CivilDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }
}

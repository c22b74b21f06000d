/// The days public offices are closed for public holidays (Bộ luật Lao động 2019, Điều 112), 2025–2027, with the
/// compensatory day when a holiday falls on a weekend, and the swaps of the yearly notices of the Ministry of Home
/// Affairs where they were known. Tết Nguyên đán and Giỗ Tổ Hùng Vương follow the lunar calendar. Add a year's
/// line when its notice is published; a missing holiday only makes a deadline a day early, never late.
enum PublicHolidays {
    /// (ISO date, what the day is), weekdays only: weekends are closed anyway.
    static let table: [(String, String)] = [
        // 2025
        ("2025-01-01", "Tết Dương lịch"),
        ("2025-01-27", "Tết Nguyên đán (nghỉ hoán đổi)"),
        ("2025-01-28", "Tết Nguyên đán (29 tháng Chạp)"),
        ("2025-01-29", "Tết Nguyên đán (mùng 1)"),
        ("2025-01-30", "Tết Nguyên đán (mùng 2)"),
        ("2025-01-31", "Tết Nguyên đán (mùng 3)"),
        ("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        ("2025-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
        ("2025-05-01", "Ngày Quốc tế lao động"),
        ("2025-05-02", "Nghỉ hoán đổi (làm bù thứ Bảy 26/4)"),
        ("2025-09-01", "Quốc khánh (ngày liền kề)"),
        ("2025-09-02", "Quốc khánh"),
        // 2026
        ("2026-01-01", "Tết Dương lịch"),
        ("2026-02-16", "Tết Nguyên đán (29 tháng Chạp)"),
        ("2026-02-17", "Tết Nguyên đán (mùng 1)"),
        ("2026-02-18", "Tết Nguyên đán (mùng 2)"),
        ("2026-02-19", "Tết Nguyên đán (mùng 3)"),
        ("2026-02-20", "Tết Nguyên đán (mùng 4)"),
        ("2026-04-27", "Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4, nghỉ bù)"),
        ("2026-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
        ("2026-05-01", "Ngày Quốc tế lao động"),
        ("2026-09-01", "Quốc khánh (ngày liền kề)"),
        ("2026-09-02", "Quốc khánh"),
        // 2027
        ("2027-01-01", "Tết Dương lịch"),
        ("2027-02-05", "Tết Nguyên đán (cuối năm Bính Ngọ)"),
        ("2027-02-08", "Tết Nguyên đán (mùng 3)"),
        ("2027-02-09", "Tết Nguyên đán (mùng 4)"),
        ("2027-02-10", "Tết Nguyên đán (nghỉ bù mùng 1, Thứ Bảy)"),
        ("2027-02-11", "Tết Nguyên đán (nghỉ bù mùng 2, Chủ nhật)"),
        ("2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),
        ("2027-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước"),
        ("2027-05-03", "Ngày Quốc tế lao động (1/5 là Thứ Bảy, nghỉ bù)"),
        ("2027-09-02", "Quốc khánh"),
        ("2027-09-03", "Quốc khánh (ngày liền kề)"),
    ]

    /// Saturdays worked to make up a swapped weekday.
    static let workingWeekendTable: [String] = ["2025-02-08", "2025-04-26"]

    static let daysOff: Set<CivilDate> = Set(table.compactMap { CivilDate(iso: $0.0) })
    static let workingWeekendDays: Set<CivilDate> = Set(workingWeekendTable.compactMap(CivilDate.init(iso:)))
}

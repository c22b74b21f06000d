import HocVuSoCore

/// Excel serial dates. In the 1900 system serial 1 is 1 January 1900 and serial 60 is the non-existent
/// 29 February 1900 (Lotus 1-2-3's leap-year bug, kept by Excel), so from serial 61 on the day count runs
/// from 30 December 1899. In the 1904 system serial 0 is 1 January 1904.
enum ExcelDate {
    /// The largest serial Excel shows as a date (31 December 9999).
    static let maxSerial = 2_958_465.0

    /// Text for a serial as Excel shows it with a date/time format ("dd/mm/yyyy", "HH:mm", …),
    /// or nil when the number is no date (negative, too large, not finite).
    static func text(serial: Double, format: CellFormat, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < maxSerial + 1 else { return nil }
        let totalSeconds = Int((serial * 86_400).rounded())
        let days = totalSeconds / 86_400
        let seconds = totalSeconds % 86_400
        switch format {
        case .date: return dateText(days: days, date1904: date1904)
        case .dateTime(let withSeconds):
            return dateText(days: days, date1904: date1904) + " " + timeText(seconds, withSeconds: withSeconds)
        case .time(let withSeconds): return timeText(seconds, withSeconds: withSeconds)
        case .general, .zeroPadded: return nil
        }
    }

    /// The serial of a date in the 1900 system, or nil before 1 January 1900.
    static func serial(of date: CivilDate) -> Int? {
        let days = daysFromCivil(date.year, date.month, date.day)
        let jan1900 = daysFromCivil(1900, 1, 1)
        let mar1900 = daysFromCivil(1900, 3, 1)
        guard days >= jan1900 else { return nil }
        return days < mar1900 ? days - jan1900 + 1 : days - daysFromCivil(1899, 12, 30)
    }

    private static func dateText(days: Int, date1904: Bool) -> String {
        let (y, m, d): (Int, Int, Int)
        if date1904 {
            (y, m, d) = civilFromDays(daysFromCivil(1904, 1, 1) + days)
        } else if days == 0 {
            return "00/01/1900"
        } else if days == 60 {
            return "29/02/1900"
        } else if days < 60 {
            (y, m, d) = civilFromDays(daysFromCivil(1899, 12, 31) + days)
        } else {
            (y, m, d) = civilFromDays(daysFromCivil(1899, 12, 30) + days)
        }
        return pad2(d) + "/" + pad2(m) + "/" + String(y)
    }

    private static func timeText(_ seconds: Int, withSeconds: Bool) -> String {
        let text = pad2(seconds / 3600) + ":" + pad2(seconds / 60 % 60)
        return withSeconds ? text + ":" + pad2(seconds % 60) : text
    }

    private static func pad2(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// The outcome of reading a day-first date, detailed enough for an import to say what was wrong.
/// Accepts "19/05/2026", "19/5/2026", "19-5-2026", "19.5.2026" (one separator, used twice; a four-digit year)
/// and ISO "2026-05-19"; spaces and tabs around the date are ignored. No allocation.
enum DateParse: Equatable {
    case date(CivilDate)
    case empty
    /// Day, month and year read, but no such day (31/02/2020, 29/02/2023, month 13).
    case impossible
    /// A two-digit year ("07/10/85").
    case shortYear
    /// Only a four-digit year ("1985").
    case yearOnly
    /// Only digits, such as an Excel serial number ("31245").
    case number
    case malformed

    init(_ text: String) {
        var values = (0, 0, 0)
        var widths = (0, 0, 0)
        var field = 0
        var separator: UInt8 = 0
        var sawContent = false
        var trailingSpace = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte &- UInt8(ascii: "0"))
                guard !trailingSpace else { self = .malformed; return }
                switch field {
                case 0:
                    guard widths.0 < 9 else { self = .malformed; return }
                    values.0 = values.0 * 10 + digit
                    widths.0 += 1
                case 1:
                    guard widths.1 < 9 else { self = .malformed; return }
                    values.1 = values.1 * 10 + digit
                    widths.1 += 1
                default:
                    guard widths.2 < 9 else { self = .malformed; return }
                    values.2 = values.2 * 10 + digit
                    widths.2 += 1
                }
                sawContent = true
            case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."):
                let width = field == 0 ? widths.0 : widths.1
                guard !trailingSpace, field < 2, width > 0, separator == 0 || separator == byte else {
                    self = .malformed
                    return
                }
                separator = byte
                field += 1
                sawContent = true
            case UInt8(ascii: " "), 0x09:
                if sawContent { trailingSpace = true }
            default:
                self = .malformed
                return
            }
        }
        guard sawContent else { self = .empty; return }
        if field == 0 {
            self = widths.0 == 4 && (1000...2999).contains(values.0) ? .yearOnly : .number
            return
        }
        guard field == 2, widths.2 > 0 else { self = .malformed; return }
        let day: Int, month: Int, year: Int
        if widths.0 == 4 && separator == UInt8(ascii: "-") && widths.1 <= 2 && widths.2 <= 2 {
            (year, month, day) = values
        } else {
            guard widths.0 <= 2, widths.1 <= 2 else { self = .malformed; return }
            guard widths.2 == 4 else { self = widths.2 <= 2 ? .shortYear : .malformed; return }
            (day, month, year) = values
        }
        guard let date = CivilDate(year: year, month: month, day: day) else { self = .impossible; return }
        self = .date(date)
    }
}

extension CivilDate {
    /// A date as people type it: day first ("19/05/2026", "19-5-2026") or ISO ("2026-05-19").
    public init?(typed text: String) {
        guard case .date(let date) = DateParse(text) else { return nil }
        self = date
    }
}

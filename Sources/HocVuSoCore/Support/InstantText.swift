import Foundation

/// ISO-8601 instants written and read by arithmetic, without date formatters: a batch of sessions parses and
/// prints thousands of them, and formatter objects are costly to build and not safe to share between threads.
public enum InstantText {
    /// "2026-05-17T06:40:00.000Z": UTC with milliseconds, which sorts as text in time order.
    public static func utcMilliseconds(_ date: Date) -> String {
        // Whole seconds, then the fraction truncated to milliseconds, as Foundation's ISO-8601 style does.
        let value = date.timeIntervalSince1970
        let whole = value.rounded(.down)
        let seconds = Int(whole)
        let fraction = min(999, Int(((value - whole) * 1000).rounded(.down)))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let inDay = seconds - days * 86_400
        let day = CivilDate.date(dayNumber: days)
        return day.iso + "T" + pad(inDay / 3600, 2) + ":" + pad(inDay / 60 % 60, 2) + ":" + pad(inDay % 60, 2) + "."
            + pad(fraction, 3) + "Z"
    }

    /// Parses "YYYY-MM-DDTHH:MM:SS", optional fraction, then "Z" or "±HH:MM" (or "±HHMM"). Nil when malformed or
    /// when a field is out of range.
    public static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count >= 20, b[4] == 45, b[7] == 45, b[10] == 84 || b[10] == 116 || b[10] == 32, b[13] == 58, b[16] == 58,
              let year = number(b, 0, 4), let month = number(b, 5, 2), let dayOfMonth = number(b, 8, 2),
              let hour = number(b, 11, 2), let minute = number(b, 14, 2), let second = number(b, 17, 2),
              hour < 24, minute < 60, second < 60, let day = CivilDate(year: year, month: month, day: dayOfMonth) else { return nil }
        var index = 19
        var fraction = 0.0
        if index < b.count, b[index] == 46 {
            index += 1
            var scale = 0.1
            let start = index
            while index < b.count, (48...57).contains(b[index]) {
                fraction += Double(b[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard index < b.count else { return nil }
        var offset = 0
        switch b[index] {
        case 90, 122:  // Z
            guard index + 1 == b.count else { return nil }
        case 43, 45:   // + or -
            let sign = b[index] == 45 ? -1 : 1
            let rest = Array(b[(index + 1)...])
            let digits = rest.count == 5 && rest[2] == 58 ? [rest[0], rest[1], rest[3], rest[4]] : rest
            guard digits.count == 4, let h = number(digits, 0, 2), let m = number(digits, 2, 2), h < 24, m < 60 else { return nil }
            offset = sign * (h * 3600 + m * 60)
        default:
            return nil
        }
        let seconds = CivilDate.dayNumber(day) * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for i in start..<start + length {
            let digit = Int(bytes[i]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

extension CivilDate {
    /// The calendar day of an instant at a fixed UTC offset (Vietnam has kept UTC+7, without summer time, since 1975).
    public init(_ date: Date, utcOffsetSeconds: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffsetSeconds
        self = CivilDate.date(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }
}

import Foundation

/// Numbers and dates the Vietnamese way (DOMAIN.md §9, §11): "1.500", "53,39", "85,5%", "19/5/2026",
/// "ngày 05 tháng 01 năm 2026". No NumberFormatter or DateFormatter: the output must not depend on the
/// machine's locale data, and these run in loops.
public enum VietnameseFormat {
    /// "1.500", "-41.401", "0".
    public static func integer(_ value: Int) -> String {
        let grouped = group(String(value.magnitude))
        return value < 0 ? "-" + grouped : grouped
    }

    /// A decimal with exactly `digits` fraction digits (rounded half away from zero) and a comma:
    /// `decimal(53.39)` → "53,39", `decimal(1234.5, digits: 1)` → "1.234,5". With `trimmingZeros`,
    /// trailing fraction zeros (and a bare comma) are dropped: `decimal(2.50, trimmingZeros: true)` → "2,5".
    /// Infinite and NaN values give "–".
    public static func decimal(_ value: Double, digits: Int = 2, trimmingZeros: Bool = false) -> String {
        guard value.isFinite else { return "–" }
        let digits = min(max(digits, 0), 9)
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero)
        var whole: String
        var fraction: String
        if scaled < 9.0e18 {
            let units = UInt64(scaled)
            whole = String(units / scale)
            fraction = digits == 0 ? "" : String(units % scale)
            fraction = String(repeating: "0", count: digits - fraction.count) + fraction
        } else {
            // Beyond 64 bits only the integer part matters.
            let text = String(format: "%.0f", value.magnitude)
            whole = text
            fraction = String(repeating: "0", count: digits)
        }
        if trimmingZeros {
            while fraction.last == "0" { fraction.removeLast() }
        }
        let isZero = whole.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        let sign = value < 0 && !isZero ? "-" : ""
        return sign + group(whole) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// A percentage of a value already in percent: `percent(85.5)` → "85,5%", `percent(100, digits: 0)` → "100%".
    public static func percent(_ value: Double, digits: Int = 1, trimmingZeros: Bool = false) -> String {
        decimal(value, digits: digits, trimmingZeros: trimmingZeros) + "%"
    }

    /// `part` out of `whole` as a percentage: `percent(part: 171, of: 200)` → "85,5%"; nil when `whole` is 0.
    public static func percent(part: Int, of whole: Int, digits: Int = 1, trimmingZeros: Bool = false) -> String? {
        guard whole != 0 else { return nil }
        return percent(Double(part) * 100 / Double(whole), digits: digits, trimmingZeros: trimmingZeros)
    }

    /// Digits grouped by three with dots: "41401" → "41.401".
    static func group(_ digits: String) -> String {
        let bytes = Array(digits.utf8)
        guard bytes.count > 3 else { return digits }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 3)
        for (i, byte) in bytes.enumerated() {
            if i > 0 && (bytes.count - i) % 3 == 0 { out.append(UInt8(ascii: ".")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// "19/5/2026": day/month/year without leading zeros, as dates appear in running text and tables.
    public static func date(_ date: CivilDate) -> String {
        "\(date.day)/\(date.month)/\(date.year)"
    }

    /// The date line of an administrative document (NĐ 30/2020/NĐ-CP): "ngày 19 tháng 5 năm 2026",
    /// with a leading zero for days below 10 and for months 1 and 2: "ngày 05 tháng 01 năm 2026".
    public static func documentDate(_ date: CivilDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let month = date.month <= 2 ? "0\(date.month)" : "\(date.month)"
        return Strings.documentDate(day: day, month: month, year: String(date.year))
    }

    /// "Chí Minh, ngày 19 tháng 5 năm 2026".
    public static func documentPlaceDate(place: String, _ date: CivilDate) -> String {
        Strings.documentPlaceDate(place: place, date: documentDate(date))
    }

    /// Reads "19/05/2026", "19/5/2026", "19-5-2026", "19.5.2026" (day first, one separator used twice, a four-digit
    /// year) and ISO "2026-05-19". Surrounding spaces are ignored. Two-digit years and dates that do not exist
    /// (31/02/2020) give nil.
    public static func parseDate(_ text: String) -> CivilDate? {
        if case .date(let date) = DateParse(text) { return date }
        return nil
    }
}

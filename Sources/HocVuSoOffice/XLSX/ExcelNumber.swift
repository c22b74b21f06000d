import Foundation

/// Turns the text of a numeric cell into what a person expects to read: integers without ".0" and in full
/// digits (an ID stored as 3.1305193630E+10 becomes "31305193630"), other numbers with Excel's 15
/// significant digits (0.30000000000000004 becomes "0.3"). The decimal separator is always ".".
enum ExcelNumber {
    static func text(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if isPlainInteger(trimmed) { return trimmed }
        guard let value = Double(trimmed) else { return trimmed }
        return text(value)
    }

    static func text(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e21 {
            if abs(value) < 9e18 { return String(Int64(value)) }
            return String(format: "%.0f", value)
        }
        return String(format: "%.15g", value)
    }

    /// Zero-pads an integral value to `digits` ("000000000000" format), or nil when it is not integral.
    static func zeroPadded(_ raw: String, digits: Int) -> String? {
        let plain = text(raw)
        guard !plain.isEmpty, plain.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return plain.count >= digits ? plain : String(repeating: "0", count: digits - plain.count) + plain
    }

    private static func isPlainInteger(_ s: String) -> Bool {
        var bytes = s.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return false }
        return bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}

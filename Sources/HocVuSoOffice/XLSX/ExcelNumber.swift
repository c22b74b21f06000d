import Foundation

/// Turns the text of a numeric cell into what a person expects to read: integers without ".0" and in full
/// digits (an ID stored as 3.1305193630E+10 becomes "31305193630"), other numbers with Excel's 15
/// significant digits (0.30000000000000004 becomes "0.3"). The decimal separator is always ".".
enum ExcelNumber {
    static func text(_ raw: String) -> String {
        let trimmed = trimmedSpaces(raw)
        if isPlainInteger(trimmed) { return trimmed }
        if let plain = plainDecimal(trimmed) { return plain }
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

    /// Strips spaces and tabs at the ends without Foundation (hot path: one call per numeric cell).
    static func trimmedSpaces(_ s: String) -> String {
        let utf8 = s.utf8
        guard let first = utf8.first, let last = utf8.last else { return s }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard isSpace(first) || isSpace(last) else { return s }
        let bytes = Array(utf8)
        guard let start = bytes.firstIndex(where: { !isSpace($0) }), let end = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: bytes[start...end], as: UTF8.self)
    }

    /// "-12.50" → "-12.5" when the text is a plain decimal of at most 15 significant digits (Excel's
    /// precision), which is how Excel stores most numbers; anything else goes through `Double`.
    private static func plainDecimal(_ s: String) -> String? {
        var bytes = Array(s.utf8)
        let digitsStart = bytes.first == UInt8(ascii: "-") ? 1 : 0
        guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > digitsStart, dot < bytes.count - 1 else { return nil }
        var significant = 0
        var leading = true
        for (i, b) in bytes.enumerated() where i >= digitsStart && i != dot {
            guard b >= 48 && b <= 57 else { return nil }
            if b != 48 { leading = false }
            if !leading { significant += 1 }
        }
        guard significant <= 15 else { return nil }
        while bytes.last == UInt8(ascii: "0") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        if bytes == [UInt8(ascii: "-"), UInt8(ascii: "0")] { return "0" }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isPlainInteger(_ s: String) -> Bool {
        var bytes = s.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return false }
        return bytes.allSatisfy { $0 >= 48 && $0 <= 57 }
    }
}

import Foundation

/// Writes CSV the way Excel opens Vietnamese text correctly: UTF-8 with BOM, comma, CRLF, RFC 4180 quoting.
/// Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading
/// apostrophe (OWASP "CSV injection"); plain numbers such as "-5" or "+84912345678" are left alone.
public enum CSVWriter {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func write(_ rows: [[String]], byteOrderMark: Bool = true) -> Data {
        var out = [UInt8]()
        out.reserveCapacity(rows.reduce(0) { $0 + $1.reduce(2) { $0 + $1.utf8.count + 3 } } + 3)
        if byteOrderMark { out += Self.byteOrderMark }
        for row in rows { append(row, to: &out) }
        return Data(out)
    }

    /// One record with its CRLF, for writing large files row by row (write `byteOrderMark` first).
    public static func encode(row: [String]) -> Data {
        var out = [UInt8]()
        append(row, to: &out)
        return Data(out)
    }

    /// One field, guarded and quoted as needed.
    public static func escape(_ field: String) -> String {
        var out = [UInt8]()
        appendField(field, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func append(_ row: [String], to out: inout [UInt8]) {
        for (i, field) in row.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendField(field, to: &out)
        }
        out.append(UInt8(ascii: "\r"))
        out.append(UInt8(ascii: "\n"))
    }

    private static func appendField(_ field: String, to out: inout [UInt8]) {
        let guarded = needsFormulaGuard(field)
        let needsQuotes = field.utf8.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n")
        }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
        if guarded { out.append(UInt8(ascii: "'")) }
        for b in field.utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        if needsQuotes { out.append(UInt8(ascii: "\"")) }
    }

    static func needsFormulaGuard(_ field: String) -> Bool {
        guard let first = field.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            return true
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return !isPlainNumber(field)
        default:
            return false
        }
    }

    /// `[+-]digits[(.|,)digits]`: a signed number that no spreadsheet treats as a formula to run.
    private static func isPlainNumber(_ field: String) -> Bool {
        let bytes = Array(field.utf8.dropFirst())
        guard let first = bytes.first, (48...57).contains(first) else { return false }
        var seenSeparator = false
        var lastWasDigit = true
        for b in bytes {
            if (48...57).contains(b) {
                lastWasDigit = true
            } else if (b == UInt8(ascii: ".") || b == UInt8(ascii: ",")) && !seenSeparator && lastWasDigit {
                seenSeparator = true
                lastWasDigit = false
            } else {
                return false
            }
        }
        return lastWasDigit
    }
}

import SQLKit
import SQLiteNIO

/// One cell of a row loaded in bulk: text, a whole number, or nothing.
public enum BulkValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case null

    init(_ text: String?) { self = text.map(BulkValue.text) ?? .null }
    init(_ flag: Bool) { self = .integer(flag ? 1 : 0) }

    var sqlite: SQLiteData {
        switch self {
        case .text(let value): return .text(value)
        case .integer(let value): return .integer(value)
        case .null: return .null
        }
    }

    var bind: SQLBind {
        switch self {
        case .text(let value): return SQLBind(value)
        case .integer(let value): return SQLBind(value)
        case .null: return SQLBind(String?.none)
        }
    }

    /// The value in PostgreSQL's COPY text format: `\N` for null; backslash, tab, newline and return escaped.
    func appendCopyText(to line: inout String) {
        switch self {
        case .null:
            line += "\\N"
        case .integer(let value):
            line += String(value)
        case .text(let value):
            guard value.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                line += value
                return
            }
            for character in value.unicodeScalars {
                switch character {
                case "\\": line += "\\\\"
                case "\t": line += "\\t"
                case "\n": line += "\\n"
                case "\r": line += "\\r"
                default: line.unicodeScalars.append(character)
                }
            }
        }
    }
}

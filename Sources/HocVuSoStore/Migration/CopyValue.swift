import Foundation
import NIOCore
import SQLKit
import SQLiteNIO

/// The kind of value a target column holds, from PostgreSQL's `information_schema.columns.data_type`.
enum CopyColumnKind: Sendable, Equatable {
    case text
    case integer
    case real
    case bytes
    case boolean

    init(postgresType: String) {
        switch postgresType.lowercased() {
        case "integer", "bigint", "smallint": self = .integer
        case "double precision", "real", "numeric": self = .real
        case "bytea": self = .bytes
        case "boolean": self = .boolean
        default: self = .text
        }
    }

    /// The SQL type name for an explicit cast.
    var sqlType: String {
        switch self {
        case .text: return "TEXT"
        case .integer: return "BIGINT"
        case .real: return "DOUBLE PRECISION"
        case .bytes: return "BYTEA"
        case .boolean: return "BOOLEAN"
        }
    }
}

/// One value on its way from an SQLite row to a PostgreSQL row, already converted to the target column's kind.
enum CopyValue: Sendable, Hashable {
    case null
    case text(String)
    case integer(Int)
    case real(Double)
    case bytes(Data)
    case boolean(Bool)

    /// Converts what SQLite stored (it keeps any storage class in any column) to the target column's kind.
    init(_ data: SQLiteData?, as kind: CopyColumnKind) throws {
        guard let data, !data.isNull else {
            self = .null
            return
        }
        switch kind {
        case .text:
            if case .blob(let buffer) = data {
                self = .text(String(buffer: buffer))
            } else if let text = data.string {
                self = .text(text)
            } else {
                throw StoreError.unexpectedRow("not text: \(data)")
            }
        case .integer:
            guard let value = data.integer else { throw StoreError.unexpectedRow("not an integer: \(data)") }
            self = .integer(Int(value))
        case .real:
            guard let value = data.double else { throw StoreError.unexpectedRow("not a number: \(data)") }
            self = .real(value)
        case .bytes:
            switch data {
            case .blob(let buffer): self = .bytes(Data(buffer.readableBytesView))
            case .text(let text): self = .bytes(Data(text.utf8))
            default: throw StoreError.unexpectedRow("not bytes: \(data)")
            }
        case .boolean:
            guard let value = data.integer else { throw StoreError.unexpectedRow("not a boolean: \(data)") }
            self = .boolean(value != 0)
        }
    }

    /// Reads a column of a target (PostgreSQL) row.
    init(_ row: any SQLRow, column: String, as kind: CopyColumnKind) throws {
        if try row.decodeNil(column: column) {
            self = .null
            return
        }
        switch kind {
        case .text: self = .text(try row.decode(column: column, as: String.self))
        case .integer: self = .integer(try row.decode(column: column, as: Int.self))
        case .real: self = .real(try row.decode(column: column, as: Double.self))
        case .bytes: self = .bytes(try row.decode(column: column, as: Data.self))
        case .boolean: self = .boolean(try row.decode(column: column, as: Bool.self))
        }
    }

    var isNull: Bool { self == .null }

    /// The value as a bound parameter (NULL as a literal, so it takes the column's type).
    var expression: any SQLExpression {
        switch self {
        case .null: return SQLLiteral.null
        case .text(let value): return SQLBind(value)
        case .integer(let value): return SQLBind(value)
        case .real(let value): return SQLBind(value)
        case .bytes(let value): return SQLBind(value)
        case .boolean(let value): return SQLBind(value)
        }
    }

    /// Short text for messages.
    var display: String {
        switch self {
        case .null: return "NULL"
        case .text(let value): return value
        case .integer(let value): return String(value)
        case .real(let value): return String(value)
        case .bytes(let value): return "\(value.count) bytes"
        case .boolean(let value): return value ? "true" : "false"
        }
    }
}

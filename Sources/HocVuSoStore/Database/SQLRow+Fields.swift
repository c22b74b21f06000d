import Foundation
import HocVuSoCore
import SQLKit

/// Typed reads of the column shapes the store uses (UUIDs and dates are stored as text).
extension SQLRow {
    func text(_ column: String) throws -> String {
        try decode(column: column, as: String.self)
    }

    func optionalText(_ column: String) throws -> String? {
        try decode(column: column, as: String?.self)
    }

    func integer(_ column: String) throws -> Int {
        try decode(column: column, as: Int.self)
    }

    func optionalInteger(_ column: String) throws -> Int? {
        try decode(column: column, as: Int?.self)
    }

    func uuid(_ column: String) throws -> UUID {
        let value = try text(column)
        guard let id = UUID(uuidString: value) else { throw StoreError.unexpectedRow("\(column) = \(value)") }
        return id
    }

    func optionalUUID(_ column: String) throws -> UUID? {
        try optionalText(column).flatMap(UUID.init(uuidString:))
    }

    func civilDate(_ column: String) throws -> CivilDate {
        let value = try text(column)
        guard let date = CivilDate(iso: value) else { throw StoreError.unexpectedRow("\(column) = \(value)") }
        return date
    }

    func optionalCivilDate(_ column: String) throws -> CivilDate? {
        try optionalText(column).flatMap(CivilDate.init(iso:))
    }

    func enumValue<T: RawRepresentable>(_ column: String, as type: T.Type) throws -> T where T.RawValue == String {
        let value = try text(column)
        guard let parsed = T(rawValue: value) else { throw StoreError.unexpectedRow("\(column) = \(value)") }
        return parsed
    }
}

import HocVuSoCore
import SQLKit

/// Decoding of `units` rows.
enum UnitRow {
    static func decode(_ row: any SQLRow) throws -> AdminUnit {
        let level = UnitLevel(rawValue: try row.decode(column: "level", as: String.self)) ?? .village
        let validFrom = try row.decode(column: "valid_from", as: String.self)
        return AdminUnit(code: try row.decode(column: "code", as: String.self), level: level,
                    type: try row.decode(column: "type", as: String.self),
                    name: try row.decode(column: "name", as: String.self),
                    parentCode: try row.decode(column: "parent_code", as: String?.self),
                    provinceCode: try row.decode(column: "province_code", as: String.self),
                    status: UnitStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .active,
                    validFrom: CivilDate(iso: validFrom) ?? reformDate,
                    validTo: try row.decode(column: "valid_to", as: String?.self).flatMap(CivilDate.init(iso:)))
    }

    static func fetch(_ code: String, _ sql: any SQLDatabase) async throws -> AdminUnit {
        guard let row = try await sql.raw("""
            SELECT code, level, type, name, parent_code, province_code, status, valid_from, valid_to FROM units WHERE code = \(bind: code)
            """).first() else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.unitNotFound(code))
        }
        return try decode(row)
    }
}

import Foundation
import HocVuSoCore
import SQLKit

extension DocumentStore {
    /// The documents a unit issued dated within a period, oldest first (what a report lists under its direction).
    public func issued(unitCode: String, from: CivilDate, to: CivilDate) async throws -> [OfficialDocument] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: DocumentRow.columns) FROM documents
                WHERE unit_code = \(bind: unitCode) AND direction = 'issued'
                AND issued_on >= \(bind: from.iso) AND issued_on <= \(bind: to.iso)
                ORDER BY issued_on, number, number_text
                """).all().map(DocumentRow.decode)
        }
    }

    /// One page of a unit's register, newest first; `direction` and `year` nil mean all.
    public func list(unitCode: String, direction: DocumentDirection?, year: Int?, page: Int,
                     per: Int) async throws -> (total: Int, items: [OfficialDocument]) {
        let filter = Self.filter(unitCode: unitCode, direction: direction, year: year)
        return try await database.read { sql in
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM documents WHERE \(filter)").first()?.integer("n") ?? 0
            let items = try await sql.raw("""
                SELECT \(unsafeRaw: DocumentRow.columns) FROM documents WHERE \(filter)
                ORDER BY issued_on DESC, number DESC, number_text DESC
                LIMIT \(unsafeRaw: String(per)) OFFSET \(unsafeRaw: String(max(0, page - 1) * per))
                """).all().map(DocumentRow.decode)
            return (total, items)
        }
    }

    /// The years in which a unit's register has documents, newest first.
    public func years(unitCode: String) async throws -> [Int] {
        try await database.read { sql in
            try await sql.raw("SELECT DISTINCT year FROM documents WHERE unit_code = \(bind: unitCode) ORDER BY year DESC")
                .all().map { try $0.integer("year") }
        }
    }

    static func filter(unitCode: String, direction: DocumentDirection?, year: Int?) -> SQLQueryString {
        var filter: SQLQueryString = "unit_code = \(bind: unitCode)"
        if let direction { filter = filter + " AND direction = \(bind: direction.rawValue)" }
        if let year { filter = filter + " AND year = \(bind: year)" }
        return filter
    }
}

import Foundation
import SQLKit

extension AccessLogStore {
    /// One page of entries matching `query`, newest first, with the number of all matches.
    public func search(_ query: AccessLogQuery) async throws -> (total: Int, items: [Entry]) {
        try await database.read { sql in
            let filter = Self.filter(query)
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM access_log WHERE \(filter)").first()?.integer("n") ?? 0
            let offset = (max(query.page, 1) - 1) * query.perPage
            let items = try await sql.raw("""
                SELECT \(unsafeRaw: Self.entryColumns) FROM access_log WHERE \(filter)
                ORDER BY seq DESC LIMIT \(unsafeRaw: String(query.perPage)) OFFSET \(unsafeRaw: String(offset))
                """).all().map(Entry.init)
            return (total, items)
        }
    }

    static func filter(_ query: AccessLogQuery) -> SQLQueryString {
        var clause: SQLQueryString = "1 = 1"
        for code in [query.scopeCode, query.unitCode].compactMap({ $0 }) {
            // A unit's subtree: itself, its villages (a commune), or every unit of the province.
            clause += " AND unit_code IN (SELECT code FROM units WHERE code = \(bind: code) OR parent_code = \(bind: code) OR province_code = \(bind: code))"
        }
        if let username = query.username { clause += " AND username = \(bind: username)" }
        if let subject = query.subject { clause += " AND subject = \(bind: subject)" }
        if let action = query.action { clause += " AND action = \(bind: action)" }
        if let from = query.from { clause += " AND at >= \(bind: AccessLogQuery.start(of: from))" }
        if let to = query.to { clause += " AND at < \(bind: AccessLogQuery.start(of: to.adding(days: 1)))" }
        return clause
    }
}

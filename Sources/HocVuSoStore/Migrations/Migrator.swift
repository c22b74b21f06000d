import Foundation
import SQLKit

/// One named step of the schema. Steps run in order, once each, recorded in `schema_migrations`.
public struct Migration: Sendable {
    public let name: String
    public let statements: @Sendable (Dialect) -> [String]

    public init(_ name: String, statements: @escaping @Sendable (Dialect) -> [String]) {
        self.name = name
        self.statements = statements
    }
}

public enum Migrator {
    /// Every step of the schema, oldest first. Append new steps; never edit a released one.
    public static let all: [Migration] = [
        Schema001Units.migration,
        Schema002Residents.migration,
        Schema003Accounts.migration,
        Schema004Rollups.migration,
        Schema005AccessLog.migration,
        Schema006ProvinceNameIndex.migration,
        Schema007CommuneNameIndex.migration,
        Schema008Teams.migration,
        Schema009Sessions.migration,
        Schema010Events.migration,
        Schema011Indicators.migration,
        Schema012HouseholdIndexes.migration,
        Schema013Learning.migration,
        Schema014Documents.migration,
        Schema015Reports.migration,
        Schema016AccessLogChain.migration,
        Schema017DataSubjectRequests.migration,
        Schema018ReceivedReports.migration,
    ]

    /// Applies the steps not yet recorded, each in its own transaction. Returns the names applied.
    @discardableResult
    public static func migrate(_ database: Database, steps: [Migration] = Migrator.all,
                               now: Date = Date()) async throws -> [String] {
        try await database.write { sql in
            try await sql.raw("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)").run()
        }
        let done = try await database.read { sql in
            try await sql.raw("SELECT name FROM schema_migrations").all().map { try $0.decode(column: "name", as: String.self) }
        }
        var applied: [String] = []
        for step in steps where !done.contains(step.name) {
            do {
                try await database.write { sql in
                    for statement in step.statements(database.dialect) {
                        try await sql.raw(SQLQueryString(statement)).run()
                    }
                    try await sql.raw("INSERT INTO schema_migrations (name, applied_at) VALUES (\(bind: step.name), \(bind: Timestamp.string(now)))").run()
                }
            } catch {
                throw StoreError.migrationFailed(name: step.name, underlying: error)
            }
            applied.append(step.name)
        }
        return applied
    }
}

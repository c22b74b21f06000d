import Foundation
import HocVuSoCore
import SQLKit

/// The personal-data access log. Entries are only ever appended.
public struct AccessLogStore: Sendable {
    let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    public enum Action: String, Sendable {
        case view, list, create, update, delete, `import`, export
    }

    public struct Entry: Sendable, Equatable {
        public var at: String
        public var username: String
        public var action: String
        public var subject: String?
        public var unitCode: String?
        public var client: String
    }

    /// Appends one entry inside the caller's transaction (or on its own).
    static func append(_ action: Action, actor: AccessActor, subject: String?, unitCode: String?, detail: String? = nil,
                       now: Date, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "access_log")
            .columns("at", "user_id", "username", "action", "subject", "unit_code", "client", "detail")
            .values(SQLBind(Timestamp.string(now)), SQLBind(actor.userID?.uuidString), SQLBind(actor.username),
                    SQLBind(action.rawValue), SQLBind(subject), SQLBind(unitCode), SQLBind(actor.client), SQLBind(detail))
            .run()
    }

    public func record(_ action: Action, actor: AccessActor, subject: String?, unitCode: String?, detail: String? = nil,
                       now: Date = Date()) async throws {
        try await database.write { sql in
            try await Self.append(action, actor: actor, subject: subject, unitCode: unitCode, detail: detail, now: now, sql)
        }
    }

    /// Entries about one subject (a resident's ID), newest first.
    public func entries(subject: String, limit: Int = 100) async throws -> [Entry] {
        try await database.read { sql in
            try await sql.raw("SELECT at, username, action, subject, unit_code, client FROM access_log WHERE subject = \(bind: subject) ORDER BY seq DESC LIMIT \(unsafeRaw: String(limit))")
                .all().map { row in
                    Entry(at: try row.decode(column: "at", as: String.self),
                          username: try row.decode(column: "username", as: String?.self) ?? "",
                          action: try row.decode(column: "action", as: String.self),
                          subject: try row.decode(column: "subject", as: String?.self),
                          unitCode: try row.decode(column: "unit_code", as: String?.self),
                          client: try row.decode(column: "client", as: String?.self) ?? "")
                }
        }
    }
}

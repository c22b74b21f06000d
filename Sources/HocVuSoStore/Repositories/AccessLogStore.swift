import Foundation
import HocVuSoCore
import SQLKit

/// The personal-data access log. Entries are only ever appended, onto a hash chain (`AccessLogChain`) that
/// `verify()` walks. Callers append as the last write of their transaction: the chain's lock is then held only until
/// the commit.
public struct AccessLogStore: Sendable {
    let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    public enum Action: String, Sendable {
        case view, list, create, update, delete, `import`, export
        /// A search of this log (reading who read whose data is itself processing of personal data).
        case audit
    }

    public struct Entry: Sendable, Equatable {
        public var seq: Int
        public var at: String
        public var username: String
        public var action: String
        public var subject: String?
        public var unitCode: String?
        public var client: String
        public var detail: String?

        init(_ row: any SQLRow) throws {
            seq = try row.integer("seq")
            at = try row.text("at")
            username = try row.optionalText("username") ?? ""
            action = try row.text("action")
            subject = try row.optionalText("subject")
            unitCode = try row.optionalText("unit_code")
            client = try row.optionalText("client") ?? ""
            detail = try row.optionalText("detail")
        }
    }

    static let entryColumns = "seq, at, username, action, subject, unit_code, client, detail"

    /// Appends one entry inside the caller's transaction (or on its own).
    static func append(_ action: Action, actor: AccessActor, subject: String?, unitCode: String?, detail: String? = nil,
                       now: Date, _ sql: any SQLDatabase) async throws {
        let record = AccessLogRecord(at: Timestamp.string(now), userID: actor.userID?.uuidString, username: actor.username,
                                     action: action.rawValue, subject: subject, unitCode: unitCode, client: actor.client,
                                     detail: detail)
        try await AccessLogChain.append(record, sql)
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
            try await sql.raw("SELECT \(unsafeRaw: Self.entryColumns) FROM access_log WHERE subject = \(bind: subject) ORDER BY seq DESC LIMIT \(unsafeRaw: String(limit))")
                .all().map(Entry.init)
        }
    }
}

import Foundation
import HocVuSoCore
import SQLKit

/// Accounts and login sessions. Passwords arrive here already hashed; session tokens arrive hashed too.
public struct AccountStore: Sendable {
    let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    public struct Credentials: Sendable {
        public var account: Account
        public var passwordHash: String
        public var failedLogins: Int
        public var lockedUntil: Date?
        public var disabled: Bool
    }

    public struct Session: Sendable {
        public var account: Account
        public var csrfToken: String
        public var expiresAt: Date
        public var kind: String
        /// When the session was opened (its absolute limit counts from here).
        public var createdAt: Date? = nil
    }

    public func userCount() async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int.self) ?? 0
        }
    }

    /// Creates an account. `onlyIfNoUsers` makes the first-run set-up safe against a race.
    public func create(_ account: Account, passwordHash: String, now: Date, onlyIfNoUsers: Bool = false) async throws {
        try await database.write { sql in
            if onlyIfNoUsers {
                let n = try await sql.raw("SELECT COUNT(*) AS n FROM users").first()?.decode(column: "n", as: Int.self) ?? 0
                guard n == 0 else { throw DomainError(.conflict, code: "setup.closed", message: Strings.setupClosed) }
            }
            let taken = try await sql.raw("SELECT id FROM users WHERE username = \(bind: account.username)").first()
            guard taken == nil else {
                throw DomainError(.conflict, code: "user.taken", message: Strings.usernameTaken,
                                  details: [Problem(column: "username", value: account.username, reason: Strings.usernameTaken)])
            }
            try await sql.insert(into: "users")
                .columns("id", "username", "display_name", "password_hash", "role", "unit_code", "created_at")
                .values(SQLBind(account.id.uuidString), SQLBind(account.username), SQLBind(account.displayName),
                        SQLBind(passwordHash), SQLBind(account.role.rawValue), SQLBind(account.unitCode),
                        SQLBind(Timestamp.string(now)))
                .run()
        }
    }

    public func credentials(username: String) async throws -> Credentials? {
        try await database.read { sql in
            guard let row = try await sql.raw("""
                SELECT id, username, display_name, password_hash, role, unit_code, failed_logins, locked_until, disabled
                FROM users WHERE username = \(bind: username)
                """).first() else { return nil }
            return Credentials(account: try Self.account(row),
                               passwordHash: try row.decode(column: "password_hash", as: String.self),
                               failedLogins: try row.decode(column: "failed_logins", as: Int.self),
                               lockedUntil: try row.decode(column: "locked_until", as: String?.self).flatMap(Timestamp.date),
                               disabled: try row.decode(column: "disabled", as: Int.self) != 0)
        }
    }

    public func recordFailedLogin(userID: UUID, lockUntil: Date?) async throws {
        try await database.write { sql in
            try await sql.raw("""
                UPDATE users SET failed_logins = failed_logins + 1, locked_until = \(bind: lockUntil.map(Timestamp.string))
                WHERE id = \(bind: userID.uuidString)
                """).run()
        }
    }

    public func recordSuccessfulLogin(userID: UUID) async throws {
        try await database.write { sql in
            try await sql.raw("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = \(bind: userID.uuidString)").run()
        }
    }

    public func accounts(under units: [String]) async throws -> [Account] {
        try await database.read { sql in
            try await sql.select().columns("id", "username", "display_name", "role", "unit_code").from("users")
                .where("unit_code", .in, units).orderBy("username").all().map(Self.account)
        }
    }

    // MARK: Sessions

    public func createSession(tokenHash: String, userID: UUID, kind: String, csrfToken: String, now: Date, expiresAt: Date) async throws {
        try await database.write { sql in
            try await sql.insert(into: "auth_sessions")
                .columns("token_hash", "user_id", "kind", "csrf_token", "created_at", "expires_at")
                .values(SQLBind(tokenHash), SQLBind(userID.uuidString), SQLBind(kind), SQLBind(csrfToken),
                        SQLBind(Timestamp.string(now)), SQLBind(Timestamp.string(expiresAt)))
                .run()
        }
    }

    /// The live session for a token hash; expired sessions and disabled accounts give nil.
    public func session(tokenHash: String, now: Date) async throws -> Session? {
        try await database.read { sql in
            guard let row = try await sql.raw("""
                SELECT u.id, u.username, u.display_name, u.role, u.unit_code, s.csrf_token, s.expires_at, s.kind, s.created_at
                FROM auth_sessions s JOIN users u ON u.id = s.user_id
                WHERE s.token_hash = \(bind: tokenHash) AND u.disabled = 0 AND s.expires_at > \(bind: Timestamp.string(now))
                """).first() else { return nil }
            return Session(account: try Self.account(row), csrfToken: try row.decode(column: "csrf_token", as: String.self),
                           expiresAt: Timestamp.date(try row.decode(column: "expires_at", as: String.self)) ?? now,
                           kind: try row.decode(column: "kind", as: String.self),
                           createdAt: Timestamp.date(try row.decode(column: "created_at", as: String.self)))
        }
    }

    /// Moves a live session's end (the idle limit slides forward while the session is used).
    public func extendSession(tokenHash: String, until: Date) async throws {
        try await database.write { sql in
            try await sql.update("auth_sessions").set("expires_at", to: SQLBind(Timestamp.string(until)))
                .where("token_hash", .equal, tokenHash).run()
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await database.write { sql in
            try await sql.delete(from: "auth_sessions").where("token_hash", .equal, tokenHash).run()
        }
    }

    static func account(_ row: any SQLRow) throws -> Account {
        guard let id = UUID(uuidString: try row.decode(column: "id", as: String.self)),
              let role = Role(rawValue: try row.decode(column: "role", as: String.self)) else {
            throw StoreError.unexpectedRow("users")
        }
        return Account(id: id, username: try row.decode(column: "username", as: String.self),
                       displayName: try row.decode(column: "display_name", as: String.self), role: role,
                       unitCode: try row.decode(column: "unit_code", as: String.self))
    }
}

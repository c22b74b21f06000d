import Foundation
import SQLKit

/// Appending to the hash chain of the access log. The chain is ordered by `seq`; each entry stores the hash of the
/// one before (`prev_hash`) and `hash` = SHA-256 over that and its own fields (`AccessLogRecord`). The single row of
/// `access_log_head` holds the last chained entry's `seq` and `hash`.
///
/// One appender at a time: SQLite has a single writer; on PostgreSQL the appender locks the head row
/// (`SELECT … FOR UPDATE`) before it reads the last hash, and holds the lock until its transaction ends. The head row
/// has to be updated in the same transaction anyway, so locking it earlier costs no extra statement (an advisory lock
/// would), and the identity value `seq` is drawn under the lock, so `seq` order is chain order. Appends come last in
/// their transactions, so a holder of the lock never waits for another lock and no deadlock can form.
///
/// Entries past the head (written before the chain existed, or copied from another store, with another store's
/// hashes or none) are sealed onto the chain by the next append or verification, in `seq` order.
enum AccessLogChain {
    struct Head: Sendable, Equatable {
        var seq: Int
        var hash: String
    }

    /// Rows sealed per read while catching up with entries past the head.
    static let sealBatch = 1_000

    static func isPostgres(_ sql: any SQLDatabase) -> Bool {
        sql.dialect.name == "postgresql"
    }

    /// Appends `record` after the current head, inside the caller's transaction.
    static func append(_ record: AccessLogRecord, _ sql: any SQLDatabase) async throws {
        let (locked, behind) = try await lockHead(sql)
        let head = behind ? try await seal(after: locked, sql) : locked
        let hash = record.hash(after: head.hash)
        let row = try await sql.raw("""
            INSERT INTO access_log (at, user_id, username, action, subject, unit_code, client, detail, prev_hash, hash)
            VALUES (\(bind: record.at), \(bind: record.userID), \(bind: record.username), \(bind: record.action),
                    \(bind: record.subject), \(bind: record.unitCode), \(bind: record.client), \(bind: record.detail),
                    \(bind: head.hash), \(bind: hash))
            RETURNING seq
            """).first()
        guard let seq = try row?.integer("seq") else { throw StoreError.unexpectedRow("access_log insert returned no seq") }
        try await setHead(Head(seq: seq, hash: hash), sql)
    }

    /// The head, locked until the transaction ends on PostgreSQL, and whether entries lie past it.
    static func lockHead(_ sql: any SQLDatabase) async throws -> (Head, behind: Bool) {
        let lock: SQLQueryString = isPostgres(sql) ? " FOR UPDATE" : ""
        guard let row = try await sql.raw("""
            SELECT h.seq, h.hash, CASE WHEN EXISTS (SELECT 1 FROM access_log l WHERE l.seq > h.seq) THEN 1 ELSE 0 END AS behind
            FROM access_log_head h WHERE h.id = 1\(lock)
            """).first() else { throw AccessLogChainError.headMissing }
        return (Head(seq: try row.integer("seq"), hash: try row.text("hash")), try row.integer("behind") == 1)
    }

    /// The head without a lock (for readers).
    static func head(_ sql: any SQLDatabase) async throws -> Head? {
        try await sql.raw("SELECT seq, hash FROM access_log_head WHERE id = 1").first().map {
            Head(seq: try $0.integer("seq"), hash: try $0.text("hash"))
        }
    }

    /// Chains every entry past `head`, oldest first, and moves the head to the last of them. Runs under the head lock.
    static func seal(after head: Head, _ sql: any SQLDatabase) async throws -> Head {
        var head = head
        while true {
            let rows = try await sql.raw("""
                SELECT seq, \(unsafeRaw: AccessLogRecord.columns.joined(separator: ", ")) FROM access_log
                WHERE seq > \(bind: head.seq) ORDER BY seq LIMIT \(unsafeRaw: String(sealBatch))
                """).all()
            for row in rows {
                let seq = try row.integer("seq")
                let hash = try AccessLogRecord(row).hash(after: head.hash)
                try await sql.raw("UPDATE access_log SET prev_hash = \(bind: head.hash), hash = \(bind: hash) WHERE seq = \(bind: seq)").run()
                head = Head(seq: seq, hash: hash)
            }
            if rows.count < sealBatch { break }
        }
        try await setHead(head, sql)
        return head
    }

    static func setHead(_ head: Head, _ sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE access_log_head SET seq = \(bind: head.seq), hash = \(bind: head.hash) WHERE id = 1").run()
    }
}

/// The chain cannot be appended to.
enum AccessLogChainError: Error, CustomStringConvertible {
    /// The `access_log_head` row is gone: appending would start a new chain and hide what came before.
    case headMissing

    var description: String {
        switch self {
        case .headMissing: return "the access log's head row (access_log_head, id 1) is missing; run `hocvuso audit verify`"
        }
    }
}

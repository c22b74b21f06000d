import Foundation
import Logging
import NIOCore
import PostgresNIO
import SQLKit
import SQLiteNIO

/// A write transaction that can append many rows through each engine's fastest door: multi-row INSERTs prepared
/// once per chunk size on SQLite, `COPY … FROM STDIN` on PostgreSQL. Everything else goes through `sql`, in the
/// same transaction.
public struct BulkSession: Sendable {
    enum Connection: Sendable {
        case sqlite(SQLiteConnection)
        case postgres(PostgresConnection, Logger)
    }

    public let sql: any SQLDatabase
    let connection: Connection

    /// Appends `rows` (each with one value per column) to `table`.
    public func append(_ table: String, columns: [String], rows: [[BulkValue]]) async throws {
        guard !rows.isEmpty else { return }
        switch connection {
        case .sqlite(let connection):
            try await Self.insert(table, columns: columns, rows: rows, on: connection)
        case .postgres(let connection, let logger):
            try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                var text = ""
                text.reserveCapacity(1 << 17)
                for row in rows {
                    for (index, value) in row.enumerated() {
                        if index > 0 { text += "\t" }
                        value.appendCopyText(to: &text)
                    }
                    text += "\n"
                    if text.utf8.count >= 1 << 16 {
                        try await writer.write(ByteBuffer(string: text))
                        text.removeAll(keepingCapacity: true)
                    }
                }
                if !text.isEmpty { try await writer.write(ByteBuffer(string: text)) }
            }
        }
    }

    /// SQLite allows 32,766 variables per statement: rows go in chunks that stay under it, each chunk one statement.
    private static func insert(_ table: String, columns: [String], rows: [[BulkValue]], on connection: SQLiteConnection) async throws {
        let perStatement = max(1, 30_000 / columns.count)
        let head = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let fullStatement = head + Array(repeating: tuple, count: perStatement).joined(separator: ",")
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            let statement = end - start == perStatement
                ? fullStatement : head + Array(repeating: tuple, count: end - start).joined(separator: ",")
            var binds: [SQLiteData] = []
            binds.reserveCapacity((end - start) * columns.count)
            for row in rows[start..<end] {
                for value in row { binds.append(value.sqlite) }
            }
            _ = try await connection.query(statement, binds)
            start = end
        }
    }

    /// Runs `body` with the secondary indexes of `table` dropped and rebuilds them afterwards, in the same
    /// transaction — but only when the table is empty (a first import), where building an index once from sorted
    /// rows beats updating it row by row. A unique index that the new rows would break fails the rebuild, which
    /// rolls the whole transaction back with the indexes in place.
    public func deferringIndexes<T: Sendable>(of table: String, _ body: () async throws -> T) async throws -> T {
        let empty = try await sql.raw("SELECT 1 AS one FROM \(unsafeRaw: table) LIMIT 1").all().isEmpty
        guard empty else { return try await body() }
        let indexes = try await secondaryIndexes(of: table)
        for index in indexes {
            try await sql.raw("DROP INDEX \(unsafeRaw: index.name)").run()
        }
        let result = try await body()
        for index in indexes {
            try await sql.raw(SQLQueryString(index.definition)).run()
        }
        return result
    }

    /// The indexes of `table` that were created by `CREATE INDEX` (not those backing the primary key).
    private func secondaryIndexes(of table: String) async throws -> [(name: String, definition: String)] {
        switch connection {
        case .sqlite:
            return try await sql.raw("""
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = \(bind: table) AND sql IS NOT NULL
                ORDER BY name
                """).all().map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "sql", as: String.self)) }
        case .postgres:
            return try await sql.raw("""
                SELECT indexname, indexdef FROM pg_indexes
                WHERE schemaname = current_schema() AND tablename = \(bind: table)
                  AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = \(bind: table)::regclass)
                ORDER BY indexname
                """).all().map { (try $0.decode(column: "indexname", as: String.self), try $0.decode(column: "indexdef", as: String.self)) }
        }
    }
}

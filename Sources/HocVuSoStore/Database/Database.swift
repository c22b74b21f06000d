import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import PostgresNIO
import SQLKit
import SQLiteKit
import SQLiteNIO

/// One SQLKit door to either engine. The rest of the store writes its SQL once against `any SQLDatabase`
/// and asks `dialect` only where the two engines really differ (column types, collations).
public final class Database: Sendable {
    public enum Engine: String, Sendable {
        case sqlite
        case postgres
    }

    public let engine: Engine
    public let location: DatabaseLocation
    private let backend: Backend
    let logger: Logger

    private enum Backend: Sendable {
        case sqlite(writer: ConnectionPool<SQLiteConnection>, readers: ConnectionPool<SQLiteConnection>)
        case postgres(client: PostgresClient, runner: Task<Void, Never>)
    }

    private init(engine: Engine, location: DatabaseLocation, backend: Backend, logger: Logger) {
        self.engine = engine
        self.location = location
        self.backend = backend
        self.logger = logger
    }

    public var dialect: Dialect { Dialect(engine: engine) }

    /// Opens the database (creating an SQLite file and its folder if needed). Does not migrate.
    public static func open(_ location: DatabaseLocation, readers: Int = 4, logger: Logger) async throws -> Database {
        switch location {
        case .sqlite(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let writer = try await openSQLite(path: path, logger: logger)
            try await writer.sql().raw("PRAGMA journal_mode=WAL").run()
            // The writer keeps more pages in memory: bulk writes (imports, demo data) touch many index pages.
            try await writer.sql().raw("PRAGMA cache_size=-65536").run()
            var readerConnections: [SQLiteConnection] = []
            for _ in 0..<max(1, readers) {
                readerConnections.append(try await openSQLite(path: path, logger: logger))
            }
            return Database(
                engine: .sqlite, location: location,
                backend: .sqlite(writer: ConnectionPool([writer]), readers: ConnectionPool(readerConnections)),
                logger: logger)
        case .postgres(let url):
            let configuration = PostgresClient.Configuration(
                host: url.host, port: url.port, username: url.username, password: url.password,
                database: url.database, tls: .disable)
            let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
            let runner = Task { await client.run() }
            let database = Database(engine: .postgres, location: location,
                                    backend: .postgres(client: client, runner: runner), logger: logger)
            // Fail now, with the server's reason, rather than on the first request.
            try await database.read { try await $0.raw("SELECT 1").run() }
            return database
        }
    }

    private static func openSQLite(path: String, logger: Logger) async throws -> SQLiteConnection {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
        let sql = connection.sql(queryLogLevel: nil)
        // Durable by default: a recorded write survives a killed process and a power cut.
        for pragma in ["PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000",
                       "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16000"] {
            try await sql.raw(SQLQueryString(pragma)).run()
        }
        return connection
    }

    /// Runs `body` on a read connection (a snapshot of committed data on SQLite).
    public func read<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        switch backend {
        case .sqlite(_, let readers):
            return try await readers.with { try await body($0.sql(queryLogLevel: nil)) }
        case .postgres(let client, _):
            return try await client.withConnection { try await body($0.sql(queryLogLevel: nil)) }
        }
    }

    /// Runs `body` in one transaction: everything it writes is committed together, or nothing is.
    public func write<T: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        switch backend {
        case .sqlite(let writer, _):
            return try await writer.with { connection in
                try await Self.transaction(connection.sql(queryLogLevel: nil), begin: "BEGIN IMMEDIATE", body)
            }
        case .postgres(let client, _):
            return try await client.withConnection { connection in
                try await Self.transaction(connection.sql(queryLogLevel: nil), begin: "BEGIN", body)
            }
        }
    }

    /// Like `write`, with the engine's connection at hand for bulk appends (`BulkSession`).
    public func bulkWrite<T: Sendable>(_ body: @Sendable (BulkSession) async throws -> T) async throws -> T {
        switch backend {
        case .sqlite(let writer, _):
            return try await writer.with { connection in
                try await Self.transaction(connection.sql(queryLogLevel: nil), begin: "BEGIN IMMEDIATE") { sql in
                    try await body(BulkSession(sql: sql, connection: .sqlite(connection)))
                }
            }
        case .postgres(let client, _):
            let logger = logger
            return try await client.withConnection { connection in
                try await Self.transaction(connection.sql(queryLogLevel: nil), begin: "BEGIN") { sql in
                    try await body(BulkSession(sql: sql, connection: .postgres(connection, logger)))
                }
            }
        }
    }

    private static func transaction<T>(_ sql: any SQLDatabase, begin: String,
                                       _ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await sql.raw(SQLQueryString(begin)).run()
        do {
            let result = try await body(sql)
            try await sql.raw("COMMIT").run()
            return result
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }

    public func close() async {
        switch backend {
        case .sqlite(let writer, let readers):
            for connection in writer.all + readers.all {
                try? await connection.close()
            }
        case .postgres(_, let runner):
            runner.cancel()
        }
    }
}

/// The few places where SQLite and PostgreSQL need different SQL.
public struct Dialect: Sendable {
    public let engine: Database.Engine

    /// A text column that sorts by bytes, so sort keys order the same on both engines.
    public var binaryText: String {
        engine == .postgres ? "TEXT COLLATE \"C\"" : "TEXT"
    }

    /// An auto-numbered primary key column.
    public var serialPrimaryKey: String {
        engine == .postgres ? "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"
    }
}

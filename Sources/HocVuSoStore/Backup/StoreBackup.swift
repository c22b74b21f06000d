import Foundation
import Logging
import SQLKit

/// `hocvuso backup`: a consistent copy of a running store, taken online while the server keeps writing.
///
/// - SQLite: `VACUUM INTO` on a read connection. It copies the database inside one read transaction, so the copy is
///   exactly the last commit before it started (WAL mode lets the writer go on meanwhile), it needs no lock on the
///   writer, and the copy comes out compacted and self-contained (no -wal file). The online backup API would give the
///   same snapshot only if no write happens during the copy, or by restarting the copy after each one, which never
///   ends under steady write load. Row counts are then read from the copy itself, so they describe the same snapshot.
/// - PostgreSQL: a REPEATABLE READ transaction exports its snapshot; the row counts are read in it and
///   `pg_dump --format=custom --snapshot=…` dumps the very same snapshot while the transaction stays open.
public enum StoreBackup {
    public static func backup(_ location: DatabaseLocation, to path: String, logger: Logger) async throws -> BackupManifest {
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupError.outputExists(path) }
        let payload = path + ".payload-\(UUID().uuidString)"
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: payload + suffix) }
        }
        let snapshot: (migrations: [String], tables: [String: Int])
        switch location {
        case .sqlite(let source):
            guard FileManager.default.fileExists(atPath: source) else { throw BackupError.noStore(source) }
            snapshot = try await sqlite(source, to: payload, logger: logger)
        case .postgres(let url):
            snapshot = try await postgres(url, to: payload, logger: logger)
        }
        let digest = try BackupFile.digest(payload)
        let manifest = BackupManifest(format: BackupManifest.currentFormat, engine: location.engine.rawValue, createdAt: Date(),
                                      migrations: snapshot.migrations, tables: snapshot.tables,
                                      payloadBytes: digest.bytes, payloadSHA256: digest.sha256)
        try BackupFile.write(manifest, payload: payload, to: path)
        return manifest
    }

    private static func sqlite(_ source: String, to payload: String,
                               logger: Logger) async throws -> (migrations: [String], tables: [String: Int]) {
        let database = try await Database.open(.sqlite(path: source), readers: 1, logger: logger)
        do {
            try await database.read { try await $0.raw("VACUUM INTO \(bind: payload)").run() }
            await database.close()
        } catch {
            await database.close()
            throw error
        }
        let copy = try await Database.open(.sqlite(path: payload), readers: 1, logger: logger)
        do {
            let snapshot = try await copy.read { sql in
                (try await StoreTables.migrations(sql, engine: .sqlite), try await StoreTables.counts(sql, engine: .sqlite))
            }
            await copy.close()
            return snapshot
        } catch {
            await copy.close()
            throw error
        }
    }

    private static func postgres(_ url: PostgresURL, to payload: String,
                                 logger: Logger) async throws -> (migrations: [String], tables: [String: Int]) {
        let database = try await Database.open(.postgres(url), logger: logger)
        do {
            let tools = PostgresTools(url: url)
            let snapshot = try await database.read { sql in
                try await sql.raw("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").run()
                do {
                    let name = try await sql.raw("SELECT pg_export_snapshot() AS s").first()?.text("s") ?? ""
                    let migrations = try await StoreTables.migrations(sql, engine: .postgres)
                    let counts = try await StoreTables.counts(sql, engine: .postgres)
                    try await tools.run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--snapshot=\(name)",
                                                    "--file=\(payload)", "--dbname=\(tools.uri())"])
                    try await sql.raw("COMMIT").run()
                    return (migrations, counts)
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    throw error
                }
            }
            await database.close()
            return snapshot
        } catch {
            await database.close()
            throw error
        }
    }
}

extension DatabaseLocation {
    var engine: Database.Engine {
        if case .postgres = self { return .postgres }
        return .sqlite
    }
}

import Foundation
import Logging
import SQLKit

/// `hocvuso restore`: puts a backup in place of a store, all or nothing. The payload is restored beside the target
/// (a temporary SQLite file in the same folder, or a temporary PostgreSQL database on the same server), checked there
/// (schema steps, every table's row count, the live counters against the raw rows), and only then swapped in.
/// Whatever fails before the swap leaves the target exactly as it was.
public enum StoreRestore {
    public struct Report: Sendable {
        public var manifest: BackupManifest
        /// Whether the target held data that the backup replaced.
        public var replaced: Bool
    }

    public static func restore(from path: String, to location: DatabaseLocation, replace: Bool,
                               logger: Logger) async throws -> Report {
        let (manifest, _) = try BackupFile.manifest(path)
        guard manifest.engine == location.engine.rawValue else {
            throw BackupError.wrongEngine(backup: manifest.engine, target: location.engine.rawValue)
        }
        let known = Set(Migrator.all.map(\.name))
        let unknown = manifest.migrations.filter { !known.contains($0) }
        guard unknown.isEmpty else { throw BackupError.newerSchema(unknown) }
        switch location {
        case .sqlite(let target):
            return try await SQLiteRestore(backup: path, target: target, replace: replace, logger: logger).run()
        case .postgres(let url):
            return try await PostgresRestore(backup: path, url: url, replace: replace, logger: logger).run()
        }
    }

    /// What is wrong with a restored copy: a schema or a row count that differs from the manifest, or a counter
    /// that differs from the raw rows. Empty when the copy is the backup.
    static func check(_ database: Database, against manifest: BackupManifest) async throws -> [String] {
        let (migrations, counts) = try await database.read { sql in
            (try await StoreTables.migrations(sql, engine: database.engine), try await StoreTables.counts(sql, engine: database.engine))
        }
        var problems: [String] = []
        if migrations != manifest.migrations {
            problems.append("schema \(migrations.last ?? "-") ≠ \(manifest.schemaVersion)")
        }
        for table in Set(counts.keys).union(manifest.tables.keys).sorted() where counts[table] != manifest.tables[table] {
            problems.append("\(table): \(counts[table] ?? 0) ≠ \(manifest.tables[table] ?? 0)")
        }
        if manifest.tables["rollups"] != nil {
            problems += try await RollupStore(database).verify().prefix(10).map { "rollup \($0)" }
        }
        return problems
    }
}

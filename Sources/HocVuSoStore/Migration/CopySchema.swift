import HocVuSoCore
import SQLKit

/// The tables to copy: discovered from the SQLite source (`sqlite_master`, `PRAGMA table_info`, `PRAGMA index_list`),
/// with the column types of the PostgreSQL target (`information_schema.columns`).
enum CopySchema {
    /// Not copied: the migration record (each store keeps its own), the live counters (rebuilt from the raw rows on
    /// the target afterwards) and login sessions (a session of one server must not log in on another; everyone
    /// signs in again on the province server).
    static let skipped: Set<String> = ["schema_migrations", "rollups", "auth_sessions", "access_log_head"]
    /// Each store chains its own access log: copied entries arrive unchained and the target's next append seals them.
    static let skippedColumns: Set<String> = ["access_log.prev_hash", "access_log.hash"]

    static func load(source: Database, target: Database) async throws -> [CopyTable] {
        let targetColumns = try await targetColumns(target)
        let sourceTables = try await source.read { sql in
            try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
                .all().map { try $0.text("name") }
        }
        var tables: [CopyTable] = []
        for name in sourceTables where !skipped.contains(name) {
            guard let columns = targetColumns[name] else {
                throw StoreCopyError.schemaMismatch(Strings.migrateTableMissing(name))
            }
            tables.append(try await table(name, source: source, target: columns))
        }
        return tables
    }

    private struct TargetColumn: Sendable {
        var kind: CopyColumnKind
        var isIdentity: Bool
    }

    private static func targetColumns(_ target: Database) async throws -> [String: [String: TargetColumn]] {
        try await target.read { sql in
            var tables: [String: [String: TargetColumn]] = [:]
            for row in try await sql.raw("""
                SELECT table_name, column_name, data_type, is_identity, column_default FROM information_schema.columns
                WHERE table_schema = current_schema()
                """).all() {
                let isIdentity = try row.text("is_identity") == "YES"
                    || (try row.optionalText("column_default") ?? "").hasPrefix("nextval(")
                tables[try row.text("table_name"), default: [:]][try row.text("column_name")] =
                    TargetColumn(kind: CopyColumnKind(postgresType: try row.text("data_type")), isIdentity: isIdentity)
            }
            return tables
        }
    }

    private static func table(_ name: String, source: Database,
                              target: [String: TargetColumn]) async throws -> CopyTable {
        try await source.read { sql in
            var columns: [String] = [], kinds: [CopyColumnKind] = [], primaryKey: [(Int, String)] = []
            var identity: String?
            for row in try await sql.raw("PRAGMA table_info(\(ident: name))").all() {
                let column = try row.text("name")
                if skippedColumns.contains("\(name).\(column)") { continue }
                guard let targetColumn = target[column] else {
                    throw StoreCopyError.schemaMismatch(Strings.migrateColumnMissing(table: name, column: column))
                }
                let position = try row.integer("pk")
                if targetColumn.isIdentity {
                    identity = column
                    continue
                }
                if position > 0 { primaryKey.append((position, column)) }
                columns.append(column)
                kinds.append(targetColumn.kind)
            }
            var uniqueKeys: [[String]] = []
            for index in try await sql.raw("PRAGMA index_list(\(ident: name))").all()
            where try index.integer("unique") == 1 && index.integer("partial") == 0 && index.text("origin") != "pk" {
                let keyColumns = try await sql.raw("PRAGMA index_info(\(ident: try index.text("name")))").all()
                    .map { (try $0.integer("seqno"), try $0.text("name")) }.sorted { $0.0 < $1.0 }.map(\.1)
                uniqueKeys.append(keyColumns)
            }
            return CopyTable(name: name, columns: columns, kinds: kinds,
                             primaryKey: identity == nil ? primaryKey.sorted { $0.0 < $1.0 }.map(\.1) : [],
                             uniqueKeys: identity == nil ? uniqueKeys : [], identityColumn: identity)
        }
    }
}

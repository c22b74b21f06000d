import SQLKit

/// The tables of a store as they are: names, row counts, applied migrations, and each row as text (for checksums).
/// Every function reads through the `sql` it is given, so a caller holding one snapshot gets consistent figures.
public enum StoreTables {
    /// Tables whose rows mean someone has used the store (seeded units, categories and courses do not count).
    static let content = ["users", "residents", "households", "support_sessions", "events", "teams",
                          "learning_records", "documents"]

    public static func names(_ sql: any SQLDatabase, engine: Database.Engine) async throws -> [String] {
        let query: SQLQueryString = engine == .sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT CAST(table_name AS TEXT) AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"
        return try await sql.raw(query).all().map { try $0.text("name") }
    }

    public static func counts(_ sql: any SQLDatabase, engine: Database.Engine) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in try await names(sql, engine: engine) {
            counts[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.integer("n") ?? 0
        }
        return counts
    }

    /// The applied migration steps, in the order they were applied (empty for a database that is not a store).
    static func migrations(_ sql: any SQLDatabase, engine: Database.Engine) async throws -> [String] {
        guard try await names(sql, engine: engine).contains("schema_migrations") else { return [] }
        let applied = try await sql.raw("SELECT name FROM schema_migrations").all().map { try $0.text("name") }
        let order = Dictionary(uniqueKeysWithValues: Migrator.all.enumerated().map { ($1.name, $0) })
        return applied.sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
    }

    /// Whether the store holds anything someone entered (accounts, residents, sessions…).
    static func holdsData(_ sql: any SQLDatabase, engine: Database.Engine) async throws -> Bool {
        let present = Set(try await names(sql, engine: engine))
        for table in content where present.contains(table) {
            if try await sql.raw("SELECT 1 AS one FROM \(ident: table) LIMIT 1").first() != nil { return true }
        }
        return false
    }

    /// Every row of `table` rendered as one line of text (column values quoted the engine's way), unordered.
    public static func rowTexts(_ table: String, _ sql: any SQLDatabase, engine: Database.Engine) async throws -> [String] {
        switch engine {
        case .postgres:
            return try await sql.raw("SELECT CAST(t AS TEXT) AS r FROM \(ident: table) t").all().map { try $0.text("r") }
        case .sqlite:
            let columns = try await sql.raw("PRAGMA table_info(\(ident: table))").all().map { try $0.text("name") }
            let expression = columns.map { "quote(\"\($0)\")" }.joined(separator: " || '|' || ")
            return try await sql.raw("SELECT \(unsafeRaw: expression) AS r FROM \(ident: table)").all().map { try $0.text("r") }
        }
    }
}

import SQLKit

/// Copies one table into the target, in one transaction, in multi-row INSERTs. A row whose key the target already
/// has is left as it is (`ON CONFLICT DO NOTHING`): a re-run copies nothing and never overwrites.
struct TableCopier: Sendable {
    let source: CopySource
    let target: Database
    let batchSize: Int
    let progress: @Sendable (CopyProgress) -> Void

    /// Returns the rows inserted.
    func copy(_ table: CopyTable, total: Int) async throws -> Int {
        let size = table.batchSize(batchSize)
        let source = self.source, progress = self.progress
        return try await target.write { sql in
            let present = table.isKeyedByContent ? try await ContentCounts.load(table, sql) : ContentCounts()
            var seen = ContentCounts()
            var done = 0, copied = 0
            try await source.forEachBatch(table, size: size) { rows in
                let missing = table.isKeyedByContent ? rows.filter { seen.add($0) > present.count($0) } : rows
                if !missing.isEmpty {
                    copied += try await Self.insert(missing, into: table, sql)
                }
                done += rows.count
                progress(CopyProgress(table: table.name, done: done, rows: rows.count, total: total))
            }
            return copied
        }
    }

    /// One multi-row INSERT; returns the rows the target did not have.
    private static func insert(_ rows: [[CopyValue]], into table: CopyTable, _ sql: any SQLDatabase) async throws -> Int {
        let insert = sql.insert(into: table.name).columns(table.columns)
        for row in rows {
            insert.values(row.map(\.expression))
        }
        guard !table.isKeyedByContent else {
            try await insert.run()
            return rows.count
        }
        return try await insert.ignoringConflicts().returning(SQLLiteral.numeric("1")).all().count
    }
}

/// What a migration is doing, for progress output.
public struct CopyProgress: Sendable {
    public var table: String
    /// Source rows read so far, of `total`.
    public var done: Int
    /// Rows in the batch just written.
    public var rows: Int
    public var total: Int
}

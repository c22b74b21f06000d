import SQLKit

/// After the copy: how many of the source's rows the target holds (by primary key, or by content for a table
/// without a natural key). Every one of them must be there.
struct CopyVerifier: Sendable {
    let source: CopySource
    let target: Database
    let batchSize: Int

    func present(_ table: CopyTable) async throws -> Int {
        let size = table.batchSize(batchSize)
        if table.isKeyedByContent {
            let onTarget = try await target.read { try await ContentCounts.load(table, $0) }
            var seen = ContentCounts(), present = 0
            try await source.forEachBatch(table, size: size) { rows in
                present += rows.filter { seen.add($0) <= onTarget.count($0) }.count
            }
            return present
        }
        let key = table.primaryKey, indexes = table.indexes(of: table.primaryKey)
        var present = 0
        try await source.forEachBatch(table, size: size) { rows in
            let keys = rows.map { row in indexes.map { row[$0] } }
            present += try await target.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table.name) WHERE \(rowValuesIn(key, keys))")
                    .first()?.integer("n") ?? 0
            }
        }
        return present
    }
}

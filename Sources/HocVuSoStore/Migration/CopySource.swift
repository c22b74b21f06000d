import SQLKit
import SQLiteNIO

/// Reads a table of the SQLite source in batches, in rowid order (the order rows were written), converted to the
/// target's column kinds and with the remapped ids applied.
struct CopySource: Sendable {
    let database: Database
    let remaps: CopyRemaps

    func count(_ table: CopyTable) async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table.name)").first()?.integer("n") ?? 0
        }
    }

    /// Calls `body` with each batch of at most `size` rows. Only one batch is in memory at a time.
    func forEachBatch(_ table: CopyTable, size: Int, _ body: ([[CopyValue]]) async throws -> Void) async throws {
        var after = Int64.min
        while true {
            let (rows, last) = try await batch(table, after: after, size: size)
            guard !rows.isEmpty, let last else { return }
            try await body(rows)
            after = last
            if rows.count < size { return }
        }
    }

    private func batch(_ table: CopyTable, after: Int64, size: Int) async throws -> ([[CopyValue]], Int64?) {
        let remaps = self.remaps
        return try await database.read { sql in
            let rows = try await sql.raw("""
                SELECT rowid AS "__rowid", \(idents: table.columns, joinedBy: ", ") FROM \(ident: table.name)
                WHERE rowid > \(bind: after) ORDER BY rowid LIMIT \(literal: size)
                """).all()
            var values: [[CopyValue]] = []
            values.reserveCapacity(rows.count)
            var last: Int64?
            for row in rows {
                last = try row.decode(column: "__rowid", as: Int64.self)
                values.append(try table.columns.indices.map { index in
                    try CopyValue(row.decode(column: table.columns[index], as: RawSQLiteValue.self).data, as: table.kinds[index])
                })
            }
            remaps.apply(&values, in: table)
            return (values, last)
        }
    }
}

/// A column of an SQLite row exactly as stored (SQLiteKit's row decoder hands `SQLiteDataConvertible` types the raw
/// value), so each value can be converted by the target column's kind rather than guessed.
private struct RawSQLiteValue: Decodable, SQLiteDataConvertible {
    let data: SQLiteData

    init?(sqliteData: SQLiteData) {
        data = sqliteData
    }

    var sqliteData: SQLiteData? { data }

    init(from decoder: any Decoder) throws {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "only decoded from SQLite data"))
    }
}

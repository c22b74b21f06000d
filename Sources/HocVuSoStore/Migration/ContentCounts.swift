import SQLKit

/// A multiset of rows by content, for tables without a natural key (the access log, numbered by each server):
/// the source's k-th copy of a row is present when the target holds at least k identical rows. Rows are kept as
/// 64-bit hashes, so a province's log fits in a few tens of megabytes.
struct ContentCounts: Sendable {
    private var counts: [Int: Int] = [:]

    init() {}

    /// Counts `row` once more and returns how many times it has been seen.
    @discardableResult
    mutating func add(_ row: [CopyValue]) -> Int {
        let key = row.hashValue
        let n = counts[key, default: 0] + 1
        counts[key] = n
        return n
    }

    func count(_ row: [CopyValue]) -> Int {
        counts[row.hashValue, default: 0]
    }

    /// Every row of `table` on the target (the copied columns only), read in pages of the auto-numbered key.
    static func load(_ table: CopyTable, _ sql: any SQLDatabase) async throws -> ContentCounts {
        var counts = ContentCounts()
        if let identity = table.identityColumn {
            var after = Int.min
            while true {
                let rows = try await sql.raw("""
                    SELECT \(ident: identity) AS "__seq", \(idents: table.columns, joinedBy: ", ") FROM \(ident: table.name)
                    WHERE \(ident: identity) > \(bind: after) ORDER BY \(ident: identity) LIMIT 10000
                    """).all()
                for row in rows {
                    counts.add(try values(row, table))
                    after = try row.decode(column: "__seq", as: Int.self)
                }
                if rows.count < 10000 { break }
            }
        } else {
            for row in try await sql.raw("SELECT \(idents: table.columns, joinedBy: ", ") FROM \(ident: table.name)").all() {
                counts.add(try values(row, table))
            }
        }
        return counts
    }

    private static func values(_ row: any SQLRow, _ table: CopyTable) throws -> [CopyValue] {
        try table.columns.indices.map { try CopyValue(row, column: table.columns[$0], as: table.kinds[$0]) }
    }
}

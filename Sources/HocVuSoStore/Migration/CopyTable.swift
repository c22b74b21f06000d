import SQLKit

/// One table to copy from an SQLite store to a PostgreSQL store: its columns with the target's kinds, its primary
/// key and its other unique keys (read from the source, whose schema is the same version as the target's).
struct CopyTable: Sendable {
    var name: String
    /// The copied columns, in source order (an auto-numbered column is left out: the target numbers its own rows).
    var columns: [String]
    var kinds: [CopyColumnKind]
    var primaryKey: [String]
    /// Full (not partial) unique indexes other than the primary key.
    var uniqueKeys: [[String]]
    /// The auto-numbered key, if any. Such a table (like one without a primary key) has no natural key: a row is
    /// present when the target holds as many identical rows (every copied column equal) as the source.
    var identityColumn: String?

    var isKeyedByContent: Bool { identityColumn != nil || primaryKey.isEmpty }

    func index(of column: String) -> Int? {
        columns.firstIndex(of: column)
    }

    func indexes(of columns: [String]) -> [Int] {
        columns.compactMap(index(of:))
    }

    func kinds(of columns: [String]) -> [CopyColumnKind] {
        indexes(of: columns).map { kinds[$0] }
    }

    /// Rows per multi-row statement, kept well under PostgreSQL's 65,535 parameters.
    func batchSize(_ preferred: Int) -> Int {
        max(1, min(preferred, 30_000 / max(1, columns.count)))
    }
}

extension Array {
    /// The array in slices of at most `size` elements.
    func slices(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

/// `(a, b) IN (VALUES (…), (…))` for the given key columns and rows of values.
func rowValuesIn(_ columns: [String], _ rows: [[CopyValue]]) -> SQLQueryString {
    let tuples = rows.map { SQLGroupExpression($0.map(\.expression)) }
    return "(\(idents: columns, joinedBy: ", ")) IN (VALUES \(SQLList(tuples)))"
}

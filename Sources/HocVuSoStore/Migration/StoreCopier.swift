import Foundation

/// Copies everything a commune's SQLite store holds into a PostgreSQL store (the province's), safely re-runnable:
///
/// 1. plan (reads only): units, accounts, framework versions and every unique key (a resident's CCCD…) are checked
///    against the target; any conflict stops here with `StoreCopyError.conflicts`, and nothing is written;
/// 2. copy: each table in its own transaction, in multi-row INSERTs that skip the keys the target already has;
/// 3. the target's counters are rebuilt from its raw rows (other communes' counters included);
/// 4. verify: every source row is on the target, and every counter matches the raw rows.
public struct StoreCopier: Sendable {
    let source: Store
    let target: Store
    let batchSize: Int
    let progress: @Sendable (CopyProgress) -> Void

    public init(source: Store, target: Store, batchSize: Int = 500,
                progress: @escaping @Sendable (CopyProgress) -> Void = { _ in }) {
        self.source = source
        self.target = target
        self.batchSize = batchSize
        self.progress = progress
    }

    /// Runs the migration. Throws before writing anything when the stores conflict; otherwise returns the report,
    /// whose `problems` list what verification found (empty when the copy is complete).
    public func run() async throws -> CopyReport {
        guard source.database.engine == .sqlite, target.database.engine == .postgres else {
            throw StoreCopyError.wrongEngines
        }
        let started = Date()
        let tables = try await CopySchema.load(source: source.database, target: target.database)
        let plan = try await CopyPlanner(source: source.database, target: target.database, tables: tables,
                                         batchSize: batchSize).plan()
        guard plan.conflicts.isEmpty else { throw StoreCopyError.conflicts(plan.conflicts) }
        let reader = CopySource(database: source.database, remaps: plan.remaps)
        let copier = TableCopier(source: reader, target: target.database, batchSize: batchSize, progress: progress)
        var results: [CopyReport.Table] = []
        for table in tables {
            let total = try await reader.count(table)
            let copied = try await copier.copy(table, total: total)
            results.append(CopyReport.Table(name: table.name, sourceRows: total, copied: copied,
                                            alreadyPresent: total - copied, presentAfter: 0,
                                            remappedIDs: plan.remaps.count(table.name)))
        }
        let copySeconds = Date().timeIntervalSince(started)
        let counters = try await target.rollups.rebuild()
        let verifier = CopyVerifier(source: reader, target: target.database, batchSize: batchSize)
        for (index, table) in tables.enumerated() {
            results[index].presentAfter = try await verifier.present(table)
        }
        let differences = try await target.rollups.verify()
        return CopyReport(tables: results, countersRebuilt: counters, rollupDifferences: differences,
                          copySeconds: copySeconds, totalSeconds: Date().timeIntervalSince(started))
    }
}

/// What a migration did, table by table, and what verification found.
public struct CopyReport: Sendable {
    public struct Table: Sendable, Equatable {
        public var name: String
        public var sourceRows: Int
        /// Rows written to the target by this run.
        public var copied: Int
        /// Rows the target already had (same key), left untouched.
        public var alreadyPresent: Int
        /// Source rows found on the target after the copy (must equal `sourceRows`).
        public var presentAfter: Int
        /// Source ids rewritten to the target's id for the same thing (an account with the same username…).
        public var remappedIDs: Int
    }

    public var tables: [Table]
    public var countersRebuilt: Int
    public var rollupDifferences: [RollupStore.Difference]
    public var copySeconds: Double
    public var totalSeconds: Double

    public subscript(table: String) -> Table? {
        tables.first { $0.name == table }
    }

    public var rowsRead: Int { tables.reduce(0) { $0 + $1.sourceRows } }
    public var rowsCopied: Int { tables.reduce(0) { $0 + $1.copied } }

    /// What is wrong after the copy; empty when every row is there and every counter matches.
    public var problems: [String] {
        tables.filter { $0.presentAfter != $0.sourceRows }.map {
            "\($0.name): \($0.sourceRows - $0.presentAfter) of \($0.sourceRows) source rows are missing on the target"
        } + rollupDifferences.prefix(20).map { "rollup differs: \($0)" }
    }

    public var isVerified: Bool { problems.isEmpty }
}

import SQLKit

/// Finds source rows whose unique key (other than the primary key) already belongs to a different row on the target:
/// a CCCD held by another resident of the province, a learner's record of a course under another id, and so on.
/// Copying such a row would be silently skipped, so the migration stops instead.
struct UniqueKeyCheck: Sendable {
    let source: CopySource
    let target: Database
    let batchSize: Int

    /// The most conflicts listed; the first ones are enough to act on.
    static let limit = 1000

    func conflicts(in tables: [CopyTable]) async throws -> [CopyConflict] {
        var conflicts: [CopyConflict] = []
        for table in tables where !table.isKeyedByContent {
            let keys = table.uniqueKeys.filter { key in
                !CopyRemaps.rules.contains { $0.table == table.name && $0.naturalKey == key }
            }
            guard !keys.isEmpty else { continue }
            try await source.forEachBatch(table, size: table.batchSize(batchSize)) { rows in
                guard conflicts.count < Self.limit else { return }
                for key in keys {
                    conflicts += try await check(table, key: key, rows: rows)
                }
            }
        }
        return Array(conflicts.prefix(Self.limit))
    }

    private func check(_ table: CopyTable, key: [String], rows: [[CopyValue]]) async throws -> [CopyConflict] {
        let keyIndexes = table.indexes(of: key), primaryIndexes = table.indexes(of: table.primaryKey)
        guard keyIndexes.count == key.count else { return [] }
        // NULLs never collide in a unique index.
        let candidates = rows.filter { row in keyIndexes.allSatisfy { !row[$0].isNull } }
        guard !candidates.isEmpty else { return [] }
        let selected = key + table.primaryKey.filter { !key.contains($0) }
        let selectedKinds = table.kinds(of: selected)
        let existing = try await target.read { sql in
            try await sql.raw("""
                SELECT \(idents: selected, joinedBy: ", ") FROM \(ident: table.name)
                WHERE \(rowValuesIn(key, candidates.map { row in keyIndexes.map { row[$0] } }))
                """).all().map { row in try selected.indices.map { try CopyValue(row, column: selected[$0], as: selectedKinds[$0]) } }
        }
        guard !existing.isEmpty else { return [] }
        // The target row's primary key, by its unique-key values.
        var owners: [[CopyValue]: [CopyValue]] = [:]
        for row in existing {
            owners[Array(row[0..<key.count])] = table.primaryKey.map { row[selected.firstIndex(of: $0)!] }
        }
        var conflicts: [CopyConflict] = []
        for row in candidates {
            let values = keyIndexes.map { row[$0] }
            guard let owner = owners[values], owner != primaryIndexes.map({ row[$0] }) else { continue }
            conflicts.append(Self.conflict(table, key: key, values: values, sourceKey: primaryIndexes.map { row[$0] }, targetKey: owner))
        }
        return conflicts
    }

    private static func conflict(_ table: CopyTable, key: [String], values: [CopyValue], sourceKey: [CopyValue],
                                 targetKey: [CopyValue]) -> CopyConflict {
        if table.name == "residents", key == ["province_code", "cccd"] {
            return .cccd(values[1].display, province: values[0].display,
                         sourceResident: sourceKey.last?.display ?? "", targetResident: targetKey.last?.display ?? "")
        }
        return .uniqueKey(table: table.name, columns: key, values: values.map(\.display))
    }
}

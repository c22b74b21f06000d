import Foundation
import HocVuSoCore
import SQLKit

/// The read-only phase of a migration: finds every conflict between the source and what the target already holds,
/// and the ids to rewrite. Nothing is written, so a migration with conflicts leaves the target unchanged.
struct CopyPlanner: Sendable {
    let source: Database
    let target: Database
    let tables: [CopyTable]
    let batchSize: Int

    struct Plan: Sendable {
        var remaps: CopyRemaps
        var conflicts: [CopyConflict]
    }

    func plan() async throws -> Plan {
        var conflicts = try await unitConflicts()
        var remaps = CopyRemaps()
        for rule in CopyRemaps.rules {
            if let table = tables.first(where: { $0.name == rule.table }) {
                conflicts += try await match(rule, kinds: table.kinds(of: rule.naturalKey), into: &remaps)
            }
        }
        conflicts += try await UniqueKeyCheck(source: CopySource(database: source, remaps: remaps), target: target,
                                              batchSize: batchSize).conflicts(in: tables)
        return Plan(remaps: remaps, conflicts: conflicts)
    }

    /// Units are keyed by their codes: a code the target has must name the same unit (name and parent).
    private func unitConflicts() async throws -> [CopyConflict] {
        let sourceUnits = try await source.read { sql in
            try await sql.raw("SELECT code, name, parent_code FROM units").all().map(UnitIdentity.init)
        }
        var conflicts: [CopyConflict] = []
        for chunk in sourceUnits.slices(500) {
            let codes = chunk.map(\.code)
            let existing = try await target.read { sql in
                try await sql.select().columns("code", "name", "parent_code").from("units").where("code", .in, codes)
                    .all().map(UnitIdentity.init)
            }
            let byCode = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            for unit in chunk {
                if let other = byCode[unit.code], other != unit {
                    conflicts.append(.unit(code: unit.code, source: unit.label, target: other.label))
                }
            }
        }
        return conflicts
    }

    private struct UnitIdentity: Sendable, Equatable {
        var code: String
        var name: String
        var parentCode: String?

        init(_ row: any SQLRow) throws {
            code = try row.text("code")
            name = try row.text("name")
            parentCode = try row.optionalText("parent_code")
        }

        var label: String { Strings.migrateUnitLabel(name: name, parentCode: parentCode) }
    }

    /// Rows of `rule.table` the target holds under another id: the source's id is rewritten to the target's, or a
    /// conflict when the two are not the same thing (an account with another role or unit, a framework version
    /// with other content).
    private func match(_ rule: CopyRemaps.Rule, kinds: [CopyColumnKind],
                       into remaps: inout CopyRemaps) async throws -> [CopyConflict] {
        let columns = [rule.id] + rule.naturalKey + Self.comparedColumns(rule.table)
        let selected = Self.asText(columns)
        let sourceRows = try await source.read { sql in
            try await sql.raw("SELECT \(selected) FROM \(ident: rule.table)").all()
                .map { row in try columns.map { try Self.text(row, $0) } }
        }
        var conflicts: [CopyConflict] = []
        for chunk in sourceRows.slices(500) {
            let keys = chunk.map { Array($0[1...rule.naturalKey.count]) }
            let targetRows = try await target.read { sql in
                try await sql.raw("""
                    SELECT \(selected) FROM \(ident: rule.table)
                    WHERE \(rowValuesIn(rule.naturalKey, keys.map { Self.keyValues($0, kinds) }))
                    """).all().map { row in try columns.map { try Self.text(row, $0) } }
            }
            let byKey = Dictionary(targetRows.map { (Array($0[1...rule.naturalKey.count]), $0) }, uniquingKeysWith: { a, _ in a })
            for row in chunk {
                guard let other = byKey[Array(row[1...rule.naturalKey.count])] else { continue }
                if let conflict = Self.conflict(rule.table, source: row, target: other) {
                    conflicts.append(conflict)
                } else {
                    remaps.add(rule, from: row[0], to: other[0])
                }
            }
        }
        return conflicts
    }

    /// Columns that must agree for two rows with the same natural key to be the same thing.
    private static func comparedColumns(_ table: String) -> [String] {
        switch table {
        case "users": return ["role", "unit_code"]
        case "frameworks": return ["content"]
        default: return []
        }
    }

    /// Rows are [id, natural key…, compared columns…] as text.
    private static func conflict(_ table: String, source: [String], target: [String]) -> CopyConflict? {
        switch table {
        case "users":
            guard source[2] != target[2] || source[3] != target[3] else { return nil }
            return .account(username: source[1], source: Strings.migrateAccountLabel(role: source[2], unit: source[3]),
                            target: Strings.migrateAccountLabel(role: target[2], unit: target[3]))
        case "frameworks":
            guard !sameFramework(source[3], target[3]) else { return nil }
            return .framework(key: source[1], version: Int(source[2]) ?? 0)
        default:
            return nil
        }
    }

    private static func sameFramework(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let first = try? SkillsFramework.decode(Data(a.utf8)), let second = try? SkillsFramework.decode(Data(b.utf8)) else {
            return false
        }
        return first == second
    }

    /// The columns cast to text by the database (a framework's version is an integer), for comparing and messages.
    private static func asText(_ columns: [String]) -> SQLQueryString {
        columns.map { "CAST(\(ident: $0) AS TEXT) AS \(ident: $0)" as SQLQueryString }.joined(separator: ", ")
    }

    private static func text(_ row: any SQLRow, _ column: String) throws -> String {
        try row.decode(column: column, as: String?.self) ?? ""
    }

    /// Natural-key values bound with their columns' types (a framework's version is an integer).
    private static func keyValues(_ texts: [String], _ kinds: [CopyColumnKind]) -> [CopyValue] {
        zip(texts, kinds).map { text, kind in kind == .integer ? .integer(Int(text) ?? 0) : .text(text) }
    }
}

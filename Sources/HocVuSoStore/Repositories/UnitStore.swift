import Foundation
import HocVuSoCore
import SQLKit

/// Provinces, communes and villages: the official catalogue, villages a commune creates, and their name history.
public struct UnitStore: Sendable {
    let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    /// The official list of provinces and communes shipped with the product (no database needed).
    public static func officialUnits() throws -> [AdminUnit] {
        guard let url = Bundle.module.url(forResource: "vn-admin-units-2025", withExtension: "csv", subdirectory: "Resources") else {
            throw StoreError.unexpectedRow("the official unit list is missing from the build")
        }
        return try OfficialUnitCatalog.parse(csv: String(contentsOf: url, encoding: .utf8))
    }

    /// Loads the official list shipped with the product. Safe to run on every start: known codes are left alone.
    public func seedOfficialUnits() async throws -> Int {
        let units = try Self.officialUnits()
        let existing = try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM units WHERE level <> 'village'").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        guard existing < units.count else { return 0 }
        try await database.write { sql in
            for chunk in units.chunked(200) {
                let insert = sql.insert(into: "units")
                    .columns(unitColumns)
                for unit in chunk {
                    insert.values(unitRow(unit))
                }
                try await insert.ignoringConflicts(with: ["code"]).run()
            }
        }
        return units.count
    }

    private var unitColumns: [String] {
        ["code", "level", "type", "name", "name_fold", "sort_key", "parent_code", "province_code", "status", "valid_from"]
    }

    private func unitRow(_ unit: AdminUnit) -> [any SQLExpression] {
        [SQLBind(unit.code), SQLBind(unit.level.rawValue), SQLBind(unit.type), SQLBind(unit.name),
         SQLBind(VietnameseText.fold(unit.name)), SQLBind(VietnameseCollation.sortKey(text: unit.name)),
         SQLBind(unit.parentCode), SQLBind(unit.provinceCode), SQLBind(unit.status.rawValue), SQLBind(unit.validFrom.iso)]
    }

    public func all() async throws -> [AdminUnit] {
        try await database.read { sql in
            // Provinces and communes in name order; villages in the order of the codes their commune gave them.
            let units = try await sql.raw("SELECT code, level, type, name, parent_code, province_code, status, valid_from, valid_to FROM units ORDER BY sort_key, code")
                .all().map(UnitRow.decode)
            return units.filter { $0.level != .village } + units.filter { $0.level == .village }.sorted { $0.code < $1.code }
        }
    }

    public func directory() async throws -> UnitDirectory {
        UnitDirectory(try await all())
    }

    /// Creates a village under a commune with the next free code (`11131-01`, `11131-02` …).
    public func createVillage(communeCode: String, name: String, type: String, validFrom: CivilDate) async throws -> AdminUnit {
        let name = VietnameseText.normalize(name)
        try VillageRules.check(name: name, type: type)
        return try await database.write { sql in
            let commune = try await UnitRow.fetch(communeCode, sql)
            guard commune.level == .commune else {
                throw DomainError(.invalid, code: "village.parent", message: Strings.villagesOnlyUnderCommune)
            }
            try await ensureNameFree(name, communeCode: communeCode, except: nil, sql)
            let codes = try await sql.raw("SELECT code FROM units WHERE parent_code = \(bind: communeCode)").all()
                .map { try $0.decode(column: "code", as: String.self) }
            let village = AdminUnit(code: VillageRules.nextCode(commune: communeCode, existing: codes), level: .village,
                               type: type, name: name, parentCode: communeCode, provinceCode: commune.provinceCode,
                               validFrom: validFrom)
            try await sql.insert(into: "units")
                .columns(unitColumns)
                .values(unitRow(village)).run()
            try await appendHistory(village, sql)
            return village
        }
    }

    /// Renames a village (or changes its type) from `effective` on, keeping the old name in the history.
    public func renameVillage(code: String, name: String, type: String, effective: CivilDate) async throws -> AdminUnit {
        let name = VietnameseText.normalize(name)
        try VillageRules.check(name: name, type: type)
        return try await database.write { sql in
            var village = try await UnitRow.fetch(code, sql)
            try VillageRules.checkOpen(village, effective: effective)
            try await ensureNameFree(name, communeCode: village.parentCode ?? "", except: code, sql)
            try await closeHistory(code: code, on: effective, sql)
            village.name = name
            village.type = type
            try await sql.update("units").set("name", to: name).set("type", to: type)
                .set("name_fold", to: VietnameseText.fold(name))
                .set("sort_key", to: VietnameseCollation.sortKey(text: name))
                .where("code", .equal, code).run()
            var record = village
            record.validFrom = effective
            try await appendHistory(record, sql)
            return village
        }
    }

    /// Closes a village from `effective` on. Refused while residents still live there.
    public func closeVillage(code: String, effective: CivilDate) async throws -> AdminUnit {
        try await database.write { sql in
            var village = try await UnitRow.fetch(code, sql)
            try VillageRules.checkOpen(village, effective: effective)
            let residents = try await sql.raw("SELECT COUNT(*) AS n FROM residents WHERE village_code = \(bind: code)")
                .first()?.decode(column: "n", as: Int.self) ?? 0
            guard residents == 0 else {
                throw DomainError(.conflict, code: "village.has-residents",
                                  message: Strings.villageHasResidents(VietnameseFormat.integer(residents)))
            }
            try await closeHistory(code: code, on: effective, sql)
            village.status = .closed
            village.validTo = effective
            try await sql.update("units").set("status", to: UnitStatus.closed.rawValue)
                .set("valid_to", to: effective.iso).where("code", .equal, code).run()
            var record = village
            record.validFrom = effective
            try await appendHistory(record, sql)
            return village
        }
    }

    /// Inserts villages whose codes are already chosen (demo data, a store migration); known codes are left alone.
    public func insertVillages(_ villages: [AdminUnit]) async throws {
        try await database.write { sql in
            for village in villages {
                guard try await sql.raw("SELECT code FROM units WHERE code = \(bind: village.code)").first() == nil else { continue }
                try await sql.insert(into: "units").columns(unitColumns).values(unitRow(village)).run()
                try await appendHistory(village, sql)
            }
        }
    }

    public func history(code: String) async throws -> [UnitNameRecord] {
        try await database.read { sql in
            try await sql.raw("SELECT name, type, valid_from, valid_to FROM unit_names WHERE unit_code = \(bind: code) ORDER BY seq")
                .all().map { row in
                    UnitNameRecord(name: try row.decode(column: "name", as: String.self),
                                   type: try row.decode(column: "type", as: String.self),
                                   validFrom: CivilDate(iso: try row.decode(column: "valid_from", as: String.self)) ?? reformDate,
                                   validTo: try row.decode(column: "valid_to", as: String?.self).flatMap(CivilDate.init(iso:)))
                }
        }
    }

    private func ensureNameFree(_ name: String, communeCode: String, except: String?, _ sql: any SQLDatabase) async throws {
        let clash = try await sql.raw("""
            SELECT code FROM units WHERE parent_code = \(bind: communeCode) AND status = 'active'
            AND name_fold = \(bind: VietnameseText.fold(name))
            """).all().map { try $0.decode(column: "code", as: String.self) }
        if clash.contains(where: { $0 != except }) {
            throw DomainError(.conflict, code: "village.name-taken", message: Strings.villageNameTaken(name))
        }
    }

    private func closeHistory(code: String, on date: CivilDate, _ sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE unit_names SET valid_to = \(bind: date.iso) WHERE unit_code = \(bind: code) AND valid_to IS NULL").run()
    }

    private func appendHistory(_ unit: AdminUnit, _ sql: any SQLDatabase) async throws {
        let seq = try await sql.raw("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM unit_names WHERE unit_code = \(bind: unit.code)")
            .first()?.decode(column: "n", as: Int.self) ?? 1
        try await sql.raw("""
            INSERT INTO unit_names (unit_code, seq, name, type, status, valid_from, valid_to)
            VALUES (\(bind: unit.code), \(bind: seq), \(bind: unit.name), \(bind: unit.type), \(bind: unit.status.rawValue),
                    \(bind: unit.validFrom.iso), \(bind: unit.status == .closed ? unit.validFrom.iso : nil))
            """).run()
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

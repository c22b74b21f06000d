import Foundation
import HocVuSoCore
import SQLKit

/// Writes demo communes into the store, village by village, so memory stays flat at province scale.
public struct DemoSeeder: Sendable {
    let store: Store
    let seed: UInt64
    let today: CivilDate

    public init(store: Store, seed: UInt64 = 2025, today: CivilDate) {
        self.store = store
        self.seed = seed
        self.today = today
    }

    public struct Progress: Sendable {
        public var communes: Int
        public var villages: Int
        public var residents: Int
    }

    /// True when the demo communes already hold residents (the demo loads only once).
    public func alreadyLoaded(_ communes: [DemoCommunePlan]) async throws -> Bool {
        let counts = try await store.rollups.counts(units: communes.map(\.code))
        return counts.values.contains { ($0[RollupStore.Metric.residents] ?? 0) > 0 }
    }

    /// Creates the villages of each commune and fills them with households and residents.
    public func load(_ communes: [DemoCommunePlan], progress: (@Sendable (Progress) async -> Void)? = nil) async throws -> Progress {
        var done = Progress(communes: 0, villages: 0, residents: 0)
        let generator = DemoGenerator(seed: seed)
        for commune in communes {
            let villages = commune.villages()
            try await store.units.insertVillages(villages.map(\.unit))
            try await store.reloadDirectory()
            let directory = store.directory
            var households: [Household] = []
            var residents: [Resident] = []
            for village in villages {
                generator.households(in: village, today: today) { household, members in
                    households.append(household)
                    residents.append(contentsOf: members)
                }
                if residents.count >= 20_000 || village == villages.last {
                    try await store.residents.insert(households: households, residents: residents, directory: directory)
                    done.residents += residents.count
                    households.removeAll(keepingCapacity: true)
                    residents.removeAll(keepingCapacity: true)
                }
                done.villages += 1
            }
            done.communes += 1
            await progress?(done)
        }
        return done
    }
}

extension UnitStore {
    /// Inserts villages with codes already chosen (demo data, store migration); existing codes are left alone.
    public func insertVillages(_ villages: [AdminUnit]) async throws {
        try await database.write { sql in
            for village in villages {
                let exists = try await sql.raw("SELECT code FROM units WHERE code = \(bind: village.code)").first() != nil
                guard !exists else { continue }
                try await sql.insert(into: "units")
                    .columns("code", "level", "type", "name", "name_fold", "sort_key", "parent_code", "province_code",
                             "status", "valid_from")
                    .values(SQLBind(village.code), SQLBind(village.level.rawValue), SQLBind(village.type), SQLBind(village.name),
                            SQLBind(VietnameseText.fold(village.name)), SQLBind(VietnameseCollation.sortKey(fullName: village.name)),
                            SQLBind(village.parentCode), SQLBind(village.provinceCode), SQLBind(village.status.rawValue),
                            SQLBind(village.validFrom.iso))
                    .run()
                try await sql.raw("""
                    INSERT INTO unit_names (unit_code, seq, name, type, status, valid_from, valid_to)
                    VALUES (\(bind: village.code), 1, \(bind: village.name), \(bind: village.type), 'active', \(bind: village.validFrom.iso), NULL)
                    """).run()
            }
        }
    }
}

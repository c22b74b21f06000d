import Foundation
import HocVuSoCore
import SQLKit

/// Writes demo communes into the store, village by village, so memory stays flat at province scale.
public struct DemoSeeder: Sendable {
    let store: Store
    let seed: UInt64
    let today: CivilDate
    let now: Date
    /// Also generate the communes' teams, sessions, visits and events.
    let activity: Bool

    public init(store: Store, seed: UInt64 = 2025, today: CivilDate, now: Date = Date(), activity: Bool = true) {
        self.store = store
        self.seed = seed
        self.today = today
        self.now = now
        self.activity = activity
    }

    public struct Progress: Sendable {
        public var communes: Int
        public var villages: Int
        public var residents: Int
        public var sessions: Int = 0
        public var events: Int = 0
        public var learningRecords: Int = 0
        public var certificates: Int = 0
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
            var people: [DemoVillagePeople] = []
            for village in villages {
                var villageHouseholds: [Household] = []
                var villageResidents: [Resident] = []
                generator.households(in: village, today: today) { household, members in
                    villageHouseholds.append(household)
                    villageResidents.append(contentsOf: members)
                }
                households += villageHouseholds
                residents += villageResidents
                if activity {
                    people.append(DemoVillagePeople(village: village, households: villageHouseholds, residents: villageResidents))
                }
                if residents.count >= 20_000 || village == villages.last {
                    try await store.residents.insert(households: households, residents: residents, directory: directory)
                    done.residents += residents.count
                    households.removeAll(keepingCapacity: true)
                    residents.removeAll(keepingCapacity: true)
                }
                done.villages += 1
            }
            if activity {
                let made = DemoActivityGenerator(seed: seed).activity(for: commune, villages: people, today: today, now: now)
                try await DemoActivityWriter(store: store).write(made, commune: commune, now: now)
                done.sessions += made.sessions.count
                done.events += made.events.count
                let learning = try await DemoLearningWriter(store: store).write(commune: commune, people: people, seed: seed, today: today)
                done.learningRecords += learning.records
                done.certificates += learning.certificates
            }
            done.communes += 1
            await progress?(done)
        }
        return done
    }
}

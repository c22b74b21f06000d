import Foundation
import HocVuSoCore
import HocVuSoStore
import Testing

@Suite("Live indicators on a real database")
struct IndicatorStoreTests {
    /// Random residents, households, edits, moves and deletions, then sessions, visits, events and teams: the live counters
    /// must equal the counters recomputed from the raw rows, and the indicators must equal plain SQL over the raw rows.
    @Test("counters stay exact after randomised writes, edits and deletes", arguments: Engine.allCases)
    func randomisedWrites(engine: Engine) async throws {
        try await engine.withStore { store in
            let start = CivilDate(year: 2025, month: 7, day: 1)!
            var villages: [String] = []
            for name in ["Đông", "Tây", "Nam"] {
                villages.append(try await store.units.createVillage(communeCode: "11131", name: name, type: "Thôn", validFrom: start).code)
            }
            try await store.reloadDirectory()
            var rng = SeededGenerator(seed: 42)
            var residents: [Resident] = []
            let groups = TargetGroup.allCases
            for i in 0..<120 {
                var resident = sampleResident("Người \(i)", village: villages[i % 3],
                                              born: String(1950 + Int.random(in: 0...60, using: &rng)) + "-06-15",
                                              group: groups[Int.random(in: 0..<4, using: &rng)])
                resident.hasBasicDigitalSkills = Bool.random(using: &rng)
                resident.smartphone = Smartphone.allCases[Int.random(in: 0..<3, using: &rng)]
                resident.vneidLevel = VNeIDLevel.allCases[Int.random(in: 0..<3, using: &rng)]
                // Some join an existing household of their village.
                if i >= 3, Bool.random(using: &rng), let mate = residents.last(where: { $0.villageCode == resident.villageCode }) {
                    resident.householdID = mate.householdID
                }
                residents.append(try await store.residents.create(resident, directory: store.directory, actor: testActor))
            }
            for _ in 0..<80 {
                var resident = residents[Int.random(in: 0..<residents.count, using: &rng)]
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: resident.hasBasicDigitalSkills.toggle()
                case 1: resident.villageCode = villages[Int.random(in: 0..<3, using: &rng)]; resident.householdID = nil
                case 2: resident.vneidLevel = .level2; resident.smartphone = .yes
                default: resident.targetGroup = groups[Int.random(in: 0..<4, using: &rng)]; resident.targetGroupSource = .set
                }
                let saved = try await store.residents.update(resident, directory: store.directory, actor: testActor)
                residents[residents.firstIndex { $0.id == saved.id }!] = saved
            }
            for _ in 0..<25 {
                let index = Int.random(in: 0..<residents.count, using: &rng)
                try await store.residents.delete(residents[index].id, directory: store.directory, actor: testActor)
                residents.remove(at: index)
            }
            let team = Team(id: UUID(), communeCode: "11131", villageCode: villages[0], level: .village, name: "Tổ Đông",
                            formedOn: CivilDate(year: 2025, month: 8, day: 1)!)
            try await store.teams.create(team, directory: store.directory)
            let sessions = (0..<30).map { i in
                SupportSession(id: UUID(), provinceCode: "31", communeCode: "11131", unitCode: villages[i % 3],
                               category: SupportCategory.defaultKeys[i % 8], at: Date(timeIntervalSince1970: 1_767_225_600 + Double(i) * 400_000),
                               residentID: residents[i].id, place: .home, outcome: .done)
            }
            _ = try await store.sessions.recorder.record(sessions)
            #expect(try await store.rollups.verify() == [])

            // The indicators read from the counters equal plain SQL over the raw rows.
            let measures = try await store.indicators.measures(units: ["11131", villages[0]], provinces: ["31"], year: 2026)
            let adults = residents.filter { $0.birthDate.year <= 2008 }
            #expect(measures["11131"]?[.bornBy("by.residents", minimumAge: 18)] == adults.count)
            #expect(measures["11131"]?[.bornBy("by.skilled", minimumAge: 18)] == adults.filter(\.hasBasicDigitalSkills).count)
            #expect(measures["11131"]?[.stock("residents.skilled.official")] == residents.filter { $0.targetGroup == .official && $0.hasBasicDigitalSkills }.count)
            let digital = Set(residents.filter(\.hasBasicDigitalSkills).compactMap(\.householdID)).count
            #expect(measures["11131"]?[.stock("households.digital")] == digital)
            #expect(measures["11131"]?[.year("sessions")] == sessions.filter { $0.day.year == 2026 }.count)
            #expect(measures[villages[0]]?[.stock("villages.with_team")] == 1)
            #expect(measures["11131"]?[.stock("villages.with_team")] == 1)
        }
    }

    @Test("a plan is saved whole or not at all; looser than the nation or outside the unit is refused", arguments: Engine.allCases)
    func plans(engine: Engine) async throws {
        try await engine.withStore { store in
            let directory = store.directory
            let ancestry: @Sendable (String) -> [String] = { code in directory.path(to: code).map(\.code) }
            let national = Plan(id: UUID(), unitCode: "", year: 2026, number: "01-KH/BCĐTW", issuedOn: CivilDate(year: 2025, month: 6, day: 9)!, title: "")
            try await store.targets.save(national, targets: [Target(planID: national.id, unitCode: "", year: 2026,
                                                                   indicator: "adults_skilled_pct", comparison: .atLeast, value: 80)],
                                         ancestry: ancestry)
            let commune = Plan(id: UUID(), unitCode: "11131", year: 2026, number: "41/KH-UBND", issuedOn: CivilDate(year: 2026, month: 1, day: 5)!, title: "")
            func target(_ unit: String, _ key: String, _ value: Double) -> Target {
                Target(planID: commune.id, unitCode: unit, year: 2026, indicator: key, comparison: .atLeast, value: value)
            }
            await #expect(throws: DomainError.self) {
                try await store.targets.save(commune, targets: [target("11131", "officials_skilled_pct", 100),
                                                                target("11131", "adults_skilled_pct", 70)], ancestry: ancestry)
            }
            await #expect(throws: DomainError.self) {
                try await store.targets.save(commune, targets: [target("10750", "officials_skilled_pct", 100)], ancestry: ancestry)
            }
            #expect(try await store.targets.plans(units: ["31", "11131"], year: 2026).map(\.number) == ["01-KH/BCĐTW"])
            try await store.targets.save(commune, targets: [target("11131", "adults_skilled_pct", 90)], ancestry: ancestry)
            let all = try await store.targets.targets(year: 2026)
            #expect(TargetRules.effective(indicator: "adults_skilled_pct", path: ["31", "11131"], targets: all)?.value == 90)
            #expect(TargetRules.effective(indicator: "adults_skilled_pct", path: ["31", "10750"], targets: all)?.value == 80)
        }
    }
}

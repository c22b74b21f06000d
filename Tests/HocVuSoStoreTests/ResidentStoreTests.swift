import Foundation
import HocVuSoCore
import HocVuSoStore
import Testing

@Suite("Residents on a real database")
struct ResidentStoreTests {
    func withVillages(_ engine: Engine, _ body: (Store, String, String) async throws -> Void) async throws {
        try await engine.withStore { store in
        let start = CivilDate(year: 2025, month: 7, day: 1)!
        let a = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn", validFrom: start)
        let b = try await store.units.createVillage(communeCode: "11131", name: "Tây", type: "Thôn", validFrom: start)
        try await store.reloadDirectory()
        try await body(store, a.code, b.code)
        }
    }

    @Test("search ignores diacritics, lists sort Vietnamese-style and counters follow every write", arguments: Engine.allCases)
    func searchSortAndCounters(engine: Engine) async throws {
        try await withVillages(engine) { store, east, west in
        let names = ["Nguyễn Văn Đức", "Trần Thị Ánh", "Lê Văn An", "Phạm Minh Dũng", "Nguyễn Thị Ân", "Đỗ Văn Bình"]
        for (i, name) in names.enumerated() {
            _ = try await store.residents.create(sampleResident(name, village: i % 2 == 0 ? east : west),
                                                 directory: store.directory, actor: testActor)
        }
        let all = try await store.residents.list(ResidentQuery(unitCode: "11131"), directory: store.directory, actor: testActor)
        #expect(all.total == 6)
        #expect(all.items.map(\.fullName) == ["Lê Văn An", "Trần Thị Ánh", "Nguyễn Thị Ân", "Đỗ Văn Bình", "Phạm Minh Dũng", "Nguyễn Văn Đức"])
        let found = try await store.residents.list(ResidentQuery(unitCode: "11131", text: "nguyen van duc"),
                                                   directory: store.directory, actor: testActor)
        #expect(found.items.map(\.fullName) == ["Nguyễn Văn Đức"])
        let byVillage = try await store.residents.list(ResidentQuery(unitCode: "11131", villageCode: west),
                                                       directory: store.directory, actor: testActor)
        #expect(byVillage.total == 3)
        let paged = try await store.residents.list(ResidentQuery(unitCode: "31", page: 2, perPage: 4),
                                                   directory: store.directory, actor: testActor)
        #expect(paged.items.count == 2)
        #expect(paged.total == 6)
        let counts = try await store.rollups.counts(units: [east, "11131", "31"])
        #expect(counts[east]?["residents"] == 3)
        #expect(counts["11131"]?["households"] == 6)
        #expect(counts["31"]?["residents.citizen"] == 6)
        // Move one resident, change their group, delete another: counters still match the raw rows.
        var moved = all.items[0]
        moved.villageCode = moved.villageCode == east ? west : east
        moved.householdID = nil
        moved.targetGroup = .official
        moved.targetGroupSource = .set
        _ = try await store.residents.update(moved, directory: store.directory, actor: testActor)
        try await store.residents.delete(all.items[1].id, directory: store.directory, actor: testActor)
        let value1 = try await store.rollups.verify()
        #expect(value1.isEmpty)
        let after = try await store.rollups.counts(units: ["11131"])
        #expect(after["11131"]?["residents"] == 5)
        #expect(after["11131"]?["residents.official"] == 1)
        }
    }

    @Test("a second resident with the same ID number is refused and nothing changes", arguments: Engine.allCases)
    func duplicateCCCD(engine: Engine) async throws {
        try await withVillages(engine) { store, east, _ in
        _ = try await store.residents.create(sampleResident("Lê Văn An", village: east, cccd: "031085001234"),
                                             directory: store.directory, actor: testActor)
        await #expect(throws: DomainError.self) {
            try await store.residents.create(sampleResident("Lê Văn Bình", village: east, cccd: "031085001234"),
                                             directory: store.directory, actor: testActor)
        }
        let list = try await store.residents.list(ResidentQuery(unitCode: east), directory: store.directory, actor: testActor)
        #expect(list.total == 1)
        let value2 = try await store.rollups.verify()
        #expect(value2.isEmpty)
        }
    }

    @Test("reading a resident's detail writes the access log", arguments: Engine.allCases)
    func accessLog(engine: Engine) async throws {
        try await withVillages(engine) { store, east, _ in
        let saved = try await store.residents.create(sampleResident("Lê Văn An", village: east), directory: store.directory, actor: testActor)
        _ = try await store.residents.get(saved.id, actor: AccessActor(userID: nil, username: "canbo", client: "10.0.0.9"))
        let entries = try await store.accessLog.entries(subject: saved.id.uuidString)
        #expect(entries.map(\.action) == ["view", "create"])
        #expect(entries.first?.username == "canbo")
        #expect(entries.first?.client == "10.0.0.9")
        }
    }

    @Test("migrations are recorded and run once", arguments: Engine.allCases)
    func migrationsOnce(engine: Engine) async throws {
        try await engine.withStore { store in
        let value3 = try await Migrator.migrate(store.database)
        #expect(value3.isEmpty)
        }
    }
}

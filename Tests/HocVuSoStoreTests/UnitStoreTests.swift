import Foundation
import HocVuSoCore
import HocVuSoStore
import Testing

@Suite("Units on a real database")
struct UnitStoreTests {
    @Test("the official list loads 34 provinces and 3,321 communes, normalised", arguments: Engine.allCases)
    func officialList(engine: Engine) async throws {
        try await engine.withStore { store in
        let directory = store.directory
        #expect(directory.provinceCodes.count == 34)
        let communes = directory.byCode.values.filter { $0.level == .commune }
        #expect(communes.count == 3321)
        #expect(directory["11131"]?.name == "Chí Minh")
        #expect(directory["11131"]?.type == "Xã")
        #expect(directory["11131"]?.parentCode == "31")
        #expect(directory["31"]?.fullName == "Thành phố Hải Phòng")
        // Tone marks in one style: the source has "Khánh Hoà".
        #expect(directory["56"]?.name == "Khánh Hòa")
        #expect(!communes.contains { $0.type != "Xã" && $0.type != "Phường" && $0.type != "Đặc khu" })
        // Seeding again adds nothing.
        let value1 = try await store.units.seedOfficialUnits()
        #expect(value1 == 0)
        }
    }

    @Test("villages get codes under the commune, and renames and closures keep their history", arguments: Engine.allCases)
    func villageLifecycle(engine: Engine) async throws {
        try await engine.withStore { store in
        let start = CivilDate(year: 2025, month: 7, day: 1)!
        let first = try await store.units.createVillage(communeCode: "11131", name: "thôn  Đông", type: "Thôn", validFrom: start)
        let second = try await store.units.createVillage(communeCode: "11131", name: "Tây Hoà", type: "Thôn", validFrom: start)
        #expect(first.code == "11131-01")
        #expect(second.code == "11131-02")
        #expect(second.name == "Tây Hòa")
        await #expect(throws: DomainError.self) {
            try await store.units.createVillage(communeCode: "11131", name: "Tay Hoa", type: "Thôn", validFrom: start)
        }
        await #expect(throws: DomainError.self) {
            try await store.units.createVillage(communeCode: "31", name: "X", type: "Thôn", validFrom: start)
        }
        await #expect(throws: DomainError.self) {
            try await store.units.createVillage(communeCode: "11131", name: "Bắc", type: "Ấp", validFrom: start)
        }
        let renamed = try await store.units.renameVillage(code: second.code, name: "Tây Hòa Mới", type: "Tổ dân phố",
                                                          effective: CivilDate(year: 2026, month: 1, day: 1)!)
        #expect(renamed.fullName == "Tổ dân phố Tây Hòa Mới")
        let history = try await store.units.history(code: second.code)
        #expect(history.map(\.name) == ["Tây Hòa", "Tây Hòa Mới"])
        #expect(history[0].validTo == CivilDate(year: 2026, month: 1, day: 1))
        #expect(history[1].validTo == nil)
        _ = try await store.units.closeVillage(code: first.code, effective: CivilDate(year: 2026, month: 2, day: 1)!)
        await #expect(throws: DomainError.self) {
            try await store.units.closeVillage(code: first.code, effective: CivilDate(year: 2026, month: 3, day: 1)!)
        }
        try await store.reloadDirectory()
        #expect(store.directory[first.code]?.status == .closed)
        // A closed village's name is free again, and its code is never reused.
        let third = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn", validFrom: start)
        #expect(third.code == "11131-03")
        }
    }
}

import Foundation
import HocVuSoCore
import SQLKit

extension ResidentStore {
    /// Adds one resident. Without a household, a new household is created with this person as its head.
    public func create(_ resident: Resident, directory: UnitDirectory, actor: AccessActor) async throws -> Resident {
        let now = clock.now()
        try checkVillage(resident.villageCode, directory)
        return try await database.write { [resident] sql in
            var resident = resident
            try await ensureCCCDFree(resident.cccd, except: nil, sql)
            var households: [Household] = []
            if let household = resident.householdID {
                try await ensureHousehold(household, in: resident.villageCode, sql)
            } else {
                let household = Household(id: UUID(), villageCode: resident.villageCode)
                households.append(household)
                resident.householdID = household.id
                resident.isHouseholdHead = true
                resident.relationToHead = resident.relationToHead ?? Strings.householdHeadRelation
            }
            try await Self.insert(households: households, residents: [resident], directory: directory, now: now, sql)
            try await AccessLogStore.append(.create, actor: actor, subject: resident.id.uuidString,
                                            unitCode: resident.villageCode, now: now, sql)
            return resident
        }
    }

    /// Replaces a resident's record; counters move with a change of village or target group.
    public func update(_ resident: Resident, directory: UnitDirectory, actor: AccessActor) async throws -> Resident {
        let now = clock.now()
        try checkVillage(resident.villageCode, directory)
        return try await database.write { [resident] sql in
            let old = try await Self.fetch(resident.id, sql)
            var resident = resident
            resident.isHouseholdHead = old.isHouseholdHead
            // Evidence (a certificate, a basic course) outranks the form; the record is kept for when it is withdrawn.
            resident.skillEvidence = old.skillEvidence
            if old.skillEvidence != nil {
                resident.recordedSkills = old.recordedSkills
                resident.hasBasicDigitalSkills = true
            } else {
                resident.recordedSkills = resident.hasBasicDigitalSkills
            }
            // Same village and no household chosen: the resident stays in their household.
            if resident.villageCode == old.villageCode, resident.householdID == nil {
                resident.householdID = old.householdID
            }
            try await ensureCCCDFree(resident.cccd, except: resident.id, sql)
            var households: [Household] = []
            if let household = resident.householdID, household != old.householdID {
                try await ensureHousehold(household, in: resident.villageCode, sql)
                resident.isHouseholdHead = false
            } else if resident.householdID == nil {
                let household = Household(id: UUID(), villageCode: resident.villageCode)
                households.append(household)
                resident.householdID = household.id
                resident.isHouseholdHead = true
            }
            if !households.isEmpty {
                try await Self.insert(households: households, residents: [], directory: directory, now: now, sql)
            }
            let oldPlace = try Self.placement(old.villageCode, directory)
            let newPlace = try Self.placement(resident.villageCode, directory)
            let touched = Set([old.householdID, resident.householdID].compactMap { $0 })
            let tracker = try await DigitalHouseholds.snapshot(touched, sql)
            var deltas: [RollupDelta: Int] = [:]
            RollupStore.residentDeltas(old, provinceCode: oldPlace.province, communeCode: oldPlace.commune, sign: -1, into: &deltas)
            RollupStore.residentDeltas(resident, provinceCode: newPlace.province, communeCode: newPlace.commune, sign: 1, into: &deltas)
            let values = ResidentRow.values(resident, provinceCode: newPlace.province, communeCode: newPlace.commune,
                                            now: Timestamp.string(now))
            let update = sql.update("residents")
            for (column, value) in zip(ResidentRow.columns, values) where !["id", "created_at"].contains(column) {
                update.set(SQLIdentifier(column), to: value.bind)
            }
            try await update.where("id", .equal, resident.id.uuidString).run()
            try await tracker.changes(touched, sql, into: &deltas)
            try await RollupStore.apply(deltas, sql)
            // A new target group may make a completed course count, or stop counting.
            try await SkillEvidenceRefresh.refresh([resident.id], provinceCode: newPlace.province, sql)
            try await AccessLogStore.append(.update, actor: actor, subject: resident.id.uuidString,
                                            unitCode: resident.villageCode, now: now, sql)
            return resident
        }
    }

    /// Removes a resident (and their household when it becomes empty).
    public func delete(_ id: UUID, directory: UnitDirectory, actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            try await Self.delete(id, directory: directory, actor: actor, now: now, sql)
        }
    }

    /// The same inside the caller's transaction (a data-subject request erases linked records in the same one).
    static func delete(_ id: UUID, directory: UnitDirectory, actor: AccessActor, now: Date, _ sql: any SQLDatabase) async throws {
        let old = try await Self.fetch(id, sql)
        let place = try Self.placement(old.villageCode, directory)
        let touched = Set([old.householdID].compactMap { $0 })
        let tracker = try await DigitalHouseholds.snapshot(touched, sql)
        var deltas: [RollupDelta: Int] = [:]
        RollupStore.residentDeltas(old, provinceCode: place.province, communeCode: place.commune, sign: -1, into: &deltas)
        try await sql.delete(from: "residents").where("id", .equal, id.uuidString).run()
        if let household = old.householdID {
            let left = try await sql.raw("SELECT COUNT(*) AS n FROM residents WHERE household_id = \(bind: household.uuidString)")
                .first()?.decode(column: "n", as: Int.self) ?? 0
            if left == 0 {
                try await sql.delete(from: "households").where("id", .equal, household.uuidString).run()
                RollupStore.householdDeltas(villageCode: old.villageCode, provinceCode: place.province,
                                            communeCode: place.commune, sign: -1, into: &deltas)
            }
        }
        try await tracker.changes(touched, sql, into: &deltas)
        try await RollupStore.apply(deltas, sql)
        try await AccessLogStore.append(.delete, actor: actor, subject: id.uuidString, unitCode: old.villageCode,
                                        now: now, sql)
    }

    private func checkVillage(_ code: String, _ directory: UnitDirectory) throws {
        guard let village = directory[code], village.level == .village else {
            throw DomainError(.invalid, code: "resident.village", message: Strings.residentVillageRequired,
                              details: [Problem(column: "villageCode", value: code, reason: Strings.residentVillageRequired)])
        }
        guard village.status == .active else {
            throw DomainError(.invalid, code: "resident.village", message: Strings.residentVillageClosed,
                              details: [Problem(column: "villageCode", value: code, reason: Strings.residentVillageClosed)])
        }
    }

    private func ensureCCCDFree(_ cccd: String?, except: UUID?, _ sql: any SQLDatabase) async throws {
        guard let cccd else { return }
        let owner = try await sql.raw("SELECT id FROM residents WHERE cccd = \(bind: cccd)").first()?
            .decode(column: "id", as: String.self)
        if let owner, owner != except?.uuidString {
            let message = Strings.residentCCCDTaken(CCCD.masked(cccd))
            throw DomainError(.conflict, code: "resident.cccd-taken", message: message,
                              details: [Problem(column: "cccd", value: CCCD.masked(cccd), reason: message)])
        }
    }

    private func ensureHousehold(_ id: UUID, in village: String, _ sql: any SQLDatabase) async throws {
        let found = try await sql.raw("SELECT village_code FROM households WHERE id = \(bind: id.uuidString)").first()?
            .decode(column: "village_code", as: String.self)
        guard found == village else {
            throw DomainError(.invalid, code: "resident.household", message: Strings.residentHouseholdOtherVillage,
                              details: [Problem(column: "householdID", value: id.uuidString, reason: Strings.residentHouseholdOtherVillage)])
        }
    }
}

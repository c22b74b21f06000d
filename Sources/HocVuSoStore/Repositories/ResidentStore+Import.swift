import Foundation
import HocVuSoCore
import SQLKit

extension ResidentStore {
    /// Stores a whole import in one transaction: every row, or (on any failure) none.
    public func insertInOneTransaction(households: [Household], residents: [Resident], directory: UnitDirectory,
                                       actor: AccessActor, unitCode: String,
                                       progress: (@Sendable (Int) async -> Void)? = nil) async throws {
        let now = clock.now()
        try await database.write { sql in
            var byHousehold: [UUID: [Resident]] = [:]
            for resident in residents {
                if let id = resident.householdID { byHousehold[id, default: []].append(resident) }
            }
            var written = 0
            var batchHouseholds: [Household] = []
            var batchResidents: [Resident] = []
            for household in households {
                batchHouseholds.append(household)
                batchResidents.append(contentsOf: byHousehold[household.id] ?? [])
                if batchResidents.count >= 5_000 {
                    try await Self.insert(households: batchHouseholds, residents: batchResidents, directory: directory, now: now, sql)
                    written += batchResidents.count
                    batchHouseholds.removeAll(keepingCapacity: true)
                    batchResidents.removeAll(keepingCapacity: true)
                    await progress?(written)
                }
            }
            try await Self.insert(households: batchHouseholds, residents: batchResidents, directory: directory, now: now, sql)
            written += batchResidents.count
            try await AccessLogStore.append(.import, actor: actor, subject: nil, unitCode: unitCode,
                                            detail: "\(written) residents", now: now, sql)
            await progress?(written)
        }
    }
}

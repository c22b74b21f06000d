import Foundation
import HocVuSoCore
import SQLKit

extension ResidentStore {
    /// Stores a whole import in one transaction: every row, or (on any failure) none. Rows go through the engine's
    /// bulk door; into an empty store (a commune's first list) the indexes are built once at the end.
    public func insertInOneTransaction(households: [Household], residents: [Resident], directory: UnitDirectory,
                                       actor: AccessActor, unitCode: String,
                                       progress: (@Sendable (Int) async -> Void)? = nil) async throws {
        let now = clock.now()
        try await database.bulkWrite { bulk in
            try await bulk.deferringIndexes(of: "households") {
                try await bulk.deferringIndexes(of: "residents") {
                    try await Self.insertInBatches(households: households, residents: residents, directory: directory,
                                                   now: now, bulk, progress: progress)
                }
            }
            try await AccessLogStore.append(.import, actor: actor, subject: nil, unitCode: unitCode,
                                            detail: "\(residents.count) residents", now: now, bulk.sql)
            await progress?(residents.count)
        }
    }

    /// Batches of whole households, so the progress bar moves while the transaction is open.
    private static func insertInBatches(households: [Household], residents: [Resident], directory: UnitDirectory,
                                        now: Date, _ bulk: BulkSession,
                                        progress: (@Sendable (Int) async -> Void)?) async throws {
        let newHouseholds = Set(households.map(\.id))
        var byHousehold: [UUID: [Resident]] = [:]
        // Residents joining no household, or one already stored, go with the first batch.
        var batchResidents: [Resident] = []
        for resident in residents {
            if let id = resident.householdID, newHouseholds.contains(id) {
                byHousehold[id, default: []].append(resident)
            } else {
                batchResidents.append(resident)
            }
        }
        var written = 0
        var batchHouseholds: [Household] = []
        for household in households {
            batchHouseholds.append(household)
            batchResidents.append(contentsOf: byHousehold[household.id] ?? [])
            if batchResidents.count >= 20_000 {
                try await insert(households: batchHouseholds, residents: batchResidents, directory: directory, now: now, bulk)
                written += batchResidents.count
                batchHouseholds.removeAll(keepingCapacity: true)
                batchResidents.removeAll(keepingCapacity: true)
                await progress?(written)
            }
        }
        try await insert(households: batchHouseholds, residents: batchResidents, directory: directory, now: now, bulk)
    }
}

import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoTestSupport
import Logging

/// The two engines every store test runs on: a real SQLite file and a real PostgreSQL server.
enum Engine: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite
    case postgres

    var description: String { rawValue }

    /// A fresh, migrated store on this engine.
    func openStore(clock: any WallClock = FixedWallClock(Date(timeIntervalSince1970: 1_779_000_000))) async throws -> Store {
        let location: DatabaseLocation
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-test-\(UUID().uuidString)")
            location = .dataDirectory(folder.path)
        case .postgres:
            location = try DatabaseLocation.parse(try await PostgresTestServer.shared.freshDatabase(prefix: "store"))
        }
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return try await Store.open(location, clock: clock, logger: logger)
    }
}

extension Engine {
    /// Runs `body` with a fresh store and always closes it, also when `body` throws.
    func withStore<T>(clock: any WallClock = FixedWallClock(Date(timeIntervalSince1970: 1_779_000_000)),
                      _ body: (Store) async throws -> T) async throws -> T {
        let store = try await openStore(clock: clock)
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }
}

/// A resident for tests, valid unless changed.
func sampleResident(_ name: String, village: String, born: String = "1985-03-04", gender: Gender = .male,
                    cccd: String? = nil, group: TargetGroup = .citizen) -> Resident {
    Resident(id: UUID(), fullName: name, birthDate: CivilDate(iso: born)!, gender: gender, cccd: cccd,
             villageCode: village, targetGroup: group)
}

let testActor = AccessActor(userID: nil, username: "test", client: "127.0.0.1")

import Foundation
import HocVuSoCore
import Logging

/// The whole store: one database, its repositories, and the in-memory unit directory.
public final class Store: Sendable {
    public let database: Database
    public let units: UnitStore
    public let residents: ResidentStore
    public let accounts: AccountStore
    public let rollups: RollupStore
    public let accessLog: AccessLogStore
    private let directoryBox: DirectoryBox

    /// Opens the database, applies pending migrations and loads the official unit list.
    public static func open(_ location: DatabaseLocation, clock: any WallClock = SystemWallClock(),
                            logger: Logger) async throws -> Store {
        let database = try await Database.open(location, logger: logger)
        do {
            try await Migrator.migrate(database, now: clock.now())
            let units = UnitStore(database)
            _ = try await units.seedOfficialUnits()
            return Store(database: database, clock: clock, directory: try await units.directory())
        } catch {
            await database.close()
            throw error
        }
    }

    private init(database: Database, clock: any WallClock, directory: UnitDirectory) {
        self.database = database
        units = UnitStore(database)
        residents = ResidentStore(database, clock: clock)
        accounts = AccountStore(database)
        rollups = RollupStore(database)
        accessLog = AccessLogStore(database)
        directoryBox = DirectoryBox(directory)
    }

    /// The current unit directory (a snapshot; cheap to read).
    public var directory: UnitDirectory { directoryBox.value }

    /// Reloads the directory after villages change.
    public func reloadDirectory() async throws {
        directoryBox.value = try await units.directory()
    }

    public func close() async {
        await database.close()
    }
}

/// A lock-protected holder for the directory snapshot.
final class DirectoryBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: UnitDirectory

    init(_ value: UnitDirectory) {
        stored = value
    }

    var value: UnitDirectory {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

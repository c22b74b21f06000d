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
    public let teams: TeamStore
    public let categories: CategoryStore
    public let sessions: SessionStore
    public let visits: VisitStore
    public let events: EventStore
    public let indicators: IndicatorStore
    public let targets: TargetStore
    public let courses: CourseStore
    public let learning: LearningStore
    public let frameworks: FrameworkStore
    public let assessments: AssessmentStore
    public let certificates: CertificateStore
    public let documents: DocumentStore
    public let reports: ReportStore
    public let received: ReceivedReportStore
    public let reportData: ReportDataStore
    public let privacyRequests: DataSubjectRequestStore
    private let directoryBox: DirectoryBox
    private let catalogBox: SnapshotBox<CategoryCatalog>

    /// Opens the database, applies pending migrations and loads the official unit list.
    public static func open(_ location: DatabaseLocation, clock: any WallClock = SystemWallClock(),
                            logger: Logger) async throws -> Store {
        let database = try await Database.open(location, logger: logger)
        do {
            try await Migrator.migrate(database, now: clock.now())
            let units = UnitStore(database)
            _ = try await units.seedOfficialUnits()
            let categories = CategoryStore(database)
            try await categories.seedDefaults()
            try await CourseStore(database, clock: clock).seedDefaults()
            try await FrameworkStore(database, clock: clock).seedDefault()
            return Store(database: database, clock: clock, directory: try await units.directory(),
                         catalog: try await categories.catalog())
        } catch {
            await database.close()
            throw error
        }
    }

    private init(database: Database, clock: any WallClock, directory: UnitDirectory, catalog: CategoryCatalog) {
        self.database = database
        units = UnitStore(database)
        residents = ResidentStore(database, clock: clock)
        accounts = AccountStore(database)
        rollups = RollupStore(database)
        accessLog = AccessLogStore(database)
        teams = TeamStore(database, clock: clock)
        categories = CategoryStore(database)
        visits = VisitStore(database, clock: clock)
        events = EventStore(database, clock: clock)
        indicators = IndicatorStore(database)
        targets = TargetStore(database, clock: clock)
        courses = CourseStore(database, clock: clock)
        learning = LearningStore(database, clock: clock)
        let frameworks = FrameworkStore(database, clock: clock)
        self.frameworks = frameworks
        assessments = AssessmentStore(database, clock: clock, frameworks: frameworks)
        certificates = CertificateStore(database, clock: clock)
        documents = DocumentStore(database, clock: clock)
        reports = ReportStore(database, clock: clock)
        received = ReceivedReportStore(database, clock: clock)
        reportData = ReportDataStore(database)
        privacyRequests = DataSubjectRequestStore(database, clock: clock)
        let directoryBox = DirectoryBox(directory)
        self.directoryBox = directoryBox
        sessions = SessionStore(database, clock: clock, directory: { directoryBox.value })
        catalogBox = SnapshotBox(catalog)
    }

    /// The support categories of every commune (a snapshot; cheap to read).
    public var catalog: CategoryCatalog { catalogBox.value }

    /// Reloads the categories after a commune adds or retires one.
    public func reloadCatalog() async throws {
        catalogBox.value = try await categories.catalog()
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

typealias DirectoryBox = SnapshotBox<UnitDirectory>

/// A lock-protected holder for a snapshot that is read often and replaced rarely.
final class SnapshotBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) {
        stored = value
    }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

import Foundation
import HocVuSoCore
import HocVuSoStore

/// Everything a handler may reach: the store, the clock, templates, passwords, sessions, import jobs.
public struct AppServices: Sendable {
    public let store: Store
    public let clock: any WallClock
    public let templates: Templates
    public let passwords: PasswordHasher
    public let sessions: SessionService
    public let imports: ImportJobs
    let learningImports: LearningImportJobs
    let memberships: MembershipCache
    public let configuration: AppConfiguration
    /// People-search terms kept out of URLs, and the Prometheus registry behind /metrics.
    let searchTerms: SearchTerms
    public let metrics: AppMetrics
    /// Background readings of reports communes sent the old way.
    public let receivedReadings: ReceivedReadingJobs

    public init(store: Store, configuration: AppConfiguration, templates: Templates) {
        self.store = store
        self.clock = configuration.clock
        self.templates = templates
        self.configuration = configuration
        passwords = PasswordHasher(cost: configuration.bcryptCost)
        sessions = SessionService(accounts: store.accounts, clock: configuration.clock,
                                  passwords: passwords, throttle: LoginThrottle(clock: configuration.clock),
                                  idleTimeout: configuration.sessionIdleTimeout, absoluteLifetime: configuration.sessionLifetime)
        searchTerms = SearchTerms(clock: configuration.clock)
        metrics = AppMetrics()
        imports = ImportJobs(store: store, clock: configuration.clock)
        learningImports = LearningImportJobs(store: store, clock: configuration.clock)
        memberships = MembershipCache(store: store)
        receivedReadings = ReceivedReadingJobs(store: store)
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore
import Logging

/// Builds the router with every route and its policy. Tests use this directly with `app.test(.router)`.
public func buildRouter(services: AppServices, demo: DemoLoadState = DemoLoadState()) -> (Router<AppContext>, PolicyTable) {
    let router = Router(context: AppContext.self)
    let policies = PolicyTable()
    router.add(middleware: RequestLogMiddleware(metrics: services.metrics))
    router.add(middleware: SecurityHeadersMiddleware(strictTransportSecurity: services.configuration.strictTransportSecurity))
    router.add(middleware: ErrorMiddleware(templates: services.templates))
    router.add(middleware: AccessMiddleware(services: services, policies: policies))
    router.add(middleware: SearchTermMiddleware(terms: services.searchTerms))
    let routes = Routes(router: router, policies: policies, services: services)
    SystemRoutes(services: services, demo: demo).register(routes)
    MetricsRoutes(services: services).register(routes)
    SearchRoutes(services: services).register(routes)
    AuthPages(services: services).register(routes)
    UnitPages(services: services).register(routes)
    ResidentListPage(services: services).register(routes)
    ResidentPages(services: services).register(routes)
    ImportPages(services: services).register(routes)
    ActivityPages(services: services).register(routes)
    LearningRoutes(services: services).register(routes)
    DocumentPages(services: services).register(routes)
    ReportRoutes(services: services).register(routes)
    ReceivedRoutes(services: services).register(routes)
    ActivityAPI(services: services).register(routes)
    IndicatorAPI(services: services).register(routes)
    IndicatorPages(services: services).register(routes)
    AuthAPI(services: services).register(routes)
    UnitAPI(services: services).register(routes)
    ResidentAPI(services: services).register(routes)
    HouseholdAPI(services: services).register(routes)
    ImportAPI(services: services).register(routes)
    AuditRoutes(services: services).register(routes)
    DataSubjectRequestRoutes(services: services).register(routes)
    return (router, policies)
}

/// The server as a value: opened store, routes, and the configured address.
public func buildApplication(_ configuration: AppConfiguration, store: Store, demo: DemoLoadState = DemoLoadState(),
                             logger: Logger) async throws -> some ApplicationProtocol {
    let services = AppServices(store: store, configuration: configuration, templates: try await Templates.load())
    // Readings of received reports cut off by the last stop are marked failed, to be started again from their page.
    try await store.received.failInterrupted()
    let (router, _) = buildRouter(services: services, demo: demo)
    return Application(router: router,
                       configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                            serverName: "hocvuso"),
                       logger: logger)
}

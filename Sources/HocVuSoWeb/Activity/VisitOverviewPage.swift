import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Door-to-door coverage. A commune sees each village's households visited and not; a village sees the households
/// still to visit (paged) and its latest visits with the sessions recorded during them.
struct VisitOverviewPage {
    let services: AppServices
    static let householdsPerPage = 30
    static let visitsPerPage = 20

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var isVillage: Bool
        var total: CoverageRow
        var villages: [CoverageRow]
        var hasVillages: Bool
        var households: [HouseholdRow]
        var hasHouseholds: Bool
        var householdsLabel: String
        var householdsPrevious: String?
        var householdsNext: String?
        var visits: [VisitRow]
        var hasVisits: Bool
        var visitsLabel: String
        var visitsPrevious: String?
        var visitsNext: String?
        var canRecord: Bool
        var newHref: String
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try services.requireLocalUnit(try context.authorizedUnit())
        let account = try context.account()
        let directory = services.store.directory
        let villages = unit.level == .commune ? directory.children(of: unit.code) : []
        let counts = try await services.store.rollups.counts(units: [unit.code] + villages.map(\.code))
        func coverage(_ u: AdminUnit) -> CoverageRow {
            CoverageRow(name: u.fullName, href: "/units/\(u.code)/visits",
                        households: counts[u.code]?[RollupStore.Metric.households] ?? 0,
                        visited: counts[u.code]?[RollupStore.Metric.householdsVisited] ?? 0)
        }
        let base = "/units/\(unit.code)/visits"
        let housePage = try request.pageNumber()
        let visitPage = try request.pageNumber("visits")
        var model = Model(
            code: unit.code, title: "\(Strings.visitsTitle) – \(unit.fullName)", nav: ActivityNav.links(unit, current: .visits),
            isVillage: unit.level == .village, total: coverage(unit), villages: villages.map(coverage), hasVillages: !villages.isEmpty,
            households: [], hasHouseholds: false, householdsLabel: "", householdsPrevious: nil, householdsNext: nil,
            visits: [], hasVisits: false, visitsLabel: "", visitsPrevious: nil, visitsNext: nil,
            canRecord: unit.level == .village && unit.status == .active && account.role.may(.recordSessions),
            newHref: "\(base)/new")
        if unit.level == .village {
            let page = try await services.store.visits.notVisited(village: unit.code, page: housePage, perPage: Self.householdsPerPage)
            model.households = page.items.map(HouseholdRow.init)
            model.hasHouseholds = !page.items.isEmpty
            model.householdsLabel = Strings.pageOf(VietnameseFormat.integer(page.page), VietnameseFormat.integer(page.pageCount))
            model.householdsPrevious = page.page > 1 ? QueryString.path(base, [("page", String(page.page - 1)), ("visits", String(visitPage))]) : nil
            model.householdsNext = page.page < page.pageCount ? QueryString.path(base, [("page", String(page.page + 1)), ("visits", String(visitPage))]) : nil
        }
        let recent = try await services.store.visits.recent(unit: unit, page: visitPage, perPage: Self.visitsPerPage)
        let sessions = try await services.store.sessions.sessions(ofVisits: recent.items.map(\.visit.id))
        model.visits = recent.items.map {
            VisitRow($0, sessions: sessions[$0.visit.id] ?? [], catalog: services.store.catalog, directory: directory)
        }
        model.hasVisits = !recent.items.isEmpty
        model.visitsLabel = Strings.pageOf(VietnameseFormat.integer(recent.page), VietnameseFormat.integer(recent.pageCount))
        model.visitsPrevious = recent.page > 1 ? QueryString.path(base, [("page", String(housePage)), ("visits", String(recent.page - 1))]) : nil
        model.visitsNext = recent.page < recent.pageCount ? QueryString.path(base, [("page", String(housePage)), ("visits", String(recent.page + 1))]) : nil
        if model.hasHouseholds || model.hasVisits {
            try await services.store.accessLog.record(.list, actor: context.actor(), subject: nil, unitCode: unit.code,
                                                      detail: "visits", now: services.clock.now())
        }
        return try services.render("visits", model, layout: services.layout(model.title, context: context, unit: unit,
                                                                             flash: Flash.message(request.query("done"))))
            .response(from: request, context: context)
    }
}

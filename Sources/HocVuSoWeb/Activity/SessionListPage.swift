import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The support sessions of a unit: filters (period, village, team, member, category), pages, exports.
struct SessionListPage {
    let services: AppServices

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var from: String
        var to: String
        var villages: [Option]
        var teams: [Option]
        var members: [Option]
        var categories: [Option]
        var items: [SessionRow]
        var hasItems: Bool
        var total: String
        var pageLabel: String
        var previousHref: String?
        var nextHref: String?
        var xlsxHref: String
        var csvHref: String
        var filtered: Bool
        var canRecord: Bool
        var error: String?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let account = try context.account()
        let input = ActivityFilterInput(request)
        let directory = services.store.directory
        let commune = services.commune(of: unit)
        var roster: TeamStore.Roster?
        if let commune { roster = try await services.store.teams.roster(commune: commune.code) }
        let options = ActivityFilterOptions(unit: unit, roster: roster, input: input, directory: directory)
        let catalog = services.store.catalog
        let base = "/units/\(unit.code)/sessions"
        var model = Model(
            code: unit.code, title: "\(Strings.sessionsTitle) – \(unit.fullName)", nav: ActivityNav.links(unit, current: .sessions),
            from: input.shown(input.from), to: input.shown(input.to), villages: options.villages, teams: options.teams,
            members: options.members,
            categories: catalog.all(for: commune?.code ?? "").map { Option(value: $0.key, label: $0.label, selected: $0.key == input.category) },
            items: [], hasItems: false, total: "0", pageLabel: "", previousHref: nil, nextHref: nil,
            xlsxHref: "", csvHref: "", filtered: input.isFiltered,
            canRecord: unit.level != .province && account.role.may(.recordSessions), error: nil)
        var status = HTTPResponse.Status.ok
        do {
            let query = try input.query(unit: unit, directory: directory, page: try request.pageNumber())
            let page = try await services.store.sessions.list(query, unit: unit)
            model.items = page.items.map { SessionRow($0, catalog: catalog, directory: directory) }
            model.hasItems = !page.items.isEmpty
            model.total = VietnameseFormat.integer(page.total)
            model.pageLabel = Strings.pageOf(VietnameseFormat.integer(page.page), VietnameseFormat.integer(page.pageCount))
            let filters = ActivityFilterInput.pairs(query)
            model.previousHref = page.page > 1 ? QueryString.path(base, filters + [("page", String(page.page - 1))]) : nil
            model.nextHref = page.page < page.pageCount ? QueryString.path(base, filters + [("page", String(page.page + 1))]) : nil
            model.xlsxHref = QueryString.path("\(base)/export", [("format", "xlsx")] + filters)
            model.csvHref = QueryString.path("\(base)/export", [("format", "csv")] + filters)
            if !page.items.isEmpty {
                try await services.store.accessLog.record(.list, actor: context.actor(), subject: nil, unitCode: unit.code,
                                                          detail: "sessions page \(page.page)", now: services.clock.now())
            }
        } catch let error as DomainError where error.kind == .invalid {
            model.error = error.message
            status = .unprocessableContent
        }
        return try services.render("sessions", model, layout: services.layout(model.title, context: context, unit: unit), status: status)
            .response(from: request, context: context)
    }
}

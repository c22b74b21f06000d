import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The classes and events of a unit: filters (period, village, type), pages, exports.
struct EventListPage {
    let services: AppServices

    struct Row {
        var href: String
        var day: String
        var type: String
        var topic: String
        var place: String
        var organiser: String
        var unit: String
        var participants: String
        var named: String
        var headCount: String?
    }

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var from: String
        var to: String
        var villages: [Option]
        var types: [Option]
        var items: [Row]
        var hasItems: Bool
        var total: String
        var pageLabel: String
        var previousHref: String?
        var nextHref: String?
        var xlsxHref: String
        var csvHref: String
        var filtered: Bool
        var canCreate: Bool
        var error: String?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let account = try context.account()
        let input = ActivityFilterInput(request)
        let directory = services.store.directory
        let options = ActivityFilterOptions(unit: unit, roster: nil, input: input, directory: directory)
        let base = "/units/\(unit.code)/events"
        var model = Model(
            code: unit.code, title: "\(Strings.eventsTitle) – \(unit.fullName)", nav: ActivityNav.links(unit, current: .events),
            from: input.shown(input.from), to: input.shown(input.to), villages: options.villages,
            types: EventType.allCases.map { Option(value: $0.rawValue, label: Strings.eventTypeLabel($0), selected: $0.rawValue == input.type) },
            items: [], hasItems: false, total: "0", pageLabel: "", previousHref: nil, nextHref: nil, xlsxHref: "", csvHref: "",
            filtered: input.isFiltered, canCreate: unit.level != .province && account.role.may(.manageEvents), error: nil)
        var status = HTTPResponse.Status.ok
        do {
            let query = try input.query(unit: unit, directory: directory, page: try request.pageNumber())
            let page = try await services.store.events.list(query, unit: unit)
            model.items = page.items.map { line in
                let e = line.event
                return Row(href: "/events/\(e.id.uuidString)", day: VietnameseFormat.date(e.day), type: Strings.eventTypeLabel(e.type),
                           topic: e.topic, place: e.place, organiser: e.organiser, unit: services.unitName(e.unitCode),
                           participants: VietnameseFormat.integer(line.participants), named: VietnameseFormat.integer(line.named),
                           headCount: e.headCount.map(VietnameseFormat.integer))
            }
            model.hasItems = !page.items.isEmpty
            model.total = VietnameseFormat.integer(page.total)
            model.pageLabel = Strings.pageOf(VietnameseFormat.integer(page.page), VietnameseFormat.integer(page.pageCount))
            let filters = ActivityFilterInput.pairs(query)
            model.previousHref = page.page > 1 ? QueryString.path(base, filters + [("page", String(page.page - 1))]) : nil
            model.nextHref = page.page < page.pageCount ? QueryString.path(base, filters + [("page", String(page.page + 1))]) : nil
            model.xlsxHref = QueryString.path("\(base)/export", [("format", "xlsx")] + filters)
            model.csvHref = QueryString.path("\(base)/export", [("format", "csv")] + filters)
        } catch let error as DomainError where error.kind == .invalid {
            model.error = error.message
            status = .unprocessableContent
        }
        return try services.render("events", model, layout: services.layout(model.title, context: context, unit: unit,
                                                                             flash: Flash.message(request.query("done"))),
                                   status: status)
            .response(from: request, context: context)
    }
}

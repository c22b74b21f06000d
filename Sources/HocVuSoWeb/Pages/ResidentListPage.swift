import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The resident list of a unit's subtree: search, filters, Vietnamese name order, pages.
struct ResidentListPage {
    let services: AppServices

    struct Model {
        var code: String
        var unitName: String
        var csrf: String
        var q: String
        var villages: [Option]
        var groups: [Option]
        var ages: [Option]
        var items: [ResidentViewModel]
        var hasItems: Bool
        var total: String
        var pageLabel: String
        var previousHref: String?
        var nextHref: String?
        var canAdd: Bool
        var canImport: Bool
        var filtered: Bool
        /// The active filters in words, and the dashboard filters the search form carries along.
        var filterNote: String?
        var hidden: [Option]
    }

    func register(_ routes: Routes) {
        routes.get("/units/{code}/residents", .unit(.readResidents)) { request, context in
            let unit = try context.authorizedUnit()
            let account = try context.account()
            let query = try Self.query(request, unit: unit, directory: services.store.directory)
            let page = try await services.store.residents.list(query, directory: services.store.directory, actor: context.actor())
            let today = CivilDate(services.clock.now())
            let directory = services.store.directory
            let villages = Self.villages(under: unit, directory: directory)
            func href(_ n: Int) -> String {
                var parts = ["page=\(n)"]
                // The search term stays on the server; links carry its token (see SearchTerms).
                if query.text != nil, let token = request.query("s") { parts.append("s=\(QueryString.encode(token))") }
                if let v = query.villageCode { parts.append("village=\(v)") }
                if let g = query.targetGroup { parts.append("group=\(g.rawValue)") }
                if let a = query.ageBand { parts.append("age=\(a.rawValue)") }
                parts += IndicatorFilters.parameters(query).map { "\($0.name)=\($0.value)" }
                if query.perPage != 50 { parts.append("per=\(query.perPage)") }
                return "/units/\(unit.code)/residents?" + parts.joined(separator: "&")
            }
            let model = Model(
                code: unit.code, unitName: unit.fullName, csrf: context.csrfToken, q: query.text ?? "",
                villages: villages.map { Option(value: $0.code, label: $0.fullName, selected: $0.code == query.villageCode) },
                groups: TargetGroup.allCases.map { Option(value: $0.rawValue, label: Strings.targetGroupLabel($0), selected: $0 == query.targetGroup) },
                ages: AgeBand.allCases.map { Option(value: $0.rawValue, label: Strings.ageBandLabel($0), selected: $0 == query.ageBand) },
                items: page.items.map { ResidentViewModel($0, directory: directory, today: today, showIdentity: false,
                                                         withCommune: unit.level == .province) },
                hasItems: !page.items.isEmpty,
                total: page.totalIsCapped ? Strings.moreThan(VietnameseFormat.integer(ResidentQuery.countCap)) : VietnameseFormat.integer(page.total),
                pageLabel: Strings.pageOf(VietnameseFormat.integer(page.page), VietnameseFormat.integer(page.pageCount)),
                previousHref: page.page > 1 ? href(page.page - 1) : nil,
                nextHref: page.page < page.pageCount ? href(page.page + 1) : nil,
                canAdd: unit.level != .province && account.role.may(.writeResidents),
                canImport: unit.level != .province && account.role.may(.importResidents),
                filtered: query.text != nil || query.villageCode != nil || query.targetGroup != nil || query.ageBand != nil
                    || !IndicatorFilters.parameters(query).isEmpty,
                filterNote: IndicatorFilters.description(query, villageName: query.villageCode.flatMap { directory[$0]?.fullName }),
                hidden: IndicatorFilters.parameters(query).map { Option(value: $0.value, label: $0.name, selected: true) })
            return try services.render("residents", model, layout: services.layout("\(Strings.residentsTitle) – \(unit.fullName)",
                                                                                    context: context, unit: unit,
                                                                                    flash: Flash.message(request.query("done"))))
        }
    }

    /// Reads the list's query parameters; a malformed value is an error naming it. A village filter must lie in the unit.
    static func query(_ request: Request, unit: AdminUnit, directory: UnitDirectory) throws -> ResidentQuery {
        var query = ResidentQuery(unitCode: unit.code, text: request.query("q"), page: try request.pageNumber(),
                                  perPage: try request.query("per").map { text in
                                      guard let n = Int(text), (1...ResidentQuery.maxPerPage).contains(n) else {
                                          throw DomainError(.badRequest, code: "query.per", message: Strings.invalidParameter("per", text))
                                      }
                                      return n
                                  } ?? 50)
        if let village = request.query("village") {
            guard directory.contains(village, under: unit.code) else {
                throw DomainError(.badRequest, code: "query.village", message: Strings.invalidParameter("village", village))
            }
            query.villageCode = village
        }
        if let group = request.query("group") {
            guard let value = TargetGroup(rawValue: group) else {
                throw DomainError(.badRequest, code: "query.group", message: Strings.invalidParameter("group", group))
            }
            query.targetGroup = value
        }
        if let age = request.query("age") {
            guard let value = AgeBand(rawValue: age) else {
                throw DomainError(.badRequest, code: "query.age", message: Strings.invalidParameter("age", age))
            }
            query.ageBand = value
        }
        try IndicatorFilters.apply(request, to: &query)
        return query
    }

    /// The villages a list can be filtered by: the unit's own, or the unit itself when it is a village.
    static func villages(under unit: AdminUnit, directory: UnitDirectory) -> [AdminUnit] {
        switch unit.level {
        case .village: return [unit]
        case .commune: return directory.children(of: unit.code)
        case .province: return []
        }
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `GET /units/{code}/dashboard` (a province, commune or village) and `GET /dashboard` (the nation, for an admin;
/// everyone else is sent to their unit's dashboard): each indicator against its target, the units below, charts.
struct DashboardPage {
    let services: AppServices

    /// What the query string chose: year, ranking indicator, order of the units table.
    struct Choice {
        var year: Int
        var rank: String
        var sort: UnitsTable.Sort?

        static let defaultRank = "adults_skilled_pct"

        init(_ request: Request, today: CivilDate) throws {
            year = try IndicatorBoard.year(request.query("year"), today: today)
            rank = request.query("rank") ?? Self.defaultRank
            guard IndicatorDefinition.named(rank) != nil else {
                throw DomainError(.badRequest, code: "query.rank", message: Strings.invalidParameter("rank", rank))
            }
            sort = try UnitsTable.sort(request)
        }

        /// The page's own address with these choices (the default ones left out).
        func href(_ base: String, sort: UnitsTable.Sort? = nil, keepSort: Bool = true) -> String {
            var parts = ["year=\(year)"]
            if rank != Self.defaultRank { parts.append("rank=\(rank)") }
            if let sort = sort ?? (keepSort ? self.sort : nil) {
                parts += ["sort=\(sort.key)", "dir=\(sort.descending ? "desc" : "asc")"]
            }
            return base + "?" + parts.joined(separator: "&")
        }
    }

    /// The figures one dashboard is about.
    struct Subject {
        var unit: AdminUnit?
        var name: String
        var own: [IndicatorStatus]
        var children: [IndicatorBoard.Row]
        var childLevel: UnitLevel?
        var base: String
    }

    func unit(_ request: Request, _ context: AppContext) async throws -> HTML {
        let unit = try context.authorizedUnit()
        let choice = try Choice(request, today: services.today)
        let board = try await IndicatorBoard(services: services).board(unit, year: choice.year, withChildren: true)
        let subject = Subject(unit: unit, name: unit.fullName, own: board.own.statuses, children: board.children,
                              childLevel: unit.level.child, base: "/units/\(unit.code)/dashboard")
        var model = try model(subject, choice: choice, context: context)
        model.trend = try await trend(unit, year: choice.year)
        model.categories = try await categories(unit, year: choice.year)
        return try services.render("dashboard", model, layout: services.layout(Strings.dashboardTitle(unit.fullName), context: context, unit: unit))
    }

    func nation(_ request: Request, _ context: AppContext) async throws -> Response {
        let account = try context.account()
        guard account.role == .admin else {
            return try SeeOther("/units/\(account.unitCode)/dashboard").response(from: request, context: context)
        }
        let choice = try Choice(request, today: services.today)
        let nation = try await IndicatorBoard(services: services).nation(year: choice.year)
        let subject = Subject(unit: nil, name: Strings.nationName, own: nation.own, children: nation.provinces,
                              childLevel: .province, base: "/dashboard")
        let model = try model(subject, choice: choice, context: context)
        return try services.render("dashboard", model, layout: services.layout(Strings.dashboardTitle(Strings.nationName), context: context))
            .response(from: request, context: context)
    }

    static let headline = ["officials_skilled_pct", "adults_skilled_pct", "vneid_l2_16plus_pct", "digital_households_pct"]

    func model(_ subject: Subject, choice: Choice, context: AppContext) throws -> DashboardModel {
        let account = try context.account()
        let year = choice.year
        let texts = subject.own.map(StatusText.init)
        let targeted = texts.filter { $0.status.onTrack != nil }
        var model = DashboardModel(
            heading: Strings.dashboardTitle(subject.name),
            subtitle: [subject.unit.map { Strings.levelLabel($0.level) } ?? Strings.nationLevel, Strings.yearLabel(year)]
                .joined(separator: " · "),
            note: Strings.liveFigures,
            nav: subject.unit.flatMap { unit in account.role.may(.readActivity) ? ActivityNav.links(unit, current: .indicators) : nil } ?? [],
            action: subject.base,
            years: TargetRules.years.map { Option(value: String($0), label: String($0), selected: $0 == year) },
            year: String(year), rank: choice.rank == Choice.defaultRank ? nil : choice.rank,
            summary: targeted.isEmpty ? Strings.noTargetsYet
                : Strings.onTrackSummary(targeted.filter { $0.status.onTrack == true }.count, targeted.count),
            rings: Self.headline.compactMap { key in texts.first { $0.key == key } }.map { text in
                DashboardModel.Ring(
                    svg: ProgressRing(title: Strings.ringTitle(text.definition.label, text.value, text.target, text.verdict),
                                      value: text.status.value.value, valueText: text.value, target: text.status.target?.value,
                                      state: text.state).svg(),
                    label: Strings.indicatorShortLabel(text.key), hasTarget: text.status.target != nil, target: text.target, verdict: text.verdict, state: text.state.rawValue)
            },
            rows: texts.map { text in
                let href = subject.unit.flatMap { Self.peopleHref(text.key, unit: $0, year: year, role: account.role) }
                return DashboardModel.IndicatorRow(key: text.key, label: text.definition.label, value: text.value,
                                                   valueHref: text.isPercent ? nil : href, fraction: text.isPercent ? text.fraction : nil,
                                                   fractionHref: text.isPercent ? href : nil, hasTarget: text.status.target != nil,
                                                   target: text.target, gap: text.gap, verdict: text.verdict, state: text.state.rawValue)
            },
            barsSVG: DashboardCharts.bars(texts.filter(\.isPercent), title: Strings.barsChartTitle(subject.name, year)))
        if let unit = subject.unit {
            model.plansHref = "/units/\(unit.code)/plans?year=\(year)"
            model.exports = Self.exports(unit, year: year, table: "indicators")
            if let parent = unit.parentCode.flatMap({ services.store.directory[$0] }), services.inScope(parent.code, context: context) {
                model.upHref = "/units/\(parent.code)/dashboard?year=\(year)"
                model.upTitle = Strings.dashboardTitle(parent.fullName)
            } else if unit.level == .province, account.role == .admin {
                model.upHref = "/dashboard?year=\(year)"
                model.upTitle = Strings.dashboardTitle(Strings.nationName)
            }
        }
        if let level = subject.childLevel, !subject.children.isEmpty {
            model.units = units(subject, level: level, choice: choice, context: context)
        }
        return model
    }

    /// The units table and the ranking chart.
    func units(_ subject: Subject, level: UnitLevel, choice: Choice, context: AppContext) -> DashboardModel.Units {
        let keys = UnitsTable.columns(for: level)
        let current = choice.sort ?? .behindFirst
        func header(_ key: String, _ label: String, numeric: Bool) -> DashboardModel.Header {
            let active = current.key == key
            let next = active ? UnitsTable.Sort(key: key, descending: !current.descending) : .initial(key)
            return DashboardModel.Header(label: label, href: choice.href(subject.base, sort: next) + "#units",
                                         sort: active ? (current.descending ? "descending" : "ascending") : nil,
                                         arrow: active ? (current.descending ? " ▼" : " ▲") : "", title: Strings.sortBy(label), numeric: numeric)
        }
        let rows = UnitsTable.sorted(subject.children, by: choice.sort).map { row -> DashboardModel.UnitRow in
            let inScope = services.inScope(row.unit.code, context: context)
            let href = inScope ? "/units/\(row.unit.code)/dashboard?year=\(choice.year)" : nil
            let behind = UnitsTable.behind(row)
            let judged = row.statuses.contains { $0.onTrack != nil }
            return DashboardModel.UnitRow(
                name: row.unit.fullName, href: href, behind: judged ? Strings.behindCount(behind) : Strings.noData,
                behindState: !judged ? "none" : (behind > 0 ? "off" : "ok"),
                cells: keys.map { key in
                    guard let status = row.status(key) else { return DashboardModel.Cell(value: Strings.noData, numerator: "", state: "none") }
                    let text = StatusText(status)
                    let link = href.map { "\($0)#ind-\(key)" }
                    let shared = (status.value.denominator ?? 0) > 0
                    return DashboardModel.Cell(value: text.value, valueHref: text.isPercent ? nil : link, numerator: text.numerator,
                                               denominator: shared ? text.denominator : nil, href: shared ? link : nil,
                                               state: text.state.rawValue)
                })
        }
        let ranking = DashboardCharts.ranking(subject.children, key: choice.rank,
                                              title: Strings.rankChartTitle(Strings.indicatorLabel(choice.rank), choice.year))
        let levelName = Strings.levelLabel(level)
        return DashboardModel.Units(
            title: Strings.childrenSection(levelName), note: Strings.behindFirstNote,
            headers: [header("name", Strings.columnUnit, numeric: false), header("behind", Strings.columnBehind, numeric: true)]
                + keys.map { header($0, Strings.indicatorShortLabel($0), numeric: true) },
            rowsHTML: UnitRowsHTML.render(rows), exports: subject.unit.map { Self.exports($0, year: choice.year, table: "units") } ?? [],
            rankTitle: Strings.rankSection(Strings.indicatorLabel(choice.rank)),
            rankOptions: IndicatorDefinition.all.map { Option(value: $0.key, label: $0.label, selected: $0.key == choice.rank) },
            rankSVG: ranking.svg, rankNote: ranking.note,
            hiddenSort: choice.sort?.key, hiddenDir: choice.sort.map { $0.descending ? "desc" : "asc" })
    }

    /// Where the number behind an indicator leads: the residents counted, or the sessions and events of the year.
    static func peopleHref(_ key: String, unit: AdminUnit, year: Int, role: Role) -> String? {
        if let query = IndicatorFilters.residentsQuery(key, year: year) {
            return role.may(.readResidents) ? "/units/\(unit.code)/residents?\(query)" : nil
        }
        let period = "from=01/01/\(year)&to=31/12/\(year)"
        switch key {
        case "support_sessions": return role.may(.readActivity) ? "/units/\(unit.code)/sessions?\(period)" : nil
        case "event_participants": return role.may(.readActivity) ? "/units/\(unit.code)/events?\(period)" : nil
        default: return nil
        }
    }

    static func exports(_ unit: AdminUnit, year: Int, table: String) -> [DashboardModel.Link] {
        [DashboardModel.Link(title: Strings.downloadXLSX, href: "/units/\(unit.code)/dashboard/export?format=xlsx&table=\(table)&year=\(year)"),
         DashboardModel.Link(title: Strings.downloadCSV, href: "/units/\(unit.code)/dashboard/export?format=csv&table=\(table)&year=\(year)")]
    }

    /// Support sessions and event participants per month (months still to come left out).
    func trend(_ unit: AdminUnit, year: Int) async throws -> DashboardModel.Trend {
        let indicators = services.store.indicators
        async let sessions = indicators.monthly(RollupStore.Metric.sessions, unit: unit.code, province: unit.provinceCode, year: year)
        async let participants = indicators.monthly(RollupStore.Metric.eventParticipants, unit: unit.code, province: unit.provinceCode, year: year)
        let (s, p) = try await (sessions, participants)
        let today = services.today
        let last = year < today.year ? 12 : (year == today.year ? today.month : 0)
        func values(_ counts: [Int: Int]) -> [Int?] { (1...12).map { $0 <= last ? counts[$0] ?? 0 : nil } }
        let chart = TrendChart(title: Strings.trendChartTitle(unit.fullName, year), series: [
            .init(name: Strings.trendSessions, values: values(s), className: "s1"),
            .init(name: Strings.trendParticipants, values: values(p), className: "s2"),
        ])
        return DashboardModel.Trend(title: Strings.trendSection(year), svg: chart.svg(), months: last == 0 ? [] : (1...last).map { month in
            DashboardModel.Month(label: Strings.monthLabel(month), sessions: VietnameseFormat.integer(s[month] ?? 0),
                                 participants: VietnameseFormat.integer(p[month] ?? 0))
        })
    }

    func categories(_ unit: AdminUnit, year: Int) async throws -> DashboardModel.Categories {
        let counts = try await services.store.indicators.sessionsByCategory(unit: unit.code, province: unit.provinceCode, year: year)
        guard counts.values.contains(where: { $0 > 0 }) else { return DashboardModel.Categories(svg: nil, emptyText: Strings.noSessionsYet) }
        let catalog = services.store.catalog
        let commune = unit.communeCode ?? ""
        let labelled = counts.filter { $0.value > 0 }.map { (label: catalog.label($0.key, commune: commune), n: $0.value) }
        return DashboardModel.Categories(svg: DashboardCharts.categories(labelled, title: Strings.categoriesChartTitle(unit.fullName, year)),
                                         emptyText: nil)
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Browsing province → commune → village with counts, and the commune's management of its villages.
struct UnitPages {
    let services: AppServices

    struct Row {
        var code: String
        var name: String
        var href: String
        var residents: String
        var households: String
        var children: String
        var closed: Bool
        var status: String
    }

    struct Model {
        var code: String?
        var title: String
        var levelLabel: String?
        var residents: String
        var households: String
        var groups: [GroupCount]
        var childLabel: String?
        var rows: [Row]
        var hasRows: Bool
        var residentsHref: String
        var canManageVillages: Bool
        var canImport: Bool
        var canAddResident: Bool
        var isVillage: Bool
        var villageTypes: [String]
        var today: String
        var csrf: String
        var history: [HistoryRow]
        /// The team summary and links to the activity pages, for accounts that may see them.
        var activity: UnitActivityModel? = nil
        /// This year's headline indicators and the links to the dashboard and the plans.
        var indicators: IndicatorSummaryModel? = nil
    }

    struct GroupCount {
        var label: String
        var count: String
    }

    struct HistoryRow {
        var name: String
        var from: String
        var to: String?
    }

    func register(_ routes: Routes) {
        routes.get("/units", .signedIn) { request, context in
            let account = try context.account()
            guard account.role == .admin else { return try SeeOther("/units/\(account.unitCode)").response(from: request, context: context) }
            let directory = services.store.directory
            let provinces = directory.provinceCodes.compactMap { directory[$0] }
            let counts = try await services.store.rollups.counts(units: provinces.map(\.code))
            let model = Model(code: nil, title: Strings.allUnitsTitle, levelLabel: nil, residents: total(counts, RollupStore.Metric.residents),
                              households: total(counts, RollupStore.Metric.households), groups: [],
                              childLabel: Strings.levelLabel(.province), rows: rows(provinces, counts, directory),
                              hasRows: true, residentsHref: "", canManageVillages: false, canImport: false, canAddResident: false,
                              isVillage: false, villageTypes: [], today: "", csrf: context.csrfToken, history: [])
            return try services.render("unit", model, layout: services.layout(Strings.allUnitsTitle, context: context))
                .response(from: request, context: context)
        }
        routes.get("/units/{code}", .unit(.browseUnits)) { request, context in
            let unit = try context.authorizedUnit()
            let account = try context.account()
            let directory = services.store.directory
            let children = directory.children(of: unit.code)
            let counts = try await services.store.rollups.counts(units: [unit.code] + children.map(\.code))
            let own = counts[unit.code] ?? [:]
            let history = unit.level == .village ? try await services.store.units.history(code: unit.code) : []
            var model = Model(
                code: unit.code, title: unit.fullName, levelLabel: Strings.levelLabel(unit.level),
                residents: VietnameseFormat.integer(own[RollupStore.Metric.residents] ?? 0),
                households: VietnameseFormat.integer(own[RollupStore.Metric.households] ?? 0),
                groups: TargetGroup.allCases.map { GroupCount(label: Strings.targetGroupLabel($0),
                                                              count: VietnameseFormat.integer(own[RollupStore.Metric.residents($0)] ?? 0)) },
                childLabel: unit.level.child.map(Strings.levelLabel),
                rows: rows(children, counts, directory), hasRows: !children.isEmpty,
                residentsHref: "/units/\(unit.code)/residents",
                canManageVillages: unit.level == .commune && account.role.may(.manageVillages),
                canImport: unit.level != .province && account.role.may(.importResidents),
                canAddResident: unit.level != .province && account.role.may(.writeResidents),
                isVillage: unit.level == .village && account.role.may(.manageVillages) && unit.status == .active,
                villageTypes: Strings.villageTypes, today: VietnameseFormat.date(CivilDate(services.clock.now())),
                csrf: context.csrfToken,
                history: history.map { HistoryRow(name: "\($0.type) \($0.name)", from: VietnameseFormat.date($0.validFrom),
                                                  to: $0.validTo.map(VietnameseFormat.date)) })
            model.activity = try await services.unitActivity(unit, account: account)
            model.indicators = try await services.indicatorSummary(unit)
            return try services.render("unit", model, layout: services.layout(unit.fullName, context: context, unit: unit,
                                                                               flash: Flash.message(request.query("done"))))
                .response(from: request, context: context)
        }
        routes.post("/units/{code}/villages", .unit(.manageVillages)) { request, context in
            var request = request
            let form = try await request.form()
            let unit = try context.authorizedUnit()
            _ = try await services.store.units.createVillage(communeCode: unit.code, name: form.text("name") ?? "",
                                                             type: form.text("type") ?? "", validFrom: try date(form.text("validFrom")))
            try await services.store.reloadDirectory()
            return SeeOther("/units/\(unit.code)?done=village-created")
        }
        routes.post("/units/{code}/rename", .unit(.manageVillages)) { request, context in
            var request = request
            let form = try await request.form()
            let unit = try context.authorizedUnit()
            _ = try await services.store.units.renameVillage(code: unit.code, name: form.text("name") ?? "",
                                                             type: form.text("type") ?? unit.type, effective: try date(form.text("effective")))
            try await services.store.reloadDirectory()
            return SeeOther("/units/\(unit.code)?done=village-renamed")
        }
        routes.post("/units/{code}/close", .unit(.manageVillages)) { request, context in
            var request = request
            let form = try await request.form()
            let unit = try context.authorizedUnit()
            guard form.first("confirm") == "yes" else {
                throw DomainError(.invalid, code: "village.confirm", message: Strings.confirmRequired)
            }
            _ = try await services.store.units.closeVillage(code: unit.code, effective: try date(form.text("effective")))
            try await services.store.reloadDirectory()
            return SeeOther("/units/\(unit.parentCode ?? unit.code)?done=village-closed")
        }
    }

    private func date(_ text: String?) throws -> CivilDate {
        guard let text else { return CivilDate(services.clock.now()) }
        guard let date = VietnameseFormat.parseDate(text) ?? CivilDate(iso: text) else {
            throw DomainError(.invalid, code: "date", message: Strings.dateInvalid)
        }
        return date
    }

    private func rows(_ units: [AdminUnit], _ counts: [String: [String: Int]], _ directory: UnitDirectory) -> [Row] {
        units.map { unit in
            Row(code: unit.code, name: unit.fullName, href: "/units/\(unit.code)",
                residents: VietnameseFormat.integer(counts[unit.code]?[RollupStore.Metric.residents] ?? 0),
                households: VietnameseFormat.integer(counts[unit.code]?[RollupStore.Metric.households] ?? 0),
                children: VietnameseFormat.integer(directory.children(of: unit.code).count),
                closed: unit.status == .closed, status: Strings.statusLabel(unit.status))
        }
    }

    private func total(_ counts: [String: [String: Int]], _ metric: String) -> String {
        VietnameseFormat.integer(counts.values.reduce(0) { $0 + ($1[metric] ?? 0) })
    }
}

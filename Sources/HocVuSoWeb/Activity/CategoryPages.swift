import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The support categories a commune offers: the shared defaults and its own, which it may add, retire and restore.
struct CategoryPages {
    let services: AppServices

    struct Row {
        var key: String
        var label: String
        var active: Bool
        var action: String
    }

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var defaults: [Row]
        var own: [Row]
        var hasOwn: Bool
        var canManage: Bool
        var csrf: String
        var label: String
        var error: String?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let commune = try services.requireCommune(unit)
        if unit.level == .village, services.inScope(commune.code, context: context) {
            return try SeeOther("/units/\(commune.code)/categories").response(from: request, context: context)
        }
        return try render(commune, label: "", error: nil, context: context, flash: Flash.message(request.query("done")), navUnit: unit)
            .response(from: request, context: context)
    }

    func add(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let commune = try managedCommune(context)
        let label = data.text("label") ?? ""
        do {
            _ = try await services.store.categories.add(label: label, commune: commune.code)
            try await services.store.reloadCatalog()
            return try seeOther("/units/\(commune.code)/categories", done: "category-added").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try render(commune, label: label, error: error.message, context: context, flash: nil)
                .response(from: request, context: context)
        }
    }

    func setActive(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let commune = try managedCommune(context)
        guard let key = context.parameters.get("key") else {
            throw DomainError(.notFound, code: "category.not-found", message: Strings.categoryNotFound)
        }
        let active = data.first("active") == "1"
        do {
            try await services.store.categories.setActive(active, key: key, commune: commune.code)
            try await services.store.reloadCatalog()
            return try seeOther("/units/\(commune.code)/categories", done: active ? "category-restored" : "category-retired")
                .response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try render(commune, label: "", error: error.message, context: context, flash: nil)
                .response(from: request, context: context)
        }
    }

    /// The commune whose categories a change addresses; it must lie inside the account's scope.
    func managedCommune(_ context: AppContext) throws -> AdminUnit {
        let commune = try services.requireCommune(try context.authorizedUnit())
        guard services.inScope(commune.code, context: context) else {
            throw DomainError(.forbidden, code: "scope", message: Strings.forbiddenOutsideScope)
        }
        return commune
    }

    func render(_ commune: AdminUnit, label: String, error: String?, context: AppContext, flash: String?,
                navUnit: AdminUnit? = nil) throws -> HTML {
        let account = try context.account()
        let all = services.store.catalog.all(for: commune.code)
        let canManage = account.role.may(.manageTeams) && services.inScope(commune.code, context: context)
        func row(_ c: SupportCategory) -> Row {
            Row(key: c.key, label: c.label, active: c.active, action: "/units/\(commune.code)/categories/\(QueryString.encode(c.key))/active")
        }
        let own = all.filter { $0.communeCode != nil }.map(row)
        let model = Model(code: commune.code, title: "\(Strings.categoriesTitle) – \(commune.fullName)",
                          nav: ActivityNav.links(navUnit ?? commune, current: .categories),
                          defaults: all.filter { $0.communeCode == nil }.map(row), own: own, hasOwn: !own.isEmpty,
                          canManage: canManage, csrf: context.csrfToken, label: label, error: error)
        return try services.render("categories", model, layout: services.layout(model.title, context: context, unit: navUnit ?? commune, flash: flash),
                                   status: error == nil ? .ok : .unprocessableContent)
    }
}

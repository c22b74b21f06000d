import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// One request: what was asked, by when, and the steps that fulfil it (for the roles that may handle it).
struct DataSubjectRequestPage {
    let services: AppServices

    struct Model {
        var title: String
        var nav: [NavLink]
        var r: DataSubjectRequestViewModel
        var changedFields: [String]
        var csrf: String
        var listHref: String
        /// The actions, only while the request is open and for a role that may handle it.
        var actions: Actions?
    }

    struct Actions {
        var base: String
        var residentPresent: Bool
        var canView: Bool
        var canComplete: Bool
        var isCopy: Bool
        var isCorrect: Bool
        var isRestrict: Bool
        var isUnrestrict: Bool
        var isDelete: Bool
    }

    @Sendable func show(_ request: Request, _ context: AppContext) async throws -> HTML {
        let account = try context.account()
        let unit = try DataSubjectRequestRoutes.unit(context, services)
        let line = try await DataSubjectRequestRoutes.line(context, services)
        let r = line.request
        let base = "\(DataSubjectRequestRoutes.base(unit.code))/\(r.id.uuidString)"
        var actions: Actions?
        if r.isOpen, account.role.may(.handlePrivacyRequests) {
            let present = line.residentName != nil
            actions = Actions(base: base, residentPresent: present, canView: present, canComplete: r.kind == .view || r.kind == .copy,
                              isCopy: r.kind == .copy, isCorrect: r.kind == .correct, isRestrict: r.kind == .restrict,
                              isUnrestrict: r.kind == .unrestrict,
                              isDelete: r.kind == .delete)
        }
        let model = Model(
            title: "\(Strings.privacyKindLabel(r.kind)) – \(VietnameseFormat.date(CivilDate(r.receivedAt)))",
            nav: PrivacyNav.links(unit, role: account.role, current: true),
            r: DataSubjectRequestViewModel(line, unitCode: unit.code, today: services.today, showName: account.role.may(.readResidents)),
            changedFields: r.changedFields.map(Strings.residentFieldLabel), csrf: context.csrfToken,
            listHref: DataSubjectRequestRoutes.base(unit.code), actions: actions)
        return try services.render("privacy-request", model, layout: services.layout(model.title, context: context, unit: unit,
                                                                                      flash: Strings.privacyFlash(request.query("done"))))
    }

    /// Closes a view or copy request once the resident has seen or received their data.
    @Sendable func complete(_ request: Request, _ context: AppContext) async throws -> SeeOther {
        let unit = try DataSubjectRequestRoutes.unit(context, services)
        let line = try await DataSubjectRequestRoutes.line(context, services)
        let outcome: String
        switch line.request.kind {
        case .view: outcome = Strings.privacyOutcomeViewed
        case .copy: outcome = Strings.privacyOutcomeCopied
        case .correct, .restrict, .delete, .unrestrict:
            throw DomainError(.conflict, code: "privacy-request.kind", message: Strings.privacyWrongKind(line.request.kind))
        }
        try await services.store.privacyRequests.complete(line.request.id, outcome: outcome, actor: context.actor())
        return SeeOther("\(DataSubjectRequestRoutes.base(unit.code))/\(line.request.id.uuidString)?done=done")
    }

    @Sendable func refuse(_ request: Request, _ context: AppContext) async throws -> SeeOther {
        var request = request
        let unit = try DataSubjectRequestRoutes.unit(context, services)
        let line = try await DataSubjectRequestRoutes.line(context, services)
        let form = try await request.form()
        try await services.store.privacyRequests.refuse(line.request.id, reason: form.first("reason") ?? "", actor: context.actor())
        return SeeOther("\(DataSubjectRequestRoutes.base(unit.code))/\(line.request.id.uuidString)?done=refused")
    }
}

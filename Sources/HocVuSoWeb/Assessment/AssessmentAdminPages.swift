import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore

/// A commune's assessments: the links (and their QR posters) through which people take them, the attempts and
/// their results, and the assisted start for a team member.
struct AssessmentAdminPages {
    let services: AppServices
    static let perPage = 30

    func register(_ routes: Routes) {
        let assisted = AssistedStartPage(services: services)
        routes.get("/units/{code}/assessments", .unit(.readLearning)) { try await show($0, $1) }
        routes.post("/units/{code}/assessments/links", .unit(.manageLearning)) { try await createLink($0, $1) }
        routes.get("/units/{code}/assessments/links/{token}", .unit(.readLearning)) { try await poster($0, $1) }
        routes.post("/units/{code}/assessments/links/{token}/revoke", .unit(.manageLearning)) { try await revokeLink($0, $1) }
        routes.get("/units/{code}/assessments/assisted", .unit(.recordSessions)) { try await assisted.show($0, $1) }
        routes.post("/units/{code}/assessments/assisted", .unit(.recordSessions)) { try await assisted.start($0, $1) }
    }

    struct LinkRow {
        var token: String
        var group: String
        var village: String
        var expires: String
        var use: String
        var attempts: String
        var status: String
        var open: Bool
        var href: String
    }

    struct AttemptRow {
        var started: String
        var name: String
        var group: String
        var mode: String
        var result: String
        var certificate: String?
        var certificateHref: String?
    }

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var csrf: String
        var canManage: Bool
        var canAssist: Bool
        var groups: [Option]
        var villages: [Option]
        var expires: String
        var links: [LinkRow]
        var attempts: [AttemptRow]
        var total: String
        var previous: String?
        var next: String?
        var error: String?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        return try await render(unit, page: try request.pageNumber(), error: nil, context: context,
                                flash: Flash.message(request.query("done")))
            .response(from: request, context: context)
    }

    func createLink(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let form = try await request.form()
        let unit = try context.authorizedUnit()
        let commune = try services.requireCommune(unit)
        do {
            guard let group = form.text("group").flatMap(TargetGroup.init(rawValue:)) else {
                throw DomainError(.invalid, code: "assessment.group", message: Strings.unknownTargetGroup)
            }
            let expires = try ActivityInput.date(form.text("expires") ?? "")
            var village = form.text("village")
            if unit.level == .village { village = unit.code }
            if let code = village, !services.activeVillages(of: commune.code).contains(where: { $0.code == code }) {
                throw DomainError(.invalid, code: "assessment.village", message: Strings.unitNotFound(code))
            }
            let link = try await services.store.assessments.createLink(
                communeCode: commune.code, provinceCode: try provinceCode(commune), villageCode: village, group: group,
                singleUse: form.first("singleUse") == "yes", expiresOn: expires, by: context.actor().username)
            return try SeeOther("/units/\(unit.code)/assessments/links/\(link.token)?done=link-created")
                .response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid {
            return try await render(unit, page: 1, error: error, context: context, flash: nil).response(from: request, context: context)
        }
    }

    func revokeLink(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let commune = try services.requireCommune(unit)
        let link = try await services.store.assessments.link(context.parameters.get("token") ?? "")
        guard link.communeCode == commune.code, unit.level != .village || link.villageCode == unit.code else {
            throw DomainError(.notFound, code: "assessment.link-not-found", message: Strings.assessmentLinkNotFound)
        }
        try await services.store.assessments.revokeLink(link.token, communeCode: commune.code)
        return try SeeOther("/units/\(unit.code)/assessments?done=link-revoked").response(from: request, context: context)
    }

    struct PosterModel {
        var title: String
        var commune: String
        var group: String
        var url: String
        var qr: String
        var expires: String
        var use: String
        var open: Bool
        var status: String
        var backHref: String
    }

    /// The printable poster of a link: its QR code, address and validity.
    func poster(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let commune = try services.requireCommune(unit)
        let link = try await services.store.assessments.link(context.parameters.get("token") ?? "")
        guard link.communeCode == commune.code else {
            throw DomainError(.notFound, code: "assessment.link-not-found", message: Strings.assessmentLinkNotFound)
        }
        let url = "\(PublicAddress.base(request))/danh-gia/\(link.token)"
        let refusal = link.refusal(today: CivilDate(services.clock.now()))
        let model = PosterModel(title: Strings.assessmentsTitle, commune: commune.fullName,
                                group: Strings.targetGroupLabel(link.targetGroup), url: url,
                                qr: try QRCode.encode(url).svg(moduleSize: 8), expires: VietnameseFormat.date(link.expiresOn),
                                use: link.singleUse ? Strings.linkSingleUse : Strings.linkReusable, open: refusal == nil,
                                status: refusal?.message ?? Strings.linkActive, backHref: "/units/\(unit.code)/assessments")
        return try services.render("assessment-poster", model, layout: services.layout(model.title, context: context, unit: unit,
                                                                                       flash: Flash.message(request.query("done"))))
            .response(from: request, context: context)
    }

    func provinceCode(_ unit: AdminUnit) throws -> String {
        guard let province = services.store.directory.path(to: unit.code).first(where: { $0.level == .province }) else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.unitNotFound(unit.code))
        }
        return province.code
    }

    func render(_ unit: AdminUnit, page: Int, error: DomainError?, context: AppContext, flash: String?) async throws -> HTML {
        let commune = try services.requireCommune(unit)
        let account = try context.account()
        let today = CivilDate(services.clock.now())
        let village = unit.level == .village ? unit.code : nil
        let links = try await services.store.assessments.links(communeCode: commune.code)
            .filter { village == nil || $0.villageCode == village }
        let (total, attempts) = try await services.store.assessments.attempts(communeCode: commune.code, villageCode: village,
                                                                              page: page, per: Self.perPage)
        let villages = village == nil ? services.activeVillages(of: commune.code) : []
        let base = "/units/\(unit.code)/assessments?page="
        let model = Model(
            code: unit.code, title: "\(Strings.assessmentsTitle) – \(unit.fullName)",
            nav: ActivityNav.links(unit, current: .assessments), csrf: context.csrfToken,
            canManage: account.role.may(.manageLearning), canAssist: account.role.may(.recordSessions),
            groups: TargetGroup.allCases.map { Option(value: $0.rawValue, label: Strings.targetGroupLabel($0), selected: $0 == .citizen) },
            villages: villages.map { Option(value: $0.code, label: $0.fullName, selected: false) },
            expires: VietnameseFormat.date(today.adding(days: 30)),
            links: links.map { link in
                let refusal = link.refusal(today: today)
                return LinkRow(token: link.token, group: Strings.targetGroupLabel(link.targetGroup),
                               village: link.villageCode.map(services.unitName) ?? "",
                               expires: VietnameseFormat.date(link.expiresOn),
                               use: link.singleUse ? Strings.linkSingleUse : Strings.linkReusable,
                               attempts: VietnameseFormat.integer(link.attempts),
                               status: refusal == nil ? Strings.linkActive : Strings.linkClosed, open: refusal == nil,
                               href: "/units/\(unit.code)/assessments/links/\(link.token)")
            },
            attempts: attempts.map { attempt in
                let result: String
                if let passed = attempt.passed, let correct = attempt.correct, let all = attempt.total {
                    result = "\(passed ? Strings.passedLabel : Strings.failedLabel) · \(VietnameseFormat.percent(part: correct, of: all, digits: 0) ?? "")"
                } else {
                    result = Strings.inProgressLabel
                }
                return AttemptRow(started: ActivityFormat.dateTime(attempt.startedAt), name: attempt.fullName,
                                  group: Strings.targetGroupLabel(attempt.targetGroup),
                                  mode: attempt.mode == .assisted ? "\(Strings.modeAssisted) (\(attempt.assistedBy ?? ""))" : Strings.modeSelf,
                                  result: result, certificate: attempt.certificateCode,
                                  certificateHref: attempt.certificateCode.map { "/units/\(commune.code)/certificates/\($0)" })
            },
            total: VietnameseFormat.integer(total), previous: page > 1 ? base + String(page - 1) : nil,
            next: page * Self.perPage < total ? base + String(page + 1) : nil, error: error?.message)
        return try services.render("assessments", model, layout: services.layout(model.title, context: context, unit: unit, flash: flash),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }
}

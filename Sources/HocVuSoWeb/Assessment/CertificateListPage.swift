import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The certificates issued in a unit's area, and their revocation.
struct CertificateListPage {
    let services: AppServices
    static let perPage = 50

    func register(_ routes: Routes) {
        routes.get("/units/{code}/certificates", .unit(.readLearning)) { try await show($0, $1) }
        routes.post("/units/{code}/certificates/{cert}/revoke", .unit(.manageLearning)) { try await revoke($0, $1) }
    }

    struct Row {
        var code: String
        var name: String
        var group: String
        var issued: String
        var score: String
        var framework: String
        var valid: Bool
        var status: String
        var href: String
    }

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var total: String
        var rows: [Row]
        var previous: String?
        var next: String?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let page = try request.pageNumber()
        let (total, items) = try await services.store.certificates.certificates(unit: unit, page: page, per: Self.perPage)
        let base = "/units/\(unit.code)/certificates?page="
        let model = Model(
            code: unit.code, title: "\(Strings.certificatesTitle) – \(unit.fullName)",
            nav: ActivityNav.links(unit, current: .certificates), total: VietnameseFormat.integer(total),
            rows: items.map { c in
                Row(code: c.code, name: c.fullName, group: Strings.targetGroupLabel(c.targetGroup),
                    issued: VietnameseFormat.date(c.issuedOn), score: "\(c.scorePercent)%",
                    framework: "\(c.frameworkVersion)", valid: c.isValid,
                    status: c.isValid ? Strings.certificateValid : Strings.certificateRevokedLabel,
                    href: "/units/\(unit.code)/certificates/\(c.code)")
            },
            previous: page > 1 ? base + String(page - 1) : nil, next: page * Self.perPage < total ? base + String(page + 1) : nil)
        return try services.render("certificates", model, layout: services.layout(model.title, context: context, unit: unit,
                                                                                  flash: Flash.message(request.query("done"))))
            .response(from: request, context: context)
    }

    /// Revokes after a confirmation, with a reason; the certificate must lie in the unit's area.
    func revoke(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let form = try await request.form()
        let unit = try context.authorizedUnit()
        let code = context.parameters.get("cert") ?? ""
        let certificate = try await services.store.certificates.certificate(typed: code)
        guard Self.belongs(certificate, to: unit, directory: services.store.directory) else {
            throw DomainError(.notFound, code: "certificate.not-found", message: Strings.certificateNotFound)
        }
        guard form.first("confirm") == "yes" else {
            throw DomainError(.invalid, code: "certificate.confirm", message: Strings.certificateRevokeConfirm)
        }
        _ = try await services.store.certificates.revoke(certificate.code, reason: form.text("reason") ?? "", actor: context.actor())
        return try SeeOther("/units/\(unit.code)/certificates/\(certificate.code)?done=certificate-revoked")
            .response(from: request, context: context)
    }

    /// A certificate lies in a unit's area when its commune (or village) is the unit or under it.
    static func belongs(_ certificate: Certificate, to unit: AdminUnit, directory: UnitDirectory) -> Bool {
        if let village = certificate.villageCode, unit.level == .village { return village == unit.code }
        return directory.contains(certificate.communeCode, under: unit.code)
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// A team member starts an assessment with a resident on the member's phone: find the resident in the registry
/// (or type the person's name and birth date), then answer together; the member's account is recorded.
struct AssistedStartPage {
    let services: AppServices

    struct Found {
        var residentID: String
        var name: String
        var birth: String
        var village: String
        var group: String
    }

    struct Model {
        var code: String
        var title: String
        var csrf: String
        var q: String
        var searched: Bool
        var found: [Found]
        var groups: [Option]
        var name: String
        var birthDate: String
        var error: String?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try services.requireLocalUnit(try context.authorizedUnit())
        return try await render(unit, q: request.query("q"), name: "", birthDate: "", error: nil, context: context)
            .response(from: request, context: context)
    }

    func start(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let form = try await request.form()
        let unit = try services.requireLocalUnit(try context.authorizedUnit())
        let commune = try services.requireCommune(unit)
        let province = try AssessmentAdminPages(services: services).provinceCode(commune)
        do {
            let attempt: AssessmentAttempt
            if let resident = form.text("resident").flatMap(UUID.init(uuidString:)) {
                guard let village = try await services.store.residents.villageCode(of: resident),
                      services.store.directory.contains(village, under: unit.code) else {
                    throw DomainError(.invalid, code: "assessment.resident", message: Strings.residentNotFound)
                }
                attempt = try await services.store.assessments.startAssisted(
                    communeCode: commune.code, provinceCode: province, taker: AssessmentTaker(fullName: "", birthDate: nil),
                    residentID: resident, group: .citizen, by: context.actor().username)
            } else {
                let taker = try AssessmentTaker.read(name: form.text("name") ?? "", birthDate: form.text("birthDate") ?? "",
                                                     cccd: "", villageCode: unit.level == .village ? unit.code : nil,
                                                     today: CivilDate(services.clock.now()))
                guard let group = form.text("group").flatMap(TargetGroup.init(rawValue:)) else {
                    throw DomainError(.invalid, code: "assessment.group", message: Strings.unknownTargetGroup)
                }
                attempt = try await services.store.assessments.startAssisted(
                    communeCode: commune.code, provinceCode: province, taker: taker, residentID: nil, group: group,
                    by: context.actor().username)
            }
            return try SeeOther("/danh-gia/bai/\(attempt.id.uuidString)").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid {
            return try await render(unit, q: nil, name: form.text("name") ?? "", birthDate: form.text("birthDate") ?? "",
                                    error: error, context: context).response(from: request, context: context)
        }
    }

    func render(_ unit: AdminUnit, q: String?, name: String, birthDate: String, error: DomainError?,
                context: AppContext) async throws -> HTML {
        var found: [Found] = []
        if let q {
            let page = try await services.store.residents.list(ResidentQuery(unitCode: unit.code, text: q, perPage: 20),
                                                               directory: services.store.directory, actor: context.actor())
            found = page.items.map {
                Found(residentID: $0.id.uuidString, name: $0.fullName, birth: VietnameseFormat.date($0.birthDate),
                      village: services.unitName($0.villageCode), group: Strings.targetGroupLabel($0.targetGroup))
            }
        }
        let model = Model(code: unit.code, title: Strings.assistedTitle, csrf: context.csrfToken, q: q ?? "",
                          searched: q != nil, found: found,
                          groups: TargetGroup.allCases.map { Option(value: $0.rawValue, label: Strings.targetGroupLabel($0), selected: $0 == .citizen) },
                          name: name, birthDate: birthDate, error: error?.message)
        return try services.render("assessment-assisted", model, layout: services.layout(model.title, context: context, unit: unit),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// A unit's data-subject requests (open ones first, by deadline, overdue ones marked), and the form that records one.
struct DataSubjectRequestListPage {
    let services: AppServices
    static let perPage = 30

    struct ListModel {
        var title: String
        var nav: [NavLink]
        var items: [DataSubjectRequestViewModel]
        var hasItems: Bool
        var total: String
        var overdue: String?
        var pageLabel: String
        var previousHref: String?
        var nextHref: String?
        var residentsHref: String
        var canHandle: Bool
    }

    struct FormModel {
        var title: String
        var nav: [NavLink]
        var action: String
        var csrf: String
        var resident: String
        var residentName: String?
        var residentsHref: String
        var kinds: [Option]
        var channels: [Option]
        var receivedDate: String
        var receivedTime: String
        var note: String
        var deadlineRule: String
        var errors: [String]
    }

    @Sendable func list(_ request: Request, _ context: AppContext) async throws -> HTML {
        let unit = try context.authorizedUnit()
        let account = try context.account()
        let page = try request.pageNumber()
        let per = Self.perPage
        let (total, lines) = try await services.store.privacyRequests.list(unit: unit, page: page, per: per)
        let pageCount = max(1, (total + per - 1) / per)
        let base = DataSubjectRequestRoutes.base(unit.code)
        let today = services.today
        let items = lines.map { DataSubjectRequestViewModel($0, unitCode: unit.code, today: today, showName: account.role.may(.readResidents)) }
        let overdue = items.filter(\.overdue).count
        let model = ListModel(
            title: "\(Strings.privacyRequestsTitle) – \(unit.fullName)", nav: PrivacyNav.links(unit, role: account.role, current: true),
            items: items, hasItems: !items.isEmpty, total: VietnameseFormat.integer(total),
            overdue: overdue > 0 ? VietnameseFormat.integer(overdue) : nil,
            pageLabel: Strings.pageOf(VietnameseFormat.integer(min(page, pageCount)), VietnameseFormat.integer(pageCount)),
            previousHref: page > 1 ? QueryString.path(base, [("page", String(page - 1))]) : nil,
            nextHref: page < pageCount ? QueryString.path(base, [("page", String(page + 1))]) : nil,
            residentsHref: "/units/\(unit.code)/residents", canHandle: account.role.may(.handlePrivacyRequests))
        return try services.render("privacy-requests", model, layout: services.layout(model.title, context: context, unit: unit,
                                                                                       flash: Strings.privacyFlash(request.query("done"))))
    }

    @Sendable func newForm(_ request: Request, _ context: AppContext) async throws -> HTML {
        let unit = try context.authorizedUnit()
        let now = services.clock.now()
        let input = DataSubjectRequestInput(residentID: request.query("resident") ?? "", kind: request.query("kind") ?? "",
                                            channel: DataSubjectRequest.Channel.inPerson.rawValue,
                                            receivedDate: VietnameseFormat.date(CivilDate(now)), receivedTime: ActivityFormat.time(now))
        return try await render(input, unit: unit, context: context, failure: nil)
    }

    @Sendable func create(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let unit = try context.authorizedUnit()
        let data = try await request.form()
        let input = DataSubjectRequestInput(residentID: data.first("resident") ?? "", kind: data.first("kind") ?? "",
                                            channel: data.first("channel") ?? "", receivedDate: data.first("receivedDate") ?? "",
                                            receivedTime: data.first("receivedTime") ?? "", note: data.first("note") ?? "")
        do {
            let checked = try input.validated(now: services.clock.now())
            guard let village = try await services.store.residents.villageCode(of: checked.resident),
                  services.store.directory.contains(village, under: unit.code) else {
                throw DomainError(.invalid, code: "privacy-request.resident", message: Strings.privacyResidentNotFound,
                                  details: [Problem(column: "resident", value: checked.resident.uuidString, reason: Strings.privacyResidentNotFound)])
            }
            let saved = try await services.store.privacyRequests.record(
                resident: checked.resident, kind: checked.kind, channel: checked.channel, receivedAt: checked.receivedAt,
                note: checked.note, directory: services.store.directory, actor: context.actor())
            let commune = PrivacyNav.commune(of: unit, directory: services.store.directory)
            return try SeeOther("\(DataSubjectRequestRoutes.base(commune.code))/\(saved.id.uuidString)?done=recorded")
                .response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid {
            return try await render(input, unit: unit, context: context, failure: error).response(from: request, context: context)
        }
    }

    func render(_ input: DataSubjectRequestInput, unit: AdminUnit, context: AppContext, failure: DomainError?) async throws -> HTML {
        let account = try context.account()
        var residentName: String?
        var problems = failure.map { $0.details.isEmpty ? [$0.message] : $0.details.map(\.reason) } ?? []
        if let id = UUID(uuidString: input.residentID), let village = try await services.store.residents.villageCode(of: id),
           services.store.directory.contains(village, under: unit.code) {
            residentName = try await services.store.residents.get(id, actor: context.actor()).fullName
        } else if failure == nil {
            problems.append(Strings.privacyResidentMissing)
        }
        let model = FormModel(
            title: Strings.privacyNewRequestTitle, nav: PrivacyNav.links(unit, role: account.role, current: false),
            action: DataSubjectRequestRoutes.base(unit.code), csrf: context.csrfToken, resident: input.residentID,
            residentName: residentName, residentsHref: "/units/\(unit.code)/residents",
            kinds: DataSubjectRequest.Kind.allCases.map { Option(value: $0.rawValue, label: Strings.privacyKindLabel($0), selected: $0.rawValue == input.kind) },
            channels: DataSubjectRequest.Channel.allCases.map {
                Option(value: $0.rawValue, label: Strings.privacyChannelLabel($0), selected: $0.rawValue == input.channel)
            },
            receivedDate: input.receivedDate, receivedTime: input.receivedTime, note: input.note,
            deadlineRule: Strings.privacyDeadlineRule, errors: problems)
        return try services.render("privacy-request-form", model,
                                   layout: services.layout(model.title, context: context, unit: unit),
                                   status: failure.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }
}

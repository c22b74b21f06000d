import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The review queue of a learning import: each waiting row with the residents it might be, to link one, add the
/// person as a new resident, or set the row aside.
struct LearningReviewPage {
    let services: AppServices
    static let perPage = 25

    struct Candidate {
        var residentID: String
        var name: String
        var birth: String
        var village: String
    }

    struct Item {
        var reviewID: String
        var row: String
        var name: String
        var birth: String
        var birthInput: String
        var cccd: String?
        var phone: String?
        var course: String
        var status: String
        var reason: String
        var candidates: [Candidate]
        var hasCandidates: Bool
    }

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var csrf: String
        var total: String
        var items: [Item]
        var villages: [Option]
        var previous: String?
        var next: String?
        var error: String?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let scope = try LearningImport.scope(unit, directory: services.store.directory)
        if scope.unitCode != unit.code {
            return try SeeOther("/units/\(scope.unitCode)/learning/review").response(from: request, context: context)
        }
        return try await render(unit, scope: scope, page: try request.pageNumber(), error: nil, context: context,
                                flash: Flash.message(request.query("done")))
            .response(from: request, context: context)
    }

    func link(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context) { id, form, scope in
            guard let resident = form.text("resident").flatMap(UUID.init(uuidString:)) else {
                throw DomainError(.invalid, code: "learning.review-resident", message: Strings.learningReviewNotCandidate)
            }
            try await services.store.learning.link(id, to: resident, scope: scope, actor: context.actor())
            return "review-linked"
        }
    }

    func create(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context) { id, form, scope in
            let item = try await services.store.learning.review(id, provinceCode: scope.provinceCode)
            guard item.state == "open" else {
                throw DomainError(.conflict, code: "learning.review-resolved", message: Strings.learningReviewResolved)
            }
            var resident = ResidentForm()
            resident.fullName = item.fullName
            resident.birthDate = form.text("birthDate") ?? ""
            resident.gender = form.text("gender") ?? ""
            resident.cccd = item.cccd
            resident.phone = item.phone
            resident.villageCode = form.text("villageCode") ?? ""
            guard let village = services.store.directory[resident.villageCode],
                  scope.communeCode == nil || services.store.directory.path(to: village.code).contains(where: { $0.code == scope.communeCode }),
                  services.inScope(village.code, context: context) else {
                throw DomainError(.invalid, code: "resident.village", message: Strings.learningReviewNotCandidate)
            }
            let created = try await services.store.residents.create(
                try resident.validated(id: UUID(), today: CivilDate(services.clock.now())),
                directory: services.store.directory, actor: context.actor())
            try await services.store.learning.link(id, to: created.id, scope: scope, actor: context.actor())
            return "review-created"
        }
    }

    func dismiss(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context) { id, _, scope in
            try await services.store.learning.dismiss(id, scope: scope, actor: context.actor())
            return "review-dismissed"
        }
    }

    /// Runs one action on a waiting row; a refusal shows the queue again with the message.
    private func act(_ request: Request, _ context: AppContext,
                     _ body: (UUID, FormData, LearningStore.Scope) async throws -> String) async throws -> Response {
        var request = request
        let form = try await request.form()
        let unit = try context.authorizedUnit()
        let scope = try LearningImport.scope(unit, directory: services.store.directory)
        let id = try context.uuidParameter("review", notFound: Strings.learningReviewNotFound)
        do {
            let done = try await body(id, form, scope)
            return try SeeOther("/units/\(scope.unitCode)/learning/review?done=\(done)").response(from: request, context: context)
        } catch let error as DomainError where error.kind != .notFound {
            return try await render(unit, scope: scope, page: 1, error: error, context: context, flash: nil)
                .response(from: request, context: context)
        }
    }

    func render(_ unit: AdminUnit, scope: LearningStore.Scope, page: Int, error: DomainError?, context: AppContext,
                flash: String?) async throws -> HTML {
        let store = services.store
        let (total, items) = try await store.learning.openReviews(unitCode: scope.unitCode, provinceCode: scope.provinceCode,
                                                                  page: page, per: Self.perPage)
        let courses = Dictionary(try await store.courses.all().map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        // Namesakes in the area, for rows that matched no one: the birth date may have been mistyped.
        var namesakes: [String: [Resident]] = [:]
        if let commune = scope.communeCode {
            let folds = items.map { VietnameseText.fold($0.fullName) }
            for resident in try await store.residents.residents(commune: commune, nameFolds: folds) {
                namesakes[VietnameseText.fold(resident.fullName), default: []].append(resident)
            }
        }
        var rows: [Item] = []
        for item in items {
            var candidates: [Resident] = []
            for id in item.candidates {
                if let resident = try? await store.residents.get(id, actor: context.actor()) { candidates.append(resident) }
            }
            if candidates.isEmpty { candidates = Array((namesakes[VietnameseText.fold(item.fullName)] ?? []).prefix(5)) }
            let birth = item.birth.flatMap(CivilDate.init(iso:))
            rows.append(Item(
                reviewID: item.id.uuidString, row: String(item.rowNumber), name: item.fullName,
                birth: birth.map(VietnameseFormat.date) ?? item.birth ?? "", birthInput: birth.map(VietnameseFormat.date) ?? "",
                cccd: item.cccd.map(CCCD.masked), phone: item.phone, course: courses[item.courseID] ?? "",
                status: item.progress.status == .completed ? Strings.learningStatusCompleted : Strings.learningStatusEnrolled,
                reason: item.reason == "several" ? Strings.learningReasonSeveral : Strings.learningReasonNone,
                candidates: candidates.map {
                    Candidate(residentID: $0.id.uuidString, name: $0.fullName, birth: VietnameseFormat.date($0.birthDate),
                              village: services.unitName($0.villageCode))
                },
                hasCandidates: !candidates.isEmpty))
        }
        let villages = scope.communeCode.map { services.activeVillages(of: $0) } ?? []
        let base = "/units/\(scope.unitCode)/learning/review?page="
        let model = Model(code: scope.unitCode, title: "\(Strings.learningReviewTitle) – \(unit.fullName)",
                          nav: ActivityNav.links(unit, current: .learning), csrf: context.csrfToken,
                          total: VietnameseFormat.integer(total), items: rows,
                          villages: villages.map { Option(value: $0.code, label: $0.fullName, selected: false) },
                          previous: page > 1 ? base + String(page - 1) : nil,
                          next: page * Self.perPage < total ? base + String(page + 1) : nil, error: error?.message)
        return try services.render("learning-review", model, layout: services.layout(model.title, context: context, unit: unit, flash: flash),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }
}

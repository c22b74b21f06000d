import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The public pages where a person takes an assessment (through a link/QR code, or with a team member).
struct AssessmentTakePages {
    let services: AppServices

    func register(_ routes: Routes) {
        routes.get("/danh-gia/{token}", .open) { request, context in
            try await lightErrors(services, request, context) { try await startPage(request, context) }
        }
        routes.post("/danh-gia/{token}", .open) { request, context in
            try await lightErrors(services, request, context) { try await start(request, context) }
        }
        routes.get("/danh-gia/bai/{attempt}", .open) { request, context in
            try await attemptErrors(request, context) { try await questionPage(request, context) }
        }
        routes.post("/danh-gia/bai/{attempt}", .open) { request, context in
            try await attemptErrors(request, context) { try await answer(request, context) }
        }
        routes.post("/danh-gia/bai/{attempt}/nop", .open) { request, context in
            try await attemptErrors(request, context) { try await submit(request, context) }
        }
        routes.get("/danh-gia/bai/{attempt}/ket-qua", .open) { request, context in
            try await attemptErrors(request, context) { try await AssessmentResultPage(services: services).show(request, context) }
        }
    }

    // MARK: Start

    func startPage(_ request: Request, _ context: AppContext) async throws -> Response {
        let link = try await link(context)
        let (resume, result) = try await remembered(request, link: link)
        if let refusal = link.refusal(today: CivilDate(services.clock.now())) {
            return try services.lightNotice(refusal, resumeHref: resume, resultHref: result).response(from: request, context: context)
        }
        return try await render(link, typed: .init(), problems: [], resume: resume, result: result, context: context)
            .response(from: request, context: context)
    }

    func start(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let form = try await request.form()
        let link = try await link(context)
        let today = CivilDate(services.clock.now())
        if let refusal = link.refusal(today: today) { throw refusal }
        let village = form.text("village").flatMap { code in
            services.store.directory[code].flatMap { $0.parentCode == link.communeCode && $0.status == .active ? code : nil }
        }
        let typed = AssessmentStartModel.Typed(name: form.first("fullName") ?? "", birthDate: form.first("birthDate") ?? "",
                                               cccd: form.first("cccd") ?? "", village: village)
        let taker: AssessmentTaker
        do {
            taker = try AssessmentTaker.read(name: typed.name, birthDate: typed.birthDate, cccd: typed.cccd, villageCode: village,
                                             today: today)
        } catch let error as DomainError where error.kind == .invalid {
            let problems = error.details.isEmpty ? [Problem(column: "", reason: error.message)] : error.details
            return try await render(link, typed: typed, problems: problems, resume: nil, result: nil, context: context,
                                    status: .unprocessableContent).response(from: request, context: context)
        }
        let province = services.store.directory[link.communeCode]?.provinceCode ?? ""
        let attempt = try await services.store.assessments.start(link: link.token, taker: taker, provinceCode: province)
        var response = try SeeOther(AttemptPaths.questions(attempt.id)).response(from: request, context: context)
        response.setCookie(AttemptCookie.make(token: link.token, attempt: attempt.id, secure: services.configuration.secureCookies))
        return response
    }

    func link(_ context: AppContext) async throws -> AssessmentLink {
        guard let token = context.parameters.get("token"), AttemptCookie.isWellFormed(token) else {
            throw DomainError(.notFound, code: "assessment.link-not-found", message: Strings.assessmentLinkNotFound)
        }
        return try await services.store.assessments.link(token)
    }

    /// The attempt this browser started through the link: to resume when open, to see the result when submitted.
    func remembered(_ request: Request, link: AssessmentLink) async throws -> (resume: String?, result: String?) {
        guard let id = AttemptCookie.attemptID(request, token: link.token),
              let attempt = try? await services.store.assessments.attempt(id), attempt.linkToken == link.token else { return (nil, nil) }
        if attempt.isSubmitted { return (nil, AttemptPaths.result(id)) }
        guard (try? attempt.checkOpen(now: services.clock.now())) != nil else { return (nil, nil) }
        return (AttemptPaths.questions(id), nil)
    }

    func render(_ link: AssessmentLink, typed: AssessmentStartModel.Typed, problems: [Problem], resume: String?, result: String?,
                context: AppContext, status: HTTPResponse.Status = .ok) async throws -> HTML {
        let version = try await services.store.frameworks.current()
        let (_, framework) = try await services.store.frameworks.framework(version.id)
        let model = AssessmentStartModel.make(link: link, framework: framework, directory: services.store.directory,
                                              csrf: context.csrfToken, typed: typed, problems: problems, resumeHref: resume,
                                              resultHref: result)
        return try services.lightPage("assess-start", model, title: Strings.assessmentStartTitle, status: status)
    }

    // MARK: Attempts

    /// The attempt a path names; a malformed id is unknown.
    func attempt(_ context: AppContext) async throws -> AssessmentAttempt {
        guard let text = context.parameters.get("attempt"), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "assessment.attempt-not-found", message: Strings.assessmentAttemptNotFound)
        }
        return try await services.store.assessments.attempt(id)
    }

    /// Errors of an attempt's pages as light notices; a submitted attempt links to its result.
    func attemptErrors(_ request: Request, _ context: AppContext, _ body: () async throws -> Response) async throws -> Response {
        let id = context.parameters.get("attempt").flatMap(UUID.init(uuidString:))
        return try await lightErrors(services, request, context, links: { error in
            guard let id else { return (nil, nil) }
            return error.code == "assessment.submitted" ? (nil, AttemptPaths.result(id)) : (nil, nil)
        }, body)
    }
}

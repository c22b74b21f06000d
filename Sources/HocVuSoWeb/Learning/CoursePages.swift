import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The course catalogue: list, add, classify (basic for which groups, which domains).
struct CoursePages {
    let services: AppServices

    typealias DomainTitles = [(key: String, title: String)]

    func register(_ routes: Routes) {
        routes.get("/courses", .permission(.readLearning)) { request, context in
            try await list(context, input: CourseFormInput(), errors: [], status: .ok,
                           flash: LearningFlash.message(request.query("done")))
        }
        routes.post("/courses", .permission(.manageFrameworks)) { request, context in
            try await add(request, context)
        }
        routes.get("/courses/{course}", .permission(.readLearning)) { request, context in
            let course = try await services.store.courses.course(try Self.courseID(context))
            return try await show(course, input: CourseFormInput(course), errors: [], status: .ok, context: context,
                                  flash: LearningFlash.message(request.query("done")))
        }
        routes.post("/courses/{course}", .permission(.manageFrameworks)) { request, context in
            try await update(request, context)
        }
        CourseAPI(services: services).register(routes)
    }

    func add(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let domains = try await domainTitles(including: [])
        let input = CourseFormInput(form: data, knownDomains: Set(domains.map(\.key)))
        do {
            try await services.store.courses.save(input.newCourse(id: UUID()))
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try await list(context, input: input, errors: Self.messages(error), status: Self.status(error), flash: nil)
                .response(from: request, context: context)
        }
        return try SeeOther("/courses?done=course-added").response(from: request, context: context)
    }

    func update(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let course = try await services.store.courses.course(try Self.courseID(context))
        let domains = try await domainTitles(including: course.domains)
        let input = CourseFormInput(form: data, knownDomains: Set(domains.map(\.key)))
        do {
            try await services.store.courses.save(input.classified(course))
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            var shown = input
            shown.platform = course.platform
            shown.key = course.key
            return try await show(course, input: shown, errors: Self.messages(error), status: Self.status(error), context: context,
                                  flash: nil).response(from: request, context: context)
        }
        return try SeeOther("/courses/\(course.id.uuidString)?done=course-saved").response(from: request, context: context)
    }

    func list(_ context: AppContext, input: CourseFormInput, errors: [String], status: HTTPResponse.Status,
              flash: String?) async throws -> HTML {
        let account = try context.account()
        let courses = try await services.store.courses.all()
        let model = CourseCatalogueModel(courses: courses, domainTitles: try await domainTitles(including: Set(courses.flatMap(\.domains))),
                                         canManage: account.role.may(.manageFrameworks), csrf: context.csrfToken,
                                         input: input, errors: errors)
        return try services.render("courses", model, layout: services.layout(model.title, context: context, flash: flash), status: status)
    }

    func show(_ course: Course, input: CourseFormInput, errors: [String], status: HTTPResponse.Status, context: AppContext,
              flash: String?) async throws -> HTML {
        let account = try context.account()
        let model = CoursePageModel(course: course, input: input, domainTitles: try await domainTitles(including: course.domains),
                                    canManage: account.role.may(.manageFrameworks), csrf: context.csrfToken, errors: errors)
        return try services.render("course", model, layout: services.layout(model.title, context: context, flash: flash), status: status)
    }

    /// The current framework's domains in its order, then any other key a course carries (shown as the key itself).
    func domainTitles(including extra: Set<String>) async throws -> DomainTitles {
        var titles: DomainTitles = []
        if let current = try? await services.store.frameworks.current() {
            titles = try await services.store.frameworks.framework(current.id).framework.domains.map { ($0.key, $0.title) }
        }
        let known = Set(titles.map(\.key))
        return titles + extra.subtracting(known).sorted().map { ($0, $0) }
    }

    static func courseID(_ context: AppContext) throws -> UUID {
        guard let text = context.parameters.get("course"), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "course.not-found", message: Strings.courseNotFound)
        }
        return id
    }

    /// The error's message, then the other problems it names.
    static func messages(_ error: DomainError) -> [String] {
        var lines = [error.message]
        for problem in error.details where !lines.contains(problem.reason) { lines.append(problem.reason) }
        return lines
    }

    static func status(_ error: DomainError) -> HTTPResponse.Status {
        error.kind == .conflict ? .conflict : .unprocessableContent
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The result page of a submitted attempt; an attempt not yet submitted goes back to its questions.
struct AssessmentResultPage {
    let services: AppServices

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        guard let text = context.parameters.get("attempt"), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "assessment.attempt-not-found", message: Strings.assessmentAttemptNotFound)
        }
        let attempt = try await services.store.assessments.attempt(id)
        guard attempt.isSubmitted else {
            return try SeeOther(AttemptPaths.questions(id)).response(from: request, context: context)
        }
        let (_, framework) = try await services.store.frameworks.framework(attempt.frameworkID)
        guard let group = framework.group(attempt.targetGroup) else {
            throw DomainError(.notFound, code: "framework.group", message: Strings.assessmentNoPublishedFramework)
        }
        let score = try AssessmentScore.score(attempt.answers, group: group, framework: framework)
        let courses = try await services.store.courses.courses(teaching: score.weakDomains, for: attempt.targetGroup)
        var certificate: Certificate?
        if let code = attempt.certificateCode {
            certificate = try await services.store.certificates.certificate(typed: code)
        }
        let model = AssessmentResultModel.make(attempt, score: score, framework: framework, courses: courses,
                                               certificate: certificate, resubmitted: request.query("lan") == "2")
        return try services.lightPage("assess-result", model, title: Strings.assessmentResultTitle)
            .response(from: request, context: context)
    }
}

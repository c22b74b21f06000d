import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// One question per screen, the overview before submitting, saving an answer and submitting.
extension AssessmentTakePages {
    /// `?q=N` shows question N, `?q=review` the overview; by default the first unanswered question, or the overview.
    func questionPage(_ request: Request, _ context: AppContext) async throws -> Response {
        let attempt = try await attempt(context)
        if attempt.isSubmitted {
            return try SeeOther(AttemptPaths.result(attempt.id)).response(from: request, context: context)
        }
        try attempt.checkOpen(now: services.clock.now())
        let (_, framework, group) = try await questions(of: attempt)
        let asked = request.query("q")
        if let asked, let number = Int(asked), group.items.indices.contains(number - 1) {
            return try renderQuestion(attempt, framework: framework, group: group, index: number - 1, context: context)
                .response(from: request, context: context)
        }
        if asked == nil, let index = group.items.firstIndex(where: { attempt.answers[$0.id] == nil }) {
            return try renderQuestion(attempt, framework: framework, group: group, index: index, context: context)
                .response(from: request, context: context)
        }
        let model = AssessmentReviewModel.make(attempt, group: group, csrf: context.csrfToken)
        return try services.lightPage("assess-review", model, title: Strings.assessmentReviewTitle)
            .response(from: request, context: context)
    }

    /// Saves one answer, then goes to the question named by `next` (a number or "review").
    func answer(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let form = try await request.form()
        let attempt = try await attempt(context)
        let itemID = form.text("item") ?? ""
        let (version, framework, group) = try await questions(of: attempt)
        guard let index = group.items.firstIndex(where: { $0.id == itemID }) else {
            // Refused as the store would refuse it: a submitted or stale attempt first, then the unknown item.
            try attempt.checkOpen(now: services.clock.now())
            throw DomainError(.invalid, code: "assessment.unknown-item", message: Strings.assessmentItemNotInVersion(version))
        }
        guard let response = Self.response(form.text("answer")) else {
            try attempt.checkOpen(now: services.clock.now())
            return try renderQuestion(attempt, framework: framework, group: group, index: index, context: context,
                                      error: Strings.assessmentChooseAnswer, status: .unprocessableContent)
                .response(from: request, context: context)
        }
        do {
            _ = try await services.store.assessments.answer(attempt.id, itemID: itemID, response: response)
        } catch let error as DomainError where error.code == "assessment.bad-answer" {
            return try renderQuestion(attempt, framework: framework, group: group, index: index, context: context,
                                      error: error.message, status: .unprocessableContent)
                .response(from: request, context: context)
        }
        let next = form.text("next")
        let location: String
        if next == "review" {
            location = AttemptPaths.review(attempt.id)
        } else if let number = next.flatMap(Int.init), group.items.indices.contains(number - 1) {
            location = AttemptPaths.question(attempt.id, number)
        } else {
            location = AttemptPaths.questions(attempt.id)
        }
        return try SeeOther(location).response(from: request, context: context)
    }

    /// Submits; a second submission changes nothing and the result page says so.
    func submit(_ request: Request, _ context: AppContext) async throws -> Response {
        let attempt = try await attempt(context)
        let submission = try await services.store.assessments.submit(attempt.id)
        let location = AttemptPaths.result(attempt.id) + (submission.alreadySubmitted ? "?lan=2" : "")
        return try SeeOther(location).response(from: request, context: context)
    }

    /// The framework version an attempt was started on and its target group's questions.
    func questions(of attempt: AssessmentAttempt) async throws -> (version: Int, SkillsFramework, SkillsFramework.Group) {
        let (version, framework) = try await services.store.frameworks.framework(attempt.frameworkID)
        guard let group = framework.group(attempt.targetGroup), !group.items.isEmpty else {
            throw DomainError(.notFound, code: "framework.group", message: Strings.assessmentNoPublishedFramework)
        }
        return (version.version, framework, group)
    }

    func renderQuestion(_ attempt: AssessmentAttempt, framework: SkillsFramework, group: SkillsFramework.Group, index: Int,
                        context: AppContext, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> HTML {
        let model = AssessmentQuestionModel.make(attempt, group: group, framework: framework, index: index,
                                                 csrf: context.csrfToken, error: error)
        return try services.lightPage("assess-question", model, title: Strings.assessmentQuestionTitle(index + 1, of: group.items.count),
                                      status: status)
    }

    /// The form's answer: an option's index, or "true"/"false"; nil when none was chosen.
    static func response(_ text: String?) -> AssessmentResponse? {
        switch text {
        case "true": return .truth(true)
        case "false": return .truth(false)
        case let text?: return Int(text).map { .option($0) }
        case nil: return nil
        }
    }
}

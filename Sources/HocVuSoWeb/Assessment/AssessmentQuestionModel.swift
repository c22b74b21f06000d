import Foundation
import HocVuSoCore

/// One question on its own screen: the prompt, the choices as big tap targets, progress and the way on.
struct AssessmentQuestionModel {
    struct Option {
        var value: String
        var label: String
        var checked: Bool
    }

    var action: String
    var csrf: String
    var itemID: String
    var number: Int
    var count: Int
    var answered: Int
    var domain: String
    var prompt: String
    var trueFalse: Bool
    var options: [Option]
    var trueChecked: Bool
    var falseChecked: Bool
    var next: String
    var previousHref: String?
    var reviewHref: String
    var error: String?
    var assistedBy: String?

    static func make(_ attempt: AssessmentAttempt, group: SkillsFramework.Group, framework: SkillsFramework, index: Int,
                     csrf: String, error: String?) -> AssessmentQuestionModel {
        let item = group.items[index]
        let chosen = attempt.answers[item.id]
        let domainKey = group.competences.first { $0.key == item.competence }?.domain
        let options = (item.options ?? []).enumerated().map { offset, label in
            Option(value: String(offset), label: label, checked: chosen == .option(offset))
        }
        let count = group.items.count
        return AssessmentQuestionModel(
            action: AttemptPaths.questions(attempt.id), csrf: csrf, itemID: item.id, number: index + 1, count: count,
            answered: group.items.filter { attempt.answers[$0.id] != nil }.count,
            domain: framework.domains.first { $0.key == domainKey }?.title ?? "", prompt: item.prompt,
            trueFalse: item.kind == .truefalse, options: item.kind == .single ? options : [],
            trueChecked: chosen == .truth(true), falseChecked: chosen == .truth(false),
            next: index + 1 < count ? String(index + 2) : "review",
            previousHref: index > 0 ? AttemptPaths.question(attempt.id, index) : nil,
            reviewHref: AttemptPaths.review(attempt.id), error: error, assistedBy: attempt.shownAssistant)
    }
}

/// The overview before submitting: how many are answered, which are not (with links), and the submit button.
struct AssessmentReviewModel {
    struct Missing {
        var number: Int
        var href: String
    }

    var count: Int
    var answered: Int
    var missing: [Missing]
    var warning: String?
    var submitAction: String
    var firstHref: String
    var csrf: String
    var assistedBy: String?

    static func make(_ attempt: AssessmentAttempt, group: SkillsFramework.Group, csrf: String) -> AssessmentReviewModel {
        let missing = group.items.enumerated().filter { attempt.answers[$0.element.id] == nil }
            .map { Missing(number: $0.offset + 1, href: AttemptPaths.question(attempt.id, $0.offset + 1)) }
        return AssessmentReviewModel(
            count: group.items.count, answered: group.items.count - missing.count, missing: missing,
            warning: missing.isEmpty ? nil : Strings.assessmentUnanswered(missing.count),
            submitAction: AttemptPaths.submit(attempt.id), firstHref: AttemptPaths.question(attempt.id, 1), csrf: csrf,
            assistedBy: attempt.shownAssistant)
    }
}

extension AssessmentAttempt {
    /// The team member's account shown on every page of an assisted attempt.
    var shownAssistant: String? {
        mode == .assisted ? (assistedBy ?? "") : nil
    }
}

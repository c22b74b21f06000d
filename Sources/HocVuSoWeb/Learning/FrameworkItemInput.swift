import Foundation
import HocVuSoCore

/// An item's form as typed: kept as text so a refused form comes back exactly as it was sent.
struct FrameworkItemInput {
    var kind: String
    var competence: String
    var prompt: String
    /// One option per line.
    var options: String
    /// The 1-based number of the correct option (form field `answer`), or "true"/"false" (form field `truth`).
    var answer: String
    var explanation: String

    static let promptLimit = 1_000
    static let optionLimit = 300
    static let explanationLimit = 2_000
    static let optionCount = 2...6

    init(kind: AssessmentItem.Kind = .single, competence: String = "") {
        self.kind = kind.rawValue
        self.competence = competence
        prompt = ""
        options = ""
        answer = ""
        explanation = ""
    }

    init(_ item: AssessmentItem) {
        kind = item.kind.rawValue
        competence = item.competence
        prompt = item.prompt
        options = (item.options ?? []).joined(separator: "\n")
        switch item.answer {
        case .option(let index): answer = String(index + 1)
        case .truth(let value): answer = value ? "true" : "false"
        }
        explanation = item.explanation
    }

    /// The form's fields; `kind` is the item's own when editing (an item keeps its kind), else the form's.
    init(form: FormData, kind fixed: AssessmentItem.Kind?) {
        kind = fixed?.rawValue ?? form.text("kind") ?? ""
        competence = form.text("competence") ?? ""
        prompt = form.first("prompt").map(Self.normalize) ?? ""
        options = form.first("options").map { $0.replacingOccurrences(of: "\r\n", with: "\n") } ?? ""
        answer = (kind == AssessmentItem.Kind.truefalse.rawValue ? form.text("truth") : form.text("answer")) ?? ""
        explanation = form.first("explanation").map(Self.normalize) ?? ""
    }

    var optionLines: [String] {
        options.split(whereSeparator: \.isNewline).map { Self.normalize(String($0)) }.filter { !$0.isEmpty }
    }

    /// The item these values describe, or every reason why they describe none.
    func item(id: String, group: SkillsFramework.Group) -> (item: AssessmentItem?, problems: [String]) {
        var problems: [String] = []
        if prompt.isEmpty || prompt.count > Self.promptLimit { problems.append(Strings.frameworkPromptRequired) }
        if !group.competences.contains(where: { $0.key == competence }) {
            problems.append(Strings.frameworkUnknownCompetence)
        }
        if explanation.count > Self.explanationLimit { problems.append(Strings.frameworkExplanationTooLong) }
        var answerValue: AssessmentItem.Answer?
        var optionValues: [String]?
        switch AssessmentItem.Kind(rawValue: kind) {
        case .single?:
            let lines = optionLines
            if !Self.optionCount.contains(lines.count) || lines.contains(where: { $0.count > Self.optionLimit }) {
                problems.append(Strings.frameworkOptionsCount)
            }
            if let number = Int(answer), number >= 1, number <= lines.count {
                answerValue = .option(number - 1)
            } else {
                problems.append(Strings.frameworkAnswerOutOfRange(max(lines.count, 1)))
            }
            optionValues = lines
        case .truefalse?:
            switch answer {
            case "true": answerValue = .truth(true)
            case "false": answerValue = .truth(false)
            default: problems.append(Strings.frameworkTruthRequired)
            }
        case nil:
            problems.append(Strings.frameworkKindInvalid)
        }
        guard problems.isEmpty, let answerValue, let kindValue = AssessmentItem.Kind(rawValue: kind) else { return (nil, problems) }
        let fields = Fields(id: id, competence: competence, kind: kindValue, prompt: prompt, options: optionValues,
                            answer: answerValue, explanation: explanation)
        // Core offers no public initialiser; an item is made the way the framework file makes it, from its coding.
        guard let data = try? JSONEncoder().encode(fields),
              let item = try? JSONDecoder().decode(AssessmentItem.self, from: data) else { return (nil, [Strings.frameworkBadAnswer]) }
        return (item, [])
    }

    /// An item's coded fields, as the framework file spells them.
    private struct Fields: Encodable {
        var id: String
        var competence: String
        var kind: AssessmentItem.Kind
        var prompt: String
        var options: [String]?
        var answer: AssessmentItem.Answer
        var explanation: String
    }

    /// Trimmed, in the stored Vietnamese form (NFC).
    static func normalize(_ text: String) -> String {
        VietnameseText.normalize(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

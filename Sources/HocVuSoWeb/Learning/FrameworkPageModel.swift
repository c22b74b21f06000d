import Foundation
import HocVuSoCore
import HocVuSoStore

/// One version of the framework as the page shows it: pass rule, domains, one target group's competences and items,
/// and, for a draft, the forms that change it.
struct FrameworkPageModel {
    struct Tab {
        var title: String
        var href: String
        var current: Bool
    }

    struct Option {
        var number: Int
        var text: String
        var correct: Bool
    }

    struct ItemRow {
        var id: String
        var prompt: String
        var trueFalse: Bool
        var truth: Bool
        var options: [Option]
        var explanation: String
        var editHref: String
    }

    struct CompetenceBlock {
        var key: String
        var title: String
        var domainTitle: String
        var items: [ItemRow]
    }

    struct DomainRow {
        var key: String
        var title: String
    }

    /// The pass-rule form: whole percentages as typed.
    struct RuleForm {
        var overall: String
        var perDomain: String
        var errors: [String]
    }

    var title: String
    var navFrameworks = true
    var id: String
    var key: String
    var version: Int
    var frameworkTitle: String
    var basis: String
    var isDraft: Bool
    var isCurrent: Bool
    var createdBy: String
    var createdAt: String
    var publishedAt: String?
    var overall: String
    var perDomain: String
    var domains: [DomainRow]
    var tabs: [Tab]
    var group: String
    var groupTitle: String
    var itemCount: Int
    var competences: [CompetenceBlock]
    var canEdit: Bool
    var canDraft: Bool
    var csrf: String
    var rule: RuleForm
    var add: FrameworkItemFormModel
    var publishError: String?
    var error: String?

    /// What a refused form leaves on the page.
    struct Failure {
        var rule: RuleForm?
        var add: (input: FrameworkItemInput, errors: [String])?
        var publish: String?
        var message: String?
    }

    init(version: FrameworkStore.Version, framework: SkillsFramework, group selected: SkillsFramework.Group?,
         currentID: UUID?, canManage: Bool, csrf: String, failure: Failure) {
        let base = "/frameworks/\(version.id.uuidString)"
        let domainTitles = Dictionary(framework.domains.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        title = Strings.frameworkVersionTitle(version.version, framework.title)
        id = version.id.uuidString
        key = version.key
        self.version = version.version
        frameworkTitle = framework.title
        basis = framework.basis
        isDraft = version.status == .draft
        isCurrent = version.id == currentID
        createdBy = version.createdBy
        createdAt = ActivityFormat.dateTime(version.createdAt)
        publishedAt = version.publishedAt.map(ActivityFormat.dateTime)
        overall = Self.percentText(framework.passRule.overall)
        perDomain = Self.percentText(framework.passRule.perDomain)
        domains = framework.domains.map { DomainRow(key: $0.key, title: $0.title) }
        tabs = framework.groups.map { group in
            Tab(title: group.title, href: "\(base)?group=\(group.targetGroup.rawValue)",
                current: group.targetGroup == selected?.targetGroup)
        }
        group = selected?.targetGroup.rawValue ?? ""
        groupTitle = selected?.title ?? ""
        itemCount = selected?.items.count ?? 0
        competences = (selected?.competences ?? []).map { competence in
            CompetenceBlock(key: competence.key, title: competence.title,
                            domainTitle: domainTitles[competence.domain] ?? competence.domain,
                            items: (selected?.items ?? []).filter { $0.competence == competence.key }.map { Self.row($0, base: base) })
        }
        canEdit = isDraft && canManage
        canDraft = isCurrent && canManage
        self.csrf = csrf
        rule = failure.rule ?? RuleForm(overall: Self.wholePercent(framework.passRule.overall),
                                        perDomain: Self.wholePercent(framework.passRule.perDomain), errors: [])
        let addInput = failure.add?.input ?? FrameworkItemInput(competence: selected?.competences.first?.key ?? "")
        add = FrameworkItemFormModel(addInput, framework: framework, group: selected, errors: failure.add?.errors ?? [])
        publishError = failure.publish
        error = failure.message
    }

    static func row(_ item: AssessmentItem, base: String) -> ItemRow {
        var correctIndex: Int?
        var truth = false
        switch item.answer {
        case .option(let index): correctIndex = index
        case .truth(let value): truth = value
        }
        let options = (item.options ?? []).enumerated().map { Option(number: $0.offset + 1, text: $0.element, correct: $0.offset == correctIndex) }
        return ItemRow(id: item.id, prompt: item.prompt, trueFalse: item.kind == .truefalse, truth: truth, options: options,
                       explanation: item.explanation, editHref: "\(base)/items/\(QueryString.encode(item.id))")
    }

    /// "70%" for 0.7.
    static func percentText(_ share: Double) -> String {
        VietnameseFormat.percent(share * 100, digits: 1, trimmingZeros: true)
    }

    /// "70" for 0.7: the value the pass-rule form shows.
    static func wholePercent(_ share: Double) -> String {
        String(Int((share * 100).rounded()))
    }
}

/// An item's form (edit or add): values as typed, the group's competences, the messages of a refused save.
struct FrameworkItemFormModel {
    struct Choice {
        var value: String
        var label: String
        var selected: Bool
    }

    var prompt: String
    var options: String
    var answer: String
    var explanation: String
    var single: Bool
    var truthTrue: Bool
    var truthFalse: Bool
    var competences: [Choice]
    var errors: [String]
    var hasErrors: Bool

    init(_ input: FrameworkItemInput, framework: SkillsFramework, group: SkillsFramework.Group?, errors: [String]) {
        let domainTitles = Dictionary(framework.domains.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        prompt = input.prompt
        options = input.options
        answer = input.kind == AssessmentItem.Kind.single.rawValue ? input.answer : ""
        explanation = input.explanation
        single = input.kind != AssessmentItem.Kind.truefalse.rawValue
        truthTrue = input.answer == "true"
        truthFalse = input.answer == "false"
        competences = (group?.competences ?? []).map { competence in
            Choice(value: competence.key, label: "\(competence.title) · \(domainTitles[competence.domain] ?? competence.domain)",
                   selected: competence.key == input.competence)
        }
        self.errors = errors
        hasErrors = !errors.isEmpty
    }
}

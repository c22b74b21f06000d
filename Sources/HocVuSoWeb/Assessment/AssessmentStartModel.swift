import Foundation
import HocVuSoCore

/// What the start page of a link shows: where and for whom, what the assessment is, and the form.
struct AssessmentStartModel {
    struct Village {
        var code: String
        var name: String
        var selected: Bool
    }

    var action: String
    var csrf: String
    var commune: String
    var province: String?
    var village: String?
    var group: String
    var questions: Int
    var minutes: Int
    var passRule: String
    var expiresOn: String
    var resumeHref: String?
    var resultHref: String?
    var villages: [Village]
    var hasVillages: Bool
    var name: String
    var birthDate: String
    var cccd: String
    var errors: [String]
    var nameError: String?
    var birthDateError: String?
    var cccdError: String?

    /// What the person typed, kept when the form comes back with a problem.
    struct Typed {
        var name = ""
        var birthDate = ""
        var cccd = ""
        var village: String?
    }

    /// About 20 seconds a question, rounded up to five minutes: 40 questions → 15 minutes.
    static func minutes(questions: Int) -> Int {
        max(5, (questions * 20 + 299) / 300 * 5)
    }

    static func make(link: AssessmentLink, framework: SkillsFramework, directory: UnitDirectory, csrf: String,
                     typed: Typed, problems: [Problem], resumeHref: String?, resultHref: String?) -> AssessmentStartModel {
        let commune = directory[link.communeCode]
        let province = commune.flatMap { directory[$0.provinceCode] }
        let villages = directory.children(of: link.communeCode).filter { $0.status == .active }
            .map { Village(code: $0.code, name: $0.fullName, selected: $0.code == (typed.village ?? link.villageCode)) }
        let count = framework.group(link.targetGroup)?.items.count ?? 0
        func error(_ column: String) -> String? { problems.first { $0.column == column }?.reason }
        return AssessmentStartModel(
            action: AttemptPaths.start(link.token), csrf: csrf, commune: commune?.fullName ?? link.communeCode,
            province: province?.fullName, village: link.villageCode.flatMap { directory[$0]?.fullName },
            group: Strings.targetGroupLabel(link.targetGroup), questions: count, minutes: minutes(questions: count),
            passRule: Strings.assessmentPassRule(overall: Int((framework.passRule.overall * 100).rounded()),
                                                 perDomain: Int((framework.passRule.perDomain * 100).rounded())),
            expiresOn: VietnameseFormat.date(link.expiresOn), resumeHref: resumeHref, resultHref: resultHref,
            villages: villages, hasVillages: !villages.isEmpty, name: typed.name, birthDate: typed.birthDate, cccd: typed.cccd,
            errors: problems.map(\.reason), nameError: error(Strings.assessmentFieldName),
            birthDateError: error(Strings.assessmentFieldBirthDate), cccdError: error(Strings.assessmentFieldCCCD))
    }
}

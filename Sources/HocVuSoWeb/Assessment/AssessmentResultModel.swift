import Foundation
import HocVuSoCore

/// The result of a submitted attempt: overall and per domain, pass or not, what to learn next, the certificate.
struct AssessmentResultModel {
    struct Domain {
        var title: String
        var score: String
        var percent: Int
        var weak: Bool
    }

    struct Course {
        var title: String
        var platform: String
        var href: String
    }

    struct CertificateLink {
        var code: String
        var href: String
        var docxHref: String
        var revoked: Bool
    }

    var name: String
    var passed: Bool
    var percent: String
    var correct: Int
    var total: Int
    var passRule: String
    /// Where the per-domain bar sits on the 0–100 scale of the bars.
    var threshold: Int
    var domains: [Domain]
    var courses: [Course]
    var hasCourses: Bool
    var certificate: CertificateLink?
    var resubmitted: String?
    var submittedOn: String
    var assistedBy: String?

    static func make(_ attempt: AssessmentAttempt, score: AssessmentScore, framework: SkillsFramework, courses: [HocVuSoCore.Course],
                     certificate: Certificate?, resubmitted: Bool) -> AssessmentResultModel {
        let titles = Dictionary(framework.domains.map { ($0.key, $0.title) }, uniquingKeysWith: { first, _ in first })
        let weak = Set(score.weakDomains)
        let domains = score.domains.map { domain in
            Domain(title: titles[domain.domain] ?? domain.domain,
                   score: Strings.assessmentDomainScore(correct: domain.correct, total: domain.total),
                   percent: Int((domain.share * 100).rounded()), weak: weak.contains(domain.domain))
        }
        let links = courses.prefix(6).map { Course(title: $0.title, platform: $0.platform, href: "https://\($0.platform)") }
        return AssessmentResultModel(
            name: attempt.fullName, passed: attempt.passed ?? score.passed,
            percent: Strings.wholePercent(Int((score.share * 100).rounded())), correct: score.correct, total: score.total,
            passRule: Strings.assessmentPassRule(overall: Int((framework.passRule.overall * 100).rounded()),
                                                 perDomain: Int((framework.passRule.perDomain * 100).rounded())),
            threshold: Int((framework.passRule.perDomain * 100).rounded()), domains: domains, courses: Array(links),
            hasCourses: !links.isEmpty,
            certificate: certificate.map {
                CertificateLink(code: $0.code, href: AttemptPaths.certificate(attempt.id),
                                docxHref: AttemptPaths.certificate(attempt.id) + "/docx", revoked: !$0.isValid)
            },
            resubmitted: resubmitted ? Strings.assessmentResubmitted : nil,
            submittedOn: attempt.submittedAt.map { VietnameseFormat.date(CivilDate($0)) } ?? "",
            assistedBy: attempt.shownAssistant)
    }
}

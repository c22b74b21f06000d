import Foundation

/// A response to one item: the chosen option, or true/false.
public typealias AssessmentResponse = AssessmentItem.Answer

/// The outcome of an attempt: correct answers per domain, overall share, pass or not under the framework's rule,
/// and the domains to learn next.
public struct AssessmentScore: Sendable, Equatable {
    public struct DomainScore: Sendable, Equatable {
        public var domain: String
        public var correct: Int
        public var total: Int
        public var share: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    public var domains: [DomainScore]
    public var correct: Int
    public var total: Int
    public var passed: Bool

    public var share: Double { total == 0 ? 0 : Double(correct) / Double(total) }

    /// Domains below the per-domain bar, weakest first: what to learn next.
    public var weakDomains: [String] = []

    /// Scores `responses` (item id → response) for a target group. Every item of the group counts (an unanswered item
    /// is wrong); a response to an item that is not in this version of the group is refused.
    public static func score(_ responses: [String: AssessmentResponse], group: SkillsFramework.Group,
                             framework: SkillsFramework) throws -> AssessmentScore {
        let items = Dictionary(group.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unknown = responses.keys.filter { items[$0] == nil }.sorted()
        guard unknown.isEmpty else {
            throw DomainError(.invalid, code: "assessment.unknown-item", message: Strings.assessmentUnknownItems(unknown.count),
                              details: unknown.map { Problem(column: $0, reason: Strings.assessmentItemNotInVersion(framework.version)) })
        }
        let domainOf = Dictionary(group.competences.map { ($0.key, $0.domain) }, uniquingKeysWith: { first, _ in first })
        var tally: [String: (correct: Int, total: Int)] = [:]
        for item in group.items {
            let domain = domainOf[item.competence] ?? ""
            let right = responses[item.id] == item.answer
            tally[domain, default: (0, 0)].total += 1
            if right { tally[domain, default: (0, 0)].correct += 1 }
        }
        let domains = framework.domains.compactMap { domain in
            tally[domain.key].map { DomainScore(domain: domain.key, correct: $0.correct, total: $0.total) }
        }
        let correct = domains.reduce(0) { $0 + $1.correct }, total = domains.reduce(0) { $0 + $1.total }
        let overall = total == 0 ? 0 : Double(correct) / Double(total)
        let weak = domains.filter { $0.share < framework.passRule.perDomain }
        var score = AssessmentScore(domains: domains, correct: correct, total: total,
                                    passed: total > 0 && overall >= framework.passRule.overall && weak.isEmpty)
        score.weakDomains = domains.filter { $0.share < max(framework.passRule.perDomain, framework.passRule.overall) }
            .sorted { $0.share < $1.share }.map(\.domain)
        return score
    }
}

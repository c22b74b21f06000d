import Foundation

/// A digital-skills framework as data: domains, and per target group its competences and items. Versioned: a new
/// version is a new value; results always name the version that was taken.
public struct SkillsFramework: Sendable, Codable, Equatable {
    public struct PassRule: Sendable, Codable, Equatable {
        /// Share of all items answered correctly needed to pass (0.7 = 70%).
        public var overall: Double
        /// Share needed in every domain.
        public var perDomain: Double
    }

    public struct Domain: Sendable, Codable, Equatable {
        public var key: String
        public var title: String
    }

    public struct Competence: Sendable, Codable, Equatable {
        public var key: String
        public var domain: String
        public var title: String
    }

    public struct Group: Sendable, Codable, Equatable {
        public var targetGroup: TargetGroup
        public var title: String
        public var competences: [Competence]
        public var items: [AssessmentItem]
    }

    public var key: String
    public var version: Int
    public var title: String
    public var basis: String
    public var passRule: PassRule
    public var domains: [Domain]
    public var groups: [Group]

    public func group(_ targetGroup: TargetGroup) -> Group? {
        groups.first { $0.targetGroup == targetGroup }
    }

    /// Reads a framework from its JSON, then checks it (every reference resolves, every answer is possible).
    public static func decode(_ data: Data) throws -> SkillsFramework {
        let framework: SkillsFramework
        do {
            framework = try JSONDecoder().decode(SkillsFramework.self, from: data)
        } catch {
            throw DomainError(.invalid, code: "framework.json", message: Strings.frameworkMalformed(String(describing: error)))
        }
        try framework.validate()
        return framework
    }

    /// The framework's own consistency; each problem names the item or competence.
    public func validate() throws {
        var problems: [Problem] = []
        guard (0...1).contains(passRule.overall), (0...1).contains(passRule.perDomain) else {
            throw DomainError(.invalid, code: "framework.pass-rule", message: Strings.frameworkPassRuleInvalid)
        }
        let domainKeys = Set(domains.map(\.key))
        var ids: Set<String> = []
        for group in groups {
            let competences = Dictionary(group.competences.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            for competence in group.competences where !domainKeys.contains(competence.domain) {
                problems.append(Problem(column: competence.key, value: competence.domain, reason: Strings.frameworkUnknownDomain))
            }
            for item in group.items {
                if !ids.insert(item.id).inserted {
                    problems.append(Problem(column: item.id, reason: Strings.frameworkDuplicateItem))
                }
                if competences[item.competence] == nil {
                    problems.append(Problem(column: item.id, value: item.competence, reason: Strings.frameworkUnknownCompetence))
                }
                if let reason = item.problem {
                    problems.append(Problem(column: item.id, reason: reason))
                }
            }
        }
        guard problems.isEmpty else {
            throw DomainError(.invalid, code: "framework.invalid", message: Strings.frameworkInvalid(problems.count), details: problems)
        }
    }
}

/// One question: a choice among options, or a statement to judge true or false.
public struct AssessmentItem: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case single
        case truefalse
    }

    public enum Answer: Sendable, Equatable, Codable {
        case option(Int)
        case truth(Bool)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let truth = try? container.decode(Bool.self) {
                self = .truth(truth)
            } else {
                self = .option(try container.decode(Int.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .option(let index): try container.encode(index)
            case .truth(let value): try container.encode(value)
            }
        }
    }

    public var id: String
    public var competence: String
    public var kind: Kind
    public var prompt: String
    public var options: [String]?
    public var answer: Answer
    public var explanation: String

    /// Why the item cannot be answered as written, or nil.
    var problem: String? {
        switch (kind, answer) {
        case (.single, .option(let index)):
            guard let options, options.count >= 2, options.indices.contains(index) else { return Strings.frameworkBadAnswer }
            return nil
        case (.truefalse, .truth):
            return nil
        default:
            return Strings.frameworkBadAnswer
        }
    }
}

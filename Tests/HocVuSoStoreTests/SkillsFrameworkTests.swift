import Foundation
import HocVuSoCore
import HocVuSoStore
import Testing

@Suite("The shipped skills framework and scoring")
struct SkillsFrameworkTests {
    @Test("the default framework loads, is consistent, and has 40 items in every domain mix for each target group")
    func shipped() throws {
        let framework = try DefaultFramework.load()
        #expect(framework.domains.count == 6)
        for group in TargetGroup.allCases {
            let items = try #require(framework.group(group)).items
            #expect(items.count == 40, "\(group)")
            let domains = Set(try #require(framework.group(group)).competences.map(\.domain))
            #expect(domains == Set(framework.domains.map(\.key)), "\(group) covers every domain")
        }
    }

    func answers(_ group: SkillsFramework.Group, wrongIn domain: String? = nil, wrongShare: Double = 1,
                 framework: SkillsFramework) -> [String: AssessmentResponse] {
        let domainOf = Dictionary(group.competences.map { ($0.key, $0.domain) }, uniquingKeysWith: { a, _ in a })
        var result: [String: AssessmentResponse] = [:]
        var wrongSoFar = 0
        let inDomain = group.items.filter { domainOf[$0.competence] == domain }.count
        for item in group.items {
            var answer = item.answer
            if domainOf[item.competence] == domain, Double(wrongSoFar) < wrongShare * Double(inDomain) {
                switch answer {
                case .option(let i): answer = .option((i + 1) % (item.options?.count ?? 2))
                case .truth(let t): answer = .truth(!t)
                }
                wrongSoFar += 1
            }
            result[item.id] = answer
        }
        return result
    }

    @Test("all correct passes; a weak domain fails even above 70% overall and is what to learn next")
    func passRule() throws {
        let framework = try DefaultFramework.load()
        let group = try #require(framework.group(.citizen))
        let perfect = try AssessmentScore.score(answers(group, framework: framework), group: group, framework: framework)
        #expect(perfect.passed && perfect.correct == 40 && perfect.weakDomains.isEmpty)
        // Every answer wrong in one domain: over 70% overall, but 0% there.
        let weak = try AssessmentScore.score(answers(group, wrongIn: "ai", framework: framework), group: group, framework: framework)
        #expect(weak.share >= 0.7)
        #expect(weak.passed == false)
        #expect(weak.weakDomains.first == "ai")
        // Unanswered items count as wrong.
        let empty = try AssessmentScore.score([:], group: group, framework: framework)
        #expect(empty.correct == 0 && !empty.passed)
    }

    @Test("answers to items that are not in this version are refused, naming them")
    func unknownItems() throws {
        let framework = try DefaultFramework.load()
        let group = try #require(framework.group(.worker))
        var responses = answers(group, framework: framework)
        responses["official-001"] = .option(0)
        responses["bịa-999"] = .truth(true)
        let error = #expect(throws: DomainError.self) { try AssessmentScore.score(responses, group: group, framework: framework) }
        #expect(error?.details.map(\.column) == ["bịa-999", "official-001"])
    }

    @Test("a framework with a broken reference or an impossible answer is refused with every problem named")
    func invalidFramework() throws {
        var framework = try DefaultFramework.load()
        framework.groups[0].items[0].competence = "không-có"
        framework.groups[0].items[1].answer = .option(9)
        framework.groups[1].items[0].id = framework.groups[0].items[2].id
        let data = try JSONEncoder().encode(framework)
        let error = #expect(throws: DomainError.self) { try SkillsFramework.decode(data) }
        #expect(error?.details.count == 3)
        #expect(throws: DomainError.self) { try SkillsFramework.decode(Data("{\"key\": 1}".utf8)) }
    }
}

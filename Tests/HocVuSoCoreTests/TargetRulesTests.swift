import Foundation
import HocVuSoCore
import Testing

@Suite("Targets: ranges, inheritance, strictness")
struct TargetRulesTests {
    let plan = UUID()

    func target(_ unit: String, _ key: String = "adults_skilled_pct", _ comparison: Comparison = .atLeast, value: Double,
                year: Int = 2026) -> Target {
        Target(planID: plan, unitCode: unit, year: year, indicator: key, comparison: comparison, value: value)
    }

    @Test("percentages stay within 0–100, counts are whole and not negative, years are real plan years")
    func ranges() throws {
        for bad in [target("11131", value: 101), target("11131", value: -1), target("11131", "adults_skilled_pct", .above, value: 100),
                    target("11131", "support_sessions", value: -5), target("11131", "support_sessions", value: 2.5),
                    target("11131", value: 80, year: 1999), target("11131", "no_such_indicator", value: 10)] {
            #expect(throws: DomainError.self) { try TargetRules.check(bad, inherited: nil) }
        }
        try TargetRules.check(target("11131", value: 100), inherited: nil)
        try TargetRules.check(target("11131", "support_sessions", value: 1500), inherited: nil)
    }

    @Test("a lower level may be stricter, never looser; '>' is stricter than '≥' at the same value")
    func strictness() throws {
        let province = target("31", value: 80)
        try TargetRules.check(target("11131", value: 85), inherited: province)
        try TargetRules.check(target("11131", "adults_skilled_pct", .above, value: 80), inherited: province)
        try TargetRules.check(target("11131", value: 80), inherited: province)
        let error = #expect(throws: DomainError.self) { try TargetRules.check(self.target("11131", value: 75), inherited: province) }
        #expect(error?.message.contains("≥ 80%") == true)
        #expect(throws: DomainError.self) { try TargetRules.check(self.target("11131", value: 80), inherited: self.target("31", "adults_skilled_pct", .above, value: 80)) }
    }

    @Test("a unit gets its own target, else the nearest one above, else the nation's")
    func inheritance() {
        let targets = [target("", value: 80), target("31", value: 90), target("11131-01", value: 95)]
        #expect(TargetRules.effective(indicator: "adults_skilled_pct", path: ["31", "11131", "11131-01"], targets: targets)?.value == 95)
        #expect(TargetRules.effective(indicator: "adults_skilled_pct", path: ["31", "11131", "11131-02"], targets: targets)?.value == 90)
        #expect(TargetRules.effective(indicator: "adults_skilled_pct", path: ["42", "18277"], targets: targets)?.value == 80)
        #expect(TargetRules.effective(indicator: "officials_skilled_pct", path: ["31"], targets: targets) == nil)
    }

    @Test("status: on track, gap, and no value for a share of nobody")
    func status() throws {
        let definition = try #require(IndicatorDefinition.named("adults_skilled_pct"))
        let value = IndicatorValue(definition, measures: [.bornBy("by.skilled", minimumAge: 18): 81, .bornBy("by.residents", minimumAge: 18): 100])
        #expect(value.value == 81)
        #expect(IndicatorStatus(value: value, target: target("11131", "adults_skilled_pct", .above, value: 80)).onTrack == true)
        let short = IndicatorStatus(value: value, target: target("11131", value: 85))
        #expect(short.onTrack == false)
        #expect(short.gap == 4)
        #expect(IndicatorValue(definition, measures: [:]).value == nil)
    }
}

@Suite("Birth-year counters")
struct BirthYearBucketTests {
    @Test("everyone in the shared oldest bucket is an adult (and 16+) in every year a plan can name")
    func floorBelowEveryThreshold() {
        let ages = IndicatorDefinition.measures.compactMap { measure -> Int? in
            if case .bornBy(_, let age) = measure { return age }
            return nil
        }
        #expect(!ages.isEmpty)
        // The shared bucket must end before the earliest "born in or before" year that any plan year asks about.
        #expect(TargetRules.years.lowerBound - (ages.max() ?? 0) > BirthYearBuckets.floor)
        #expect(BirthYearBuckets.period(1950) == BirthYearBuckets.period(BirthYearBuckets.floor))
        #expect(BirthYearBuckets.period(BirthYearBuckets.floor + 1) == String(BirthYearBuckets.floor + 1))
    }
}

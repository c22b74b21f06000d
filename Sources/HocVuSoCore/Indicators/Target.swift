import Foundation

/// How a value must compare with a target: "≥ 80%" or "> 80%".
public enum Comparison: String, Sendable, Codable, CaseIterable {
    case atLeast = ">="
    case above = ">"

    public func met(by value: Double, target: Double) -> Bool {
        self == .atLeast ? value >= target : value > target
    }

    public var symbol: String { self == .atLeast ? "≥" : ">" }
}

/// A plan (kế hoạch) of a unit for a year: its document number and date. The nation's plan has unit code "".
public struct Plan: Sendable, Equatable, Codable {
    public var id: UUID
    public var unitCode: String
    public var year: Int
    public var number: String
    public var issuedOn: CivilDate
    public var title: String

    public init(id: UUID, unitCode: String, year: Int, number: String, issuedOn: CivilDate, title: String) {
        self.id = id
        self.unitCode = unitCode
        self.year = year
        self.number = number
        self.issuedOn = issuedOn
        self.title = title
    }
}

/// One target of a plan: an indicator of a unit (the plan's unit or one of its villages) in the plan's year.
public struct Target: Sendable, Equatable, Codable {
    public var planID: UUID
    public var unitCode: String
    public var year: Int
    public var indicator: String
    public var comparison: Comparison
    public var value: Double

    public init(planID: UUID, unitCode: String, year: Int, indicator: String, comparison: Comparison, value: Double) {
        self.planID = planID
        self.unitCode = unitCode
        self.year = year
        self.indicator = indicator
        self.comparison = comparison
        self.value = value
    }

    /// "≥ 80%", "> 1.500".
    public var text: String {
        let kind = IndicatorDefinition.named(indicator)?.kind ?? .percent
        return comparison.symbol + " " + (kind == .percent ? VietnameseFormat.percent(value, trimmingZeros: true) : VietnameseFormat.integer(Int(value)))
    }

    /// True when this target asks at least as much as `other` (a higher value, or the same value with ">" over "≥").
    public func isAtLeastAsStrict(as other: Target) -> Bool {
        if value != other.value { return value > other.value }
        return comparison == .above || other.comparison == .atLeast
    }
}

/// Rules for plans and targets.
public enum TargetRules {
    /// Years a plan may be made for.
    public static let years = 2025...2030

    public static func checkYear(_ year: Int) throws {
        guard years.contains(year) else {
            throw DomainError(.invalid, code: "target.year", message: Strings.targetYearInvalid(years.lowerBound, years.upperBound))
        }
    }

    public static func checkPlan(_ plan: Plan) throws {
        try checkYear(plan.year)
        let number = plan.number.trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, number.count <= 60 else {
            throw DomainError(.invalid, code: "plan.number", message: Strings.planNumberRequired)
        }
        guard plan.title.count <= 300 else {
            throw DomainError(.invalid, code: "plan.title", message: Strings.fieldTooLong(300))
        }
    }

    /// A target's own shape, then against the target inherited from the level above (if any).
    public static func check(_ target: Target, inherited: Target?) throws {
        guard let definition = IndicatorDefinition.named(target.indicator) else {
            throw DomainError(.invalid, code: "target.indicator", message: Strings.indicatorUnknown(target.indicator))
        }
        try checkYear(target.year)
        guard target.value.isFinite else {
            throw DomainError(.invalid, code: "target.value", message: Strings.targetPercentRange)
        }
        switch definition.kind {
        case .percent:
            guard (0...100).contains(target.value) else {
                throw DomainError(.invalid, code: "target.value", message: Strings.targetPercentRange)
            }
            if target.comparison == .above, target.value >= 100 {
                throw DomainError(.invalid, code: "target.value", message: Strings.targetPercentRange)
            }
        case .count:
            guard target.value >= 0, target.value == target.value.rounded() else {
                throw DomainError(.invalid, code: "target.value", message: Strings.targetCountNegative)
            }
        }
        if let inherited, !target.isAtLeastAsStrict(as: inherited) {
            throw DomainError(.invalid, code: "target.looser",
                              message: Strings.targetLooser(definition.label, inherited.text, target.text))
        }
    }

    /// The target that applies to `unit`: its own, else the nearest one above it (commune, province, nation).
    /// `path` is the unit's ancestry from the top (province first) down to the unit.
    public static func effective(indicator: String, path: [String], targets: [Target]) -> Target? {
        for code in path.reversed() + [""] {
            if let own = targets.filter({ $0.unitCode == code && $0.indicator == indicator }).max(by: { $0.value < $1.value }) {
                return own
            }
        }
        return nil
    }
}

/// An indicator against its target: value, gap, whether it is on track.
public struct IndicatorStatus: Sendable, Equatable {
    public let value: IndicatorValue
    public let target: Target?

    public init(value: IndicatorValue, target: Target?) {
        self.value = value
        self.target = target
    }

    /// Met, not met, or nil when there is no target or no value.
    public var onTrack: Bool? {
        guard let target, let v = value.value else { return nil }
        return target.comparison.met(by: v, target: target.value)
    }

    /// How far from the target (positive: short of it).
    public var gap: Double? {
        guard let target, let v = value.value else { return nil }
        return max(0, target.value - v)
    }
}

import Foundation
import HocVuSoCore

/// An indicator against its target, as the strings a page or an export shows: "62,5%", "≥ 80%", "12 người (17,5 điểm %)".
struct StatusText {
    let status: IndicatorStatus

    init(_ status: IndicatorStatus) {
        self.status = status
    }

    var definition: IndicatorDefinition { status.value.definition }
    var key: String { definition.key }
    var isPercent: Bool { definition.kind == .percent }

    var value: String {
        guard let value = status.value.value else { return Strings.noData }
        return isPercent ? VietnameseFormat.percent(value) : VietnameseFormat.integer(Int(value))
    }

    var numerator: String { VietnameseFormat.integer(status.value.numerator) }
    var denominator: String? { status.value.denominator.map(VietnameseFormat.integer) }
    /// "17/20" for a share, "1.234" for a count.
    var fraction: String { denominator.map { Strings.ofTotal(numerator, $0) } ?? numerator }

    /// "≥ 80%", "> 1.500", or "Chưa giao".
    var target: String {
        guard let target = status.target else { return Strings.noTarget }
        return Self.targetText(target.comparison, target.value, kind: definition.kind)
    }

    static func targetText(_ comparison: Comparison, _ value: Double, kind: IndicatorKind) -> String {
        comparison.symbol + " " + (kind == .percent ? VietnameseFormat.percent(value, trimmingZeros: true) : VietnameseFormat.integer(Int(value)))
    }

    var state: BarChart.State {
        switch status.onTrack {
        case true?: return .ok
        case false?: return .off
        case nil: return .none
        }
    }

    /// "Đạt", "Chưa đạt", "Chưa giao", or "—" when there is a target but nobody to count.
    var verdict: String {
        switch status.onTrack {
        case true?: return Strings.onTrack
        case false?: return Strings.offTrack
        case nil: return status.target == nil ? Strings.noTarget : Strings.noData
        }
    }

    /// How many more people (households, sessions …) reach the target; nil when met or unknown.
    var needed: Int? {
        guard let target = status.target, status.onTrack == false else { return nil }
        let numerator = status.value.numerator
        guard let denominator = status.value.denominator else {
            let goal = Int(target.value) + (target.comparison == .above ? 1 : 0)
            return max(0, goal - numerator)
        }
        let exact = target.value * Double(denominator) / 100
        let goal = target.comparison == .above ? Int((exact + 1e-9).rounded(.down)) + 1 : Int((exact - 1e-9).rounded(.up))
        return max(0, min(goal, denominator) - numerator)
    }

    /// "12 người (17,5 điểm %)", "120 lượt", or "—".
    var gap: String {
        guard let needed else { return Strings.noData }
        let amount = Strings.amount(VietnameseFormat.integer(needed), unit: Strings.indicatorUnit(key))
        guard isPercent, let gap = status.gap else { return amount }
        return "\(amount) (\(Strings.percentPoints(VietnameseFormat.decimal(gap, digits: 1))))"
    }

    /// How far short relative to the target (0 when met), to compare indicators of different kinds.
    var relativeGap: Double {
        guard status.onTrack == false, let gap = status.gap, let target = status.target, target.value > 0 else { return 0 }
        return gap / target.value
    }
}

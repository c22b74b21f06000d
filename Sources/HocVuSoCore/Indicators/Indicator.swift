import Foundation

/// What an indicator is counted in.
public enum IndicatorKind: String, Sendable, Codable {
    /// A share of a population, 0–100.
    case percent
    /// A number of things (sessions, participants).
    case count
}

/// One quantity an indicator is built from, read from the live counters.
public enum Measure: Hashable, Sendable {
    /// A counter without period (residents, households …).
    case stock(String)
    /// A counter kept per birth year, summed over people who reach `minimumAge` during the year.
    case bornBy(String, minimumAge: Int)
    /// A counter kept per month, summed over the twelve months of the year.
    case year(String)
    /// Open villages under the unit (from the unit directory, not a counter).
    case openVillages
}

/// An indicator, defined once: key, kind, numerator and denominator. The same definition serves a village, a commune
/// and a province, since every counter is kept at all three levels.
public struct IndicatorDefinition: Sendable, Hashable {
    public let key: String
    public let kind: IndicatorKind
    public let numerator: Measure
    public let denominator: Measure?

    public init(_ key: String, _ kind: IndicatorKind, _ numerator: Measure, over denominator: Measure? = nil) {
        self.key = key
        self.kind = kind
        self.numerator = numerator
        self.denominator = denominator
    }

    public var label: String { Strings.indicatorLabel(key) }

    /// Every measure any indicator needs.
    public static var measures: Set<Measure> {
        Set(all.flatMap { [$0.numerator] + ($0.denominator.map { [$0] } ?? []) })
    }

    /// The indicators of DOMAIN.md §4, with their stable keys.
    public static let all: [IndicatorDefinition] = [
        .init("officials_skilled_pct", .percent, .stock("residents.skilled.official"), over: .stock("residents.official")),
        .init("students_skilled_pct", .percent, .stock("residents.skilled.student"), over: .stock("residents.student")),
        .init("adults_skilled_pct", .percent, .bornBy("by.skilled", minimumAge: 18), over: .bornBy("by.residents", minimumAge: 18)),
        .init("workers_skilled_pct", .percent, .stock("residents.skilled.worker"), over: .stock("residents.worker")),
        .init("adults_smartphone_pct", .percent, .bornBy("by.smartphone", minimumAge: 18), over: .bornBy("by.residents", minimumAge: 18)),
        .init("vneid_l2_16plus_pct", .percent, .bornBy("by.vneid2", minimumAge: 16), over: .bornBy("by.residents", minimumAge: 16)),
        .init("digital_households_pct", .percent, .stock("households.digital"), over: .stock("households")),
        .init("support_sessions", .count, .year("sessions")),
        .init("households_visited_pct", .percent, .stock("households.visited"), over: .stock("households")),
        .init("villages_with_team_pct", .percent, .stock("villages.with_team"), over: .openVillages),
        .init("event_participants", .count, .year("events.participants")),
        .init("learners_enrolled", .count, .year("learners.enrolled")),
        .init("learners_completed", .count, .year("learners.completed")),
        .init("certificates_issued", .count, .year("certificates.issued")),
    ]

    public static func named(_ key: String) -> IndicatorDefinition? {
        all.first { $0.key == key }
    }
}

/// An indicator's value for one unit and year.
public struct IndicatorValue: Sendable, Equatable {
    public let definition: IndicatorDefinition
    public let numerator: Int
    public let denominator: Int?

    public init(_ definition: IndicatorDefinition, measures: [Measure: Int]) {
        self.definition = definition
        numerator = measures[definition.numerator] ?? 0
        denominator = definition.denominator.map { measures[$0] ?? 0 }
    }

    /// The percentage (one decimal kept) or the count; nil for a share of nobody.
    public var value: Double? {
        guard let denominator else { return Double(numerator) }
        guard denominator > 0 else { return nil }
        return (Double(numerator) * 1000 / Double(denominator)).rounded() / 10
    }
}

/// The periods of the counters kept by birth year: the year itself, except that everyone born in or before `floor`
/// shares one period, "0000". They are adults and 16+ in every year a plan can name (a test keeps it so), and one row
/// instead of eighty per unit keeps a province's dashboard fast.
public enum BirthYearBuckets {
    public static let floor = 2006

    public static func period(_ year: Int) -> String { year <= floor ? "0000" : String(year) }
}

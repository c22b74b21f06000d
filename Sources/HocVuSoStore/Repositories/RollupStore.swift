import HocVuSoCore
import SQLKit

/// A change to one live counter of one unit.
struct RollupDelta: Hashable {
    var provinceCode: String
    var unitCode: String
    var metric: String
    var period: String = ""
}

/// The live counters. Writers add deltas inside their own transaction; readers get a few rows per unit.
public struct RollupStore: Sendable {
    let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    /// Stock metrics kept for residents.
    public enum Metric {
        public static let residents = "residents"
        public static let households = "households"
        public static func residents(_ group: TargetGroup) -> String { "residents.\(group.rawValue)" }
        /// Support sessions per month ("2026-03"), all and per category.
        public static let sessions = "sessions"
        public static func sessions(category: String) -> String { "sessions.\(category)" }
        /// Households with at least one visit where someone was home (a stock, no period).
        public static let householdsVisited = "households.visited"
        /// Events and their participants per month.
        public static let events = "events"
        public static let eventParticipants = "events.participants"
        /// Residents with basic digital skills, per target group (a stock).
        public static func skilled(_ group: TargetGroup) -> String { "residents.skilled.\(group.rawValue)" }
        /// Counters by birth year (periods from `BirthYearBuckets`): everyone, skilled, smartphone owners, VNeID level 2.
        public static let byBirthYear = "by.residents"
        public static let skilledByBirthYear = "by.skilled"
        public static let smartphoneByBirthYear = "by.smartphone"
        public static let vneid2ByBirthYear = "by.vneid2"
        /// Households with at least one member with basic digital skills ("Gia đình số").
        public static let digitalHouseholds = "households.digital"
        /// Villages with an active village team.
        public static let villagesWithTeam = "villages.with_team"
        /// Learning records per month: new enrolments (by enrolment month), completions (by completion month).
        public static let learnersEnrolled = "learners.enrolled"
        public static let learnersCompleted = "learners.completed"
        /// Submitted assessments and passes per month, and valid certificates by month of issue.
        public static let assessmentsTaken = "assessments.taken"
        public static let assessmentsPassed = "assessments.passed"
        public static let certificatesIssued = "certificates.issued"
    }

    /// Adds `deltas` (summed per key) in the caller's transaction.
    static func apply(_ deltas: [RollupDelta: Int], _ sql: any SQLDatabase) async throws {
        let nonZero = deltas.filter { $0.value != 0 }
        for chunk in Array(nonZero).chunked(300) {
            let insert = sql.insert(into: "rollups").columns("province_code", "unit_code", "metric", "period", "n")
            for (key, n) in chunk {
                insert.values(SQLBind(key.provinceCode), SQLBind(key.unitCode), SQLBind(key.metric), SQLBind(key.period), SQLBind(n))
            }
            try await insert.onConflict(with: ["province_code", "unit_code", "metric", "period"]) {
                $0.set(SQLRaw("n"), to: SQLRaw("rollups.n + excluded.n"))
            }.run()
        }
    }

    /// The counters of the residents in `resident`, signed, for the village, its commune and province.
    static func residentDeltas(_ resident: Resident, provinceCode: String, communeCode: String, sign: Int,
                               into deltas: inout [RollupDelta: Int]) {
        let year = BirthYearBuckets.period(resident.birthDate.year)
        for unit in [resident.villageCode, communeCode, provinceCode] {
            func add(_ metric: String, _ period: String = "") {
                deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: metric, period: period), default: 0] += sign
            }
            add(Metric.residents)
            add(Metric.residents(resident.targetGroup))
            add(Metric.byBirthYear, year)
            if resident.hasBasicDigitalSkills {
                add(Metric.skilled(resident.targetGroup))
                add(Metric.skilledByBirthYear, year)
            }
            if resident.smartphone == .yes { add(Metric.smartphoneByBirthYear, year) }
            if resident.vneidLevel == .level2 { add(Metric.vneid2ByBirthYear, year) }
        }
    }

    static func householdDeltas(villageCode: String, provinceCode: String, communeCode: String, sign: Int,
                                into deltas: inout [RollupDelta: Int]) {
        for unit in [villageCode, communeCode, provinceCode] {
            deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: Metric.households), default: 0] += sign
        }
    }

    /// Current stock counters for the given units: unit code → metric → n.
    public func counts(units: [String]) async throws -> [String: [String: Int]] {
        guard !units.isEmpty else { return [:] }
        return try await database.read { sql in
            var result: [String: [String: Int]] = [:]
            for chunk in units.chunked(500) {
                let rows = try await sql.select().columns("unit_code", "metric", "n").from("rollups")
                    .where("unit_code", .in, Array(chunk)).where("period", .equal, "").all()
                for row in rows {
                    let unit = try row.decode(column: "unit_code", as: String.self)
                    result[unit, default: [:]][try row.decode(column: "metric", as: String.self)] = try row.decode(column: "n", as: Int.self)
                }
            }
            return result
        }
    }

    /// A counter whose stored value differs from the value recomputed from the raw rows.
    public struct Difference: Sendable, Equatable, CustomStringConvertible {
        public var unitCode: String
        public var metric: String
        public var period: String
        public var stored: Int
        public var recomputed: Int
        public var description: String {
            "\(unitCode) \(metric)\(period.isEmpty ? "" : " " + period): stored \(stored), recomputed \(recomputed)"
        }
    }

    /// Recomputes every counter from the raw rows and lists the differences.
    public func verify() async throws -> [Difference] {
        try await database.read { sql in
            var expected = RollupRecount()
            try await expected.residents(sql)
            try await expected.activity(sql)
            try await expected.learning(sql)
            var stored: [RollupRecount.Key: Int] = [:]
            for row in try await sql.raw("SELECT unit_code, metric, period, n FROM rollups").all() {
                stored[RollupRecount.Key(unit: try row.text("unit_code"), metric: try row.text("metric"), period: try row.text("period"))] = try row.integer("n")
            }
            var differences: [Difference] = []
            for key in Set(expected.counts.keys).union(stored.keys).sorted() {
                let e = expected.counts[key] ?? 0, s = stored[key] ?? 0
                if e != s {
                    differences.append(Difference(unitCode: key.unit, metric: key.metric, period: key.period, stored: s, recomputed: e))
                }
            }
            return differences
        }
    }
}

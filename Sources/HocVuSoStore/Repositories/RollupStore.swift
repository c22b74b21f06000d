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
        for unit in [resident.villageCode, communeCode, provinceCode] {
            deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: Metric.residents), default: 0] += sign
            deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: Metric.residents(resident.targetGroup)), default: 0] += sign
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
        public var stored: Int
        public var recomputed: Int
        public var description: String { "\(unitCode) \(metric): stored \(stored), recomputed \(recomputed)" }
    }

    /// Recomputes every resident and household counter from the raw rows and lists the differences.
    public func verify() async throws -> [Difference] {
        try await database.read { sql in
            var expected: [String: Int] = [:]
            func add(_ unit: String, _ metric: String, _ n: Int) { expected["\(unit)|\(metric)", default: 0] += n }
            let residentRows = try await sql.raw("""
                SELECT province_code, commune_code, village_code, target_group, COUNT(*) AS n FROM residents
                GROUP BY province_code, commune_code, village_code, target_group
                """).all()
            for row in residentRows {
                let n = try row.decode(column: "n", as: Int.self)
                let group = try row.decode(column: "target_group", as: String.self)
                for column in ["province_code", "commune_code", "village_code"] {
                    let unit = try row.decode(column: column, as: String.self)
                    add(unit, Metric.residents, n)
                    add(unit, "residents.\(group)", n)
                }
            }
            let householdRows = try await sql.raw("""
                SELECT province_code, commune_code, village_code, COUNT(*) AS n FROM households
                GROUP BY province_code, commune_code, village_code
                """).all()
            for row in householdRows {
                let n = try row.decode(column: "n", as: Int.self)
                for column in ["province_code", "commune_code", "village_code"] {
                    add(try row.decode(column: column, as: String.self), Metric.households, n)
                }
            }
            var stored: [String: Int] = [:]
            for row in try await sql.raw("SELECT unit_code, metric, n FROM rollups WHERE period = ''").all() {
                let metric = try row.decode(column: "metric", as: String.self)
                guard metric == Metric.residents || metric == Metric.households || metric.hasPrefix("residents.") else { continue }
                stored["\(try row.decode(column: "unit_code", as: String.self))|\(metric)"] = try row.decode(column: "n", as: Int.self)
            }
            var differences: [Difference] = []
            for key in Set(expected.keys).union(stored.keys).sorted() {
                let e = expected[key] ?? 0, s = stored[key] ?? 0
                if e != s {
                    let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
                    differences.append(Difference(unitCode: parts[0], metric: parts[1], stored: s, recomputed: e))
                }
            }
            return differences
        }
    }
}

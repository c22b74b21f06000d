import Foundation
import HocVuSoCore
import SQLKit

/// Reads the measures behind the indicators from the live counters: a few rows per unit, never the raw tables.
public struct IndicatorStore: Sendable {
    let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    /// Every measure of every indicator for `units` (all in the given provinces) in `year`: unit → measure → n.
    /// `openVillages` is not read here (it comes from the unit directory).
    public func measures(units: [String], provinces: [String], year: Int) async throws -> [String: [Measure: Int]] {
        guard !units.isEmpty else { return [:] }
        let measures = IndicatorDefinition.measures
        var stock: Set<String> = [], bornBy: [String: Set<Int>] = [:], yearly: Set<String> = []
        for measure in measures {
            switch measure {
            case .stock(let metric): stock.insert(metric)
            case .bornBy(let metric, let age): bornBy[metric, default: []].insert(age)
            case .year(let metric): yearly.insert(metric)
            case .openVillages: break
            }
        }
        let ages = Set(bornBy.values.flatMap { $0 }).sorted()
        let stockMetrics = stock.sorted(), yearMetrics = yearly.sorted(), bornByAges = bornBy
        return try await database.read { sql in
            var result: [String: [Measure: Int]] = [:]
            for chunk in units.chunked(400) {
                let unitList = SQLList(chunk.map { SQLBind($0) })
                let provinceList = SQLList(provinces.map { SQLBind($0) })
                let scope: SQLQueryString = "province_code IN (\(provinceList)) AND unit_code IN (\(unitList))"
                for row in try await sql.raw("""
                    SELECT unit_code, metric, n FROM rollups WHERE \(scope) AND period = ''
                    AND metric IN (\(SQLList(stockMetrics.map { SQLBind($0) })))
                    """).all() {
                    result[try row.text("unit_code"), default: [:]][.stock(try row.text("metric"))] = try row.integer("n")
                }
                // One pass over the birth-year counters sums each age threshold ("born in or before year − age").
                var sums: SQLQueryString = ""
                for age in ages {
                    sums += ", CAST(SUM(CASE WHEN period <= \(bind: String(year - age)) THEN n ELSE 0 END) AS BIGINT) AS n\(unsafeRaw: String(age))"
                }
                for row in try await sql.raw("""
                    SELECT unit_code, metric\(sums) FROM rollups WHERE \(scope)
                    AND metric IN (\(SQLList(bornByAges.keys.sorted().map { SQLBind($0) }))) GROUP BY unit_code, metric
                    """).all() {
                    let metric = try row.text("metric")
                    for age in bornByAges[metric] ?? [] {
                        result[try row.text("unit_code"), default: [:]][.bornBy(metric, minimumAge: age)] = try row.integer("n\(age)")
                    }
                }
                for row in try await sql.raw("""
                    SELECT unit_code, metric, CAST(SUM(n) AS BIGINT) AS n FROM rollups WHERE \(scope)
                    AND period >= \(bind: "\(year)-01") AND period <= \(bind: "\(year)-12")
                    AND metric IN (\(SQLList(yearMetrics.map { SQLBind($0) }))) GROUP BY unit_code, metric
                    """).all() {
                    result[try row.text("unit_code"), default: [:]][.year(try row.text("metric"))] = try row.integer("n")
                }
            }
            return result
        }
    }

    /// A monthly counter of one unit over a year: month (1–12) → n.
    public func monthly(_ metric: String, unit: String, province: String, year: Int) async throws -> [Int: Int] {
        try await database.read { sql in
            var result: [Int: Int] = [:]
            for row in try await sql.raw("""
                SELECT period, n FROM rollups WHERE province_code = \(bind: province) AND unit_code = \(bind: unit)
                AND metric = \(bind: metric) AND period >= \(bind: "\(year)-01") AND period <= \(bind: "\(year)-12")
                """).all() {
                if let month = Int(try row.text("period").suffix(2)) { result[month] = try row.integer("n") }
            }
            return result
        }
    }

    /// Support sessions of a unit in a year by category: key → n.
    public func sessionsByCategory(unit: String, province: String, year: Int) async throws -> [String: Int] {
        try await database.read { sql in
            var result: [String: Int] = [:]
            for row in try await sql.raw("""
                SELECT metric, CAST(SUM(n) AS BIGINT) AS n FROM rollups WHERE province_code = \(bind: province) AND unit_code = \(bind: unit)
                AND metric LIKE 'sessions.%' AND period >= \(bind: "\(year)-01") AND period <= \(bind: "\(year)-12")
                GROUP BY metric
                """).all() {
                result[String(try row.text("metric").dropFirst("sessions.".count))] = try row.integer("n")
            }
            return result
        }
    }
}

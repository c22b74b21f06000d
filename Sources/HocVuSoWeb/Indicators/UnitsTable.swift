import Foundation
import Hummingbird
import HocVuSoCore

/// The table of the units below a unit (villages of a commune, communes of a province, provinces of the nation):
/// which indicators it shows, and its order — by default the units furthest behind first.
enum UnitsTable {
    /// The indicators shown as columns for units of `level`.
    static func columns(for level: UnitLevel) -> [String] {
        var keys = ["adults_skilled_pct", "adults_smartphone_pct", "vneid_l2_16plus_pct", "digital_households_pct",
                    "households_visited_pct", "officials_skilled_pct", "students_skilled_pct", "workers_skilled_pct"]
        if level != .village { keys.append("villages_with_team_pct") }
        return keys + ["support_sessions", "event_participants"]
    }

    struct Sort: Equatable {
        /// "behind", "name" or an indicator key.
        var key: String
        var descending: Bool

        static let behindFirst = Sort(key: "behind", descending: true)

        /// The direction a column starts in when its header is clicked.
        static func initial(_ key: String) -> Sort {
            Sort(key: key, descending: key == "behind")
        }
    }

    /// Reads `sort` and `dir`; nil when absent (the default order). Unknown values are refused.
    static func sort(_ request: Request) throws -> Sort? {
        guard let key = request.query("sort") else { return nil }
        guard key == "behind" || key == "name" || IndicatorDefinition.named(key) != nil else {
            throw DomainError(.badRequest, code: "query.sort", message: Strings.invalidParameter("sort", key))
        }
        let dir = request.query("dir")
        guard dir == nil || dir == "asc" || dir == "desc" else {
            throw DomainError(.badRequest, code: "query.dir", message: Strings.invalidParameter("dir", dir ?? ""))
        }
        return dir.map { Sort(key: key, descending: $0 == "desc") } ?? Sort.initial(key)
    }

    static func behind(_ row: IndicatorBoard.Row) -> Int {
        row.statuses.filter { $0.onTrack == false }.count
    }

    static func worstGap(_ row: IndicatorBoard.Row) -> Double {
        row.statuses.map { StatusText($0).relativeGap }.max() ?? 0
    }

    /// Rows in order; units without a value for the sorted indicator go last either way; ties by name.
    static func sorted(_ rows: [IndicatorBoard.Row], by sort: Sort?) -> [IndicatorBoard.Row] {
        let sort = sort ?? .behindFirst
        var names: [String: String] = [:], behinds: [String: Int] = [:], gaps: [String: Double] = [:]
        for row in rows {
            names[row.unit.code] = VietnameseCollation.sortKey(text: row.unit.name)
            behinds[row.unit.code] = behind(row)
            gaps[row.unit.code] = worstGap(row)
        }
        func name(_ row: IndicatorBoard.Row) -> String { names[row.unit.code] ?? "" }
        return rows.sorted { a, b in
            switch sort.key {
            case "name":
                return sort.descending ? name(a) > name(b) : name(a) < name(b)
            case "behind":
                let (ba, bb) = (behinds[a.unit.code] ?? 0, behinds[b.unit.code] ?? 0)
                if ba != bb { return sort.descending ? ba > bb : ba < bb }
                let (ga, gb) = (gaps[a.unit.code] ?? 0, gaps[b.unit.code] ?? 0)
                if ga != gb { return sort.descending ? ga > gb : ga < gb }
                return name(a) < name(b)
            default:
                let va = a.status(sort.key)?.value.value, vb = b.status(sort.key)?.value.value
                switch (va, vb) {
                case let (x?, y?) where x != y: return sort.descending ? x > y : x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return name(a) < name(b)
                }
            }
        }
    }
}

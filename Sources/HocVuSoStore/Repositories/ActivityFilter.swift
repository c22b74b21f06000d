import HocVuSoCore
import SQLKit

/// The WHERE clause of a session or event list (`alias` is the table's alias in the query).
struct ActivityFilter {
    let condition: SQLQueryString

    init(_ query: ActivityQuery, unit: AdminUnit, alias: String, unitColumn: String, sessions: Bool) {
        let scope: String
        switch unit.level {
        case .province: scope = "province_code"
        case .commune: scope = "commune_code"
        case .village: scope = unitColumn
        }
        var clause: SQLQueryString = "\(unsafeRaw: alias).\(unsafeRaw: scope) = \(bind: unit.code)"
        if let from = query.from { clause += " AND \(unsafeRaw: alias).day >= \(bind: from.iso)" }
        if let to = query.to { clause += " AND \(unsafeRaw: alias).day <= \(bind: to.iso)" }
        if let village = query.villageCode { clause += " AND \(unsafeRaw: alias).\(unsafeRaw: unitColumn) = \(bind: village)" }
        if sessions {
            if let team = query.teamID { clause += " AND \(unsafeRaw: alias).team_id = \(bind: team.uuidString)" }
            if let member = query.memberID { clause += " AND \(unsafeRaw: alias).member_id = \(bind: member.uuidString)" }
            if let category = query.category { clause += " AND \(unsafeRaw: alias).category = \(bind: category)" }
        } else if let type = query.eventType {
            clause += " AND \(unsafeRaw: alias).type = \(bind: type.rawValue)"
        }
        condition = clause
    }
}

import Foundation
import HocVuSoCore
import SQLKit

/// Encoding and decoding of `teams`, `team_members` and `duty_shifts` rows.
enum TeamRows {
    static func team(_ row: any SQLRow) throws -> Team {
        Team(id: try row.uuid("id"), communeCode: try row.text("commune_code"), villageCode: try row.optionalText("village_code"),
             level: try row.enumValue("level", as: TeamLevel.self), name: try row.text("name"),
             formedOn: try row.civilDate("formed_on"), disbandedOn: try row.optionalCivilDate("disbanded_on"))
    }

    static func member(_ row: any SQLRow) throws -> TeamMember {
        TeamMember(id: try row.uuid("id"), teamID: try row.uuid("team_id"), fullName: try row.text("full_name"),
                   residentID: try row.optionalUUID("resident_id"), userID: try row.optionalUUID("user_id"),
                   role: try row.enumValue("role", as: TeamRole.self), organisation: try row.optionalText("organisation"),
                   phone: try row.optionalText("phone"), from: try row.civilDate("start_date"),
                   until: try row.optionalCivilDate("end_date"))
    }

    static func shift(_ row: any SQLRow) throws -> DutyShift {
        guard let weekday = Weekday(rawValue: try row.integer("weekday")),
              let start = ClockTime(try row.text("start_time")), let end = ClockTime(try row.text("end_time")) else {
            throw StoreError.unexpectedRow("duty shift")
        }
        return DutyShift(id: try row.uuid("id"), teamID: try row.uuid("team_id"), memberID: try row.uuid("member_id"),
                         weekday: weekday, start: start, end: end, place: try row.text("place"))
    }

    static func insertTeam(_ team: Team, provinceCode: String, now: Date, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "teams")
            .columns("province_code", "id", "commune_code", "village_code", "level", "name", "formed_on", "disbanded_on", "created_at")
            .values(SQLBind(provinceCode), SQLBind(team.id.uuidString), SQLBind(team.communeCode), SQLBind(team.villageCode),
                    SQLBind(team.level.rawValue), SQLBind(team.name), SQLBind(team.formedOn.iso),
                    SQLBind(team.disbandedOn?.iso), SQLBind(Timestamp.string(now)))
            .run()
        if team.level == .village, team.disbandedOn == nil, let village = team.villageCode {
            var deltas: [RollupDelta: Int] = [:]
            for unit in [village, team.communeCode, provinceCode] {
                deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: RollupStore.Metric.villagesWithTeam)] = 1
            }
            try await RollupStore.apply(deltas, sql)
        }
    }

    static func insertMembers(_ members: [TeamMember], communeCode: String, provinceCode: String, _ sql: any SQLDatabase) async throws {
        for chunk in members.chunked(300) {
            let insert = sql.insert(into: "team_members")
                .columns("province_code", "id", "team_id", "commune_code", "full_name", "resident_id", "user_id", "role",
                         "organisation", "phone", "start_date", "end_date")
            for m in chunk {
                insert.values(SQLBind(provinceCode), SQLBind(m.id.uuidString), SQLBind(m.teamID.uuidString), SQLBind(communeCode),
                              SQLBind(m.fullName), SQLBind(m.residentID?.uuidString), SQLBind(m.userID?.uuidString),
                              SQLBind(m.role.rawValue), SQLBind(m.organisation), SQLBind(m.phone), SQLBind(m.from.iso),
                              SQLBind(m.until?.iso))
            }
            try await insert.run()
        }
    }

    static func insertShifts(_ shifts: [DutyShift], communeCode: String, provinceCode: String, _ sql: any SQLDatabase) async throws {
        for chunk in shifts.chunked(300) {
            let insert = sql.insert(into: "duty_shifts")
                .columns("province_code", "id", "team_id", "commune_code", "member_id", "weekday", "start_time", "end_time", "place")
            for s in chunk {
                insert.values(SQLBind(provinceCode), SQLBind(s.id.uuidString), SQLBind(s.teamID.uuidString), SQLBind(communeCode),
                              SQLBind(s.memberID.uuidString), SQLBind(s.weekday.rawValue), SQLBind(s.start.description),
                              SQLBind(s.end.description), SQLBind(s.place))
            }
            try await insert.run()
        }
    }
}

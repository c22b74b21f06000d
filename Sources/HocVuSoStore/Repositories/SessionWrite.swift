import Foundation
import HocVuSoCore
import SQLKit

/// One transaction's worth of sessions: checks what needs the database (the resident, member and visit belong to
/// the session's commune), inserts the rest ignoring ids already stored, and adds the live counters.
struct SessionWrite {
    let sessions: [SupportSession]
    let directory: UnitDirectory
    let now: Date

    static let columns = ["province_code", "id", "commune_code", "unit_code", "category", "at", "day", "team_id",
                          "member_id", "recorded_by", "resident_id", "age_band", "gender", "place", "outcome", "note",
                          "visit_id", "created_at"]

    func run(_ sql: any SQLDatabase) async throws -> [RecordOutcome] {
        let residents = try await communes(of: sessions.compactMap(\.residentID), table: "residents", sql)
        let members = try await memberTeams(sql)
        let visits = try await communes(of: sessions.compactMap(\.visitID), table: "household_visits", sql)
        var outcomes: [RecordOutcome] = []
        var accepted: [(SupportSession, UUID?)] = []
        var seen: Set<UUID> = []
        for session in sessions {
            let id = session.id.uuidString
            if let reason = problem(session, residents: residents, members: members, visits: visits) {
                outcomes.append(RecordOutcome(id: id, status: .rejected, reason: reason))
            } else if !seen.insert(session.id).inserted {
                outcomes.append(RecordOutcome(id: id, status: .duplicate))
            } else {
                outcomes.append(RecordOutcome(id: id, status: .created))
                accepted.append((session, session.memberID.flatMap { members[$0]?.team }))
            }
        }
        let inserted = try await insert(accepted, sql)
        var deltas: [RollupDelta: Int] = [:]
        for (index, outcome) in outcomes.enumerated() where outcome.status == .created {
            if inserted.contains(sessions[index].id) {
                Self.deltas(sessions[index], sign: 1, into: &deltas)
            } else {
                outcomes[index].status = .duplicate
            }
        }
        try await RollupStore.apply(deltas, sql)
        return outcomes
    }

    private func problem(_ s: SupportSession, residents: [UUID: String], members: [UUID: (commune: String, team: UUID)],
                         visits: [UUID: String]) -> String? {
        if let resident = s.residentID {
            guard let commune = residents[resident] else { return Strings.sessionResidentUnknown }
            if commune != s.communeCode {
                return Strings.sessionResidentOtherCommune(directory[s.communeCode]?.fullName ?? s.communeCode)
            }
        }
        if let member = s.memberID, members[member]?.commune != s.communeCode {
            return Strings.sessionMemberOtherCommune
        }
        if let visit = s.visitID, visits[visit] != s.communeCode {
            return Strings.sessionVisitOtherCommune
        }
        return nil
    }

    /// The commune of each id found in `table` (within the sessions' provinces).
    private func communes(of ids: [UUID], table: String, _ sql: any SQLDatabase) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let provinces = Array(Set(sessions.map(\.provinceCode)))
        var result: [UUID: String] = [:]
        for chunk in Array(Set(ids)).chunked(500) {
            let rows = try await sql.select().columns("id", "commune_code").from(table)
                .where("province_code", .in, provinces).where("id", .in, chunk.map(\.uuidString)).all()
            for row in rows { result[try row.uuid("id")] = try row.text("commune_code") }
        }
        return result
    }

    private func memberTeams(_ sql: any SQLDatabase) async throws -> [UUID: (commune: String, team: UUID)] {
        let ids = Array(Set(sessions.compactMap(\.memberID)))
        guard !ids.isEmpty else { return [:] }
        var result: [UUID: (commune: String, team: UUID)] = [:]
        for chunk in ids.chunked(500) {
            let rows = try await sql.select().columns("id", "commune_code", "team_id").from("team_members")
                .where("id", .in, chunk.map(\.uuidString)).all()
            for row in rows { result[try row.uuid("id")] = (try row.text("commune_code"), try row.uuid("team_id")) }
        }
        return result
    }

    /// Inserts, skipping ids already stored; returns the ids actually inserted.
    private func insert(_ accepted: [(SupportSession, UUID?)], _ sql: any SQLDatabase) async throws -> Set<UUID> {
        var inserted: Set<UUID> = []
        let stamp = Timestamp.string(now)
        for chunk in accepted.chunked(200) {
            let insert = sql.insert(into: "support_sessions").columns(Self.columns)
            for (s, team) in chunk {
                insert.values(SQLBind(s.provinceCode), SQLBind(s.id.uuidString), SQLBind(s.communeCode), SQLBind(s.unitCode),
                              SQLBind(s.category), SQLBind(Timestamp.string(s.at)), SQLBind(s.day.iso), SQLBind(team?.uuidString),
                              SQLBind(s.memberID?.uuidString), SQLBind(s.recordedBy?.uuidString), SQLBind(s.residentID?.uuidString),
                              SQLBind(s.ageBand?.rawValue), SQLBind(s.gender?.rawValue), SQLBind(s.place.rawValue),
                              SQLBind(s.outcome.rawValue), SQLBind(s.note), SQLBind(s.visitID?.uuidString), SQLBind(stamp))
            }
            let rows = try await insert.ignoringConflicts(with: ["province_code", "id"]).returning("id").all()
            for row in rows { inserted.insert(try row.uuid("id")) }
        }
        return inserted
    }

    /// The live counters a session moves: all sessions and per category, per month, for its village (if any),
    /// commune and province.
    static func deltas(_ s: SupportSession, sign: Int, into deltas: inout [RollupDelta: Int]) {
        var units = [s.communeCode, s.provinceCode]
        if s.unitCode != s.communeCode { units.append(s.unitCode) }
        for unit in units {
            for metric in [RollupStore.Metric.sessions, RollupStore.Metric.sessions(category: s.category)] {
                deltas[RollupDelta(provinceCode: s.provinceCode, unitCode: unit, metric: metric, period: s.month), default: 0] += sign
            }
        }
    }
}

import Foundation
import HocVuSoCore
import SQLKit

/// Recomputes the evidence behind residents' digital-skills status (a valid certificate first, then a completed
/// course that is basic for their target group) and moves their status and counters with it, inside the caller's
/// transaction. Without evidence the commune's own record stands.
enum SkillEvidenceRefresh {
    /// Returns how many residents became skilled (negative when more lost it).
    @discardableResult
    static func refresh(_ ids: Set<UUID>, provinceCode: String, _ sql: any SQLDatabase) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        struct Change {
            var id: String
            var commune: String
            var village: String
            var household: UUID?
            var group: String
            var birthYear: Int
            var was: Bool
            var now: Bool
            var evidence: String?
        }
        var changed: [Change] = []
        for chunk in Array(ids).chunked(400) {
            let list = SQLList(chunk.map { SQLBind($0.uuidString) })
            let rows = try await sql.raw("""
                SELECT r.id, r.commune_code, r.village_code, r.household_id, r.target_group, r.birth_date, r.skilled,
                  r.skilled_recorded, r.skill_evidence,
                  CASE WHEN EXISTS (SELECT 1 FROM certificates c WHERE c.province_code = r.province_code
                                    AND c.resident_id = r.id AND c.revoked_at IS NULL) THEN 'certificate'
                       WHEN EXISTS (SELECT 1 FROM learning_records l JOIN courses k ON k.id = l.course_id
                                    WHERE l.province_code = r.province_code AND l.resident_id = r.id
                                    AND l.status = 'completed' AND k.basic_for LIKE '%,' || r.target_group || ',%') THEN 'course'
                  END AS evidence_now
                FROM residents r WHERE r.province_code = \(bind: provinceCode) AND r.id IN (\(list))
                """).all()
            for row in rows {
                let evidence = try row.optionalText("evidence_now")
                let was = try row.integer("skilled") != 0
                let now = try row.integer("skilled_recorded") != 0 || evidence != nil
                let stored = try row.optionalText("skill_evidence")
                guard now != was || evidence != stored else { continue }
                changed.append(Change(id: try row.text("id"), commune: try row.text("commune_code"), village: try row.text("village_code"),
                                      household: try row.optionalUUID("household_id"), group: try row.text("target_group"),
                                      birthYear: Int(try row.text("birth_date").prefix(4)) ?? 0, was: was, now: now,
                                      evidence: evidence))
            }
        }
        guard !changed.isEmpty else { return 0 }
        let households = Set(changed.filter { $0.was != $0.now }.compactMap(\.household))
        let tracker = try await DigitalHouseholds.snapshot(households, sql)
        var deltas: [RollupDelta: Int] = [:]
        var gained = 0
        for change in changed {
            try await sql.update("residents")
                .set("skilled", to: change.now ? 1 : 0)
                .set("skill_evidence", to: change.evidence)
                .where("province_code", .equal, provinceCode).where("id", .equal, change.id).run()
            guard change.was != change.now else { continue }
            let sign = change.now ? 1 : -1
            gained += sign
            let period = BirthYearBuckets.period(change.birthYear)
            for unit in [change.village, change.commune, provinceCode] {
                deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: "residents.skilled.\(change.group)"), default: 0] += sign
                deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: RollupStore.Metric.skilledByBirthYear,
                                   period: period), default: 0] += sign
            }
        }
        try await tracker.changes(households, sql, into: &deltas)
        try await RollupStore.apply(deltas, sql)
        return gained
    }
}

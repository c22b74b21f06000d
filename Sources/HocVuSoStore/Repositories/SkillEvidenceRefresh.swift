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
        var changed: [(old: Resident, new: Resident, commune: String)] = []
        for chunk in Array(ids).chunked(400) {
            let list = SQLList(chunk.map { SQLBind($0.uuidString) })
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: ResidentRow.selectList),
                  CASE WHEN EXISTS (SELECT 1 FROM certificates c WHERE c.province_code = r.province_code
                                    AND c.resident_id = r.id AND c.revoked_at IS NULL) THEN 'certificate'
                       WHEN EXISTS (SELECT 1 FROM learning_records l JOIN courses k ON k.id = l.course_id
                                    WHERE l.province_code = r.province_code AND l.resident_id = r.id
                                    AND l.status = 'completed' AND k.basic_for LIKE '%,' || r.target_group || ',%') THEN 'course'
                  END AS evidence_now
                FROM residents r WHERE r.province_code = \(bind: provinceCode) AND r.id IN (\(list))
                """).all()
            for row in rows {
                let old = try ResidentRow.decode(row)
                let evidence = try row.optionalText("evidence_now").flatMap(SkillEvidence.init(rawValue:))
                var new = old
                new.skillEvidence = evidence
                new.hasBasicDigitalSkills = old.recordedSkills || evidence != nil
                if new != old { changed.append((old, new, try row.text("commune_code"))) }
            }
        }
        guard !changed.isEmpty else { return 0 }
        let households = Set(changed.compactMap(\.old.householdID))
        let tracker = try await DigitalHouseholds.snapshot(households, sql)
        var deltas: [RollupDelta: Int] = [:]
        var gained = 0
        for (old, new, commune) in changed {
            try await sql.update("residents")
                .set("skilled", to: new.hasBasicDigitalSkills ? 1 : 0)
                .set("skill_evidence", to: new.skillEvidence?.rawValue)
                .where("province_code", .equal, provinceCode).where("id", .equal, old.id.uuidString).run()
            RollupStore.residentDeltas(old, provinceCode: provinceCode, communeCode: commune, sign: -1, into: &deltas)
            RollupStore.residentDeltas(new, provinceCode: provinceCode, communeCode: commune, sign: 1, into: &deltas)
            gained += (new.hasBasicDigitalSkills ? 1 : 0) - (old.hasBasicDigitalSkills ? 1 : 0)
        }
        try await tracker.changes(households, sql, into: &deltas)
        try await RollupStore.apply(deltas, sql)
        return gained
    }
}

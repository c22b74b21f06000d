import Foundation
import HocVuSoCore
import SQLKit

/// Importing checked rows: match each to a resident (ID number, then folded name with birth date), then in one
/// transaction add or move forward their learning records, queue the rest for review, and move the counters and
/// the skills status of those who completed a basic course.
extension LearningStore {
    /// A matched resident's place, for the counters.
    struct Learner: Sendable {
        var id: UUID
        var birthDate: CivilDate
        var villageCode: String
        var communeCode: String
    }

    public func importRows(_ rows: [LearningRow], platform: String, scope: Scope, filename: String, actor: AccessActor,
                           progress: (@Sendable (Int) async -> Void)? = nil) async throws -> LearningImportSummary {
        let now = clock.now()
        let today = CivilDate(now)
        let importID = UUID()
        let matching = try await match(rows, scope: scope)
        await progress?(rows.count / 3)
        var summary = try await database.write { sql in
            var summary = LearningImportSummary()
            summary.rows = rows.count
            var titles: [String: String] = [:]
            for row in rows where titles[row.courseKey]?.isEmpty ?? true { titles[row.courseKey] = row.courseTitle }
            let (courses, added) = try await CourseStore.ensure(platform: platform, titles: titles, now: now, sql)
            summary.newCourses = added
            // Matched rows, one progress per learner and course (a file may list a learner twice).
            var incoming: [LearnerCourse: LearningProgress] = [:]
            var unmatched: [(LearningRow, LearnerMatch)] = []
            for (row, match) in zip(rows, matching.matches) {
                guard let course = courses[row.courseKey]?.id else { continue }
                let stated = LearningProgress(row, importedOn: today)
                if case .resident(let id) = match {
                    let key = LearnerCourse(resident: id, course: course)
                    incoming[key] = incoming[key].map { $0.merged(with: stated) } ?? stated
                } else if let linked = matching.linkedEarlier[row.identityKey] {
                    summary.linkedEarlier += 1
                    let key = LearnerCourse(resident: linked, course: course)
                    incoming[key] = incoming[key].map { $0.merged(with: stated) } ?? stated
                } else {
                    unmatched.append((row, match))
                }
            }
            let basic = Set(courses.values.filter { !$0.basicFor.isEmpty }.map(\.id))
            let applied = try await Self.apply(incoming, learners: matching.learners, provinceCode: scope.provinceCode,
                                               basicCourses: basic, importID: importID, now: now, sql, progress: { done in
                                                   await progress?(rows.count / 3 + done * 2 / 3)
                                               })
            summary.created = applied.created
            summary.updated = applied.updated
            summary.unchanged = applied.unchanged
            summary.queued = try await Self.queue(unmatched, courses: courses, scope: scope, importID: importID,
                                                  today: today, now: now, sql)
            summary.newlySkilled = try await SkillEvidenceRefresh.refresh(applied.completedBy, provinceCode: scope.provinceCode, sql)
            try await sql.insert(into: "learning_imports")
                .columns("id", "unit_code", "platform", "filename", "rows_read", "created", "updated", "unchanged", "queued", "actor", "at")
                .values(SQLBind(importID.uuidString), SQLBind(scope.unitCode), SQLBind(platform), SQLBind(filename),
                        SQLBind(summary.rows), SQLBind(summary.created), SQLBind(summary.updated), SQLBind(summary.unchanged),
                        SQLBind(summary.queued), SQLBind(actor.username), SQLBind(Timestamp.string(now))).run()
            try await AccessLogStore.append(.import, actor: actor, subject: importID.uuidString, unitCode: scope.unitCode,
                                            detail: "learning \(platform) \(summary.rows)", now: now, sql)
            return summary
        }
        summary.newCourses.sort()
        await progress?(rows.count)
        return summary
    }

    struct LearnerCourse: Hashable {
        var resident: UUID
        var course: UUID
    }

    struct Matching {
        var matches: [LearnerMatch]
        var learners: [UUID: Learner]
        /// Row identity → the resident an officer linked it to in an earlier import.
        var linkedEarlier: [String: UUID]
    }

    /// Reads what matching needs in a few batched queries, then matches every row.
    func match(_ rows: [LearningRow], scope: Scope) async throws -> Matching {
        try await database.read { sql in
            var learners: [UUID: Learner] = [:]
            var byCCCD: [String: UUID] = [:]
            let area: SQLQueryString = scope.communeCode.map { code -> SQLQueryString in "AND commune_code = \(bind: code)" }
                ?? SQLQueryString("")
            let numbers = Array(Set(rows.compactMap(\.cccd)))
            for chunk in numbers.chunked(500) {
                for row in try await sql.raw("""
                    SELECT id, birth_date, village_code, commune_code, cccd FROM residents
                    WHERE province_code = \(bind: scope.provinceCode) \(area) AND cccd IN (\(SQLList(chunk.map { SQLBind($0) })))
                    """).all() {
                    let learner = try Self.learner(row)
                    learners[learner.id] = learner
                    byCCCD[try row.text("cccd")] = learner.id
                }
            }
            let names = Array(Set(rows.filter { $0.cccd.map { byCCCD[$0] == nil } ?? true }
                .map { VietnameseText.fold($0.fullName) }.filter { !$0.isEmpty }))
            var byName: [String: [(id: UUID, birthDate: CivilDate)]] = [:]
            for chunk in names.chunked(500) {
                for row in try await sql.raw("""
                    SELECT id, birth_date, village_code, commune_code, name_fold FROM residents
                    WHERE province_code = \(bind: scope.provinceCode) \(area) AND name_fold IN (\(SQLList(chunk.map { SQLBind($0) })))
                    """).all() {
                    let learner = try Self.learner(row)
                    learners[learner.id] = learner
                    byName[try row.text("name_fold"), default: []].append((learner.id, learner.birthDate))
                }
            }
            let matches = rows.map { LearnerMatch.match($0, byCCCD: byCCCD, byName: byName) }
            // Rows an officer already resolved: the same person and course keeps going to the chosen resident.
            var linked: [String: UUID] = [:]
            let open = zip(rows, matches).filter { if case .resident = $0.1 { return false } else { return true } }
            for chunk in Array(Set(open.map { $0.0.identityKey })).chunked(500) {
                for row in try await sql.raw("""
                    SELECT q.row_key, q.resident_id, r.birth_date, r.village_code, r.commune_code, r.id
                    FROM learning_reviews q JOIN residents r ON r.province_code = q.province_code AND r.id = q.resident_id
                    WHERE q.province_code = \(bind: scope.provinceCode) AND q.unit_code = \(bind: scope.unitCode)
                    AND q.state = 'linked' AND q.row_key IN (\(SQLList(chunk.map { SQLBind(Self.rowKey($0)) })))
                    """).all() {
                    let learner = try Self.learner(row)
                    learners[learner.id] = learner
                    linked[try row.text("row_key")] = learner.id
                }
            }
            var linkedEarlier: [String: UUID] = [:]
            for (row, _) in open {
                if let resident = linked[Self.rowKey(row.identityKey)] { linkedEarlier[row.identityKey] = resident }
            }
            return Matching(matches: matches, learners: learners, linkedEarlier: linkedEarlier)
        }
    }

    /// The stored key of a row's identity (a digest, so the queue's index stays small).
    static func rowKey(_ identity: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in identity.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var second: UInt64 = 0x84222325cbf29ce4
        for byte in identity.utf8.reversed() {
            second ^= UInt64(byte)
            second = second &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16) + String(second, radix: 16)
    }

    static func learner(_ row: any SQLRow) throws -> Learner {
        Learner(id: try row.uuid("id"), birthDate: try row.civilDate("birth_date"), villageCode: try row.text("village_code"),
                communeCode: try row.text("commune_code"))
    }

    struct Applied {
        var created = 0
        var updated = 0
        var unchanged = 0
        /// Residents with a new completion of a course that counts as basic for some group: their evidence may change.
        var completedBy: Set<UUID> = []
    }

    /// Adds or moves forward the records, with their counters.
    static func apply(_ incoming: [LearnerCourse: LearningProgress], learners: [UUID: Learner], provinceCode: String,
                      basicCourses: Set<UUID>, importID: UUID?, now: Date, _ sql: any SQLDatabase,
                      progress: (@Sendable (Int) async -> Void)? = nil) async throws -> Applied {
        var applied = Applied()
        var deltas: [RollupDelta: Int] = [:]
        let stamp = Timestamp.string(now)
        var byResident: [UUID: [(LearnerCourse, LearningProgress)]] = [:]
        for (key, stated) in incoming { byResident[key.resident, default: []].append((key, stated)) }
        let residents = Array(byResident.keys)
        var done = 0
        for chunk in residents.chunked(500) {
            var existing: [LearnerCourse: (id: String, progress: LearningProgress)] = [:]
            for row in try await sql.raw("""
                SELECT id, resident_id, course_id, status, enrolled_on, completed_on, score FROM learning_records
                WHERE province_code = \(bind: provinceCode) AND resident_id IN (\(SQLList(chunk.map { SQLBind($0.uuidString) })))
                """).all() {
                existing[LearnerCourse(resident: try row.uuid("resident_id"), course: try row.uuid("course_id"))] =
                    (try row.text("id"), try Self.progress(row))
            }
            var inserts: [(LearnerCourse, LearningProgress)] = []
            for (key, stated) in chunk.flatMap({ byResident[$0] ?? [] }) {
                guard let learner = learners[key.resident] else { continue }
                func count(_ metric: String, _ period: String) {
                    for unit in [learner.villageCode, learner.communeCode, provinceCode] {
                        deltas[RollupDelta(provinceCode: provinceCode, unitCode: unit, metric: metric, period: period), default: 0] += 1
                    }
                }
                if let (id, old) = existing[key] {
                    let new = old.merged(with: stated)
                    if new == old {
                        applied.unchanged += 1
                        continue
                    }
                    applied.updated += 1
                    if old.status != .completed, let period = new.completedPeriod {
                        count(RollupStore.Metric.learnersCompleted, period)
                        if basicCourses.contains(key.course) { applied.completedBy.insert(key.resident) }
                    }
                    try await sql.update("learning_records")
                        .set("status", to: new.status.rawValue).set("completed_on", to: new.completedOn?.iso)
                        .set("score", to: new.score).set("import_id", to: importID?.uuidString).set("updated_at", to: stamp)
                        .where("province_code", .equal, provinceCode).where("id", .equal, id).run()
                } else {
                    applied.created += 1
                    count(RollupStore.Metric.learnersEnrolled, stated.enrolledPeriod)
                    if let period = stated.completedPeriod {
                        count(RollupStore.Metric.learnersCompleted, period)
                        if basicCourses.contains(key.course) { applied.completedBy.insert(key.resident) }
                    }
                    inserts.append((key, stated))
                }
            }
            for batch in inserts.chunked(150) {
                let insert = sql.insert(into: "learning_records")
                    .columns("province_code", "id", "commune_code", "village_code", "resident_id", "course_id", "status",
                             "enrolled_on", "completed_on", "score", "import_id", "updated_at")
                for (key, p) in batch {
                    let learner = learners[key.resident]!
                    insert.values(SQLBind(provinceCode), SQLBind(UUID().uuidString), SQLBind(learner.communeCode),
                                  SQLBind(learner.villageCode), SQLBind(key.resident.uuidString), SQLBind(key.course.uuidString),
                                  SQLBind(p.status.rawValue), SQLBind(p.enrolledOn.iso), SQLBind(p.completedOn?.iso),
                                  SQLBind(p.score), SQLBind(importID?.uuidString), SQLBind(stamp))
                }
                try await insert.run()
            }
            done += chunk.count
            await progress?(done)
        }
        try await RollupStore.apply(deltas, sql)
        return applied
    }

    /// Puts unmatched rows in the review queue; a row already waiting is updated with the newer progress (and left
    /// alone when nothing changed). Returns how many rows of this import wait for review.
    static func queue(_ rows: [(LearningRow, LearnerMatch)], courses: [String: Course], scope: Scope, importID: UUID,
                      today: CivilDate, now: Date, _ sql: any SQLDatabase) async throws -> Int {
        // One row per person and course (a file may repeat a learner), with its stored key.
        var unique: [(key: String, row: LearningRow, match: LearnerMatch, course: UUID)] = []
        var seen: Set<String> = []
        for (row, match) in rows {
            guard let course = courses[row.courseKey]?.id else { continue }
            let key = rowKey(row.identityKey)
            if seen.insert(key).inserted { unique.append((key, row, match, course)) }
        }
        var waiting = 0
        var inserts: [(key: String, row: LearningRow, candidates: [UUID], course: UUID, progress: LearningProgress)] = []
        for chunk in unique.chunked(500) {
            var stored: [String: (id: String, state: String, progress: LearningProgress, candidates: String)] = [:]
            for row in try await sql.raw("""
                SELECT id, row_key, state, status, enrolled_on, completed_on, score, candidates FROM learning_reviews
                WHERE province_code = \(bind: scope.provinceCode) AND unit_code = \(bind: scope.unitCode)
                AND row_key IN (\(SQLList(chunk.map { SQLBind($0.key) })))
                """).all() {
                stored[try row.text("row_key")] = (try row.text("id"), try row.text("state"), try progress(row),
                                                   try row.text("candidates"))
            }
            for item in chunk {
                let stated = LearningProgress(item.row, importedOn: today)
                let candidates: [UUID]
                if case .several(let ids) = item.match { candidates = ids } else { candidates = [] }
                let candidateList = candidates.map(\.uuidString).joined(separator: ",")
                guard let existing = stored[item.key] else {
                    waiting += 1
                    inserts.append((item.key, item.row, candidates, item.course, stated))
                    continue
                }
                guard existing.state == "open" else { continue }
                waiting += 1
                let merged = existing.progress.merged(with: stated)
                guard merged != existing.progress || candidateList != existing.candidates else { continue }
                try await sql.update("learning_reviews")
                    .set("status", to: merged.status.rawValue).set("completed_on", to: merged.completedOn?.iso)
                    .set("score", to: merged.score).set("candidates", to: candidateList)
                    .set("import_id", to: importID.uuidString).set("row_number", to: item.row.row)
                    .where("province_code", .equal, scope.provinceCode).where("id", .equal, existing.id).run()
            }
        }
        let stamp = Timestamp.string(now)
        for batch in inserts.chunked(100) {
            let insert = sql.insert(into: "learning_reviews")
                .columns("province_code", "id", "unit_code", "row_key", "reason", "full_name", "birth", "cccd", "phone",
                         "course_id", "status", "enrolled_on", "completed_on", "score", "candidates", "state", "import_id",
                         "row_number", "created_at")
            for item in batch {
                let row = item.row, stated = item.progress
                insert.values(SQLBind(scope.provinceCode), SQLBind(UUID().uuidString), SQLBind(scope.unitCode), SQLBind(item.key),
                              SQLBind(item.candidates.isEmpty ? "none" : "several"), SQLBind(row.fullName),
                              SQLBind(row.birthDate?.iso ?? row.birthYear.map(String.init)), SQLBind(row.cccd), SQLBind(row.phone),
                              SQLBind(item.course.uuidString), SQLBind(stated.status.rawValue), SQLBind(stated.enrolledOn.iso),
                              SQLBind(stated.completedOn?.iso), SQLBind(stated.score),
                              SQLBind(item.candidates.map(\.uuidString).joined(separator: ",")), SQLBind("open"),
                              SQLBind(importID.uuidString), SQLBind(row.row), SQLBind(stamp))
            }
            try await insert.run()
        }
        return waiting
    }
}

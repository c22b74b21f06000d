import Foundation
import HocVuSoCore
import HocVuSoStore
import Logging
import SQLKit
import Testing

@Suite("migrate-store: a commune's SQLite store copied into the province's PostgreSQL store")
struct StoreCopierTests {
    static let clock = SettableWallClock(Date(timeIntervalSince1970: 1_779_000_000))

    /// What a commune's store holds, to check against the copy.
    struct Commune {
        var code: String
        var residents: [Resident]
        var adminID: UUID
    }

    /// A commune's SQLite store with a little of everything: villages, a household and residents, an account linked
    /// to a team member, a duty shift, support sessions, an event with attendance, learning records (and one row in
    /// the review queue), an assessment with its certificate, and access-log entries (two of them identical).
    func communeStore(_ commune: String, firstCCCD: String) async throws -> (Store, Commune) {
        let store = try await Engine.sqlite.openStore(clock: Self.clock)
        let start = CivilDate(year: 2025, month: 7, day: 1)!
        let east = try await store.units.createVillage(communeCode: commune, name: "Đông", type: "Thôn", validFrom: start).code
        let west = try await store.units.createVillage(communeCode: commune, name: "Tây", type: "Thôn", validFrom: start).code
        try await store.reloadDirectory()
        let household = Household(id: UUID(), villageCode: east, number: "12")
        var duc = sampleResident("Nguyễn Văn Đức", village: east, cccd: firstCCCD)
        duc.householdID = household.id
        var anh = sampleResident("Trần Thị Ánh", village: east, born: "1992-07-08", gender: .female)
        anh.householdID = household.id
        let an = sampleResident("Lê Văn An", village: west, born: "1960-01-01", group: .worker)
        try await store.residents.insert(households: [household], residents: [duc, anh, an], directory: store.directory)

        let admin = Account(id: UUID(), username: "admin", displayName: "Quản trị", role: .admin, unitCode: "")
        try await store.accounts.create(admin, passwordHash: "x", now: Self.clock.now())
        let officer = Account(id: UUID(), username: "canbo.\(commune)", displayName: "Cán bộ", role: .communeOfficer, unitCode: commune)
        try await store.accounts.create(officer, passwordHash: "x", now: Self.clock.now())

        let formed = CivilDate(year: 2025, month: 8, day: 1)!
        let team = Team(id: UUID(), communeCode: commune, villageCode: east, level: .village, name: "Tổ thôn Đông", formedOn: formed)
        try await store.teams.create(team, directory: store.directory)
        let leader = TeamMember(id: UUID(), teamID: team.id, fullName: duc.fullName, residentID: duc.id, userID: admin.id,
                                role: .leader, from: formed)
        try await store.teams.add(leader, directory: store.directory)
        try await store.teams.addShift(DutyShift(id: UUID(), teamID: team.id, memberID: leader.id, weekday: .monday,
                                                 start: ClockTime("07:30")!, end: ClockTime("11:30")!, place: "Nhà văn hóa"))

        var sessions: [SupportSession] = []
        for i in 0..<30 {
            let unit: String = i % 3 == 0 ? commune : east
            let category: String = i % 2 == 0 ? "vneid" : "payment"
            let at = Date(timeIntervalSince1970: 1_770_000_000 + Double(i) * 86_400)
            let resident: UUID? = i % 5 == 0 ? anh.id : nil
            sessions.append(SupportSession(id: UUID(), provinceCode: "31", communeCode: commune, unitCode: unit, category: category,
                                           at: at, memberID: leader.id, recordedBy: admin.id, residentID: resident,
                                           place: .home, outcome: .done))
        }
        _ = try await store.sessions.recorder.record(sessions)

        let event = CommunityEvent(id: UUID(), communeCode: commune, villageCode: east, type: .villageClass,
                                   day: CivilDate(year: 2026, month: 4, day: 12)!, place: "Nhà văn hóa thôn Đông",
                                   organiser: "Tổ công nghệ số", topic: "Cài VNeID", headCount: 25)
        _ = try await store.events.create(event, provinceCode: "31")
        try await store.events.updateAttendance(event: event.id, add: [duc.id, anh.id])

        let scope = LearningStore.Scope(unitCode: commune, provinceCode: "31", communeCode: commune)
        let course = "course-v1:MOET+KNS-ND+2026-1"
        let rows = [
            LearningRow(row: 2, fullName: duc.fullName, birthDate: nil, cccd: duc.cccd, courseKey: course,
                        courseTitle: "Kỹ năng số cơ bản cho người dân", enrolledOn: CivilDate(iso: "2026-03-01"),
                        completedOn: CivilDate(iso: "2026-04-02"), status: .completed, score: 85),
            LearningRow(row: 3, fullName: "Phạm Thị Lạ", birthDate: CivilDate(iso: "1970-02-02"), cccd: nil, courseKey: course,
                        courseTitle: "Kỹ năng số cơ bản cho người dân", enrolledOn: CivilDate(iso: "2026-03-01"),
                        completedOn: nil, status: .enrolled, score: nil),
        ]
        _ = try await store.learning.importRows(rows, platform: "binhdanhocvuso.gov.vn", scope: scope, filename: "a.csv", actor: testActor)

        let today = CivilDate(Self.clock.now())
        let link = try await store.assessments.createLink(communeCode: commune, provinceCode: "31", villageCode: nil, group: .citizen,
                                                          singleUse: true, expiresOn: today.adding(days: 7), by: "test")
        let attempt = try await store.assessments.start(link: link.token, taker: AssessmentTaker(fullName: anh.fullName, birthDate: anh.birthDate),
                                                        provinceCode: "31")
        let (_, framework) = try await store.frameworks.framework(attempt.frameworkID)
        for item in try #require(framework.group(.citizen)).items {
            _ = try await store.assessments.answer(attempt.id, itemID: item.id, response: item.answer)
        }
        #expect(try await store.assessments.submit(attempt.id).certificate != nil)

        let actor = AccessActor(userID: admin.id, username: "admin", client: "127.0.0.1")
        for _ in 0..<2 {
            try await store.accessLog.record(.view, actor: actor, subject: duc.id.uuidString, unitCode: east, now: Self.clock.now())
        }
        #expect(try await store.rollups.verify().isEmpty)
        return (store, Commune(code: commune, residents: [duc, anh, an], adminID: admin.id))
    }

    func targetStore() async throws -> Store {
        try await Engine.postgres.openStore(clock: Self.clock)
    }

    /// Rows per table (every table of the schema).
    func counts(_ store: Store) async throws -> [String: Int] {
        let tables = ["units", "unit_names", "households", "residents", "users", "access_log", "teams", "team_members",
                      "duty_shifts", "support_categories", "support_sessions", "household_visits", "events",
                      "event_attendance", "plans", "targets", "courses", "learning_mappings", "learning_imports",
                      "learning_records", "learning_reviews", "frameworks", "assessment_links", "assessment_attempts",
                      "certificates", "documents", "document_files", "report_requests", "report_request_communes",
                      "commune_reports", "report_events", "rollups"]
        return try await store.database.read { sql in
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }

    func copy(_ source: Store, into target: Store) async throws -> CopyReport {
        try await StoreCopier(source: source, target: target, batchSize: 7).run()
    }

    /// Runs `body`, then closes `stores`, also when `body` throws.
    func closing(_ stores: [Store], _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            for store in stores { await store.close() }
            throw error
        }
        for store in stores { await store.close() }
    }

    @Test("a commune is copied whole, verified, and a re-run copies nothing")
    func copyAndRerun() async throws {
        let (source, commune) = try await communeStore("11131", firstCCCD: "031085001234")
        let target = try await targetStore()
        try await closing([source, target]) {
            let started = Date()
            let report = try await copy(source, into: target)
            let seconds = Date().timeIntervalSince(started)
            #expect(report.problems == [])
            #expect(report.rollupDifferences.isEmpty)
            #expect(try await target.rollups.verify().isEmpty)
            var sourceCounts = try await counts(source), targetCounts = try await counts(target)
            sourceCounts["rollups"] = nil
            targetCounts["rollups"] = nil
            #expect(sourceCounts == targetCounts)
            #expect(report["residents"]?.copied == 3)
            #expect(report["support_sessions"]?.copied == 30)
            #expect(report["certificates"]?.copied == 1)
            #expect(report["access_log"]?.copied == sourceCounts["access_log"])   // two identical entries among them
            #expect(report["units"]?.copied == 2)                         // the two villages; the official list is there
            #expect(report["users"]?.copied == 2)
            #expect(report["frameworks"]?.remappedIDs == 1)              // seeded apart, same content: the target's id
            #expect(report["auth_sessions"] == nil)
            let province = try await target.rollups.counts(units: ["31", "11131"])
            #expect(province["31"]?["residents"] == 3)
            #expect(province["11131"]?["residents"] == 3)
            print("copy of \(report.rowsRead) rows (\(report.rowsCopied) written) in \(String(format: "%.2f", seconds)) s, "
                  + "copy phase \(String(format: "%.2f", report.copySeconds)) s")

            let again = try await copy(source, into: target)
            #expect(again.problems == [])
            #expect(again.rowsCopied == 0)
            #expect(again.tables.allSatisfy { $0.alreadyPresent == $0.sourceRows })
            var afterRerun = try await counts(target)
            afterRerun["rollups"] = nil
            #expect(afterRerun == targetCounts)

            for resident in commune.residents {
                let copied = try await target.residents.get(resident.id, actor: testActor)
                #expect(copied == (try await source.residents.get(resident.id, actor: testActor)))
            }
            let certificates = try await target.certificates.certificates(unit: target.directory["11131"]!, page: 1, per: 10)
            #expect(certificates.total == 1)
        }
    }

    @Test("two communes of one province share the target; the province's counters are the sums")
    func twoCommunes() async throws {
        let (first, _) = try await communeStore("11131", firstCCCD: "031085001234")
        let (second, other) = try await communeStore("10750", firstCCCD: "031085005678")
        let target = try await targetStore()
        try await closing([first, second, target]) {
            #expect(try await copy(first, into: target).problems == [])
            let report = try await copy(second, into: target)
            #expect(report.problems == [])
            #expect(report["users"]?.remappedIDs == 1)                   // "admin" is the same account on both
            #expect(report["users"]?.copied == 1)                        // canbo.10750
            #expect(try await target.rollups.verify().isEmpty)

            var sums: [[String: Int]] = []
            for store in [first, second] { sums.append(try await store.rollups.counts(units: ["31"])["31"] ?? [:]) }
            let province = try await target.rollups.counts(units: ["31"])["31"] ?? [:]
            for metric in Set(sums[0].keys).union(sums[1].keys) {
                #expect(province[metric] == (sums[0][metric] ?? 0) + (sums[1][metric] ?? 0), "\(metric)")
            }
            #expect(province["residents"] == 6)
            let monthly = try await target.database.read { sql in
                try await sql.raw("SELECT CAST(SUM(n) AS BIGINT) AS n FROM rollups WHERE unit_code = '31' AND metric = 'sessions'")
                    .first()?.decode(column: "n", as: Int.self)
            }
            #expect(monthly == 60)
            for code in ["11131", "10750"] {
                #expect(try await target.rollups.counts(units: [code])[code]?["residents"] == 3)
            }
            // The second commune's sessions were recorded by its "admin": they now point to the target's account.
            let recorders = try await target.database.read { sql in
                try await sql.raw("SELECT COUNT(DISTINCT recorded_by) AS n FROM support_sessions").first()?.decode(column: "n", as: Int.self)
            }
            #expect(recorders == 1)
            #expect(try await target.residents.get(other.residents[0].id, actor: testActor).fullName == "Nguyễn Văn Đức")
        }
    }

    /// Copies `clash` into `target` (which already holds `first`), expects conflicts, and checks nothing was written.
    func expectRefusal(_ clash: Store, into target: Store, _ check: ([CopyConflict], String) -> Void) async throws {
        let before = try await counts(target)
        do {
            _ = try await copy(clash, into: target)
            Issue.record("the migration should have stopped")
        } catch let error as StoreCopyError {
            guard case .conflicts(let conflicts) = error else { throw error }
            check(conflicts, error.description)
        }
        #expect(try await counts(target) == before)
    }

    @Test("a village code that names another village stops the migration before anything is written")
    func conflictingVillage() async throws {
        let (first, _) = try await communeStore("11131", firstCCCD: "031085001234")
        let target = try await targetStore()
        // Another store of the same commune whose first village got the same code under another name.
        let clash = try await Engine.sqlite.openStore(clock: Self.clock)
        try await closing([first, target, clash]) {
            #expect(try await copy(first, into: target).problems == [])
            let village = try await clash.units.createVillage(communeCode: "11131", name: "Bắc", type: "Thôn",
                                                              validFrom: CivilDate(year: 2025, month: 7, day: 1)!).code
            #expect(village == "11131-01")
            try await clash.reloadDirectory()
            try await clash.residents.insert(households: [], residents: [sampleResident("Hoàng Văn Mới", village: village)],
                                             directory: clash.directory)
            try await expectRefusal(clash, into: target) { conflicts, message in
                #expect(conflicts.contains { if case .unit(code: "11131-01", _, _) = $0 { true } else { false } })
                #expect(message.contains("11131-01"))
            }
        }
    }

    @Test("a CCCD held by another resident of the province, or an account with another role, stops the migration")
    func conflictingPeople() async throws {
        let (first, commune) = try await communeStore("11131", firstCCCD: "031085001234")
        let target = try await targetStore()
        let clash = try await Engine.sqlite.openStore(clock: Self.clock)
        try await closing([first, target, clash]) {
            #expect(try await copy(first, into: target).problems == [])
            let village = try await clash.units.createVillage(communeCode: "10993", name: "Nam", type: "Thôn",
                                                              validFrom: CivilDate(year: 2025, month: 7, day: 1)!).code
            try await clash.reloadDirectory()
            try await clash.residents.insert(households: [], residents: [sampleResident("Người Khác", village: village,
                                                                                       cccd: commune.residents[0].cccd)],
                                             directory: clash.directory)
            try await clash.accounts.create(Account(id: UUID(), username: "canbo.11131", displayName: "Khác", role: .viewer,
                                                    unitCode: "10993"), passwordHash: "x", now: Self.clock.now())
            try await expectRefusal(clash, into: target) { conflicts, message in
                #expect(conflicts.contains { if case .cccd("031085001234", _, _, _) = $0 { true } else { false } })
                #expect(conflicts.contains { if case .account(username: "canbo.11131", _, _) = $0 { true } else { false } })
                #expect(message.contains("031085001234"))
            }
        }
    }
}

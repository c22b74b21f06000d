import Foundation
import HocVuSoCore
import HocVuSoStore
import SQLKit
import Testing

@Suite("The access log's hash chain: appends stay linear, edits and deletions are found, the auditor's search")
struct AccessLogChainTests {
    static let officer = AccessActor(userID: UUID(), username: "canbo.chiminh", client: "10.0.0.7")

    /// Appends `count` entries (views of one resident each) and returns their `seq`, oldest first.
    func append(_ count: Int, _ store: Store, username: String = "canbo.chiminh") async throws -> [Int] {
        let actor = AccessActor(userID: UUID(), username: username, client: "10.0.0.7")
        for i in 0..<count {
            try await store.accessLog.record(i % 3 == 0 ? .list : .view, actor: actor,
                                             subject: i % 3 == 0 ? nil : UUID().uuidString, unitCode: "11131",
                                             detail: i % 2 == 0 ? "xem hồ sơ; lần \(i)" : nil)
        }
        return try await seqs(store)
    }

    func seqs(_ store: Store) async throws -> [Int] {
        try await store.database.read { sql in
            try await sql.raw("SELECT seq FROM access_log ORDER BY seq").all().map { try $0.decode(column: "seq", as: Int.self) }
        }
    }

    func run(_ store: Store, _ statement: SQLQueryString) async throws {
        try await store.database.write { sql in try await sql.raw(statement).run() }
    }

    @Test("many appends, one after another, make a chain that verifies to its last entry", arguments: Engine.allCases)
    func chainVerifies(engine: Engine) async throws {
        try await engine.withStore { store in
            #expect(try await store.accessLog.verify() == AccessLogVerification(checked: 0, headSeq: 0, problem: nil))
            let seqs = try await append(300, store)
            let result = try await store.accessLog.verify()
            #expect(result.isIntact, "\(result)")
            #expect(result.checked == 300)
            #expect(result.headSeq == seqs.last)
        }
    }

    @Test("concurrent appends from many connections stay one linear chain", arguments: Engine.allCases)
    func concurrentAppends(engine: Engine) async throws {
        try await engine.withStore { store in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        let actor = AccessActor(userID: nil, username: "writer\(writer)", client: "10.0.1.\(writer)")
                        for i in 0..<40 {
                            try await store.accessLog.record(.view, actor: actor, subject: "r\(writer)-\(i)", unitCode: "11131")
                        }
                    }
                }
                // Readers run alongside the writers.
                group.addTask {
                    for _ in 0..<5 {
                        _ = try await store.accessLog.search(AccessLogQuery(scopeCode: nil))
                    }
                }
                try await group.waitForAll()
            }
            let result = try await store.accessLog.verify()
            #expect(result.isIntact, "\(result)")
            #expect(result.checked == 320)
            #expect(try await seqs(store).count == 320)
        }
    }

    @Test("an edited field is reported at that entry", arguments: Engine.allCases)
    func editedEntry(engine: Engine) async throws {
        try await engine.withStore { store in
            let seqs = try await append(12, store)
            try await run(store, "UPDATE access_log SET username = 'nguoi.khac' WHERE seq = \(bind: seqs[6])")
            #expect(try await store.accessLog.verify().problem == .edited(seq: seqs[6]))
        }
    }

    @Test("an edit whose hash was recomputed is reported where the chain no longer links", arguments: Engine.allCases)
    func rehashedEntry(engine: Engine) async throws {
        try await engine.withStore { store in
            let seqs = try await append(6, store)
            // Blank out a detail and store a fresh hash for it: the entry checks out, its successor does not.
            try await run(store, "UPDATE access_log SET client = '1.2.3.4', hash = \(bind: String(repeating: "a", count: 64)) WHERE seq = \(bind: seqs[2])")
            #expect(try await store.accessLog.verify().problem == .edited(seq: seqs[2]))
            try await run(store, "UPDATE access_log SET prev_hash = NULL WHERE seq = \(bind: seqs[4])")
            #expect(try await store.accessLog.verify().problem == .edited(seq: seqs[2]))
        }
    }

    @Test("a deleted entry in the middle is reported at the entry after it", arguments: Engine.allCases)
    func deletedMiddle(engine: Engine) async throws {
        try await engine.withStore { store in
            let seqs = try await append(10, store)
            try await run(store, "DELETE FROM access_log WHERE seq = \(bind: seqs[4])")
            #expect(try await store.accessLog.verify().problem == .deleted(before: seqs[5], previous: seqs[3]))
        }
    }

    @Test("deleting the first entries is reported too", arguments: Engine.allCases)
    func deletedStart(engine: Engine) async throws {
        try await engine.withStore { store in
            let seqs = try await append(5, store)
            try await run(store, "DELETE FROM access_log WHERE seq <= \(bind: seqs[1])")
            #expect(try await store.accessLog.verify().problem == .deleted(before: seqs[2], previous: nil))
        }
    }

    @Test("deleting the last entries is found through the head row, and appends do not paper over it", arguments: Engine.allCases)
    func deletedTail(engine: Engine) async throws {
        try await engine.withStore { store in
            let seqs = try await append(8, store)
            try await run(store, "DELETE FROM access_log WHERE seq >= \(bind: seqs[6])")
            #expect(try await store.accessLog.verify().problem == .tailDeleted(last: seqs[5], head: seqs[7]))
            // A later append links to the head's hash, not to the last entry left: the gap stays visible.
            try await store.accessLog.record(.view, actor: Self.officer, subject: "x", unitCode: "11131")
            let last = try await self.seqs(store).last
            #expect(try await store.accessLog.verify().problem == .deleted(before: try #require(last), previous: seqs[5]))
        }
    }

    @Test("emptying the log is found", arguments: Engine.allCases)
    func deletedAll(engine: Engine) async throws {
        try await engine.withStore { store in
            let seqs = try await append(3, store)
            try await run(store, "DELETE FROM access_log")
            #expect(try await store.accessLog.verify().problem == .tailDeleted(last: nil, head: seqs[2]))
            try await run(store, "DELETE FROM access_log_head")
            #expect(try await store.accessLog.verify().problem == .headMissing)
            await #expect(throws: (any Error).self) {
                try await store.accessLog.record(.view, actor: Self.officer, subject: "x", unitCode: "11131")
            }
        }
    }

    @Test("a gap in seq from a rolled-back append is not a deletion", arguments: Engine.allCases)
    func rolledBackGap(engine: Engine) async throws {
        struct Abort: Error {}
        try await engine.withStore { store in
            _ = try await append(3, store)
            await #expect(throws: Abort.self) {
                try await store.database.write { sql in
                    try await sql.raw("INSERT INTO access_log (at, action) VALUES ('2026-05-17T00:00:00.000Z', 'view')").run()
                    throw Abort()
                }
            }
            let seqs = try await append(3, store)
            let result = try await store.accessLog.verify()
            #expect(result.isIntact, "\(result)")
            #expect(result.headSeq == seqs.last)
        }
    }

    @Test("entries written before the chain existed are sealed in seq order by the next append or verify", arguments: Engine.allCases)
    func legacyEntriesSealed(engine: Engine) async throws {
        try await engine.withStore { store in
            for i in 0..<7 {
                try await run(store, """
                    INSERT INTO access_log (at, user_id, username, action, subject, unit_code, client, detail)
                    VALUES (\(bind: "2026-01-0\(i + 1)T01:00:00.000Z"), NULL, 'cu', 'view', \(bind: "r\(i)"), '11131', '10.0.0.1', NULL)
                    """)
            }
            let result = try await store.accessLog.verify()
            #expect(result.isIntact, "\(result)")
            #expect(result.checked == 7)
            let unsealed = try await store.database.read { sql in
                try await sql.raw("SELECT COUNT(*) AS n FROM access_log WHERE hash IS NULL OR prev_hash IS NULL").first()!
                    .decode(column: "n", as: Int.self)
            }
            #expect(unsealed == 0)
            _ = try await append(2, store)
            #expect(try await store.accessLog.verify().checked == 9)
            // Unsealing an entry below the head does not make it count as new: it is an edit.
            let sealed = try await seqs(store)
            try await run(store, "UPDATE access_log SET hash = NULL WHERE seq = \(bind: sealed[3])")
            #expect(try await store.accessLog.verify().problem == .edited(seq: sealed[3]))
        }
    }

    @Test("entries appended inside a write that rolls back leave no trace in the chain", arguments: Engine.allCases)
    func appendInRolledBackWrite(engine: Engine) async throws {
        try await engine.withStore { store in
            let village = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn",
                                                              validFrom: CivilDate(year: 2025, month: 7, day: 1)!)
            try await store.reloadDirectory()
            let resident = sampleResident("Lê Văn An", village: village.code)
            _ = try await store.residents.create(resident, directory: store.directory, actor: testActor)
            // The same ID again: refused after nothing was written, so no entry and no head move.
            await #expect(throws: (any Error).self) {
                _ = try await store.residents.create(resident, directory: store.directory, actor: testActor)
            }
            let result = try await store.accessLog.verify()
            #expect(result.isIntact, "\(result)")
            #expect(result.checked == 1)
        }
    }

    @Test("the auditor's search filters by account, subject, action, unit subtree and Vietnam days, newest first", arguments: Engine.allCases)
    func search(engine: Engine) async throws {
        let day = Date(timeIntervalSince1970: 1_779_000_000)   // 2026-05-17 06:40 UTC, 13:40 in Vietnam
        try await engine.withStore { store in
            let village = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn",
                                                              validFrom: CivilDate(year: 2025, month: 7, day: 1)!)
            let log = store.accessLog
            let an = AccessActor(userID: nil, username: "an", client: "10.0.0.1")
            let binh = AccessActor(userID: nil, username: "binh", client: "10.0.0.2")
            try await log.record(.view, actor: an, subject: "R1", unitCode: village.code, now: day)
            try await log.record(.update, actor: an, subject: "R1", unitCode: village.code, now: day.addingTimeInterval(60))
            try await log.record(.view, actor: binh, subject: "R2", unitCode: "10750", now: day.addingTimeInterval(120))
            try await log.record(.export, actor: binh, subject: nil, unitCode: "42", now: day.addingTimeInterval(180))
            try await log.record(.list, actor: an, subject: nil, unitCode: nil, now: day.addingTimeInterval(240))
            // 17:30 UTC on the 17th is 00:30 on the 18th in Vietnam.
            try await log.record(.view, actor: an, subject: "R1", unitCode: "11131",
                                 now: Date(timeIntervalSince1970: 1_779_039_000))

            let all = try await log.search(AccessLogQuery(scopeCode: nil))
            #expect(all.total == 6)
            #expect(all.items.map(\.seq) == all.items.map(\.seq).sorted(by: >))
            #expect(try await log.search(AccessLogQuery(scopeCode: "31")).total == 4)   // Hải Phòng: not Hà Tĩnh, not unit-less
            #expect(try await log.search(AccessLogQuery(scopeCode: "11131")).items.map(\.username) == ["an", "an", "an"])
            #expect(try await log.search(AccessLogQuery(scopeCode: "31", unitCode: village.code)).total == 2)
            #expect(try await log.search(AccessLogQuery(scopeCode: nil, username: "binh")).items.map(\.action) == ["export", "view"])
            #expect(try await log.search(AccessLogQuery(scopeCode: nil, subject: "R1")).total == 3)
            #expect(try await log.search(AccessLogQuery(scopeCode: nil, subject: "R1", action: "update")).items.first?.detail == nil)
            let may17 = CivilDate(year: 2026, month: 5, day: 17)!, may18 = CivilDate(year: 2026, month: 5, day: 18)!
            #expect(try await log.search(AccessLogQuery(scopeCode: nil, from: may17, to: may17)).total == 5)
            #expect(try await log.search(AccessLogQuery(scopeCode: nil, from: may18)).items.map(\.unitCode) == ["11131"])
            let page2 = try await log.search(AccessLogQuery(scopeCode: nil, page: 2, perPage: 4))
            #expect(page2.total == 6 && page2.items.count == 2)
            #expect(page2.items.last?.at == "2026-05-17T06:40:00.000Z")
            #expect(page2.items.last?.client == "10.0.0.1")
        }
    }

    @Test("a store copied into another (migrate-store) is sealed onto the target's own chain")
    func copiedEntriesSealed() async throws {
        let source = try await Engine.sqlite.openStore()
        let target = try await Engine.postgres.openStore()
        do {
            _ = try await append(5, source)
            _ = try await append(3, target, username: "tinh")
            _ = try await StoreCopier(source: source, target: target, batchSize: 2).run()
            let result = try await target.accessLog.verify()
            #expect(result.isIntact, "\(result)")
            #expect(result.checked == 8)
            #expect(try await source.accessLog.verify().checked == 5)
        } catch {
            await source.close()
            await target.close()
            throw error
        }
        await source.close()
        await target.close()
    }
}

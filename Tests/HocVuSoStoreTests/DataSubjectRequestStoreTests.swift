import Foundation
import HocVuSoCore
import HocVuSoStore
import SQLKit
import Testing

@Suite("Data-subject requests in the store: record, restrict, erase")
struct DataSubjectRequestStoreTests {
    static let teamMember = AccessActor(userID: UUID(), username: "to-vien", client: "127.0.0.1", role: .teamMember)
    static let officer = AccessActor(userID: UUID(), username: "can-bo", client: "127.0.0.1", role: .communeOfficer)

    /// A village of Chí Minh with two residents of one household; the first has a session, an event and a visit.
    static func setUp(_ store: Store) async throws -> (village: String, subject: Resident, other: Resident) {
        let village = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn",
                                                          validFrom: CivilDate(year: 2025, month: 7, day: 1)!)
        try await store.reloadDirectory()
        var subject = sampleResident("Lê Thị Bích Ngọc", village: village.code, born: "1977-11-23", gender: .female, cccd: "031177098765")
        subject.phone = "0912777888"
        subject = try await store.residents.create(subject, directory: store.directory, actor: testActor)
        var other = sampleResident("Lê Văn Khải", village: village.code, born: "1975-02-03")
        other.householdID = subject.householdID
        other = try await store.residents.create(other, directory: store.directory, actor: testActor)
        let session = SupportSession(id: UUID(), provinceCode: "31", communeCode: "11131", unitCode: village.code, category: "other",
                                     at: Date(timeIntervalSince1970: 1_778_900_000), residentID: subject.id, place: .home,
                                     outcome: .done, note: "Bà Lê Thị Bích Ngọc, SĐT 0912777888")
        _ = try await store.sessions.recorder.record([session])
        let event = CommunityEvent(id: UUID(), communeCode: "11131", villageCode: village.code, type: .villageClass,
                                   day: CivilDate(year: 2026, month: 3, day: 8)!, place: "Nhà văn hóa", organiser: "Tổ công nghệ số",
                                   topic: "Cài đặt VNeID", headCount: nil)
        _ = try await store.events.create(event, provinceCode: "31")
        try await store.events.updateAttendance(event: event.id, add: [subject.id])
        return (village.code, subject, other)
    }

    @Test("a request gets its deadline; restricting hides the resident from a team member but not from the officer or the counts",
          arguments: Engine.allCases)
    func restrict(engine: Engine) async throws {
        try await engine.withStore { store in
            let (village, subject, _) = try await Self.setUp(store)
            // Received on Friday 15/5/2026 at 16:00 (Vietnam): due on Tuesday 19/5.
            let request = try await store.privacyRequests.record(
                resident: subject.id, kind: .restrict, channel: .letter, receivedAt: Date(timeIntervalSince1970: 1_778_835_600),
                note: "Đề nghị tạm dừng xử lý", directory: store.directory, actor: Self.officer)
            #expect(request.deadline == CivilDate(year: 2026, month: 5, day: 19))
            #expect(request.communeCode == "11131" && request.provinceCode == "31")
            let listed = try await store.privacyRequests.list(unit: store.directory["11131"]!, page: 1, per: 10)
            #expect(listed.total == 1 && listed.items.first?.residentName == subject.fullName)
            // The wrong fulfilment is refused.
            await #expect(throws: DomainError.self) { try await store.privacyRequests.erase(request.id, directory: store.directory, actor: Self.officer) }

            try await store.privacyRequests.restrict(request.id, actor: Self.officer)
            #expect(try await store.residents.isRestricted(subject.id))
            let closed = try #require(try await store.privacyRequests.get(request.id)).request
            #expect(closed.status == .done && closed.handledBy == "can-bo")

            let search = ResidentQuery(unitCode: "11131", text: "Ngọc")
            #expect(try await store.residents.list(search, directory: store.directory, actor: Self.teamMember).items.isEmpty)
            #expect(try await store.residents.list(search, directory: store.directory, actor: Self.officer).items.count == 1)
            let whole = try await store.residents.list(ResidentQuery(unitCode: village), directory: store.directory, actor: Self.teamMember)
            #expect(whole.total == 1 && whole.items.map(\.fullName) == ["Lê Văn Khải"])
            await #expect(throws: DomainError.self) { try await store.residents.get(subject.id, actor: Self.teamMember) }
            #expect(try await store.residents.get(subject.id, actor: Self.officer).fullName == subject.fullName)
            // Still counted; session lists no longer name them.
            #expect(try await store.rollups.counts(units: [village])[village]?[RollupStore.Metric.residents] == 2)
            #expect(try await store.rollups.verify().isEmpty)
            let sessions = try await store.sessions.list(ActivityQuery(unitCode: village), unit: store.directory[village]!)
            #expect(sessions.items.count == 1 && sessions.items.first?.residentName == nil)
            // Every step is in the access log about the resident.
            let log = try await store.accessLog.entries(subject: subject.id.uuidString)
            #expect(log.contains { $0.detail?.contains("privacy-request restrict") == true && $0.action == "update" })
            #expect(log.contains { $0.action == "create" && $0.detail?.hasPrefix("privacy-request") == true })
        }
    }

    @Test("erasing leaves no name, ID number, phone or birth date anywhere, keeps the counts, and the rollups verify",
          arguments: Engine.allCases)
    func erase(engine: Engine) async throws {
        try await engine.withStore { store in
            let (village, subject, other) = try await Self.setUp(store)
            let request = try await store.privacyRequests.record(
                resident: subject.id, kind: .delete, channel: .inPerson, receivedAt: Date(timeIntervalSince1970: 1_778_900_000),
                note: "Bà Ngọc chuyển đi nơi khác", directory: store.directory, actor: Self.officer)
            let dossier = try await store.privacyRequests.dossier(for: request.id, action: .view, actor: Self.officer)
            #expect(dossier.resident.cccd == "031177098765" && dossier.sessions.count == 1 && dossier.events.count == 1)
            #expect(dossier.household?.members.map(\.fullName) == ["Lê Văn Khải"])
            let sessionsBefore = try await store.rollups.counts(units: [village])[village] ?? [:]

            try await store.privacyRequests.erase(request.id, directory: store.directory, actor: Self.officer)

            await #expect(throws: DomainError.self) { try await store.residents.get(subject.id, actor: Self.officer) }
            #expect(try await store.residents.get(other.id, actor: Self.officer).fullName == other.fullName)
            #expect(try await store.rollups.verify().isEmpty)
            let after = try await store.rollups.counts(units: [village])[village] ?? [:]
            #expect(after[RollupStore.Metric.residents] == 1)
            #expect(after[RollupStore.Metric.households] == sessionsBefore[RollupStore.Metric.households])
            let line = try #require(try await store.privacyRequests.get(request.id))
            #expect(line.request.status == .done && line.residentName == nil && line.request.note == nil)
            let found = try await Self.textsContaining(["Bích Ngọc", "031177098765", "0912777888", "1977-11-23"], store)
            #expect(found.isEmpty, "\(found)")
            // The access log keeps the fact of the deletion, under the ID only.
            #expect(try await store.accessLog.entries(subject: subject.id.uuidString).contains { $0.action == "delete" })
        }
    }

    /// Every text cell of every table that contains one of `needles`, as "table.column".
    static func textsContaining(_ needles: [String], _ store: Store) async throws -> [String] {
        try await store.database.read { sql in
            let tables: [String]
            if store.database.dialect.engine == .postgres {
                tables = try await sql.raw("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()")
                    .all().map { try $0.decode(column: "name", as: String.self) }
            } else {
                tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                    .all().map { try $0.decode(column: "name", as: String.self) }
            }
            var found: [String] = []
            for table in tables {
                for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                    for column in row.allColumns {
                        guard let text = try? row.decode(column: column, as: String.self) else { continue }
                        for needle in needles where text.contains(needle) { found.append("\(table).\(column): \(text)") }
                    }
                }
            }
            return found
        }
    }
}

import Foundation
import HocVuSoCore
import HocVuSoStore
import SQLKit

/// A team of the village's commune, an event and a support session in a village, so routes addressed by team, event or session
/// have something real to point at, inside and outside an account's scope.
struct ActivityTargets: Sendable {
    struct Records: Sendable {
        var team: UUID
        var event: UUID
        var session: UUID
        var request: UUID
        var report: UUID
        var privacyRequest: UUID
        var received: UUID
    }

    var home: Records
    var other: Records

    static func make(store: Store, home: (village: String, resident: UUID), other: (village: String, resident: UUID),
                     now: Date) async throws -> ActivityTargets {
        ActivityTargets(home: try await records(store: store, village: home.village, resident: home.resident, now: now),
                        other: try await records(store: store, village: other.village, resident: other.resident, now: now))
    }

    private static func records(store: Store, village: String, resident: UUID, now: Date) async throws -> Records {
        guard let unit = store.directory[village], let commune = unit.parentCode else { throw FixtureError.login(village, 0) }
        // A rapid-response team, so the village itself still has no team of its own for the page tests.
        let team = Team(id: UUID(), communeCode: commune, level: .rapidResponse, name: "Tổ ứng cứu nhanh",
                        formedOn: CivilDate(year: 2025, month: 8, day: 1)!)
        try await store.teams.create(team, directory: store.directory)
        let event = CommunityEvent(id: UUID(), communeCode: commune, villageCode: village, type: .villageClass,
                                   day: CivilDate(year: 2026, month: 3, day: 8)!, place: "Nhà văn hóa", organiser: "Tổ công nghệ số",
                                   topic: "Cài đặt VNeID", headCount: 30)
        try await store.events.create(event, provinceCode: unit.provinceCode)
        let session = SupportSession(id: UUID(), provinceCode: unit.provinceCode, communeCode: commune, unitCode: village,
                                     category: "other", at: now.addingTimeInterval(-3600), residentID: resident, place: .home, outcome: .done)
        _ = try await store.sessions.recorder.record([session])
        let day = CivilDate(now)
        let request = ReportRequest(id: UUID(), provinceCode: unit.provinceCode, documentNumber: "1/SKHCN-TTTT", documentDate: day,
                                    issuer: "Sở Khoa học và Công nghệ", subject: "báo cáo", periodFrom: day.adding(days: -30),
                                    periodTo: day, deadline: day.adding(days: 7), communes: [commune], createdBy: "fixture")
        try await store.reports.createRequest(request, directory: store.directory)
        let report = CommuneReport(id: UUID(), requestID: request.id, communeCode: commune, status: .draft, figures: ReportFigures(),
                                   paragraphs: [], signature: [], signerName: "", recipients: [])
        try await store.reports.createDraft(report, provinceCode: unit.provinceCode, actor: AccessActor(userID: nil, username: "fixture", client: "test"))
        let privacy = try await privacyRequest(store: store, province: unit.provinceCode, commune: commune, village: village,
                                               resident: resident, now: now)
        let received = try await receivedReport(store: store, province: unit.provinceCode, request: request.id, now: now)
        return Records(team: team.id, event: event.id, session: session.id, request: request.id, report: report.id,
                       privacyRequest: privacy, received: received)
    }

    /// A report received the old way for the request, whose reading failed (so its page needs no reader).
    private static func receivedReport(store: Store, province: String, request: UUID, now: Date) async throws -> UUID {
        let id = UUID()
        let stamp = InstantText.utcMilliseconds(now)
        try await store.database.write { sql in
            try await sql.raw("""
                INSERT INTO received_reports (province_code, id, request_id, file_name, file_kind, file_sha256, bytes, status, error,
                    created_by, created_at, updated_at)
                VALUES (\(bind: province), \(bind: id.uuidString), \(bind: request.uuidString), 'bao-cao.txt', 'text', '00',
                    \(bind: Data("Báo cáo".utf8)), 'failed', 'Không đọc được', 'fixture', \(bind: stamp), \(bind: stamp))
                """).run()
        }
        return id
    }

    /// A data-subject request about the resident, written straight into its table so the fixture adds no access-log
    /// entry about the resident (other suites count those).
    private static func privacyRequest(store: Store, province: String, commune: String, village: String, resident: UUID,
                                       now: Date) async throws -> UUID {
        let id = UUID()
        let day = CivilDate(now)
        try await store.database.write { sql in
            try await sql.raw("""
                INSERT INTO data_subject_requests (province_code, id, commune_code, village_code, resident_id, kind, channel,
                    received_at, status, deadline, recorded_by, recorded_at)
                VALUES (\(bind: province), \(bind: id.uuidString), \(bind: commune), \(bind: village), \(bind: resident.uuidString),
                    'view', 'in-person', \(bind: InstantText.utcMilliseconds(now)), 'received', \(bind: day.adding(days: 2).iso),
                    'fixture', \(bind: InstantText.utcMilliseconds(now)))
                """).run()
        }
        return id
    }
}

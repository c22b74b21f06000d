import Foundation
import HocVuSoCore
import SQLKit

/// Reads everything stored about one resident, for a data-subject request. The caller logs the read.
enum PersonalDataQuery {
    static func dossier(_ id: UUID, provinceCode: String, _ sql: any SQLDatabase) async throws -> PersonalDataDossier {
        let resident = try await ResidentStore.fetch(id, sql)
        let key = id.uuidString
        let restricted = try await sql.raw("SELECT restricted FROM residents WHERE id = \(bind: key)").first()?.integer("restricted") ?? 0
        var household: PersonalDataDossier.Household?
        var visits: [PersonalDataDossier.VisitLine] = []
        if let householdID = resident.householdID?.uuidString {
            let info = try await sql.raw("SELECT number, address FROM households WHERE id = \(bind: householdID)").first()
            let members = try await sql.raw("""
                SELECT full_name, relation, is_head FROM residents WHERE household_id = \(bind: householdID) AND id <> \(bind: key)
                ORDER BY is_head DESC, birth_date
                """).all().map {
                PersonalDataDossier.HouseholdMember(fullName: try $0.text("full_name"), relation: try $0.optionalText("relation"),
                                                    isHead: try $0.integer("is_head") != 0)
            }
            household = .init(number: try info?.optionalText("number"), address: try info?.optionalText("address"), members: members)
            visits = try await sql.raw("""
                SELECT day, status, present FROM household_visits
                WHERE province_code = \(bind: provinceCode) AND household_id = \(bind: householdID) ORDER BY day
                """).all().map {
                .init(day: try $0.civilDate("day"), status: try $0.text("status"),
                      present: try $0.text("present").split(separator: ",").contains { $0 == key })
            }
        }
        let learning = try await sql.raw("""
            SELECT c.title, c.platform, l.status, l.enrolled_on, l.completed_on, l.score FROM learning_records l
            LEFT JOIN courses c ON c.id = l.course_id
            WHERE l.province_code = \(bind: provinceCode) AND l.resident_id = \(bind: key) ORDER BY l.enrolled_on
            """).all().map {
            PersonalDataDossier.LearningLine(course: try $0.optionalText("title") ?? "", platform: try $0.optionalText("platform") ?? "",
                                             completed: try $0.text("status") == "completed", enrolledOn: try $0.civilDate("enrolled_on"),
                                             completedOn: try $0.optionalCivilDate("completed_on"),
                                             score: try $0.decode(column: "score", as: Double?.self))
        }
        let certificates = try await sql.raw("""
            SELECT code, framework_title, score, issued_on, revoked_at FROM certificates
            WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: key) ORDER BY issued_on
            """).all().map {
            PersonalDataDossier.CertificateLine(code: try $0.text("code"), framework: try $0.text("framework_title"),
                                                score: try $0.integer("score"), issuedOn: try $0.civilDate("issued_on"),
                                                revoked: try $0.optionalText("revoked_at") != nil)
        }
        let assessments = try await sql.raw("""
            SELECT started_at, mode, correct, total, passed FROM assessment_attempts
            WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: key) ORDER BY started_at
            """).all().map {
            PersonalDataDossier.AssessmentLine(startedAt: try $0.text("started_at"), mode: try $0.text("mode"),
                                               correct: try $0.optionalInteger("correct"), total: try $0.optionalInteger("total"),
                                               passed: try $0.optionalInteger("passed").map { $0 != 0 })
        }
        let sessions = try await sql.raw("""
            SELECT at, category, place, outcome, note FROM support_sessions
            WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: key) ORDER BY at
            """).all().compactMap { row -> PersonalDataDossier.SessionLine? in
            guard let at = Timestamp.date(try row.text("at")) else { return nil }
            return .init(at: at, category: try row.text("category"), place: try row.text("place"), outcome: try row.text("outcome"),
                         note: try row.optionalText("note"))
        }
        let events = try await sql.raw("""
            SELECT e.day, e.topic, e.place FROM event_attendance a
            JOIN events e ON e.province_code = a.province_code AND e.id = a.event_id
            WHERE a.province_code = \(bind: provinceCode) AND a.resident_id = \(bind: key) ORDER BY e.day
            """).all().map {
            PersonalDataDossier.EventLine(day: try $0.civilDate("day"), topic: try $0.text("topic"), place: try $0.text("place"))
        }
        return PersonalDataDossier(resident: resident, restricted: restricted != 0, household: household, learning: learning,
                                   certificates: certificates, assessments: assessments, sessions: sessions, visits: visits,
                                   events: events, accessLog: [])
    }
}

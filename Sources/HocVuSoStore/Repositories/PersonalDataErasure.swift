import Foundation
import HocVuSoCore
import SQLKit

/// What happens to the records that point at a resident erased on their request.
///
/// The law gives the right to erasure, but the commune also keeps administrative records of its work (sessions
/// held, classes, courses completed, certificates issued) whose counts its reports rest on. So the personal part goes
/// and the administrative fact stays, unlinkable:
/// - learning records and named event attendance: the resident's ID is replaced by a fresh random one, so the
///   records still count (enrolments, completions, participants) but lead to no one;
/// - assessment attempts and certificates: name, birth date and resident ID are cleared (the certificate code stays
///   valid and countable; verifying it shows no name);
/// - support sessions: the resident link and the free-text note are cleared (the age band and gender stay as
///   statistics);
/// - household visits: the resident is taken off the list of who was present;
/// - team members: the link to the registry is cleared (the member's own entry is theirs);
/// - learning-import review rows about them (which hold the imported name, ID number and phone) are deleted;
/// - the resident's data-subject requests lose their free-text note and keep the resident's ID as the proof
///   the request was answered; the access log is kept as it is (a legal obligation; it holds the ID, no name).
/// The live counters are untouched by all this, so `rollups verify` still agrees after the registry's delete.
enum PersonalDataErasure {
    static func anonymise(_ resident: Resident, provinceCode: String, _ sql: any SQLDatabase) async throws {
        let id = resident.id.uuidString
        let surrogate = UUID().uuidString
        try await sql.raw("""
            UPDATE learning_records SET resident_id = \(bind: surrogate)
            WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: id)
            """).run()
        try await sql.raw("""
            UPDATE event_attendance SET resident_id = \(bind: surrogate)
            WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: id)
            """).run()
        for table in ["assessment_attempts", "certificates"] {
            try await sql.raw("""
                UPDATE \(ident: table) SET resident_id = NULL, full_name = '', birth_date = NULL
                WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: id)
                """).run()
        }
        try await sql.raw("""
            UPDATE support_sessions SET resident_id = NULL, note = NULL
            WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: id)
            """).run()
        try await sql.raw("""
            UPDATE team_members SET resident_id = NULL WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: id)
            """).run()
        try await sql.raw("""
            DELETE FROM learning_reviews WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: id)
            """).run()
        if let cccd = resident.cccd {
            try await sql.raw("""
                DELETE FROM learning_reviews WHERE province_code = \(bind: provinceCode) AND cccd = \(bind: cccd)
                """).run()
        }
        if let household = resident.householdID {
            try await removeFromVisits(id, household: household.uuidString, provinceCode: provinceCode, sql)
        }
        try await sql.raw("""
            UPDATE data_subject_requests SET note = NULL WHERE province_code = \(bind: provinceCode) AND resident_id = \(bind: id)
            """).run()
    }

    private static func removeFromVisits(_ id: String, household: String, provinceCode: String, _ sql: any SQLDatabase) async throws {
        let rows = try await sql.raw("""
            SELECT id, present FROM household_visits WHERE province_code = \(bind: provinceCode) AND household_id = \(bind: household)
            """).all()
        for row in rows {
            let present = try row.text("present").split(separator: ",").map(String.init)
            guard present.contains(id) else { continue }
            try await sql.raw("""
                UPDATE household_visits SET present = \(bind: present.filter { $0 != id }.joined(separator: ","))
                WHERE province_code = \(bind: provinceCode) AND id = \(bind: try row.text("id"))
                """).run()
        }
    }
}

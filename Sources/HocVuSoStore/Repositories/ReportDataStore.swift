import Foundation
import HocVuSoCore
import SQLKit

/// The raw figures a commune report states for a period: counted from the rows of that period (a report period is
/// any span of days, which the monthly counters cannot give).
public struct ReportDataStore: Sendable {
    let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    public struct PeriodFigures: Sendable, Equatable {
        public var values: [String: Double] = [:]
        /// Village code → support sessions in the period.
        public var sessionsByUnit: [String: Int] = [:]
        /// Village code → whether it has an active village team at the end of the period.
        public var villagesWithTeam: Set<String> = []
    }

    public func figures(communeCode: String, from: CivilDate, to: CivilDate) async throws -> PeriodFigures {
        let start = from.iso, end = to.iso
        return try await database.read { sql in
            var out = PeriodFigures()
            func set(_ key: String, _ value: Int) { out.values[key] = Double(value) }
            // Teams active at the end of the period, and their members.
            for row in try await sql.raw("""
                SELECT level, village_code FROM teams WHERE commune_code = \(bind: communeCode) AND formed_on <= \(bind: end)
                AND (disbanded_on IS NULL OR disbanded_on > \(bind: end))
                """).all() {
                let level = try row.text("level")
                let key = level == "commune" ? "teams.commune" : level == "village" ? "teams.village" : "teams.rapid"
                out.values[key, default: 0] += 1
                if level == "village", let village = try row.optionalText("village_code") { out.villagesWithTeam.insert(village) }
            }
            for key in ["teams.commune", "teams.village", "teams.rapid"] where out.values[key] == nil { set(key, 0) }
            set("members", try await Self.count(sql, """
                SELECT COUNT(DISTINCT m.id) AS n FROM team_members m WHERE m.commune_code = \(bind: communeCode)
                AND m.start_date <= \(bind: end) AND (m.end_date IS NULL OR m.end_date >= \(bind: end))
                """))
            var total = 0
            for row in try await sql.raw("""
                SELECT category, unit_code, COUNT(*) AS n FROM support_sessions
                WHERE commune_code = \(bind: communeCode) AND day >= \(bind: start) AND day <= \(bind: end)
                GROUP BY category, unit_code
                """).all() {
                let n = try row.integer("n")
                total += n
                out.values["sessions.\(try row.text("category"))", default: 0] += Double(n)
                out.sessionsByUnit[try row.text("unit_code"), default: 0] += n
            }
            set("sessions", total)
            var events = 0, participants = 0
            for row in try await sql.raw("""
                SELECT e.head_count, (SELECT COUNT(*) FROM event_attendance a WHERE a.province_code = e.province_code
                                      AND a.event_id = e.id) AS named
                FROM events e WHERE e.commune_code = \(bind: communeCode) AND e.day >= \(bind: start) AND e.day <= \(bind: end)
                """).all() {
                events += 1
                participants += CommunityEvent.participants(headCount: try row.optionalInteger("head_count"), named: try row.integer("named"))
            }
            set("events", events)
            set("participants", participants)
            set("learners.enrolled", try await Self.count(sql, """
                SELECT COUNT(*) AS n FROM learning_records WHERE commune_code = \(bind: communeCode)
                AND enrolled_on >= \(bind: start) AND enrolled_on <= \(bind: end)
                """))
            set("learners.completed", try await Self.count(sql, """
                SELECT COUNT(*) AS n FROM learning_records WHERE commune_code = \(bind: communeCode)
                AND completed_on >= \(bind: start) AND completed_on <= \(bind: end)
                """))
            set("assessments.taken", try await Self.count(sql, """
                SELECT COUNT(*) AS n FROM assessment_attempts WHERE commune_code = \(bind: communeCode)
                AND submitted_on >= \(bind: start) AND submitted_on <= \(bind: end)
                """))
            set("assessments.passed", try await Self.count(sql, """
                SELECT COUNT(*) AS n FROM assessment_attempts WHERE commune_code = \(bind: communeCode) AND passed = 1
                AND submitted_on >= \(bind: start) AND submitted_on <= \(bind: end)
                """))
            set("certificates.issued", try await Self.count(sql, """
                SELECT COUNT(*) AS n FROM certificates WHERE commune_code = \(bind: communeCode) AND revoked_at IS NULL
                AND issued_on >= \(bind: start) AND issued_on <= \(bind: end)
                """))
            return out
        }
    }

    static func count(_ sql: any SQLDatabase, _ query: SQLQueryString) async throws -> Int {
        try await sql.raw(query).first()?.integer("n") ?? 0
    }
}

import Foundation
import HocVuSoCore
import SQLKit

/// Support sessions: recording (through the group-commit recorder) and lists.
public struct SessionStore: Sendable {
    let database: Database
    public let recorder: SessionRecorder

    init(_ database: Database, clock: any WallClock, directory: @escaping @Sendable () -> UnitDirectory) {
        self.database = database
        recorder = SessionRecorder(database: database, clock: clock, directory: directory)
    }

    static let selectList = """
        s.province_code, s.id, s.commune_code, s.unit_code, s.category, s.at, s.team_id, s.member_id, s.recorded_by,
        s.resident_id, s.age_band, s.gender, s.place, s.outcome, s.note, s.visit_id,
        r.full_name AS resident_name, m.full_name AS member_name, t.name AS team_name
        """
    static let joins = """
        FROM support_sessions s
        LEFT JOIN residents r ON r.province_code = s.province_code AND r.id = s.resident_id AND r.restricted = 0
        LEFT JOIN team_members m ON m.province_code = s.province_code AND m.id = s.member_id
        LEFT JOIN teams t ON t.province_code = s.province_code AND t.id = s.team_id
        """

    /// One page of a unit's sessions, newest first, with the total.
    public func list(_ query: ActivityQuery, unit: AdminUnit) async throws -> Page<SessionListItem> {
        try query.checkPeriod()
        let filter = ActivityFilter(query, unit: unit, alias: "s", unitColumn: "unit_code", sessions: true)
        return try await database.read { sql in
            let total = try await sql.raw("SELECT COUNT(*) AS n FROM support_sessions s WHERE \(filter.condition)").first()?.integer("n") ?? 0
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.selectList) \(unsafeRaw: Self.joins) WHERE \(filter.condition)
                ORDER BY s.at DESC, s.id LIMIT \(unsafeRaw: String(query.perPage)) OFFSET \(unsafeRaw: String(query.offset))
                """).all()
            return Page(items: try rows.map(Self.item), total: total, page: query.page, perPage: query.perPage)
        }
    }

    /// Every session matching the filters (up to the export limit), oldest first, for XLSX and CSV.
    public func export(_ query: ActivityQuery, unit: AdminUnit) async throws -> [SessionListItem] {
        try query.checkPeriod()
        let filter = ActivityFilter(query, unit: unit, alias: "s", unitColumn: "unit_code", sessions: true)
        return try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: Self.selectList) \(unsafeRaw: Self.joins) WHERE \(filter.condition)
                ORDER BY s.at, s.id LIMIT \(unsafeRaw: String(ActivityQuery.exportLimit))
                """).all().map(Self.item)
        }
    }

    public func get(_ id: UUID) async throws -> SessionListItem? {
        try await database.read { sql in
            try await sql.raw("SELECT \(unsafeRaw: Self.selectList) \(unsafeRaw: Self.joins) WHERE s.id = \(bind: id.uuidString)")
                .first().map(Self.item)
        }
    }

    /// The sessions recorded during household visits, by visit.
    public func sessions(ofVisits ids: [UUID]) async throws -> [UUID: [SessionListItem]] {
        guard !ids.isEmpty else { return [:] }
        return try await database.read { sql in
            var result: [UUID: [SessionListItem]] = [:]
            for chunk in ids.chunked(300) {
                let list = SQLList(chunk.map { SQLBind($0.uuidString) })
                let rows = try await sql.raw("SELECT \(unsafeRaw: Self.selectList) \(unsafeRaw: Self.joins) WHERE s.visit_id IN (\(list)) ORDER BY s.at").all()
                for item in try rows.map(Self.item) {
                    if let visit = item.session.visitID { result[visit, default: []].append(item) }
                }
            }
            return result
        }
    }

    static func item(_ row: any SQLRow) throws -> SessionListItem {
        let atText = try row.text("at")
        guard let at = Timestamp.date(atText) else { throw StoreError.unexpectedRow("session at \(atText)") }
        let session = SupportSession(
            id: try row.uuid("id"), provinceCode: try row.text("province_code"), communeCode: try row.text("commune_code"),
            unitCode: try row.text("unit_code"), category: try row.text("category"), at: at,
            memberID: try row.optionalUUID("member_id"), recordedBy: try row.optionalUUID("recorded_by"),
            residentID: try row.optionalUUID("resident_id"),
            ageBand: try row.optionalText("age_band").flatMap(AgeBand.init(rawValue:)),
            gender: try row.optionalText("gender").flatMap(Gender.init(rawValue:)),
            place: try row.enumValue("place", as: SupportPlace.self), outcome: try row.enumValue("outcome", as: SupportOutcome.self),
            note: try row.optionalText("note"), visitID: try row.optionalUUID("visit_id"))
        return SessionListItem(session: session, residentName: try row.optionalText("resident_name"),
                               memberName: try row.optionalText("member_name"), teamName: try row.optionalText("team_name"))
    }
}

extension SessionStore {
    /// How many sessions a unit has (all time).
    public func count(unit: AdminUnit) async throws -> Int {
        let filter = ActivityFilter(ActivityQuery(unitCode: unit.code), unit: unit, alias: "s", unitColumn: "unit_code", sessions: true)
        return try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM support_sessions s WHERE \(filter.condition)").first()?.integer("n") ?? 0
        }
    }
}

extension SessionStore {
    /// Demo data and imports: writes sessions directly (same checks and counters as the recorder), in one transaction.
    public func insert(_ sessions: [SupportSession], directory: UnitDirectory, now: Date) async throws -> [RecordOutcome] {
        try await database.write { sql in
            var outcomes: [RecordOutcome] = []
            for chunk in sessions.chunked(2_000) {
                outcomes += try await SessionWrite(sessions: Array(chunk), directory: directory, now: now).run(sql)
            }
            return outcomes
        }
    }
}

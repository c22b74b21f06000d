import Foundation
import HocVuSoCore
import SQLKit

/// Data-subject requests of a commune: recorded with their deadline, then answered (done) or refused. Every step is
/// written to the access log with the resident as subject; the fulfilments are in `DataSubjectRequestStore+Fulfil`.
public struct DataSubjectRequestStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// A request with the resident's name, or nil once the resident has been deleted.
    public struct Line: Sendable {
        public var request: DataSubjectRequest
        public var residentName: String?
    }

    /// Records a request received about a resident of `directory`; the deadline follows from the receipt.
    public func record(resident residentID: UUID, kind: DataSubjectRequest.Kind, channel: DataSubjectRequest.Channel,
                       receivedAt: Date, note: String?, directory: UnitDirectory, actor: AccessActor) async throws -> DataSubjectRequest {
        let now = clock.now()
        return try await database.write { sql in
            guard let row = try await sql.raw("""
                SELECT province_code, commune_code, village_code FROM residents WHERE id = \(bind: residentID.uuidString)
                """).first() else {
                throw DomainError(.invalid, code: "privacy-request.resident", message: Strings.privacyResidentNotFound,
                                  details: [Problem(column: "resident", value: residentID.uuidString, reason: Strings.privacyResidentNotFound)])
            }
            let request = DataSubjectRequest(residentID: residentID, villageCode: try row.text("village_code"),
                                             communeCode: try row.text("commune_code"), provinceCode: try row.text("province_code"),
                                             kind: kind, channel: channel, receivedAt: receivedAt, note: note,
                                             recordedBy: actor.username)
            try await DataSubjectRequestRow.insert(request, now: now, sql)
            try await AccessLogStore.append(.create, actor: actor, subject: residentID.uuidString, unitCode: request.villageCode,
                                            detail: "privacy-request \(request.kind.rawValue) \(request.id.uuidString)", now: now, sql)
            return request
        }
    }

    public func get(_ id: UUID) async throws -> Line? {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: DataSubjectRequestRow.columns), r.full_name FROM data_subject_requests q
                LEFT JOIN residents r ON r.province_code = q.province_code AND r.id = q.resident_id
                WHERE q.id = \(bind: id.uuidString)
                """).first().map(Self.line)
        }
    }

    /// The village a request was recorded in, for scope checks (no personal data, not logged).
    public func villageCode(of id: UUID) async throws -> String? {
        try await database.read { sql in
            try await sql.raw("SELECT village_code FROM data_subject_requests WHERE id = \(bind: id.uuidString)").first()?
                .text("village_code")
        }
    }

    /// One page of a unit's requests: open ones first, by deadline, then the answered ones, latest deadline first.
    public func list(unit: AdminUnit, page: Int, per: Int) async throws -> (total: Int, items: [Line]) {
        let column: String
        switch unit.level {
        case .province: column = "province_code"
        case .commune: column = "commune_code"
        case .village: column = "village_code"
        }
        return try await database.read { sql in
            let total = try await sql.raw("""
                SELECT COUNT(*) AS n FROM data_subject_requests WHERE \(unsafeRaw: column) = \(bind: unit.code)
                """).first()?.integer("n") ?? 0
            let items = try await sql.raw("""
                SELECT \(unsafeRaw: DataSubjectRequestRow.columns), r.full_name FROM data_subject_requests q
                LEFT JOIN residents r ON r.province_code = q.province_code AND r.id = q.resident_id
                WHERE q.\(unsafeRaw: column) = \(bind: unit.code)
                ORDER BY CASE WHEN q.status = 'received' THEN 0 ELSE 1 END,
                         CASE WHEN q.status = 'received' THEN q.deadline ELSE '' END, q.deadline DESC, q.received_at, q.id
                LIMIT \(unsafeRaw: String(per)) OFFSET \(unsafeRaw: String(max(0, page - 1) * per))
                """).all().map(Self.line)
            return (total, items)
        }
    }

    /// The requests about one resident, newest first.
    public func requests(resident: UUID) async throws -> [DataSubjectRequest] {
        try await database.read { sql in
            try await sql.raw("""
                SELECT \(unsafeRaw: DataSubjectRequestRow.columns) FROM data_subject_requests q
                WHERE q.resident_id = \(bind: resident.uuidString) ORDER BY q.received_at DESC
                """).all().map(DataSubjectRequestRow.decode)
        }
    }

    /// Refuses an open request with its reason.
    public func refuse(_ id: UUID, reason: String, actor: AccessActor) async throws {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else {
            throw DomainError(.invalid, code: "privacy-request.reason", message: Strings.privacyReasonRequired,
                              details: [Problem(column: "reason", value: nil, reason: Strings.privacyReasonRequired)])
        }
        let now = clock.now()
        try await database.write { sql in
            let request = try await Self.open(id, sql)
            try await Self.close(request, status: .refused, outcome: reason, changedFields: [], actor: actor, now: now, sql)
        }
    }

    /// Marks an open request answered, with what was done.
    public func complete(_ id: UUID, outcome: String, changedFields: [String] = [], actor: AccessActor) async throws {
        let now = clock.now()
        try await database.write { sql in
            let request = try await Self.open(id, sql)
            try await Self.close(request, status: .done, outcome: outcome, changedFields: changedFields, actor: actor, now: now, sql)
        }
    }

    /// An open request read inside a transaction; a closed or unknown one is an error.
    static func open(_ id: UUID, _ sql: any SQLDatabase) async throws -> DataSubjectRequest {
        guard let row = try await sql.raw("""
            SELECT \(unsafeRaw: DataSubjectRequestRow.columns) FROM data_subject_requests q WHERE q.id = \(bind: id.uuidString)
            """).first() else {
            throw DomainError(.notFound, code: "privacy-request.not-found", message: Strings.privacyRequestNotFound)
        }
        let request = try DataSubjectRequestRow.decode(row)
        guard request.isOpen else {
            throw DomainError(.conflict, code: "privacy-request.closed", message: Strings.privacyAlreadyClosed)
        }
        return request
    }

    static func close(_ request: DataSubjectRequest, status: DataSubjectRequest.Status, outcome: String, changedFields: [String],
                      actor: AccessActor, now: Date, _ sql: any SQLDatabase) async throws {
        try await sql.update("data_subject_requests")
            .set("status", to: status.rawValue).set("handled_by", to: actor.username).set("handled_at", to: Timestamp.string(now))
            .set("outcome", to: outcome).set("changed_fields", to: changedFields.joined(separator: ","))
            .where("province_code", .equal, request.provinceCode).where("id", .equal, request.id.uuidString).run()
        try await AccessLogStore.append(.update, actor: actor, subject: request.residentID.uuidString, unitCode: request.villageCode,
                                        detail: "privacy-request \(request.kind.rawValue) \(status.rawValue) \(request.id.uuidString)",
                                        now: now, sql)
    }

    static func line(_ row: any SQLRow) throws -> Line {
        Line(request: try DataSubjectRequestRow.decode(row), residentName: try row.optionalText("full_name"))
    }
}

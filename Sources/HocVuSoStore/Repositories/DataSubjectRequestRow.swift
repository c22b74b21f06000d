import Foundation
import HocVuSoCore
import SQLKit

/// Encoding and decoding of `data_subject_requests` rows.
enum DataSubjectRequestRow {
    static let columns = """
        q.province_code, q.id, q.commune_code, q.village_code, q.resident_id, q.kind, q.channel, q.received_at, q.note,
        q.status, q.deadline, q.recorded_by, q.handled_by, q.handled_at, q.outcome, q.changed_fields
        """

    static func insert(_ r: DataSubjectRequest, now: Date, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "data_subject_requests")
            .columns("province_code", "id", "commune_code", "village_code", "resident_id", "kind", "channel", "received_at",
                     "note", "status", "deadline", "recorded_by", "recorded_at", "changed_fields")
            .values(SQLBind(r.provinceCode), SQLBind(r.id.uuidString), SQLBind(r.communeCode), SQLBind(r.villageCode),
                    SQLBind(r.residentID.uuidString), SQLBind(r.kind.rawValue), SQLBind(r.channel.rawValue),
                    SQLBind(Timestamp.string(r.receivedAt)), SQLBind(r.note), SQLBind(r.status.rawValue), SQLBind(r.deadline.iso),
                    SQLBind(r.recordedBy), SQLBind(Timestamp.string(now)), SQLBind(r.changedFields.joined(separator: ",")))
            .run()
    }

    static func decode(_ row: any SQLRow) throws -> DataSubjectRequest {
        let received = try row.text("received_at")
        guard let receivedAt = Timestamp.date(received) else { throw StoreError.unexpectedRow("received_at = \(received)") }
        return DataSubjectRequest(
            id: try row.uuid("id"), residentID: try row.uuid("resident_id"), villageCode: try row.text("village_code"),
            communeCode: try row.text("commune_code"), provinceCode: try row.text("province_code"),
            kind: try row.enumValue("kind", as: DataSubjectRequest.Kind.self),
            channel: try row.enumValue("channel", as: DataSubjectRequest.Channel.self), receivedAt: receivedAt,
            note: try row.optionalText("note"), status: try row.enumValue("status", as: DataSubjectRequest.Status.self),
            deadline: try row.civilDate("deadline"), recordedBy: try row.text("recorded_by"),
            handledBy: try row.optionalText("handled_by"), handledAt: try row.optionalText("handled_at").flatMap(Timestamp.date),
            outcome: try row.optionalText("outcome"),
            changedFields: try row.text("changed_fields").split(separator: ",").map(String.init))
    }
}

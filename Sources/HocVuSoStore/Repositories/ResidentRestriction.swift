import Foundation
import HocVuSoCore
import SQLKit

/// The restriction of processing (hạn chế xử lý, Luật 91/2025/QH15) a resident may ask for. What it means here:
/// - The record stays in the registry, unchanged, and keeps counting in the aggregate indicators (the live rollups):
///   a count names no one, and the commune's reports must still add up.
/// - Only accounts that may handle data-subject requests (commune officer and leader, admin) and the command line
///   see the person: `ResidentStore.list` leaves them out of every other account's lists, searches and pickers
///   (the resident list, the API, the assisted-assessment and attendance pickers), and `ResidentStore.get` refuses
///   their page with a 403.
/// - Exports leave their name out: session lists and their XLSX/CSV files show the session without the resident.
/// - Their record can still be corrected or deleted through a data-subject request, and the restriction ends with an
///   "unrestrict" request (bỏ hạn chế xử lý).
public enum ResidentRestriction {
    /// Appended to a resident filter to leave restricted residents out.
    static let visibleOnly: SQLQueryString = " AND restricted = 0"

    /// Restricted residents in a unit's subtree (through the small partial index `residents_restricted`).
    static func count(in unit: AdminUnit, _ sql: any SQLDatabase) async throws -> Int {
        let column: String
        switch unit.level {
        case .province: column = "province_code"
        case .commune: column = "commune_code"
        case .village: column = "village_code"
        }
        return try await sql.raw("SELECT COUNT(*) AS n FROM residents WHERE \(unsafeRaw: column) = \(bind: unit.code) AND restricted = 1")
            .first()?.integer("n") ?? 0
    }
}

extension ResidentStore {
    /// Whether the resident's processing is restricted (no personal data; not logged).
    public func isRestricted(_ id: UUID) async throws -> Bool {
        try await database.read { try await Self.isRestricted(id, $0) }
    }

    static func isRestricted(_ id: UUID, _ sql: any SQLDatabase) async throws -> Bool {
        try await sql.raw("SELECT restricted FROM residents WHERE id = \(bind: id.uuidString)").first()?.integer("restricted") ?? 0 != 0
    }

    /// Restricts (or lifts the restriction of) a resident's processing, in the caller's transaction, with its log entry.
    static func setRestricted(_ id: UUID, _ restricted: Bool, actor: AccessActor, detail: String, now: Date,
                              _ sql: any SQLDatabase) async throws {
        let old = try await fetch(id, sql)
        try await sql.update("residents").set("restricted", to: restricted ? 1 : 0).set("updated_at", to: Timestamp.string(now))
            .where("id", .equal, id.uuidString).run()
        try await AccessLogStore.append(.update, actor: actor, subject: id.uuidString, unitCode: old.villageCode,
                                        detail: detail, now: now, sql)
    }
}

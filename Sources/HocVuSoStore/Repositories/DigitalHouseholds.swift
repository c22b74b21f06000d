import Foundation
import HocVuSoCore
import SQLKit

/// Keeps the "Gia đình số" counter: a household counts while at least one member has basic digital skills.
/// Writers take a snapshot of the households they touch before writing and add the changes after.
struct DigitalHouseholds {
    struct State: Equatable {
        var province: String
        var commune: String
        var village: String
        var digital: Bool
    }

    private(set) var before: [UUID: State] = [:]

    /// Whether each of these households (those that exist) is digital now.
    static func state(_ ids: Set<UUID>, _ sql: any SQLDatabase) async throws -> [UUID: State] {
        var result: [UUID: State] = [:]
        for chunk in Array(ids).chunked(500) {
            let list = SQLList(chunk.map { SQLBind($0.uuidString) })
            let rows = try await sql.raw("""
                SELECT h.id, h.province_code, h.commune_code, h.village_code,
                       CASE WHEN EXISTS (SELECT 1 FROM residents r WHERE r.province_code = h.province_code
                                         AND r.household_id = h.id AND r.skilled = 1) THEN 1 ELSE 0 END AS digital
                FROM households h WHERE h.id IN (\(list))
                """).all()
            for row in rows {
                result[try row.uuid("id")] = State(province: try row.text("province_code"), commune: try row.text("commune_code"),
                                                   village: try row.text("village_code"), digital: try row.integer("digital") != 0)
            }
        }
        return result
    }

    /// Remembers the households' state before a write.
    static func snapshot(_ ids: Set<UUID>, _ sql: any SQLDatabase) async throws -> DigitalHouseholds {
        var tracker = DigitalHouseholds()
        tracker.before = ids.isEmpty ? [:] : try await state(ids, sql)
        return tracker
    }

    /// Adds the change of each household between the snapshot and now (a deleted household is no longer digital).
    func changes(_ ids: Set<UUID>, _ sql: any SQLDatabase, into deltas: inout [RollupDelta: Int]) async throws {
        let after = ids.isEmpty ? [:] : try await Self.state(ids, sql)
        for id in ids {
            let was = before[id], now = after[id]
            let delta = (now?.digital == true ? 1 : 0) - (was?.digital == true ? 1 : 0)
            guard delta != 0, let place = now ?? was else { continue }
            Self.add(place, delta, into: &deltas)
        }
    }

    static func add(_ place: State, _ delta: Int, into deltas: inout [RollupDelta: Int]) {
        for unit in [place.village, place.commune, place.province] {
            deltas[RollupDelta(provinceCode: place.province, unitCode: unit, metric: RollupStore.Metric.digitalHouseholds), default: 0] += delta
        }
    }
}

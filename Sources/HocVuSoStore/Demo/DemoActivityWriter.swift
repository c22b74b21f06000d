import Foundation
import HocVuSoCore

/// Stores one commune's generated activity in the order the checks need: teams and members before the sessions
/// that name them, events before their attendance, visits before the sessions recorded during them.
struct DemoActivityWriter {
    let store: Store

    enum Failure: Error, CustomStringConvertible {
        case rejected(String, String)

        var description: String {
            switch self {
            case .rejected(let id, let reason): return "demo session \(id) rejected: \(reason)"
            }
        }
    }

    func write(_ activity: DemoActivity, commune: DemoCommunePlan, now: Date) async throws {
        try await store.teams.insert(teams: activity.teams, members: activity.members, shifts: activity.shifts,
                                     communeCode: commune.code, provinceCode: commune.provinceCode)
        try await store.events.insert(events: activity.events,
                                      attendance: activity.attendance.map { ($0.eventID, $0.residentID) },
                                      provinceCode: commune.provinceCode)
        try await store.visits.insert(activity.visits, provinceCode: commune.provinceCode, communeCode: commune.code)
        let outcomes = try await store.sessions.insert(activity.sessions, directory: store.directory, now: now)
        if let rejected = outcomes.first(where: { $0.status == .rejected }) {
            throw Failure.rejected(rejected.id, rejected.reason ?? "")
        }
    }
}

import Foundation
import HocVuSoCore
import SQLKit

/// Writes support sessions with group commit: requests that arrive while a transaction is being written wait and are
/// written together in the next one, so each durable commit (one fsync) carries many sessions. Idempotent by id:
/// a session whose id is already stored comes back as `duplicate`, never as a second row.
public actor SessionRecorder {
    private struct Waiting {
        var sessions: [SupportSession]
        var continuation: CheckedContinuation<[RecordOutcome], any Error>
    }

    private let database: Database
    private let clock: any WallClock
    private let directory: @Sendable () -> UnitDirectory
    private var waiting: [Waiting] = []
    private var flushing = false
    /// Commits written and sessions they carried, for the benchmark's report.
    public private(set) var commits = 0
    public private(set) var written = 0

    init(database: Database, clock: any WallClock, directory: @escaping @Sendable () -> UnitDirectory) {
        self.database = database
        self.clock = clock
        self.directory = directory
    }

    /// Records already-checked sessions; returns one outcome per session, in order.
    public func record(_ sessions: [SupportSession]) async throws -> [RecordOutcome] {
        guard !sessions.isEmpty else { return [] }
        return try await withCheckedThrowingContinuation { continuation in
            waiting.append(Waiting(sessions: sessions, continuation: continuation))
            if !flushing {
                flushing = true
                Task { await self.flush() }
            }
        }
    }

    private func flush() async {
        while !waiting.isEmpty {
            let group = waiting
            waiting = []
            do {
                try await commit(group)
            } catch where group.count > 1 {
                // One request's failure must not fail the others: write them one by one.
                for one in group {
                    do { try await commit([one]) } catch { one.continuation.resume(throwing: error) }
                }
            } catch {
                group.forEach { $0.continuation.resume(throwing: error) }
            }
        }
        flushing = false
    }

    private func commit(_ group: [Waiting]) async throws {
        let sessions = group.flatMap(\.sessions)
        let directory = directory()
        let now = clock.now()
        let outcomes = try await database.write { sql in
            try await SessionWrite(sessions: sessions, directory: directory, now: now).run(sql)
        }
        commits += 1
        written += outcomes.filter { $0.status == .created }.count
        var offset = 0
        for one in group {
            one.continuation.resume(returning: Array(outcomes[offset..<offset + one.sessions.count]))
            offset += one.sessions.count
        }
    }
}

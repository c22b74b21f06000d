/// A fixed set of connections handed out one caller at a time; callers wait in order when all are busy.
/// Used for SQLite: one pool of one writer, one pool of a few readers.
actor ConnectionPool<Connection: Sendable> {
    private var idle: [Connection]
    private var waiters: [CheckedContinuation<Connection, Never>] = []
    let all: [Connection]

    init(_ connections: [Connection]) {
        precondition(!connections.isEmpty, "a pool needs at least one connection")
        idle = connections
        all = connections
    }

    func checkout() async -> Connection {
        if let connection = idle.popLast() {
            return connection
        }
        return await withCheckedContinuation { waiters.append($0) }
    }

    func checkin(_ connection: Connection) {
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }
}

extension ConnectionPool {
    nonisolated func with<T: Sendable>(_ body: (Connection) async throws -> T) async throws -> T {
        let connection = await checkout()
        do {
            let result = try await body(connection)
            await checkin(connection)
            return result
        } catch {
            await checkin(connection)
            throw error
        }
    }
}

import Foundation
import HocVuSoCore

/// Limits failed logins per client address: at most `limit` failures in `window` seconds.
/// Per-account lockout is kept in the store; this stops one address from trying many accounts.
public actor LoginThrottle {
    let clock: any WallClock
    let limit: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    public init(clock: any WallClock, limit: Int = 20, window: TimeInterval = 300) {
        self.clock = clock
        self.limit = limit
        self.window = window
    }

    public func isBlocked(_ client: String) -> Bool {
        prune(client)
        return (failures[client]?.count ?? 0) >= limit
    }

    public func recordFailure(_ client: String) {
        prune(client)
        failures[client, default: []].append(clock.now())
    }

    private func prune(_ client: String) {
        let cutoff = clock.now().addingTimeInterval(-window)
        failures[client]?.removeAll { $0 < cutoff }
        if failures[client]?.isEmpty == true { failures[client] = nil }
    }
}

import Foundation
import HocVuSoStore

/// The last verification of the access log's chain, reused for a minute so that paging through the search does not
/// walk the whole log each time; `force` (the page's "check again") walks it now.
final class ChainStatusCache: @unchecked Sendable {
    struct Status: Sendable {
        var result: AccessLogVerification
        var checkedAt: Date
    }

    static let maxAge: TimeInterval = 60
    private let lock = NSLock()
    private var last: Status?

    func status(_ accessLog: AccessLogStore, now: Date, force: Bool) async throws -> Status {
        if !force, let cached = lock.withLock({ last }), now.timeIntervalSince(cached.checkedAt) < Self.maxAge,
           cached.checkedAt <= now {
            return cached
        }
        let fresh = Status(result: try await accessLog.verify(), checkedAt: now)
        lock.withLock { last = fresh }
        return fresh
    }
}

import Foundation
import HocVuSoCore

/// Search terms (names, CCCD numbers, phone numbers) kept on the server so they never travel in a URL, where
/// browser history, proxies and access logs would keep them. A search form posts its term; the server stores it
/// under a random token bound to the account and redirects to the list with `?s=<token>`.
public actor SearchTerms {
    private var entries: [String: (term: String, account: UUID, until: Date)] = [:]
    let clock: any WallClock
    static let lifetime: TimeInterval = 3600
    static let capacity = 50_000

    public init(clock: any WallClock) {
        self.clock = clock
    }

    /// Stores `term` for `account` and returns its token.
    public func issue(_ term: String, account: UUID) -> String {
        let now = clock.now()
        if entries.count >= Self.capacity { entries = entries.filter { $0.value.until > now } }
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        let token = String(SessionService.randomToken().prefix(22))
        entries[token] = (term, account, now.addingTimeInterval(Self.lifetime))
        return token
    }

    /// The term behind a token, for the account that made it and while it lasts.
    public func term(_ token: String, account: UUID) -> String? {
        guard let entry = entries[token], entry.account == account else { return nil }
        guard entry.until > clock.now() else {
            entries[token] = nil
            return nil
        }
        return entry.term
    }
}

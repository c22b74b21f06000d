import Foundation

/// Remembers, for a few seconds, which account a session token belongs to, so a phone sending many requests does
/// not cost a database read each time. Logging out forgets the token at once; a disabled account or an expired
/// session stops working within `lifetime`.
actor IdentityCache {
    private var entries: [String: (identity: Identity, until: Date)] = [:]
    static let lifetime: TimeInterval = 10
    static let capacity = 10_000

    func identity(tokenHash: String, now: Date) -> Identity? {
        guard let entry = entries[tokenHash] else { return nil }
        guard entry.until > now else {
            entries[tokenHash] = nil
            return nil
        }
        return entry.identity
    }

    func remember(_ identity: Identity, tokenHash: String, now: Date, sessionExpires: Date) {
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[tokenHash] = (identity, min(now.addingTimeInterval(Self.lifetime), sessionExpires))
    }

    func forget(tokenHash: String) {
        entries[tokenHash] = nil
    }
}

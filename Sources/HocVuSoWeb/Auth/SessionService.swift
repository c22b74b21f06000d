import Crypto
import Foundation
import HocVuSoCore
import HocVuSoStore

/// Logging in and out. Tokens are random 256-bit values; only their SHA-256 is stored.
public struct SessionService: Sendable {
    let accounts: AccountStore
    let clock: any WallClock
    let passwords: PasswordHasher
    let throttle: LoginThrottle
    let cache = IdentityCache()
    /// A browser ("web") session ends after this long without a request; nil keeps only the absolute limit.
    var idleTimeout: TimeInterval? = nil
    /// The absolute limit of a browser session, counted from login, however active it is.
    var absoluteLifetime: TimeInterval = 8 * 3600
    /// The idle end is moved forward at most once in this many seconds, so a busy session costs few writes.
    static let idleGranularity: TimeInterval = 60

    /// Failed attempts on one account before it is locked, and for how long.
    static let lockAfter = 5
    static let lockMinutes = 15

    public struct Issued: Sendable {
        public var token: String
        public var account: Account
        public var csrfToken: String
        public var expiresAt: Date
    }

    /// Checks a username and password; on success opens a session of `kind` ("web" or "api").
    public func login(username: String, password: String, kind: String, client: String, lifetime: TimeInterval) async throws -> Issued {
        if await throttle.isBlocked(client) {
            throw DomainError(.tooMany, code: "auth.rate-limited", message: Strings.loginRateLimited)
        }
        let now = clock.now()
        let username = username.trimmingCharacters(in: .whitespaces).lowercased()
        guard let credentials = try await accounts.credentials(username: username), !credentials.disabled else {
            // Spend the same time as a real check so response times do not reveal which usernames exist.
            _ = try? await passwords.verify(password, hash: Self.decoyHash)
            await throttle.recordFailure(client)
            throw DomainError(.unauthorized, code: "auth.failed", message: Strings.loginFailed)
        }
        if let until = credentials.lockedUntil, until > now {
            let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
            throw DomainError(.tooMany, code: "auth.locked", message: Strings.loginLocked(minutes: minutes))
        }
        guard try await passwords.verify(password, hash: credentials.passwordHash) else {
            await throttle.recordFailure(client)
            let failures = credentials.failedLogins + 1
            let lock = failures >= Self.lockAfter ? now.addingTimeInterval(TimeInterval(Self.lockMinutes * 60)) : nil
            try await accounts.recordFailedLogin(userID: credentials.account.id, lockUntil: lock)
            throw DomainError(.unauthorized, code: "auth.failed", message: Strings.loginFailed)
        }
        try await accounts.recordSuccessfulLogin(userID: credentials.account.id)
        let token = Self.randomToken()
        let csrf = Self.randomToken()
        let expires = now.addingTimeInterval(kind == "web" ? min(lifetime, idleTimeout ?? lifetime) : lifetime)
        try await accounts.createSession(tokenHash: Self.hash(token), userID: credentials.account.id, kind: kind,
                                         csrfToken: csrf, now: now, expiresAt: expires)
        return Issued(token: token, account: credentials.account, csrfToken: csrf, expiresAt: expires)
    }

    public func identity(token: String) async throws -> Identity? {
        let tokenHash = Self.hash(token)
        let now = clock.now()
        if let known = await cache.identity(tokenHash: tokenHash, now: now) { return known }
        guard let session = try await accounts.session(tokenHash: tokenHash, now: now) else { return nil }
        let identity = Identity(account: session.account, csrfToken: session.csrfToken, kind: session.kind, tokenHash: tokenHash)
        let expires = try await slideIdleEnd(session, tokenHash: tokenHash, now: now)
        await cache.remember(identity, tokenHash: tokenHash, now: now, sessionExpires: expires)
        return identity
    }

    /// For a browser session in use, moves its end to `now + idleTimeout`, never past login + `absoluteLifetime`.
    private func slideIdleEnd(_ session: AccountStore.Session, tokenHash: String, now: Date) async throws -> Date {
        guard session.kind == "web", let idleTimeout, let created = session.createdAt else { return session.expiresAt }
        let end = min(now.addingTimeInterval(idleTimeout), created.addingTimeInterval(absoluteLifetime))
        guard end.timeIntervalSince(session.expiresAt) >= Self.idleGranularity else { return session.expiresAt }
        try await accounts.extendSession(tokenHash: tokenHash, until: end)
        return end
    }

    public func logout(_ identity: Identity) async throws {
        await cache.forget(tokenHash: identity.tokenHash)
        try await accounts.deleteSession(tokenHash: identity.tokenHash)
    }

    public static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    public static func hash(_ token: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// A bcrypt hash of a random string, used to equalise timing for unknown usernames.
    static let decoyHash = "$2b$12$C6UzMDM.H6dfI/f/IKcEeO5S3v1YbW6hFJqDrd3pA/Tz9cBOTw6Gq"
}

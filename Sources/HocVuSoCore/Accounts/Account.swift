import Foundation

/// A user account as the rest of the product sees it (no password hash).
public struct Account: Sendable, Equatable, Codable {
    public var id: UUID
    public var username: String
    public var displayName: String
    public var role: Role
    /// The root of the subtree this account works in. An admin's scope is everything.
    public var unitCode: String

    public init(id: UUID, username: String, displayName: String, role: Role, unitCode: String) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.unitCode = unitCode
    }
}

/// Rules for usernames and passwords.
public enum AccountRules {
    public static let minimumPasswordLength = 10

    /// Returns a Vietnamese reason when the password is too weak, nil when it is acceptable.
    public static func passwordProblem(_ password: String, username: String) -> String? {
        if password.count < minimumPasswordLength {
            return Strings.passwordTooShort(minimumPasswordLength)
        }
        if password.lowercased().contains(username.lowercased()) {
            return Strings.passwordContainsUsername
        }
        let classes = [password.contains(where: \.isLetter), password.contains(where: \.isNumber)]
        if classes.contains(false) {
            return Strings.passwordNeedsLettersAndDigits
        }
        return nil
    }

    /// Usernames: 3–40 characters of a–z, 0–9, dot, dash, underscore.
    public static func usernameProblem(_ username: String) -> String? {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        guard (3...40).contains(username.count), username.allSatisfy({ allowed.contains($0) }) else {
            return Strings.usernameInvalid
        }
        return nil
    }
}

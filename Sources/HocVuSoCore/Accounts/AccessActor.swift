import Foundation

/// Who is touching personal data and from where; every personal-data read or change carries one into the access log.
public struct AccessActor: Sendable, Equatable {
    public var userID: UUID?
    public var username: String
    /// The client address (or "cli" for the command line).
    public var client: String
    /// The account's role; nil for the command line and internal jobs.
    public var role: Role?

    public init(userID: UUID?, username: String, client: String, role: Role? = nil) {
        self.userID = userID
        self.username = username
        self.client = client
        self.role = role
    }

    /// Whether this actor may process the data of a resident whose processing is restricted (the officers who
    /// handle data-subject requests, and the command line, which the server's operator runs).
    public var mayProcessRestricted: Bool {
        role.map { $0.may(.handlePrivacyRequests) } ?? true
    }

    public static func commandLine(_ what: String) -> AccessActor {
        AccessActor(userID: nil, username: "cli:\(what)", client: "cli")
    }
}

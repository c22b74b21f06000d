import Foundation

/// Who is touching personal data and from where; every personal-data read or change carries one into the access log.
public struct AccessActor: Sendable, Equatable {
    public var userID: UUID?
    public var username: String
    /// The client address (or "cli" for the command line).
    public var client: String

    public init(userID: UUID?, username: String, client: String) {
        self.userID = userID
        self.username = username
        self.client = client
    }

    public static func commandLine(_ what: String) -> AccessActor {
        AccessActor(userID: nil, username: "cli:\(what)", client: "cli")
    }
}

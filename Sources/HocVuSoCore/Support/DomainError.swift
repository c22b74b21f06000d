import Foundation

/// One problem with one piece of input, located where the user can find it.
/// For imports `row` is the 1-based row number in the file and `column` the header text.
public struct Problem: Sendable, Equatable, Codable {
    public var row: Int?
    public var column: String?
    public var value: String?
    public var reason: String

    public init(row: Int? = nil, column: String? = nil, value: String? = nil, reason: String) {
        self.row = row
        self.column = column
        self.value = value
        self.reason = reason
    }
}

/// An error meant for a person: a stable machine code, a Vietnamese message, and optional details.
/// The web layer maps `kind` to an HTTP status; everything else is shown as it is.
public struct DomainError: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case invalid        // 422: input that breaks a rule
        case badRequest     // 400: malformed request
        case notFound       // 404
        case conflict       // 409: duplicate or state clash
        case forbidden      // 403: outside the user's scope or role
        case unauthorized   // 401: not logged in
        case tooMany        // 429: rate limited
        case tooLarge       // 413
        case gone           // 410: a link or attempt that can no longer be used
    }

    public var kind: Kind
    public var code: String
    public var message: String
    public var details: [Problem]

    public init(_ kind: Kind, code: String, message: String, details: [Problem] = []) {
        self.kind = kind
        self.code = code
        self.message = message
        self.details = details
    }
}

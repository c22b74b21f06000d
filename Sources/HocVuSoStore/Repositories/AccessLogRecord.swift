import Crypto
import Foundation
import SQLKit

/// The fields of one access-log entry that its hash covers, exactly as stored. `seq` is left out: PostgreSQL may skip
/// numbers, a copy to another store renumbers entries, and the order is already fixed by each entry naming the hash
/// of the one before it.
struct AccessLogRecord: Sendable, Equatable {
    var at: String
    var userID: String?
    var username: String?
    var action: String
    var subject: String?
    var unitCode: String?
    var client: String?
    var detail: String?

    /// The stored columns, in the order of the canonical text.
    static let columns = ["at", "user_id", "username", "action", "subject", "unit_code", "client", "detail"]

    init(at: String, userID: String?, username: String?, action: String, subject: String?, unitCode: String?,
         client: String?, detail: String?) {
        self.at = at
        self.userID = userID
        self.username = username
        self.action = action
        self.subject = subject
        self.unitCode = unitCode
        self.client = client
        self.detail = detail
    }

    init(_ row: any SQLRow) throws {
        self.init(at: try row.text("at"), userID: try row.optionalText("user_id"), username: try row.optionalText("username"),
                  action: try row.text("action"), subject: try row.optionalText("subject"),
                  unitCode: try row.optionalText("unit_code"), client: try row.optionalText("client"),
                  detail: try row.optionalText("detail"))
    }

    var values: [String?] {
        [at, userID, username, action, subject, unitCode, client, detail]
    }

    /// The text that is hashed: a version tag and the previous hash on their own lines, then each field as
    /// `<UTF-8 length>:<text>;`, or `-;` for NULL. Lengths make the separators unambiguous whatever the fields hold.
    func canonicalText(after previous: String) -> String {
        var text = "hocvuso-access-log-v1\n\(previous)\n"
        for value in values {
            if let value {
                text += "\(value.utf8.count):\(value);"
            } else {
                text += "-;"
            }
        }
        return text
    }

    /// SHA-256 of the canonical text, in lowercase hex.
    func hash(after previous: String) -> String {
        SHA256.hash(data: Data(canonicalText(after: previous).utf8))
            .map { byte in String(byte, radix: 16).leftPadded(to: 2) }.joined()
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

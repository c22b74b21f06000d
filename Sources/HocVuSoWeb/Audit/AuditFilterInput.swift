import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The filters of the access-log search as typed in the query string (shared by the page and the API):
/// username, subject (a resident's ID), action, unit (a code inside the reader's scope), from and to
/// (dd/mm/yyyy or YYYY-MM-DD), page and per.
struct AuditFilterInput {
    var username: String?
    var subject: String?
    var action: String?
    var unit: String?
    var from: String?
    var to: String?

    static let actions = ["view", "list", "create", "update", "delete", "import", "export", "audit"]
    static let maxTextLength = 100

    init(_ request: Request) {
        username = request.query("username")
        subject = request.query("subject")
        action = request.query("action")
        unit = request.query("unit")
        from = request.query("from")
        to = request.query("to")
    }

    /// The reader's scope: the whole country for an administrator, otherwise the account's unit and below.
    static func scope(_ account: Account) -> String? {
        account.role == .admin ? nil : account.unitCode
    }

    /// The store query; a value that does not parse is a 422 naming it, a unit outside the scope a 403.
    func query(account: Account, directory: UnitDirectory, page: Int, perPage: Int) throws -> AccessLogQuery {
        var query = AccessLogQuery(scopeCode: Self.scope(account), page: page, perPage: perPage)
        query.username = try Self.text(username, field: Strings.auditUsernameField, code: "username")
        query.subject = try Self.text(subject, field: Strings.auditSubjectField, code: "subject")
        if let action {
            guard Self.actions.contains(action) else {
                throw DomainError(.invalid, code: "query.action", message: Strings.auditActionInvalid(action))
            }
            query.action = action
        }
        if let unit {
            guard directory[unit] != nil else {
                throw DomainError(.invalid, code: "query.unit", message: Strings.auditUnitInvalid(unit))
            }
            guard AccessMiddleware.inScope(unit, account: account, directory: directory) else {
                throw DomainError(.forbidden, code: "scope", message: Strings.forbiddenOutsideScope)
            }
            query.unitCode = unit
        }
        query.from = try from.map { try Self.date($0, field: Strings.auditFrom, code: "from") }
        query.to = try to.map { try Self.date($0, field: Strings.auditTo, code: "to") }
        if let from = query.from, let to = query.to, to < from {
            throw DomainError(.invalid, code: "query.period", message: Strings.auditPeriodReversed)
        }
        return query
    }

    /// The filters as query pairs (dates as typed), for pager links.
    var pairs: [(String, String?)] {
        [("username", username), ("subject", subject), ("action", action), ("unit", unit), ("from", from), ("to", to)]
    }

    private static func text(_ value: String?, field: String, code: String) throws -> String? {
        guard let value else { return nil }
        guard value.count <= maxTextLength else {
            throw DomainError(.invalid, code: "query.\(code)", message: Strings.auditTextTooLong(field, maxTextLength))
        }
        return value
    }

    private static func date(_ text: String, field: String, code: String) throws -> CivilDate {
        guard let date = VietnameseFormat.parseDate(text) ?? CivilDate(iso: text) else {
            throw DomainError(.invalid, code: "query.\(code)", message: Strings.auditDateInvalid(field, text))
        }
        return date
    }
}

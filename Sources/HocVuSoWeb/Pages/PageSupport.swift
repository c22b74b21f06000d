import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Shared pieces of every page handler: the layout for the current account, breadcrumbs, query parsing.
extension AppServices {
    func layout(_ title: String, context: AppContext, unit: AdminUnit? = nil, flash: String? = nil) -> LayoutModel {
        var layout = LayoutModel(title: title)
        layout.csrf = context.csrfToken
        layout.flash = flash
        if let account = context.identity?.account {
            layout.userName = account.displayName
            layout.roleLabel = Strings.roleLabel(account.role)
            layout.homeHref = account.role == .admin ? "/units" : "/units/\(account.unitCode)"
            layout.auditHref = account.role.may(.readAccessLog) ? "/audit" : nil
            if let unit {
                let directory = store.directory
                layout.crumbs = directory.path(to: unit.code)
                    .filter { AccessMiddleware.inScope($0.code, account: account, directory: directory) }
                    .map { LayoutModel.Crumb(title: $0.fullName, href: "/units/\($0.code)") }
            }
        }
        return layout
    }

    func render(_ template: String, _ model: Any, layout: LayoutModel, status: HTTPResponse.Status = .ok) throws -> HTML {
        HTML(try templates.page(template, model: model, layout: layout), status: status)
    }
}

extension Request {
    /// A query parameter, trimmed; nil when missing or blank.
    func query(_ name: String) -> String? {
        guard let value = uri.queryParameters.get(name)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// A positive page number from the query (1 when absent); a malformed one is an error that names it.
    func pageNumber(_ name: String = "page") throws -> Int {
        guard let text = query(name) else { return 1 }
        guard let n = Int(text), n >= 1, n <= 1_000_000 else {
            throw DomainError(.badRequest, code: "query.\(name)", message: Strings.invalidParameter(name, text))
        }
        return n
    }

    /// The url-encoded form body (already collected by the access middleware's CSRF check).
    mutating func form() async throws -> FormData {
        FormData(body: try await collectBody(upTo: 1 << 20))
    }
}

/// Flash messages travel in a query parameter `done=` whose value is a key into this table (never free text).
enum Flash {
    static func message(_ key: String?) -> String? {
        switch key {
        case "saved": return Strings.saved
        case "village-created": return Strings.villageCreated
        case "village-renamed": return Strings.villageRenamed
        case "village-closed": return Strings.villageClosed
        case "resident-deleted": return Strings.residentDeleted
        case "logged-out": return Strings.loggedOut
        case "team-created": return Strings.teamCreated
        case "member-added": return Strings.memberAdded
        case "member-ended": return Strings.memberEnded
        case "account-created": return Strings.accountCreated
        case "shift-added": return Strings.shiftAdded
        case "shift-deleted": return Strings.shiftDeleted
        case "visit-recorded": return Strings.visitRecorded
        case "event-created": return Strings.eventCreated
        case "attendance-saved": return Strings.attendanceSaved
        case "attendance-imported": return Strings.attendanceImported
        case "category-added": return Strings.categoryAdded
        case "category-retired": return Strings.categoryRetired
        case "category-restored": return Strings.categoryRestored
        case "review-linked": return Strings.learningReviewLinked
        case "review-created": return Strings.learningReviewCreated
        case "review-dismissed": return Strings.learningReviewDismissed
        case "link-created": return Strings.assessmentLinkCreated
        case "link-revoked": return Strings.assessmentLinkRevokedDone
        case "certificate-revoked": return Strings.certificateRevokedDone
        case "report-started": return Strings.reportStartedFlash
        case "report-saved": return Strings.reportSaved
        case "report-refreshed": return Strings.reportRefreshed
        case "report-submitted": return Strings.reportSubmitted
        case "report-approved": return Strings.reportApproved
        case "report-sent": return Strings.reportSent
        case "report-accepted": return Strings.reportAccepted
        case "report-returned": return Strings.reportReturned
        case "received-filed": return Strings.receivedFiled
        case "received-discarded": return Strings.receivedDiscarded
        default: return nil
        }
    }
}

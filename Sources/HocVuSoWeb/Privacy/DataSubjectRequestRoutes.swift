import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// "Yêu cầu của chủ thể dữ liệu": the routes of a commune's data-subject requests. Commune officers and leaders
/// (and admins) record and fulfil them; auditors read the list and each request.
struct DataSubjectRequestRoutes {
    let services: AppServices

    static func base(_ code: String) -> String { "/units/\(code)/privacy-requests" }

    func register(_ routes: Routes) {
        let list = DataSubjectRequestListPage(services: services)
        let request = DataSubjectRequestPage(services: services)
        let data = PersonalDataPages(services: services)
        let correct = PrivacyCorrectPage(services: services)
        let confirm = PrivacyConfirmPages(services: services)
        let one = "/units/{code}/privacy-requests/{privacyRequest}"
        routes.get("/units/{code}/privacy-requests", .unit(.readPrivacyRequests), list.list)
        routes.get("/units/{code}/privacy-requests/new", .unit(.handlePrivacyRequests), list.newForm)
        routes.post("/units/{code}/privacy-requests", .unit(.handlePrivacyRequests), list.create)
        routes.get(one, .privacyRequest(.readPrivacyRequests), request.show)
        routes.post("\(one)/complete", .privacyRequest(.handlePrivacyRequests), request.complete)
        routes.post("\(one)/refuse", .privacyRequest(.handlePrivacyRequests), request.refuse)
        routes.get("\(one)/data", .privacyRequest(.handlePrivacyRequests), data.show)
        routes.get("\(one)/copy", .privacyRequest(.handlePrivacyRequests), data.copy)
        routes.get("\(one)/correct", .privacyRequest(.handlePrivacyRequests), correct.form)
        routes.post("\(one)/correct", .privacyRequest(.handlePrivacyRequests), correct.save)
        routes.get("\(one)/restrict", .privacyRequest(.handlePrivacyRequests), confirm.restrictPage)
        routes.post("\(one)/restrict", .privacyRequest(.handlePrivacyRequests), confirm.restrict)
        routes.get("\(one)/unrestrict", .privacyRequest(.handlePrivacyRequests), confirm.unrestrictPage)
        routes.post("\(one)/unrestrict", .privacyRequest(.handlePrivacyRequests), confirm.unrestrict)
        routes.get("\(one)/delete", .privacyRequest(.handlePrivacyRequests), confirm.deletePage)
        routes.post("\(one)/delete", .privacyRequest(.handlePrivacyRequests), confirm.delete)
    }

    /// The request a `{privacyRequest}` route addresses (the policy has already found it inside the account's scope).
    static func line(_ context: AppContext, _ services: AppServices) async throws -> DataSubjectRequestStore.Line {
        guard let text = context.parameters.get("privacyRequest"), let id = UUID(uuidString: text),
              let line = try await services.store.privacyRequests.get(id) else {
            throw DomainError(.notFound, code: "privacy-request.not-found", message: Strings.privacyRequestNotFound)
        }
        return line
    }

    /// The `{code}` unit of a request route, for links and the navigation.
    static func unit(_ context: AppContext, _ services: AppServices) throws -> AdminUnit {
        guard let code = context.parameters.get("code"), let unit = services.store.directory[code] else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.pageNotFound)
        }
        return unit
    }
}

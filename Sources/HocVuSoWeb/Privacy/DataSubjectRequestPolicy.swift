import Foundation
import HocVuSoCore

extension RoutePolicy {
    /// A route `/units/{code}/privacy-requests/{privacyRequest}…`: the request must have been recorded inside
    /// `{code}`, and `{code}`'s scope is what the account must hold. The target is the request's village.
    static func privacyRequest(_ permission: Permission) -> RoutePolicy {
        RoutePolicy(requiresLogin: true, permission: permission, target: { _, context, services in
            guard let text = context.parameters.get("privacyRequest"), let id = UUID(uuidString: text),
                  let village = try await services.store.privacyRequests.villageCode(of: id),
                  let code = context.parameters.get("code"), services.store.directory.contains(village, under: code) else {
                throw DomainError(.notFound, code: "privacy-request.not-found", message: Strings.privacyRequestNotFound)
            }
            return village
        }, targetKind: "privacyRequest")
    }
}

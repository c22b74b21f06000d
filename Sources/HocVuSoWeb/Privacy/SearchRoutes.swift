import Foundation
import Hummingbird
import HocVuSoCore

/// `POST /search`: the people-search forms post here (`back` = the list page, `q` = the term, other fields = filters).
/// The term is kept on the server; the browser is sent to `back?…&s=<token>`, so no name or number enters a URL.
struct SearchRoutes {
    let services: AppServices

    func register(_ routes: Routes) {
        routes.post("/search", .signedIn) { request, context in
            var request = request
            let form = try await request.form()
            let account = try context.account()
            guard let back = LocalPath.checked(form.text("back")) else {
                throw DomainError(.badRequest, code: "search.back", message: Strings.badRequest)
            }
            let parts = back.split(separator: "#", maxSplits: 1).map(String.init)
            var pairs: [(String, String?)] = form.pairs.filter { !["_csrf", "back", "q", "s", "page"].contains($0.0) }
                .map { ($0.0, $0.1.isEmpty ? nil : $0.1) }
            if let term = form.text("q") {
                pairs.append(("s", await services.searchTerms.issue(term, account: account.id)))
            }
            let query = QueryString.make(pairs)
            let location = parts[0] + (query.isEmpty ? "" : "?" + query) + (parts.count > 1 ? "#" + parts[1] : "")
            return Response(status: .seeOther, headers: [.location: location])
        }
    }
}

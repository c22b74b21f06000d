import Foundation
import HTTPTypes
import Hummingbird

/// On the pages that search people, turns `?s=<token>` back into the search term inside the server (as `q`), so
/// handlers read the term as before while the browser's address bar, history and every log only see the token.
struct SearchTermMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let terms: SearchTerms

    /// The page routes whose `q` is a search for people.
    static let routes: Set<String> = ["/units/{code}/residents", "/events/{event}", "/units/{code}/assessments/assisted"]

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard request.method == .get, let route = context.endpointPath, Self.routes.contains(route),
              let token = request.query("s"), let account = context.identity?.account.id,
              let term = await terms.term(token, account: account) else {
            return try await next(request, context)
        }
        var head = request.head
        head.path = request.uri.path + "?" + QueryString.make(Self.pairs(request) + [("q", term)])
        return try await next(Request(head: head, body: request.body), context)
    }

    /// The query's pairs other than `q` (a typed `q` must not mix with the stored term).
    static func pairs(_ request: Request) -> [(String, String?)] {
        var pairs: [(String, String?)] = []
        for (key, value) in request.uri.queryParameters where key != "q" {
            pairs.append((String(key), String(value)))
        }
        return pairs
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HocVuSoCore

/// `GET /metrics` in the Prometheus text format. Readable by a direct loopback request (a scraper on the same
/// host; a request relayed by a proxy carries forwarding headers and does not count), or from anywhere with
/// `Authorization: Bearer <metricsToken>` when the configuration sets one. Everyone else gets 403.
struct MetricsRoutes {
    static let path = "/metrics"
    let services: AppServices

    func register(_ routes: Routes) {
        routes.get(Self.path, .open) { request, context in
            guard Self.mayRead(request, context: context, token: services.configuration.metricsToken) else {
                throw DomainError(.forbidden, code: "metrics.forbidden", message: Strings.metricsForbidden)
            }
            let start = ContinuousClock.now
            let up = (try? await services.store.database.read { try await $0.raw("SELECT 1 AS ok").run() }) != nil
            services.metrics.observeDatabase(up: up, engine: services.store.database.engine.rawValue, check: ContinuousClock.now - start)
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: services.metrics.exposition())))
        }
    }

    static func mayRead(_ request: Request, context: AppContext, token: String?) -> Bool {
        if let token, !token.isEmpty, let presented = AccessMiddleware.bearerToken(request) {
            return AccessMiddleware.constantTimeEqual(presented, token)
        }
        let relayed = ["X-Forwarded-For", "Forwarded", "X-Real-IP"].contains { request.headers[HTTPField.Name($0)!] != nil }
        guard !relayed, let address = context.remoteAddress?.ipAddress else { return false }
        return address == "127.0.0.1" || address == "::1" || address.hasPrefix("::ffff:127.")
    }
}

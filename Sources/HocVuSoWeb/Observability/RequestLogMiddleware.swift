import Foundation
import Hummingbird
import Logging

/// One structured log line and one metrics sample per request: method, route pattern (never the raw path or its
/// query string, which may hold IDs or search terms), status, duration and the request id Hummingbird attaches.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let metrics: AppMetrics

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context: context, status: Int(response.status.code), start: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            record(request, context: context, status: Int(status), start: start)
            throw error
        }
    }

    private func record(_ request: Request, context: AppContext, status: Int, start: ContinuousClock.Instant) {
        let duration = ContinuousClock.now - start
        let route = Self.route(context.endpointPath)
        metrics.request(method: request.method.rawValue, route: route, status: status, duration: duration)
        let milliseconds = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "route": .string(route), "status": .stringConvertible(status),
            "duration_ms": .string(String(format: "%.2f", milliseconds)),
        ])
    }

    /// The matched pattern, or a fixed word for requests no route matched (their path could hold anything).
    static func route(_ endpointPath: String?) -> String {
        guard let endpointPath, endpointPath != "NotFound" else { return "unmatched" }
        return endpointPath
    }
}

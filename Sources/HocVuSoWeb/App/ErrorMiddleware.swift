import Foundation
import Hummingbird
import HocVuSoCore
import Logging
import NIOCore

/// Turns every error into the documented shape: JSON `{"error": {"code", "message", "details"}}` under /api,
/// a Vietnamese error page elsewhere. Unknown errors are 500s, logged, with no internals shown.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let templates: Templates

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = Self.describe(error)
            if problem.status.code >= 500 {
                context.logger.error("request failed", metadata: ["path": .string(context.endpointPath ?? "?"), "error": .string(String(describing: error))])
            }
            if problem.status == .unauthorized, !request.uri.path.hasPrefix("/api/") {
                let back = request.method == .get ? LocalPath.checked(request.uri.path) : nil
                let location = back.map { "/login?next=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") } ?? "/login"
                return Response(status: .seeOther, headers: [.location: location])
            }
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/health" {
                let body = ErrorBody(error: .init(code: problem.code, message: problem.message, details: problem.details))
                return try JSONResponse(body, status: problem.status).response(from: request, context: context)
            }
            let model = ErrorPageModel(status: Int(problem.status.code), message: problem.message,
                                       details: problem.details.map { $0.reason })
            var layout = LayoutModel(title: Strings.errorTitle)
            layout.userName = context.identity?.account.displayName
            let html = (try? templates.page("error", model: model, layout: layout)) ?? problem.message
            return try HTML(html, status: problem.status).response(from: request, context: context)
        }
    }

    struct Described {
        var status: HTTPResponse.Status
        var code: String
        var message: String
        var details: [Problem]
    }

    static func describe(_ error: any Error) -> Described {
        if let error = error as? DomainError {
            return Described(status: status(error.kind), code: error.code, message: error.message, details: error.details)
        }
        if let error = error as? HTTPError {
            switch error.status {
            case .notFound:
                return Described(status: .notFound, code: "not-found", message: Strings.pageNotFound, details: [])
            case .contentTooLarge:
                return Described(status: .contentTooLarge, code: "too-large", message: Strings.uploadTooLarge, details: [])
            case .badRequest:
                return Described(status: .badRequest, code: "bad-request", message: Strings.badRequest, details: [])
            case .methodNotAllowed:
                return Described(status: .methodNotAllowed, code: "method", message: Strings.badRequest, details: [])
            default:
                return Described(status: error.status, code: "http", message: Strings.badRequest, details: [])
            }
        }
        // A body over the route's limit (`collectBody(upTo:)`) is the client's doing: 413, not a 500.
        if error is NIOTooManyBytesError {
            return Described(status: .contentTooLarge, code: "too-large", message: Strings.uploadTooLarge, details: [])
        }
        if error is DecodingError {
            return Described(status: .badRequest, code: "bad-json", message: Strings.badJSON(String(describing: error)), details: [])
        }
        return Described(status: .internalServerError, code: "internal", message: Strings.internalError, details: [])
    }

    static func status(_ kind: DomainError.Kind) -> HTTPResponse.Status {
        switch kind {
        case .invalid: return .unprocessableContent
        case .badRequest: return .badRequest
        case .notFound: return .notFound
        case .conflict: return .conflict
        case .forbidden: return .forbidden
        case .unauthorized: return .unauthorized
        case .tooMany: return .tooManyRequests
        case .tooLarge: return .contentTooLarge
        case .gone: return .gone
        }
    }
}

struct ErrorBody: Encodable, Sendable {
    struct Inner: Encodable, Sendable {
        var code: String
        var message: String
        var details: [Problem]
    }
    var error: Inner
}

struct ErrorPageModel {
    var status: Int
    var message: String
    var details: [String]
}

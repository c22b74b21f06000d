import HTTPTypes
import Hummingbird

/// Security headers on every response: a strict CSP with no inline script, no sniffing, no framing, no caching of
/// pages (they carry personal data) and, when the site is served over HTTPS, Strict-Transport-Security.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppContext
    /// Send HSTS (the configuration says the public address is HTTPS).
    var strictTransportSecurity = false

    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=()"
        // Static assets set their own public caching; everything else may hold personal data and is never stored.
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        if strictTransportSecurity {
            response.headers[HTTPField.Name("Strict-Transport-Security")!] = "max-age=31536000; includeSubDomains"
        }
        return response
    }
}

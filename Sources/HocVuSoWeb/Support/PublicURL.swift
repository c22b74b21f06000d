import HTTPTypes
import Hummingbird

/// The address people reach this server at, for links printed on paper (QR codes on posters and certificates):
/// the request's authority, with the scheme a reverse proxy reports (X-Forwarded-Proto), else http.
enum PublicURL {
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    static func base(_ request: Request) -> String {
        let host = request.head.authority ?? "localhost"
        let scheme = request.headers[forwardedProto]?.lowercased() == "https" ? "https" : "http"
        return "\(scheme)://\(host)"
    }
}

import HTTPTypes
import Hummingbird

/// The address this server is reached at, as the browser sees it: for links printed on paper (the QR code of a
/// certificate). The host comes from the request (Host header), the scheme from `X-Forwarded-Proto` behind a
/// proxy, else http. A host with unexpected characters is not trusted.
enum PublicAddress {
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!

    static func base(_ request: Request) -> String {
        let proto = request.headers[forwardedProto]?.split(separator: ",").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let scheme = proto == "https" ? "https" : "http"
        let host = request.head.authority ?? ""
        let allowed = host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }
        return "\(scheme)://\(allowed && !host.isEmpty ? host.lowercased() : "localhost")"
    }
}

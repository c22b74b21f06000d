import Foundation
import Hummingbird
import HocVuSoCore

/// The cookie that remembers, per link, the attempt a browser started, so it can be resumed after a lost
/// connection or a closed browser: `hv_attempt_<token>` = attempt id, for two weeks, only under /danh-gia.
enum AttemptCookie {
    static let path = "/danh-gia"
    static let maxAge = Int(AssessmentAttempt.lifetime)

    static func name(_ token: String) -> String { "hv_attempt_\(token)" }

    static func make(token: String, attempt: UUID, secure: Bool) -> Cookie {
        Cookie(name: name(token), value: attempt.uuidString, maxAge: maxAge, path: path, secure: secure, httpOnly: true,
               sameSite: .lax)
    }

    /// The attempt the browser remembers for this link, if any.
    static func attemptID(_ request: Request, token: String) -> UUID? {
        request.cookies[name(token)].flatMap { UUID(uuidString: $0.value) }
    }

    /// A link token as links are made (Crockford base 32): anything else is unknown before any lookup, and is never
    /// put into a cookie name.
    static func isWellFormed(_ token: String) -> Bool {
        (1...32).contains(token.count) && token.allSatisfy(CertificateCode.alphabet.contains)
    }
}

/// The addresses of an attempt's pages.
enum AttemptPaths {
    static func questions(_ id: UUID) -> String { "/danh-gia/bai/\(id.uuidString)" }
    static func question(_ id: UUID, _ number: Int) -> String { "\(questions(id))?q=\(number)" }
    static func review(_ id: UUID) -> String { "\(questions(id))?q=review" }
    static func submit(_ id: UUID) -> String { "\(questions(id))/nop" }
    static func result(_ id: UUID) -> String { "\(questions(id))/ket-qua" }
    static func certificate(_ id: UUID) -> String { "\(questions(id))/chung-nhan" }
    static func start(_ token: String) -> String { "/danh-gia/\(token)" }
}

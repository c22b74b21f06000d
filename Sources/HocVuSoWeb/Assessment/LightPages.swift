import Foundation
import Hummingbird
import HocVuSoCore

/// The frame of the public pages a person opens on a cheap phone (assessment, verification, printable certificate):
/// no app layout, one small stylesheet, no script.
struct LightLayout {
    var title: String
    var content: String
    /// "print" for the A4 certificate, which widens the page and prints without margins.
    var bodyClass: String?
}

/// A short notice in the light frame (a refused link, a submitted attempt, an unknown code), with links onwards.
struct LightNotice {
    var status: Int
    var message: String
    var details: [String]
    /// Links the template may offer, each with its own fixed label.
    var resumeHref: String?
    var resultHref: String?
}

extension AppServices {
    /// Renders `template` with `model` inside the light frame.
    func lightPage(_ template: String, _ model: Any, title: String, status: HTTPResponse.Status = .ok,
                   bodyClass: String? = nil) throws -> HTML {
        let content = try templates.fragment(template, model: model)
        let page = try templates.fragment("assess-layout", model: LightLayout(title: title, content: content, bodyClass: bodyClass))
        return HTML(page, status: status)
    }

    /// A domain error as a light notice with the status the error middleware would give it.
    func lightNotice(_ error: DomainError, resumeHref: String? = nil, resultHref: String? = nil) throws -> HTML {
        let status = ErrorMiddleware.status(error.kind)
        let details = error.details.map(\.reason).filter { $0 != error.message }
        let notice = LightNotice(status: Int(status.code), message: error.message, details: details, resumeHref: resumeHref,
                                 resultHref: resultHref)
        return try lightPage("assess-notice", notice, title: Strings.assessmentNoticeTitle, status: status)
    }
}

/// Runs a public page handler; a domain error becomes a light notice (never the big app error page).
func lightErrors(_ services: AppServices, _ request: Request, _ context: AppContext,
                 links: (DomainError) -> (resume: String?, result: String?) = { _ in (nil, nil) },
                 _ body: () async throws -> Response) async throws -> Response {
    do {
        return try await body()
    } catch let error as DomainError {
        let (resume, result) = links(error)
        return try services.lightNotice(error, resumeHref: resume, resultHref: result).response(from: request, context: context)
    }
}

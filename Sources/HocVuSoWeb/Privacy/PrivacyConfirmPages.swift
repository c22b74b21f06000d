import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Fulfilling "restrict" and "delete", each behind a confirmation page: a ticked box for a restriction, the
/// resident's full name typed again for a deletion.
struct PrivacyConfirmPages {
    let services: AppServices

    struct Model {
        var title: String
        var residentName: String
        var village: String
        var action: String
        var cancelHref: String
        var csrf: String
        var isDelete: Bool
        var isUnrestrict: Bool
        var error: String?
    }

    @Sendable func restrictPage(_ request: Request, _ context: AppContext) async throws -> HTML {
        try await page(context, kind: .restrict, error: nil)
    }

    @Sendable func restrict(_ request: Request, _ context: AppContext) async throws -> Response {
        try await confirmTicked(request, context, kind: .restrict, unticked: Strings.privacyConfirmRestrict, flash: "restricted") {
            try await services.store.privacyRequests.restrict($0, actor: $1)
        }
    }

    @Sendable func unrestrictPage(_ request: Request, _ context: AppContext) async throws -> HTML {
        try await page(context, kind: .unrestrict, error: nil)
    }

    @Sendable func unrestrict(_ request: Request, _ context: AppContext) async throws -> Response {
        try await confirmTicked(request, context, kind: .unrestrict, unticked: Strings.privacyConfirmUnrestrict, flash: "unrestricted") {
            try await services.store.privacyRequests.unrestrict($0, actor: $1)
        }
    }

    /// A request fulfilled behind a ticked box: unticked, or refused by the store, the page comes back with the
    /// message and nothing changes; done, the request's page with `flash`.
    private func confirmTicked(_ request: Request, _ context: AppContext, kind: DataSubjectRequest.Kind, unticked: String,
                               flash: String, fulfil: (UUID, AccessActor) async throws -> Void) async throws -> Response {
        var request = request
        let line = try await pending(context, kind: kind)
        do {
            guard try await request.form().first("confirm") == "yes" else {
                throw DomainError(.invalid, code: "privacy-request.confirm", message: unticked)
            }
            try await fulfil(line.request.id, context.actor())
        } catch let error as DomainError where ["privacy-request.confirm", "privacy-request.not-restricted"].contains(error.code) {
            return try await page(context, kind: kind, error: error).response(from: request, context: context)
        }
        return try SeeOther(try done(line, context, flash)).response(from: request, context: context)
    }

    @Sendable func deletePage(_ request: Request, _ context: AppContext) async throws -> HTML {
        try await page(context, kind: .delete, error: nil)
    }

    @Sendable func delete(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let line = try await pending(context, kind: .delete)
        let typed = try await request.form().first("confirmName") ?? ""
        guard Self.sameName(typed, line.residentName ?? "") else {
            return try await page(context, kind: .delete, error: DomainError(.invalid, code: "privacy-request.confirm",
                                                                              message: Strings.privacyConfirmNameMismatch))
                .response(from: request, context: context)
        }
        try await services.store.privacyRequests.erase(line.request.id, directory: services.store.directory, actor: context.actor())
        return try SeeOther(try done(line, context, "deleted")).response(from: request, context: context)
    }

    /// The typed name matches whatever the case, the Unicode form and the spacing.
    static func sameName(_ typed: String, _ name: String) -> Bool {
        func normal(_ text: String) -> String {
            text.precomposedStringWithCanonicalMapping.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        return !name.isEmpty && normal(typed) == normal(name)
    }

    private func pending(_ context: AppContext, kind: DataSubjectRequest.Kind) async throws -> DataSubjectRequestStore.Line {
        let line = try await DataSubjectRequestRoutes.line(context, services)
        guard line.request.kind == kind else {
            throw DomainError(.conflict, code: "privacy-request.kind", message: Strings.privacyWrongKind(line.request.kind))
        }
        guard line.request.isOpen else { throw DomainError(.conflict, code: "privacy-request.closed", message: Strings.privacyAlreadyClosed) }
        guard line.residentName != nil else {
            throw DomainError(.notFound, code: "privacy-request.resident-gone", message: Strings.privacyResidentGone)
        }
        return line
    }

    private func page(_ context: AppContext, kind: DataSubjectRequest.Kind, error: DomainError?) async throws -> HTML {
        let line = try await pending(context, kind: kind)
        let unit = try DataSubjectRequestRoutes.unit(context, services)
        let href = "\(DataSubjectRequestRoutes.base(unit.code))/\(line.request.id.uuidString)"
        let title = kind == .delete ? Strings.privacyDeleteTitle
            : kind == .unrestrict ? Strings.privacyUnrestrictTitle : Strings.privacyRestrictTitle
        let model = Model(title: title, residentName: line.residentName ?? "",
                          village: services.store.directory[line.request.villageCode]?.fullName ?? line.request.villageCode,
                          action: "\(href)/\(kind.rawValue)", cancelHref: href, csrf: context.csrfToken, isDelete: kind == .delete, isUnrestrict: kind == .unrestrict,
                          error: error?.message)
        return try services.render("privacy-confirm", model, layout: services.layout(title, context: context, unit: unit),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }

    private func done(_ line: DataSubjectRequestStore.Line, _ context: AppContext, _ flash: String) throws -> String {
        "\(DataSubjectRequestRoutes.base(try DataSubjectRequestRoutes.unit(context, services).code))/\(line.request.id.uuidString)?done=\(flash)"
    }
}

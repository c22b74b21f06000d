import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Fulfilling "correct": the registry's own edit form, saved through the registry's update; the request records the
/// fields that changed and is closed.
struct PrivacyCorrectPage {
    let services: AppServices

    var residentPages: ResidentPages { ResidentPages(services: services) }

    @Sendable func form(_ request: Request, _ context: AppContext) async throws -> HTML {
        let line = try await correctable(context)
        let resident = try await services.store.residents.get(line.request.residentID, actor: context.actor())
        let commune = try residentPages.commune(of: try context.authorizedUnit())
        return try await residentPages.renderForm(ResidentForm(resident), unit: commune, action: action(line, context), context: context,
                                                  isNew: false)
    }

    @Sendable func save(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let line = try await correctable(context)
        let commune = try residentPages.commune(of: try context.authorizedUnit())
        let form = ResidentPages.residentForm(try await request.form())
        do {
            let resident = try residentPages.validated(form, id: line.request.residentID, within: commune)
            _ = try await services.store.privacyRequests.correct(line.request.id, to: resident, residents: services.store.residents,
                                                                 directory: services.store.directory, actor: context.actor())
            let unit = try DataSubjectRequestRoutes.unit(context, services)
            return try SeeOther("\(DataSubjectRequestRoutes.base(unit.code))/\(line.request.id.uuidString)?done=corrected")
                .response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try await residentPages.renderForm(form, unit: commune, action: action(line, context), context: context, isNew: false,
                                                      error: error).response(from: request, context: context)
        }
    }

    private func correctable(_ context: AppContext) async throws -> DataSubjectRequestStore.Line {
        let line = try await DataSubjectRequestRoutes.line(context, services)
        guard line.request.kind == .correct else {
            throw DomainError(.conflict, code: "privacy-request.kind", message: Strings.privacyWrongKind(line.request.kind))
        }
        guard line.request.isOpen else { throw DomainError(.conflict, code: "privacy-request.closed", message: Strings.privacyAlreadyClosed) }
        guard line.residentName != nil else {
            throw DomainError(.notFound, code: "privacy-request.resident-gone", message: Strings.privacyResidentGone)
        }
        return line
    }

    private func action(_ line: DataSubjectRequestStore.Line, _ context: AppContext) throws -> String {
        "\(DataSubjectRequestRoutes.base(try DataSubjectRequestRoutes.unit(context, services).code))/\(line.request.id.uuidString)/correct"
    }
}

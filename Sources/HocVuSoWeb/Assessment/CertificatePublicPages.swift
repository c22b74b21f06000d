import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The public verification page and API of a certificate, and the printable certificate (page and DOCX).
struct CertificatePublicPages {
    let services: AppServices

    func register(_ routes: Routes) {
        routes.get("/xac-minh", .open) { request, context in
            try await verifyForm(request, context)
        }
        routes.get("/xac-minh/{cert}", .open) { request, context in
            try await verifyPage(request, context)
        }
        routes.get("/api/v1/certificates/{cert}/verify", .open) { _, context in
            let certificate = try await services.store.certificates.certificate(typed: context.parameters.get("cert") ?? "")
            return JSONResponse(CertificateVerifyJSON(certificate, directory: services.store.directory))
        }
        let print = CertificatePrint(services: services)
        routes.get("/danh-gia/bai/{attempt}/chung-nhan", .open) { request, context in
            try await lightErrors(services, request, context) {
                let (attempt, certificate) = try await holderCertificate(context)
                return try print.page(certificate, request: request, docxHref: AttemptPaths.certificate(attempt) + "/docx",
                                      backHref: AttemptPaths.result(attempt), revokeForm: nil).response(from: request, context: context)
            }
        }
        routes.get("/danh-gia/bai/{attempt}/chung-nhan/docx", .open) { request, context in
            try await lightErrors(services, request, context) {
                try print.docx(try await holderCertificate(context).certificate, request: request)
            }
        }
        routes.get("/units/{code}/certificates/{cert}", .unit(.readLearning)) { request, context in
            let (unit, certificate) = try await officerCertificate(context)
            let path = "/units/\(unit.code)/certificates/\(certificate.code)"
            let manages = try context.account().role.may(.manageLearning)
            return try print.page(certificate, request: request, docxHref: path + "/docx", backHref: "/units/\(unit.code)/certificates",
                                  revokeForm: manages ? .init(action: path + "/revoke", csrf: context.csrfToken) : nil)
        }
        routes.get("/units/{code}/certificates/{cert}/docx", .unit(.readLearning)) { request, context in
            try print.docx(try await officerCertificate(context).certificate, request: request)
        }
    }

    // MARK: Verification

    /// The form; a typed code (`?ma=`) goes to its own address.
    func verifyForm(_ request: Request, _ context: AppContext) async throws -> Response {
        if let typed = request.query("ma") {
            if let code = CertificateCode.normalize(typed) {
                return try SeeOther("/xac-minh/\(code)").response(from: request, context: context)
            }
            return try verifyView(CertificateVerifyModel(typed: typed, error: Strings.certificateCodeInvalid, result: nil),
                                  status: .unprocessableContent).response(from: request, context: context)
        }
        return try verifyView(CertificateVerifyModel(typed: "", error: nil, result: nil), status: .ok)
            .response(from: request, context: context)
    }

    func verifyPage(_ request: Request, _ context: AppContext) async throws -> Response {
        let typed = context.parameters.get("cert") ?? ""
        do {
            let certificate = try await services.store.certificates.certificate(typed: typed)
            let facts = CertificateFacts.make(certificate, directory: services.store.directory)
            return try verifyView(CertificateVerifyModel(typed: certificate.code, error: nil, result: facts), status: .ok)
                .response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .notFound {
            return try verifyView(CertificateVerifyModel(typed: typed, error: error.message, result: nil),
                                  status: ErrorMiddleware.status(error.kind)).response(from: request, context: context)
        }
    }

    func verifyView(_ model: CertificateVerifyModel, status: HTTPResponse.Status) throws -> HTML {
        try services.lightPage("verify", model, title: Strings.certificateVerifyTitle, status: status)
    }

    // MARK: The certificate of a holder or of a unit

    /// The certificate of a passed attempt; the attempt's id is the holder's secret.
    func holderCertificate(_ context: AppContext) async throws -> (attempt: UUID, certificate: Certificate) {
        guard let text = context.parameters.get("attempt"), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "assessment.attempt-not-found", message: Strings.assessmentAttemptNotFound)
        }
        let attempt = try await services.store.assessments.attempt(id)
        guard let code = attempt.certificateCode else {
            throw DomainError(.notFound, code: "certificate.not-found", message: Strings.certificateNotFound)
        }
        return (id, try await services.store.certificates.certificate(typed: code))
    }

    /// A certificate issued in the route's unit: its commune, the province above it, or its village. Any other is
    /// not found (not forbidden: whether a code exists elsewhere is not this unit's business).
    func officerCertificate(_ context: AppContext) async throws -> (unit: AdminUnit, certificate: Certificate) {
        let unit = try context.authorizedUnit()
        let certificate = try await services.store.certificates.certificate(typed: context.parameters.get("cert") ?? "")
        let belongs: Bool
        switch unit.level {
        case .village: belongs = certificate.villageCode == unit.code
        case .commune, .province: belongs = services.store.directory.contains(certificate.communeCode, under: unit.code)
        }
        guard belongs else {
            throw DomainError(.notFound, code: "certificate.not-found", message: Strings.certificateNotFound)
        }
        return (unit, certificate)
    }
}

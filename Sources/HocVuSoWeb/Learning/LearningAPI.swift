import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The JSON API of learning records, assessments and certificates.
struct LearningAPI {
    let services: AppServices

    struct CertificateJSON: Encodable, Sendable {
        var code: String
        var fullName: String
        var targetGroup: String
        var issuedOn: String
        var scorePercent: Int
        var frameworkVersion: Int
        var communeCode: String
        var valid: Bool
        var revokedAt: String?
        var revokeReason: String?

        init(_ c: Certificate) {
            code = c.code
            fullName = c.fullName
            targetGroup = c.targetGroup.rawValue
            issuedOn = c.issuedOn.iso
            scorePercent = c.scorePercent
            frameworkVersion = c.frameworkVersion
            communeCode = c.communeCode
            valid = c.isValid
            revokedAt = c.revokedAt.map(InstantText.utcMilliseconds)
            revokeReason = c.revokeReason
        }
    }

    struct ListJSON<Item: Encodable & Sendable>: Encodable, Sendable {
        var total: Int
        var items: [Item]
    }

    struct RevokeInput: Decodable {
        var reason: String
    }

    struct ReviewJSON: Encodable, Sendable {
        var id: String
        var row: Int
        var reason: String
        var fullName: String
        var birth: String?
        var courseId: String
        var status: String
        var candidates: [String]
    }

    struct AttemptJSON: Encodable, Sendable {
        var id: String
        var fullName: String
        var targetGroup: String
        var mode: String
        var assistedBy: String?
        var startedAt: String
        var submittedAt: String?
        var correct: Int?
        var total: Int?
        var passed: Bool?
        var certificateCode: String?
    }

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}/certificates", .unit(.readLearning)) { request, context in
            let unit = try context.authorizedUnit()
            let (page, per) = try paging(request)
            let (total, items) = try await services.store.certificates.certificates(unit: unit, page: page, per: per)
            return JSONResponse(ListJSON(total: total, items: items.map(CertificateJSON.init)))
        }
        routes.post("/api/v1/units/{code}/certificates/{cert}/revoke", .unit(.manageLearning)) { request, context in
            let unit = try context.authorizedUnit()
            let input = try await decode(RevokeInput.self, request, context)
            let certificate = try await services.store.certificates.certificate(typed: context.parameters.get("cert") ?? "")
            guard CertificateListPage.belongs(certificate, to: unit, directory: services.store.directory) else {
                throw DomainError(.notFound, code: "certificate.not-found", message: Strings.certificateNotFound)
            }
            let revoked = try await services.store.certificates.revoke(certificate.code, reason: input.reason, actor: context.actor())
            return JSONResponse(CertificateJSON(revoked))
        }
        routes.post("/api/v1/units/{code}/learning/import", .unit(.manageLearning)) { request, context in
            let unit = try context.authorizedUnit()
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let dryRun = request.query("dryRun") == "true"
            let summary = try await LearningImport(store: services.store, clock: services.clock)
                .run(data: Data(buffer: body), filename: request.query("filename"), platform: request.query("platform") ?? "",
                     unit: unit, dryRun: dryRun, actor: context.actor())
            return JSONResponse(summary, status: dryRun ? .ok : .created)
        }
        routes.get("/api/v1/units/{code}/learning/reviews", .unit(.manageLearning)) { request, context in
            let unit = try context.authorizedUnit()
            let scope = try LearningImport.scope(unit, directory: services.store.directory)
            let (page, per) = try paging(request)
            let (total, items) = try await services.store.learning.openReviews(unitCode: scope.unitCode, provinceCode: scope.provinceCode,
                                                                               page: page, per: per)
            return JSONResponse(ListJSON(total: total, items: items.map {
                ReviewJSON(id: $0.id.uuidString, row: $0.rowNumber, reason: $0.reason, fullName: $0.fullName, birth: $0.birth,
                           courseId: $0.courseID.uuidString, status: $0.progress.status.rawValue,
                           candidates: $0.candidates.map(\.uuidString))
            }))
        }
        routes.get("/api/v1/units/{code}/assessments", .unit(.readLearning)) { request, context in
            let unit = try context.authorizedUnit()
            let commune = try services.requireCommune(unit)
            let (page, per) = try paging(request)
            let (total, items) = try await services.store.assessments.attempts(
                communeCode: commune.code, villageCode: unit.level == .village ? unit.code : nil, page: page, per: per)
            return JSONResponse(ListJSON(total: total, items: items.map {
                AttemptJSON(id: $0.id.uuidString, fullName: $0.fullName, targetGroup: $0.targetGroup.rawValue, mode: $0.mode.rawValue,
                            assistedBy: $0.assistedBy, startedAt: InstantText.utcMilliseconds($0.startedAt),
                            submittedAt: $0.submittedAt.map(InstantText.utcMilliseconds), correct: $0.correct, total: $0.total,
                            passed: $0.passed, certificateCode: $0.certificateCode)
            }))
        }
    }

    func paging(_ request: Request) throws -> (page: Int, per: Int) {
        let page = try request.pageNumber()
        guard let text = request.query("per") else { return (page, 50) }
        guard let per = Int(text), (1...200).contains(per) else {
            throw DomainError(.badRequest, code: "query.per", message: Strings.invalidParameter("per", text))
        }
        return (page, per)
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Report requests and reports over JSON: what the department asked, every commune's status, a report with its
/// text, figures and history.
struct ReportAPI {
    let services: AppServices

    struct RequestJSON: Encodable, Sendable {
        var id: String
        var provinceCode: String
        var documentNumber: String
        var documentDate: String
        var issuer: String
        var subject: String
        var periodFrom: String
        var periodTo: String
        var deadline: String
        var communes: [String]

        init(_ r: ReportRequest) {
            id = r.id.uuidString
            provinceCode = r.provinceCode
            documentNumber = r.documentNumber
            documentDate = r.documentDate.iso
            issuer = r.issuer
            subject = r.subject
            periodFrom = r.periodFrom.iso
            periodTo = r.periodTo.iso
            deadline = r.deadline.iso
            communes = r.communes
        }
    }

    struct RequestInput: Decodable {
        var documentNumber: String
        var documentDate: String
        var issuer: String
        var subject: String
        var periodFrom: String
        var periodTo: String
        var deadline: String
        var communes: [String]
    }

    struct StatusJSON: Encodable, Sendable {
        var communeCode: String
        var name: String
        var progress: String
        var reportId: String?
        var number: String?
        var sentAt: String?
    }

    struct RequestDetailJSON: Encodable, Sendable {
        var request: RequestJSON
        var statuses: [StatusJSON]
        var sent: Int
        var onTime: Int
        var onTimeRate: Double?
    }

    struct EventJSON: Encodable, Sendable {
        var at: String
        var actor: String
        var action: String
        var comment: String?
    }

    struct ReportJSON: Encodable, Sendable {
        var id: String
        var requestId: String
        var communeCode: String
        var status: String
        var number: String?
        var reportDate: String?
        var sentAt: String?
        var signerName: String
        var paragraphs: [ReportParagraph]
        var figures: ReportFigures
        var history: [EventJSON]
    }

    struct ItemsJSON<Item: Encodable & Sendable>: Encodable, Sendable {
        var items: [Item]
    }

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}/report-requests", .unit(.readReports)) { _, context in
            let unit = try context.authorizedUnit()
            let list = unit.level == .province ? try await services.store.reports.requests(provinceCode: unit.code)
                : try await services.store.reports.requests(communeCode: try services.requireCommune(unit).code)
            return JSONResponse(ItemsJSON(items: list.map(RequestJSON.init)))
        }
        routes.post("/api/v1/units/{code}/report-requests", .unit(.manageReportRequests)) { request, context in
            let unit = try context.authorizedUnit()
            guard unit.level == .province else {
                throw DomainError(.invalid, code: "report-request.level", message: Strings.requestNotFound)
            }
            let input = try await decode(RequestInput.self, request, context)
            func day(_ text: String, _ field: String) throws -> CivilDate {
                guard let date = CivilDate(iso: text) ?? VietnameseFormat.parseDate(text) else {
                    throw DomainError(.invalid, code: "date", message: Strings.dateInvalid,
                                      details: [Problem(column: field, value: text, reason: Strings.dateInvalid)])
                }
                return date
            }
            let made = ReportRequest(id: UUID(), provinceCode: unit.code, documentNumber: input.documentNumber,
                                     documentDate: try day(input.documentDate, "documentDate"), issuer: input.issuer,
                                     subject: input.subject, periodFrom: try day(input.periodFrom, "periodFrom"),
                                     periodTo: try day(input.periodTo, "periodTo"), deadline: try day(input.deadline, "deadline"),
                                     communes: input.communes, createdBy: context.actor().username)
            try await services.store.reports.createRequest(made, directory: services.store.directory)
            return JSONResponse(RequestJSON(made), status: .created)
        }
        routes.get("/api/v1/report-requests/{request}", .reportRequest(.manageReportRequests)) { _, context in
            let asked = try await services.store.reports.request(try context.uuidParameter("request", notFound: Strings.requestNotFound))
            let rows = try await Consolidation(services: services).rows(asked)
            let sent = rows.filter { [.submittedOnTime, .submittedLate, .accepted].contains($0.progress) }
            let onTime = sent.filter { $0.report?.sentAt.map { CivilDate($0) <= asked.deadline } ?? false }.count
            return JSONResponse(RequestDetailJSON(
                request: RequestJSON(asked),
                statuses: rows.map {
                    StatusJSON(communeCode: $0.commune.code, name: $0.commune.fullName, progress: $0.progress.rawValue,
                               reportId: $0.report?.id.uuidString, number: $0.report?.number,
                               sentAt: $0.report?.sentAt.map(InstantText.utcMilliseconds))
                },
                sent: sent.count, onTime: onTime, onTimeRate: sent.isEmpty ? nil : Double(onTime) / Double(sent.count)))
        }
        routes.get("/api/v1/reports/{report}", .report(.readReports)) { _, context in
            let id = try context.uuidParameter("report", notFound: Strings.reportNotFound)
            let report = try await services.store.reports.report(id)
            let history = try await services.store.reports.history(id)
            return JSONResponse(ReportJSON(
                id: report.id.uuidString, requestId: report.requestID.uuidString, communeCode: report.communeCode,
                status: report.status.rawValue, number: report.number, reportDate: report.reportDate?.iso,
                sentAt: report.sentAt.map(InstantText.utcMilliseconds), signerName: report.signerName,
                paragraphs: report.paragraphs, figures: report.figures,
                history: history.map { EventJSON(at: InstantText.utcMilliseconds($0.at), actor: $0.actor, action: $0.action, comment: $0.comment) }))
        }
    }
}

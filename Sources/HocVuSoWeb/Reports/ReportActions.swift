import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore

/// The steps of a report: start a draft, save the text, refresh the figures, submit, approve (numbering it from
/// the register), send, and the department's accept or return. A refusal shows the report again with the reason.
struct ReportActions {
    let services: AppServices

    func start(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        let commune = try services.requireCommune(unit)
        let id = try context.uuidParameter("request", notFound: Strings.requestNotFound)
        let asked = try await services.store.reports.request(id)
        guard asked.communes.contains(commune.code) else {
            throw DomainError(.notFound, code: "report-request.not-found", message: Strings.requestNotForCommune)
        }
        if let existing = try await services.store.reports.report(request: id, commune: commune.code) {
            return try SeeOther("/reports/\(existing.id.uuidString)").response(from: request, context: context)
        }
        let report = try await ReportDrafting(services: services).start(request: asked, commune: commune, actor: context.actor())
        return try SeeOther("/reports/\(report.id.uuidString)?done=report-started").response(from: request, context: context)
    }

    func save(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context, done: "report-saved") { id, form in
            var edits: [String: String] = [:]
            for (name, value) in form.pairs where name.hasPrefix("p:") { edits[String(name.dropFirst(2))] = value }
            let recipients = form.text("recipients").map { $0.split(whereSeparator: \.isNewline).map(String.init) }
            _ = try await services.store.reports.saveText(id, edits: edits, signerName: form.text("signerName"),
                                                          recipients: recipients, version: Int(form.text("version") ?? "") ?? -1,
                                                          actor: context.actor())
        }
    }

    func refresh(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context, done: "report-refreshed") { id, _ in
            let report = try await services.store.reports.report(id)
            let asked = try await services.store.reports.request(report.requestID)
            guard let commune = services.store.directory[report.communeCode] else { return }
            try await ReportDrafting(services: services).refresh(report, request: asked, commune: commune, actor: context.actor())
        }
    }

    func submit(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context, done: "report-submitted") { id, _ in
            try await services.store.reports.submit(id, actor: context.actor())
        }
    }

    func approve(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context, done: "report-approved") { id, form in
            let actor = context.actor()
            try await services.store.reports.approve(id, signerName: form.text("signerName") ?? "", actor: actor) { commune, province, date, sql in
                try await DocumentStore.registerIssued(unitCode: commune, provinceCode: province, type: .bc, on: date,
                                                       summary: Strings.reportRegisterSummary, signer: form.text("signerName"),
                                                       symbol: DocumentType.bc.defaultSymbol(), by: actor.username, sql).numberText
            }
        }
    }

    func send(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context, done: "report-sent") { id, _ in try await services.store.reports.send(id, actor: context.actor()) }
    }

    func accept(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context, done: "report-accepted") { id, _ in try await services.store.reports.accept(id, actor: context.actor()) }
    }

    func giveBack(_ request: Request, _ context: AppContext) async throws -> Response {
        try await act(request, context, done: "report-returned") { id, form in
            try await services.store.reports.returnReport(id, comment: form.text("comment") ?? "", actor: context.actor())
        }
    }

    private func act(_ request: Request, _ context: AppContext, done: String,
                     _ body: (UUID, FormData) async throws -> Void) async throws -> Response {
        var request = request
        let form = try await request.form()
        let id = try context.uuidParameter("report", notFound: Strings.reportNotFound)
        do {
            try await body(id, form)
            return try SeeOther("/reports/\(id.uuidString)?done=\(done)").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try await ReportPage(services: services).render(id, error: error, context: context, flash: nil)
                .response(from: request, context: context)
        }
    }

    // MARK: Files

    func docx(_ request: Request, _ context: AppContext) async throws -> Response {
        let report = try await services.store.reports.report(try context.uuidParameter("report", notFound: Strings.reportNotFound))
        guard let commune = services.store.directory[report.communeCode] else {
            throw DomainError(.notFound, code: "report.not-found", message: Strings.reportNotFound)
        }
        let data = try ReportDocx.make(ReportSheetBuilder(services: services).sheet(report, commune: commune))
        return Download(data: data, contentType: Download.docxType, filename: "bao-cao-\(commune.code).docx").httpResponse
    }

    func xlsx(_ request: Request, _ context: AppContext) async throws -> Response {
        let report = try await services.store.reports.report(try context.uuidParameter("report", notFound: Strings.reportNotFound))
        return Download(data: try ReportSheetBuilder.annex(report), contentType: Download.xlsxType,
                        filename: "phu-luc-bao-cao-\(report.communeCode).xlsx").httpResponse
    }

    func consolidationDocx(_ request: Request, _ context: AppContext) async throws -> Response {
        let asked = try await services.store.reports.request(try context.uuidParameter("request", notFound: Strings.requestNotFound))
        let consolidation = Consolidation(services: services)
        let data = try ReportDocx.make(consolidation.sheet(asked, rows: try await consolidation.rows(asked)))
        return Download(data: data, contentType: Download.docxType, filename: "tong-hop-\(asked.provinceCode).docx").httpResponse
    }

    func consolidationXlsx(_ request: Request, _ context: AppContext) async throws -> Response {
        let asked = try await services.store.reports.request(try context.uuidParameter("request", notFound: Strings.requestNotFound))
        let consolidation = Consolidation(services: services)
        return Download(data: try consolidation.workbook(asked, rows: try await consolidation.rows(asked)),
                        contentType: Download.xlsxType, filename: "tong-hop-\(asked.provinceCode).xlsx").httpResponse
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Report requests: the department's list (with the on-time rate) and form, a commune's list of what is asked of
/// it, and a request's page with every commune's status.
struct RequestPages {
    let services: AppServices

    struct RequestRow {
        var href: String
        var document: String
        var subject: String
        var period: String
        var deadline: String
        var progress: String
        var reportHref: String?
        var canDraft: Bool
        var draftAction: String
        var overdue: Bool
    }

    struct ListModel {
        var code: String
        var title: String
        var nav: [NavLink]
        var csrf: String
        var isProvince: Bool
        var canCreate: Bool
        var rows: [RequestRow]
        var communes: [Option]
        var form: [String: String]
        var error: String?
    }

    func list(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        if unit.level == .village, let commune = unit.parentCode {
            return try SeeOther("/units/\(commune)/report-requests").response(from: request, context: context)
        }
        return try await render(unit, form: [:], error: nil, context: context, flash: Flash.message(request.query("done")))
            .response(from: request, context: context)
    }

    func create(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let unit = try context.authorizedUnit()
        var form: [String: String] = [:]
        for key in ["number", "date", "issuer", "subject", "from", "to", "deadline"] { form[key] = data.text(key) ?? "" }
        do {
            guard unit.level == .province else {
                throw DomainError(.invalid, code: "report-request.level", message: Strings.requestNotFound)
            }
            let communes = data.all("communes")
            let selected = communes.contains("all") ? services.store.directory.children(of: unit.code)
                .filter { $0.level == .commune && $0.status == .active }.map(\.code) : communes
            let made = ReportRequest(
                id: UUID(), provinceCode: unit.code, documentNumber: form["number"] ?? "",
                documentDate: try ActivityInput.date(form["date"] ?? ""), issuer: form["issuer"] ?? "", subject: form["subject"] ?? "",
                periodFrom: try ActivityInput.date(form["from"] ?? ""), periodTo: try ActivityInput.date(form["to"] ?? ""),
                deadline: try ActivityInput.date(form["deadline"] ?? ""), communes: selected, createdBy: context.actor().username)
            try await services.store.reports.createRequest(made, directory: services.store.directory)
            return try SeeOther("/report-requests/\(made.id.uuidString)").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid {
            return try await render(unit, form: form, error: error, context: context, flash: nil).response(from: request, context: context)
        }
    }

    func render(_ unit: AdminUnit, form: [String: String], error: DomainError?, context: AppContext, flash: String?) async throws -> HTML {
        let account = try context.account()
        let isProvince = unit.level == .province
        let requests = isProvince ? try await services.store.reports.requests(provinceCode: unit.code)
            : try await services.store.reports.requests(communeCode: unit.code)
        let today = CivilDate(services.clock.now())
        var rows: [RequestRow] = []
        for r in requests {
            var progress = ""
            var reportHref: String?
            if isProvince {
                let reports = try await services.store.reports.reports(request: r.id)
                let sent = reports.filter { $0.status == .sent || $0.status == .accepted }
                progress = Strings.requestSentCount(sent.count, r.communes.count)
            } else {
                let report = try await services.store.reports.report(request: r.id, commune: unit.code)
                progress = report.map { Strings.reportStatusLabel($0.status) } ?? Strings.requestProgressLabel(.notStarted)
                reportHref = report.map { "/reports/\($0.id.uuidString)" }
            }
            rows.append(RequestRow(
                href: "/report-requests/\(r.id.uuidString)", document: r.documentLine, subject: r.subject,
                period: Strings.periodText(VietnameseFormat.date(r.periodFrom), VietnameseFormat.date(r.periodTo)),
                deadline: VietnameseFormat.date(r.deadline), progress: progress, reportHref: reportHref,
                canDraft: !isProvince && reportHref == nil && account.role.may(.prepareReports),
                draftAction: "/units/\(unit.code)/report-requests/\(r.id.uuidString)/draft", overdue: today > r.deadline))
        }
        let communes = isProvince ? services.store.directory.children(of: unit.code).filter { $0.level == .commune && $0.status == .active } : []
        var defaults = form
        if defaults.isEmpty {
            defaults = ["issuer": Strings.departmentName + " " + unit.fullName.lowercasedType(),
                        "subject": Strings.requestDefaultSubject, "date": VietnameseFormat.date(today),
                        "deadline": VietnameseFormat.date(today.adding(days: 14)),
                        "from": VietnameseFormat.date(CivilDate(year: today.year, month: 1, day: 1)!), "to": VietnameseFormat.date(today)]
        }
        let model = ListModel(code: unit.code, title: "\(Strings.reportRequestsTitle) – \(unit.fullName)",
                              nav: ActivityNav.links(unit, current: .reports), csrf: context.csrfToken, isProvince: isProvince,
                              canCreate: isProvince && account.role.may(.manageReportRequests), rows: rows,
                              communes: communes.map { Option(value: $0.code, label: $0.fullName, selected: false) },
                              form: defaults, error: error?.message)
        return try services.render("report-requests", model, layout: services.layout(model.title, context: context, unit: unit, flash: flash),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }

    struct CommuneRow {
        var name: String
        var progress: String
        var state: String
        var number: String
        var sent: String
        var reportHref: String?
    }

    struct DetailModel {
        var title: String
        var document: String
        var issuer: String
        var subject: String
        var period: String
        var deadline: String
        var rows: [CommuneRow]
        var sent: String
        var onTime: String
        var docxHref: String
        var xlsxHref: String
        var receivedHref: String
    }

    /// A request's page for the department: each commune's status, the on-time rate, the consolidation files.
    func detail(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.uuidParameter("request", notFound: Strings.requestNotFound)
        let asked = try await services.store.reports.request(id)
        let rows = try await Consolidation(services: services).rows(asked)
        let sent = rows.filter { [.submittedOnTime, .submittedLate, .accepted].contains($0.progress) }
        let onTime = sent.filter { row in
            guard let at = row.report?.sentAt else { return false }
            return CivilDate(at) <= asked.deadline
        }
        let model = DetailModel(
            title: Strings.reportRequestTitle, document: asked.documentLine, issuer: asked.issuer, subject: asked.subject,
            period: Strings.periodText(VietnameseFormat.date(asked.periodFrom), VietnameseFormat.date(asked.periodTo)),
            deadline: VietnameseFormat.date(asked.deadline),
            rows: rows.map { row in
                CommuneRow(name: row.commune.fullName, progress: Consolidation.progressLabel(row), state: row.progress.rawValue,
                           number: row.report?.number ?? "", sent: row.report?.sentAt.map(ActivityFormat.dateTime) ?? "",
                           reportHref: row.report.map { "/reports/\($0.id.uuidString)" })
            },
            sent: Strings.requestSentCount(sent.count, rows.count),
            onTime: sent.isEmpty ? Strings.noData : VietnameseFormat.percent(part: onTime.count, of: sent.count) ?? Strings.noData,
            docxHref: "/report-requests/\(id.uuidString)/consolidation/docx",
            xlsxHref: "/report-requests/\(id.uuidString)/consolidation/xlsx",
            receivedHref: "/report-requests/\(id.uuidString)/received")
        let province = services.store.directory[asked.provinceCode]
        return try services.render("report-request", model, layout: services.layout(model.title, context: context, unit: province))
            .response(from: request, context: context)
    }
}

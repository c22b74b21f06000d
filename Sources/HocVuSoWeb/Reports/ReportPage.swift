import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// A commune report: the editor while it is a draft (or returned), the read-only text afterwards; the steps the
/// account may take now; where figures have moved since they were written; the history.
struct ReportPage {
    let services: AppServices

    struct Paragraph {
        var key: String
        var text: String
        var isHeading: Bool
        var isBullet: Bool
        var sectionTitle: String?
        var edited: Bool
        var stale: Bool
        var rows: Int
    }

    struct Event {
        var at: String
        var actor: String
        var action: String
        var comment: String?
    }

    struct Model {
        var id: String
        var title: String
        var commune: String
        var requestLine: String
        var deadline: String
        var status: String
        var number: String?
        var csrf: String
        var version: Int
        var editable: Bool
        var paragraphs: [Paragraph]
        var indicators: [ReportFigures.IndicatorLine]
        var villagesTable: [[String]]
        var villageColumns: [String]
        var signerName: String
        var recipients: String
        var hasStale: Bool
        var canSubmit: Bool
        var canApprove: Bool
        var canSend: Bool
        var canReview: Bool
        var events: [Event]
        var docxHref: String
        var xlsxHref: String
        var requestHref: String
        var error: String?
        /// Entered from a document a commune sent (issue 9): the received file's page and the figures confirmed.
        var receivedHref: String?
        var receivedFigures: [ReceivedFigure]
        /// Drafted from the data: the indicator and village tables apply.
        var fromData: Bool
    }

    struct ReceivedFigure {
        var label: String
        var value: String
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        try await render(try context.uuidParameter("report", notFound: Strings.reportNotFound), error: nil, context: context,
                         flash: Flash.message(request.query("done"))).response(from: request, context: context)
    }

    func render(_ id: UUID, error: DomainError?, context: AppContext, flash: String?) async throws -> HTML {
        let account = try context.account()
        let report = try await services.store.reports.report(id)
        let asked = try await services.store.reports.request(report.requestID)
        guard let commune = services.store.directory[report.communeCode] else {
            throw DomainError(.notFound, code: "report.not-found", message: Strings.reportNotFound)
        }
        let editable = report.status.editable && account.role.may(.prepareReports)
        // Paragraphs whose figures moved since they were written: the current data, for an editable report only.
        var stale: Set<String> = []
        if editable {
            let current = try await ReportFiguresBuilder(services: services).figures(commune: commune, from: asked.periodFrom, to: asked.periodTo)
            stale = Set(report.stale(against: current))
        }
        let titles: [ReportSection: String] = [
            .direction: Strings.reportSectionDirection, .results: Strings.reportSectionResults,
            .difficulties: Strings.reportSectionDifficulties, .nextSteps: Strings.reportSectionNextSteps,
            .recommendations: Strings.reportSectionRecommendations,
        ]
        var seen: Set<ReportSection> = []
        let paragraphs = ReportSection.allCases.flatMap { section in
            report.paragraphs.filter { $0.section == section }
        }.map { p -> Paragraph in
            let first = seen.insert(p.section).inserted
            return Paragraph(key: p.key, text: p.text, isHeading: p.kind == .subheading, isBullet: p.kind == .bullet,
                             sectionTitle: first ? titles[p.section] : nil, edited: p.edited, stale: stale.contains(p.key),
                             rows: max(2, p.text.count / 90 + 1))
        }
        let villages = ReportSheetBuilder.villageTable(report.figures)
        let history = try await services.store.reports.history(id)
        let model = Model(
            id: id.uuidString, title: Strings.reportTitle, commune: commune.fullName, requestLine: asked.documentLine,
            deadline: VietnameseFormat.date(asked.deadline), status: Strings.reportStatusLabel(report.status), number: report.number,
            csrf: context.csrfToken, version: report.version, editable: editable, paragraphs: paragraphs,
            indicators: report.figures.indicators, villagesTable: villages.rows, villageColumns: villages.header,
            signerName: report.signerName, recipients: report.recipients.joined(separator: "\n"), hasStale: !stale.isEmpty,
            canSubmit: editable, canApprove: report.status == .awaitingApproval && account.role.may(.approveReports),
            canSend: report.status == .approved && account.role.may(.prepareReports),
            canReview: report.status == .sent && account.role.may(.manageReportRequests),
            events: history.map {
                Event(at: ActivityFormat.dateTime($0.at), actor: $0.actor, action: Strings.reportActionLabel($0.action), comment: $0.comment)
            },
            docxHref: "/reports/\(id.uuidString)/docx", xlsxHref: "/reports/\(id.uuidString)/xlsx",
            requestHref: account.role.may(.manageReportRequests) ? "/report-requests/\(asked.id.uuidString)"
                : "/units/\(commune.code)/report-requests",
            error: error?.message,
            receivedHref: report.source == .received ? report.receivedID.map { "/received/\($0.uuidString)" } : nil,
            receivedFigures: report.source == .received ? Self.receivedFigures(report.figures) : [],
            fromData: report.source != .received)
        return try services.render("report", model, layout: services.layout(model.title, context: context, unit: commune, flash: flash),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }

    /// The figures of a report entered from a received document, in the consolidation's order.
    static func receivedFigures(_ figures: ReportFigures) -> [ReceivedFigure] {
        let keys = ReceivedFigureKeys.all.filter { figures.values[$0] != nil }
            + figures.values.keys.filter { !ReceivedFigureKeys.all.contains($0) }.sorted()
        return keys.compactMap { key in
            figures.values[key].map { value in
                ReceivedFigure(label: Strings.receivedFigureLabel(key),
                               value: FigureNumber.text(value) + (ReceivedFigureKeys.isShare(key) ? "%" : ""))
            }
        }
    }
}

import Foundation
import HocVuSoCore
import HocVuSoStore

/// Drafts a commune's report for a request (figures from the data, paragraphs written from them) and refreshes a
/// draft's figures; both leave the officer's edited paragraphs alone.
struct ReportDrafting {
    let services: AppServices

    func composer(_ request: ReportRequest?, commune: AdminUnit, from: CivilDate, to: CivilDate) -> ReportComposer {
        ReportComposer(communeName: commune.name, communeType: commune.type, request: request, periodFrom: from, periodTo: to)
    }

    /// A report not yet stored: for a request, or (command line) for any period.
    func draft(request: ReportRequest?, commune: AdminUnit, from: CivilDate, to: CivilDate) async throws -> CommuneReport {
        let figures = try await ReportFiguresBuilder(services: services).figures(commune: commune, from: from, to: to)
        let paragraphs = composer(request, commune: commune, from: from, to: to).paragraphs(figures)
        let issuerShort = request.map { Self.shortIssuer($0.issuer) } ?? ""
        return CommuneReport(id: UUID(), requestID: request?.id ?? UUID(), communeCode: commune.code, status: .draft,
                             figures: figures, paragraphs: paragraphs, signature: Strings.reportDefaultSignature, signerName: "",
                             recipients: Strings.reportDefaultRecipients(issuerShort: issuerShort.isEmpty ? "Như trên" : issuerShort))
    }

    func start(request: ReportRequest, commune: AdminUnit, actor: AccessActor) async throws -> CommuneReport {
        let report = try await draft(request: request, commune: commune, from: request.periodFrom, to: request.periodTo)
        try await services.store.reports.createDraft(report, provinceCode: commune.provinceCode, actor: actor)
        return report
    }

    func refresh(_ report: CommuneReport, request: ReportRequest, commune: AdminUnit, actor: AccessActor) async throws {
        let figures = try await ReportFiguresBuilder(services: services).figures(commune: commune, from: request.periodFrom,
                                                                                 to: request.periodTo)
        let paragraphs = composer(request, commune: commune, from: request.periodFrom, to: request.periodTo)
            .refreshed(report.paragraphs, figures: figures)
        try await services.store.reports.refresh(report.id, figures: figures, paragraphs: paragraphs, actor: actor)
    }

    /// "Sở Khoa học và Công nghệ thành phố Hải Phòng" → "Sở Khoa học và Công nghệ" for the recipients' list.
    static func shortIssuer(_ issuer: String) -> String {
        for marker in [" thành phố ", " tỉnh "] {
            if let range = issuer.range(of: marker) { return String(issuer[..<range.lowerBound]) }
        }
        return issuer
    }
}

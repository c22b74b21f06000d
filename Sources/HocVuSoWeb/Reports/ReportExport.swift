import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore

/// Report files for the command line and the benchmarks: a commune's report for any period (without a request),
/// and a request's consolidation.
public struct ReportExport: Sendable {
    let services: AppServices

    public init(services: AppServices) {
        self.services = services
    }

    /// The commune's report for the period as a DOCX, drafted from the data (no request, no number yet).
    public func communeDocx(communeCode: String, from: CivilDate, to: CivilDate) async throws -> Data {
        guard let commune = services.store.directory[communeCode], commune.level == .commune else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.unitNotFound(communeCode))
        }
        guard from <= to else {
            throw DomainError(.invalid, code: "report.period", message: Strings.requestPeriodReversed)
        }
        let report = try await ReportDrafting(services: services).draft(request: nil, commune: commune, from: from, to: to)
        return try ReportDocx.make(ReportSheetBuilder(services: services).sheet(report, commune: commune))
    }

    /// A request's consolidation as DOCX and XLSX.
    public func consolidation(request id: UUID) async throws -> (docx: Data, xlsx: Data) {
        let asked = try await services.store.reports.request(id)
        let consolidation = Consolidation(services: services)
        let rows = try await consolidation.rows(asked)
        return (try ReportDocx.make(consolidation.sheet(asked, rows: rows)), try consolidation.workbook(asked, rows: rows))
    }
}

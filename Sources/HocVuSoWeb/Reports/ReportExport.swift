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

extension ReportExport {
    /// Every commune of a request that has not yet sent a report drafts, submits, approves and sends one (the
    /// benchmark's province consolidation and the demo use it). Returns how many reports were sent.
    @discardableResult
    public func sendMissingReports(request id: UUID, signer: String, actor: AccessActor,
                                   only communes: Set<String>? = nil) async throws -> Int {
        let asked = try await services.store.reports.request(id)
        let drafting = ReportDrafting(services: services)
        var sent = 0
        for code in asked.communes where communes?.contains(code) ?? true {
            guard let commune = services.store.directory[code],
                  try await services.store.reports.report(request: id, commune: code) == nil else { continue }
            let report = try await drafting.start(request: asked, commune: commune, actor: actor)
            try await services.store.reports.submit(report.id, actor: actor)
            try await services.store.reports.approve(report.id, signerName: signer, actor: actor) { commune, province, date, sql in
                try await DocumentStore.registerIssued(unitCode: commune, provinceCode: province, type: .bc, on: date,
                                                       summary: Strings.reportRegisterSummary, signer: signer,
                                                       symbol: DocumentType.bc.defaultSymbol(), by: actor.username, sql).numberText
            }
            try await services.store.reports.send(report.id, actor: actor)
            sent += 1
        }
        return sent
    }

    /// The demo's report request: Sở KH&CN Hải Phòng's Công văn 1885/SKHCN-TTTT (from the seed report) to the three
    /// Hải Phòng seed communes; Chí Minh has sent its report, Thượng Hồng has a draft, Phú Thái has not started.
    public func loadDemo() async throws {
        let store = services.store
        guard store.directory["31"] != nil, store.directory["11131"] != nil,
              try await store.reports.requests(provinceCode: "31").allSatisfy({ $0.documentNumber != DemoReport.number }) else { return }
        let today = CivilDate(services.clock.now())
        let date = min(today, CivilDate(year: 2026, month: 5, day: 15)!)
        let actor = AccessActor.commandLine("demo")
        let communes = ["11131", "10993", "10750"].filter { store.directory[$0] != nil }
        let request = ReportRequest(id: UUID(), provinceCode: "31", documentNumber: DemoReport.number, documentDate: date,
                                    issuer: Strings.demoRequestIssuer, subject: Strings.requestDefaultSubject,
                                    periodFrom: CivilDate(year: date.year, month: 1, day: 1)!, periodTo: date,
                                    deadline: max(today, date.adding(days: 10)), communes: communes, createdBy: "demo")
        try await store.reports.createRequest(request, directory: store.directory)
        try await sendMissingReports(request: request.id, signer: Strings.demoSigner, actor: actor, only: ["11131"])
        if let thuongHong = store.directory["10993"] {
            _ = try await ReportDrafting(services: services).start(request: request, commune: thuongHong, actor: actor)
        }
    }
}

enum DemoReport {
    static let number = "1885/SKHCN-TTTT"
}

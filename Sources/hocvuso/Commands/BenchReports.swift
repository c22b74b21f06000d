import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb

/// The commune report DOCX (drafted from the data each time) and a province consolidation over every commune's sent
/// report, on the current store (`hocvuso demo --scale province` for Hải Phòng's 114 communes).
struct BenchReports: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reports",
                                                    abstract: "Commune report DOCX and province consolidation times.")
    @OptionGroup var store: StoreOptions
    @Option(help: "The province to consolidate.") var province = "31"
    @Option(help: "The commune whose report is written.") var commune = "11131"
    @Option(help: "Runs of each measurement.") var runs = 20
    @Option(help: "Write the figures as JSON to this file.") var json: String?

    static let benchNumber = "BENCH/SKHCN-TTTT"

    func run() async throws {
        let opened = try await store.open(commandLogger())
        do {
            try await measure(opened)
            await opened.close()
        } catch {
            await opened.close()
            throw error
        }
    }

    func measure(_ store: Store) async throws {
        let services = AppServices(store: store, configuration: AppConfiguration(database: .dataDirectory(".")),
                                   templates: try await Templates.load())
        let export = ReportExport(services: services)
        let today = CivilDate(Date())
        let from = CivilDate(year: today.year, month: 1, day: 1)!
        var docx: [Double] = []
        var size = 0
        for _ in 0..<runs {
            let started = Date()
            size = try await export.communeDocx(communeCode: commune, from: from, to: today).count
            docx.append(Date().timeIntervalSince(started) * 1000)
        }
        print("commune report \(commune): \(size / 1024) KB DOCX")
        let communes = store.directory.children(of: province).filter { $0.level == .commune && $0.status == .active }.map(\.code)
        var request = try await store.reports.requests(provinceCode: province).first { $0.documentNumber == Self.benchNumber }
        if request == nil {
            let made = ReportRequest(id: UUID(), provinceCode: province, documentNumber: Self.benchNumber, documentDate: today,
                                     issuer: Strings.departmentName, subject: Strings.requestDefaultSubject, periodFrom: from,
                                     periodTo: today, deadline: today.adding(days: 7), communes: communes, createdBy: "bench")
            try await store.reports.createRequest(made, directory: store.directory)
            request = made
        }
        guard let request else { return }
        let setup = Date()
        let sent = try await export.sendMissingReports(request: request.id, signer: "Bench", actor: .commandLine("bench"))
        print("\(communes.count) communes: \(sent) reports drafted, approved and sent in \(String(format: "%.1f", Date().timeIntervalSince(setup))) s (setup, not measured)")
        var consolidation: [Double] = []
        for _ in 0..<max(3, runs / 4) {
            let started = Date()
            _ = try await export.consolidation(request: request.id)
            consolidation.append(Date().timeIntervalSince(started) * 1000)
        }
        func p(_ values: [Double], _ q: Double) -> Double {
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * q + 0.5))]
        }
        try report([
            BenchFigure(name: "commune report DOCX p50", value: p(docx, 0.5), unit: "ms"),
            BenchFigure(name: "commune report DOCX p95", value: p(docx, 0.95), unit: "ms", baseline: 200, baselineName: "goal"),
            BenchFigure(name: "consolidation (\(communes.count) communes) p50", value: p(consolidation, 0.5), unit: "ms"),
            BenchFigure(name: "consolidation (\(communes.count) communes) p95", value: p(consolidation, 0.95), unit: "ms",
                        baseline: 2000, baselineName: "goal"),
        ], json: json)
    }
}

import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore
import HocVuSoWeb

/// `hocvuso bench …`: measurements with their baselines, printed as a table and optionally written as JSON.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Measure performance against plain baselines.",
                                                    subcommands: [BenchImport.self, BenchSearch.self, BenchSessions.self, BenchDashboard.self, BenchLearning.self, BenchReports.self, BenchLoad.self, BenchReading.self, BenchAll.self])
}

/// One measured figure and the baseline measured in the same run.
struct BenchFigure: Codable {
    var name: String
    var value: Double
    var unit: String
    var baseline: Double?
    var baselineName: String?

    var ratio: Double? { baseline.map { value / max($0, 1e-9) } }
}

func report(_ figures: [BenchFigure], json: String?) throws {
    print(String(repeating: "-", count: 92))
    for figure in figures {
        let base = figure.baseline.map { String(format: "%10.3f %@ (%@)", $0, figure.unit, figure.baselineName ?? "") } ?? ""
        let ratio = figure.ratio.map { String(format: "  ratio %.2f×", $0) } ?? ""
        print(String(format: "%-34@ %10.3f %@  ", figure.name, figure.value, figure.unit) + base + ratio)
    }
    if let json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(figures).write(to: URL(fileURLWithPath: json))
    }
}

import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore

/// Resident search latency on the current store (run it after `hocvuso demo --scale province`).
struct BenchSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "search", abstract: "Resident search latency (p50, p95, p99).")
    @OptionGroup var store: StoreOptions
    @Option(help: "The unit whose subtree is searched (a province searches every commune).") var unit = "31"
    @Option(help: "Searches to run.") var queries = 200
    @Option(help: "Write the figures as JSON to this file.") var json: String?

    static let terms = ["nguyen van duc", "tran thi", "hoa", "le minh", "pham thi huong", "dang", "bui van nam",
                        "ngoc anh", "thu trang", "vu quang", "hoang", "do thi lan", "031", "tuan", "mai"]

    func run() async throws {
        let opened = try await store.open(commandLogger())
        let directory = opened.directory
        guard directory[unit] != nil else { throw ValidationError(Strings.unitNotFound(unit)) }
        let actor = AccessActor.commandLine("bench")
        var firstPage: [Double] = []
        var deepPage: [Double] = []
        for i in 0..<queries {
            let term = Self.terms[i % Self.terms.count]
            let started = Date()
            let page = try await opened.residents.list(ResidentQuery(unitCode: unit, text: term), directory: directory, actor: actor)
            firstPage.append(Date().timeIntervalSince(started) * 1000)
            if i % 4 == 0, page.pageCount > 3 {
                let deep = Date()
                _ = try await opened.residents.list(ResidentQuery(unitCode: unit, text: term, page: 3), directory: directory, actor: actor)
                deepPage.append(Date().timeIntervalSince(deep) * 1000)
            }
        }
        var browse: [Double] = []
        for page in 1...20 {
            let started = Date()
            _ = try await opened.residents.list(ResidentQuery(unitCode: unit, page: page), directory: directory, actor: actor)
            browse.append(Date().timeIntervalSince(started) * 1000)
        }
        await opened.close()
        func percentile(_ values: [Double], _ p: Double) -> Double {
            guard !values.isEmpty else { return 0 }
            let sorted = values.sorted()
            return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
        }
        try report([
            BenchFigure(name: "search \(unit) p50", value: percentile(firstPage, 0.5), unit: "ms"),
            BenchFigure(name: "search \(unit) p95", value: percentile(firstPage, 0.95), unit: "ms"),
            BenchFigure(name: "search \(unit) p99", value: percentile(firstPage, 0.99), unit: "ms"),
            BenchFigure(name: "search page 3 p95", value: percentile(deepPage, 0.95), unit: "ms"),
            BenchFigure(name: "browse (no search) p95", value: percentile(browse, 0.95), unit: "ms"),
        ], json: json)
    }
}

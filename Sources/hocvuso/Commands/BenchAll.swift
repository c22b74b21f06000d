import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore

/// `hocvuso bench all`: every figure of the scale issue on the current store (SQLite or PostgreSQL), each with its
/// baseline from the same run, as one table and one JSON file. Each part runs as a child process of this binary, so
/// memory figures are the part's own: generation of province communes into a scratch store, a 1 M-row residents
/// import into a scratch store (against `sqlite3 .import` or `psql \copy`), the dashboards (and the server's memory
/// with the province loaded), support-session writes with 32 and 64 connections, the commune report and the
/// province consolidation.
struct BenchAll: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "all", abstract: "Every scale figure with its baseline.")
    @OptionGroup var store: StoreOptions
    @Option(help: "Communes of Hải Phòng generated to measure generation.") var generateCommunes = 10
    @Option(help: "Rows of the residents import.") var importRows = 1_000_000
    @Option(help: "Seconds of session-write load per connection count.") var duration = 20
    @Option(help: "Write all figures as JSON to this file.") var json: String?

    struct Part: Codable {
        var name: String
        var figures: [BenchFigure]
    }

    struct Run: Codable {
        var engine: String
        var parts: [Part]
    }

    func run() async throws {
        let engine = store.database == nil ? "sqlite" : "postgresql"
        print("hocvuso bench all on \(engine)")
        let scratch = try await ScratchStores(store)
        defer { scratch.dropAll() }
        var parts: [Part] = []
        // Generation (rows/s, peak memory) into a scratch store.
        let generation = try Self.child(["demo", "--scale", "province", "--communes", String(generateCommunes)] + scratch.arguments(0))
        parts.append(Part(name: "generation", figures: Self.generationFigures(generation)))
        parts.append(Part(name: "import", figures: try Self.childFigures(["bench", "import", "--rows", String(importRows)]
                                                                           + scratch.importArguments(1))))
        let current = store.database.map { ["--database", $0] } ?? ["--data", store.data ?? "./hocvuso-data"]
        parts.append(Part(name: "dashboard", figures: try Self.childFigures(["bench", "dashboard"] + current)))
        for clients in [32, 64] {
            parts.append(Part(name: "sessions \(clients)", figures: try Self.childFigures(
                ["bench", "sessions", "--clients", String(clients), "--duration", String(duration)] + current)))
        }
        parts.append(Part(name: "reports", figures: try Self.childFigures(["bench", "reports"] + current)))
        print(String(repeating: "=", count: 92))
        for part in parts {
            print("[\(part.name)]")
            try report(part.figures, json: nil)
        }
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(Run(engine: engine, parts: parts)).write(to: URL(fileURLWithPath: json))
        }
    }

    /// "generated 123 residents … (4800 residents/s)" and "peak memory: 209 MB" from the demo command's output.
    static func generationFigures(_ output: String) -> [BenchFigure] {
        let lines = output.split(separator: "\n")
        var figures: [BenchFigure] = []
        if let line = lines.last(where: { $0.hasPrefix("generated ") }),
           let open = line.lastIndex(of: "("), let rate = Double(line[line.index(after: open)...].prefix { $0.isNumber }) {
            figures.append(BenchFigure(name: "generation rate", value: rate, unit: "residents/s"))
        }
        if let line = lines.last(where: { $0.hasPrefix("peak memory: ") }),
           let peak = Double(line.dropFirst("peak memory: ".count).prefix { $0.isNumber }) {
            figures.append(BenchFigure(name: "generation peak memory", value: peak, unit: "MB"))
        }
        return figures
    }

    /// Runs a part that writes its figures as JSON; returns them.
    static func childFigures(_ arguments: [String]) throws -> [BenchFigure] {
        let file = NSTemporaryDirectory() + "hocvuso-bench-part-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try child(arguments + ["--json", file])
        return try JSONDecoder().decode([BenchFigure].self, from: Data(contentsOf: URL(fileURLWithPath: file)))
    }

    /// Runs this binary with `arguments`, echoing and returning its output; a failure stops the benchmark.
    @discardableResult
    static func child(_ arguments: [String]) throws -> String {
        print("$ hocvuso \(arguments.joined(separator: " "))")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var output = Data()
        while true {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            FileHandle.standardOutput.write(chunk)
            output.append(chunk)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("hocvuso \(arguments.first ?? "") \(arguments.dropFirst().first ?? "") failed (exit \(process.terminationStatus))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// Empty stores for the parts that need one: temporary folders for SQLite; for PostgreSQL, databases created on the
/// same server as the store under test and dropped at the end.
final class ScratchStores: @unchecked Sendable {
    let options: StoreOptions
    private var folders: [String] = []
    private var databases: [String] = []
    private let base: String?

    init(_ options: StoreOptions) async throws {
        self.options = options
        base = options.database
        for index in 0..<2 {
            if let base {
                let name = "hocvuso_bench_\(index)_\(UUID().uuidString.prefix(8).lowercased())"
                try Self.psql(base, "CREATE DATABASE \(name)")
                databases.append(Self.replacingDatabase(in: base, with: name))
            } else {
                folders.append(NSTemporaryDirectory() + "hocvuso-bench-scratch-\(index)-\(UUID().uuidString)")
            }
        }
    }

    func arguments(_ index: Int) -> [String] {
        base == nil ? ["--data", folders[index]] : ["--database", databases[index]]
    }

    /// The import bench makes its own temporary SQLite store; on PostgreSQL it is given a scratch database.
    func importArguments(_ index: Int) -> [String] {
        base == nil ? [] : ["--database", databases[index]]
    }

    func dropAll() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        if let base {
            for url in databases {
                try? Self.psql(base, "DROP DATABASE IF EXISTS \(URL(string: url)?.lastPathComponent ?? "")")
            }
        }
    }

    static func replacingDatabase(in url: String, with name: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.path = "/" + name
        return components.string ?? url
    }

    static func psql(_ url: String, _ statement: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-q", "-c", statement]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("psql failed: \(statement)") }
    }
}

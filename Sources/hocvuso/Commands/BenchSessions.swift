import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import Logging

/// `hocvuso bench sessions`: recording sessions online through HTTP, as phones do. Starts the server on a fresh
/// store holding the Chí Minh demo commune, then drives `POST /api/v1/sessions/batch` with wrk (one session per
/// request, a new UUID each, 85% for a registered resident) from `--clients` connections, and reports requests/s,
/// latency percentiles, the rows actually stored (durable writes/s) and how many sessions each commit carried.
struct BenchSessions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sessions", abstract: "Recording sessions online through HTTP.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Concurrent connections.") var clients = 32
    @Option(help: "Seconds of load.") var duration = 20
    @Option(help: "Port for the server under test.") var port = 18_480
    @Option(help: "Write the figures as JSON to this file.") var json: String?

    func run() async throws {
        guard let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ValidationError("wrk is not installed (apt-get install -y wrk)")
        }
        var logger = commandLogger("bench")
        logger.logLevel = .warning
        let location: DatabaseLocation = store.data == nil && store.database == nil
            ? .dataDirectory(NSTemporaryDirectory() + "hocvuso-bench-sessions-\(UUID().uuidString)") : try store.location()
        let opened = try await Store.open(location, logger: logger)
        let target = try await BenchSessionTarget.prepare(opened)
        var configuration = AppConfiguration(database: location)
        configuration.port = port
        let app = try await buildApplication(configuration, store: opened, logger: logger)
        let server = Task { try await app.runService() }
        defer { server.cancel() }
        try await Self.waitForHealth(port: port)
        let token = try await target.token(opened, configuration: configuration)
        let script = NSTemporaryDirectory() + "hocvuso-bench-\(UUID().uuidString).lua"
        try target.wrkScript(token: token).write(toFile: script, atomically: true, encoding: .utf8)
        let before = try await target.storedCount(opened)
        let commitsBefore = await opened.sessions.recorder.commits
        print("engine \(opened.database.engine.rawValue), \(clients) connections, \(duration) s, one session per request")
        let output = try runProcess(wrk, ["-t2", "-c\(clients)", "-d\(duration)s", "--latency", "-s", script,
                                          "http://127.0.0.1:\(port)/api/v1/sessions/batch"])
        print(output)
        let stored = try await target.storedCount(opened) - before
        let commits = await opened.sessions.recorder.commits - commitsBefore
        let parsed = WrkReport(output)
        let figures = [
            BenchFigure(name: "requests/s (wrk)", value: parsed.requestsPerSecond, unit: "req/s"),
            BenchFigure(name: "durable writes/s (rows stored)", value: Double(stored) / Double(duration), unit: "rows/s"),
            BenchFigure(name: "latency p50", value: parsed.percentile("50%"), unit: "ms"),
            BenchFigure(name: "latency p99", value: parsed.percentile("99%"), unit: "ms"),
            BenchFigure(name: "non-2xx responses", value: Double(parsed.errors), unit: "responses"),
            BenchFigure(name: "sessions per commit", value: Double(stored) / Double(max(commits, 1)), unit: "rows"),
        ]
        try report(figures, json: json)
        let check = try await opened.rollups.verify()
        print(check.isEmpty ? "rollups verify: OK" : "rollups verify: \(check.count) differences")
        try? FileManager.default.removeItem(atPath: script)
        server.cancel()
        _ = await server.result
        await opened.close()
    }

    static func waitForHealth(port: Int) async throws {
        for _ in 0..<200 {
            if (try? runProcess("/usr/bin/curl", ["-fsS", "http://127.0.0.1:\(port)/health"])) != nil { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ValidationError("the server did not answer /health on port \(port)")
    }
}

/// Runs a program to completion (feeding it `input`) and returns what it printed; a non-zero exit is an error.
func runProcess(_ path: String, _ arguments: [String], input: String? = nil) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    let stdin = Pipe()
    if input != nil { process.standardInput = stdin }
    try process.run()
    if let input {
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
    }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw ValidationError("\(path) exited with \(process.terminationStatus)") }
    return String(decoding: data, as: UTF8.self)
}

/// The figures wrk prints.
struct WrkReport {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var requestsPerSecond: Double {
        line(starting: "Requests/sec:").flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0
    }

    var errors: Int {
        line(starting: "Non-2xx or 3xx responses:").flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
    }

    /// A latency percentile ("99%") in milliseconds.
    func percentile(_ label: String) -> Double {
        guard let value = line(starting: label)?.split(separator: " ").last else { return 0 }
        let number = Double(value.prefix { $0.isNumber || $0 == "." }) ?? 0
        if value.hasSuffix("us") { return number / 1000 }
        if value.hasSuffix("ms") { return number }
        if value.hasSuffix("s") { return number * 1000 }
        return number
    }

    private func line(starting prefix: String) -> String? {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix(prefix) }
    }
}

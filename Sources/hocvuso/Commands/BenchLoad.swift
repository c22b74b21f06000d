import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import Logging
import ServiceLifecycle

/// `hocvuso bench load`: mixed reads and writes through HTTP against a server on a store holding the Chí Minh demo
/// commune. Two wrk runs share the connections at once: readers (dashboard, resident list, a resident search, the
/// unit and indicator API) and writers (one support session per request). Each kind reports requests/s, errors
/// and p50/p95/p99; the command fails when any request errored or answered with a status outside 2xx/3xx.
struct BenchLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "load", abstract: "Mixed reads and writes through HTTP.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Concurrent connections in all.") var connections = 64
    @Option(help: "Seconds of load.") var duration = 60
    @Option(help: "Share of connections that write (0–1).") var writeShare = 0.3
    @Option(help: "Port for the server under test.") var port = 18_481
    @Option(help: "Write the figures as JSON to this file.") var json: String?

    func run() async throws {
        guard let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ValidationError("wrk is not installed (apt-get install -y wrk)")
        }
        let writers = max(1, Int((Double(connections) * writeShare).rounded()))
        let readers = connections - writers
        guard readers >= 1 else { throw ValidationError("--connections must leave at least one reader") }
        var logger = commandLogger("bench")
        logger.logLevel = .warning
        let location: DatabaseLocation = store.data == nil && store.database == nil
            ? .dataDirectory(NSTemporaryDirectory() + "hocvuso-bench-load-\(UUID().uuidString)") : try store.location()
        let opened = try await Store.open(location, logger: logger)
        let target = try await BenchSessionTarget.prepare(opened)
        var configuration = AppConfiguration(database: location)
        configuration.port = port
        let app = try await buildApplication(configuration, store: opened, logger: logger)
        // Stopped gracefully at the end: cancelling the server task with connections still queued crashes in NIO.
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        let server = Task { try await group.run() }
        do {
            try await BenchSessions.waitForHealth(port: port)
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
        let token = try await target.token(opened, configuration: configuration)
        let readerToken = try await Self.reader(opened, village: target.village, configuration: configuration)
        let base = "http://127.0.0.1:\(port)"
        let folder = NSTemporaryDirectory() + "hocvuso-bench-load-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let readScript = folder + "/read.lua", writeScript = folder + "/write.lua"
        try LoadScripts.reads(token: readerToken, village: target.village, residents: target.residents)
            .write(toFile: readScript, atomically: true, encoding: .utf8)
        try (target.wrkScript(token: token) + LoadScripts.summary).write(toFile: writeScript, atomically: true, encoding: .utf8)
        print("engine \(opened.database.engine.rawValue), \(connections) connections (\(readers) reading, \(writers) writing), \(duration) s")
        async let readRun = Self.wrk(wrk, connections: readers, duration: duration, script: readScript, url: base + "/")
        async let writeRun = Self.wrk(wrk, connections: writers, duration: duration, script: writeScript,
                                      url: base + "/api/v1/sessions/batch")
        let (reads, writes) = try await (readRun, writeRun)
        var figures: [BenchFigure] = []
        for (kind, result) in [("read", reads), ("write", writes)] {
            figures += [
                BenchFigure(name: "\(kind) requests/s", value: result.requestsPerSecond, unit: "req/s"),
                BenchFigure(name: "\(kind) latency p50", value: result.p50, unit: "ms"),
                BenchFigure(name: "\(kind) latency p95", value: result.p95, unit: "ms"),
                BenchFigure(name: "\(kind) latency p99", value: result.p99, unit: "ms"),
                BenchFigure(name: "\(kind) errors", value: Double(result.errors), unit: "requests"),
            ]
        }
        figures.append(BenchFigure(name: "total requests/s", value: reads.requestsPerSecond + writes.requestsPerSecond, unit: "req/s"))
        try report(figures, json: json)
        try? FileManager.default.removeItem(atPath: folder)
        await group.triggerGracefulShutdown()
        _ = await server.result
        await opened.close()
        let errors = reads.errors + writes.errors
        if errors > 0 { throw ValidationError("\(errors) requests failed under load") }
    }

    /// A commune officer of the village's commune (created each run), logged in through the real session service.
    static func reader(_ store: Store, village: String, configuration: AppConfiguration) async throws -> String {
        guard let commune = store.directory[village]?.parentCode else { throw BenchError.noVillage }
        let services = AppServices(store: store, configuration: configuration, templates: try await Templates.load())
        let username = "bench.canbo." + SessionService.randomToken().prefix(6).lowercased()
        let password = "bench-" + SessionService.randomToken().prefix(16)
        try await store.accounts.create(Account(id: UUID(), username: username, displayName: "Cán bộ xã (đo hiệu năng)",
                                                role: .communeOfficer, unitCode: commune),
                                        passwordHash: try await services.passwords.hash(password), now: Date())
        return try await services.sessions.login(username: username, password: password, kind: "api", client: "bench",
                                                 lifetime: 3600).token
    }

    static func wrk(_ wrk: String, connections: Int, duration: Int, script: String, url: String) async throws -> LoadResult {
        let threads = max(1, min(2, connections))
        let arguments = ["-t\(threads)", "-c\(connections)", "-d\(duration)s", "--timeout", "10s", "-s", script, url]
        // On a thread of its own: waiting for wrk on the concurrency pool would starve the server under test.
        let output = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<String, any Error>) in
            Thread.detachNewThread {
                do {
                    continuation.resume(returning: try runProcess(wrk, arguments))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
        return LoadResult(output)
    }
}

/// What the `done` hook of a load script prints: `LOAD requests errors rps p50 p95 p99` (milliseconds).
struct LoadResult {
    var requests = 0
    var errors = 0
    var requestsPerSecond = 0.0
    var p50 = 0.0, p95 = 0.0, p99 = 0.0

    init(_ output: String) {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("LOAD ") }) else {
            errors = 1
            return
        }
        let fields = line.split(separator: " ").dropFirst().map { Double($0) ?? 0 }
        guard fields.count == 6 else { errors = 1; return }
        requests = Int(fields[0]); errors = Int(fields[1]); requestsPerSecond = fields[2]
        p50 = fields[3]; p95 = fields[4]; p99 = fields[5]
    }
}

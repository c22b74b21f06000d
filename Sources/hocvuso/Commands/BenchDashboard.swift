import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Logging

/// `hocvuso bench dashboard`: the province and commune dashboards on a store (the province demo), served over HTTP
/// one request at a time (wrk, one connection), against the same indicator computed by a plain aggregate query over
/// the raw tables in the `sqlite3` CLI. Also checks that a session recorded now shows in the very next request.
struct BenchDashboard: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dashboard", abstract: "Dashboards against plain SQL over the raw rows.")

    @OptionGroup var store: StoreOptions
    @Option(help: "Province to measure.") var province = "31"
    @Option(help: "Commune to measure.") var commune = "11131"
    @Option(help: "Seconds per measured URL.") var duration = 10
    @Option(help: "Port for the server under test.") var port = 18_481
    @Option(help: "Write the figures as JSON to this file.") var json: String?

    func run() async throws {
        guard let wrk = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw ValidationError("wrk is not installed (apt-get install -y wrk)")
        }
        var logger = commandLogger("bench")
        logger.logLevel = .warning
        let location = try store.location()
        let opened = try await Store.open(location, logger: logger)
        var configuration = AppConfiguration(database: location)
        configuration.port = port
        let app = try await buildApplication(configuration, store: opened, logger: logger)
        let server = Task { try await app.runService() }
        defer { server.cancel() }
        try await BenchSessions.waitForHealth(port: port)
        let token = try await BenchLogin.adminToken(opened, configuration: configuration)
        let year = CivilDate(Date()).year
        let script = NSTemporaryDirectory() + "hocvuso-bench-dashboard-\(UUID().uuidString).lua"
        try BenchLogin.wrkScript(token: token).write(toFile: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: script) }
        var figures: [BenchFigure] = []
        let sqlite = location.sqlitePath
        for (name, path, baseline) in [
            ("province dashboard \(province)", "/units/\(province)/dashboard?year=\(year)", BaselineSQL.province(province, year: year)),
            ("province indicators API", "/api/v1/units/\(province)/indicators?year=\(year)&level=children", BaselineSQL.province(province, year: year)),
            ("commune dashboard \(commune)", "/units/\(commune)/dashboard?year=\(year)", BaselineSQL.commune(commune, year: year)),
            ("commune indicators API", "/api/v1/units/\(commune)/indicators?year=\(year)&level=children", BaselineSQL.commune(commune, year: year)),
        ] {
            let output = try runProcess(wrk, ["-t1", "-c1", "-d\(duration)s", "-s", script, "http://127.0.0.1:\(port)\(path)"])
            let report = WrkReport(output)
            guard report.errors == 0 else { print(output); throw ValidationError("\(path) answered with errors") }
            let p95 = report.percentile("p95")
            let sql = try sqlite.map { try BaselineSQL.time(baseline, database: $0) }
                ?? store.database.map { try BaselineSQL.timePostgres(baseline, url: $0) }
            let tool = sqlite == nil ? "psql" : "sqlite3"
            print("\(name): p50 \(report.percentile("p50")) ms, p95 \(p95) ms" + (sql.map { String(format: "; \(tool) aggregate %.1f ms", $0) } ?? ""))
            figures.append(BenchFigure(name: "\(name) p95", value: p95, unit: "ms", baseline: sql,
                                       baselineName: sql == nil ? nil : "\(tool) aggregate over raw rows"))
        }
        figures.append(BenchFigure(name: "new session visible next request", value: try await BenchLogin.liveCheck(port: port, token: token,
                                                                                                              commune: commune, store: opened) ? 1 : 0,
                                   unit: "yes=1"))
        figures.append(BenchFigure(name: "server resident memory (VmRSS)", value: Double(PeakMemory.residentMegabytes()), unit: "MB",
                                   baseline: 150, baselineName: "goal"))
        try report(figures, json: json)
        server.cancel()
        _ = await server.result
        await opened.close()
    }
}

import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the web server.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080
    @Flag(help: "Load the demo communes and accounts on first start.") var demo = false
    @Option(name: .customLong("demo-password"), help: "Password of every demo account (random and printed if not given).")
    var demoPassword: String?
    @Flag(name: .customLong("insecure-cookies"), help: "Send cookies without the Secure attribute (plain http on a LAN).")
    var insecureCookies = false
    @Flag(help: "Send Strict-Transport-Security (only when the public address is HTTPS, e.g. behind a TLS proxy).")
    var hsts = false
    @Option(name: .customLong("metrics-token"), help: "Bearer token a Prometheus scraper on another host sends to read /metrics.")
    var metricsToken: String?

    func run() async throws {
        var logger = Logger(label: "hocvuso") { KeyValueLogHandler(label: $0) }
        logger.logLevel = .info
        let location = try store.location()
        let opened = try await Store.open(location, logger: logger)
        var configuration = AppConfiguration(database: location)
        configuration.host = host
        configuration.port = port
        configuration.demo = demo
        configuration.secureCookies = !insecureCookies
        configuration.strictTransportSecurity = hsts
        configuration.metricsToken = metricsToken ?? ProcessInfo.processInfo.environment["HOCVUSO_METRICS_TOKEN"]
        let state = DemoLoadState()
        let app = try await buildApplication(configuration, store: opened, demo: state, logger: logger)
        if demo {
            await state.set("loading")
            let password = demoPassword ?? SessionService.randomToken().prefix(12) + "9a"
            Task {
                await DemoLoader(store: opened, logger: logger, state: state).loadIfEmpty(password: String(password),
                                                                                         printPassword: demoPassword == nil)
            }
        }
        logger.info("hocvuso listening", metadata: ["address": "http://\(host):\(port)", "store": "\(location)"])
        try await app.runService()
        await opened.close()
    }
}

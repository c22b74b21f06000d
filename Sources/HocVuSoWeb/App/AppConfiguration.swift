import Foundation
import HocVuSoCore
import HocVuSoStore

/// How the server runs. Built by the CLI from its flags, by tests from a temporary folder.
public struct AppConfiguration: Sendable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    public var database: DatabaseLocation
    /// Load the demo communes and accounts on first start (in the background).
    public var demo: Bool = false
    /// The demo accounts' password; random when nil.
    public var demoPassword: String?
    /// Cookies carry the Secure attribute (browsers still accept them on http://localhost).
    public var secureCookies: Bool = true
    /// bcrypt cost; 12 in production, lower only in tests.
    public var bcryptCost: Int = 12
    public var clock: any WallClock = SystemWallClock()
    /// The longest a browser session lasts, active or not, in seconds (the absolute limit).
    public var sessionLifetime: TimeInterval = 8 * 3600
    /// A browser session ends after this many seconds without a request (the idle limit).
    public var sessionIdleTimeout: TimeInterval = 30 * 60
    /// Send Strict-Transport-Security: only when the public address is HTTPS (a TLS proxy in front of hocvuso);
    /// off by default because the binary itself speaks plain HTTP (demo on http://localhost, LAN installs).
    public var strictTransportSecurity: Bool = false
    /// A token a Prometheus scraper on another host sends as `Authorization: Bearer …` to read /metrics;
    /// without it /metrics answers only direct loopback requests.
    public var metricsToken: String?

    public init(database: DatabaseLocation) {
        self.database = database
    }
}

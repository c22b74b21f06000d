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
    /// How long a browser session lasts without activity, in seconds.
    public var sessionLifetime: TimeInterval = 8 * 3600

    public init(database: DatabaseLocation) {
        self.database = database
    }
}

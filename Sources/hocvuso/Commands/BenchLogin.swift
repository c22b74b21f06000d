import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb

/// Logging the dashboard benchmark in, and checking that a write shows at once.
enum BenchLogin {
    /// An admin account made for the run, logged in through the real session service.
    static func adminToken(_ store: Store, configuration: AppConfiguration) async throws -> String {
        let services = AppServices(store: store, configuration: configuration, templates: try await Templates.load())
        let username = "bench.\(UUID().uuidString.prefix(8).lowercased())"
        let password = "bench-" + SessionService.randomToken().prefix(16)
        try await store.accounts.create(Account(id: UUID(), username: username, displayName: "Đo hiệu năng", role: .admin, unitCode: ""),
                                        passwordHash: try await services.passwords.hash(password), now: Date())
        return try await services.sessions.login(username: username, password: password, kind: "api", client: "bench",
                                                 lifetime: 3600).token
    }

    /// wrk prints p50 and p95 in milliseconds at the end.
    static func wrkScript(token: String) -> String {
        """
        wrk.headers["Authorization"] = "Bearer \(token)"
        done = function(summary, latency, requests)
          io.write(string.format("p50 %.3fms\\n", latency:percentile(50) / 1000))
          io.write(string.format("p95 %.3fms\\n", latency:percentile(95) / 1000))
        end
        """
    }

    /// Posts a session for the commune and reads the indicators right after: true when the count moved by one.
    static func liveCheck(port: Int, token: String, commune: String, store: Store) async throws -> Bool {
        func sessions() throws -> Int {
            let body = try runProcess("/usr/bin/curl", ["-fsS", "-H", "Authorization: Bearer \(token)",
                                                        "http://127.0.0.1:\(port)/api/v1/units/\(commune)/indicators"])
            let json = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
            let items = json?["items"] as? [[String: Any]] ?? []
            return items.first { $0["key"] as? String == "support_sessions" }?["numerator"] as? Int ?? -1
        }
        let before = try sessions()
        let item = #"{"items":[{"id":"\#(UUID().uuidString)","unitCode":"\#(commune)","category":"vneid","at":"\#(Date().addingTimeInterval(-30).formatted(.iso8601))","outcome":"done"}]}"#
        _ = try runProcess("/usr/bin/curl", ["-fsS", "-H", "Authorization: Bearer \(token)", "-H", "Content-Type: application/json",
                                             "-d", item, "http://127.0.0.1:\(port)/api/v1/sessions/batch"])
        return try sessions() == before + 1
    }
}

/// The same indicators computed the plain way: an aggregate over the raw residents and sessions in the sqlite3 CLI.
enum BaselineSQL {
    static func province(_ code: String, year: Int) -> String {
        """
        SELECT commune_code, SUM(skilled), COUNT(*), SUM(CASE WHEN birth_date < '\(year - 17)-01-01' THEN skilled ELSE 0 END),
               SUM(CASE WHEN birth_date < '\(year - 17)-01-01' THEN 1 ELSE 0 END) FROM residents WHERE province_code = '\(code)'
        GROUP BY commune_code;
        SELECT commune_code, COUNT(*) FROM support_sessions WHERE province_code = '\(code)' AND day >= '\(year)-01-01'
        GROUP BY commune_code;
        """
    }

    static func commune(_ code: String, year: Int) -> String {
        """
        SELECT village_code, SUM(skilled), COUNT(*), SUM(CASE WHEN birth_date < '\(year - 17)-01-01' THEN skilled ELSE 0 END),
               SUM(CASE WHEN birth_date < '\(year - 17)-01-01' THEN 1 ELSE 0 END) FROM residents WHERE commune_code = '\(code)'
        GROUP BY village_code;
        SELECT unit_code, COUNT(*) FROM support_sessions WHERE commune_code = '\(code)' AND day >= '\(year)-01-01'
        GROUP BY unit_code;
        """
    }

    /// Milliseconds `psql` reports for the queries (`\\timing`; best of three, warm cache).
    static func timePostgres(_ sql: String, url: String) throws -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let output = try runProcess("/usr/bin/env", ["psql", url, "-q", "-o", "/dev/null"], input: "\\timing on\n" + sql + "\n")
            let total = output.split(separator: "\n").filter { $0.hasPrefix("Time: ") }.compactMap {
                Double($0.dropFirst("Time: ".count).split(separator: " ").first ?? "")
            }.reduce(0, +)
            best = min(best, total)
        }
        return best
    }

    /// Milliseconds the sqlite3 CLI reports for the queries (best of three, warm cache).
    static func time(_ sql: String, database: String) throws -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let output = try runProcess("/usr/bin/sqlite3", [database], input: ".timer on\n" + sql + "\n")
            let total = output.split(separator: "\n").filter { $0.hasPrefix("Run Time: real ") }.compactMap {
                Double($0.dropFirst("Run Time: real ".count).split(separator: " ").first ?? "")
            }.reduce(0, +)
            best = min(best, total * 1000)
        }
        return best
    }
}

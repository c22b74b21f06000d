import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Prometheus metrics on /metrics")
struct MetricsTests {
    @Test("the exposition is valid Prometheus text with requests by route pattern, latency, database health and memory")
    func format() async throws {
        try await WebFixture.with { made in
            let router = try await SecurityTest.router(made) { $0.metricsToken = "tram-giam-sat-2026" }
            let resident = made.homeResident
            try await Application(router: router).test(.router) { client in
                let token = try await client.token("commune-officer")
                for uri in ["/api/v1/units/11131", "/residents/\(resident.uuidString)", "/khong-co"] {
                    _ = try await client.execute(uri: uri, method: .get, headers: [.authorization: "Bearer \(token)"]) { $0.status }
                }
                let response = try await client.execute(uri: "/metrics", method: .get,
                                                        headers: [.authorization: "Bearer tram-giam-sat-2026"]) { $0 }
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("# TYPE hocvuso_http_requests_total counter"))
                #expect(text.contains(#"hocvuso_http_requests_total{method="GET",route="/api/v1/units/{code}",status="200"} 1"#))
                #expect(text.contains(#"route="/residents/{id}""#))
                #expect(text.contains(#"route="unmatched""#))
                #expect(text.contains("# TYPE hocvuso_http_request_duration_seconds histogram"))
                #expect(text.contains(#"hocvuso_http_request_duration_seconds_bucket{method="GET",route="/api/v1/units/{code}",le="+Inf"} 1"#))
                #expect(text.contains(#"hocvuso_database_up{engine="sqlite"} 1"#))
                #expect(text.contains("process_resident_memory_bytes "))
                #expect(!text.contains(resident.uuidString))
                let sample = #"^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? (-?[0-9.]+([eE][-+]?[0-9]+)?|NaN|[+-]Inf)$"#
                for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                    #expect(line.range(of: sample, options: .regularExpression) != nil, "not a Prometheus sample: \(line)")
                }
            }
        }
    }

    @Test("only a loopback request or the configured scraper token may read /metrics")
    func access() async throws {
        try await WebFixture.with { made in
            try await made.application().test(.router) { client in
                // The router test has no remote address (as for a request from elsewhere) and no token is configured.
                #expect(try await SecurityTest.status(client, "/metrics") == .forbidden)
                let token = try await client.token("admin")
                #expect(try await SecurityTest.status(client, "/metrics", headers: [.authorization: "Bearer \(token)"]) == .forbidden)
            }
            let router = try await SecurityTest.router(made) { $0.metricsToken = "tram-giam-sat-2026" }
            try await Application(router: router).test(.router) { client in
                let wrong = try await SecurityTest.status(client, "/metrics", headers: [.authorization: "Bearer sai"])
                let right = try await SecurityTest.status(client, "/metrics", headers: [.authorization: "Bearer tram-giam-sat-2026"])
                #expect(wrong == .forbidden && right == .ok)
            }
            let live = try await SecurityTest.router(made) { _ in }
            try await Application(router: live, configuration: .init(address: .hostname("127.0.0.1", port: 0))).test(.live) { client in
                let local = try await SecurityTest.status(client, "/metrics")
                let relayed = try await SecurityTest.status(client, "/metrics", headers: [HTTPField.Name("X-Forwarded-For")!: "203.0.113.9"])
                #expect(local == .ok && relayed == .forbidden)
            }
        }
    }
}

import Foundation
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The OpenAPI description")
struct OpenAPITests {
    @Test("every JSON route of the router is described, with its method, and nothing described is missing")
    func everyRouteDescribed() async throws {
        try await WebFixture.with { made in
            let routes = made.routeCases.filter { $0.path.hasPrefix("/api/v1/") && $0.path != "/api/v1/openapi.json" }
            #expect(routes.count >= 30, "only \(routes.count) API routes found")
            try await made.application().test(.router) { client in
                let data = try await client.execute(uri: "/api/v1/openapi.json", method: .get) { Data(buffer: $0.body) }
                let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
                let paths = try #require(document["paths"] as? [String: [String: Any]])
                var routed: Set<String> = []
                for route in routes {
                    let method = route.method.rawValue.lowercased()
                    routed.insert("\(method) \(route.path)")
                    #expect(paths[route.path]?[method] != nil, "\(route.method) \(route.path) is not in openapi.json")
                }
                for (path, operations) in paths where path.hasPrefix("/api/v1/") {
                    for method in operations.keys {
                        #expect(routed.contains("\(method) \(path)"), "openapi.json describes \(method) \(path), which no route serves")
                    }
                }
            }
        }
    }
}

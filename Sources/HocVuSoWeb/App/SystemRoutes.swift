import Foundation
import Hummingbird
import HocVuSoCore

/// Health, static assets and the OpenAPI description.
struct SystemRoutes {
    let services: AppServices
    let demo: DemoLoadState

    func register(_ routes: Routes) {
        routes.get("/health", .open) { _, _ in
            try await services.store.database.read { try await $0.raw("SELECT 1 AS ok").run() }
            return JSONResponse(HealthJSON(status: "ok", demo: await demo.status))
        }
        routes.get("/static/{file}", .open) { _, context in
            guard let name = context.parameters.get("file"), let asset = StaticAssets.shared[name] else {
                throw HTTPError(.notFound)
            }
            return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "public, max-age=3600"],
                            body: .init(byteBuffer: ByteBuffer(bytes: asset.data)))
        }
        routes.get("/api/v1/openapi.json", .open) { _, _ in
            guard let asset = StaticAssets.shared["openapi.json"] else { throw HTTPError(.notFound) }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: asset.data)))
        }
    }
}

struct HealthJSON: Encodable, Sendable {
    var status: String
    var demo: String?
}

/// Whether the demo data is still loading (so /health can answer at once while it loads).
public actor DemoLoadState {
    public private(set) var status: String?

    public init() {}

    public func set(_ status: String?) {
        self.status = status
    }
}

/// The files under Resources/static, read once.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        var data: Data
        var contentType: String
    }

    static let shared = StaticAssets()
    let assets: [String: Asset]

    init() {
        var assets: [String: Asset] = [:]
        if let directory = Bundle.module.url(forResource: "static", withExtension: nil, subdirectory: "Resources"),
           let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for name in names {
                guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { continue }
                assets[name] = Asset(data: data, contentType: Self.contentType(name))
            }
        }
        self.assets = assets
    }

    subscript(name: String) -> Asset? { assets[name] }

    static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension {
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json", "webmanifest": return "application/json"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        default: return "application/octet-stream"
        }
    }
}

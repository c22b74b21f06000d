import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `/api/v1/frameworks`: the versions of the skills framework and one version's full content.
struct FrameworkAPI {
    let services: AppServices

    struct VersionJSON: Encodable, Sendable {
        var id: String
        var key: String
        var version: Int
        var title: String
        var status: String
        var current: Bool
        var createdAt: String
        var createdBy: String
        var publishedAt: String?

        init(_ version: FrameworkStore.Version, currentID: UUID?) {
            let iso = ISO8601DateFormatter()
            id = version.id.uuidString
            key = version.key
            self.version = version.version
            title = version.title
            status = version.status.rawValue
            current = version.id == currentID
            createdAt = iso.string(from: version.createdAt)
            createdBy = version.createdBy
            publishedAt = version.publishedAt.map(iso.string(from:))
        }
    }

    struct ListJSON: Encodable, Sendable {
        var items: [VersionJSON]
    }

    struct DetailJSON: Encodable, Sendable {
        var id: String
        var key: String
        var version: Int
        var title: String
        var status: String
        var current: Bool
        var createdAt: String
        var createdBy: String
        var publishedAt: String?
        var content: SkillsFramework

        init(_ version: VersionJSON, content: SkillsFramework) {
            id = version.id
            key = version.key
            self.version = version.version
            title = version.title
            status = version.status
            current = version.current
            createdAt = version.createdAt
            createdBy = version.createdBy
            publishedAt = version.publishedAt
            self.content = content
        }
    }

    func register(_ routes: Routes) {
        routes.get("/api/v1/frameworks", .permission(.readLearning)) { _, _ in
            let current = try? await services.store.frameworks.current()
            let versions = try await services.store.frameworks.versions()
            return JSONResponse(ListJSON(items: versions.map { VersionJSON($0, currentID: current?.id) }))
        }
        routes.get("/api/v1/frameworks/{framework}", .permission(.readLearning)) { _, context in
            let found = try await FrameworkLookup(services: services).version(context)
            let current = try? await services.store.frameworks.current()
            return JSONResponse(DetailJSON(VersionJSON(found.version, currentID: current?.id), content: found.framework))
        }
    }
}

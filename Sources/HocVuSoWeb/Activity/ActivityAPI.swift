import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The JSON API of teams, rosters, sessions, visits, events and categories.
struct ActivityAPI {
    let services: AppServices

    func register(_ routes: Routes) {
        routes.get("/api/v1/auth/session", .signedIn) { _, context in
            let account = try context.account()
            return JSONResponse(SessionAccountJSON(username: account.username, displayName: account.displayName,
                                                   role: account.role.rawValue, unitCode: account.unitCode,
                                                   csrfToken: context.csrfToken))
        }
        routes.post("/api/v1/sessions/batch", .permission(.recordSessions)) { request, context in
            let batch = try await decodeBatch(request)
            let outcomes = try await SessionBatch(services: services).record(batch.items, account: try context.account())
            return JSONResponse(SessionBatch.Response(results: outcomes.map {
                SessionBatch.ResultJSON(id: $0.id, status: $0.status.rawValue, reason: $0.reason)
            }))
        }
        routes.get("/api/v1/units/{code}/sessions", .unit(.readActivity)) { request, context in
            let unit = try context.authorizedUnit()
            let query = try ActivityQuery(request, unit: unit, directory: services.store.directory)
            let page = try await services.store.sessions.list(query, unit: unit)
            let catalog = services.store.catalog
            return JSONResponse(ListJSON(total: page.total, page: page.page, per: page.perPage,
                                         items: page.items.map { SessionJSON($0, catalog: catalog) }))
        }
        routes.get("/api/v1/sessions/{session}", .session(.readActivity)) { _, context in
            guard let text = context.parameters.get("session"), let id = UUID(uuidString: text),
                  let item = try await services.store.sessions.get(id) else {
                throw DomainError(.notFound, code: "session.not-found", message: Strings.sessionNotFound)
            }
            return JSONResponse(SessionJSON(item, catalog: services.store.catalog))
        }
        routes.get("/api/v1/units/{code}/categories", .unit(.readActivity)) { _, context in
            let commune = try ActivityUnits.commune(of: try context.authorizedUnit(), services.store.directory)
            return JSONResponse(ItemsJSON(items: services.store.catalog.all(for: commune.code).map {
                CategoryJSON(key: $0.key, label: $0.label, own: $0.communeCode != nil, active: $0.active)
            }))
        }
        routes.post("/api/v1/units/{code}/categories", .unit(.manageTeams)) { request, context in
            let commune = try ActivityUnits.commune(of: try context.authorizedUnit(), services.store.directory)
            let body = try await decode(CategoryRequest.self, request, context)
            let category = try await services.store.categories.add(label: body.label, commune: commune.code)
            try await services.store.reloadCatalog()
            return JSONResponse(CategoryJSON(key: category.key, label: category.label, own: true, active: true), status: .created)
        }
        RecordPage(services: services).register(routes)
        TeamAPI(services: services).register(routes)
        VisitAPI(services: services).register(routes)
        EventAPI(services: services).register(routes)
    }

    private func decodeBatch(_ request: Request) async throws -> SessionBatch.Request {
        var request = request
        let body = try await request.collectBody(upTo: 2 << 20)
        do {
            return try JSONDecoder().decode(SessionBatch.Request.self, from: Data(buffer: body))
        } catch {
            throw DomainError(.badRequest, code: "batch.malformed", message: Strings.batchMalformed)
        }
    }
}

struct ItemsJSON<Item: Encodable & Sendable>: Encodable, Sendable {
    var items: [Item]
}

struct CategoryRequest: Decodable {
    var label: String
}

/// Which commune a unit route is about.
enum ActivityUnits {
    static func commune(of unit: AdminUnit, _ directory: UnitDirectory) throws -> AdminUnit {
        guard let code = unit.communeCode, let commune = directory[code] else {
            throw DomainError(.invalid, code: "unit.level", message: Strings.communeRequired)
        }
        return commune
    }

    static func village(_ unit: AdminUnit) throws -> AdminUnit {
        guard unit.level == .village else {
            throw DomainError(.invalid, code: "unit.level", message: Strings.notAVillage)
        }
        return unit
    }
}

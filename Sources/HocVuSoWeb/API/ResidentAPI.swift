import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `/api/v1/…/residents`: list (the unit's whole subtree), read, create, update, delete.
struct ResidentAPI {
    let services: AppServices

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}/residents", .unit(.readResidents)) { request, context in
            let unit = try context.authorizedUnit()
            let account = try context.account()
            let query = try ResidentListPage.query(request, unit: unit, directory: services.store.directory)
            let page = try await services.store.residents.list(query, directory: services.store.directory, actor: context.actor())
            let identity = account.role.may(.readResidentIdentity)
            return JSONResponse(ResidentPageJSON(total: page.total, totalCapped: page.totalIsCapped, page: page.page, per: page.perPage,
                                                 items: page.items.map { ResidentJSON($0, showIdentity: identity) }))
        }
        routes.post("/api/v1/units/{code}/residents", .unit(.writeResidents)) { request, context in
            let unit = try context.authorizedUnit()
            let form = try await decode(ResidentForm.self, request, context)
            let resident = try ResidentPages(services: services).validated(form, id: UUID(), within: unit)
            let saved = try await services.store.residents.create(resident, directory: services.store.directory, actor: context.actor())
            return JSONResponse(ResidentJSON(saved, showIdentity: true), status: .created)
        }
        routes.get("/api/v1/residents/{id}", .resident(.readResidents)) { _, context in
            let account = try context.account()
            let resident = try await services.store.residents.get(try ResidentPages.id(context), actor: context.actor())
            return JSONResponse(ResidentJSON(resident, showIdentity: account.role.may(.readResidentIdentity)))
        }
        routes.put("/api/v1/residents/{id}", .resident(.writeResidents)) { request, context in
            let pages = ResidentPages(services: services)
            let unit = try pages.commune(of: try context.authorizedUnit())
            let form = try await decode(ResidentForm.self, request, context)
            let resident = try pages.validated(form, id: try ResidentPages.id(context), within: unit)
            let saved = try await services.store.residents.update(resident, directory: services.store.directory, actor: context.actor())
            return JSONResponse(ResidentJSON(saved, showIdentity: true))
        }
        routes.delete("/api/v1/residents/{id}", .resident(.writeResidents)) { _, context in
            try await services.store.residents.delete(try ResidentPages.id(context), directory: services.store.directory,
                                                      actor: context.actor())
            return JSONResponse(StatusJSON(status: "deleted"))
        }
    }
}

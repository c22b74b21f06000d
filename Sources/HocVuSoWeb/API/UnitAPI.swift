import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `/api/v1/units/…`: a unit with its children and counts, and the commune's villages.
struct UnitAPI {
    let services: AppServices

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}", .unit(.browseUnits)) { _, context in
            let unit = try context.authorizedUnit()
            return JSONResponse(try await json(unit))
        }
        routes.post("/api/v1/units/{code}/villages", .unit(.manageVillages)) { request, context in
            let unit = try context.authorizedUnit()
            let body = try await decode(VillageRequest.self, request, context)
            let village = try await services.store.units.createVillage(
                communeCode: unit.code, name: body.name, type: body.type ?? Strings.villageTypes[0], validFrom: try date(body.effective))
            try await services.store.reloadDirectory()
            return JSONResponse(try await json(village), status: .created)
        }
        routes.patch("/api/v1/units/{code}", .unit(.manageVillages)) { request, context in
            let unit = try context.authorizedUnit()
            let body = try await decode(VillageRequest.self, request, context)
            let village = try await services.store.units.renameVillage(code: unit.code, name: body.name,
                                                                       type: body.type ?? unit.type, effective: try date(body.effective))
            try await services.store.reloadDirectory()
            return JSONResponse(try await json(village))
        }
        routes.post("/api/v1/units/{code}/close", .unit(.manageVillages)) { request, context in
            let unit = try context.authorizedUnit()
            let body = try? await decode(VillageRequest.self, request, context)
            let village = try await services.store.units.closeVillage(code: unit.code, effective: try date(body?.effective))
            try await services.store.reloadDirectory()
            return JSONResponse(try await json(village))
        }
    }

    func json(_ unit: AdminUnit) async throws -> UnitJSON {
        let directory = services.store.directory
        let children = directory.children(of: unit.code)
        let counts = try await services.store.rollups.counts(units: [unit.code] + children.map(\.code))
        let own = counts[unit.code] ?? [:]
        let history = unit.level == .village ? try await services.store.units.history(code: unit.code) : nil
        return UnitJSON(
            code: unit.code, name: unit.name, type: unit.type, level: unit.level.rawValue, status: unit.status.rawValue,
            parentCode: unit.parentCode, provinceCode: unit.provinceCode, validFrom: unit.validFrom.iso, validTo: unit.validTo?.iso,
            residents: own[RollupStore.Metric.residents] ?? 0, households: own[RollupStore.Metric.households] ?? 0,
            residentsByTargetGroup: Dictionary(uniqueKeysWithValues: TargetGroup.allCases.map {
                ($0.rawValue, own[RollupStore.Metric.residents($0)] ?? 0)
            }),
            children: children.map { child in
                UnitJSON.Child(code: child.code, name: child.name, type: child.type, level: child.level.rawValue,
                               status: child.status.rawValue,
                               residents: counts[child.code]?[RollupStore.Metric.residents] ?? 0,
                               households: counts[child.code]?[RollupStore.Metric.households] ?? 0)
            },
            history: history?.map { .init(name: $0.name, type: $0.type, validFrom: $0.validFrom.iso, validTo: $0.validTo?.iso) })
    }

    func date(_ text: String?) throws -> CivilDate {
        guard let text else { return CivilDate(services.clock.now()) }
        guard let date = CivilDate(iso: text) ?? VietnameseFormat.parseDate(text) else {
            throw DomainError(.invalid, code: "date", message: Strings.dateInvalid)
        }
        return date
    }
}

/// Reads a JSON body of a known type; a malformed body is a 400 that says what was wrong.
func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: AppContext) async throws -> T {
    var request = request
    let body = try await request.collectBody(upTo: 1 << 20)
    do {
        return try JSONDecoder().decode(type, from: Data(buffer: body))
    } catch {
        throw DomainError(.badRequest, code: "bad-json", message: Strings.badJSON(String(describing: error)))
    }
}

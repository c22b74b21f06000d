import Foundation
import Hummingbird
import HocVuSoCore

/// `GET /api/v1/units/{code}/households`: the households of a village with their head, for pickers.
struct HouseholdAPI {
    let services: AppServices

    struct HouseholdJSON: Encodable, Sendable {
        var id: String
        var head: String
        var members: Int
        var label: String
    }

    struct ListJSON: Encodable, Sendable {
        var items: [HouseholdJSON]
    }

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}/households", .unit(.readResidents)) { _, context in
            let unit = try context.authorizedUnit()
            guard unit.level == .village else {
                throw DomainError(.invalid, code: "household.level", message: Strings.notAVillage)
            }
            let households = try await services.store.residents.households(village: unit.code)
            return JSONResponse(ListJSON(items: households.map {
                HouseholdJSON(id: $0.id.uuidString, head: $0.head, members: $0.members, label: Strings.householdOption($0.head, $0.members))
            }))
        }
    }
}

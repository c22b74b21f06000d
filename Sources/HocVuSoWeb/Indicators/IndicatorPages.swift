import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Dashboards (nation, province, commune, village), their exports, and the plans page.
struct IndicatorPages {
    let services: AppServices

    func register(_ routes: Routes) {
        let dashboard = DashboardPage(services: services)
        let export = DashboardExport(services: services)
        let plans = PlansPage(services: services)
        routes.get("/dashboard", .signedIn) { try await dashboard.nation($0, $1) }
        routes.get("/units/{code}/dashboard", .unit(.browseUnits)) { try await dashboard.unit($0, $1) }
        routes.get("/units/{code}/dashboard/export", .unit(.browseUnits)) { try await export.export($0, $1) }
        routes.get("/units/{code}/plans", .unit(.browseUnits)) { try await plans.show($0, $1) }
        routes.post("/units/{code}/plans", .unit(.manageTargets)) { try await plans.create($0, $1) }
    }
}

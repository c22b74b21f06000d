import Foundation
import Hummingbird
import HocVuSoCore

/// `POST /api/v1/units/{code}/residents/import[?dryRun=true][&sheet=NAME|INDEX]` with a CSV or XLSX body →
/// `{"imported": n}` or 422. A workbook with several lists needs `sheet`.
struct ImportAPI {
    let services: AppServices

    func register(_ routes: Routes) {
        routes.post("/api/v1/units/{code}/residents/import", .unit(.importResidents)) { request, context in
            let unit = try ImportPages(services: services).importableUnit(context)
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let dryRun = request.query("dryRun") == "true"
            let filename = request.query("filename")
            let result = try await ResidentImport(store: services.store, clock: services.clock)
                .run(data: Data(buffer: body), filename: filename, sheet: request.query("sheet"), unit: unit, dryRun: dryRun,
                     actor: context.actor())
            return JSONResponse(ImportResultJSON(imported: result.residents, dryRun: dryRun, households: result.households),
                                status: dryRun ? .ok : .created)
        }
    }
}

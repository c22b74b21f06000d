/// Registers report requests, commune reports, their steps and files, and the consolidation.
struct ReportRoutes {
    let services: AppServices

    func register(_ routes: Routes) {
        let requests = RequestPages(services: services)
        let page = ReportPage(services: services)
        let actions = ReportActions(services: services)
        routes.get("/units/{code}/report-requests", .unit(.readReports)) { try await requests.list($0, $1) }
        routes.post("/units/{code}/report-requests", .unit(.manageReportRequests)) { try await requests.create($0, $1) }
        routes.post("/units/{code}/report-requests/{request}/draft", .unit(.prepareReports)) { try await actions.start($0, $1) }
        routes.get("/report-requests/{request}", .reportRequest(.manageReportRequests)) { try await requests.detail($0, $1) }
        routes.get("/report-requests/{request}/consolidation/docx", .reportRequest(.manageReportRequests)) {
            try await actions.consolidationDocx($0, $1)
        }
        routes.get("/report-requests/{request}/consolidation/xlsx", .reportRequest(.manageReportRequests)) {
            try await actions.consolidationXlsx($0, $1)
        }
        routes.get("/reports/{report}", .report(.readReports)) { try await page.show($0, $1) }
        routes.get("/reports/{report}/docx", .report(.readReports)) { try await actions.docx($0, $1) }
        routes.get("/reports/{report}/xlsx", .report(.readReports)) { try await actions.xlsx($0, $1) }
        routes.post("/reports/{report}/text", .report(.prepareReports)) { try await actions.save($0, $1) }
        routes.post("/reports/{report}/refresh", .report(.prepareReports)) { try await actions.refresh($0, $1) }
        routes.post("/reports/{report}/submit", .report(.prepareReports)) { try await actions.submit($0, $1) }
        routes.post("/reports/{report}/approve", .report(.approveReports)) { try await actions.approve($0, $1) }
        routes.post("/reports/{report}/send", .report(.prepareReports)) { try await actions.send($0, $1) }
        routes.post("/reports/{report}/accept", .report(.manageReportRequests)) { try await actions.accept($0, $1) }
        routes.post("/reports/{report}/return", .report(.manageReportRequests)) { try await actions.giveBack($0, $1) }
        ReportAPI(services: services).register(routes)
    }
}

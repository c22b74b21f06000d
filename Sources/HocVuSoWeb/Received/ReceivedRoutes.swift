import Foundation
import Hummingbird
import HocVuSoCore

/// Reports communes sent the old way: uploaded against a request, read in the background, confirmed and filed.
struct ReceivedRoutes {
    let services: AppServices

    func register(_ routes: Routes) {
        let pages = ReceivedPages(services: services)
        let review = ReceivedReviewPage(services: services)
        let filing = ReceivedFilingAction(services: services, review: review)
        routes.get("/report-requests/{request}/received", .reportRequest(.manageReportRequests)) { try await pages.list($0, $1) }
        routes.post("/report-requests/{request}/received", .reportRequest(.manageReportRequests)) { try await pages.upload($0, $1) }
        routes.get("/received/{received}", .receivedReport(.manageReportRequests)) { try await review.show($0, $1) }
        routes.get("/received/{received}/status", .receivedReport(.manageReportRequests)) { try await pages.status($0, $1) }
        routes.get("/received/{received}/original", .receivedReport(.manageReportRequests)) { try await pages.original($0, $1) }
        routes.post("/received/{received}/reread", .receivedReport(.manageReportRequests)) { try await pages.reread($0, $1) }
        routes.post("/received/{received}/discard", .receivedReport(.manageReportRequests)) { try await pages.discard($0, $1) }
        routes.post("/received/{received}/file", .receivedReport(.manageReportRequests)) { try await filing.file($0, $1) }
    }
}

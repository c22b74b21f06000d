import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The auditor's view of the personal-data access log: the search page `/audit`, its JSON twin `GET /api/v1/audit`,
/// and `GET /api/v1/audit/verify`. Needs `readAccessLog`; an account sees the entries of its own unit's subtree
/// (an administrator: all). Each search is itself written to the log (action `audit`): the log holds who read whose
/// data, from where, so reading it is processing personal data too. Checking the chain reads no personal data and is
/// not logged.
struct AuditRoutes {
    let services: AppServices
    let chain = ChainStatusCache()
    static let perPage = 50

    func register(_ routes: Routes) {
        routes.get("/audit", .permission(.readAccessLog)) { request, context in
            try await page(request, context).response(from: request, context: context)
        }
        routes.get("/api/v1/audit", .permission(.readAccessLog)) { request, context in
            let account = try context.account()
            let input = AuditFilterInput(request)
            let (page, per) = try LearningAPI(services: services).paging(request)
            let query = try input.query(account: account, directory: services.store.directory, page: page, perPage: per)
            let (total, items) = try await search(query, input: input, context: context)
            let status = try await chain.status(services.store.accessLog, now: services.clock.now(), force: false)
            return JSONResponse(AuditJSON(total: total, page: page, per: per,
                                          items: items.map { AuditJSON.Entry($0, directory: services.store.directory) },
                                          chain: AuditJSON.Chain(status)))
        }
        routes.get("/api/v1/audit/verify", .permission(.readAccessLog)) { _, _ in
            let status = try await chain.status(services.store.accessLog, now: services.clock.now(), force: true)
            return JSONResponse(AuditJSON.Chain(status))
        }
    }

    func page(_ request: Request, _ context: AppContext) async throws -> HTML {
        let account = try context.account()
        let input = AuditFilterInput(request)
        let page = try request.pageNumber()
        let status = try await chain.status(services.store.accessLog, now: services.clock.now(), force: request.query("verify") != nil)
        let builder = AuditPageModel.Builder(input: input, account: account, directory: services.store.directory,
                                             status: status, page: page, perPage: Self.perPage)
        let model: AuditPageModel
        var failure: DomainError?
        do {
            let query = try input.query(account: account, directory: services.store.directory, page: page, perPage: Self.perPage)
            let (total, items) = try await search(query, input: input, context: context)
            model = builder.model(total: total, items: items, error: nil)
        } catch let error as DomainError where error.kind == .invalid {
            failure = error
            model = builder.model(total: 0, items: [], error: error.message)
        }
        return try services.render("audit", model, layout: services.layout(Strings.auditTitle, context: context),
                                   status: failure.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }

    /// Runs the search and records that it was made.
    private func search(_ query: AccessLogQuery, input: AuditFilterInput,
                        context: AppContext) async throws -> (total: Int, items: [AccessLogStore.Entry]) {
        let result = try await services.store.accessLog.search(query)
        try await services.store.accessLog.record(.audit, actor: context.actor(), subject: query.subject,
                                                  unitCode: query.unitCode ?? query.scopeCode,
                                                  detail: "access-log search \(QueryString.make(input.pairs))".trimmingCharacters(in: .whitespaces),
                                                  now: services.clock.now())
        return result
    }
}

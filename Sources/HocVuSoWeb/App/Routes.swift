import Hummingbird
import HocVuSoCore

/// Registers routes together with their policy, so no route can exist without one.
public struct Routes {
    let router: Router<AppContext>
    let policies: PolicyTable
    let services: AppServices

    public typealias Handler<Output: ResponseGenerator> = @Sendable (Request, AppContext) async throws -> Output

    public func get<Output: ResponseGenerator>(_ path: String, _ policy: RoutePolicy, _ handler: @escaping Handler<Output>) {
        on(path, .get, policy, handler)
    }

    public func post<Output: ResponseGenerator>(_ path: String, _ policy: RoutePolicy, _ handler: @escaping Handler<Output>) {
        on(path, .post, policy, handler)
    }

    public func put<Output: ResponseGenerator>(_ path: String, _ policy: RoutePolicy, _ handler: @escaping Handler<Output>) {
        on(path, .put, policy, handler)
    }

    public func patch<Output: ResponseGenerator>(_ path: String, _ policy: RoutePolicy, _ handler: @escaping Handler<Output>) {
        on(path, .patch, policy, handler)
    }

    public func delete<Output: ResponseGenerator>(_ path: String, _ policy: RoutePolicy, _ handler: @escaping Handler<Output>) {
        on(path, .delete, policy, handler)
    }

    private func on<Output: ResponseGenerator>(_ path: String, _ method: HTTPRequest.Method, _ policy: RoutePolicy,
                                               _ handler: @escaping Handler<Output>) {
        policies.set(policy, method: method, path: RouterPath(path).description)
        router.on(RouterPath(path), method: method, use: handler)
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The skills framework's versions: read, make a draft, edit items and the pass rule, publish.
struct FrameworkPages {
    let services: AppServices

    func register(_ routes: Routes) {
        let edit = FrameworkEditActions(services: services, pages: self)
        routes.get("/frameworks", .permission(.readLearning)) { request, context in
            try await list(request, context, error: nil)
        }
        routes.get("/frameworks/{framework}", .permission(.readLearning)) { request, context in
            let found = try await FrameworkLookup(services: services).version(context)
            return try await render(found, group: request.query("group"), failure: .init(), context: context,
                                    flash: LearningFlash.message(request.query("done")))
        }
        routes.post("/frameworks/{framework}/draft", .permission(.manageFrameworks)) { request, context in
            try await newDraft(request, context)
        }
        routes.post("/frameworks/{framework}/publish", .permission(.manageFrameworks)) { request, context in
            try await publish(request, context)
        }
        routes.get("/frameworks/{framework}/items/{item}", .permission(.manageFrameworks)) { request, context in
            try await edit.showItem(request, context)
        }
        routes.post("/frameworks/{framework}/items/{item}", .permission(.manageFrameworks)) { request, context in
            try await edit.saveItem(request, context)
        }
        routes.post("/frameworks/{framework}/items/{item}/delete", .permission(.manageFrameworks)) { request, context in
            try await edit.deleteItem(request, context)
        }
        routes.post("/frameworks/{framework}/items", .permission(.manageFrameworks)) { request, context in
            try await edit.addItem(request, context)
        }
        routes.post("/frameworks/{framework}/rule", .permission(.manageFrameworks)) { request, context in
            try await edit.saveRule(request, context)
        }
        FrameworkAPI(services: services).register(routes)
    }

    func list(_ request: Request, _ context: AppContext, error: String?) async throws -> HTML {
        let account = try context.account()
        let versions = try await services.store.frameworks.versions()
        let current = try? await services.store.frameworks.current()
        let model = FrameworkListModel(versions: versions, currentID: current?.id, canManage: account.role.may(.manageFrameworks),
                                       csrf: context.csrfToken, error: error)
        return try services.render("frameworks", model,
                                   layout: services.layout(model.title, context: context,
                                                           flash: error == nil ? LearningFlash.message(request.query("done")) : nil),
                                   status: error == nil ? .ok : .conflict)
    }

    /// A draft copied from a version; a framework has at most one draft, so a second one is refused on the list.
    func newDraft(_ request: Request, _ context: AppContext) async throws -> Response {
        let source = try FrameworkLookup.versionID(context)
        do {
            let id = try await services.store.frameworks.newDraft(from: source, by: try context.account().username)
            return try SeeOther("/frameworks/\(id.uuidString)?done=draft-created").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .conflict {
            return try await list(request, context, error: error.message).response(from: request, context: context)
        }
    }

    /// Publishes a draft after the officer has ticked the confirmation.
    func publish(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let found = try await FrameworkLookup(services: services).draft(context)
        guard data.first("confirm") == "yes" else {
            return try await render(found, group: data.text("group"), failure: .init(publish: Strings.confirmRequired),
                                    context: context, flash: nil).response(from: request, context: context)
        }
        do {
            try await services.store.frameworks.publish(found.version.id)
        } catch let error as DomainError where error.kind == .invalid {
            return try await render(found, group: data.text("group"), failure: .init(publish: error.message),
                                    context: context, flash: nil).response(from: request, context: context)
        }
        return try SeeOther("/frameworks/\(found.version.id.uuidString)?done=published").response(from: request, context: context)
    }

    /// The version page; a failure re-shows the refused form with its values and messages (422).
    func render(_ found: (version: FrameworkStore.Version, framework: SkillsFramework), group key: String?,
                failure: FrameworkPageModel.Failure, context: AppContext, flash: String?) async throws -> HTML {
        let account = try context.account()
        let framework = found.framework
        let selected = key.flatMap(TargetGroup.init(rawValue:)).flatMap(framework.group) ?? framework.groups.first
        let current = try? await services.store.frameworks.current()
        let model = FrameworkPageModel(version: found.version, framework: framework, group: selected, currentID: current?.id,
                                       canManage: account.role.may(.manageFrameworks), csrf: context.csrfToken, failure: failure)
        let failed = failure.rule != nil || failure.add != nil || failure.publish != nil || failure.message != nil
        return try services.render("framework", model, layout: services.layout(model.title, context: context, flash: flash),
                                   status: failed ? .unprocessableContent : .ok)
    }
}

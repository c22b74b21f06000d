import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The changes an officer makes to a draft: an item's content, a new item, an item's removal, the pass rule.
/// Every change goes through `saveDraft`, which checks the whole framework; a refused change comes back on its form.
struct FrameworkEditActions {
    let services: AppServices
    let pages: FrameworkPages

    typealias Found = (version: FrameworkStore.Version, framework: SkillsFramework)

    var lookup: FrameworkLookup { FrameworkLookup(services: services) }

    func showItem(_ request: Request, _ context: AppContext) async throws -> HTML {
        let found = try await lookup.draft(context)
        let itemID = try FrameworkLookup.itemID(context)
        let place = try FrameworkLookup.locate(itemID, in: found.framework)
        let item = found.framework.groups[place.group].items[place.item]
        return try renderItem(found, place: place, input: FrameworkItemInput(item), errors: [], deleteError: nil, context: context,
                              flash: LearningFlash.message(request.query("done")))
    }

    func saveItem(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let found = try await lookup.draft(context)
        let itemID = try FrameworkLookup.itemID(context)
        let place = try FrameworkLookup.locate(itemID, in: found.framework)
        let group = found.framework.groups[place.group]
        let input = FrameworkItemInput(form: data, kind: group.items[place.item].kind)
        let (item, problems) = input.item(id: itemID, group: group)
        guard let item else {
            return try renderItem(found, place: place, input: input, errors: problems, deleteError: nil, context: context, flash: nil)
                .response(from: request, context: context)
        }
        var framework = found.framework
        framework.groups[place.group].items[place.item] = item
        if let refused = try await save(found.version.id, framework) {
            return try renderItem(found, place: place, input: input, errors: refused, deleteError: nil, context: context, flash: nil)
                .response(from: request, context: context)
        }
        return try SeeOther("\(Self.base(found))?group=\(group.targetGroup.rawValue)&done=item-saved#\(QueryString.encode(itemID))")
            .response(from: request, context: context)
    }

    func addItem(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let found = try await lookup.draft(context)
        guard let targetGroup = data.text("group").flatMap(TargetGroup.init(rawValue:)),
              let index = found.framework.groups.firstIndex(where: { $0.targetGroup == targetGroup }) else {
            throw DomainError(.invalid, code: "framework.group", message: Strings.frameworkGroupUnknown)
        }
        let group = found.framework.groups[index]
        let input = FrameworkItemInput(form: data, kind: nil)
        let itemID = Self.newItemID(for: targetGroup, in: found.framework)
        let (item, problems) = input.item(id: itemID, group: group)
        var refused = problems
        if let item {
            var framework = found.framework
            framework.groups[index].items.append(item)
            refused = try await save(found.version.id, framework) ?? []
        }
        guard refused.isEmpty else {
            return try await pages.render(found, group: targetGroup.rawValue, failure: .init(add: (input, refused)),
                                          context: context, flash: nil).response(from: request, context: context)
        }
        return try SeeOther("\(Self.base(found))?group=\(targetGroup.rawValue)&done=item-added#\(QueryString.encode(itemID))")
            .response(from: request, context: context)
    }

    func deleteItem(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let found = try await lookup.draft(context)
        let itemID = try FrameworkLookup.itemID(context)
        let place = try FrameworkLookup.locate(itemID, in: found.framework)
        let group = found.framework.groups[place.group]
        let current = FrameworkItemInput(group.items[place.item])
        var refusal: [String] = []
        if data.first("confirm") != "yes" {
            refusal = [Strings.confirmRequired]
        } else if group.items.count <= 1 {
            refusal = [Strings.frameworkLastItem]
        } else {
            var framework = found.framework
            framework.groups[place.group].items.remove(at: place.item)
            refusal = try await save(found.version.id, framework) ?? []
        }
        guard refusal.isEmpty else {
            return try renderItem(found, place: place, input: current, errors: [], deleteError: refusal.joined(separator: " "),
                                  context: context, flash: nil).response(from: request, context: context)
        }
        return try SeeOther("\(Self.base(found))?group=\(group.targetGroup.rawValue)&done=item-removed")
            .response(from: request, context: context)
    }

    func saveRule(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let found = try await lookup.draft(context)
        let typed = FrameworkPageModel.RuleForm(overall: data.text("overall") ?? "", perDomain: data.text("perDomain") ?? "", errors: [])
        var errors: [String] = []
        let overall = Self.share(typed.overall, field: Strings.frameworkFieldOverall, errors: &errors)
        let perDomain = Self.share(typed.perDomain, field: Strings.frameworkFieldPerDomain, errors: &errors)
        if let overall, let perDomain {
            var framework = found.framework
            framework.passRule.overall = overall
            framework.passRule.perDomain = perDomain
            errors = try await save(found.version.id, framework) ?? []
        }
        guard errors.isEmpty else {
            var failed = typed
            failed.errors = errors
            return try await pages.render(found, group: data.text("group"), failure: .init(rule: failed), context: context, flash: nil)
                .response(from: request, context: context)
        }
        let group = data.text("group").map { "group=\(QueryString.encode($0))&" } ?? ""
        return try SeeOther("\(Self.base(found))?\(group)done=rule-saved").response(from: request, context: context)
    }

    /// Saves the draft; the messages when the framework's check refuses it, nil when saved.
    func save(_ id: UUID, _ framework: SkillsFramework) async throws -> [String]? {
        do {
            try await services.store.frameworks.saveDraft(id, framework)
            return nil
        } catch let error as DomainError where error.kind == .invalid {
            return FrameworkLookup.messages(error)
        }
    }

    func renderItem(_ found: Found, place: (group: Int, item: Int), input: FrameworkItemInput, errors: [String],
                    deleteError: String?, context: AppContext, flash: String?) throws -> HTML {
        let group = found.framework.groups[place.group]
        let model = FrameworkItemPage(version: found.version, framework: found.framework, group: group,
                                      itemID: group.items[place.item].id, input: input, errors: errors, deleteError: deleteError,
                                      csrf: context.csrfToken)
        let failed = !errors.isEmpty || deleteError != nil
        return try services.render("framework-item", model, layout: services.layout(model.title, context: context, flash: flash),
                                   status: failed ? .unprocessableContent : .ok)
    }

    static func base(_ found: Found) -> String {
        "/frameworks/\(found.version.id.uuidString)"
    }

    /// A whole percentage 0…100 as a share, or nil with the field's message added.
    static func share(_ text: String, field: String, errors: inout [String]) -> Double? {
        guard let n = Int(text), (0...100).contains(n) else {
            errors.append(Strings.frameworkPercentInvalid(field))
            return nil
        }
        return Double(n) / 100
    }

    /// `<group>-<n>` with n one past the highest number the group's ids carry, three digits, unused anywhere in the
    /// framework.
    static func newItemID(for group: TargetGroup, in framework: SkillsFramework) -> String {
        let prefix = group.rawValue + "-"
        let taken = Set(framework.groups.flatMap(\.items).map(\.id))
        var n = taken.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
        var id: String
        repeat {
            n += 1
            id = prefix + String(format: "%03d", n)
        } while taken.contains(id)
        return id
    }
}

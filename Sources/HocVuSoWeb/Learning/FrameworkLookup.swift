import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Finds the framework version and item a request's path names, and the version it may change.
struct FrameworkLookup {
    let services: AppServices

    /// The `{framework}` path parameter as a version id; anything else is not found.
    static func versionID(_ context: AppContext) throws -> UUID {
        guard let text = context.parameters.get("framework"), let id = UUID(uuidString: text) else {
            throw DomainError(.notFound, code: "framework.not-found", message: Strings.frameworkNotFound)
        }
        return id
    }

    /// The `{item}` path parameter.
    static func itemID(_ context: AppContext) throws -> String {
        guard let id = context.parameters.get("item"), !id.isEmpty else {
            throw DomainError(.notFound, code: "framework.item-not-found", message: Strings.frameworkItemNotFound)
        }
        return id
    }

    func version(_ context: AppContext) async throws -> (version: FrameworkStore.Version, framework: SkillsFramework) {
        try await services.store.frameworks.framework(try Self.versionID(context))
    }

    /// A version that may still change: a draft. A published version is never edited (attempts refer to it).
    func draft(_ context: AppContext) async throws -> (version: FrameworkStore.Version, framework: SkillsFramework) {
        let found = try await version(context)
        guard found.version.status == .draft else {
            throw DomainError(.conflict, code: "framework.not-draft", message: Strings.frameworkNotDraft)
        }
        return found
    }

    /// Where an item sits: its group's and its own position.
    static func locate(_ id: String, in framework: SkillsFramework) throws -> (group: Int, item: Int) {
        for (g, group) in framework.groups.enumerated() {
            if let i = group.items.firstIndex(where: { $0.id == id }) { return (g, i) }
        }
        throw DomainError(.notFound, code: "framework.item-not-found", message: Strings.frameworkItemNotFound)
    }

    /// The messages to show for a refused change: the error's own and every problem it names.
    static func messages(_ error: DomainError) -> [String] {
        [error.message] + error.details.map { Strings.frameworkProblemLine($0.column, $0.reason) }
    }
}

/// The `done=` keys of the framework and course pages (the shared table in PageSupport covers the other pages).
enum LearningFlash {
    static func message(_ key: String?) -> String? {
        switch key {
        case "draft-created": return Strings.frameworkDraftCreated
        case "item-saved": return Strings.frameworkItemSaved
        case "item-added": return Strings.frameworkItemAdded
        case "item-removed": return Strings.frameworkItemRemoved
        case "rule-saved": return Strings.frameworkRuleSaved
        case "published": return Strings.frameworkPublished
        case "course-added": return Strings.courseAdded
        case "course-saved": return Strings.courseSaved
        default: return Flash.message(key)
        }
    }
}

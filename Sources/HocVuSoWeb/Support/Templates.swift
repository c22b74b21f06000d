import Foundation
import Mustache

/// The Mustache templates shipped in Resources/templates. A page renders into the layout.
public struct Templates: Sendable {
    let library: MustacheLibrary

    public static func load() async throws -> Templates {
        guard let directory = Bundle.module.url(forResource: "templates", withExtension: nil, subdirectory: "Resources") else {
            throw TemplateError.missing("templates")
        }
        return Templates(library: try await MustacheLibrary(directory: directory.path))
    }

    /// Renders `template` with `model`, then wraps it in the layout.
    public func page(_ template: String, model: Any, layout: LayoutModel) throws -> String {
        guard let content = library.render(MustacheModel.flatten(model), withTemplate: template) else {
            throw TemplateError.missing(template)
        }
        var layout = layout
        layout.content = content
        guard let html = library.render(layout, withTemplate: "layout") else {
            throw TemplateError.missing("layout")
        }
        return html
    }

    public func fragment(_ template: String, model: Any) throws -> String {
        guard let content = library.render(MustacheModel.flatten(model), withTemplate: template) else {
            throw TemplateError.missing(template)
        }
        return content
    }
}

enum TemplateError: Error, CustomStringConvertible {
    case missing(String)

    var description: String {
        switch self {
        case .missing(let name): return "template \(name) is missing from the build"
        }
    }
}

/// What every page's frame shows: title, who is logged in, the way back up the unit tree.
public struct LayoutModel: Sendable {
    public struct Crumb: Sendable {
        public var title: String
        public var href: String
    }

    public var title: String
    public var content: String = ""
    public var userName: String?
    public var roleLabel: String?
    public var homeHref: String = "/"
    public var csrf: String = ""
    public var crumbs: [Crumb] = []
    public var flash: String?
    /// The personal-data access log, for roles that may read it.
    public var auditHref: String?

    public init(title: String) {
        self.title = title
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Fulfilling "view" and "copy": everything stored about the resident as a page, or as a JSON or XLSX file.
/// The page is logged as a view of personal data, the file as an export of personal data.
struct PersonalDataPages {
    let services: AppServices

    enum Format: String {
        case json, xlsx
    }

    struct Section {
        struct Row {
            var cells: [String]
        }

        var title: String
        var columns: [String]
        var rows: [Row]
        var isEmpty: Bool

        init(_ section: PersonalDataSections.Section) {
            title = section.title
            columns = section.columns
            rows = section.rows.map { Row(cells: $0) }
            isEmpty = section.rows.isEmpty
        }
    }

    struct Model {
        var title: String
        var nav: [NavLink]
        var generated: String
        var sections: [Section]
        var requestHref: String
        var jsonHref: String
        var xlsxHref: String
    }

    @Sendable func show(_ request: Request, _ context: AppContext) async throws -> HTML {
        let account = try context.account()
        let unit = try DataSubjectRequestRoutes.unit(context, services)
        let line = try await DataSubjectRequestRoutes.line(context, services)
        let dossier = try await services.store.privacyRequests.dossier(for: line.request.id, action: .view, actor: context.actor())
        let href = "\(DataSubjectRequestRoutes.base(unit.code))/\(line.request.id.uuidString)"
        let model = Model(
            title: "\(Strings.privacyDataTitle) – \(dossier.resident.fullName)", nav: PrivacyNav.links(unit, role: account.role, current: true),
            generated: Strings.privacyGeneratedAt(ActivityFormat.dateTime(services.clock.now())),
            sections: PersonalDataSections(dossier, directory: services.store.directory, catalog: services.store.catalog).sections.map(Section.init),
            requestHref: href, jsonHref: "\(href)/copy?format=json", xlsxHref: "\(href)/copy?format=xlsx")
        return try services.render("privacy-data", model, layout: services.layout(model.title, context: context, unit: unit))
    }

    @Sendable func copy(_ request: Request, _ context: AppContext) async throws -> Download {
        let text = request.query("format") ?? Format.xlsx.rawValue
        guard let format = Format(rawValue: text.lowercased()) else {
            throw DomainError(.badRequest, code: "query.format", message: Strings.invalidParameter("format", text))
        }
        let line = try await DataSubjectRequestRoutes.line(context, services)
        let dossier = try await services.store.privacyRequests.dossier(for: line.request.id, action: .export, format: format.rawValue,
                                                                       actor: context.actor())
        let sections = PersonalDataSections(dossier, directory: services.store.directory, catalog: services.store.catalog)
        let name = "\(Strings.privacyFilePrefix)-\(services.today.iso)"
        switch format {
        case .json:
            return Download(data: try sections.json(generatedAt: ActivityFormat.dateTime(services.clock.now())),
                            contentType: "application/json; charset=utf-8", filename: "\(name).json")
        case .xlsx:
            return Download(data: try sections.xlsx(), contentType: Download.xlsxType, filename: "\(name).xlsx")
        }
    }
}

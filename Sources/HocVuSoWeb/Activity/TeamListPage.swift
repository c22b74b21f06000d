import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// A commune's teams: the summary, the list, and the form that forms a new team.
struct TeamListPage {
    let services: AppServices

    struct Row {
        var name: String
        var href: String
        var level: String
        var village: String?
        var leader: String?
        var members: String
        var formed: String
        var disbanded: Bool
    }

    struct Form {
        var level: String = TeamLevel.village.rawValue
        var villageCode: String = ""
        var name: String = ""
        var formedOn: String = ""
    }

    struct Model {
        var code: String
        var communeName: String
        var nav: [NavLink]
        var summary: TeamSummary
        var rows: [Row]
        var hasRows: Bool
        var canManage: Bool
        var csrf: String
        var levels: [Option]
        var villages: [Option]
        var form: Form
        var error: String?
        var rosterHref: String
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        if unit.level == .village {
            return try await villageFallback(unit, request: request, context: context)
        }
        let commune = try services.requireCommune(unit)
        let form = Form(formedOn: VietnameseFormat.date(services.today))
        return try await render(commune, form: form, error: nil, context: context, flash: Flash.message(request.query("done")))
            .response(from: request, context: context)
    }

    /// A village's address: its commune's page when the account reaches it, else the village's own team.
    func villageFallback(_ village: AdminUnit, request: Request, context: AppContext) async throws -> Response {
        let commune = try services.requireCommune(village)
        if services.inScope(commune.code, context: context) {
            return try SeeOther("/units/\(commune.code)/teams").response(from: request, context: context)
        }
        let roster = try await services.store.teams.roster(commune: commune.code)
        if let team = roster.teams.first(where: { $0.villageCode == village.code && $0.isActive(on: services.today) }) {
            return try SeeOther("/teams/\(team.id.uuidString)").response(from: request, context: context)
        }
        throw DomainError(.notFound, code: "team.not-found", message: Strings.villageHasNoTeam(village.fullName))
    }

    func create(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let commune = try services.requireCommune(try context.authorizedUnit())
        guard services.inScope(commune.code, context: context) else {
            throw DomainError(.forbidden, code: "scope", message: Strings.forbiddenOutsideScope)
        }
        let form = Form(level: data.text("level") ?? "", villageCode: data.text("villageCode") ?? "",
                        name: data.text("name") ?? "", formedOn: data.text("formedOn") ?? "")
        do {
            guard let level = TeamLevel(rawValue: form.level) else {
                throw DomainError(.invalid, code: "team.level", message: Strings.teamLevelRequired)
            }
            let village = level == .village ? services.store.directory[form.villageCode] : nil
            if level == .village, village == nil {
                throw DomainError(.invalid, code: "team.village", message: Strings.teamVillageRequired)
            }
            let name = form.name.isEmpty
                ? Strings.teamDefaultName(level, unitName: village?.fullName ?? commune.fullName)
                : form.name
            let team = Team(id: UUID(), communeCode: commune.code, villageCode: village?.code, level: level, name: name,
                            formedOn: try ActivityInput.date(data.text("formedOn"), fallback: services.today))
            try await services.store.teams.create(team, directory: services.store.directory)
            return try seeOther("/teams/\(team.id.uuidString)", done: "team-created").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try await render(commune, form: form, error: error.message, context: context, flash: nil)
                .response(from: request, context: context)
        }
    }

    func render(_ commune: AdminUnit, form: Form, error: String?, context: AppContext, flash: String?) async throws -> HTML {
        let account = try context.account()
        let roster = try await services.store.teams.roster(commune: commune.code)
        let today = services.today
        let villages = services.activeVillages(of: commune.code)
        let taken = Set(roster.teams.filter { $0.level == .village && $0.isActive(on: today) }.compactMap(\.villageCode))
        let rows = roster.teams.map { team in
            let members = roster.members(of: team.id).filter { $0.isOnTeam(on: today) }
            return Row(name: team.name, href: "/teams/\(team.id.uuidString)", level: Strings.teamLevelLabel(team.level),
                       village: team.villageCode.map(services.unitName), leader: members.first { $0.role == .leader }?.fullName,
                       members: VietnameseFormat.integer(members.count), formed: VietnameseFormat.date(team.formedOn),
                       disbanded: !team.isActive(on: today))
        }
        let model = Model(
            code: commune.code, communeName: commune.fullName, nav: ActivityNav.links(commune, current: .teams),
            summary: TeamSummary(roster: roster, villages: villages, today: today, communeCode: commune.code),
            rows: rows, hasRows: !rows.isEmpty,
            canManage: account.role.may(.manageTeams), csrf: context.csrfToken,
            levels: TeamLevel.allCases.map { Option(value: $0.rawValue, label: Strings.teamLevelLabel($0), selected: $0.rawValue == form.level) },
            villages: villages.filter { !taken.contains($0.code) || $0.code == form.villageCode }
                .map { Option(value: $0.code, label: $0.fullName, selected: $0.code == form.villageCode) },
            form: form, error: error, rosterHref: "/units/\(commune.code)/roster")
        let layout = services.layout("\(Strings.teamsTitle) – \(commune.fullName)", context: context, unit: commune, flash: flash)
        return try services.render("teams", model, layout: layout, status: error == nil ? .ok : .unprocessableContent)
    }
}

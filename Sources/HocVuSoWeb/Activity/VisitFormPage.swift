import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// Recording a door-to-door visit to one household of a village: visited or nobody home, who was present, a note.
/// The visiting member is the account's own membership when it has one; otherwise one may be chosen.
struct VisitFormPage {
    let services: AppServices

    struct Present {
        var id: String
        var name: String
        var detail: String
        var checked: Bool
    }

    struct Form {
        var id = UUID().uuidString
        var household = ""
        var status = VisitStatus.visited.rawValue
        var day = ""
        var present: Set<String> = []
        var note = ""
        var member = ""
    }

    struct Model {
        var code: String
        var title: String
        var nav: [NavLink]
        var csrf: String
        var action: String
        var form: Form
        var household: HouseholdRow?
        var householdOptions: [Option]
        var hasHouseholdOptions: Bool
        var people: [Present]
        var hasPeople: Bool
        var statuses: [Option]
        var memberName: String?
        var memberOptions: [Option]
        var hasMemberOptions: Bool
        var error: String?
        var cancelHref: String
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let unit = try context.authorizedUnit()
        var form = Form()
        form.household = request.query("household") ?? ""
        form.day = VietnameseFormat.date(services.today)
        if unit.level == .commune, let id = UUID(uuidString: form.household), let line = try await services.store.visits.household(id),
           services.store.directory[line.villageCode]?.parentCode == unit.code {
            return try SeeOther("/units/\(line.villageCode)/visits/new?household=\(id.uuidString)").response(from: request, context: context)
        }
        let village = try services.requireVillage(unit)
        return try await render(village, form: form, error: nil, context: context).response(from: request, context: context)
    }

    func record(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let village = try services.requireVillage(try context.authorizedUnit())
        let account = try context.account()
        let form = Form(id: data.text("id") ?? UUID().uuidString, household: data.text("household") ?? "",
                        status: data.text("status") ?? "", day: data.text("day") ?? "", present: Set(data.all("present")),
                        note: data.text("note") ?? "", member: data.text("member") ?? "")
        do {
            guard let commune = services.commune(of: village), let householdID = UUID(uuidString: form.household) else {
                throw DomainError(.invalid, code: "visit.household", message: Strings.householdNotFound)
            }
            guard let status = VisitStatus(rawValue: form.status) else {
                throw DomainError(.invalid, code: "visit.status", message: Strings.visitStatusRequired)
            }
            let day = try ActivityInput.date(data.text("day"), fallback: services.today)
            try HouseholdVisit.checkDay(day, today: services.today)
            guard form.note.count <= SessionRules.maxNoteLength else {
                throw DomainError(.invalid, code: "visit.note", message: Strings.fieldTooLong(SessionRules.maxNoteLength))
            }
            var memberID = try await ownMember(account, commune: commune.code)?.member.id
            if memberID == nil, !form.member.isEmpty {
                guard let chosen = UUID(uuidString: form.member) else {
                    throw DomainError(.invalid, code: "visit.member", message: Strings.sessionMemberInvalid)
                }
                memberID = chosen
            }
            let present = status == .visited ? form.present.compactMap(UUID.init(uuidString:)).sorted { $0.uuidString < $1.uuidString } : []
            let visit = HouseholdVisit(id: UUID(uuidString: form.id) ?? UUID(), householdID: householdID, villageCode: village.code,
                                       day: day, memberID: memberID, recordedBy: account.id, status: status,
                                       presentResidentIDs: present, note: form.note.isEmpty ? nil : form.note)
            try await services.store.visits.record(visit, communeCode: commune.code)
            return try seeOther("/units/\(village.code)/visits", done: "visit-recorded").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict || error.kind == .notFound {
            return try await render(village, form: form, error: error.message, context: context).response(from: request, context: context)
        }
    }

    /// The account's own active membership in this commune.
    func ownMember(_ account: Account, commune: String) async throws -> (member: TeamMember, team: Team)? {
        guard let found = try await services.store.teams.membership(userID: account.id, on: services.today),
              found.team.communeCode == commune else { return nil }
        return found
    }

    func render(_ village: AdminUnit, form: Form, error: String?, context: AppContext) async throws -> HTML {
        let account = try context.account()
        let commune = try services.requireCommune(village)
        var household: HouseholdRow?
        var people: [Present] = []
        var options: [Option] = []
        if let id = UUID(uuidString: form.household), let line = try await services.store.visits.household(id), line.villageCode == village.code {
            household = HouseholdRow(line)
            people = try await services.store.residents.household(id).map {
                Present(id: $0.id.uuidString, name: $0.fullName,
                        detail: Strings.presentDetail($0.relationToHead, year: String($0.birthDate.year)),
                        checked: form.present.contains($0.id.uuidString))
            }
        } else {
            options = try await services.store.residents.households(village: village.code).map {
                Option(value: $0.id.uuidString, label: Strings.householdOption($0.head, $0.members), selected: false)
            }
        }
        let own = try await ownMember(account, commune: commune.code)
        var memberOptions: [Option] = []
        if own == nil {
            let roster = try await services.store.teams.roster(commune: commune.code)
            let today = services.today
            let teams = Dictionary(uniqueKeysWithValues: roster.teams.map { ($0.id, $0) })
            memberOptions = roster.members.filter { $0.isOnTeam(on: today) && teams[$0.teamID]?.isActive(on: today) == true }
                .map { Option(value: $0.id.uuidString, label: Strings.memberOfTeam($0.fullName, teams[$0.teamID]?.name ?? ""),
                              selected: $0.id.uuidString == form.member) }
        }
        let model = Model(
            code: village.code, title: "\(Strings.newVisitTitle) – \(village.fullName)", nav: ActivityNav.links(village, current: .visits),
            csrf: context.csrfToken, action: "/units/\(village.code)/visits", form: form, household: household,
            householdOptions: options, hasHouseholdOptions: !options.isEmpty, people: people, hasPeople: !people.isEmpty,
            statuses: VisitStatus.allCases.map { Option(value: $0.rawValue, label: Strings.visitStatusLabel($0), selected: $0.rawValue == form.status) },
            memberName: own.map { Strings.memberOfTeam($0.member.fullName, $0.team.name) },
            memberOptions: memberOptions, hasMemberOptions: !memberOptions.isEmpty, error: error,
            cancelHref: "/units/\(village.code)/visits")
        return try services.render("visit-form", model, layout: services.layout(model.title, context: context, unit: village),
                                   status: error == nil ? .ok : .unprocessableContent)
    }
}

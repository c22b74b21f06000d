import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The filters of the session and event lists as typed in the query string, and the `ActivityQuery` they make.
/// The same parameters drive the lists and their exports: from, to (dd/mm/yyyy or ISO), village, team, member,
/// category (sessions), type (events), page.
struct ActivityFilterInput {
    var from: String?
    var to: String?
    var village: String?
    var team: String?
    var member: String?
    var category: String?
    var type: String?

    init(_ request: Request) {
        from = request.query("from")
        to = request.query("to")
        village = request.query("village")
        team = request.query("team")
        member = request.query("member")
        category = request.query("category")
        type = request.query("type")
    }

    var isFiltered: Bool {
        [from, to, village, team, member, category, type].contains { $0 != nil }
    }

    /// The query for `unit`; a value that does not parse, or names something outside the unit, is an error naming it.
    func query(unit: AdminUnit, directory: UnitDirectory, page: Int, perPage: Int = 50) throws -> ActivityQuery {
        var query = ActivityQuery(unitCode: unit.code, page: page, perPage: perPage)
        query.from = try from.map { try Self.date($0, field: Strings.filterFrom) }
        query.to = try to.map { try Self.date($0, field: Strings.filterTo) }
        if let village {
            guard village != unit.code else { return try finish(query) }
            guard directory[village]?.level == .village, directory.contains(village, under: unit.code) else {
                throw DomainError(.invalid, code: "query.village", message: Strings.invalidParameter("village", village))
            }
            query.villageCode = village
        }
        if let team {
            guard let id = UUID(uuidString: team) else {
                throw DomainError(.invalid, code: "query.team", message: Strings.invalidParameter("team", team))
            }
            query.teamID = id
        }
        if let member {
            guard let id = UUID(uuidString: member) else {
                throw DomainError(.invalid, code: "query.member", message: Strings.invalidParameter("member", member))
            }
            query.memberID = id
        }
        query.category = category
        if let type {
            guard let value = EventType(rawValue: type) else {
                throw DomainError(.invalid, code: "query.type", message: Strings.invalidParameter("type", type))
            }
            query.eventType = value
        }
        return try finish(query)
    }

    private func finish(_ query: ActivityQuery) throws -> ActivityQuery {
        try query.checkPeriod()
        return query
    }

    static func date(_ text: String, field: String) throws -> CivilDate {
        guard let date = VietnameseFormat.parseDate(text) ?? CivilDate(iso: text) else {
            throw DomainError(.invalid, code: "query.date", message: Strings.filterDateInvalid(field, text))
        }
        return date
    }

    /// The query string of a parsed query (dates in ISO), for pager and export links.
    static func pairs(_ query: ActivityQuery) -> [(String, String?)] {
        [("from", query.from?.iso), ("to", query.to?.iso), ("village", query.villageCode), ("team", query.teamID?.uuidString),
         ("member", query.memberID?.uuidString), ("category", query.category), ("type", query.eventType?.rawValue)]
    }

    /// What the filter form shows: what was typed, dates in Vietnamese form once they parse.
    func shown(_ text: String?) -> String {
        guard let text else { return "" }
        if let date = VietnameseFormat.parseDate(text) ?? CivilDate(iso: text) { return VietnameseFormat.date(date) }
        return text
    }
}

/// Options of the filter selects, built from the commune's roster.
struct ActivityFilterOptions {
    var villages: [Option]
    var teams: [Option]
    var members: [Option]

    init(unit: AdminUnit, roster: TeamStore.Roster?, input: ActivityFilterInput, directory: UnitDirectory) {
        villages = unit.level == .commune
            ? directory.children(of: unit.code).map { Option(value: $0.code, label: $0.fullName, selected: $0.code == input.village) }
            : []
        let teams = roster?.teams ?? []
        self.teams = teams.map { Option(value: $0.id.uuidString, label: $0.name, selected: $0.id.uuidString == input.team) }
        let teamNames = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0.name) })
        members = (roster?.members ?? [])
            .sorted { VietnameseCollation.sortKey(fullName: $0.fullName) < VietnameseCollation.sortKey(fullName: $1.fullName) }
            .map { Option(value: $0.id.uuidString, label: Strings.memberOfTeam($0.fullName, teamNames[$0.teamID] ?? ""),
                          selected: $0.id.uuidString == input.member) }
    }
}

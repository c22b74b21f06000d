import HocVuSoCore
import HocVuSoStore

/// How many teams and members a commune has, and which villages still have no team (commune and teams pages).
struct TeamSummary {
    var teams: String
    var members: String
    var villagesWithoutTeam: [String]
    var missing: String
    var everyVillageHasTeam: Bool
    var hasVillages: Bool
    var teamsHref: String

    init(roster: TeamStore.Roster, villages: [AdminUnit], today: CivilDate, communeCode: String) {
        let active = roster.teams.filter { $0.isActive(on: today) }
        let activeIDs = Set(active.map(\.id))
        teams = VietnameseFormat.integer(active.count)
        members = VietnameseFormat.integer(roster.members.filter { activeIDs.contains($0.teamID) && $0.isOnTeam(on: today) }.count)
        let covered = Set(active.filter { $0.level == .village }.compactMap(\.villageCode))
        villagesWithoutTeam = villages.filter { !covered.contains($0.code) }.map(\.fullName)
        missing = VietnameseFormat.integer(villagesWithoutTeam.count)
        everyVillageHasTeam = villagesWithoutTeam.isEmpty && !villages.isEmpty
        hasVillages = !villages.isEmpty
        teamsHref = "/units/\(communeCode)/teams"
    }
}

/// The activity block of a unit's page: the team summary (communes) and links to the activity pages.
struct UnitActivityModel {
    var summary: TeamSummary?
    var links: [NavLink]
}

extension AppServices {
    /// The activity block for `unit`, or nil when the account may not see activity there.
    func unitActivity(_ unit: AdminUnit, account: Account) async throws -> UnitActivityModel? {
        let privacy = PrivacyNav.link(unit, role: account.role).map { [$0] } ?? []
        guard account.role.may(.readActivity) else { return privacy.isEmpty ? nil : UnitActivityModel(summary: nil, links: privacy) }
        var summary: TeamSummary?
        if unit.level == .commune {
            let roster = try await store.teams.roster(commune: unit.code)
            summary = TeamSummary(roster: roster, villages: activeVillages(of: unit.code), today: today, communeCode: unit.code)
        }
        return UnitActivityModel(summary: summary, links: ActivityNav.links(unit, current: nil) + privacy)
    }
}

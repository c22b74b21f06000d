/// What a commune shows about its teams: active teams and members, and the open villages with no active team.
public struct TeamCounts: Sendable, Equatable {
    public let activeTeams: Int
    public let activeMembers: Int
    public let villagesWithoutTeam: [AdminUnit]

    public init(teams: [Team], members: [TeamMember], villages: [AdminUnit], today: CivilDate) {
        let active = teams.filter { $0.isActive(on: today) }
        let activeIDs = Set(active.map(\.id))
        activeTeams = active.count
        activeMembers = members.filter { activeIDs.contains($0.teamID) && $0.isActive(on: today) }.count
        let covered = Set(active.filter { $0.level == .village }.compactMap(\.villageCode))
        villagesWithoutTeam = villages.filter { $0.level == .village && $0.status == .active && !covered.contains($0.code) }
    }
}

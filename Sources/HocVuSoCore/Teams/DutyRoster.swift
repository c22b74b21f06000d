import Foundation

/// Who is on duty when: the weekly shifts of a commune's active members of active teams.
public struct DutyRoster: Sendable {
    public struct Duty: Sendable, Equatable {
        public var shift: DutyShift
        public var member: TeamMember
        public var team: Team
    }

    public let teams: [Team]
    public let members: [TeamMember]
    public let shifts: [DutyShift]

    public init(teams: [Team], members: [TeamMember], shifts: [DutyShift]) {
        self.teams = teams
        self.members = members
        self.shifts = shifts
    }

    /// The shifts worked on `day`, in order of start time.
    public func duties(on day: CivilDate) -> [Duty] {
        let weekday = Weekday(day)
        let teamsByID = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0) })
        let membersByID = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0) })
        return shifts.filter { $0.weekday == weekday }.compactMap { shift in
            guard let member = membersByID[shift.memberID], member.isActive(on: day),
                  let team = teamsByID[shift.teamID], team.isActive(on: day) else { return nil }
            return Duty(shift: shift, member: member, team: team)
        }.sorted { ($0.shift.start, $0.member.fullName) < ($1.shift.start, $1.member.fullName) }
    }

    /// The seven days of the week that holds `day`, Monday first, each with its duties.
    public func week(of day: CivilDate) -> [(day: CivilDate, duties: [Duty])] {
        let monday = day.mondayOfWeek
        return (0..<7).map { offset in
            let date = monday.adding(days: offset)
            return (date, duties(on: date))
        }
    }
}

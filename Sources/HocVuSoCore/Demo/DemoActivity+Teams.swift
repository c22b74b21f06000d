import Foundation

/// A generated team with its memberships over time.
struct DemoTeamDraft {
    var team: Team
    /// Village position for a village team.
    var village: Int?
    var members: [TeamMember] = []
    /// The resident behind each membership (parallel to `members`).
    var residents: [DemoResidentRef] = []
    /// Seats on the team: the memberships holding each, in time order. Seat 0 is the leader's.
    var seats: [[Int]] = []
    /// Seats on duty on Saturday mornings at the cultural house (village teams that hold one).
    var saturdaySeats: [Int] = []

    /// The membership holding `seat` on `day`.
    func member(seat: Int, on day: CivilDate) -> Int? {
        seats[seat].first { members[$0].isActive(on: day) }
    }

    /// Memberships active on `day`, by seat.
    func active(on day: CivilDate) -> [Int] {
        seats.indices.compactMap { member(seat: $0, on: day) }
    }
}

/// Where a member comes from; decides whom to pick and the organisation shown.
enum DemoMemberRole: CaseIterable {
    case admin, police, teacher, youth, women, general
}

/// Candidates for team seats: young adults (18 at the launch, at most 40 today), by role and village.
struct DemoTeamPools {
    private var pools: [DemoMemberRole: [[Int]]] = [:]
    private var used = Set<DemoResidentRef>()

    init(_ context: DemoActivityContext) {
        for role in DemoMemberRole.allCases {
            pools[role] = [[Int]](repeating: [], count: context.villages.count)
        }
        let launch = context.profile.launch
        for (v, people) in context.villages.enumerated() {
            for (i, resident) in people.residents.enumerated() {
                let age = context.ages[v][i]
                guard age <= 40, age >= 18, resident.birthDate.years(until: launch) >= 18,
                      resident.targetGroup != .student else { continue }
                pools[.general]![v].append(i)
                let organisation = resident.organisation ?? ""
                switch resident.targetGroup {
                case .official where organisation.hasPrefix("Trường"):
                    pools[.teacher]![v].append(i)
                case .official where organisation.hasPrefix("UBND") || organisation.hasPrefix("Trung tâm Phục vụ"):
                    pools[.admin]![v].append(i)
                case .citizen, .worker:
                    if age <= 35 { pools[.youth]![v].append(i) }
                    if resident.gender == .male, age >= 23, resident.targetGroup == .citizen { pools[.police]![v].append(i) }
                    if resident.gender == .female { pools[.women]![v].append(i) }
                default:
                    break
                }
            }
        }
    }

    /// An unused candidate of `role` (of village `village`, or anywhere in the commune), falling back to
    /// youth, then anyone eligible. Returns the role actually used.
    mutating func pick(_ role: DemoMemberRole, village: Int?, context: DemoActivityContext,
                       using rng: inout SeededGenerator) -> (DemoResidentRef, DemoMemberRole)? {
        for candidate in [role, .youth, .general] {
            if let ref = pickExactly(candidate, village: village, context: context, using: &rng) {
                used.insert(ref)
                return (ref, candidate)
            }
        }
        return nil
    }

    private func pickExactly(_ role: DemoMemberRole, village: Int?, context: DemoActivityContext,
                             using rng: inout SeededGenerator) -> DemoResidentRef? {
        let byVillage = pools[role]!
        for _ in 0..<24 {
            let v = village ?? context.villageByPopulation.pick(&rng)
            let pool = byVillage[v]
            guard !pool.isEmpty else { continue }
            let ref = DemoResidentRef(village: v, index: pool[rng.demoInt(below: pool.count)])
            if !used.contains(ref) { return ref }
        }
        // Scarce candidates: scan in order.
        let villages = village.map { [$0] } ?? Array(byVillage.indices)
        for v in villages {
            for i in byVillage[v] where !used.contains(DemoResidentRef(village: v, index: i)) {
                return DemoResidentRef(village: v, index: i)
            }
        }
        return nil
    }
}

extension DemoActivityContext {
    /// The commune team, the rapid-response team and one team per village, with their members.
    func makeTeams(using rng: inout SeededGenerator) -> [DemoTeamDraft] {
        var pools = DemoTeamPools(self)
        var drafts: [DemoTeamDraft] = []
        let launch = profile.launch
        let communeRoles: [DemoMemberRole] = [.admin, .police, .youth, .teacher, .admin, .youth, .women]
        let rapidRoles: [DemoMemberRole] = [.police, .youth, .teacher, .youth, .admin, .youth]
        let villageRoles: [DemoMemberRole] = [.youth, .police, .women, .teacher, .youth, .youth, .youth]

        func team(_ level: TeamLevel, village: Int?, name: String, roles: [DemoMemberRole], size: Int) -> DemoTeamDraft {
            let team = Team(id: rng.demoUUID(), communeCode: plan.code, villageCode: village.map { villages[$0].village.code },
                            level: level, name: name, formedOn: launch)
            var draft = DemoTeamDraft(team: team, village: village)
            for seat in 0..<min(size, roles.count) {
                guard let index = addMember(to: &draft, role: roles[seat], from: launch, leader: seat == 0,
                                            pools: &pools, using: &rng) else { break }
                draft.seats.append([index])
            }
            return draft
        }

        drafts.append(team(.commune, village: nil, name: "Tổ công nghệ số cộng đồng " + communeName,
                           roles: communeRoles, size: 6 + rng.demoInt(below: 2)))
        drafts.append(team(.rapidResponse, village: nil, name: "Đội hỗ trợ chuyển đổi số phản ứng nhanh " + communeName,
                           roles: rapidRoles, size: 5 + rng.demoInt(below: 2)))
        for v in villages.indices {
            var draft = team(.village, village: v, name: "Tổ công nghệ số cộng đồng " + villageName(v),
                             roles: villageRoles, size: 5 + rng.demoInt(below: 3))
            if draft.seats.count >= 2, rng.demoChance(0.6) {
                let first = rng.demoInt(below: draft.seats.count)
                let second = (first + 1 + rng.demoInt(below: draft.seats.count - 1)) % draft.seats.count
                draft.saturdaySeats = [first, second]
            }
            drafts.append(draft)
        }

        // History: a reorganisation (Phú Thái) replaces one or two seats per team; elsewhere some teams
        // see one member leave in the following year, replaced the next day.
        for t in drafts.indices where drafts[t].seats.count > 1 {
            var changes: [CivilDate] = []
            if let reshuffle = profile.reshuffle, reshuffle > launch, reshuffle <= today {
                changes.append(reshuffle)
                if rng.demoChance(0.4) { changes.append(reshuffle) }
            } else if rng.demoChance(0.3) {
                changes.append(launch.adding(days: 100 + rng.demoInt(below: 300)))
            }
            var replaced = Set<Int>()
            for day in changes where day <= today {
                let seat = 1 + rng.demoInt(below: drafts[t].seats.count - 1)
                guard !replaced.contains(seat), let current = drafts[t].seats[seat].last else { continue }
                replaced.insert(seat)
                let role = drafts[t].team.level == .village ? villageRoles[seat]
                    : (drafts[t].team.level == .commune ? communeRoles[seat] : rapidRoles[seat])
                drafts[t].members[current].until = day.adding(days: -1)
                if let index = addMember(to: &drafts[t], role: role, from: day, leader: false, pools: &pools, using: &rng) {
                    drafts[t].seats[seat].append(index)
                }
            }
        }
        return drafts
    }

    private func addMember(to draft: inout DemoTeamDraft, role: DemoMemberRole, from: CivilDate, leader: Bool,
                           pools: inout DemoTeamPools, using rng: inout SeededGenerator) -> Int? {
        guard let picked = pools.pick(role, village: draft.village, context: self, using: &rng) else { return nil }
        let (ref, actual) = picked
        let resident = resident(ref)
        let local = draft.village.map(villageName)
        let organisation: String
        switch actual {
        case .admin: organisation = "Công chức " + (resident.organisation ?? "UBND " + communeName)
        case .police: organisation = "Công an " + communeName
        case .teacher:
            let school = resident.organisation ?? "Trường Tiểu học " + plan.name
            organisation = "Giáo viên " + (school.hasPrefix("Trường") ? "trường" + school.dropFirst(6) : school)
        case .youth: organisation = local.map { "Chi đoàn " + $0 } ?? "Đoàn Thanh niên " + communeName
        case .women: organisation = local.map { "Chi hội Phụ nữ " + $0 } ?? "Hội Liên hiệp Phụ nữ " + communeName
        case .general: organisation = "Đoàn Thanh niên " + communeName
        }
        let member = TeamMember(id: rng.demoUUID(), teamID: draft.team.id, fullName: resident.fullName, residentID: resident.id,
                                role: leader ? .leader : .member, organisation: organisation, phone: resident.phone, from: from)
        draft.members.append(member)
        draft.residents.append(ref)
        return draft.members.count - 1
    }

    /// The weekly roster of today's members: the commune team covers Monday–Friday office hours at the
    /// public-service centre, two members per half-day; village teams with a Saturday morning at the
    /// cultural house.
    func makeShifts(_ drafts: [DemoTeamDraft], using rng: inout SeededGenerator) -> [DutyShift] {
        var shifts: [DutyShift] = []
        for draft in drafts {
            switch draft.team.level {
            case .commune:
                let seats = draft.seats.count
                guard seats >= 2 else { continue }
                for halfDay in 0..<10 {
                    let (start, end) = Self.officeHours[halfDay % 2]
                    for seat in Self.seatsOnDuty(halfDay: halfDay, seats: seats) {
                        guard let m = draft.member(seat: seat, on: today) else { continue }
                        shifts.append(DutyShift(id: rng.demoUUID(), teamID: draft.team.id, memberID: draft.members[m].id,
                                                weekday: Weekday(rawValue: halfDay / 2 + 1)!, start: start, end: end,
                                                place: centreName))
                    }
                }
            case .village:
                guard let v = draft.village else { continue }
                for seat in draft.saturdaySeats {
                    guard let m = draft.member(seat: seat, on: today) else { continue }
                    shifts.append(DutyShift(id: rng.demoUUID(), teamID: draft.team.id, memberID: draft.members[m].id,
                                            weekday: .saturday, start: ClockTime(minutes: 8 * 60)!,
                                            end: ClockTime(minutes: 11 * 60)!, place: culturalHouse(v)))
                }
            case .rapidResponse:
                break
            }
        }
        return shifts
    }

    /// Morning 07:30–11:30 and afternoon 13:30–17:00.
    static let officeHours: [(ClockTime, ClockTime)] = [
        (ClockTime(minutes: 7 * 60 + 30)!, ClockTime(minutes: 11 * 60 + 30)!),
        (ClockTime(minutes: 13 * 60 + 30)!, ClockTime(minutes: 17 * 60)!),
    ]

    /// The two seats on duty in half-day `halfDay` (0 = Monday morning … 9 = Friday afternoon), rotating.
    static func seatsOnDuty(halfDay: Int, seats: Int) -> [Int] {
        [(2 * halfDay) % seats, (2 * halfDay + 1) % seats]
    }

    var centreName: String { "Trung tâm Phục vụ hành chính công " + communeName }

    func culturalHouse(_ v: Int) -> String { "Nhà văn hóa " + villageName(v) }
}

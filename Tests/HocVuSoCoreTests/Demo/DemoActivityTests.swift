import Foundation
import HocVuSoCore
import Testing

/// One seed commune's people (from `DemoGenerator`) and its generated activity, shared by the tests.
struct DemoActivityFixture: Sendable {
    let plan: DemoCommunePlan
    let people: [DemoVillagePeople]
    let activity: DemoActivity
    let today: CivilDate

    init(_ plan: DemoCommunePlan, today: CivilDate = DemoActivityFixtures.today) {
        self.plan = plan
        self.today = today
        let generator = DemoGenerator(seed: DemoActivityFixtures.seed)
        people = generator.villages(of: plan).map { village in
            var households: [Household] = []
            var residents: [Resident] = []
            generator.households(in: village, today: today) { household, members in
                households.append(household)
                residents.append(contentsOf: members)
            }
            return DemoVillagePeople(village: village, households: households, residents: residents)
        }
        activity = DemoActivityGenerator(seed: DemoActivityFixtures.seed).activity(for: plan, villages: people, today: today)
    }

    var residents: [UUID: Resident] {
        var all: [UUID: Resident] = [:]
        for village in people { for resident in village.residents { all[resident.id] = resident } }
        return all
    }

    var directory: UnitDirectory { UnitDirectory([plan.unit] + people.map(\.village.unit)) }

    var membersByID: [UUID: TeamMember] { Dictionary(uniqueKeysWithValues: activity.members.map { ($0.id, $0) }) }
    var teamsByID: [UUID: Team] { Dictionary(uniqueKeysWithValues: activity.teams.map { ($0.id, $0) }) }

    /// Named participants per event.
    var named: [UUID: [UUID]] { Dictionary(grouping: activity.attendance, by: \.eventID).mapValues { $0.map(\.residentID) } }

    func participants(_ event: CommunityEvent) -> Int {
        CommunityEvent.participants(headCount: event.headCount, named: named[event.id]?.count ?? 0)
    }
}

enum DemoActivityFixtures {
    static let seed: UInt64 = 2025
    static let today = CivilDate(year: 2026, month: 11, day: 23)!
    static let chiMinh = DemoActivityFixture(DemoCommunes.chiMinh)
    static let phuThai = DemoActivityFixture(DemoCommunes.phuThai)
    static let thuongHong = DemoActivityFixture(DemoCommunes.thuongHong)
    static let ducThinh = DemoActivityFixture(DemoCommunes.ducThinh)
    static var all: [DemoActivityFixture] { [chiMinh, phuThai, thuongHong, ducThinh] }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }

    /// Minutes after midnight, Vietnam time.
    static func minuteOfDay(_ date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CivilDate.vietnam
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return c.hour! * 60 + c.minute!
    }
}

@Suite("Demo activity")
struct DemoActivityTests {
    let today = DemoActivityFixtures.today

    // MARK: Determinism

    @Test func sameSeedSameActivityOtherSeedOtherActivity() {
        let fixture = DemoActivityFixtures.thuongHong
        let again = DemoActivityGenerator(seed: DemoActivityFixtures.seed)
            .activity(for: fixture.plan, villages: fixture.people, today: today)
        // Compared as Booleans: a failure would otherwise print both activities in full.
        let same = again == fixture.activity
        #expect(same)
        let other = DemoActivityGenerator(seed: DemoActivityFixtures.seed + 1)
            .activity(for: fixture.plan, villages: fixture.people, today: today)
        let different = other != fixture.activity
        #expect(different)
        #expect(Set(other.sessions.map(\.id)).isDisjoint(with: fixture.activity.sessions.map(\.id)))
        #expect(other.members.map(\.residentID) != fixture.activity.members.map(\.residentID))
    }

    @Test func nothingBeforeTheLaunchAndNoSessionAfterNow() throws {
        let fixture = DemoActivityFixtures.thuongHong
        let generator = DemoActivityGenerator(seed: DemoActivityFixtures.seed)
        let early = generator.activity(for: fixture.plan, villages: fixture.people, today: DemoActivityFixtures.day(2025, 7, 31))
        let empty = early == DemoActivity()
        #expect(empty)
        let now = try #require(SessionRules.parseInstant("2026-11-23T09:00:00+07:00"))
        let morning = generator.activity(for: fixture.plan, villages: fixture.people, today: today, now: now)
        #expect(morning.sessions.allSatisfy { $0.at <= now })
        #expect(morning.sessions.count < fixture.activity.sessions.count)
        #expect(morning.teams == fixture.activity.teams)
    }

    // MARK: Teams, members, shifts

    @Test(arguments: 0..<4)
    func teamsAreValidAndStaffed(_ index: Int) throws {
        let fixture = DemoActivityFixtures.all[index]
        let activity = fixture.activity
        let directory = fixture.directory
        let residents = fixture.residents
        #expect(activity.teams.count == fixture.plan.villageCount + 2)
        #expect(activity.teams.filter { $0.level == .commune }.count == 1)
        #expect(activity.teams.filter { $0.level == .rapidResponse }.count == 1)
        #expect(Set(activity.teams.compactMap(\.villageCode)) == Set(fixture.people.map(\.village.code)))
        let byTeam = Dictionary(grouping: activity.members, by: \.teamID)
        for team in activity.teams {
            try TeamRules.check(team, directory: directory, existing: activity.teams, today: today)
            #expect(team.formedOn >= DemoActivityFixtures.day(2025, 8, 1) && team.formedOn <= DemoActivityFixtures.day(2025, 8, 31))
            let members = byTeam[team.id] ?? []
            for member in members {
                try TeamRules.check(member, others: members, today: today)
                #expect(member.from >= team.formedOn && member.from <= today)
                #expect(member.until.map { $0 >= member.from && $0 <= today } ?? true)
                let residentID = try #require(member.residentID)
                let resident = try #require(residents[residentID])
                #expect(member.fullName == resident.fullName)
                #expect(resident.birthDate.years(until: member.from) >= 18)
                #expect(resident.birthDate.years(until: today) <= 40)
                if let village = team.villageCode { #expect(resident.villageCode == village) }
                #expect(!(member.organisation ?? "").isEmpty)
            }
            // Every day of the team's life: 5–7 active members, exactly one leader.
            var day = team.formedOn
            while day <= today {
                let active = members.filter { $0.isActive(on: day) }
                #expect((5...7).contains(active.count), "\(team.name) on \(day): \(active.count) members")
                #expect(active.filter { $0.role == .leader }.count == 1, "\(team.name) on \(day)")
                day = day.adding(days: 1)
            }
        }
        // History: some members left (and were replaced).
        #expect(activity.members.contains { $0.until != nil })
        // The organisations the reports name.
        let organisations = activity.members.compactMap(\.organisation)
        for word in ["Đoàn Thanh niên", "Giáo viên trường", "Công an xã", "Công chức"] {
            #expect(organisations.contains { $0.contains(word) }, "no member from \(word)")
        }
    }

    @Test(arguments: 0..<4)
    func nobodyIsOnTwoActiveTeams(_ index: Int) {
        let members = DemoActivityFixtures.all[index].activity.members
        for (_, memberships) in Dictionary(grouping: members, by: { $0.residentID! }) where memberships.count > 1 {
            for (i, a) in memberships.enumerated() {
                for b in memberships[(i + 1)...] {
                    let overlap = a.from <= (b.until ?? .init(year: 9999, month: 12, day: 31)!)
                        && b.from <= (a.until ?? .init(year: 9999, month: 12, day: 31)!)
                    #expect(!overlap, "\(a.fullName) on two teams at once")
                }
            }
        }
    }

    @Test func phuThaiReorganisedItsTeamsOn3October2025() {
        let members = DemoActivityFixtures.phuThai.activity.members
        let left = members.filter { $0.until == DemoActivityFixtures.day(2025, 10, 2) }
        let joined = members.filter { $0.from == DemoActivityFixtures.day(2025, 10, 3) }
        #expect(left.count >= DemoCommunes.phuThai.villageCount)
        #expect(joined.count == left.count)
    }

    @Test(arguments: 0..<4)
    func theRosterCoversOfficeHours(_ index: Int) throws {
        let fixture = DemoActivityFixtures.all[index]
        let members = fixture.membersByID
        let teams = fixture.teamsByID
        for shift in fixture.activity.shifts {
            let member = try #require(members[shift.memberID])
            try TeamRules.check(shift, member: member)
            #expect(member.isActive(on: today))
            let team = try #require(teams[shift.teamID])
            switch team.level {
            case .commune:
                #expect(shift.weekday < .saturday)
                #expect(shift.place.hasPrefix("Trung tâm Phục vụ hành chính công"))
            case .village:
                #expect(shift.weekday == .saturday)
                #expect(shift.place.hasPrefix("Nhà văn hóa"))
            case .rapidResponse:
                Issue.record("no shift expected for the rapid-response team")
            }
        }
        let commune = try #require(fixture.activity.teams.first { $0.level == .commune })
        for weekday in Weekday.allCases where weekday < .saturday {
            for start in ["07:30", "13:30"] {
                let onDuty = fixture.activity.shifts.filter {
                    $0.teamID == commune.id && $0.weekday == weekday && $0.start == ClockTime(start)
                }
                #expect(onDuty.count == 2, "\(weekday) \(start)")
                #expect(Set(onDuty.map(\.memberID)).count == onDuty.count)
            }
        }
        #expect(fixture.activity.shifts.contains { $0.weekday == .saturday })
    }

    // MARK: Sessions

    @Test(arguments: 0..<4)
    func sessionsPassTheRulesAndAreConsistent(_ index: Int) throws {
        let fixture = DemoActivityFixtures.all[index]
        let plan = fixture.plan
        let residents = fixture.residents
        let members = fixture.membersByID
        let teams = fixture.teamsByID
        let visits = Dictionary(uniqueKeysWithValues: fixture.activity.visits.map { ($0.id, $0) })
        let now = try #require(SessionRules.parseInstant(today.iso + "T23:59:59+07:00"))
        let rules = SessionRules(directory: fixture.directory, categories: CategoryCatalog(SupportCategory.defaults),
                                 scope: nil, recordedBy: nil, member: nil, now: now)
        let formatter = ISO8601DateFormatter()
        let sessions = fixture.activity.sessions
        #expect(Set(sessions.map(\.id)).count == sessions.count)
        var registered = 0, adults = 0, done = 0
        var categories: [String: Int] = [:]
        for session in sessions {
            let draft = SessionDraft(
                id: session.id.uuidString, unitCode: session.unitCode, category: session.category,
                at: formatter.string(from: session.at), outcome: session.outcome.rawValue, place: session.place.rawValue,
                residentId: session.residentID?.uuidString, ageBand: session.ageBand?.rawValue, gender: session.gender?.rawValue,
                note: session.note, memberId: session.memberID?.uuidString, visitId: session.visitID?.uuidString)
            switch rules.check(draft) {
            case .success(let checked): #expect(checked == session)
            case .failure(let outcome): Issue.record("rejected: \(outcome.reason ?? "")")
            }
            #expect(session.provinceCode == plan.provinceCode && session.communeCode == plan.code)
            #expect(session.day >= Movement.startDate && session.day <= today)
            let minute = DemoActivityFixtures.minuteOfDay(session.at)
            #expect(minute >= 7 * 60 + 30 && minute < 22 * 60, "at \(session.at)")
            // Who helped: a member of a team of the unit, active that day.
            let memberID = try #require(session.memberID)
            let member = try #require(members[memberID])
            #expect(member.isActive(on: session.day))
            #expect(teams[member.teamID]?.unitCode == session.unitCode)
            // Where.
            if session.place == .centre {
                #expect(session.unitCode == plan.code)
                #expect(DemoActivityFixtureCalendar.isOfficeDay(session.day))
            } else {
                #expect(session.unitCode.hasPrefix(plan.code + "-"))
            }
            // Whom.
            if let id = session.residentID {
                let resident = try #require(residents[id], "resident outside the commune")
                #expect(session.ageBand == nil && session.gender == nil)
                if session.place != .centre { #expect(resident.villageCode == session.unitCode) }
                registered += 1
                if resident.birthDate.years(until: session.day) >= 18 { adults += 1 }
            } else {
                #expect(session.ageBand != nil && session.gender != nil)
            }
            if let visitID = session.visitID {
                let visit = try #require(visits[visitID])
                #expect(visit.day == session.day && visit.villageCode == session.unitCode && session.place == .home)
                #expect(visit.status == .visited && visit.memberID == session.memberID)
                let residentID = try #require(session.residentID)
                let resident = try #require(residents[residentID])
                #expect(resident.householdID == visit.householdID)
            }
            if session.outcome == .done { done += 1 }
            categories[session.category, default: 0] += 1
        }
        let total = Double(sessions.count)
        #expect((0.80...0.90).contains(Double(registered) / total), "registered \(registered) of \(sessions.count)")
        #expect(Double(adults) / Double(registered) > 0.9)
        #expect((0.86...0.94).contains(Double(done) / total))
        #expect(Set(categories.keys) == Set(SupportCategory.defaultKeys))
        let ranked = categories.sorted { $0.value > $1.value }.map(\.key)
        #expect(Set(ranked.prefix(2)) == ["vneid", "public-services"], "\(categories)")
        #expect(Set(ranked.suffix(2)) == ["e-commerce", "other"], "\(categories)")
        #expect(sessions.contains { $0.place == .centre } && sessions.contains { $0.place == .home }
                && sessions.contains { $0.place == .culturalHouse })
        #expect(sessions.contains { $0.visitID != nil })
        #expect(zip(sessions, sessions.dropFirst()).allSatisfy { $0.at <= $1.at })
    }

    @Test func chiMinhHelpedMoreThan1500CitizensSinceNewYear2026() {
        let start = DemoActivityFixtures.day(2026, 1, 1)
        let fixture = DemoActivityFixtures.chiMinh
        #expect(fixture.activity.sessions.filter { $0.day >= start }.count > 1_500)
        // Already true in mid-May 2026, when the commune wrote its report.
        let may = DemoActivityGenerator(seed: DemoActivityFixtures.seed)
            .activity(for: fixture.plan, villages: fixture.people, today: DemoActivityFixtures.day(2026, 5, 19))
        #expect(may.sessions.filter { $0.day >= start }.count > 1_500)
        #expect(may.sessions.allSatisfy { $0.day <= DemoActivityFixtures.day(2026, 5, 19) })
    }

    @Test func sessionVolumesFollowPopulation() {
        let perThousand = DemoActivityFixtures.all.map { Double($0.activity.sessions.count) / Double($0.plan.population) * 1_000 }
        let reference = perThousand[0]
        for (fixture, rate) in zip(DemoActivityFixtures.all, perThousand) {
            #expect(rate > reference * 0.75 && rate < reference * 1.33, "\(fixture.plan.name): \(rate) per 1,000")
        }
    }

    @Test func campaignsRaiseTheDailyRate() {
        let sessions = DemoActivityFixtures.ducThinh.activity.sessions.filter { $0.place == .centre }
        func perWorkingDay(_ from: CivilDate, _ to: CivilDate) -> Double {
            var days = 0
            var day = from
            while day <= to {
                if DemoActivityFixtureCalendar.isOfficeDay(day) { days += 1 }
                day = day.adding(days: 1)
            }
            return Double(sessions.filter { $0.day >= from && $0.day <= to }.count) / Double(days)
        }
        let learningDay = perWorkingDay(DemoActivityFixtures.day(2025, 10, 1), DemoActivityFixtures.day(2025, 10, 17))
        let summer = perWorkingDay(DemoActivityFixtures.day(2026, 7, 1), DemoActivityFixtures.day(2026, 8, 31))
        #expect(learningDay > summer * 1.5)
    }

    // MARK: Visits

    @Test(arguments: 0..<4)
    func doorToDoorVisitsCoverMostHouseholds(_ index: Int) throws {
        let fixture = DemoActivityFixtures.all[index]
        let members = fixture.membersByID
        let teams = fixture.teamsByID
        let visits = fixture.activity.visits
        var twice = 0
        for village in fixture.people {
            let households = Dictionary(uniqueKeysWithValues: village.households.map { ($0.id, $0) })
            let inHousehold = Dictionary(grouping: village.residents, by: { $0.householdID! }).mapValues { Set($0.map(\.id)) }
            let here = visits.filter { $0.villageCode == village.village.code }
            for visit in here {
                #expect(households[visit.householdID] != nil)
                try HouseholdVisit.checkDay(visit.day, today: today)
                let memberID = try #require(visit.memberID)
                let member = try #require(members[memberID])
                #expect(member.isActive(on: visit.day))
                #expect(teams[member.teamID]?.villageCode == village.village.code)
                switch visit.status {
                case .visited:
                    #expect(!visit.presentResidentIDs.isEmpty)
                    #expect(Set(visit.presentResidentIDs).count == visit.presentResidentIDs.count)
                    #expect(Set(visit.presentResidentIDs).isSubset(of: inHousehold[visit.householdID] ?? []))
                case .nobodyHome:
                    #expect(visit.presentResidentIDs.isEmpty)
                }
            }
            let visitedCounts = Dictionary(grouping: here.filter { $0.status == .visited }, by: \.householdID).mapValues(\.count)
            let coverage = Double(visitedCounts.count) / Double(village.households.count)
            #expect((0.60...0.85).contains(coverage), "\(village.village.fullName): \(coverage)")
            twice += visitedCounts.values.filter { $0 >= 2 }.count
        }
        #expect(twice > 0)
        #expect(visits.contains { $0.status == .nobodyHome })
        #expect(zip(visits, visits.dropFirst()).allSatisfy { $0.day <= $1.day })
    }

    // MARK: Events

    @Test(arguments: 0..<4)
    func eventsAreValidAndAttendanceIsUnique(_ index: Int) throws {
        let fixture = DemoActivityFixtures.all[index]
        let events = fixture.activity.events
        let residents = fixture.residents
        let named = fixture.named
        let teamResidents = fixture.activity.members
        #expect(Set(fixture.activity.attendance).count == fixture.activity.attendance.count)
        #expect(Set(fixture.activity.attendance.map(\.eventID)).isSubset(of: events.map(\.id)))
        for event in events {
            try event.check(today: today)
            #expect(event.day <= today && event.communeCode == fixture.plan.code)
            let people = named[event.id] ?? []
            #expect(Set(people).count == people.count, "\(event.topic): someone named twice")
            for id in people { #expect(residents[id] != nil) }
            #expect(!people.isEmpty || event.headCount != nil)
            if let headCount = event.headCount { #expect(headCount >= people.count) }
            switch event.type {
            case .villageClass:
                let village = try #require(event.villageCode)
                #expect(people.allSatisfy { residents[$0]?.villageCode == village })
                let name = try #require(fixture.people.first { $0.village.code == village }).village.name
                #expect(event.place.hasPrefix("Nhà văn hóa") && event.place.hasSuffix(name))
            case .teamTraining:
                let onTeams = Set(teamResidents.filter { $0.isActive(on: event.day) }.compactMap(\.residentID))
                #expect(!people.isEmpty && Set(people).isSubset(of: onTeams))
            default:
                #expect(event.villageCode == nil)
            }
        }
        let launch = try #require(events.first { $0.type == .launch })
        #expect(launch.day.year == 2025 && launch.day.month == 8)
        #expect(events.contains { $0.type == .learningDay && $0.day == DemoActivityFixtures.day(2025, 10, 10) })
        #expect(events.contains { $0.type == .officialTraining })
        #expect(events.contains { $0.type == .conference })
        // Several village classes every month from September 2025.
        var month = DemoActivityFixtures.day(2025, 9, 1)
        while month < DemoActivityFixtures.day(2026, 11, 1) {
            let classes = events.filter { $0.type == .villageClass && $0.day.year == month.year && $0.day.month == month.month }
            #expect(classes.count >= 2, "\(fixture.plan.name) \(month): \(classes.count) classes")
            month = month.adding(days: CivilDate.daysIn(month: month.month, year: month.year))
        }
    }

    @Test func phuThaiFigures() throws {
        let fixture = DemoActivityFixtures.phuThai
        let conference = try #require(fixture.activity.events.first {
            $0.type == .conference && $0.day == DemoActivityFixtures.day(2025, 10, 18)
        })
        #expect(fixture.participants(conference) > 200)
        // "lớp học trải nghiệm trực tiếp tại Nhà văn hóa các thôn, với tổng số trên 150 lượt người" by 13/11/2025.
        let classes = fixture.activity.events.filter { $0.type == .villageClass && $0.day <= DemoActivityFixtures.day(2025, 11, 13) }
        #expect(classes.reduce(0) { $0 + fixture.participants($1) } > 150)
    }

    @Test func ducThinhTrainedItsTeamsInOneClassOf126() {
        let fixture = DemoActivityFixtures.ducThinh
        let trainings = fixture.activity.events.filter { $0.type == .teamTraining }
        #expect(trainings.count == 1)
        #expect(trainings.map(fixture.participants) == [126])
    }

    @Test func aSmallIslandCommuneOfTheProvincePlanWorksToo() throws {
        let plan = try #require(DemoCommunes.provinceScale()?.communes.first { $0.code == "11948" })
        let fixture = DemoActivityFixture(plan)
        let activity = fixture.activity
        #expect(activity.teams.count == plan.villageCount + 2)
        let byTeam = Dictionary(grouping: activity.members, by: \.teamID)
        for team in activity.teams {
            let active = (byTeam[team.id] ?? []).filter { $0.isActive(on: today) }
            #expect((5...7).contains(active.count) && active.filter { $0.role == .leader }.count == 1)
        }
        let members = fixture.membersByID
        #expect(!activity.sessions.isEmpty && !activity.visits.isEmpty && !activity.events.isEmpty)
        for session in activity.sessions {
            let memberID = try #require(session.memberID)
            #expect(members[memberID]?.isActive(on: session.day) == true)
            #expect(session.day <= today)
        }
    }

    @Test func generationIsFast() {
        let fixture = DemoActivityFixtures.ducThinh
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = DemoActivityGenerator(seed: 99).activity(for: fixture.plan, villages: fixture.people, today: today)
        }
        // About a second in a debug build; the bound only catches a quadratic slip.
        #expect(elapsed < .seconds(10))
    }
}

/// Office days as the tests see them: Monday–Friday outside the public holidays the generator knows.
enum DemoActivityFixtureCalendar {
    static func isOfficeDay(_ day: CivilDate) -> Bool {
        let holidays: Set<String> = ["2025-09-01", "2025-09-02", "2026-01-01", "2026-04-27", "2026-04-30", "2026-05-01",
                                     "2026-09-01", "2026-09-02"]
        let tet = DemoActivityFixtures.day(2026, 2, 14)...DemoActivityFixtures.day(2026, 2, 22)
        return Weekday(day) < .saturday && !holidays.contains(day.iso) && !tet.contains(day)
    }
}

import Foundation
import HocVuSoCore
import HocVuSoStore
import Testing

@Suite("Teams, sessions, visits and events on a real database")
struct ActivityStoreTests {
    /// Two villages of Chí Minh and one of Phú Thái, a resident in each, and a household in Chí Minh.
    struct Place {
        var east: String
        var west: String
        var elsewhere: String
        var resident: Resident
        var neighbour: Resident
        var stranger: Resident
    }

    func withPlace(_ engine: Engine, _ body: (Store, Place) async throws -> Void) async throws {
        try await engine.withStore { store in
            let start = CivilDate(year: 2025, month: 7, day: 1)!
            let east = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn", validFrom: start).code
            let west = try await store.units.createVillage(communeCode: "11131", name: "Tây", type: "Thôn", validFrom: start).code
            let elsewhere = try await store.units.createVillage(communeCode: "10750", name: "Bắc", type: "Thôn", validFrom: start).code
            try await store.reloadDirectory()
            let household = Household(id: UUID(), villageCode: east, number: "12")
            var resident = sampleResident("Nguyễn Văn Đức", village: east)
            resident.householdID = household.id
            var neighbour = sampleResident("Trần Thị Ánh", village: east, gender: .female)
            neighbour.householdID = household.id
            let stranger = sampleResident("Lê Văn An", village: elsewhere)
            try await store.residents.insert(households: [household], residents: [resident, neighbour, stranger], directory: store.directory)
            try await body(store, Place(east: east, west: west, elsewhere: elsewhere, resident: resident, neighbour: neighbour, stranger: stranger))
        }
    }

    func session(_ id: UUID = UUID(), unit: String, commune: String = "11131", resident: UUID? = nil,
                 category: String = "vneid", at: Date = Date(timeIntervalSince1970: 1_778_900_000)) -> SupportSession {
        SupportSession(id: id, provinceCode: "31", communeCode: commune, unitCode: unit, category: category, at: at,
                       residentID: resident, place: .home, outcome: .done)
    }

    @Test("sessions are stored once per id, a resident of another commune is refused, counters follow", arguments: Engine.allCases)
    func recordIdempotently(engine: Engine) async throws {
        try await withPlace(engine) { store, place in
            let first = session(unit: place.east, resident: place.resident.id)
            let anonymous = session(unit: "11131", category: "payment")
            let foreign = session(unit: place.east, resident: place.stranger.id)
            let outcomes = try await store.sessions.recorder.record([first, anonymous, foreign, first])
            #expect(outcomes.map(\.status) == [.created, .created, .rejected, .duplicate])
            #expect(outcomes[2].reason?.contains("Xã Chí Minh") == true)
            let replay = try await store.sessions.recorder.record([first, anonymous])
            #expect(replay.map(\.status) == [.duplicate, .duplicate])
            let counts = try await store.rollups.counts(units: [place.east, "11131", "31"])
            #expect(counts.isEmpty || counts["11131"]?["sessions"] == nil)  // period counters are monthly, not stock
            let page = try await store.sessions.list(ActivityQuery(unitCode: "11131"), unit: store.directory["11131"]!)
            #expect(page.total == 2)
            #expect(page.items.contains { $0.residentName == "Nguyễn Văn Đức" })
            let byCategory = try await store.sessions.list(ActivityQuery(unitCode: "11131", category: "payment"), unit: store.directory["11131"]!)
            #expect(byCategory.items.map(\.session.id) == [anonymous.id])
            let village = try await store.sessions.list(ActivityQuery(unitCode: place.east), unit: store.directory[place.east]!)
            #expect(village.items.map(\.session.id) == [first.id])
            #expect(try await store.rollups.verify().isEmpty)
        }
    }

    @Test("concurrent requests share commits and never duplicate an id", arguments: Engine.allCases)
    func groupCommit(engine: Engine) async throws {
        try await withPlace(engine) { store, place in
            let ids = (0..<60).map { _ in UUID() }
            // 120 requests: every id is sent twice, by different requests, at the same time.
            let statuses = try await withThrowingTaskGroup(of: [RecordStatus].self) { group in
                for round in 0..<2 {
                    for (i, id) in ids.enumerated() {
                        group.addTask {
                            try await store.sessions.recorder.record([session(id, unit: i % 2 == 0 ? place.east : place.west)])
                                .map(\.status)
                        }
                    }
                    _ = round
                }
                var all: [RecordStatus] = []
                for try await result in group { all += result }
                return all
            }
            #expect(statuses.filter { $0 == .created }.count == 60)
            #expect(statuses.filter { $0 == .duplicate }.count == 60)
            let commits = await store.sessions.recorder.commits
            #expect(commits < 120, "group commit should batch concurrent requests (\(commits) commits)")
            let page = try await store.sessions.list(ActivityQuery(unitCode: "11131", perPage: 200), unit: store.directory["11131"]!)
            #expect(page.total == 60)
            #expect(try await store.rollups.verify().isEmpty)
        }
    }

    @Test("teams: one team per village and level, one leader, membership found by account", arguments: Engine.allCases)
    func teams(engine: Engine) async throws {
        try await withPlace(engine) { store, place in
            let formed = CivilDate(year: 2025, month: 8, day: 1)!
            let commune = Team(id: UUID(), communeCode: "11131", level: .commune, name: "Tổ xã", formedOn: formed)
            let village = Team(id: UUID(), communeCode: "11131", villageCode: place.east, level: .village, name: "Tổ thôn Đông", formedOn: formed)
            try await store.teams.create(commune, directory: store.directory)
            try await store.teams.create(village, directory: store.directory)
            await #expect(throws: DomainError.self) {
                try await store.teams.create(Team(id: UUID(), communeCode: "11131", level: .commune, name: "Tổ xã 2", formedOn: formed),
                                             directory: store.directory)
            }
            await #expect(throws: DomainError.self) {
                try await store.teams.create(Team(id: UUID(), communeCode: "11131", villageCode: place.elsewhere, level: .village,
                                                  name: "Tổ lạ", formedOn: formed), directory: store.directory)
            }
            let user = UUID()
            let leader = TeamMember(id: UUID(), teamID: village.id, fullName: "Nguyễn Văn Đức", residentID: place.resident.id,
                                    userID: user, role: .leader, from: formed)
            try await store.teams.add(leader, directory: store.directory)
            await #expect(throws: DomainError.self) {
                try await store.teams.add(TeamMember(id: UUID(), teamID: village.id, fullName: "Trần Thị Ánh", role: .leader, from: formed),
                                          directory: store.directory)
            }
            try await store.teams.add(TeamMember(id: UUID(), teamID: village.id, fullName: "Trần Thị Ánh", role: .member, from: formed),
                                      directory: store.directory)
            let found = try await store.teams.membership(userID: user, on: CivilDate(year: 2026, month: 5, day: 1)!)
            #expect(found?.member.id == leader.id)
            #expect(found?.team.id == village.id)
            let shift = DutyShift(id: UUID(), teamID: village.id, memberID: leader.id, weekday: .monday,
                                  start: ClockTime("07:30")!, end: ClockTime("11:30")!, place: "Nhà văn hóa")
            try await store.teams.addShift(shift)
            let roster = try await store.teams.roster(commune: "11131")
            #expect(roster.teams.count == 2)
            #expect(roster.members(of: village.id).map(\.role) == [.leader, .member])
            let monday = CivilDate(year: 2026, month: 5, day: 18)!
            #expect(DutyRoster(teams: roster.teams, members: roster.members, shifts: roster.shifts).duties(on: monday).map(\.member.id) == [leader.id])
            try await store.teams.endMembership(leader.id, on: CivilDate(year: 2026, month: 5, day: 10)!)
            #expect(try await store.teams.membership(userID: user, on: CivilDate(year: 2026, month: 5, day: 11)!) == nil)
            #expect(try await store.teams.roster(commune: "11131").shifts.isEmpty)
        }
    }

    @Test("a household counts as visited once, however many visits; visits are idempotent by id", arguments: Engine.allCases)
    func visits(engine: Engine) async throws {
        try await withPlace(engine) { store, place in
            guard let household = place.resident.householdID else { Issue.record("no household"); return }
            let day = CivilDate(year: 2026, month: 5, day: 2)!
            let absent = HouseholdVisit(id: UUID(), householdID: household, villageCode: place.east, day: day, status: .nobodyHome)
            #expect(try await store.visits.record(absent, communeCode: "11131"))
            #expect(try await store.visits.notVisited(village: place.east, page: 1, perPage: 50).total == 1)
            let visit = HouseholdVisit(id: UUID(), householdID: household, villageCode: place.east, day: day, status: .visited,
                                       presentResidentIDs: [place.resident.id])
            #expect(try await store.visits.record(visit, communeCode: "11131"))
            #expect(try await store.visits.record(visit, communeCode: "11131") == false)
            let again = HouseholdVisit(id: UUID(), householdID: household, villageCode: place.east, day: day, status: .visited)
            #expect(try await store.visits.record(again, communeCode: "11131"))
            #expect(try await store.visits.notVisited(village: place.east, page: 1, perPage: 50).total == 0)
            let counts = try await store.rollups.counts(units: [place.east, "11131"])
            #expect(counts[place.east]?[RollupStore.Metric.householdsVisited] == 1)
            #expect(counts["11131"]?[RollupStore.Metric.householdsVisited] == 1)
            await #expect(throws: DomainError.self) {
                try await store.visits.record(HouseholdVisit(id: UUID(), householdID: household, villageCode: place.east, day: day,
                                                             status: .visited, presentResidentIDs: [place.stranger.id]), communeCode: "11131")
            }
            let linked = session(unit: place.east, resident: place.resident.id)
            var during = linked
            during.visitID = visit.id
            _ = try await store.sessions.recorder.record([during])
            #expect(try await store.sessions.sessions(ofVisits: [visit.id])[visit.id]?.map(\.session.id) == [linked.id])
            #expect(try await store.rollups.verify().isEmpty)
        }
    }

    @Test("event attendance by target group; participants follow head count and names", arguments: Engine.allCases)
    func events(engine: Engine) async throws {
        try await withPlace(engine) { store, place in
            let event = CommunityEvent(id: UUID(), communeCode: "11131", villageCode: place.east, type: .villageClass,
                                       day: CivilDate(year: 2026, month: 4, day: 12)!, place: "Nhà văn hóa thôn Đông",
                                       organiser: "Tổ công nghệ số", topic: "Cài VNeID", headCount: 1)
            #expect(try await store.events.create(event, provinceCode: "31"))
            #expect(try await store.events.create(event, provinceCode: "31") == false)
            try await store.events.updateAttendance(event: event.id, add: [place.resident.id, place.neighbour.id])
            var summary = try await store.events.summary(event: event.id)
            #expect(summary?.named == 2)
            #expect(summary?.participants == 2)
            #expect(summary?.byGroup[.citizen] == 2)
            await #expect(throws: DomainError.self) {
                try await store.events.updateAttendance(event: event.id, add: [place.stranger.id])
            }
            try await store.events.updateAttendance(event: event.id, add: [], remove: [place.neighbour.id], headCount: .some(40))
            summary = try await store.events.summary(event: event.id)
            #expect(summary?.participants == 40)
            #expect(summary?.unnamed == 39)
            let counts = try await store.rollups.counts(units: ["11131"])
            #expect(counts["11131"]?[RollupStore.Metric.eventParticipants] == nil) // monthly counters: not in the stock view
            #expect(try await store.rollups.verify().isEmpty)
            let listed = try await store.events.list(ActivityQuery(unitCode: "11131", eventType: .villageClass), unit: store.directory["11131"]!)
            #expect(listed.items.map(\.participants) == [40])
        }
    }
}

import Foundation

/// What the activity generator needs to know about one village's people: the households and
/// residents the seeder has just generated for it (`DemoGenerator.households(in:today:)`).
public struct DemoVillagePeople: Sendable {
    public var village: DemoVillage
    public var households: [Household]
    /// The residents of `households` (every resident's `householdID` is one of them).
    public var residents: [Resident]

    public init(village: DemoVillage, households: [Household], residents: [Resident]) {
        self.village = village
        self.households = households
        self.residents = residents
    }
}

/// A commune's community activity: teams and their rosters, support sessions, door-to-door
/// visits, classes and events with their named attendance.
public struct DemoActivity: Sendable, Equatable {
    /// One named participant of an event.
    public struct Attendance: Sendable, Hashable {
        public var eventID: UUID
        public var residentID: UUID

        public init(eventID: UUID, residentID: UUID) {
            self.eventID = eventID
            self.residentID = residentID
        }
    }

    public var teams: [Team] = []
    public var members: [TeamMember] = []
    public var shifts: [DutyShift] = []
    /// In time order.
    public var sessions: [SupportSession] = []
    /// In day order.
    public var visits: [HouseholdVisit] = []
    /// In day order.
    public var events: [CommunityEvent] = []
    public var attendance: [Attendance] = []

    public init() {}
}

/// Generates the activity of one demo commune from the movement's launch there (August 2025)
/// up to a given day, deterministically.
///
/// - Teams: one commune team, one rapid-response team, one team per village, 5–7 members each
///   (young adults of the commune, one leader), formed on the launch day; a few members leave
///   and are replaced, so the roster has history. Nobody is on two teams.
/// - Duty roster: the commune team covers Monday–Friday office hours at the commune
///   public-service centre, two members per half-day; most village teams hold a Saturday
///   morning at their cultural house.
/// - Sessions at the centre on working days, at home (door-to-door, or on request) and at the
///   cultural house, at rates proportional to the population, higher during campaigns.
/// - Door-to-door visits in three waves (autumn 2025, spring 2026, autumn 2026) covering
///   60–85 % of each village's households.
/// - Events: the launch ceremony, team and officials' trainings, a conference, the learning
///   day of 10 October, and several village classes a month.
/// The seed figures of the communes' reports hold (Chí Minh: more than 1,500 sessions since
/// 1/1/2026; Phú Thái: more than 150 class participants by 13/11/2025 and a conference of
/// more than 200 on 18/10/2025; Đức Thịnh: one team training of 126).
public struct DemoActivityGenerator: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// Everything for one commune, from its launch until `today` (inclusive). Deterministic for
    /// (seed, commune, villages, today). Sessions later than `now`, when given, are left out
    /// (for a store that rejects sessions in the future on the day the demo is loaded).
    public func activity(for commune: DemoCommunePlan, villages: [DemoVillagePeople], today: CivilDate,
                         now: Date? = nil) -> DemoActivity {
        let profile = DemoActivityProfile.of(commune)
        guard profile.launch <= today, !villages.isEmpty else { return DemoActivity() }
        let root = SeededGenerator(seed: seed).derived("activity/" + commune.code)
        let context = DemoActivityContext(plan: commune, profile: profile, villages: villages, today: today)

        var activity = DemoActivity()
        var teamRNG = root.derived("teams")
        let teams = context.makeTeams(using: &teamRNG)
        activity.teams = teams.map(\.team)
        activity.members = teams.flatMap(\.members)
        activity.shifts = context.makeShifts(teams, using: &teamRNG)

        var eventRNG = root.derived("events")
        let events = context.makeEvents(teams, using: &eventRNG)
        activity.events = events.map(\.event)
        for planned in events {
            for ref in planned.named {
                activity.attendance.append(.init(eventID: planned.event.id, residentID: context.resident(ref).id))
            }
        }

        var visitRNG = root.derived("visits")
        let visits = context.makeVisits(teams, using: &visitRNG)
        activity.visits = visits.map(\.visit)

        var sessionRNG = root.derived("sessions")
        var sessions = context.makeSessions(teams, events: events, visits: visits, using: &sessionRNG)
        if let now { sessions.removeAll { $0.at > now } }
        activity.sessions = sessions
        return activity
    }
}

// MARK: - Shared state

/// A resident of the commune: village position and index in that village's `residents`.
struct DemoResidentRef: Hashable {
    let village: Int
    let index: Int
}

/// The commune's people, indexed once, and the calendar of the movement.
struct DemoActivityContext {
    let plan: DemoCommunePlan
    let profile: DemoActivityProfile
    let villages: [DemoVillagePeople]
    let today: CivilDate
    /// Age on `today`, per village and resident.
    let ages: [[Int]]
    /// Per village: household index → indices of its residents.
    let householdMembers: [[[Int]]]
    /// Village indices weighted by population.
    let villageByPopulation: WeightedTable<Int>
    /// "xã Chí Minh".
    let communeName: String

    init(plan: DemoCommunePlan, profile: DemoActivityProfile, villages: [DemoVillagePeople], today: CivilDate) {
        self.plan = plan
        self.profile = profile
        self.villages = villages
        self.today = today
        communeName = plan.type.lowercased() + " " + plan.name
        var ages: [[Int]] = []
        var members: [[[Int]]] = []
        ages.reserveCapacity(villages.count)
        members.reserveCapacity(villages.count)
        for people in villages {
            ages.append(people.residents.map { $0.birthDate.years(until: today) })
            var position: [UUID: Int] = [:]
            position.reserveCapacity(people.households.count)
            for (i, household) in people.households.enumerated() { position[household.id] = i }
            var lists = [[Int]](repeating: [], count: people.households.count)
            for (i, resident) in people.residents.enumerated() {
                if let id = resident.householdID, let h = position[id] { lists[h].append(i) }
            }
            members.append(lists)
        }
        self.ages = ages
        householdMembers = members
        villageByPopulation = WeightedTable(villages.enumerated().map { ($0.offset, Double(max(1, $0.element.residents.count))) })
    }

    func resident(_ ref: DemoResidentRef) -> Resident { villages[ref.village].residents[ref.index] }
    func age(_ ref: DemoResidentRef) -> Int { ages[ref.village][ref.index] }

    /// "thôn An Lại", "khu dân cư Phú Xá".
    func villageName(_ v: Int) -> String {
        let village = villages[v].village
        return village.type.lowercased() + " " + village.name
    }

    /// The population relative to Chí Minh's 26,480, which the daily rates are written for.
    var scale: Double { Double(villages.reduce(0) { $0 + $1.residents.count }) / 26_480 }
}

// MARK: - Calendar, identifiers, instants

enum DemoCalendar {
    /// Public holidays on which the centre is closed: the fixed dates of every year, Tết 2026 and
    /// 2027 (the official 2027 days are not yet set; these are approximate) and the movable days
    /// of 2025–2026 (the day before National Day, Hùng Kings' day observed on a Monday).
    static func isHoliday(_ day: CivilDate) -> Bool {
        switch (day.month, day.day) {
        case (1, 1), (4, 30), (5, 1), (9, 2): return true
        default: break
        }
        return tet.contains { $0.contains(day) } || movable.contains(day)
    }

    static let tet: [ClosedRange<CivilDate>] = [
        CivilDate(year: 2026, month: 2, day: 14)!...CivilDate(year: 2026, month: 2, day: 22)!,
        CivilDate(year: 2027, month: 2, day: 4)!...CivilDate(year: 2027, month: 2, day: 10)!,
    ]

    static let movable: Set<CivilDate> = [
        CivilDate(year: 2025, month: 9, day: 1)!,
        CivilDate(year: 2026, month: 4, day: 27)!,
        CivilDate(year: 2026, month: 9, day: 1)!,
    ]

    static func isWorkingDay(_ day: CivilDate) -> Bool {
        Weekday(day) < .saturday && !isHoliday(day)
    }

    /// The instant at `minute` past midnight (plus `second`) of `day`, Vietnam time (UTC+7, no DST).
    static func instant(_ day: CivilDate, minute: Int, second: Int = 0) -> Date {
        let seconds = CivilDate.dayNumber(day) * 86_400 + minute * 60 + second - 7 * 3_600
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }
}

extension SeededGenerator {
    /// A version-4 UUID from 16 random bytes.
    mutating func demoUUID() -> UUID {
        let high = next().bigEndian
        let low = next().bigEndian
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { raw in
            raw.storeBytes(of: high, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: low, toByteOffset: 8, as: UInt64.self)
        }
        bytes.6 = (bytes.6 & 0x0F) | 0x40
        bytes.8 = (bytes.8 & 0x3F) | 0x80
        return UUID(uuid: bytes)
    }

    /// A count with mean `mean` (Poisson, by Knuth's method; means here stay below 40).
    mutating func demoCount(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        let limit = exp(-min(mean, 60))
        var product = demoUnit()
        var k = 0
        while product > limit {
            k += 1
            product *= demoUnit()
        }
        return k
    }

    /// A day uniformly drawn from `range`.
    mutating func demoDay(in range: ClosedRange<CivilDate>) -> CivilDate {
        range.lowerBound.adding(days: demoInt(below: range.upperBound.daysSince(range.lowerBound) + 1))
    }
}

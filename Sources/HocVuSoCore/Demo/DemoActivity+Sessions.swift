import Foundation

/// What the movement pushes at a given time, which shifts the kinds of help asked for.
enum DemoCampaign: Int, CaseIterable {
    case none, vneid, cityApp, learningDay
}

/// Where a session happens, for the category mix.
private enum DemoSessionKind: Int, CaseIterable {
    case centre, rapid, village
}

extension DemoActivityContext {
    /// How busy a day is relative to an ordinary one, and the campaign under way.
    func intensity(_ day: CivilDate) -> (Double, DemoCampaign) {
        let d = DemoCalendar.date
        let haiPhong = plan.provinceCode == "31"
        if day < profile.launch.adding(days: 14) { return (0.7, .none) }
        if day.month == 10, day.day <= 17 { return (1.7, .learningDay) }
        if (d(2025, 9, 15)...d(2025, 9, 30)).contains(day) || (d(2026, 3, 2)...d(2026, 3, 27)).contains(day) {
            return (1.5, .vneid)
        }
        if haiPhong, (d(2025, 10, 18)...d(2025, 11, 30)).contains(day) { return (1.3, .cityApp) }
        if haiPhong, (d(2026, 5, 14)...d(2026, 6, 19)).contains(day) { return (1.4, .cityApp) }
        if (d(2026, 1, 26)...d(2026, 2, 13)).contains(day) { return (1.2, .none) }
        if (d(2026, 2, 23)...d(2026, 3, 1)).contains(day) { return (0.8, .none) }
        if day.month == 7 || day.month == 8 { return (0.85, .none) }
        if day.year == 2025 || day.month >= 11 { return (1.15, .none) }
        return (1, .none)
    }

    /// Support sessions: at the centre on working days (the commune team on duty, the rapid-response team),
    /// at home (during door-to-door visits, or on request), at the cultural house (Saturday mornings,
    /// after classes). In time order.
    func makeSessions(_ drafts: [DemoTeamDraft], events: [DemoPlannedEvent], visits: [DemoPlannedVisit],
                      using rng: inout SeededGenerator) -> [SupportSession] {
        var maker = DemoSessionMaker(context: self)
        let launch = profile.launch
        let days = today.daysSince(launch) + 1
        guard days > 0 else { return [] }

        // The commune-level teams at the centre.
        let scale = self.scale
        for draft in drafts where draft.team.level != .village && !draft.seats.isEmpty {
            let rapid = draft.team.level == .rapidResponse
            for offset in 0..<days {
                let day = launch.adding(days: offset)
                guard DemoCalendar.isWorkingDay(day) else { continue }
                let (factor, campaign) = intensity(day)
                let count = rng.demoCount(mean: (rapid ? 0.7 : 7) * scale * factor)
                for _ in 0..<count {
                    let afternoon = rng.demoChance(0.4)
                    let minute = afternoon ? 13 * 60 + 30 + rng.demoInt(below: 210) : 7 * 60 + 30 + rng.demoInt(below: 240)
                    var member: Int?
                    if !rapid {
                        let halfDay = (Weekday(day).rawValue - 1) * 2 + (afternoon ? 1 : 0)
                        let seats = Self.seatsOnDuty(halfDay: halfDay, seats: draft.seats.count)
                        member = draft.member(seat: seats[rng.demoInt(below: 2)], on: day)
                    }
                    if member == nil {
                        let active = draft.active(on: day)
                        guard !active.isEmpty else { continue }
                        member = active[rng.demoInt(below: active.count)]
                    }
                    let resident = rng.demoChance(0.78) ? pickSessionResident(village: nil, using: &rng) : nil
                    maker.add(day: day, minute: minute, unit: plan.code, place: .centre, member: draft.members[member!].id,
                              resident: resident, kind: rapid ? .rapid : .centre, campaign: campaign, using: &rng)
                }
            }
        }

        // Village teams: on request at home, and Saturday mornings at the cultural house.
        for draft in drafts {
            guard let v = draft.village, !draft.seats.isEmpty else { continue }
            let unit = villages[v].village.code
            let perDay = 0.07 * Double(villages[v].residents.count) / 1_000
            for offset in 0..<days {
                let day = launch.adding(days: offset)
                let (factor, campaign) = intensity(day)
                let weekday = Weekday(day)
                let holiday = DemoCalendar.isHoliday(day)
                let count = rng.demoCount(mean: perDay * factor * (weekday >= .saturday ? 1.3 : 1) * (holiday ? 0.3 : 1))
                let active = count > 0 ? draft.active(on: day) : []
                for _ in 0..<count where !active.isEmpty {
                    let minute = weekday >= .saturday
                        ? (rng.demoChance(0.5) ? 8 * 60 : 14 * 60) + rng.demoInt(below: 180)
                        : 17 * 60 + 30 + rng.demoInt(below: 180)
                    let resident = rng.demoChance(0.85) ? pickSessionResident(village: v, using: &rng) : nil
                    maker.add(day: day, minute: minute, unit: unit, place: .home,
                              member: draft.members[active[rng.demoInt(below: active.count)]].id,
                              resident: resident, kind: .village, campaign: campaign, using: &rng)
                }
                guard weekday == .saturday, !holiday, !draft.saturdaySeats.isEmpty else { continue }
                for _ in 0..<rng.demoCount(mean: 1.1 * factor) {
                    let seat = draft.saturdaySeats[rng.demoInt(below: draft.saturdaySeats.count)]
                    guard let m = draft.member(seat: seat, on: day) else { continue }
                    let resident = rng.demoChance(0.8) ? pickSessionResident(village: v, using: &rng) : nil
                    maker.add(day: day, minute: 8 * 60 + rng.demoInt(below: 180), unit: unit, place: .culturalHouse,
                              member: draft.members[m].id, resident: resident, kind: .village, campaign: campaign, using: &rng)
                }
            }
        }

        // During door-to-door visits, for the people at home.
        for planned in visits where planned.visit.status == .visited {
            guard rng.demoChance(0.35), let member = planned.visit.memberID else { continue }
            let v = planned.village
            let helped = planned.present.filter { ages[v][$0] >= 14 }
            let count = min(helped.count, rng.demoChance(0.2) ? 2 : 1)
            let campaign = intensity(planned.visit.day).1
            for k in 0..<count {
                maker.add(day: planned.visit.day, minute: min(planned.minute + 2 + 6 * k, 21 * 60 + 30),
                          unit: planned.visit.villageCode, place: .home, member: member,
                          resident: DemoResidentRef(village: v, index: helped[k]), kind: .village, campaign: campaign,
                          visit: planned.visit.id, using: &rng)
            }
        }

        // After village classes, at the cultural house, for some of those who came.
        let teamOfVillage = Dictionary(drafts.compactMap { draft in draft.village.map { ($0, draft) } }, uniquingKeysWith: { a, _ in a })
        for planned in events where planned.event.type == .villageClass {
            guard let v = planned.village, let draft = teamOfVillage[v], !planned.named.isEmpty else { continue }
            let day = planned.event.day
            let active = draft.active(on: day)
            guard !active.isEmpty else { continue }
            let weekend = Weekday(day) >= .saturday
            let start = weekend ? 9 * 60 + 30 : 20 * 60
            let campaign = intensity(day).1
            for k in 0..<min(planned.named.count, 2 + rng.demoInt(below: 4)) {
                maker.add(day: day, minute: start + 5 * k + rng.demoInt(below: 5), unit: villages[v].village.code,
                          place: .culturalHouse, member: draft.members[active[rng.demoInt(below: active.count)]].id,
                          resident: planned.named[k], kind: .village, campaign: campaign, using: &rng)
            }
        }
        return maker.sorted()
    }

    /// A registered resident of the village (or anywhere in the commune) likely to ask for help: adults,
    /// the middle-aged and elderly most. Nil when nobody suitable turns up.
    func pickSessionResident(village: Int?, using rng: inout SeededGenerator) -> DemoResidentRef? {
        for _ in 0..<40 {
            let v = village ?? villageByPopulation.pick(&rng)
            let count = ages[v].count
            guard count > 0 else { continue }
            let i = rng.demoInt(below: count)
            let age = ages[v][i]
            let acceptance: Double
            switch age {
            case ..<14: acceptance = 0
            case ..<18: acceptance = 0.25
            case ..<30: acceptance = 0.55
            case ..<60: acceptance = 0.8
            case ..<80: acceptance = 1
            default: acceptance = 0.45
            }
            if rng.demoChance(acceptance) { return DemoResidentRef(village: v, index: i) }
        }
        return nil
    }
}

/// Builds sessions with their category mix, outcome and notes, then sorts them by time.
private struct DemoSessionMaker {
    let context: DemoActivityContext
    private var made: [SupportSession] = []
    /// Category tables by kind of session and campaign.
    private let tables: [[WeightedTable<String>]]
    private let ageBands = WeightedTable<AgeBand>([(.under16, 4), (.from16to35, 30), (.from36to60, 38), (.over60, 28)])
    private let followUpNotes = WeightedTable(DemoActivityTables.followUpNotes)
    private let otherNotes = WeightedTable(DemoActivityTables.otherNotes)

    init(context: DemoActivityContext) {
        self.context = context
        let base: [DemoSessionKind: [String: Double]] = [
            .centre: ["vneid": 22, "account-recovery": 8, "public-services": 34, "payment": 12, "app-install": 9,
                      "anti-fraud": 5, "e-commerce": 3, "other": 4],
            .rapid: ["vneid": 12, "account-recovery": 38, "public-services": 8, "payment": 10, "app-install": 6,
                     "anti-fraud": 20, "e-commerce": 2, "other": 4],
            .village: ["vneid": 28, "account-recovery": 6, "public-services": 12, "payment": 15, "app-install": 10,
                       "anti-fraud": 12, "e-commerce": 6, "other": 5],
        ]
        let boosts: [DemoCampaign: [String: Double]] = [
            .vneid: ["vneid": 2.5], .cityApp: ["app-install": 3],
            .learningDay: ["anti-fraud": 1.8, "e-commerce": 1.8, "other": 1.5],
        ]
        tables = DemoSessionKind.allCases.map { kind in
            DemoCampaign.allCases.map { campaign in
                WeightedTable(SupportCategory.defaultKeys.map { key in
                    (key, base[kind]![key]! * (boosts[campaign]?[key] ?? 1))
                })
            }
        }
    }

    mutating func add(day: CivilDate, minute: Int, unit: String, place: SupportPlace, member: UUID,
                      resident: DemoResidentRef?, kind: DemoSessionKind, campaign: DemoCampaign, visit: UUID? = nil,
                      using rng: inout SeededGenerator) {
        let category = tables[kind.rawValue][campaign.rawValue].pick(&rng)
        let outcome: SupportOutcome = rng.demoChance(0.9) ? .done : .followUp
        var note: String?
        if outcome == .followUp, rng.demoChance(0.5) {
            note = followUpNotes.pick(&rng)
        } else if category == "other", rng.demoChance(0.7) {
            note = otherNotes.pick(&rng)
        }
        var ageBand: AgeBand?
        var gender: Gender?
        if resident == nil {
            ageBand = ageBands.pick(&rng)
            gender = rng.demoChance(0.55) ? .female : .male
        }
        made.append(SupportSession(
            id: rng.demoUUID(), provinceCode: context.plan.provinceCode, communeCode: context.plan.code, unitCode: unit,
            category: category, at: DemoCalendar.instant(day, minute: minute, second: rng.demoInt(below: 60)),
            memberID: member, residentID: resident.map { context.resident($0).id }, ageBand: ageBand, gender: gender,
            place: place, outcome: outcome, note: note, visitID: visit))
    }

    func sorted() -> [SupportSession] {
        made.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }
}

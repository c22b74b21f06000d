import Foundation

/// A generated event with its named participants.
struct DemoPlannedEvent {
    var event: CommunityEvent
    var village: Int?
    var named: [DemoResidentRef]
}

/// Named participants without repetition.
private struct DemoNamedList {
    private(set) var refs: [DemoResidentRef] = []
    private var seen = Set<DemoResidentRef>()

    var count: Int { refs.count }

    mutating func add(_ ref: DemoResidentRef) {
        if seen.insert(ref).inserted { refs.append(ref) }
    }

    mutating func trim(to count: Int) {
        while refs.count > count { seen.remove(refs.removeLast()) }
    }
}

extension DemoActivityContext {
    /// The launch ceremony, trainings, the conference, the learning days and the village classes, up to today.
    func makeEvents(_ drafts: [DemoTeamDraft], using rng: inout SeededGenerator) -> [DemoPlannedEvent] {
        var events: [DemoPlannedEvent] = []
        let hall = "Hội trường UBND " + communeName
        let ubnd = "UBND " + communeName
        let population = Double(villages.reduce(0) { $0 + $1.residents.count })
        var officials: [DemoResidentRef] = []
        for (v, people) in villages.enumerated() {
            for (i, resident) in people.residents.enumerated() where resident.targetGroup == .official && ages[v][i] <= 60 {
                officials.append(DemoResidentRef(village: v, index: i))
            }
        }

        func add(_ type: EventType, _ day: CivilDate, village: Int? = nil, place: String, organiser: String, topic: String,
                 named: DemoNamedList, headCount: Int?) {
            guard day <= today else { return }
            let event = CommunityEvent(id: rng.demoUUID(), communeCode: plan.code,
                                       villageCode: village.map { villages[$0].village.code }, type: type, day: day,
                                       place: place, organiser: organiser, topic: topic, headCount: headCount)
            events.append(DemoPlannedEvent(event: event, village: village, named: named.refs))
        }
        func teamMembers(_ day: CivilDate, into list: inout DemoNamedList, seats: Int = .max,
                         levels: Set<TeamLevel> = [.commune, .rapidResponse, .village]) {
            for draft in drafts where levels.contains(draft.team.level) {
                for (seat, m) in draft.active(on: day).enumerated() where seat < seats { list.add(draft.residents[m]) }
            }
        }
        func some(_ pool: [DemoResidentRef], _ count: Int, into list: inout DemoNamedList) {
            guard !pool.isEmpty else { return }
            for _ in 0..<count { list.add(pool[rng.demoInt(below: pool.count)]) }
        }

        // Launch ceremony: every team member and officials, in a full hall.
        let launch = profile.launch
        var named = DemoNamedList()
        teamMembers(launch, into: &named)
        some(officials, 15, into: &named)
        let launchCount = max(named.count + 20 + rng.demoInt(below: 40), 150 + 3 * villages.count + rng.demoInt(below: 40))
        add(.launch, launch, place: hall, organiser: ubnd,
            topic: "Lễ phát động phong trào “Bình dân học vụ số” trên địa bàn " + communeName, named: named, headCount: launchCount)

        // Team trainings: the first for the commune-level teams and two members of every village team.
        for (k, day) in profile.teamTrainings.enumerated() {
            var named = DemoNamedList()
            let headCount: Int?
            if k == 0 {
                teamMembers(day, into: &named, levels: [.commune, .rapidResponse])
                teamMembers(day, into: &named, seats: 2, levels: [.village])
                if let fixed = profile.teamTrainingHeadCount {
                    named.trim(to: fixed)
                    headCount = fixed
                } else {
                    headCount = named.count + 4 + rng.demoInt(below: 9)
                }
            } else {
                teamMembers(day, into: &named)
                headCount = nil
            }
            let topic = k == 0
                ? "Tập huấn kỹ năng, nghiệp vụ hỗ trợ người dân cho thành viên Tổ công nghệ số cộng đồng"
                : "Tập huấn nhận diện, phòng chống lừa đảo trực tuyến và bảo vệ dữ liệu cá nhân cho Tổ công nghệ số cộng đồng"
            add(.teamTraining, day, place: hall, organiser: k == 0 ? ubnd : "Phòng Văn hóa - Xã hội " + communeName,
                topic: topic, named: named, headCount: headCount)
        }

        // Officials' trainings: AI in the administration (the department's online class), then the skills framework.
        let department = "Sở Khoa học và Công nghệ " + (plan.provinceCode == "42" ? "tỉnh Hà Tĩnh" : plan.provinceName.lowercasedFirstWord)
        var ai = DemoNamedList()
        some(officials, 25 + rng.demoInt(below: 21), into: &ai)
        add(.officialTraining, DemoCalendar.date(2025, 10, plan.provinceCode == "42" ? 28 : 24),
            place: "Điểm cầu trực tuyến tại " + hall, organiser: department,
            topic: "Ứng dụng trí tuệ nhân tạo (AI), tự động hóa trong cơ quan nhà nước", named: ai, headCount: nil)
        var framework = DemoNamedList()
        some(officials, 30 + rng.demoInt(below: 31), into: &framework)
        add(.officialTraining, DemoCalendar.date(2026, 4, 16), place: hall, organiser: ubnd,
            topic: "Bồi dưỡng kỹ năng số cơ bản cho cán bộ, công chức, viên chức theo Khung kiến thức, kỹ năng số (QĐ 757/QĐ-BKHCN)",
            named: framework, headCount: framework.count + rng.demoInt(below: 11))

        // The conference: team leaders and one more member per village team, and representatives of the people.
        let conference = profile.conference
        var delegates = DemoNamedList()
        teamMembers(conference.day, into: &delegates, seats: 2)
        some(adults(minimumAge: 30), 20 + rng.demoInt(below: 21), into: &delegates)
        let span = conference.headCount.upperBound - conference.headCount.lowerBound + 1
        add(.conference, conference.day, place: hall, organiser: conference.organiser, topic: conference.topic,
            named: delegates, headCount: max(conference.headCount.lowerBound + rng.demoInt(below: span), delegates.count + 10))

        // "Ngày hội toàn dân học tập số", every 10 October.
        let visitorPool = adults(minimumAge: 14)
        for year in [2025, 2026, 2027] {
            var visitors = DemoNamedList()
            let day = DemoCalendar.date(year, 10, 10)
            teamMembers(day, into: &visitors, levels: [.commune, .rapidResponse])
            some(visitorPool, 30 + rng.demoInt(below: 31), into: &visitors)
            let crowd = Int(250 + 8 * population / 1_000 * (0.8 + 0.4 * rng.demoUnit()))
            add(.learningDay, day, place: "Sân Trung tâm Văn hóa - Thể thao " + communeName,
                organiser: ubnd + " và Đoàn Thanh niên " + communeName,
                topic: "Ngày hội toàn dân học tập số, hưởng ứng Ngày Chuyển đổi số quốc gia 10/10/\(year)",
                named: visitors, headCount: max(crowd, visitors.count))
        }

        events.append(contentsOf: makeClasses(using: &rng))
        return events.enumerated().sorted { ($0.element.event.day, $0.offset) < ($1.element.event.day, $1.offset) }.map(\.element)
    }

    /// Several classes a month at the villages' cultural houses, every village in turn.
    private func makeClasses(using rng: inout SeededGenerator) -> [DemoPlannedEvent] {
        var classes: [DemoPlannedEvent] = []
        var turn: [Int] = []
        var month = DemoCalendar.date(profile.launch.year, profile.launch.month, 1)
        let first = profile.launch.adding(days: 5)
        while month <= today {
            let monthEnd = DemoCalendar.date(month.year, month.month, CivilDate.daysIn(month: month.month, year: month.year))
            let boosted = profile.classBoost?.contains(month) ?? false
            let count = max(2, rng.demoCount(mean: profile.classesPerMonth * (boosted ? 2 : 1)))
            let start = max(month, first)
            let end = min(monthEnd, today)
            if start <= end {
                for _ in 0..<count {
                    var day = rng.demoDay(in: start...end)
                    for _ in 0..<20 where DemoCalendar.isHoliday(day) { day = rng.demoDay(in: start...end) }
                    guard !DemoCalendar.isHoliday(day) else { continue }
                    if turn.isEmpty {
                        turn = Array(villages.indices)
                        rng.demoShuffle(&turn)
                    }
                    let v = turn.removeLast()
                    classes.append(villageClass(village: v, day: day, using: &rng))
                }
            }
            month = monthEnd.adding(days: 1)
        }
        return classes
    }

    private func villageClass(village v: Int, day: CivilDate, using rng: inout SeededGenerator) -> DemoPlannedEvent {
        let topics = DemoActivityTables.classTopics.filter {
            ($0.province == nil || $0.province == plan.provinceCode) && ($0.from.map { $0 <= day } ?? true)
        }
        let topic = WeightedTable(topics.map { ($0.topic, $0.weight) }).pick(&rng)
        let roll = rng.demoUnit()
        let organiser = roll < 0.7 ? "Tổ công nghệ số cộng đồng " + villageName(v)
            : roll < 0.85 ? "Chi đoàn " + villageName(v) + " phối hợp Tổ công nghệ số cộng đồng"
            : "Chi hội Phụ nữ " + villageName(v) + " phối hợp Tổ công nghệ số cộng đồng"
        var named = DemoNamedList()
        let wanted = 12 + rng.demoInt(below: 19)
        let size = villages[v].residents.count
        var tries = 0
        while named.count < wanted, tries < wanted * 30, size > 0 {
            tries += 1
            let i = rng.demoInt(below: size)
            if rng.demoChance(Self.classAcceptance(age: ages[v][i])) { named.add(DemoResidentRef(village: v, index: i)) }
        }
        let headCount: Int? = rng.demoChance(0.45) ? named.count + 3 + rng.demoInt(below: 13) : nil
        let event = CommunityEvent(id: rng.demoUUID(), communeCode: plan.code, villageCode: villages[v].village.code,
                                   type: .villageClass, day: day, place: culturalHouse(v), organiser: organiser,
                                   topic: topic, headCount: headCount)
        return DemoPlannedEvent(event: event, village: v, named: named.refs)
    }

    /// Who comes to a class: mostly the middle-aged and the elderly.
    static func classAcceptance(age: Int) -> Double {
        switch age {
        case ..<16: return 0
        case ..<25: return 0.15
        case ..<45: return 0.45
        case ..<60: return 0.85
        case ..<80: return 1
        default: return 0.25
        }
    }

    /// Residents of the commune at least `minimumAge` old (for drawing representatives).
    func adults(minimumAge: Int) -> [DemoResidentRef] {
        var refs: [DemoResidentRef] = []
        for v in villages.indices {
            for (i, age) in ages[v].enumerated() where age >= minimumAge && age <= 75 {
                refs.append(DemoResidentRef(village: v, index: i))
            }
        }
        return refs
    }
}

private extension String {
    /// "Thành phố Hải Phòng" → "thành phố Hải Phòng".
    var lowercasedFirstWord: String {
        for prefix in ["Thành phố ", "Tỉnh "] where hasPrefix(prefix) {
            return prefix.lowercased() + dropFirst(prefix.count)
        }
        return self
    }
}

import Foundation

/// A generated door-to-door visit with the time of day it happened and who was home.
struct DemoPlannedVisit {
    var visit: HouseholdVisit
    var village: Int
    /// Minutes after midnight.
    var minute: Int
    /// Indices (in the village's residents) of the members present.
    var present: [Int]
}

extension DemoActivityContext {
    /// The three door-to-door waves: autumn 2025 (the "last four months" plans), spring 2026 and autumn 2026.
    var visitWaves: [ClosedRange<CivilDate>] {
        let first = max(profile.launch.adding(days: 14), DemoCalendar.date(2025, 9, 8))
        return [first...DemoCalendar.date(2025, 12, 19),
                DemoCalendar.date(2026, 3, 2)...DemoCalendar.date(2026, 5, 29),
                DemoCalendar.date(2026, 9, 7)...DemoCalendar.date(2026, 11, 13)]
    }

    /// Share of each village's first visits made in each wave.
    static let waveShares = [0.55, 0.30, 0.15]

    /// Door-to-door visits per village: by the end of the third wave 62–83 % of households have been
    /// visited (some twice, some after finding nobody home), a few more only found nobody home.
    func makeVisits(_ drafts: [DemoTeamDraft], using rng: inout SeededGenerator) -> [DemoPlannedVisit] {
        let teamOfVillage = Dictionary(drafts.enumerated().compactMap { item in item.element.village.map { ($0, item.offset) } },
                                       uniquingKeysWith: { a, _ in a })
        let waves = visitWaves
        var planned: [DemoPlannedVisit] = []
        for v in villages.indices {
            guard let t = teamOfVillage[v], !drafts[t].seats.isEmpty else { continue }
            let households = villages[v].households.count
            guard households > 0 else { continue }

            // Tasks: (household, wave, status, a failed attempt first).
            var order = Array(0..<households)
            rng.demoShuffle(&order)
            let coverage = 0.62 + 0.21 * rng.demoUnit()
            let visited = min(households, Int((coverage * Double(households)).rounded()))
            let nobodyOnly = min(households - visited, Int((0.04 * Double(households)).rounded()))
            var tasks: [[(household: Int, status: VisitStatus, failedFirst: Bool)]] = [[], [], []]
            for (k, h) in order.prefix(visited).enumerated() {
                let share = Double(k) / Double(max(1, visited))
                let wave = share < Self.waveShares[0] ? 0 : (share < Self.waveShares[0] + Self.waveShares[1] ? 1 : 2)
                tasks[wave].append((h, .visited, rng.demoChance(0.1)))
                if wave < 2, rng.demoChance(0.12) {
                    tasks[wave + 1 + rng.demoInt(below: 2 - wave)].append((h, .visited, false))
                }
            }
            for h in order.dropFirst(visited).prefix(nobodyOnly) {
                tasks[rng.demoInt(below: 3)].append((h, .nobodyHome, false))
            }

            // Outings: a member takes 4–9 households on one day, in the evening on weekdays.
            for (w, var list) in tasks.enumerated() {
                rng.demoShuffle(&list)
                var next = 0
                while next < list.count {
                    let size = min(list.count - next, 4 + rng.demoInt(below: 6))
                    let day = rng.demoDay(in: waves[w])
                    let weekend = Weekday(day) >= .saturday
                    var minute = weekend ? (rng.demoChance(0.5) ? 8 * 60 : 14 * 60) + rng.demoInt(below: 120)
                        : 17 * 60 + 30 + rng.demoInt(below: 90)
                    let members = drafts[t].active(on: day)
                    guard day <= today, !members.isEmpty else { next += size; continue }
                    let member = drafts[t].members[members[rng.demoInt(below: members.count)]].id
                    for task in list[next..<next + size] {
                        if task.failedFirst {
                            let earlier = max(waves[w].lowerBound, day.adding(days: -(1 + rng.demoInt(below: 7))))
                            let earlierMembers = drafts[t].active(on: earlier)
                            if earlier < day, !earlierMembers.isEmpty {
                                let who = drafts[t].members[earlierMembers[rng.demoInt(below: earlierMembers.count)]].id
                                planned.append(visit(village: v, household: task.household, day: earlier, member: who,
                                                     status: .nobodyHome, minute: minute, using: &rng))
                            }
                        }
                        planned.append(visit(village: v, household: task.household, day: day, member: member,
                                             status: task.status, minute: minute, using: &rng))
                        minute += 10 + rng.demoInt(below: 15)
                    }
                    next += size
                }
            }
        }
        return planned.enumerated().sorted { ($0.element.visit.day, $0.offset) < ($1.element.visit.day, $1.offset) }.map(\.element)
    }

    private func visit(village v: Int, household h: Int, day: CivilDate, member: UUID, status: VisitStatus, minute: Int,
                       using rng: inout SeededGenerator) -> DemoPlannedVisit {
        var present: [Int] = []
        if status == .visited {
            var members = householdMembers[v][h]
            rng.demoShuffle(&members)
            // Adults first; one to three people home.
            members.sort { (ages[v][$0] >= 16 ? 0 : 1) < (ages[v][$1] >= 16 ? 0 : 1) }
            present = Array(members.prefix(1 + rng.demoInt(below: min(3, max(1, members.count)))))
        }
        let visit = HouseholdVisit(id: rng.demoUUID(), householdID: villages[v].households[h].id,
                                   villageCode: villages[v].village.code, day: day, memberID: member, status: status,
                                   presentResidentIDs: present.map { villages[v].residents[$0].id })
        return DemoPlannedVisit(visit: visit, village: v, minute: min(minute, 21 * 60), present: present)
    }
}

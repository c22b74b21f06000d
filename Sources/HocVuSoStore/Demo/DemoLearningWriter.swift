import Foundation
import HocVuSoCore

/// A commune's online learning for the demo, written through the store's own doors: a platform export imported
/// (most rows matched by ID number or name and birth date, a few with a wrong birth year left for review), a
/// reusable assessment link, and a handful of attempts, most of them passed with a certificate.
struct DemoLearningWriter {
    let store: Store

    static let platform = "binhdanhocvuso.gov.vn"

    static func courseKey(for group: TargetGroup) -> String {
        switch group {
        case .official: return "course-v1:MOET+KNS-CB+2026-1"
        case .student: return "course-v1:MOET+KNS-HS+2026-1"
        case .worker, .citizen: return "course-v1:MOET+KNS-ND+2026-1"
        }
    }

    func write(commune: DemoCommunePlan, people: [DemoVillagePeople], seed: UInt64,
               today: CivilDate) async throws -> (records: Int, certificates: Int) {
        var generator = SeededGenerator(seed: seed &+ (UInt64(commune.code) ?? 0) &* 7919)
        let start = CivilDate(year: 2025, month: 9, day: 1)!
        let span = max(1, today.daysSince(start) - 10)
        var rows: [LearningRow] = []
        var adults: [Resident] = []
        for village in people {
            for resident in village.residents where resident.birthDate.years(until: today) >= 15 {
                adults.append(resident)
                guard Int.random(in: 0..<100, using: &generator) < 12 else { continue }
                let enrolled = start.adding(days: Int.random(in: 0..<span, using: &generator))
                let completed = Int.random(in: 0..<100, using: &generator) < 65
                let finished = completed ? min(today, enrolled.adding(days: Int.random(in: 3...60, using: &generator))) : nil
                let byNumber = Int.random(in: 0..<100, using: &generator) < 80
                rows.append(LearningRow(row: rows.count + 2, fullName: resident.fullName, birthDate: resident.birthDate,
                                        cccd: byNumber ? resident.cccd : nil, courseKey: Self.courseKey(for: resident.targetGroup),
                                        courseTitle: "", enrolledOn: enrolled, completedOn: finished,
                                        status: completed ? .completed : .enrolled,
                                        score: completed ? Double(Int.random(in: 70...100, using: &generator)) : nil))
            }
        }
        // A few rows as platforms send them when a learner mistypes the birth year: they wait for an officer.
        for resident in adults.prefix(3) {
            rows.append(LearningRow(row: rows.count + 2, fullName: resident.fullName, birthDate: resident.birthDate.adding(years: 1),
                                    courseKey: Self.courseKey(for: resident.targetGroup), courseTitle: "",
                                    enrolledOn: today.adding(days: -20), status: .enrolled))
        }
        guard !rows.isEmpty, let province = store.directory.path(to: commune.code).first(where: { $0.level == .province }) else {
            return (0, 0)
        }
        let actor = AccessActor.commandLine("demo")
        let summary = try await store.learning.importRows(
            rows, platform: Self.platform,
            scope: LearningStore.Scope(unitCode: commune.code, provinceCode: province.code, communeCode: commune.code),
            filename: "binhdanhocvuso-ket-qua.xlsx", actor: actor)

        let link = try await store.assessments.createLink(communeCode: commune.code, provinceCode: province.code, villageCode: nil,
                                                          group: .citizen, singleUse: false, expiresOn: today.adding(days: 90),
                                                          by: "demo")
        let framework = try await store.frameworks.framework(try await store.frameworks.current().id).framework
        guard let items = framework.group(.citizen)?.items else { return (summary.created, 0) }
        var certificates = 0
        let citizens = adults.filter { $0.targetGroup == .citizen }
        for _ in 0..<min(8, citizens.count) {
            let person = citizens[Int.random(in: 0..<citizens.count, using: &generator)]
            let attempt = try await store.assessments.start(
                link: link.token, taker: AssessmentTaker(fullName: person.fullName, birthDate: person.birthDate),
                provinceCode: province.code)
            let skill = Int.random(in: 60...98, using: &generator)
            var responses: [String: AssessmentResponse] = [:]
            for item in items {
                let right = Int.random(in: 0..<100, using: &generator) < skill
                switch item.answer {
                case .truth(let value): responses[item.id] = .truth(right ? value : !value)
                case .option(let index):
                    let count = item.options?.count ?? 2
                    responses[item.id] = .option(right ? index : (index + 1) % count)
                }
            }
            _ = try await store.assessments.answer(attempt.id, responses: responses)
            if try await store.assessments.submit(attempt.id).certificate != nil { certificates += 1 }
        }
        return (summary.created, certificates)
    }
}

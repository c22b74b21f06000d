import Foundation
import HocVuSoCore
import HocVuSoStore
import Testing

@Suite("Learning records: matching, review queue, idempotent re-import, skills evidence")
struct LearningStoreTests {
    static let basicCourse = "course-v1:MOET+KNS-ND+2026-1"
    static let platform = "binhdanhocvuso.gov.vn"

    struct People {
        var village: String
        var other: String
        var duc: Resident
        var anh: Resident
        var an1: Resident
        var an2: Resident
    }

    func withPeople(_ engine: Engine, _ body: (Store, People) async throws -> Void) async throws {
        try await engine.withStore { store in
            let start = CivilDate(year: 2025, month: 7, day: 1)!
            let village = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn", validFrom: start).code
            let other = try await store.units.createVillage(communeCode: "11131", name: "Tây", type: "Thôn", validFrom: start).code
            try await store.reloadDirectory()
            let duc = sampleResident("Nguyễn Văn Đức", village: village, cccd: "030085001234")
            let anh = sampleResident("Trần Thị Ánh", village: village, born: "1992-07-08", gender: .female)
            let an1 = sampleResident("Lê Văn An", village: village, born: "1990-01-01")
            let an2 = sampleResident("Lê Văn An", village: other, born: "1990-01-01")
            try await store.residents.insert(households: [], residents: [duc, anh, an1, an2], directory: store.directory)
            try await body(store, People(village: village, other: other, duc: duc, anh: anh, an1: an1, an2: an2))
        }
    }

    func row(_ n: Int, _ name: String, born: String?, cccd: String? = nil, status: LearningStatus = .completed,
             completed: String? = "2026-04-02") -> LearningRow {
        LearningRow(row: n, fullName: name, birthDate: born.flatMap(CivilDate.init(iso:)), cccd: cccd,
                    courseKey: Self.basicCourse, courseTitle: "Kỹ năng số cơ bản cho người dân",
                    enrolledOn: CivilDate(iso: "2026-03-01"), completedOn: status == .completed ? completed.flatMap(CivilDate.init(iso:)) : nil,
                    status: status, score: status == .completed ? 85 : nil)
    }

    let scope = LearningStore.Scope(unitCode: "11131", provinceCode: "31", communeCode: "11131")

    @Test("rows match by CCCD, then by folded name and birth date; the rest wait for review; re-import changes nothing",
          arguments: Engine.allCases)
    func importAndReimport(engine: Engine) async throws {
        try await withPeople(engine) { store, people in
            let file = [
                row(2, "NGUYEN VAN DUC", born: nil, cccd: people.duc.cccd),          // by ID number, name ignored
                row(3, "tran thi anh", born: "1992-07-08", status: .enrolled),        // by folded name + birth date
                row(4, "Lê Văn An", born: "1990-01-01"),                               // two namesakes: review
                row(5, "Phạm Thị Lạ", born: "1970-02-02"),                             // nobody: review
            ]
            let first = try await store.learning.importRows(file, platform: Self.platform, scope: scope, filename: "a.csv", actor: testActor)
            #expect(first.created == 2)
            #expect(first.queued == 2)
            #expect(first.newlySkilled == 1)
            let duc = try await store.residents.get(people.duc.id, actor: testActor)
            #expect(duc.hasBasicDigitalSkills)
            #expect(duc.skillEvidence == .course)
            #expect(!duc.recordedSkills)
            let reviews = try await store.learning.openReviews(unitCode: "11131", provinceCode: "31", page: 1, per: 10)
            #expect(reviews.total == 2)
            let several = try #require(reviews.items.first { $0.reason == "several" })
            #expect(Set(several.candidates) == [people.an1.id, people.an2.id])

            let again = try await store.learning.importRows(file, platform: Self.platform, scope: scope, filename: "a.csv", actor: testActor)
            #expect(again.created == 0)
            #expect(again.updated == 0)
            #expect(again.unchanged == 2)
            #expect(try await store.learning.openReviews(unitCode: "11131", provinceCode: "31", page: 1, per: 10).total == 2)

            // A newer file: Ánh completed; the completion moves her record and her skills status forward.
            let newer = try await store.learning.importRows([row(3, "Trần Thị Ánh", born: "1992-07-08")], platform: Self.platform,
                                                            scope: scope, filename: "b.csv", actor: testActor)
            #expect(newer.updated == 1)
            #expect(newer.newlySkilled == 1)
            // An older file afterwards never moves a completion back.
            let older = try await store.learning.importRows([row(3, "Trần Thị Ánh", born: "1992-07-08", status: .enrolled)],
                                                            platform: Self.platform, scope: scope, filename: "c.csv", actor: testActor)
            #expect(older.unchanged == 1)
            let progress = try await store.learning.progress(resident: people.anh.id, provinceCode: "31")
            #expect(progress.map(\.progress.status) == [.completed])
            let counts = try await store.rollups.counts(units: ["11131"])
            #expect(counts["11131"]?["residents.skilled.citizen"] == 2)
            #expect(try await store.rollups.verify().isEmpty)
        }
    }

    @Test("an officer links a waiting row; later imports of the same person follow that choice", arguments: Engine.allCases)
    func reviewQueue(engine: Engine) async throws {
        try await withPeople(engine) { store, people in
            let file = [row(4, "Lê Văn An", born: "1990-01-01"), row(5, "Phạm Thị Lạ", born: "1970-02-02")]
            _ = try await store.learning.importRows(file, platform: Self.platform, scope: scope, filename: "a.csv", actor: testActor)
            let reviews = try await store.learning.openReviews(unitCode: "11131", provinceCode: "31", page: 1, per: 10).items
            let namesake = try #require(reviews.first { $0.fullName == "Lê Văn An" })
            let stranger = try #require(reviews.first { $0.fullName == "Phạm Thị Lạ" })
            // A resident of another commune cannot be chosen.
            let elsewhere = try await store.units.createVillage(communeCode: "10750", name: "Bắc", type: "Thôn",
                                                                validFrom: CivilDate(year: 2025, month: 7, day: 1)!).code
            try await store.reloadDirectory()
            let foreigner = sampleResident("Lê Văn An", village: elsewhere, born: "1990-01-01")
            try await store.residents.insert(households: [], residents: [foreigner], directory: store.directory)
            await #expect(throws: DomainError.self) {
                try await store.learning.link(namesake.id, to: foreigner.id, scope: scope, actor: testActor)
            }
            try await store.learning.link(namesake.id, to: people.an2.id, scope: scope, actor: testActor)
            await #expect(throws: DomainError.self) {
                try await store.learning.link(namesake.id, to: people.an1.id, scope: scope, actor: testActor)
            }
            try await store.learning.dismiss(stranger.id, scope: scope, actor: testActor)
            #expect(try await store.learning.openReviews(unitCode: "11131", provinceCode: "31", page: 1, per: 10).total == 0)
            #expect(try await store.residents.get(people.an2.id, actor: testActor).skillEvidence == .course)
            #expect(try await store.residents.get(people.an1.id, actor: testActor).skillEvidence == nil)

            let again = try await store.learning.importRows(file, platform: Self.platform, scope: scope, filename: "a.csv", actor: testActor)
            #expect(again.linkedEarlier == 1)
            #expect(again.unchanged == 1)
            #expect(again.created == 0)
            #expect(again.queued == 0)
            #expect(try await store.rollups.verify().isEmpty)
        }
    }

    @Test("classifying a course moves the skills status of everyone who completed it", arguments: Engine.allCases)
    func courseClassification(engine: Engine) async throws {
        try await withPeople(engine) { store, people in
            var file = row(2, "Nguyễn Văn Đức", born: nil, cccd: people.duc.cccd)
            file.courseKey = "new-course"
            file.courseTitle = "Khóa học mới"
            let summary = try await store.learning.importRows([file], platform: Self.platform, scope: scope, filename: "a.csv", actor: testActor)
            #expect(summary.newCourses == ["Khóa học mới"])
            #expect(summary.newlySkilled == 0)
            var course = try #require(try await store.courses.all().first { $0.key == "new-course" })
            #expect(course.needsReview)
            course.basicFor = [.citizen]
            course.needsReview = false
            try await store.courses.save(course)
            #expect(try await store.residents.get(people.duc.id, actor: testActor).hasBasicDigitalSkills)
            course.basicFor = [.official]
            try await store.courses.save(course)
            #expect(try await store.residents.get(people.duc.id, actor: testActor).hasBasicDigitalSkills == false)
            #expect(try await store.rollups.verify().isEmpty)
        }
    }

    @Test("an assessment passed issues one certificate; revoking it withdraws the evidence", arguments: Engine.allCases)
    func assessmentAndCertificate(engine: Engine) async throws {
        let clock = SettableWallClock(Date(timeIntervalSince1970: 1_779_000_000))
        try await engine.withStore(clock: clock) { store in
            let village = try await store.units.createVillage(communeCode: "11131", name: "Đông", type: "Thôn",
                                                              validFrom: CivilDate(year: 2025, month: 7, day: 1)!).code
            try await store.reloadDirectory()
            let duc = sampleResident("Nguyễn Văn Đức", village: village, cccd: "030085001234")
            try await store.residents.insert(households: [], residents: [duc], directory: store.directory)
            let today = CivilDate(clock.now())
            let link = try await store.assessments.createLink(communeCode: "11131", provinceCode: "31", villageCode: nil, group: .citizen,
                                                              singleUse: true, expiresOn: today.adding(days: 7), by: "test")
            let taker = AssessmentTaker(fullName: "Nguyễn Văn Đức", birthDate: duc.birthDate)
            let attempt = try await store.assessments.start(link: link.token, taker: taker, provinceCode: "31")
            #expect(attempt.residentID == duc.id)
            await #expect(throws: DomainError.self) {   // single use: the link is spent
                try await store.assessments.start(link: link.token, taker: taker, provinceCode: "31")
            }
            let (_, framework) = try await store.frameworks.framework(attempt.frameworkID)
            let group = try #require(framework.group(.citizen))
            await #expect(throws: DomainError.self) {
                try await store.assessments.answer(attempt.id, itemID: "not-an-item", response: .truth(true))
            }
            for item in group.items {
                _ = try await store.assessments.answer(attempt.id, itemID: item.id, response: item.answer)
            }
            let submitted = try await store.assessments.submit(attempt.id)
            #expect(submitted.score.passed)
            let certificate = try #require(submitted.certificate)
            let twice = try await store.assessments.submit(attempt.id)
            #expect(twice.alreadySubmitted)
            #expect(twice.certificate?.code == certificate.code)
            await #expect(throws: DomainError.self) {
                try await store.assessments.answer(attempt.id, itemID: group.items[0].id, response: group.items[0].answer)
            }
            let unit = try #require(store.directory["11131"])
            #expect(try await store.certificates.certificates(unit: unit, page: 1, per: 10).total == 1)
            #expect(try await store.residents.get(duc.id, actor: testActor).skillEvidence == .certificate)
            #expect(try await store.certificates.certificate(typed: certificate.code.lowercased()).code == certificate.code)

            // A tampered code is refused before any lookup.
            var tampered = Array(certificate.code)
            tampered[3] = tampered[3] == "A" ? "B" : "A"
            await #expect(throws: DomainError.self) { try await store.certificates.certificate(typed: String(tampered)) }

            let revoked = try await store.certificates.revoke(certificate.code, reason: "Cấp nhầm người", actor: testActor)
            #expect(!revoked.isValid)
            let after = try await store.residents.get(duc.id, actor: testActor)
            #expect(after.skillEvidence == nil)
            #expect(!after.hasBasicDigitalSkills)
            await #expect(throws: DomainError.self) {
                try await store.certificates.revoke(certificate.code, reason: "Lần nữa", actor: testActor)
            }
            #expect(try await store.rollups.verify().isEmpty)

            // A reusable link stops working after its last day.
            let poster = try await store.assessments.createLink(communeCode: "11131", provinceCode: "31", villageCode: village,
                                                                group: .citizen, singleUse: false, expiresOn: today.adding(days: 1), by: "test")
            _ = try await store.assessments.start(link: poster.token, taker: taker, provinceCode: "31")
            clock.advance(by: 3 * 86_400)
            do {
                _ = try await store.assessments.start(link: poster.token, taker: taker, provinceCode: "31")
                Issue.record("an expired link started an attempt")
            } catch let error as DomainError {
                #expect(error.kind == .gone)
                #expect(error.code == "assessment.link-expired")
            }
        }
    }

    @Test("a framework draft is edited and published without touching the version attempts took", arguments: Engine.allCases)
    func frameworkVersions(engine: Engine) async throws {
        try await engine.withStore { store in
            let v1 = try await store.frameworks.current()
            let draftID = try await store.frameworks.newDraft(from: v1.id, by: "test")
            await #expect(throws: DomainError.self) { _ = try await store.frameworks.newDraft(from: v1.id, by: "test") }
            var (_, draft) = try await store.frameworks.framework(draftID)
            #expect(draft.version == v1.version + 1)
            draft.groups[0].items[0].prompt = "Câu hỏi đã sửa"
            try await store.frameworks.saveDraft(draftID, draft)
            var broken = draft
            broken.groups[0].items[0].answer = .option(99)
            await #expect(throws: DomainError.self) { try await store.frameworks.saveDraft(draftID, broken) }
            #expect(try await store.frameworks.current().id == v1.id)
            try await store.frameworks.publish(draftID)
            #expect(try await store.frameworks.current().id == draftID)
            await #expect(throws: DomainError.self) { try await store.frameworks.saveDraft(draftID, draft) }
            let (_, original) = try await store.frameworks.framework(v1.id)
            #expect(original.groups[0].items[0].prompt != "Câu hỏi đã sửa")
            #expect(try await store.frameworks.framework(draftID).framework.groups[0].items[0].prompt == "Câu hỏi đã sửa")
        }
    }
}

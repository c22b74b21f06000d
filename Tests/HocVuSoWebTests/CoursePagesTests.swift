import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The course catalogue used through its real forms: add, refuse a duplicate, classify, clear "needs review".
@Suite("Course pages: catalogue, add, classify")
struct CoursePagesTests {
    @Test("the department adds a course, a duplicate is refused, a classification is saved and the API lists it", arguments: WebEngine.allCases)
    func addAndClassify(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let token = try await FrameworkPagesTests.login(&browser, client, as: "department")
                let (status, list, _) = try await browser.get(client, "/courses")
                #expect(status == .ok)
                let seeded = try #require(try await store.courses.all().first)
                #expect(list.contains("<code>\(FrameworkPagesTests.escaped(seeded.key))</code>"))
                #expect(list.contains(#"href="/frameworks""#))
                #expect(list.contains("Thêm khóa học"))

                let form = [("_csrf", token), ("platform", "https://HaTinh.MobiEdu.vn/"), ("key", "HT-KNS-01"),
                            ("title", "Kỹ năng số cho nông dân"), ("basicFor", "citizen"), ("domains", "safety"),
                            ("domains", "no-such-domain")]
                let (added, _, addedAt) = try await browser.post(client, "/courses", form: form)
                #expect(added == .seeOther && addedAt == "/courses?done=course-added")
                let course = try #require(try await store.courses.all().first { $0.key == "HT-KNS-01" })
                #expect(course.platform == "hatinh.mobiedu.vn")
                #expect(course.title == "Kỹ năng số cho nông dân")
                #expect(course.basicFor == [.citizen] && course.domains == ["safety"] && !course.needsReview)
                let (_, afterAdd, _) = try await browser.get(client, "/courses?done=course-added")
                #expect(afterAdd.contains(Strings.courseAdded))
                #expect(afterAdd.contains("<code>HT-KNS-01</code>"))

                // The same platform and key again: refused, the typed values stay.
                var twice = form
                twice[3] = ("title", "Tên gõ lại lần hai")
                let (duplicate, duplicatePage, _) = try await browser.post(client, "/courses", form: twice)
                #expect(duplicate == .conflict)
                #expect(duplicatePage.contains(Strings.courseDuplicate))
                #expect(duplicatePage.contains("Tên gõ lại lần hai"))
                let (invalid, invalidPage, _) = try await browser.post(client, "/courses", form: [
                    ("_csrf", token), ("platform", "hatinh.mobiedu.vn"), ("key", "HT-KNS-02"), ("title", "")])
                #expect(invalid == .unprocessableContent)
                #expect(invalidPage.contains(Strings.courseBadTitle))
                #expect(try await store.courses.all().filter { $0.platform == "hatinh.mobiedu.vn" }.count == 1)

                // Classify: basic for two groups, teaching two domains.
                let coursePath = "/courses/\(course.id.uuidString)"
                let (formStatus, formPage, _) = try await browser.get(client, coursePath)
                #expect(formStatus == .ok)
                #expect(formPage.contains(#"name="basicFor" value="citizen" checked"#))
                let (classified, _, classifiedAt) = try await browser.post(client, coursePath, form: [
                    ("_csrf", token), ("title", "Kỹ năng số cho nông dân và hợp tác xã"), ("basicFor", "citizen"),
                    ("basicFor", "worker"), ("domains", "safety"), ("domains", "data")])
                #expect(classified == .seeOther && classifiedAt == "\(coursePath)?done=course-saved")
                let saved = try await store.courses.course(course.id)
                #expect(saved.basicFor == [.citizen, .worker] && saved.domains == ["safety", "data"])
                #expect(saved.title == "Kỹ năng số cho nông dân và hợp tác xã")
                #expect(saved.platform == course.platform && saved.key == course.key)
                let (emptyTitle, emptyTitlePage, _) = try await browser.post(client, coursePath, form: [
                    ("_csrf", token), ("title", ""), ("basicFor", "student")])
                #expect(emptyTitle == .unprocessableContent)
                #expect(emptyTitlePage.contains(Strings.courseBadTitle))
                #expect(emptyTitlePage.contains(#"name="basicFor" value="student" checked"#))
                #expect(try await store.courses.course(course.id) == saved)

                // The API lists the classification.
                let bearer = try await client.token("department")
                let items = try await client.execute(uri: "/api/v1/courses", method: .get, headers: [.authorization: "Bearer \(bearer)"]) {
                    #expect($0.status == .ok)
                    return try JSONDecoder().decode(CoursesJSON.self, from: Data(buffer: $0.body)).items
                }
                let listed = try #require(items.first { $0.id == course.id.uuidString })
                #expect(listed.platform == "hatinh.mobiedu.vn" && listed.key == "HT-KNS-01")
                #expect(listed.basicFor == ["worker", "citizen"])
                #expect(listed.domains == ["data", "safety"])
                #expect(!listed.needsReview)
                #expect(items.count == (try await store.courses.all().count))

                #expect(try await browser.get(client, "/courses/\(UUID().uuidString)").0 == .notFound)
                #expect(try await browser.get(client, "/courses/khong-co").0 == .notFound)
            }
        }
    }

    @Test("a course found in an imported file waits for review until an officer saves its classification", arguments: WebEngine.allCases)
    func reviewCleared(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let found = Course(id: UUID(), platform: "aicongdong.ptit.edu.vn", key: Course.keyForTitle("AI cho mọi người"),
                               title: "AI cho mọi người", needsReview: true)
            try await store.courses.save(found)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let token = try await FrameworkPagesTests.login(&browser, client, as: "department")
                let (_, list, _) = try await browser.get(client, "/courses")
                let row = try #require(list.components(separatedBy: "<tr>").first { $0.contains("AI cho mọi người") })
                #expect(row.contains("Cần phân loại"))
                let (saved, _, _) = try await browser.post(client, "/courses/\(found.id.uuidString)", form: [
                    ("_csrf", token), ("title", "AI cho mọi người"), ("domains", "ai")])
                #expect(saved == .seeOther)
                let after = try await store.courses.course(found.id)
                #expect(!after.needsReview && after.domains == ["ai"] && after.basicFor.isEmpty)
                let (_, listAfter, _) = try await browser.get(client, "/courses")
                let rowAfter = try #require(listAfter.components(separatedBy: "<tr>").first { $0.contains("AI cho mọi người") })
                #expect(!rowAfter.contains("Cần phân loại"))
                #expect(rowAfter.contains("Ứng dụng trí tuệ nhân tạo"))

                // A commune officer reads the catalogue but changes nothing.
                var officer = BrowserSession()
                let officerToken = try await FrameworkPagesTests.login(&officer, client, as: "commune-officer")
                let (_, officerList, _) = try await officer.get(client, "/courses")
                #expect(officerList.contains("AI cho mọi người") && !officerList.contains("Thêm khóa học"))
                let (refused, _, _) = try await officer.post(client, "/courses/\(found.id.uuidString)", form: [
                    ("_csrf", officerToken), ("title", "Đổi tên"), ("basicFor", "citizen")])
                #expect(refused == .forbidden)
                let (refusedAdd, _, _) = try await officer.post(client, "/courses", form: [
                    ("_csrf", officerToken), ("platform", "x.vn"), ("key", "X"), ("title", "X")])
                #expect(refusedAdd == .forbidden)
                #expect(try await store.courses.course(found.id) == after)
            }
        }
    }

    struct CoursesJSON: Decodable {
        struct Item: Decodable {
            var id: String
            var platform: String
            var key: String
            var title: String
            var basicFor: [String]
            var domains: [String]
            var needsReview: Bool
        }
        var items: [Item]
    }
}

import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A person takes the assessment on a phone through a link: start form, one question per screen, overview,
/// submission, result, certificate.
@Suite("Assessment through a link: start, questions, result, certificate")
struct AssessmentFlowTests {
    @Test("start → answer every item right → submit → passed, with a certificate page (QR) and its DOCX", arguments: WebEngine.allCases)
    func passingFlow(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let link = try await AssessmentTargets.link(store)
            let (framework, group) = try await AssessmentTargets.questions(store)
            let village = made.homeVillage
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let (status, startPage, _) = try await browser.get(client, "/danh-gia/\(link.token)")
                #expect(status == .ok)
                #expect(startPage.contains("Xã Chí Minh"))
                #expect(startPage.contains("Người dân"))
                #expect(startPage.contains("\(group.items.count) câu hỏi"))
                #expect(startPage.contains("15 phút"))
                #expect(startPage.contains(Strings.assessmentPassRule(overall: 70, perDomain: 50)))
                #expect(startPage.contains("<option value=\"\(village)\">Thôn Đông</option>"))
                #expect(!startPage.contains("<script"))
                #expect(!startPage.contains("style="))
                #expect(!startPage.contains("Tiếp tục bài đang làm"))
                let csrf = try #require(BrowserSession.csrf(in: startPage))

                // Bad input comes back with the messages and the values typed.
                let (bad, badPage, _) = try await browser.post(client, "/danh-gia/\(link.token)", form: [
                    ("_csrf", csrf), ("fullName", "Lê Thị Mai"), ("birthDate", "31/02/1980"), ("cccd", "")])
                #expect(bad == .unprocessableContent)
                #expect(badPage.contains(Strings.assessmentBirthDateInvalid))
                #expect(badPage.contains("value=\"Lê Thị Mai\""))
                #expect(badPage.contains("value=\"31/02/1980\""))
                #expect(try await store.assessments.attempts(communeCode: "11131", page: 1, per: 10).total == 0)

                // The start sets the resume cookie: HttpOnly, SameSite=Lax, only under /danh-gia, for two weeks.
                let body = "_csrf=\(csrf)&fullName=Nguy%E1%BB%85n+V%C4%83n+An&birthDate=05%2F03%2F1980&cccd=&village=\(village)"
                let response = try await client.execute(
                    uri: "/danh-gia/\(link.token)", method: .post,
                    headers: [.cookie: browser.cookieHeader, .contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: body)) { $0 }
                browser.remember(response)
                #expect(response.status == .seeOther)
                let location = try #require(response.headers[.location])
                let attempt = try #require(UUID(uuidString: String(location.dropFirst("/danh-gia/bai/".count))))
                let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("hv_attempt_\(link.token)=") } ?? ""
                #expect(cookie.contains("hv_attempt_\(link.token)=\(attempt.uuidString)"))
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.lowercased().contains("samesite=lax"))
                #expect(cookie.contains("Path=/danh-gia"))
                #expect(cookie.contains("Max-Age=1209600"))
                let started = try await store.assessments.attempt(attempt)
                #expect(started.fullName == "Nguyễn Văn An")
                #expect(started.villageCode == village)

                // Question 1 by default; choosing nothing shows the question again with a message.
                let path = "/danh-gia/bai/\(attempt.uuidString)"
                let (_, q1, _) = try await browser.get(client, path)
                #expect(q1.contains("Câu 1/\(group.items.count)"))
                #expect(q1.contains(group.items[0].prompt.htmlEscaped))
                #expect(q1.contains("Lưu và tiếp"))
                #expect(!q1.contains("Câu trước"))
                let (none, nonePage, _) = try await browser.post(client, path, form: [
                    ("_csrf", csrf), ("item", group.items[0].id), ("next", "2")])
                #expect(none == .unprocessableContent)
                #expect(nonePage.contains(Strings.assessmentChooseAnswer.htmlEscaped))

                // Closing the browser loses nothing: the start page offers to continue.
                let (_, again, _) = try await browser.get(client, "/danh-gia/\(link.token)")
                #expect(again.contains("Tiếp tục bài đang làm"))
                #expect(again.contains("href=\"\(path)\""))

                let submitted = try await AssessmentTargets.answerAll(&browser, client, attempt: attempt, group: group)
                #expect(submitted == "\(path)/ket-qua")
                let stored = try await store.assessments.attempt(attempt)
                #expect(stored.answers.count == group.items.count)
                #expect(stored.passed == true)
                let code = try #require(stored.certificateCode)

                // A submitted attempt's questions lead to its result.
                let (back, _, backHeaders) = try await browser.get(client, path)
                #expect(back == .seeOther)
                #expect(backHeaders[.location] == "\(path)/ket-qua")
                let (_, again2, _) = try await browser.get(client, "/danh-gia/\(link.token)")
                #expect(!again2.contains("Tiếp tục bài đang làm"))
                #expect(again2.contains("Xem kết quả bài đã nộp"))

                let (resultStatus, result, _) = try await browser.get(client, "\(path)/ket-qua")
                #expect(resultStatus == .ok)
                #expect(result.contains("ĐẠT"))
                #expect(!result.contains("CHƯA ĐẠT"))
                #expect(result.contains("100%"))
                for domain in framework.domains where AssessmentTargets.domains(group).values.contains(domain.key) {
                    #expect(result.contains(domain.title.htmlEscaped))
                }
                #expect(result.contains(code))
                #expect(result.contains("\(path)/chung-nhan"))
                #expect(!result.contains("Nên học tiếp"))

                let (certStatus, certificate, _) = try await browser.get(client, "\(path)/chung-nhan")
                #expect(certStatus == .ok)
                #expect(certificate.contains(code))
                #expect(certificate.contains("<svg"))
                #expect(certificate.contains("UBND XÃ CHÍ MINH"))
                #expect(certificate.contains("UBND THÀNH PHỐ HẢI PHÒNG"))
                #expect(certificate.contains("GIẤY CHỨNG NHẬN"))
                #expect(certificate.contains("Nguyễn Văn An"))
                #expect(certificate.contains("05/03/1980"))
                #expect(certificate.contains("Chí Minh, ngày 17 tháng 5 năm 2026"))
                #expect(certificate.contains("http://localhost/xac-minh/\(code)"))
                #expect(certificate.contains("Tải tệp Word (DOCX)"))
                #expect(!certificate.contains("ĐÃ THU HỒI"))
                #expect(!certificate.contains("/revoke"))

                let (headers, docx) = try await client.execute(uri: "\(path)/chung-nhan/docx", method: .get, headers: [:]) { response in
                    #expect(response.status == .ok)
                    return (response.headers, Data(buffer: response.body))
                }
                #expect(docx.prefix(2) == Data("PK".utf8))
                #expect(headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                #expect(headers[.contentDisposition] == "attachment; filename=\"chung-nhan-\(code).docx\"")
            }
        }
    }

    @Test("wrong answers in one domain: not passed, that domain is weak and its courses are recommended", arguments: WebEngine.allCases)
    func weakDomain(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let link = try await AssessmentTargets.link(store)
            let (framework, group) = try await AssessmentTargets.questions(store)
            let domainOf = AssessmentTargets.domains(group)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let attempt = try await AssessmentTargets.start(&browser, client, token: link.token)
                _ = try await AssessmentTargets.answerAll(&browser, client, attempt: attempt, group: group) { domainOf[$0.id] == "safety" }
                let stored = try await store.assessments.attempt(attempt)
                #expect(stored.passed == false)
                #expect(stored.certificateCode == nil)
                #expect(stored.domainScores["safety"]?.first == 0)
                let (_, result, _) = try await browser.get(client, "/danh-gia/bai/\(attempt.uuidString)/ket-qua")
                #expect(result.contains("CHƯA ĐẠT"))
                let safety = try #require(framework.domains.first { $0.key == "safety" })
                let weakLine = try #require(result.components(separatedBy: "<li>").first { $0.contains(safety.title) })
                #expect(weakLine.contains("cần học thêm"))
                #expect(weakLine.contains("0%"))
                #expect(result.components(separatedBy: "cần học thêm").count == 2)  // only that domain
                let courses = try await store.courses.courses(teaching: ["safety"], for: .citizen)
                #expect(!courses.isEmpty)
                #expect(result.contains("Nên học tiếp"))
                for course in courses.prefix(6) {
                    #expect(result.contains(course.title.htmlEscaped))
                    #expect(result.contains("href=\"https://\(course.platform)\""))
                }
                #expect(!result.contains("/chung-nhan"))
                let (noCertificate, _, _) = try await browser.get(client, "/danh-gia/bai/\(attempt.uuidString)/chung-nhan")
                #expect(noCertificate == .notFound)
            }
        }
    }

    @Test("a second submission changes nothing: same certificate, no second one, the result says so", arguments: WebEngine.allCases)
    func duplicateSubmission(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let link = try await AssessmentTargets.link(store)
            let (_, group) = try await AssessmentTargets.questions(store)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let attempt = try await AssessmentTargets.start(&browser, client, token: link.token)
                _ = try await AssessmentTargets.answerAll(&browser, client, attempt: attempt, group: group)
                let first = try #require(try await store.assessments.attempt(attempt).certificateCode)
                let commune = try #require(store.directory["11131"])
                #expect(try await store.certificates.certificates(unit: commune, page: 1, per: 10).total == 1)

                let path = "/danh-gia/bai/\(attempt.uuidString)"
                let (_, startPage, _) = try await browser.get(client, "/danh-gia/\(link.token)")
                let csrf = try #require(BrowserSession.csrf(in: startPage))
                let (status, _, location) = try await browser.post(client, "\(path)/nop", form: [("_csrf", csrf)])
                #expect(status == .seeOther)
                #expect(location == "\(path)/ket-qua?lan=2")
                let (_, result, _) = try await browser.get(client, try #require(location))
                #expect(result.contains(Strings.assessmentResubmitted))
                #expect(result.contains(first))
                #expect(try await store.assessments.attempt(attempt).certificateCode == first)
                #expect(try await store.certificates.certificates(unit: commune, page: 1, per: 10).total == 1)

                // Answering after the submission is refused with a way to the result.
                let (late, latePage, _) = try await browser.post(client, path, form: [
                    ("_csrf", csrf), ("item", group.items[0].id), ("answer", "1"), ("next", "2")])
                #expect(late == .conflict)
                #expect(latePage.contains("Bài đánh giá đã được nộp"))
                #expect(latePage.contains("href=\"\(path)/ket-qua\""))
            }
        }
    }

    @Test("an answer to an item that is not in the version is refused (422) and nothing is stored", arguments: WebEngine.allCases)
    func unknownItem(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let link = try await AssessmentTargets.link(store)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let attempt = try await AssessmentTargets.start(&browser, client, token: link.token)
                let path = "/danh-gia/bai/\(attempt.uuidString)"
                let (_, page, _) = try await browser.get(client, path)
                let csrf = try #require(BrowserSession.csrf(in: page))
                let (status, refused, _) = try await browser.post(client, path, form: [
                    ("_csrf", csrf), ("item", "khong-co-cau-nay"), ("answer", "0"), ("next", "2")])
                #expect(status == .unprocessableContent)
                #expect(refused.contains(Strings.assessmentItemNotInVersion(1)))
                #expect(try await store.assessments.attempt(attempt).answers.isEmpty)
            }
        }
    }

    @Test("the overview lists unanswered questions with the warning; question pages show the assisting member", arguments: WebEngine.allCases)
    func overviewAndAssisted(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let link = try await AssessmentTargets.link(store)
            let (_, group) = try await AssessmentTargets.questions(store)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let attempt = try await AssessmentTargets.start(&browser, client, token: link.token)
                let path = "/danh-gia/bai/\(attempt.uuidString)"
                let (_, page, _) = try await browser.get(client, path)
                let csrf = try #require(BrowserSession.csrf(in: page))
                let item = group.items[1]
                let (saved, _, to) = try await browser.post(client, path, form: [
                    ("_csrf", csrf), ("item", item.id), ("answer", AssessmentTargets.formValue(item, right: true)), ("next", "3")])
                #expect(saved == .seeOther)
                #expect(to == "\(path)?q=3")
                // Question 2 shows the saved choice, the way back, and default is the first unanswered (1).
                let (_, q2, _) = try await browser.get(client, "\(path)?q=2")
                #expect(q2.contains("Câu 2/\(group.items.count)"))
                #expect(q2.contains("value=\"\(AssessmentTargets.formValue(item, right: true))\" checked"))
                #expect(q2.contains("href=\"\(path)?q=1\""))
                let (_, first, _) = try await browser.get(client, path)
                #expect(first.contains("Câu 1/\(group.items.count)"))

                let (_, review, _) = try await browser.get(client, "\(path)?q=review")
                #expect(review.contains("Đã trả lời <strong>1/\(group.items.count)</strong>"))
                #expect(review.contains(Strings.assessmentUnanswered(group.items.count - 1)))
                #expect(review.contains("href=\"\(path)?q=1\""))
                #expect(!review.contains("href=\"\(path)?q=2\""))
                #expect(review.contains("\(path)/nop"))

                let assisted = try await store.assessments.startAssisted(
                    communeCode: "11131", provinceCode: "31", taker: AssessmentTaker(fullName: "Phạm Văn Bình", birthDate: nil),
                    residentID: nil, group: .citizen, by: "team-member")
                let (_, withMember, _) = try await browser.get(client, "/danh-gia/bai/\(assisted.id.uuidString)")
                #expect(withMember.contains("Làm bài cùng tổ viên: <strong>team-member</strong>"))
                #expect(!first.contains("Làm bài cùng tổ viên"))
            }
        }
    }

    @Test("a used single-use link is gone (410) for anyone else; its taker can still resume", arguments: WebEngine.allCases)
    func singleUseLink(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let link = try await AssessmentTargets.link(store, singleUse: true)
            try await made.application().test(.router) { client in
                var taker = BrowserSession()
                let attempt = try await AssessmentTargets.start(&taker, client, token: link.token)

                var other = BrowserSession()
                let (status, page, _) = try await other.get(client, "/danh-gia/\(link.token)")
                #expect(status == .gone)
                #expect(page.contains(Strings.assessmentLinkUsed))
                #expect(!page.contains("Tiếp tục bài đang làm"))
                let csrf = try #require(other.cookies["hv_pre"])
                let (posted, postedPage, _) = try await other.post(client, "/danh-gia/\(link.token)", form: [
                    ("_csrf", csrf), ("fullName", "Trần Văn Hùng"), ("birthDate", "01/01/1970")])
                #expect(posted == .gone)
                #expect(postedPage.contains(Strings.assessmentLinkUsed))
                #expect(try await store.assessments.attempts(communeCode: "11131", page: 1, per: 10).total == 1)

                let (mine, minePage, _) = try await taker.get(client, "/danh-gia/\(link.token)")
                #expect(mine == .gone)
                #expect(minePage.contains("href=\"/danh-gia/bai/\(attempt.uuidString)\""))

                let (unknown, unknownPage, _) = try await other.get(client, "/danh-gia/ZZZZZZZZZZZZZZZZ")
                #expect(unknown == .notFound)
                #expect(unknownPage.contains(Strings.assessmentLinkNotFound))
                #expect(unknownPage.contains("/static/assess.css"))
            }
        }
    }

    @Test("an expired link is gone (410) with the date it expired")
    func expiredLink() async throws {
        let then = AssessmentTargets.now
        let later = then.addingTimeInterval(40 * 86_400)
        try await AssessmentTargets.withClocks(then: then, now: later, prepare: { store in
            try await store.assessments.createLink(communeCode: "11131", provinceCode: "31", villageCode: nil, group: .student,
                                                   singleUse: false, expiresOn: CivilDate(then).adding(days: 7), by: "officer").token
        }) { token, router in
            try await Application(router: router).test(.router) { client in
                var browser = BrowserSession()
                let (status, page, _) = try await browser.get(client, "/danh-gia/\(token)")
                #expect(status == .gone)
                #expect(page.contains(Strings.assessmentLinkExpired(VietnameseFormat.date(CivilDate(then).adding(days: 7)))))
                let csrf = try #require(browser.cookies["hv_pre"])
                let (posted, _, _) = try await browser.post(client, "/danh-gia/\(token)", form: [
                    ("_csrf", csrf), ("fullName", "Trần Văn Hùng"), ("birthDate", "01/01/2008")])
                #expect(posted == .gone)
            }
        }
    }

    @Test("an attempt left open more than 14 days is gone (410): no more answers, no submission")
    func staleAttempt() async throws {
        let then = AssessmentTargets.now
        try await AssessmentTargets.withClocks(then: then, now: then.addingTimeInterval(15 * 86_400), prepare: { store in
            let link = try await AssessmentTargets.link(store)
            let taker = AssessmentTaker(fullName: "Trần Văn Hùng", birthDate: CivilDate(iso: "1970-01-01"))
            return try await store.assessments.start(link: link.token, taker: taker, provinceCode: "31").id.uuidString
        }) { id, router in
            try await Application(router: router).test(.router) { client in
                var browser = BrowserSession()
                let path = "/danh-gia/bai/\(id)"
                let (status, page, _) = try await browser.get(client, path)
                #expect(status == .gone)
                #expect(page.contains(Strings.assessmentAttemptStale))
                let csrf = try #require(browser.cookies["hv_pre"])
                let (answered, _, _) = try await browser.post(client, path, form: [("_csrf", csrf), ("item", "x"), ("answer", "0")])
                #expect(answered == .gone)
                let (submitted, submitPage, _) = try await browser.post(client, "\(path)/nop", form: [("_csrf", csrf)])
                #expect(submitted == .gone)
                #expect(submitPage.contains(Strings.assessmentAttemptStale))
            }
        }
    }

    @Test("every public page with its stylesheet weighs under 30 KB and runs no script", arguments: WebEngine.allCases)
    func pageWeight(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let link = try await AssessmentTargets.link(store)
            let (_, group) = try await AssessmentTargets.questions(store)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let (_, css, cssHeaders) = try await browser.get(client, "/static/assess.css")
                #expect(cssHeaders[.contentType]?.hasPrefix("text/css") == true)
                let cssBytes = css.utf8.count
                #expect(cssBytes > 1000)
                let attempt = try await AssessmentTargets.start(&browser, client, token: link.token)
                let path = "/danh-gia/bai/\(attempt.uuidString)"
                let longest = try #require(group.items.indices.max { group.items[$0].prompt.count < group.items[$1].prompt.count })
                // The question pages while open (the longest question too), then the pages after the submission.
                var sizes: [(String, Int)] = []
                for page in ["/danh-gia/\(link.token)", path, "\(path)?q=\(longest + 1)", "\(path)?q=review"] {
                    sizes.append((page, try await Self.checkLight(&browser, client, page)))
                }
                _ = try await AssessmentTargets.answerAll(&browser, client, attempt: attempt, group: group)
                let code = try #require(try await store.assessments.attempt(attempt).certificateCode)
                for page in ["\(path)/ket-qua", "\(path)/chung-nhan", "/xac-minh", "/xac-minh/\(code)"] {
                    sizes.append((page, try await Self.checkLight(&browser, client, page)))
                }
                for (page, bytes) in sizes {
                    #expect(bytes > 500, "\(page)")
                    #expect(bytes + cssBytes < 30_000, "\(page): \(bytes) + \(cssBytes) bytes")
                }
            }
        }
    }

    /// Fetches a public page, checks it is light (own small stylesheet, no script, no inline style); returns its size.
    static func checkLight(_ browser: inout BrowserSession, _ client: some TestClientProtocol, _ page: String) async throws -> Int {
        let (status, html, headers) = try await browser.get(client, page)
        #expect(status == .ok, "\(page)")
        #expect(html.contains("/static/assess.css"), "\(page)")
        #expect(!html.contains("/static/app.css"), "\(page)")
        #expect(!html.contains("<script"), "\(page)")
        #expect(!html.contains(" style="), "\(page)")
        #expect(headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
        return html.utf8.count
    }
}

extension String {
    /// The text as Mustache escapes it in HTML.
    var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

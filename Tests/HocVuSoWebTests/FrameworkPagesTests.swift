import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// The skills framework's pages used through their real forms: a draft made from the shipped version, edited,
/// refused when wrong, published; the published versions never change.
@Suite("Framework pages: versions, drafts, items, pass rule, publishing")
struct FrameworkPagesTests {
    @Test("the department drafts a new version, edits it, publishes it; v1 stays as it was", arguments: WebEngine.allCases)
    func draftEditPublish(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let token = try await Self.login(&browser, client, as: "department")
                let v1 = try await store.frameworks.current()
                #expect(v1.version == 1 && v1.status == .published && v1.key == "bdhvs-2026")
                let (_, original) = try await store.frameworks.framework(v1.id)

                let (listStatus, list, _) = try await browser.get(client, "/frameworks")
                #expect(listStatus == .ok)
                #expect(list.contains("<code>bdhvs-2026</code>"))
                #expect(list.contains("Phiên bản 1"))
                #expect(list.contains("Đã ban hành"))
                #expect(list.contains("Đang dùng cho bài đánh giá mới"))
                #expect(list.contains("/frameworks/\(v1.id.uuidString)/draft"))

                // A draft, and no second one.
                let (drafted, _, draftAt) = try await browser.post(client, "/frameworks/\(v1.id.uuidString)/draft", form: [("_csrf", token)])
                #expect(drafted == .seeOther)
                let location = try #require(draftAt)
                #expect(location.hasSuffix("?done=draft-created"))
                let draftPath = String(location.prefix { $0 != "?" })
                let draftID = try #require(UUID(uuidString: String(draftPath.dropFirst("/frameworks/".count))))
                let (again, againPage, _) = try await browser.post(client, "/frameworks/\(v1.id.uuidString)/draft", form: [("_csrf", token)])
                #expect(again == .conflict)
                #expect(againPage.contains(Strings.frameworkDraftExists))
                let (_, draftPage, _) = try await browser.get(client, location)
                #expect(draftPage.contains(Strings.frameworkDraftCreated))
                #expect(draftPage.contains("Nháp"))
                #expect(draftPage.contains("Ban hành phiên bản này"))
                #expect(try await store.frameworks.versions().count == 2)

                // The citizen group's tab lists its items, with the correct option marked.
                let citizen = try #require(original.group(.citizen))
                let item = try #require(citizen.items.first { $0.kind == .single })
                let options = try #require(item.options)
                guard case .option(let correct) = item.answer else { Issue.record("not a choice"); return }
                let (_, tab, _) = try await browser.get(client, "\(draftPath)?group=citizen")
                #expect(tab.contains(citizen.title))
                #expect(tab.contains("<strong>\(Self.escaped(options[correct]))</strong> ✓"))

                // Edit the item's prompt and correct option.
                let itemPath = "\(draftPath)/items/\(item.id)"
                let (formStatus, form, _) = try await browser.get(client, itemPath)
                #expect(formStatus == .ok)
                #expect(form.contains(Self.escaped(item.prompt)))
                let newAnswer = (correct + 1) % options.count
                let (saved, _, savedAt) = try await browser.post(client, itemPath, form: [
                    ("_csrf", token), ("competence", item.competence), ("prompt", "Câu hỏi đã sửa: mật khẩu nào an toàn nhất?"),
                    ("options", options.joined(separator: "\r\n")), ("answer", String(newAnswer + 1)),
                    ("explanation", "Giải thích mới.")])
                #expect(saved == .seeOther)
                #expect(savedAt?.contains("done=item-saved") == true)
                let edited = try await Self.item(item.id, draftID, store)
                #expect(edited.prompt == "Câu hỏi đã sửa: mật khẩu nào an toàn nhất?")
                #expect(edited.answer == .option(newAnswer))
                #expect(edited.explanation == "Giải thích mới.")
                #expect(try await Self.item(item.id, v1.id, store) == item)

                // A wrong edit comes back with its messages and its values, and changes nothing.
                let (refused, refusedPage, _) = try await browser.post(client, itemPath, form: [
                    ("_csrf", token), ("competence", item.competence), ("prompt", "  "),
                    ("options", options.joined(separator: "\n")), ("answer", String(options.count + 3)),
                    ("explanation", "Giữ lại phần giải thích đã gõ")])
                #expect(refused == .unprocessableContent)
                #expect(refusedPage.contains(Strings.frameworkPromptRequired))
                #expect(refusedPage.contains(Strings.frameworkAnswerOutOfRange(options.count)))
                #expect(refusedPage.contains("Giữ lại phần giải thích đã gõ"))
                #expect(try await Self.item(item.id, draftID, store) == edited)
                let (oneOption, oneOptionPage, _) = try await browser.post(client, itemPath, form: [
                    ("_csrf", token), ("competence", item.competence), ("prompt", "Một lựa chọn"), ("options", "Chỉ một"),
                    ("answer", "1"), ("explanation", "")])
                #expect(oneOption == .unprocessableContent)
                #expect(oneOptionPage.contains(Strings.frameworkOptionsCount))
                let (foreignCompetence, foreignPage, _) = try await browser.post(client, itemPath, form: [
                    ("_csrf", token), ("competence", "no-such-competence"), ("prompt", "Câu hỏi"),
                    ("options", "A\nB"), ("answer", "1"), ("explanation", "")])
                #expect(foreignCompetence == .unprocessableContent)
                #expect(foreignPage.contains(Strings.frameworkUnknownCompetence))
                #expect(try await Self.item(item.id, draftID, store) == edited)

                // A true/false item keeps its kind; its answer is a truth.
                let statement = try #require(citizen.items.first { $0.kind == .truefalse })
                guard case .truth(let truth) = statement.answer else { Issue.record("not a statement"); return }
                let (flipped, _, _) = try await browser.post(client, "\(draftPath)/items/\(statement.id)", form: [
                    ("_csrf", token), ("competence", statement.competence), ("prompt", statement.prompt),
                    ("truth", truth ? "false" : "true"), ("explanation", statement.explanation)])
                #expect(flipped == .seeOther)
                let statementNow = try await Self.item(statement.id, draftID, store)
                #expect(statementNow.answer == .truth(!truth) && statementNow.kind == .truefalse && statementNow.options == nil)

                // The pass rule, as whole percentages.
                let (badRule, badRulePage, _) = try await browser.post(client, "\(draftPath)/rule", form: [
                    ("_csrf", token), ("overall", "120"), ("perDomain", "60")])
                #expect(badRule == .unprocessableContent)
                #expect(badRulePage.contains(Strings.frameworkPercentInvalid(Strings.frameworkFieldOverall)))
                #expect(badRulePage.contains(#"name="overall" value="120""#))
                let (rule, _, _) = try await browser.post(client, "\(draftPath)/rule", form: [
                    ("_csrf", token), ("overall", "80"), ("perDomain", "60")])
                #expect(rule == .seeOther)
                let ruled = try await store.frameworks.framework(draftID).framework
                #expect(ruled.passRule.overall == 0.8 && ruled.passRule.perDomain == 0.6)

                // A new item gets the next id of its group; a removal needs the confirmation.
                let competence = try #require(citizen.competences.last).key
                let (added, _, addedAt) = try await browser.post(client, "\(draftPath)/items", form: [
                    ("_csrf", token), ("group", "citizen"), ("kind", "truefalse"), ("competence", competence),
                    ("prompt", "Mã OTP có thể đọc cho nhân viên ngân hàng gọi điện đến."), ("options", ""), ("truth", "false"),
                    ("explanation", "Ngân hàng không bao giờ hỏi mã OTP.")])
                #expect(added == .seeOther)
                let newID = "citizen-\(String(format: "%03d", citizen.items.count + 1))"
                #expect(addedAt?.hasSuffix("#\(newID)") == true)
                let newItem = try await Self.item(newID, draftID, store)
                #expect(newItem.kind == .truefalse && newItem.answer == .truth(false) && newItem.competence == competence)
                let (badAdd, badAddPage, _) = try await browser.post(client, "\(draftPath)/items", form: [
                    ("_csrf", token), ("group", "citizen"), ("kind", "single"), ("competence", competence),
                    ("prompt", "Câu hỏi thiếu đáp án"), ("options", "Có\nKhông"), ("answer", "")])
                #expect(badAdd == .unprocessableContent)
                #expect(badAddPage.contains(Strings.frameworkAnswerOutOfRange(2)))
                #expect(badAddPage.contains("Câu hỏi thiếu đáp án"))
                #expect(try await store.frameworks.framework(draftID).framework.group(.citizen)?.items.count == citizen.items.count + 1)

                let (unconfirmed, unconfirmedPage, _) = try await browser.post(client, "\(draftPath)/items/\(newID)/delete", form: [("_csrf", token)])
                #expect(unconfirmed == .unprocessableContent)
                #expect(unconfirmedPage.contains(Strings.confirmRequired))
                let (removed, _, _) = try await browser.post(client, "\(draftPath)/items/\(newID)/delete", form: [("_csrf", token), ("confirm", "yes")])
                #expect(removed == .seeOther)
                #expect(try await store.frameworks.framework(draftID).framework.group(.citizen)?.items.contains { $0.id == newID } == false)

                // Publishing needs the confirmation; then the draft is the current version and no longer changes.
                let (unpublished, unpublishedPage, _) = try await browser.post(client, "\(draftPath)/publish", form: [("_csrf", token)])
                #expect(unpublished == .unprocessableContent)
                #expect(unpublishedPage.contains(Strings.confirmRequired))
                #expect(try await store.frameworks.current().id == v1.id)
                let (published, _, publishedAt) = try await browser.post(client, "\(draftPath)/publish", form: [("_csrf", token), ("confirm", "yes")])
                #expect(published == .seeOther)
                #expect(publishedAt?.hasSuffix("done=published") == true)
                let current = try await store.frameworks.current()
                #expect(current.id == draftID && current.version == 2 && current.status == .published)
                #expect(try await store.frameworks.framework(v1.id).framework == original)

                let (closed, closedPage, _) = try await browser.post(client, itemPath, form: [
                    ("_csrf", token), ("competence", item.competence), ("prompt", "Sửa sau khi ban hành"),
                    ("options", options.joined(separator: "\n")), ("answer", "1"), ("explanation", "")])
                #expect(closed == .conflict)
                #expect(closedPage.contains(Strings.frameworkNotDraft))
                let (closedRule, _, _) = try await browser.post(client, "/frameworks/\(v1.id.uuidString)/rule", form: [
                    ("_csrf", token), ("overall", "50"), ("perDomain", "50")])
                #expect(closedRule == .conflict)
                let (closedForm, _, _) = try await browser.get(client, itemPath)
                #expect(closedForm == .conflict)
                #expect(try await Self.item(item.id, draftID, store) == edited)

                let (_, afterList, _) = try await browser.get(client, "/frameworks")
                let v2Row = try #require(afterList.components(separatedBy: "<tr>").first { $0.contains("Phiên bản 2") })
                #expect(v2Row.contains("Đang dùng cho bài đánh giá mới"))

                // Unknown versions and items are not found.
                #expect(try await browser.get(client, "/frameworks/\(UUID().uuidString)").0 == .notFound)
                #expect(try await browser.get(client, "/frameworks/khong-co").0 == .notFound)
                let (_, _, nextAt) = try await browser.post(client, "/frameworks/\(draftID.uuidString)/draft", form: [("_csrf", token)])
                let nextPath = String(try #require(nextAt).prefix { $0 != "?" })
                #expect(try await browser.get(client, "\(nextPath)/items/khong-co").0 == .notFound)
                let (unknownItem, _, _) = try await browser.post(client, "\(nextPath)/items/khong-co", form: [
                    ("_csrf", token), ("prompt", "x")])
                #expect(unknownItem == .notFound)

                // The API lists the versions and gives a version's content.
                let bearer = try await client.token("department")
                let versions = try await client.execute(uri: "/api/v1/frameworks", method: .get, headers: [.authorization: "Bearer \(bearer)"]) {
                    #expect($0.status == .ok)
                    return try JSONDecoder().decode(VersionsJSON.self, from: Data(buffer: $0.body))
                }
                #expect(versions.items.count == 3)
                #expect(versions.items.filter(\.current).map(\.id) == [draftID.uuidString])
                #expect(versions.items.first { $0.version == 3 }?.status == "draft")
                let detail = try await client.execute(uri: "/api/v1/frameworks/\(draftID.uuidString)", method: .get,
                                                      headers: [.authorization: "Bearer \(bearer)"]) {
                    #expect($0.status == .ok)
                    return try JSONDecoder().decode(DetailJSON.self, from: Data(buffer: $0.body))
                }
                #expect(detail.version == 2 && detail.status == "published" && detail.current)
                #expect(detail.content.passRule.overall == 0.8)
                #expect(detail.content.group(.citizen)?.items.first { $0.id == item.id }?.prompt == edited.prompt)
            }
        }
    }

    @Test("a commune officer reads the framework but changes nothing; a team member does not see it", arguments: WebEngine.allCases)
    func officerReadsOnly(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let token = try await Self.login(&browser, client, as: "commune-officer")
                let v1 = try await store.frameworks.current()
                let (status, list, _) = try await browser.get(client, "/frameworks")
                #expect(status == .ok)
                #expect(list.contains("Phiên bản 1"))
                #expect(!list.contains("Tạo phiên bản mới"))
                let (page, version, _) = try await browser.get(client, "/frameworks/\(v1.id.uuidString)?group=official")
                #expect(page == .ok)
                #expect(version.contains("official-001"))
                #expect(!version.contains("/items/official-001\""))
                let (draft, _, _) = try await browser.post(client, "/frameworks/\(v1.id.uuidString)/draft", form: [("_csrf", token)])
                #expect(draft == .forbidden)
                let (rule, _, _) = try await browser.post(client, "/frameworks/\(v1.id.uuidString)/rule", form: [
                    ("_csrf", token), ("overall", "10"), ("perDomain", "10")])
                #expect(rule == .forbidden)
                #expect(try await store.frameworks.versions().count == 1)

                var member = BrowserSession()
                _ = try await Self.login(&member, client, as: "team-member", page: "/units/11131")
                #expect(try await member.get(client, "/frameworks").0 == .forbidden)
            }
        }
    }

    /// Logs in through the login form; returns the session's CSRF token (read from a page the account may open).
    static func login(_ browser: inout BrowserSession, _ client: some TestClientProtocol, as username: String,
                      page: String = "/courses") async throws -> String {
        let (_, login, _) = try await browser.get(client, "/login")
        let anonymous = try #require(BrowserSession.csrf(in: login))
        let (status, _, _) = try await browser.post(client, "/login", form: [("_csrf", anonymous), ("username", username),
                                                                            ("password", WebFixture.password)])
        #expect(status == .seeOther)
        let (_, html, _) = try await browser.get(client, page)
        return try #require(BrowserSession.csrf(in: html))
    }

    static func item(_ id: String, _ version: UUID, _ store: Store) async throws -> AssessmentItem {
        let framework = try await store.frameworks.framework(version).framework
        return try #require(framework.groups.flatMap(\.items).first { $0.id == id })
    }

    /// Text as Mustache writes it into HTML.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    struct VersionsJSON: Decodable {
        struct Item: Decodable {
            var id: String
            var key: String
            var version: Int
            var title: String
            var status: String
            var current: Bool
        }
        var items: [Item]
    }

    struct DetailJSON: Decodable {
        var id: String
        var version: Int
        var status: String
        var current: Bool
        var content: SkillsFramework
    }
}

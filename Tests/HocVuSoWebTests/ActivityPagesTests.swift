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

/// The management pages of the teams' work, used through their real forms (cookies, CSRF, redirects).
@Suite("Activity pages: teams, roster, exports, events, visits")
struct ActivityPagesTests {
    /// The fixture's clock: Sunday 17/5/2026, 13:40 in Vietnam.
    static let now = Date(timeIntervalSince1970: 1_779_000_000)
    static var today: CivilDate { CivilDate(now) }

    @Test("a team is formed, gets members, an account and a shift; the shift is on the roster and on duty today", arguments: WebEngine.allCases)
    func teamMembersAndRoster(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let village = made.homeVillage
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let token = try await Self.officer(&browser, client)
                let (_, empty, _) = try await browser.get(client, "/units/11131/teams")
                #expect(empty.contains("Thôn Đông"))

                let teamForm = [("_csrf", token), ("level", "village"), ("villageCode", village), ("name", ""), ("formedOn", "01/08/2025")]
                let (created, _, teamAt) = try await browser.post(client, "/units/11131/teams", form: teamForm)
                #expect(created == .seeOther)
                let location = try #require(teamAt)
                #expect(location.hasSuffix("?done=team-created"))
                let teamPath = String(location.prefix { $0 != "?" })
                let teamID = try #require(UUID(uuidString: String(teamPath.dropFirst("/teams/".count))))
                let (duplicate, duplicatePage, _) = try await browser.post(client, "/units/11131/teams", form: teamForm)
                #expect(duplicate == .unprocessableContent)
                #expect(duplicatePage.contains(Strings.teamVillageTaken("Thôn Đông")))

                let (leader, _, _) = try await browser.post(client, "\(teamPath)/members", form: [
                    ("_csrf", token), ("fullName", "Đỗ Minh Tuấn"), ("role", "leader"), ("phone", "0912345678"), ("from", "01/08/2025")])
                #expect(leader == .seeOther)
                let (member, _, _) = try await browser.post(client, "\(teamPath)/members", form: [
                    ("_csrf", token), ("fullName", "phạm thu hà"), ("role", "member"), ("organisation", "Đoàn Thanh niên"), ("from", "01/08/2025")])
                #expect(member == .seeOther)
                let (secondLeader, secondLeaderPage, _) = try await browser.post(client, "\(teamPath)/members", form: [
                    ("_csrf", token), ("fullName", "Lê Văn Bình"), ("role", "leader"), ("from", "01/08/2025")])
                #expect(secondLeader == .unprocessableContent)
                #expect(secondLeaderPage.contains(Strings.teamHasLeader))
                let members = try await store.teams.roster(commune: "11131").members(of: teamID)
                #expect(members.count == 2)
                let ha = try #require(members.first { $0.fullName == "Phạm Thu Hà" })
                let tuan = try #require(members.first { $0.fullName == "Đỗ Minh Tuấn" })

                let (_, teamsPage, _) = try await browser.get(client, "/units/11131/teams")
                #expect(teamsPage.contains("Tổ công nghệ số cộng đồng Thôn Đông"))
                #expect(teamsPage.contains("Thôn, tổ dân phố nào cũng đã có tổ công nghệ số."))
                let (_, unitPage, _) = try await browser.get(client, "/units/11131")
                #expect(unitPage.contains("<strong>2</strong> tổ đang hoạt động · <strong>2</strong> thành viên"))  // with the fixture's rapid-response team
                #expect(unitPage.contains("/units/11131/roster"))

                // A shift on today's weekday, across the current time, shows as on duty now.
                let weekday = Weekday(Self.today)
                let (shift, _, _) = try await browser.post(client, "\(teamPath)/shifts", form: [
                    ("_csrf", token), ("member", ha.id.uuidString), ("day", String(weekday.rawValue)), ("start", "07:30"),
                    ("end", "17:00"), ("place", "Nhà văn hóa thôn Đông")])
                #expect(shift == .seeOther)
                let (badShift, badShiftPage, _) = try await browser.post(client, "\(teamPath)/shifts", form: [
                    ("_csrf", token), ("member", tuan.id.uuidString), ("day", "1"), ("start", "11:00"), ("end", "08:00"), ("place", "Xã")])
                #expect(badShift == .unprocessableContent)
                #expect(badShiftPage.contains(Strings.shiftTimesReversed))
                let (rosterStatus, rosterPage, _) = try await browser.get(client, "/units/11131/roster")
                #expect(rosterStatus == .ok)
                let onDuty = rosterPage.components(separatedBy: "Tuần trước")[0]
                #expect(onDuty.contains("Phạm Thu Hà"))
                #expect(onDuty.contains("Đang trong ca"))
                #expect(onDuty.contains("Nhà văn hóa thôn Đông"))
                let (_, nextWeek, _) = try await browser.get(client, "/units/11131/roster?week=\(Self.today.adding(days: 7).iso)")
                #expect(nextWeek.components(separatedBy: "Tuần trước")[1].contains("Phạm Thu Hà"))
                let (villageRoster, _, villageRosterAt) = try await browser.get(client, "/units/\(village)/roster")
                #expect(villageRoster == .seeOther && villageRosterAt[.location] == "/units/11131/roster")

                // An account for the member: team-member role over the team's village, linked to the membership.
                let (account, _, _) = try await browser.post(client, "\(teamPath)/members/\(ha.id.uuidString)/account", form: [
                    ("_csrf", token), ("username", "pham.thu.ha"), ("password", "thuha2026abc"), ("passwordAgain", "thuha2026abc")])
                #expect(account == .seeOther)
                let credentials = try #require(try await store.accounts.credentials(username: "pham.thu.ha"))
                #expect(credentials.account.role == .teamMember && credentials.account.unitCode == village)
                #expect(try await store.teams.membership(userID: credentials.account.id, on: Self.today)?.member.id == ha.id)
                _ = try await client.token("pham.thu.ha", password: "thuha2026abc")
                let (again, againPage, _) = try await browser.post(client, "\(teamPath)/members/\(ha.id.uuidString)/account", form: [
                    ("_csrf", token), ("username", "pham.thu.ha2"), ("password", "thuha2026abc"), ("passwordAgain", "thuha2026abc")])
                #expect(again == .unprocessableContent)
                #expect(againPage.contains(Strings.memberHasAccount))

                // A member or shift of another team is not found under this team.
                let (_, _, otherAt) = try await browser.post(client, "/units/11131/teams", form: [
                    ("_csrf", token), ("level", "commune"), ("name", ""), ("formedOn", "01/08/2025")])
                let otherTeam = String(try #require(otherAt).prefix { $0 != "?" })
                let (foreign, _, _) = try await browser.post(client, "\(otherTeam)/members/\(ha.id.uuidString)/end", form: [
                    ("_csrf", token), ("confirm", "yes")])
                #expect(foreign == .notFound)
                let shiftID = try #require(try await store.teams.roster(commune: "11131").shifts.first?.id)
                let (foreignShift, _, _) = try await browser.post(client, "\(otherTeam)/shifts/\(shiftID.uuidString)/delete", form: [
                    ("_csrf", token), ("confirm", "yes")])
                #expect(foreignShift == .notFound)

                // Ending a membership asks for confirmation; then the member is a former member and off the roster.
                let (unconfirmed, unconfirmedPage, _) = try await browser.post(client, "\(teamPath)/members/\(ha.id.uuidString)/end", form: [
                    ("_csrf", token), ("until", VietnameseFormat.date(Self.today))])
                #expect(unconfirmed == .unprocessableContent)
                #expect(unconfirmedPage.contains(Strings.confirmRequired))
                let (ended, _, endedAt) = try await browser.post(client, "\(teamPath)/members/\(ha.id.uuidString)/end", form: [
                    ("_csrf", token), ("until", VietnameseFormat.date(Self.today)), ("confirm", "yes")])
                #expect(ended == .seeOther && endedAt == "\(teamPath)?done=member-ended")
                let after = try await store.teams.roster(commune: "11131")
                #expect(after.member(ha.id)?.until == Self.today)
                #expect(after.shifts.isEmpty)
                let (_, teamPage, _) = try await browser.get(client, teamPath)
                #expect(teamPage.contains("Thành viên đã rời tổ"))
            }
        }
    }

    @Test("deleting a shift needs the confirmation box", arguments: WebEngine.allCases)
    func shiftDeletion(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let team = Team(id: UUID(), communeCode: "11131", level: .commune, name: "Tổ công nghệ số xã", formedOn: CivilDate(year: 2025, month: 8, day: 1)!)
            try await store.teams.create(team, directory: store.directory)
            let member = TeamMember(id: UUID(), teamID: team.id, fullName: "Đỗ Minh Tuấn", role: .leader, from: team.formedOn)
            try await store.teams.add(member, directory: store.directory)
            let shift = DutyShift(id: UUID(), teamID: team.id, memberID: member.id, weekday: .monday,
                                  start: ClockTime("07:30")!, end: ClockTime("11:30")!, place: Strings.teamDefaultShiftPlace)
            try await store.teams.addShift(shift)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let token = try await Self.officer(&browser, client)
                let path = "/teams/\(team.id.uuidString)/shifts/\(shift.id.uuidString)/delete"
                let (unconfirmed, page, _) = try await browser.post(client, path, form: [("_csrf", token)])
                #expect(unconfirmed == .unprocessableContent)
                #expect(page.contains(Strings.confirmRequired))
                #expect(try await store.teams.roster(commune: "11131").shifts.count == 1)
                let (deleted, _, at) = try await browser.post(client, path, form: [("_csrf", token), ("confirm", "yes")])
                #expect(deleted == .seeOther && at == "/teams/\(team.id.uuidString)?done=shift-deleted")
                #expect(try await store.teams.roster(commune: "11131").shifts.isEmpty)
            }
        }
    }

    @Test("session exports in XLSX and CSV hold the filtered rows, with the same filters as the list", arguments: WebEngine.allCases)
    func sessionExports(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let village = made.homeVillage
            let province = try #require(store.directory["11131"]).provinceCode
            func session(_ category: String, _ at: String, resident: UUID? = nil) -> SupportSession {
                SupportSession(id: UUID(), provinceCode: province, communeCode: "11131", unitCode: village, category: category,
                               at: ISO8601DateFormatter().date(from: at)!, residentID: resident, ageBand: resident == nil ? .from36to60 : nil,
                               place: .home, outcome: .done)
            }
            let outcomes = try await store.sessions.recorder.record([
                session("vneid", "2026-05-10T02:00:00Z", resident: made.homeResident), session("vneid", "2026-05-10T03:00:00Z"),
                session("vneid", "2026-05-11T03:00:00Z"), session("payment", "2026-05-12T03:00:00Z"),
                session("payment", "2026-05-12T04:00:00Z"), session("vneid", "2026-04-01T03:00:00Z"),
            ])
            #expect(outcomes.allSatisfy { $0.status == .created })
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                _ = try await Self.officer(&browser, client)
                let filters = "from=01/05/2026&to=17/05/2026&category=vneid"
                let (listStatus, list, _) = try await browser.get(client, "/units/11131/sessions?\(filters)")
                #expect(listStatus == .ok)
                #expect(list.contains("3 lượt hỗ trợ"))
                #expect(list.contains("Nguyễn Văn Đức"))

                let (xlsxHeaders, xlsx) = try await Self.download(client, browser, "/units/11131/sessions/export?format=xlsx&\(filters)")
                #expect(xlsxHeaders[.contentDisposition] == "attachment; filename=\"luot-ho-tro-11131-2026-05-01-2026-05-17.xlsx\"")
                let sheet = try #require(try TabularFile.read(xlsx, filename: "export.xlsx").first)
                #expect(sheet.rows.first == Strings.sessionExportHeader)
                #expect(sheet.rows.count == 4)
                #expect(sheet.rows.dropFirst().allSatisfy { $0[4] == "vneid" })
                #expect(sheet.rows.contains { $0[5] == "Nguyễn Văn Đức" })

                let (csvHeaders, csv) = try await Self.download(client, browser,
                                                                "/units/11131/sessions/export?format=csv&village=\(village)&category=payment")
                #expect(csvHeaders[.contentType] == "text/csv; charset=utf-8")
                #expect(csvHeaders[.contentDisposition] == "attachment; filename=\"luot-ho-tro-11131.csv\"")
                let table = try #require(try TabularFile.read(csv, filename: "export.csv").first)
                #expect(table.rows.count == 3)
                #expect(table.rows.dropFirst().allSatisfy { $0[4] == "payment" && $0[0] == "12/5/2026" })

                let (reversed, reversedPage, _) = try await browser.get(client, "/units/11131/sessions?from=17/05/2026&to=01/05/2026")
                #expect(reversed == .unprocessableContent)
                #expect(reversedPage.contains(Strings.periodReversed))
                let (badFormat, _) = try await Self.download(client, browser, "/units/11131/sessions/export?format=pdf", expect: .badRequest)
                #expect(badFormat[.contentDisposition] == nil)
            }
        }
    }

    @Test("event attendance by target group after ticking residents, setting a head count and importing a list", arguments: WebEngine.allCases)
    func eventAttendance(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let village = made.homeVillage
            let actor = AccessActor(userID: nil, username: "fixture", client: "test")
            let pupil = try await store.residents.create(
                Resident(id: UUID(), fullName: "Lê Thị Mai", birthDate: CivilDate(iso: "2010-03-04")!, gender: .female,
                         cccd: "031310012345", villageCode: village, targetGroup: .student), directory: store.directory, actor: actor)
            let official = try await store.residents.create(
                Resident(id: UUID(), fullName: "Hoàng Văn Nam", birthDate: CivilDate(iso: "1985-07-08")!, gender: .male,
                         villageCode: village, targetGroup: .official), directory: store.directory, actor: actor)
            let homeResident = made.homeResident
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                _ = try await Self.officer(&browser, client)
                let (_, newPage, _) = try await browser.get(client, "/units/11131/events/new")
                let token = try #require(BrowserSession.csrf(in: newPage))
                let id = try #require(Self.hidden("id", in: newPage))
                var form = [("_csrf", token), ("id", id), ("type", "village-class"), ("topic", ""), ("day", "10/05/2026"),
                            ("place", "Nhà văn hóa thôn Đông"), ("organiser", "Đoàn Thanh niên xã"), ("village", village), ("headCount", "")]
                let (invalid, invalidPage, _) = try await browser.post(client, "/units/11131/events", form: form)
                #expect(invalid == .unprocessableContent)
                #expect(invalidPage.contains(Strings.eventFieldRequired("event.topic")))
                form[3] = ("topic", "Hướng dẫn kích hoạt VNeID mức 2")
                let (created, _, eventAt) = try await browser.post(client, "/units/11131/events", form: form)
                #expect(created == .seeOther && eventAt == "/events/\(id)?done=event-created")
                let eventID = try #require(UUID(uuidString: id))
                let eventPath = "/events/\(id)"

                let (_, eventPage, _) = try await browser.get(client, eventPath)
                #expect(eventPage.contains(#"name="attend" value="\#(homeResident.uuidString)""#))
                let (ticked, _, _) = try await browser.post(client, "\(eventPath)/attendance", form: [
                    ("_csrf", token), ("shown", homeResident.uuidString), ("shown", pupil.id.uuidString),
                    ("attend", homeResident.uuidString)])
                #expect(ticked == .seeOther)
                var summary = try #require(try await store.events.summary(event: eventID))
                #expect(summary.byGroup == [.citizen: 1])
                let (counted, _, _) = try await browser.post(client, "\(eventPath)/attendance", form: [
                    ("_csrf", token), ("setHeadCount", "1"), ("headCount", "5")])
                #expect(counted == .seeOther)
                summary = try #require(try await store.events.summary(event: eventID))
                #expect(summary.headCount == 5 && summary.unnamed == 4 && summary.participants == 5)
                let (_, countedPage, _) = try await browser.get(client, eventPath)
                #expect(countedPage.contains(#"<tr class="muted"><td>Không ghi tên</td><td class="num">4</td></tr>"#))

                let csv = "DANH SÁCH THAM DỰ\n\nSTT,Họ và tên,Ngày sinh,Số CCCD\n1,Lê Thị Mai,,031310012345\n2,HOÀNG VĂN NAM,08/07/1985,\n"
                let (imported, importedPage) = try await browser.uploadPage(client, "\(eventPath)/attendance/import", csrf: token,
                                                                           filename: "tham-du.csv", data: Data(csv.utf8))
                #expect(imported == .seeOther, "\(importedPage)")
                summary = try #require(try await store.events.summary(event: eventID))
                #expect(summary.byGroup == [.citizen: 1, .student: 1, .official: 1])
                #expect(summary.unnamed == 2 && summary.participants == 5)
                let names = try await store.events.attendees(event: eventID, actor: AccessActor(userID: nil, username: "test", client: "test")).map(\.id)
                #expect(Set(names) == [homeResident, pupil.id, official.id])

                // Unticking removes a named attendee.
                let (unticked, _, _) = try await browser.post(client, "\(eventPath)/attendance", form: [
                    ("_csrf", token), ("shown", official.id.uuidString)])
                #expect(unticked == .seeOther)
                #expect(try await store.events.summary(event: eventID)?.byGroup[.official] == nil)
            }
        }
    }

    @Test("an attendance import with a row it cannot match adds nobody and names every bad row", arguments: WebEngine.allCases)
    func attendanceImportAllOrNothing(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let province = try #require(store.directory["11131"]).provinceCode
            let event = CommunityEvent(id: UUID(), communeCode: "11131", type: .conference, day: CivilDate(iso: "2026-05-02")!,
                                       place: "Hội trường xã", organiser: "UBND xã", topic: "Hội nghị triển khai")
            try await store.events.create(event, provinceCode: province)
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                _ = try await Self.officer(&browser, client)
                let (_, page, _) = try await browser.get(client, "/events/\(event.id.uuidString)")
                let token = try #require(BrowserSession.csrf(in: page))
                let csv = """
                    Họ và tên,Ngày sinh,Số CCCD
                    Nguyễn Văn Đức,02/01/1980,031080012345
                    Người Lạ,,031080099999
                    Trần Thị Hoa,06/05/1990,
                    Phạm Văn Tư,,

                    """
                let (status, body) = try await browser.uploadPage(client, "/events/\(event.id.uuidString)/attendance/import",
                                                                  csrf: token, filename: "ds.csv", data: Data(csv.utf8))
                #expect(status == .unprocessableContent)
                #expect(body.contains(Strings.attendanceImportRejected("3")))
                #expect(body.contains("<tr><td>3</td><td>Số CCCD</td><td>031080099999</td>"))
                #expect(body.contains("<tr><td>4</td><td>Họ và tên</td><td>Trần Thị Hoa, 06/05/1990</td>"))
                #expect(body.contains("<tr><td>5</td><td>Ngày sinh</td><td></td><td>\(Strings.attendanceBirthMissing)</td></tr>"))
                #expect(!body.contains("<tr><td>2</td>"))
                #expect(try await store.events.attendees(event: event.id, actor: AccessActor(userID: nil, username: "test", client: "test")).isEmpty)
            }
        }
    }

    @Test("recording a visit moves the household from not visited to visited, with the sessions of the visit", arguments: WebEngine.allCases)
    func householdVisit(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            let village = made.homeVillage
            let actor = AccessActor(userID: nil, username: "fixture", client: "test")
            let household = try #require(try await store.residents.get(made.homeResident, actor: actor).householdID)
            let homeResident = made.homeResident
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                _ = try await Self.officer(&browser, client)
                let (_, before, _) = try await browser.get(client, "/units/\(village)/visits")
                #expect(before.contains("visits/new?household=\(household.uuidString)"))
                #expect(before.contains("Chưa ghi nhận lần đến hộ nào."))
                let (commune, _, communeAt) = try await browser.get(client, "/units/11131/visits/new?household=\(household.uuidString)")
                #expect(commune == .seeOther && communeAt[.location] == "/units/\(village)/visits/new?household=\(household.uuidString)")

                let (_, form, _) = try await browser.get(client, "/units/\(village)/visits/new?household=\(household.uuidString)")
                let token = try #require(BrowserSession.csrf(in: form))
                let visitID = try #require(Self.hidden("id", in: form))
                #expect(form.contains(#"name="present" value="\#(homeResident.uuidString)""#))
                let fields = [("_csrf", token), ("id", visitID), ("household", household.uuidString), ("status", "visited"),
                              ("present", homeResident.uuidString), ("note", "Đã cài VNeID")]
                let (future, futurePage, _) = try await browser.post(client, "/units/\(village)/visits",
                                                                     form: fields + [("day", "18/05/2026")])
                #expect(future == .unprocessableContent)
                #expect(futurePage.contains(Strings.dateInFuture))
                let (recorded, _, at) = try await browser.post(client, "/units/\(village)/visits", form: fields + [("day", "17/05/2026")])
                #expect(recorded == .seeOther && at == "/units/\(village)/visits?done=visit-recorded")

                let province = try #require(store.directory["11131"]).provinceCode
                _ = try await store.sessions.recorder.record([
                    SupportSession(id: UUID(), provinceCode: province, communeCode: "11131", unitCode: village, category: "vneid",
                                   at: Self.now.addingTimeInterval(-600), residentID: homeResident, place: .home, outcome: .done,
                                   visitID: UUID(uuidString: visitID)),
                ])
                let (_, after, _) = try await browser.get(client, "/units/\(village)/visits")
                #expect(!after.contains("visits/new?household=\(household.uuidString)"))
                #expect(after.contains("Không còn hộ nào chưa đến."))
                #expect(after.contains("Có mặt: Nguyễn Văn Đức"))
                #expect(after.contains("1 lượt"))
                #expect(after.contains(Strings.defaultCategoryLabel("vneid")))
                let counts = try await store.rollups.counts(units: [village])
                #expect(counts[village]?[RollupStore.Metric.householdsVisited] == 1)
                let (_, coverage, _) = try await browser.get(client, "/units/11131/visits")
                #expect(coverage.contains("100,0%"))
            }
        }
    }

    @Test("categories: a commune adds its own, retires and restores it; the defaults stay", arguments: WebEngine.allCases)
    func categories(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                let token = try await Self.officer(&browser, client)
                let (added, _, at) = try await browser.post(client, "/units/11131/categories", form: [("_csrf", token), ("label", "Hướng dẫn dùng Zalo")])
                #expect(added == .seeOther && at == "/units/11131/categories?done=category-added")
                #expect(store.catalog.offered(to: "11131").contains { $0.key == "huong-dan-dung-zalo" })
                let (again, againPage, _) = try await browser.post(client, "/units/11131/categories", form: [("_csrf", token), ("label", "Hướng dẫn dùng Zalo")])
                #expect(again == .unprocessableContent && againPage.contains(Strings.categoryExists))
                let (retired, _, _) = try await browser.post(client, "/units/11131/categories/huong-dan-dung-zalo/active",
                                                             form: [("_csrf", token), ("active", "0")])
                #expect(retired == .seeOther)
                #expect(!store.catalog.offered(to: "11131").contains { $0.key == "huong-dan-dung-zalo" })
                let (locked, lockedPage, _) = try await browser.post(client, "/units/11131/categories/vneid/active",
                                                                     form: [("_csrf", token), ("active", "0")])
                #expect(locked == .unprocessableContent && lockedPage.contains(Strings.categoryDefaultLocked))
                let (restored, _, _) = try await browser.post(client, "/units/11131/categories/huong-dan-dung-zalo/active",
                                                              form: [("_csrf", token), ("active", "1")])
                #expect(restored == .seeOther)
                let (_, page, _) = try await browser.get(client, "/units/11131/categories")
                #expect(page.contains("Hướng dẫn dùng Zalo") && page.contains("Đang dùng"))
            }
        }
    }

    // MARK: Helpers

    /// Logs the commune officer of Chí Minh in through the login form; returns the session's CSRF token.
    static func officer(_ browser: inout BrowserSession, _ client: some TestClientProtocol) async throws -> String {
        let (_, login, _) = try await browser.get(client, "/login")
        let anonymous = try #require(BrowserSession.csrf(in: login))
        _ = try await browser.post(client, "/login", form: [("_csrf", anonymous), ("username", "commune-officer"),
                                                            ("password", WebFixture.password)])
        let (_, unit, _) = try await browser.get(client, "/units/11131")
        return try #require(BrowserSession.csrf(in: unit))
    }

    /// A file download's headers and bytes.
    static func download(_ client: some TestClientProtocol, _ browser: BrowserSession, _ uri: String,
                         expect status: HTTPResponse.Status = .ok) async throws -> (HTTPFields, Data) {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: browser.cookieHeader]) { response in
            #expect(response.status == status, "\(uri)")
            return (response.headers, Data(buffer: response.body))
        }
    }

    /// The value of a hidden input of a form.
    static func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: #"type="hidden" name="\#(name)" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

extension BrowserSession {
    /// Uploads a file through a multipart form and returns the status with the page (for pages that answer in place).
    mutating func uploadPage(_ client: some TestClientProtocol, _ uri: String, csrf: String, filename: String,
                             data: Data) async throws -> (HTTPResponse.Status, String) {
        let boundary = "----hocvuso\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n".utf8)
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n".utf8))
        body.append(data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        let response = try await client.execute(uri: uri, method: .post,
                                                headers: [.cookie: cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                                body: ByteBuffer(bytes: body)) { $0 }
        remember(response)
        return (response.status, String(buffer: response.body))
    }
}

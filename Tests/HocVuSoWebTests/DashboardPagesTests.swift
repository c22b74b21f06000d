import Foundation
import HTTPTypes
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore
@testable import HocVuSoWeb
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Dashboards, their exports and the plans page")
struct DashboardPagesTests {
    static let actor = AccessActor(userID: nil, username: "test", client: "test")

    /// Logs a browser in as one of the fixture's accounts.
    static func login(_ browser: inout BrowserSession, _ client: some TestClientProtocol, as role: Role) async throws {
        let (_, page, _) = try await browser.get(client, "/login")
        let token = try #require(BrowserSession.csrf(in: page))
        let (status, _, _) = try await browser.post(client, "/login", form: [("_csrf", token), ("username", role.rawValue),
                                                                            ("password", WebFixture.password)])
        #expect(status == .seeOther)
    }

    /// The national plan of 2026 with the given targets, saved through the store.
    static func nationalPlan(_ store: Store, _ targets: [(String, Double)]) async throws {
        let plan = Plan(id: UUID(), unitCode: "", year: 2026, number: "01-KH/BCĐTW", issuedOn: CivilDate(year: 2025, month: 6, day: 9)!,
                        title: "Kế hoạch cả nước")
        let directory = store.directory
        try await store.targets.save(plan, targets: targets.map {
            Target(planID: plan.id, unitCode: "", year: 2026, indicator: $0.0, comparison: .atLeast, value: $0.1)
        }) { code in directory.path(to: code).map(\.code) }
    }

    static func resident(_ store: Store, _ name: String, born: String, village: String, group: TargetGroup = .citizen,
                         skilled: Bool = false, smartphone: Smartphone = .unknown) async throws {
        _ = try await store.residents.create(
            Resident(id: UUID(), fullName: name, birthDate: CivilDate(iso: born)!, gender: .male, villageCode: village, targetGroup: group,
                     targetGroupSource: .set, smartphone: smartphone, hasBasicDigitalSkills: skilled),
            directory: store.directory, actor: actor)
    }

    /// The table row of one indicator on a dashboard.
    static func row(_ key: String, in html: String) -> String? {
        guard let start = html.range(of: "id=\"ind-\(key)\"") else { return nil }
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)])
    }

    /// The first link target inside a piece of HTML (entities decoded).
    static func href(in html: String) -> String? {
        guard let start = html.range(of: "href=\"") else { return nil }
        return String(html[start.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("the commune dashboard follows a write, judges targets, draws SVG without inline style, and leads to the people", arguments: WebEngine.allCases)
    func communeDashboard(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store, village = made.homeVillage
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: .communeOfficer)
                let (status, before, _) = try await browser.get(client, "/units/11131/dashboard?year=2026")
                #expect(status == .ok)
                #expect(before.contains("Chỉ tiêu, kết quả – Xã Chí Minh"))
                let officialsBefore = try #require(Self.row("officials_skilled_pct", in: before))
                #expect(officialsBefore.contains("<strong>—</strong>"))
                #expect(officialsBefore.contains(Strings.noTarget))

                // A skilled official and a skilled adult appear at the next load; a national target judges them.
                try await Self.resident(store, "Phạm Thị Lan", born: "1988-04-04", village: village, group: .official, skilled: true)
                try await Self.resident(store, "Lê Văn Minh", born: "1990-03-03", village: village, skilled: true)
                try await Self.nationalPlan(store, [("officials_skilled_pct", 100), ("adults_skilled_pct", 80)])
                let (_, after, _) = try await browser.get(client, "/units/11131/dashboard?year=2026")
                let officials = try #require(Self.row("officials_skilled_pct", in: after))
                #expect(officials.contains("100,0%"))
                #expect(officials.contains("1/1"))
                #expect(officials.contains("≥ 100%"))
                #expect(officials.contains("verdict ok\">Đạt<"))
                // Adults: Nguyễn Văn Đức, Phạm Thị Lan, Lê Văn Minh; two are skilled.
                let adults = try #require(Self.row("adults_skilled_pct", in: after))
                #expect(adults.contains("66,7%"))
                #expect(adults.contains("2/3"))
                #expect(adults.contains("verdict off\">Chưa đạt<"))
                #expect(adults.contains("1 người (13,3 điểm %)"))
                #expect(after.contains("1/2 chỉ tiêu đã giao đạt"))

                // Charts: server-drawn SVG, announced as images, no inline style anywhere on the page.
                #expect(after.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 340 "))
                #expect(after.contains("role=\"img\""))
                #expect(after.contains("<title>Kết quả các chỉ tiêu tỷ lệ của Xã Chí Minh năm 2026"))
                #expect(after.contains("<polyline points="))
                #expect(after.contains("pathLength=\"100\""))
                #expect(!after.contains("style="))
                #expect(!after.contains("<script>"))

                // The village matrix leads to the village's dashboard, whose numbers lead to the residents behind them.
                #expect(after.contains("href=\"/units/\(village)/dashboard?year=2026#ind-adults_skilled_pct\""))
                let (villageStatus, villagePage, _) = try await browser.get(client, "/units/\(village)/dashboard?year=2026")
                #expect(villageStatus == .ok)
                #expect(villagePage.contains("Chỉ tiêu, kết quả – Thôn Đông"))
                #expect(villagePage.contains("href=\"/units/11131/dashboard?year=2026\""))
                let villageAdults = try #require(Self.row("adults_skilled_pct", in: villagePage))
                let link = try #require(Self.href(in: villageAdults))
                #expect(link == "/units/\(village)/residents?bornBy=2008&skilled=yes")
                let (listStatus, list, _) = try await browser.get(client, link)
                #expect(listStatus == .ok)
                #expect(list.contains("Lê Văn Minh"))
                #expect(list.contains("Phạm Thị Lan"))
                #expect(!list.contains("Nguyễn Văn Đức"))
                #expect(list.contains("Đang lọc: sinh năm 2008 trở về trước, có kỹ năng số cơ bản"))
                #expect(list.contains("2 người"))
                // The next page keeps the dashboard's filters.
                let (_, paged, _) = try await browser.get(client, link + "&per=1")
                #expect(paged.contains("page=2&amp;skilled=yes&amp;bornBy=2008&amp;per=1"))

                // Ranking by another indicator; unknown choices and years outside the plans are refused in Vietnamese.
                let (ranked, rankedPage, _) = try await browser.get(client, "/units/11131/dashboard?year=2026&rank=officials_skilled_pct")
                #expect(ranked == .ok)
                #expect(rankedPage.contains("Xếp hạng theo: Cán bộ, công chức, viên chức có kỹ năng số cơ bản"))
                #expect(try await browser.get(client, "/units/11131/dashboard?rank=khong-co").0 == .badRequest)
                let (badYear, badYearPage, _) = try await browser.get(client, "/units/11131/dashboard?year=1999")
                #expect(badYear == .badRequest)
                #expect(badYearPage.contains("«1999» không phải là một năm hợp lệ"))
                #expect(try await browser.get(client, "/units/10750/dashboard").0 == .forbidden)

                // The unit page sums it up and links here.
                let (_, unitPage, _) = try await browser.get(client, "/units/11131")
                #expect(unitPage.contains("href=\"/units/11131/dashboard?year=2026\""))
                #expect(unitPage.contains("1/2 chỉ tiêu đã giao đạt"))
            }
        }
    }

    @Test("a role without access to residents sees the figures but no links to people", arguments: WebEngine.allCases)
    func viewerHasNoResidentLinks(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: .viewer)
                let (status, page, _) = try await browser.get(client, "/units/11131/dashboard?year=2026")
                #expect(status == .ok)
                #expect(!page.contains("/residents?"))
                #expect(!page.contains("/sessions?"))
                #expect(page.contains("/units/11131/plans?year=2026"))
                let (_, plans, _) = try await browser.get(client, "/units/11131/plans?year=2026")
                #expect(!plans.contains("Ghi kế hoạch mới"))
            }
        }
    }

    @Test("the province table puts communes behind target first and sorts by any column", arguments: WebEngine.allCases)
    func provinceTable(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store
            // Chí Minh: one of two adults skilled (on track), none with a smartphone (behind on one);
            // Phú Thái: nobody skilled, no smartphone (behind on two); the other communes have no one (nothing to judge).
            try await Self.resident(store, "Lê Văn Minh", born: "1990-03-03", village: made.homeVillage, skilled: true, smartphone: .no)
            try await Self.nationalPlan(store, [("adults_skilled_pct", 50), ("adults_smartphone_pct", 50)])
            let other = try #require(store.directory.children(of: "31").first { $0.code != "11131" && $0.code != "10750" })
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: .department)
                func order(_ query: String) async throws -> [Int] {
                    let (status, page, _) = try await browser.get(client, "/units/31/dashboard?year=2026\(query)")
                    #expect(status == .ok, "\(query)")
                    let table = String(page[(page.range(of: "id=\"units\"")?.upperBound ?? page.startIndex)...])
                    return ["Xã Phú Thái", "Xã Chí Minh", other.fullName].map { name in
                        table.range(of: ">\(name)</a>").map { table.distance(from: table.startIndex, to: $0.lowerBound) } ?? -1
                    }
                }
                let behindFirst = try await order("")
                #expect(behindFirst.allSatisfy { $0 >= 0 })
                #expect(behindFirst[0] < behindFirst[1] && behindFirst[1] < behindFirst[2])
                let ascending = try await order("&sort=adults_skilled_pct&dir=asc")
                #expect(ascending[0] < ascending[1] && ascending[1] < ascending[2])
                let descending = try await order("&sort=adults_skilled_pct&dir=desc")
                #expect(descending[1] < descending[0] && descending[0] < descending[2])
                let byName = try await order("&sort=name")
                #expect(byName[1] < byName[0])

                let (_, page, _) = try await browser.get(client, "/units/31/dashboard?year=2026&sort=name&dir=asc")
                #expect(page.contains("aria-sort=\"ascending\""))
                #expect(page.contains("href=\"/dashboard?") == false)
                #expect(page.contains("/units/31/dashboard?year=2026&amp;sort=name&amp;dir=desc#units"))
                #expect(page.contains("/units/31/dashboard?year=2026&amp;sort=behind&amp;dir=desc#units"))
                #expect(page.contains("href=\"/units/11131/dashboard?year=2026#ind-adults_skilled_pct\""))
                #expect(!page.contains("style="))
                #expect(try await browser.get(client, "/units/31/dashboard?sort=bogus").0 == .badRequest)
                #expect(try await browser.get(client, "/units/31/dashboard?sort=name&dir=up").0 == .badRequest)

                // Without a unit, the department is sent to its own dashboard; an admin sees the provinces.
                let (redirect, _, headers) = try await browser.get(client, "/dashboard")
                #expect(redirect == .seeOther)
                #expect(headers[.location] == "/units/31/dashboard")
            }
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: .admin)
                let (status, page, _) = try await browser.get(client, "/dashboard?year=2026")
                #expect(status == .ok)
                #expect(page.contains("Chỉ tiêu, kết quả – Cả nước"))
                #expect(page.contains(">Thành phố Hải Phòng</a>"))
                let adults = try #require(Self.row("adults_skilled_pct", in: page))
                #expect(adults.contains("1/3"))
            }
        }
    }

    @Test("dashboard tables download as XLSX and CSV with their rows", arguments: WebEngine.allCases)
    func exports(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store, village = made.homeVillage
            try await Self.resident(store, "Lê Văn Minh", born: "1990-03-03", village: village, skilled: true)
            try await Self.nationalPlan(store, [("adults_skilled_pct", 80)])
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: .communeOfficer)
                let (xlsxHeaders, xlsx) = try await ActivityPagesTests.download(
                    client, browser, "/units/11131/dashboard/export?format=xlsx&table=indicators&year=2026")
                #expect(xlsxHeaders[.contentDisposition] == "attachment; filename=\"chi-tieu-11131-2026.xlsx\"")
                let sheet = try #require(try TabularFile.read(xlsx, filename: "export.xlsx").first)
                #expect(sheet.rows.first == Strings.indicatorExportHeader)
                #expect(sheet.rows.count == 1 + IndicatorDefinition.all.count)
                let adults = try #require(sheet.rows.first { $0.first == "adults_skilled_pct" })
                #expect(adults[1] == Strings.indicatorLabel("adults_skilled_pct"))
                #expect(adults[2] == "1" && adults[3] == "2")
                #expect(adults[5] == "≥" && adults[8] == Strings.offTrack)

                let (csvHeaders, csv) = try await ActivityPagesTests.download(
                    client, browser, "/units/11131/dashboard/export?format=csv&table=units&year=2026")
                #expect(csvHeaders[.contentType] == "text/csv; charset=utf-8")
                #expect(csvHeaders[.contentDisposition] == "attachment; filename=\"chi-tieu-don-vi-11131-2026.csv\"")
                let table = try #require(try TabularFile.read(csv, filename: "export.csv").first)
                #expect(table.rows.first?.prefix(3) == [Strings.columnCode, Strings.columnUnit, Strings.columnBehind])
                #expect(table.rows.count == 2)
                let row = try #require(table.rows.last)
                #expect(row[0] == village && row[1] == "Thôn Đông" && row[2] == "1")

                _ = try await ActivityPagesTests.download(client, browser, "/units/\(village)/dashboard/export?table=units", expect: .badRequest)
                _ = try await ActivityPagesTests.download(client, browser, "/units/11131/dashboard/export?table=nguoi", expect: .badRequest)
                _ = try await ActivityPagesTests.download(client, browser, "/units/11131/dashboard/export?format=pdf", expect: .badRequest)
                _ = try await ActivityPagesTests.download(client, browser, "/units/11131/dashboard/export?year=2040", expect: .badRequest)
                _ = try await ActivityPagesTests.download(client, browser, "/units/10750/dashboard/export", expect: .forbidden)
            }
        }
    }

    @Test("a plan with a looser or impossible target is refused with every problem and saves nothing; a good one is saved", arguments: WebEngine.allCases)
    func planForm(engine: WebEngine) async throws {
        try await WebFixture.with(engine: engine) { made in
            let store = made.store, village = made.homeVillage
            try await Self.nationalPlan(store, [("adults_skilled_pct", 80)])
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: .communeOfficer)
                let (status, page, _) = try await browser.get(client, "/units/11131/plans?year=2026")
                #expect(status == .ok)
                #expect(page.contains("Kế hoạch số 01-KH/BCĐTW ngày 9/6/2025 – Trung ương"))
                #expect(page.contains("cấp trên giao ≥ 80%"))
                #expect(page.contains("name=\"child0.unit\""))
                let token = try #require(BrowserSession.csrf(in: page))
                func form(year: String = "2026", _ rows: [(String, String)]) -> [(String, String)] {
                    [("_csrf", token), ("number", "41/KH-UBND"), ("issuedOn", "05/01/2026"), ("year", year),
                     ("title", "Kế hoạch của xã")] + rows
                }

                let (refused, refusedPage, _) = try await browser.post(client, "/units/11131/plans", form: form([
                    ("cmp.adults_skilled_pct", ">="), ("val.adults_skilled_pct", "70"),
                    ("cmp.students_skilled_pct", ">="), ("val.students_skilled_pct", "120"),
                    ("cmp.officials_skilled_pct", ">"), ("val.officials_skilled_pct", "90,5"),
                    ("child0.unit", village), ("child0.indicator", "adults_smartphone_pct"), ("child0.cmp", ">="), ("child0.value", "abc"),
                ]))
                #expect(refused == .unprocessableContent)
                #expect(refusedPage.contains(Strings.planFormProblems))
                #expect(refusedPage.contains("Chỉ tiêu «Người trưởng thành có kỹ năng số cơ bản» ≥ 70"))
                #expect(refusedPage.contains("thấp hơn chỉ tiêu cấp trên giao (≥ 80"))
                #expect(refusedPage.contains("Học sinh, sinh viên có kỹ năng số: Chỉ tiêu tỷ lệ phải từ 0% đến 100%"))
                #expect(refusedPage.contains("Thôn Đông – Người trưởng thành có điện thoại thông minh: " + Strings.targetValueInvalid))
                #expect(refusedPage.contains("name=\"val.adults_skilled_pct\" value=\"70\""))
                #expect(try await store.targets.plans(units: ["31", "11131"], year: 2026).count == 1)
                #expect(try await store.targets.targets(year: 2026).count == 1)

                let (badYear, badYearPage, _) = try await browser.post(client, "/units/11131/plans", form: form(year: "2031", [
                    ("cmp.adults_skilled_pct", ">="), ("val.adults_skilled_pct", "90")]))
                #expect(badYear == .unprocessableContent)
                #expect(badYearPage.contains(Strings.targetYearInvalid(2025, 2030)))

                // A village may not be looser than the commune's target set in the same plan.
                let (looserVillage, looserPage, _) = try await browser.post(client, "/units/11131/plans", form: form([
                    ("cmp.adults_skilled_pct", ">="), ("val.adults_skilled_pct", "90"),
                    ("child0.unit", village), ("child0.indicator", "adults_skilled_pct"), ("child0.cmp", ">="), ("child0.value", "85")]))
                #expect(looserVillage == .unprocessableContent)
                #expect(looserPage.contains("Thôn Đông – Người trưởng thành có kỹ năng số cơ bản: "))
                #expect(try await store.targets.targets(year: 2026).count == 1)

                let (saved, _, location) = try await browser.post(client, "/units/11131/plans", form: form([
                    ("cmp.adults_skilled_pct", ">"), ("val.adults_skilled_pct", "85"), ("val.support_sessions", "1.500"),
                    ("child0.unit", village), ("child0.indicator", "adults_skilled_pct"), ("child0.cmp", ">="), ("child0.value", "90")]))
                #expect(saved == .seeOther)
                #expect(location == "/units/11131/plans?year=2026&done=plan-saved")
                let (_, savedPage, _) = try await browser.get(client, try #require(location))
                #expect(savedPage.contains(Strings.planSaved))
                #expect(savedPage.contains("Kế hoạch số 41/KH-UBND ngày 5/1/2026 – Xã Chí Minh"))
                #expect(savedPage.contains("Lượt hỗ trợ người dân: <strong>≥ 1.500</strong>"))
                #expect(savedPage.contains("Người trưởng thành có kỹ năng số cơ bản – Thôn Đông: <strong>≥ 90%</strong>"))
                let (_, dashboard, _) = try await browser.get(client, "/units/11131/dashboard?year=2026")
                #expect(Self.row("adults_skilled_pct", in: dashboard)?.contains("&gt; 85%") == true)
                let (_, villageDashboard, _) = try await browser.get(client, "/units/\(village)/dashboard?year=2026")
                #expect(Self.row("adults_skilled_pct", in: villageDashboard)?.contains("≥ 90%") == true)

                // The same number again is refused.
                let (again, againPage, _) = try await browser.post(client, "/units/11131/plans", form: form([("val.adults_skilled_pct", "95")]))
                #expect(again == .unprocessableContent)
                #expect(againPage.contains(Strings.planDuplicate("41/KH-UBND", 2026)))
            }
            try await made.application().test(.router) { client in
                var browser = BrowserSession()
                try await Self.login(&browser, client, as: .viewer)
                let (_, page, _) = try await browser.get(client, "/units/11131/plans?year=2026")
                let token = try #require(BrowserSession.csrf(in: page))
                let (status, _, _) = try await browser.post(client, "/units/11131/plans", form: [
                    ("_csrf", token), ("number", "9/KH"), ("issuedOn", "05/01/2026"), ("year", "2026"), ("val.adults_skilled_pct", "95")])
                #expect(status == .forbidden)
            }
        }
    }

    @Test("SVG pieces: escaped text, dot decimals, a viewBox that scales, no inline style")
    func svgPieces() {
        #expect(SVG.escape("Thôn <Đông> & \"Tây\" 'Bắc'") == "Thôn &lt;Đông&gt; &amp; &quot;Tây&quot; &#39;Bắc&#39;")
        #expect(SVG.number(12.5) == "12.5")
        #expect(SVG.number(100) == "100")
        #expect(SVG.number(-3.25) == "-3.25")
        #expect(SVG.number(0.05) == "0.05")
        #expect(SVG.number(1234.567) == "1234.57")
        #expect(TrendChart.ceiling(0) == 4 && TrendChart.ceiling(7) == 8 && TrendChart.ceiling(730) == 800 && TrendChart.ceiling(1_300) == 2_000)
        let bars = BarChart(title: "Kết quả & chỉ tiêu", bars: [
            BarChart.Bar(label: "Thôn <A>", value: 62.5, valueText: "62,5%", target: 80, targetText: "Chỉ tiêu ≥ 80%", state: .off),
        ], maximum: 100).svg()
        #expect(bars.contains("width=\"100%\""))
        #expect(bars.contains("<title>Kết quả &amp; chỉ tiêu</title>"))
        #expect(bars.contains("Thôn &lt;A&gt;"))
        #expect(bars.contains("class=\"bar off\""))
        // The bar is 62.5% of the track, the target mark at 80%.
        #expect(bars.contains("width=\"172.5\""))
        #expect(bars.contains("x1=\"220.8\""))
        #expect(!bars.contains("style"))
        let ring = ProgressRing(title: "VNeID", value: 85.4, valueText: "85,4%", target: 100, state: .ok).svg()
        #expect(ring.contains("stroke-dasharray=\"85.4 100\""))
        #expect(ring.contains(">85,4%</text>"))
    }

    @Test("what is still missing is counted in people, households or sessions")
    func needed() {
        func status(_ key: String, _ numerator: Int, _ denominator: Int?, _ comparison: Comparison, _ target: Double) -> StatusText {
            let definition = IndicatorDefinition.named(key)!
            var measures: [Measure: Int] = [definition.numerator: numerator]
            if let denominator, let measure = definition.denominator { measures[measure] = denominator }
            return StatusText(IndicatorStatus(value: IndicatorValue(definition, measures: measures),
                                              target: Target(planID: UUID(), unitCode: "", year: 2026, indicator: key,
                                                             comparison: comparison, value: target)))
        }
        #expect(status("adults_skilled_pct", 57, 100, .atLeast, 80).needed == 23)
        #expect(status("adults_skilled_pct", 80, 100, .above, 80).needed == 1)
        #expect(status("adults_skilled_pct", 80, 100, .atLeast, 80).needed == nil)
        #expect(status("adults_skilled_pct", 1, 3, .atLeast, 100).gap == "2 người (66,7 điểm %)")
        #expect(status("digital_households_pct", 5, 10, .atLeast, 85).gap == "4 hộ (35,0 điểm %)")
        #expect(status("support_sessions", 1_200, nil, .above, 1_500).gap == "301 lượt")
        #expect(status("officials_skilled_pct", 0, 0, .atLeast, 100).verdict == Strings.noData)
    }
}

import Foundation
import HocVuSoCore
import Testing

@Suite("Report requests and the commune report's text")
struct ReportComposerTests {
    let day = CivilDate(year: 2026, month: 5, day: 15)!

    func request(deadline: CivilDate? = nil) -> ReportRequest {
        ReportRequest(id: UUID(), provinceCode: "31", documentNumber: "1885/SKHCN-TTTT", documentDate: day,
                      issuer: "Sở Khoa học và Công nghệ thành phố Hải Phòng", subject: "báo cáo kết quả",
                      periodFrom: CivilDate(year: 2026, month: 1, day: 1)!, periodTo: day, deadline: deadline ?? day.adding(days: 10),
                      communes: ["11131"], createdBy: "test")
    }

    @Test("a deadline before the request's date, or a reversed period, is refused naming the field")
    func validation() throws {
        try request().validate(today: day)
        do {
            try request(deadline: day.adding(days: -1)).validate(today: day)
            Issue.record("a deadline before the date was accepted")
        } catch let error as DomainError {
            #expect(error.details.contains { $0.column == Strings.requestFieldDeadline && $0.reason == Strings.requestDeadlineBeforeDate })
        }
        var reversed = request()
        reversed.periodFrom = day.adding(days: 1)
        #expect(throws: DomainError.self) { try reversed.validate(today: day) }
    }

    @Test("markup in officers' text is recognised; comparisons and ampersands are plain text")
    func markup() {
        #expect(NarrativeText.hasMarkup("<script>alert(1)</script>"))
        #expect(NarrativeText.hasMarkup("xem <b>đậm</b>"))
        #expect(NarrativeText.hasMarkup("<!-- ẩn -->"))
        #expect(NarrativeText.hasMarkup("javascript:alert(1)"))
        #expect(!NarrativeText.hasMarkup("tỷ lệ < 50% và > 30%; VNeID & ví điện tử"))
    }

    @Test("the text states the figures; refreshing rewrites generated paragraphs and keeps edited ones")
    func composeAndRefresh() {
        let composer = ReportComposer(communeName: "Chí Minh", communeType: "Xã", request: request(),
                                      periodFrom: CivilDate(year: 2026, month: 1, day: 1)!, periodTo: day)
        var figures = ReportFigures(values: ["teams.commune": 1, "teams.village": 20, "teams.rapid": 1, "members": 134,
                                             "sessions": 1500, "sessions.vneid": 900, "sessions.payment": 600],
                                    categoryLabels: ["vneid": "VNeID", "payment": "Thanh toán"],
                                    documents: [.init(typeName: "Kế hoạch", numberText: "41/KH-UBND",
                                                      date: CivilDate(year: 2025, month: 8, day: 19)!, summary: "về việc triển khai")])
        var paragraphs = composer.paragraphs(figures)
        let text = paragraphs.map(\.text).joined(separator: "\n")
        #expect(text.contains("Thực hiện Công văn số 1885/SKHCN-TTTT ngày 15/5/2026 của Sở Khoa học và Công nghệ thành phố Hải Phòng"))
        #expect(text.contains("- Kế hoạch số 41/KH-UBND ngày 19/8/2025 về việc triển khai."))
        #expect(text.contains("01 tổ công nghệ số cộng đồng cấp xã, 20 tổ cấp thôn và 01 đội hỗ trợ phản ứng nhanh, với tổng số 134 thành viên"))
        #expect(text.contains("hỗ trợ 1.500 lượt người dân, trong đó: VNeID 900 lượt; Thanh toán 600 lượt."))
        let index = paragraphs.firstIndex { $0.key == "results.teams" }!
        paragraphs[index].text = "Xã có đủ tổ công nghệ số ở mọi thôn."
        paragraphs[index].edited = true
        figures.values["sessions"] = 1600
        figures.values["members"] = 140
        let report = CommuneReport(id: UUID(), requestID: UUID(), communeCode: "11131", status: .draft,
                                   figures: ReportFigures(values: ["sessions": 1500, "members": 134]), paragraphs: paragraphs,
                                   signature: [], signerName: "", recipients: [])
        #expect(Set(report.stale(against: figures)).isSuperset(of: ["results.sessions", "results.teams"]))
        let refreshed = composer.refreshed(paragraphs, figures: figures)
        #expect(refreshed.first { $0.key == "results.teams" }?.text == "Xã có đủ tổ công nghệ số ở mọi thôn.")
        #expect(refreshed.first { $0.key == "results.sessions" }?.text.contains("1.600 lượt") == true)
    }

    @Test("the department's view of a commune: on time or late by the day it was sent")
    func progress() {
        #expect(RequestProgress.of(nil, sentOn: nil, deadline: day) == .notStarted)
        #expect(RequestProgress.of(.awaitingApproval, sentOn: nil, deadline: day) == .draft)
        #expect(RequestProgress.of(.sent, sentOn: day, deadline: day) == .submittedOnTime)
        #expect(RequestProgress.of(.sent, sentOn: day.adding(days: 1), deadline: day) == .submittedLate)
    }
}

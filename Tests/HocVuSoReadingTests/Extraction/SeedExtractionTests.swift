import Foundation
import HocVuSoCore
import Testing
@testable import HocVuSoReading

/// The three real commune documents: every figure their text states is found with its sentence, and so are the
/// number, date, answered request, cited documents and commune. 001 and 003 are OCR scans without diacritics.
@Suite struct SeedExtractionTests {
    let reader = ExtractionFixtures.reader

    @Test func phuThaiReportFromAnOCRScan() throws {
        let r = reader.read(try ExtractionFixtures.seed("001"))
        #expect(r.unitCode == "10750")
        #expect(r.unitCandidates.first?.provinceCode == "31")
        #expect(r.number == "275/BC-UBND")
        #expect(r.date == .ymd(2025, 11, 13))
        #expect(r.answers?.number == "516/SKHCN-TTTT")
        #expect(r.answers?.date == .ymd(2025, 11, 12))
        #expect(r.answers?.issuer == "Sở Khoa học và Công nghệ thành phố Hải Phòng")
        let documents = r.documents.map { "\($0.number) \($0.date?.isoText ?? "-") \($0.type.rawValue)" }
        #expect(documents == [
            "90/KH-UBND 2025-09-29 kh", "968/QĐ-UBND 2025-10-03 qd", "95/KH-UBND 2025-10-01 kh",
            "542/UBND-VHXH 2025-09-26 cv", "675/UBND-VHXH 2025-10-10 cv", "704/UBND-VHXH 2025-10-14 cv",
            "626/UBND-VHXH 2025-10-07 cv", "705/UBND-VHXH 2025-10-14 cv",
        ])
        #expect(r.sections.map(\.section) == [.direction, .results, .difficulties, .nextSteps, .recommendations])
        let expected = [
            ExpectedFigure(key: "participants", value: 150, snippet: "s6 trén 150 luot ngudi tham gia", qualifier: "trên"),
            ExpectedFigure(key: "participants", value: 200, snippet: "hon 200 nguoi tham dy", qualifier: "hơn", asOf: .ymd(2025, 10, 18)),
            ExpectedFigure(key: "share.officials", value: 100, snippet: "cho 100% can bg, gido vién"),
            ExpectedFigure(key: "share.teams-villages", value: 100, snippet: "tai 100% thon"),
            ExpectedFigure(key: "members", value: 5, snippet: "5 - 7 thanh vién", upper: 7),
        ]
        for figure in expected { figure.check(in: r) }
        #expect(r.figures.count == expected.count, "\(r.figures.map { "\($0.key) \($0.value)" })")
    }

    @Test func chiMinhReportWithDiacritics() throws {
        let r = reader.read(try ExtractionFixtures.seed("002"))
        #expect(r.unitCode == "11131")
        #expect(r.unitCandidates.map(\.code).contains("12271"), "the other Chí Minh, in Hưng Yên, is a candidate")
        #expect(r.number == nil && r.date == nil, "the file starts at the title: no header")
        #expect(r.answers == AnsweredRequest(number: "1885/SKHCN-TTTT", date: .ymd(2026, 5, 15),
                                             issuer: "Sở Khoa học và Công nghệ thành phố Hải Phòng"))
        #expect(r.documents.map(\.number) == ["41/KH-UBND", "444/UBND-VHXH", "508/UBND-VHXH", "907/UBND-VHXH"])
        #expect(r.documents.map(\.date) == [.ymd(2025, 8, 19), .ymd(2025, 10, 6), .ymd(2025, 10, 14), .ymd(2026, 5, 14)])
        #expect(r.documents.map(\.type) == [.kh, .cv, .cv, .cv])
        let expected = [
            ExpectedFigure(key: "sessions", value: 1500, snippet: "hỗ trợ trên 1.500 lượt công dân", qualifier: "trên"),
            ExpectedFigure(key: "share.cashless-schools", value: 100, snippet: "100% các trường học trên địa bàn thực hiện thanh toán không dùng tiền mặt"),
            ExpectedFigure(key: "share.qr-businesses", value: 70, snippet: "khoảng trên 70% hộ kinh doanh sử dụng mã QR", qualifier: "khoảng trên"),
            ExpectedFigure(key: "share.schools", value: 100, snippet: "100% các trường học trên địa bàn xã đã đẩy mạnh ứng dụng"),
            ExpectedFigure(key: "teams", value: 1, snippet: "01 tổ công nghệ số cộng đồng cấp xã"),
            ExpectedFigure(key: "teams", value: 20, snippet: "20 tổ công nghệ số cộng đồng cấp thôn"),
            ExpectedFigure(key: "teams", value: 1, snippet: "01 đội hỗ trợ chuyển đổi số phản ứng nhanh"),
            ExpectedFigure(key: "other", value: 20, snippet: "tại các 20 thôn"),
        ]
        for figure in expected { figure.check(in: r) }
        #expect(r.figures.filter { $0.key == "teams" }.count == 3)
        #expect(r.figures.count == expected.count, "\(r.figures.map { "\($0.key) \($0.value)" })")
    }

    @Test func thuongHongPlanFromAnOCRScan() throws {
        let r = reader.read(try ExtractionFixtures.seed("003"))
        #expect(r.unitCode == "10993", "Thượng Hồng of Hải Phòng, not the ward of Hưng Yên")
        #expect(r.number == nil)
        #expect(r.answers?.number == "5746/VP-VX")
        #expect(r.answers?.date == .ymd(2025, 7, 3))
        #expect(r.documents.map(\.number) == ["57-NQ/TW", "479-KH/TU"])
        #expect(r.documents.map(\.date) == [.ymd(2024, 12, 22), .ymd(2025, 6, 15)])
        let targets = [
            ExpectedFigure(key: "share.officials", value: 100, snippet: "100% can bg, cong chirc"),
            ExpectedFigure(key: "share.students", value: 90, snippet: "trén 90% hoc sinh trung hoc", qualifier: "trên"),
            ExpectedFigure(key: "share.adults-skilled", value: 80, snippet: "trén 80% ngudi dan trong do tudi trudng thanh", qualifier: "trên"),
            ExpectedFigure(key: "share.smartphone", value: 85, snippet: "85% dén s6 truong thanh co dién thoai thong minh"),
            ExpectedFigure(key: "share.workers", value: 80, snippet: "trén 80% ngudi lao dong", qualifier: "trên"),
            ExpectedFigure(key: "share.vneid", value: 100, snippet: "phan dau 100% cong dan tir 16 tudi"),
        ]
        for figure in targets {
            figure.check(in: r)
            #expect(figure.match(in: r.figures)?.isTarget == true, "\(figure) is a target of the plan")
        }
        ExpectedFigure(key: "share.vneid", value: 100, snippet: "bao dam 100% cong dan ttr 16 tudi").check(in: r)
    }
}

import Testing
@testable import HocVuSoReading

@Suite struct VietnameseNumberTests {
    @Test func readsNumbersTheVietnameseWay() {
        #expect(VietnameseNumber.value("1.500") == 1500)
        #expect(VietnameseNumber.value("41.401") == 41401)
        #expect(VietnameseNumber.value("1.234.567") == 1_234_567)
        #expect(VietnameseNumber.value("53,39") == 53.39)
        #expect(VietnameseNumber.value("87,5") == 87.5)
        #expect(VietnameseNumber.value("01") == 1)
        #expect(VietnameseNumber.value("10.10") == nil, "a day and month")
        #expect(VietnameseNumber.value("1.50") == nil)
    }

    @Test func rangesQualifiersAndDatesInText() {
        let reading = ExtractionFixtures.reader.read("""
            Mỗi tổ có từ 5 đến 7 thành viên. Tính đến ngày 06/12/2025, có 2.491 lượt người đăng ký học trên nền tảng hatinh.mobiedu.vn.
            Tổ chức 01 lớp tập huấn cho gần 126 đoàn viên tham gia. Khoảng 53,39% hộ gia đình đạt chuẩn gia đình số.
            """)
        let byKey = Dictionary(reading.figures.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byKey["members"]?.value == 5 && byKey["members"]?.upper == 7)
        #expect(byKey["learners.enrolled"]?.value == 2491)
        #expect(byKey["learners.enrolled"]?.asOf == CivilDateHelper.date(2025, 12, 6))
        #expect(byKey["events"]?.value == 1)
        #expect(byKey["participants"]?.value == 126 && byKey["participants"]?.qualifier == "gần")
        #expect(byKey["share.digital-households"]?.value == 53.39 && byKey["share.digital-households"]?.qualifier == "khoảng")
    }
}

import HocVuSoCore
enum CivilDateHelper {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate? { CivilDate(year: y, month: m, day: d) }
}

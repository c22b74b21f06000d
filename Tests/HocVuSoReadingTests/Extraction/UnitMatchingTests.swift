import Foundation
import HocVuSoCore
import Testing
@testable import HocVuSoReading

/// Communes of the same name in two provinces: Chí Minh is a xã of Hải Phòng (11131) and of Hưng Yên (12271).
@Suite struct UnitMatchingTests {
    let reader = ExtractionFixtures.reader

    func report(_ issuer: String) -> String {
        """
        ỦY BAN NHÂN DÂN
        XÃ CHÍ MINH
        Số: 12/BC-UBND

        BÁO CÁO
        Kết quả triển khai phong trào “Bình dân học vụ số”

        Thực hiện Công văn số 210/SKHCN-CĐS ngày 02/3/2026 của \(issuer) về việc báo cáo kết quả, UBND xã Chí Minh báo cáo như sau:
        Tổ công nghệ số cộng đồng xã Chí Minh đã hỗ trợ 320 lượt người dân.
        """
    }

    @Test func theProvinceTheTextNamesDecides() {
        let hungYen = reader.read(report("Sở Khoa học và Công nghệ tỉnh Hưng Yên"))
        #expect(hungYen.unitCode == "12271")
        #expect(hungYen.answers?.issuer == "Sở Khoa học và Công nghệ tỉnh Hưng Yên")
        let haiPhong = reader.read(report("Sở Khoa học và Công nghệ thành phố Hải Phòng"))
        #expect(haiPhong.unitCode == "11131")
        #expect(Set(haiPhong.unitCandidates.map(\.code)) == ["11131", "12271"])
        #expect(haiPhong.unitCandidates[0].score > haiPhong.unitCandidates[1].score)
    }

    @Test func withoutAProvinceItStaysOpenUnlessTheAskingProvinceDecides() {
        let text = report("Sở Khoa học và Công nghệ")
        let open = reader.read(text)
        #expect(open.unitCode == nil)
        #expect(Set(open.unitCandidates.map(\.code)) == ["11131", "12271"])
        #expect(reader.read(text, provinceCode: "33").unitCode == "12271")
        #expect(reader.read(text, provinceCode: "31").unitCode == "11131")
    }

    @Test func theGivenUnitWins() {
        let r = reader.read(report("Sở Khoa học và Công nghệ tỉnh Hưng Yên"), unitCode: "11131")
        #expect(r.unitCode == "11131")
    }

    @Test func withoutDiacriticsAndThroughOCR() {
        let plain = TextVariants.withoutDiacritics(report("Sở Khoa học và Công nghệ tỉnh Hưng Yên"))
        #expect(reader.read(plain).unitCode == "12271")
        let ocr = "UY BAN NHAN DAN\nXA CHI MINH\nS6: 12/BC-UBND\nThuc hién Cong vin s6 210/SKHCN-CDS ngay 02/3/2026 ctia SO Khoa hoc va Cong nghé thanh phé Hai Phong; Uy ban nhan dan x4 Chi Minh bao cao."
        let r = reader.read(ocr)
        #expect(r.unitCode == "11131")
        #expect(r.number == "12/BC-UBND")
        #expect(r.answers?.number == "210/SKHCN-CĐS")
    }
}

import Foundation
import Testing
@testable import HocVuSoCore

@Suite("The digital-skills column of resident lists")
struct DigitalSkillsColumnTests {
    static let headers = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Kỹ năng số cơ bản"]

    func validate(_ rows: [[String]]) -> ResidentValidation {
        ResidentRowValidator(mapping: ColumnMapping.guess(headers: Self.headers), headers: Self.headers,
                             defaultVillageCode: "11131-03", villageResolver: { _ in "11131-03" }, existingCCCDs: [],
                             today: CivilDate(year: 2026, month: 5, day: 19)!).validate(rows: rows, firstRowNumber: 2)
    }

    @Test("the header is recognised and 'Có', 'Đạt', 'x' record the skill; blank and 'Chưa' do not")
    func values() throws {
        #expect(ColumnMapping.guess(headers: Self.headers).index(of: .digitalSkills) == 4)
        let drafts = try #require(validate([
            ["1", "Lê Văn Nam", "26/07/1998", "Nam", "Có"], ["2", "Trần Thị Hoa", "02/03/1990", "Nữ", "Đạt"],
            ["3", "Phạm Văn Bình", "04/05/1970", "Nam", "x"], ["4", "Đỗ Thị Lan", "06/07/1960", "Nữ", ""],
            ["5", "Vũ Văn Hải", "08/09/1955", "Nam", "Chưa đạt"],
        ]).drafts)
        #expect(drafts.map(\.hasBasicDigitalSkills) == [true, true, true, false, false])
        #expect(drafts[0].resident(id: UUID(), householdID: nil).hasBasicDigitalSkills)
    }

    @Test("an unknown value is a problem that names the row, the column and the value")
    func unknownValue() {
        let problems = validate([["1", "Lê Văn Nam", "26/07/1998", "Nam", "giỏi lắm"]]).problems
        #expect(problems.count == 1)
        #expect(problems.first?.row == 2)
        #expect(problems.first?.column == "Kỹ năng số cơ bản")
        #expect(problems.first?.value == "giỏi lắm")
    }
}

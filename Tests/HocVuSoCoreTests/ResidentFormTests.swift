import Foundation
import HocVuSoCore
import Testing

@Suite("Resident form validation")
struct ResidentFormTests {
    let today = CivilDate(year: 2026, month: 11, day: 23)!

    func form(_ change: (inout ResidentForm) -> Void = { _ in }) -> ResidentForm {
        var form = ResidentForm()
        form.fullName = "  nguyễn   văn  đức "
        form.birthDate = "07/10/1985"
        form.gender = "male"
        form.cccd = "031 085 012 345"
        form.phone = "+84 912 345 678"
        form.villageCode = "11131-01"
        change(&form)
        return form
    }

    @Test("a good form is normalised: title-cased name, compact ID number, 0-prefixed phone, derived group")
    func good() throws {
        let resident = try form().validated(id: UUID(), today: today)
        #expect(resident.fullName == "Nguyễn Văn Đức")
        #expect(resident.cccd == "031085012345")
        #expect(resident.phone == "0912345678")
        #expect(resident.birthDate == CivilDate(year: 1985, month: 10, day: 7))
        #expect(resident.targetGroup == .citizen)
        #expect(resident.targetGroupSource == .derived)
    }

    @Test("every bad field is reported at once, by field")
    func bad() {
        let bad = form {
            $0.fullName = " "
            $0.birthDate = "31/02/1985"
            $0.gender = "x"
            $0.phone = "12345"
            $0.villageCode = ""
        }
        do {
            _ = try bad.validated(id: UUID(), today: today)
            Issue.record("a bad form was accepted")
        } catch let error as DomainError {
            #expect(error.kind == .invalid)
            #expect(Set(error.details.compactMap(\.column)) == ["fullName", "birthDate", "gender", "phone", "villageCode"])
            #expect(error.details.allSatisfy { !$0.reason.isEmpty })
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("an ID number that contradicts the birth year or gender is refused with the reason")
    func cccdMismatch() {
        #expect(throws: DomainError.self) { try form { $0.gender = "female" }.validated(id: UUID(), today: today) }
        #expect(throws: DomainError.self) { try form { $0.birthDate = "07/10/1990" }.validated(id: UUID(), today: today) }
        #expect(throws: DomainError.self) { try form { $0.birthDate = "07/10/2030" }.validated(id: UUID(), today: today) }
    }

    @Test("a group set by the officer wins over the derived one")
    func setGroup() throws {
        let resident = try form { $0.targetGroup = "official"; $0.organisation = "UBND xã Chí Minh" }.validated(id: UUID(), today: today)
        #expect(resident.targetGroup == .official)
        #expect(resident.targetGroupSource == .set)
    }
}

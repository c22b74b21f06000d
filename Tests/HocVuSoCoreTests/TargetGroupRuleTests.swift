import HocVuSoCore
import Testing

@Suite("Target group derivation")
struct TargetGroupRuleTests {
    @Test("school age is a pupil; infants and adults without an organisation are citizens")
    func byAge() {
        #expect(TargetGroupRule.derive(age: 3, organisation: nil) == .citizen)
        #expect(TargetGroupRule.derive(age: 6, organisation: nil) == .student)
        #expect(TargetGroupRule.derive(age: 17, organisation: nil) == .student)
        #expect(TargetGroupRule.derive(age: 18, organisation: nil) == .citizen)
    }

    @Test("the organisation decides for adults")
    func byOrganisation() {
        #expect(TargetGroupRule.derive(age: 20, organisation: "Trường Đại học Hàng hải") == .student)
        #expect(TargetGroupRule.derive(age: 40, organisation: "Trường THCS Chí Minh") == .official)
        #expect(TargetGroupRule.derive(age: 35, organisation: "UBND xã Chí Minh") == .official)
        #expect(TargetGroupRule.derive(age: 30, organisation: "Công ty TNHH May Hải Phòng") == .worker)
        #expect(TargetGroupRule.derive(age: 30, organisation: "HTX nông nghiệp Đông Hạ") == .worker)
    }
}

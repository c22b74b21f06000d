/// How a resident's target group (QĐ 757) is derived when nobody set it. Kept deliberately simple; an officer can
/// always set the group, and a derived group is marked `.derived`. In order:
/// 1. the organisation is a company or cooperative ("Công ty", "Cty", "TNHH", "HTX", "Nhà máy", "KCN" …) → worker;
/// 2. the organisation is a school ("Trường", "THPT", "THCS", "Tiểu học", "Đại học", "Cao đẳng", "Học viện" …) and
///    the person is under 25 → student;
/// 3. the organisation is a state body ("UBND", "Đảng ủy", "HĐND", "Mặt trận", "Công an", "Trạm y tế", "Bệnh viện",
///    "Kho bạc" …), or a school and the person is 25 or older (a teacher) → official;
/// 4. aged 6 to 17 → student (school age; younger children count as citizens until they start school);
/// 5. everyone else → citizen.
public enum TargetGroupRule {
    /// What an organisation's name says about the people working or learning there.
    public enum OrganisationKind: Sendable, Equatable {
        case company
        case school
        case stateBody
        case other
    }

    public static func derive(age: Int, organisation: String?) -> TargetGroup {
        derive(age: age, kind: organisation.map(kind(of:)) ?? .other)
    }

    /// The rule once the organisation has been classified (classify each distinct name once).
    public static func derive(age: Int, kind: OrganisationKind) -> TargetGroup {
        switch kind {
        case .company: return .worker
        case .school: return age < 25 ? .student : .official
        case .stateBody: return .official
        case .other: return (6..<18).contains(age) ? .student : .citizen
        }
    }

    public static func kind(of organisation: String) -> OrganisationKind {
        let padded = " " + ColumnSynonyms.key(organisation) + " "
        func has(_ phrases: [String]) -> Bool { phrases.contains { padded.contains($0) } }
        if has(companyWords) { return .company }
        if has(schoolWords) { return .school }
        if has(stateWords) { return .stateBody }
        return .other
    }

    /// Folded phrases, padded with spaces so they match whole words only.
    static let companyWords = padded([
        "cong ty", "cty", "doanh nghiep", "dn", "tnhh", "co phan", "htx", "hop tac xa", "nha may", "xi nghiep",
        "khu cong nghiep", "kcn", "tap doan",
    ])
    static let schoolWords = padded([
        "truong", "thpt", "thcs", "tieu hoc", "pho thong", "dai hoc", "cao dang", "trung cap", "hoc vien", "dh",
    ])
    static let stateWords = padded([
        "ubnd", "uy ban nhan dan", "dang uy", "hdnd", "hoi dong nhan dan", "mat tran", "uy ban mttq", "mttq",
        "cong an", "ban chi huy quan su", "quan su", "tram y te", "benh vien", "trung tam y te", "kho bac", "chi cuc",
        "so", "van phong", "trung tam phuc vu hanh chinh cong",
    ])

    private static func padded(_ phrases: [String]) -> [String] {
        phrases.map { " \($0) " }
    }
}

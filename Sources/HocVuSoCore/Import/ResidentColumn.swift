/// What a column of a resident list holds.
public enum ResidentColumn: String, Sendable, Codable, CaseIterable {
    case stt
    case fullName
    case birthDate
    /// The birth date of men, in lists that split "Ngày sinh" into "Nam" and "Nữ" columns.
    case birthDateMale
    /// The birth date of women, in the same layout.
    case birthDateFemale
    case gender
    case cccd
    case phone
    case village
    case householdNumber
    case relationToHead
    case targetGroup
    case organisation
    case smartphone
    case vneidLevel
    /// Whether the person has basic digital skills ("Đã có kỹ năng số cơ bản").
    case digitalSkills
    case notes

    /// The Vietnamese name of the column, for the mapping step and for problems about a missing column.
    public var label: String { Strings.residentColumnLabel(self) }
}

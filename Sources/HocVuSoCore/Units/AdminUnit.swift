import Foundation

/// The three levels of the administrative chain since 1/7/2025: province → commune → village.
public enum UnitLevel: String, Sendable, Codable, CaseIterable {
    case province
    case commune
    case village

    public var child: UnitLevel? {
        switch self {
        case .province: return .commune
        case .commune: return .village
        case .village: return nil
        }
    }
}

public enum UnitStatus: String, Sendable, Codable {
    case active
    case closed
}

/// An administrative unit. Provinces and communes carry official codes ("01", "11131");
/// villages get codes their commune assigns ("11131-01").
public struct AdminUnit: Sendable, Equatable, Codable {
    public var code: String
    public var level: UnitLevel
    /// The type word, normalised ("Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Thôn", "Tổ dân phố", "Khu dân cư").
    public var type: String
    public var name: String
    public var parentCode: String?
    public var provinceCode: String
    public var status: UnitStatus
    public var validFrom: CivilDate
    public var validTo: CivilDate?

    public init(code: String, level: UnitLevel, type: String, name: String, parentCode: String?,
                provinceCode: String, status: UnitStatus = .active,
                validFrom: CivilDate, validTo: CivilDate? = nil) {
        self.code = code
        self.level = level
        self.type = type
        self.name = name
        self.parentCode = parentCode
        self.provinceCode = provinceCode
        self.status = status
        self.validFrom = validFrom
        self.validTo = validTo
    }

    /// "Xã Chí Minh", "Thôn Đông".
    public var fullName: String { "\(type) \(name)" }

    /// The commune a unit belongs to (itself for a commune, nil for a province).
    public var communeCode: String? {
        switch level {
        case .province: return nil
        case .commune: return code
        case .village: return parentCode
        }
    }
}

/// One entry in a unit's history: a name and type valid between two dates.
public struct UnitNameRecord: Sendable, Equatable, Codable {
    public var name: String
    public var type: String
    public var validFrom: CivilDate
    public var validTo: CivilDate?

    public init(name: String, type: String, validFrom: CivilDate, validTo: CivilDate?) {
        self.name = name
        self.type = type
        self.validFrom = validFrom
        self.validTo = validTo
    }
}

/// The date on which the two-level local government took effect; official units are valid from it.
public let reformDate = CivilDate(year: 2025, month: 7, day: 1)!

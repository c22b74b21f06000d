import Foundation
import HocVuSoCore

/// JSON shapes of the API. Field names are relied on by scripts: add fields, never rename.
struct UnitJSON: Encodable, Sendable {
    struct Child: Encodable, Sendable {
        var code: String
        var name: String
        var type: String
        var level: String
        var status: String
        var residents: Int
        var households: Int
    }
    struct NameJSON: Encodable, Sendable {
        var name: String
        var type: String
        var validFrom: String
        var validTo: String?
    }
    var code: String
    var name: String
    var type: String
    var level: String
    var status: String
    var parentCode: String?
    var provinceCode: String
    var validFrom: String
    var validTo: String?
    var residents: Int
    var households: Int
    var residentsByTargetGroup: [String: Int]
    var children: [Child]
    var history: [NameJSON]?
}

struct ResidentJSON: Encodable, Sendable {
    var id: String
    var fullName: String
    var birthDate: String
    var gender: String
    var cccd: String?
    var phone: String?
    var villageCode: String
    var householdId: String?
    var isHouseholdHead: Bool
    var relationToHead: String?
    var targetGroup: String
    var targetGroupSource: String
    var organisation: String?
    var smartphone: String
    var vneidLevel: Int
    var hasBasicDigitalSkills: Bool
    var notes: String?

    init(_ r: Resident, showIdentity: Bool) {
        id = r.id.uuidString
        fullName = r.fullName
        birthDate = r.birthDate.iso
        gender = r.gender.rawValue
        cccd = r.cccd.map { showIdentity ? $0 : CCCD.masked($0) }
        phone = r.phone.map { showIdentity ? $0 : ResidentViewModel.maskPhone($0) }
        villageCode = r.villageCode
        householdId = r.householdID?.uuidString
        isHouseholdHead = r.isHouseholdHead
        relationToHead = r.relationToHead
        targetGroup = r.targetGroup.rawValue
        targetGroupSource = r.targetGroupSource.rawValue
        organisation = r.organisation
        smartphone = r.smartphone.rawValue
        vneidLevel = r.vneidLevel.rawValue
        hasBasicDigitalSkills = r.hasBasicDigitalSkills
        notes = r.notes
    }
}

struct ResidentPageJSON: Encodable, Sendable {
    var total: Int
    /// True when a filtered list was counted only up to the cap (`total` is then the cap plus one).
    var totalCapped: Bool
    var page: Int
    var per: Int
    var items: [ResidentJSON]
}

struct LoginRequest: Decodable {
    var username: String
    var password: String
}

struct LoginResponse: Encodable, Sendable {
    var token: String
    var expiresAt: String
    var username: String
    var role: String
    var unitCode: String
}

struct VillageRequest: Decodable {
    var name: String
    var type: String?
    /// YYYY-MM-DD; today when absent.
    var effective: String?
}

struct ImportResultJSON: Encodable, Sendable {
    var imported: Int
    var dryRun: Bool
    var households: Int
}

struct StatusJSON: Encodable, Sendable {
    var status: String
}

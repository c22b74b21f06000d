import Foundation
import HocVuSoCore

/// A resident formatted for pages: Vietnamese labels, vi dates, the ID number masked unless the role may see it.
struct ResidentViewModel {
    var id: String
    var href: String
    var fullName: String
    var birthDate: String
    var age: String
    var gender: String
    var cccd: String?
    var phone: String?
    var village: String
    var targetGroup: String
    var targetGroupSource: String
    var organisation: String?
    var smartphone: String
    var vneid: String
    var skilled: String
    /// What the skills status rests on: a certificate, a basic course, or the commune's record.
    var skillSource: String?
    var relation: String?
    var isHead: Bool
    var notes: String?

    /// `withCommune` names the commune after the village, for lists that span several communes.
    init(_ r: Resident, directory: UnitDirectory, today: CivilDate, showIdentity: Bool, withCommune: Bool = false) {
        id = r.id.uuidString
        href = "/residents/\(r.id.uuidString)"
        fullName = r.fullName
        birthDate = VietnameseFormat.date(r.birthDate)
        age = String(r.birthDate.years(until: today))
        gender = Strings.genderLabel(r.gender)
        cccd = r.cccd.map { showIdentity ? $0 : CCCD.masked($0) }
        phone = r.phone.map { showIdentity ? $0 : Self.maskPhone($0) }
        let place = directory[r.villageCode]
        village = place?.fullName ?? r.villageCode
        if withCommune, let commune = place?.parentCode.flatMap({ directory[$0] }) {
            village = Strings.villageInCommune(village, commune.fullName)
        }
        targetGroup = Strings.targetGroupLabel(r.targetGroup)
        targetGroupSource = Strings.targetGroupSourceLabel(r.targetGroupSource)
        organisation = r.organisation
        smartphone = Strings.smartphoneLabel(r.smartphone)
        vneid = Strings.vneidLabel(r.vneidLevel)
        skilled = Strings.skilledLabel(r.hasBasicDigitalSkills)
        skillSource = r.hasBasicDigitalSkills ? Strings.skillSourceLabel(r.skillEvidence) : nil
        relation = r.relationToHead
        isHead = r.isHouseholdHead
        notes = r.notes
    }

    static func maskPhone(_ phone: String) -> String {
        phone.count > 4 ? String(repeating: "•", count: phone.count - 3) + phone.suffix(3) : phone
    }
}

/// An option of a select box.
struct Option {
    var value: String
    var label: String
    var selected: Bool
}

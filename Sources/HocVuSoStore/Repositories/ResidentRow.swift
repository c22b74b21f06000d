import Foundation
import HocVuSoCore
import SQLKit

/// Encoding and decoding of `residents` rows.
enum ResidentRow {
    static let columns = ["province_code", "id", "commune_code", "village_code", "household_id", "is_head", "relation",
                          "full_name", "name_fold", "sort_key", "birth_date", "gender", "cccd", "phone", "target_group",
                          "target_group_source", "organisation", "smartphone", "vneid_level", "skilled", "skilled_recorded", "skill_evidence", "notes",
                          "created_at", "updated_at"]

    static let selectList = "id, province_code, commune_code, village_code, household_id, is_head, relation, full_name, birth_date, gender, cccd, phone, target_group, target_group_source, organisation, smartphone, vneid_level, skilled, skilled_recorded, skill_evidence, notes"

    static func values(_ r: Resident, provinceCode: String, communeCode: String, now: String) -> [BulkValue] {
        [.text(provinceCode), .text(r.id.uuidString), .text(communeCode), .text(r.villageCode),
         BulkValue(r.householdID?.uuidString), BulkValue(r.isHouseholdHead), BulkValue(r.relationToHead),
         .text(r.fullName), .text(VietnameseText.fold(r.fullName)),
         .text(VietnameseCollation.sortKey(fullName: r.fullName)), .text(r.birthDate.iso),
         .text(r.gender.rawValue), BulkValue(r.cccd), BulkValue(r.phone), .text(r.targetGroup.rawValue),
         .text(r.targetGroupSource.rawValue), BulkValue(r.organisation), .text(r.smartphone.rawValue),
         .integer(r.vneidLevel.rawValue), BulkValue(r.hasBasicDigitalSkills),
         BulkValue(r.recordedSkills), BulkValue(r.skillEvidence?.rawValue), BulkValue(r.notes), .text(now), .text(now)]
    }

    static func decode(_ row: any SQLRow) throws -> Resident {
        let id = try row.decode(column: "id", as: String.self)
        let birth = try row.decode(column: "birth_date", as: String.self)
        guard let uuid = UUID(uuidString: id), let birthDate = CivilDate(iso: birth) else {
            throw StoreError.unexpectedRow("resident \(id)")
        }
        return Resident(
            id: uuid,
            fullName: try row.decode(column: "full_name", as: String.self),
            birthDate: birthDate,
            gender: Gender(rawValue: try row.decode(column: "gender", as: String.self)) ?? .male,
            cccd: try row.decode(column: "cccd", as: String?.self),
            phone: try row.decode(column: "phone", as: String?.self),
            villageCode: try row.decode(column: "village_code", as: String.self),
            householdID: try row.decode(column: "household_id", as: String?.self).flatMap(UUID.init(uuidString:)),
            isHouseholdHead: try row.decode(column: "is_head", as: Int.self) != 0,
            relationToHead: try row.decode(column: "relation", as: String?.self),
            targetGroup: TargetGroup(rawValue: try row.decode(column: "target_group", as: String.self)) ?? .citizen,
            targetGroupSource: TargetGroupSource(rawValue: try row.decode(column: "target_group_source", as: String.self)) ?? .derived,
            organisation: try row.decode(column: "organisation", as: String?.self),
            smartphone: Smartphone(rawValue: try row.decode(column: "smartphone", as: String.self)) ?? .unknown,
            vneidLevel: VNeIDLevel(rawValue: try row.decode(column: "vneid_level", as: Int.self)) ?? .none,
            hasBasicDigitalSkills: try row.decode(column: "skilled", as: Int.self) != 0,
            recordedSkills: try row.decode(column: "skilled_recorded", as: Int.self) != 0,
            skillEvidence: try row.decode(column: "skill_evidence", as: String?.self).flatMap(SkillEvidence.init(rawValue:)),
            notes: try row.decode(column: "notes", as: String?.self))
    }
}

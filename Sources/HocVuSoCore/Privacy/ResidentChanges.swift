/// The registry fields a correction changed, by key (`Strings.residentFieldLabel` names them).
public enum ResidentChanges {
    public static func fields(from old: Resident, to new: Resident) -> [String] {
        var changed: [String] = []
        func check(_ key: String, _ same: Bool) { if !same { changed.append(key) } }
        check("fullName", old.fullName == new.fullName)
        check("birthDate", old.birthDate == new.birthDate)
        check("gender", old.gender == new.gender)
        check("cccd", old.cccd == new.cccd)
        check("phone", old.phone == new.phone)
        check("villageCode", old.villageCode == new.villageCode)
        check("householdID", old.householdID == new.householdID)
        check("relationToHead", old.relationToHead == new.relationToHead)
        check("targetGroup", old.targetGroup == new.targetGroup)
        check("organisation", old.organisation == new.organisation)
        check("smartphone", old.smartphone == new.smartphone)
        check("vneidLevel", old.vneidLevel == new.vneidLevel)
        check("skilled", old.recordedSkills == new.recordedSkills)
        check("notes", old.notes == new.notes)
        return changed
    }
}

/// Rules for the villages (thôn, tổ dân phố, khu dân cư) a commune manages.
public enum VillageRules {
    public static func check(name: String, type: String) throws {
        guard !name.isEmpty else {
            throw DomainError(.invalid, code: "village.name", message: Strings.villageNameRequired)
        }
        guard name.count <= 80 else {
            throw DomainError(.invalid, code: "village.name", message: Strings.villageNameTooLong)
        }
        guard Strings.villageTypes.contains(type) else {
            throw DomainError(.invalid, code: "village.type", message: Strings.villageTypeInvalid)
        }
    }

    public static func checkOpen(_ unit: AdminUnit, effective: CivilDate) throws {
        guard unit.level == .village else {
            throw DomainError(.invalid, code: "village.level", message: Strings.notAVillage)
        }
        guard unit.status == .active else {
            throw DomainError(.conflict, code: "village.closed", message: Strings.villageAlreadyClosed)
        }
        guard effective >= unit.validFrom else {
            throw DomainError(.invalid, code: "village.date", message: Strings.dateBefore(VietnameseFormat.date(unit.validFrom)))
        }
    }

    /// The next code under a commune: its code, a dash, and the smallest unused two-digit (or longer) number.
    public static func nextCode(commune: String, existing: [String]) -> String {
        let prefix = commune + "-"
        let used = Set(existing.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil })
        var n = 1
        while used.contains(n) { n += 1 }
        return prefix + (n < 10 ? "0\(n)" : "\(n)")
    }
}

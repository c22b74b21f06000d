import Foundation

/// Parses the official list of provinces and communes (province_code, province_name, unit_code, unit_name, unit_type)
/// into normalised units: NFC names with one tone-mark style, and a capitalised type word.
public enum OfficialUnitCatalog {
    /// The type words of provinces and communes, longest first so "Thành phố" wins over a bare prefix.
    static let provinceTypes = ["Thành phố", "Tỉnh"]
    static let communeTypes = ["Đặc khu", "Phường", "Xã"]

    public static func parse(csv text: String) throws -> [AdminUnit] {
        var provinces: [String: AdminUnit] = [:]
        var provinceOrder: [String] = []
        var communes: [AdminUnit] = []
        for (index, line) in text.split(whereSeparator: \.isNewline).enumerated() where index > 0 {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5 else {
                throw DomainError(.invalid, code: "units.csv", message: Strings.unitCatalogBadLine(index + 1))
            }
            let provinceCode = fields[0], communeCode = fields[2]
            if provinces[provinceCode] == nil {
                let (type, name) = split(fields[1], types: provinceTypes)
                provinces[provinceCode] = AdminUnit(code: provinceCode, level: .province, type: type, name: name,
                                               parentCode: nil, provinceCode: provinceCode, validFrom: reformDate)
                provinceOrder.append(provinceCode)
            }
            let type = normaliseTypeWord(fields[4])
            let (_, name) = split(fields[3], types: [type])
            communes.append(AdminUnit(code: communeCode, level: .commune, type: type, name: name,
                                 parentCode: provinceCode, provinceCode: provinceCode, validFrom: reformDate))
        }
        return provinceOrder.compactMap { provinces[$0] } + communes
    }

    /// "xã" → "Xã", "ĐẶC KHU" → "Đặc khu": the first letter capitalised, the rest lower case.
    public static func normaliseTypeWord(_ word: String) -> String {
        let clean = VietnameseText.normalize(word).lowercased()
        guard let first = clean.first else { return clean }
        return first.uppercased() + clean.dropFirst()
    }

    /// Splits "Thành phố Hải Phòng" into ("Thành phố", "Hải Phòng"), matching the type word without regard to case.
    static func split(_ fullName: String, types: [String]) -> (type: String, name: String) {
        let clean = VietnameseText.normalize(fullName)
        for type in types {
            let prefix = type + " "
            if clean.lowercased().hasPrefix(prefix.lowercased()) {
                return (normaliseTypeWord(type), String(clean.dropFirst(prefix.count)))
            }
        }
        return (normaliseTypeWord(types.first ?? ""), clean)
    }
}

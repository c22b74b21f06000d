import Foundation

/// The naming region of a demo commune: family-name frequencies differ a little between the
/// Red River delta and the north-central coast.
public enum DemoNameRegion: String, Sendable, Codable, CaseIterable {
    /// Red River delta and the north (Hải Phòng).
    case north
    /// North-central coast (Hà Tĩnh, Nghệ An …).
    case northCentral

    /// The region of a province, by its 2025 province code.
    public static func of(provinceCode: String) -> DemoNameRegion {
        switch provinceCode {
        case "38", "40", "42", "44", "46": return .northCentral
        default: return .north
        }
    }
}

/// Vietnamese full names ("Nguyễn Văn Hùng", "Trần Thị Thu Hà", "Lê Minh Khôi") drawn from
/// realistic frequency tables. Older people get traditional middle names ("Văn", "Thị") and
/// given names; younger people get more varied ones. All text is NFC with modern tone placement.
///
/// Family names are returned as an index (`FamilyName`) so households can pass a father's
/// family name to his children without re-hashing strings.
public struct DemoNames: Sendable {
    /// A family name drawn from the table; `text` is the name itself ("Nguyễn").
    public struct FamilyName: Sendable, Hashable {
        let index: Int
        let northCentral: Bool
        public var text: String {
            (northCentral ? DemoNames.tables.familyNorthCentral : DemoNames.tables.familyNorth).text(index)
        }
    }

    public let region: DemoNameRegion

    public init(region: DemoNameRegion = .north) {
        self.region = region
    }

    /// A random family name with the region's frequencies.
    public func familyName(using rng: inout SeededGenerator) -> FamilyName {
        let table = region == .northCentral ? Self.tables.familyNorthCentral : Self.tables.familyNorth
        return FamilyName(index: table.pickIndex(&rng), northCentral: region == .northCentral)
    }

    /// A full name: family name, one middle name (two for a few young people), given name.
    /// - Parameter familyName: the family name to use (a father's, for his children); random if nil.
    public func fullName(gender: Gender, birthYear: Int, familyName: FamilyName? = nil,
                         using rng: inout SeededGenerator) -> String {
        let family = familyName ?? self.familyName(using: &rng)
        return Self.tables.fullName(gender: gender, birthYear: birthYear, family: family, using: &rng)
    }

    // MARK: Tables

    struct Tables: Sendable {
        let familyNorth: FlatTextTable
        let familyNorthCentral: FlatTextTable
        let middleMaleTraditional: FlatTextTable
        let middleMaleModern: FlatTextTable
        let middleFemaleTraditional: FlatTextTable
        let middleFemaleModern: FlatTextTable
        let givenMaleTraditional: FlatTextTable
        let givenMaleModern: FlatTextTable
        let givenFemaleTraditional: FlatTextTable
        let givenFemaleModern: FlatTextTable

        init() {
            func table(_ entries: [(String, Double)]) -> FlatTextTable {
                FlatTextTable(entries)
            }
            typealias T = VietnameseNameTables
            familyNorth = table(T.familyNamesNorth)
            familyNorthCentral = table(T.familyNamesNorthCentral)
            middleMaleTraditional = table(T.middleMaleTraditional)
            middleMaleModern = table(T.middleMaleModern)
            middleFemaleTraditional = table(T.middleFemaleTraditional)
            middleFemaleModern = table(T.middleFemaleModern)
            givenMaleTraditional = table(T.givenMaleTraditional)
            givenMaleModern = table(T.givenMaleModern)
            givenFemaleTraditional = table(T.givenFemaleTraditional)
            givenFemaleModern = table(T.givenFemaleModern)
        }

        /// The probability of drawing from the modern tables: 0 for people born up to 1975,
        /// rising linearly to 1 for those born from 2010.
        @inline(__always)
        static func modernShare(birthYear: Int) -> Double {
            if birthYear <= 1975 { return 0 }
            if birthYear >= 2010 { return 1 }
            return Double(birthYear - 1975) / 35.0
        }

        func fullName(gender: Gender, birthYear: Int, family: FamilyName, using rng: inout SeededGenerator) -> String {
            let familyTable = family.northCentral ? familyNorthCentral : familyNorth
            let modern = rng.demoChance(Self.modernShare(birthYear: birthYear))
            let middleTable: FlatTextTable
            let givenTable: FlatTextTable
            switch (gender, modern) {
            case (.male, false): middleTable = middleMaleTraditional; givenTable = givenMaleTraditional
            case (.male, true): middleTable = middleMaleModern; givenTable = givenMaleModern
            case (.female, false): middleTable = middleFemaleTraditional; givenTable = givenFemaleTraditional
            case (.female, true): middleTable = middleFemaleModern; givenTable = givenFemaleModern
            }
            var middle = middleTable.pickIndex(&rng)
            if middleTable.same(middle, as: familyTable, family.index) { middle = middleTable.pickIndex(&rng) }
            var given = givenTable.pickIndex(&rng)
            // "Nguyễn Minh Minh" is not a name: redraw the given name (twice at most).
            if givenTable.same(given, as: middleTable, middle) { given = givenTable.pickIndex(&rng) }
            if givenTable.same(given, as: middleTable, middle) { given = givenTable.pickIndex(&rng) }
            // A few children born from 2005 carry their mother's family name as well:
            // "Nguyễn Trần Minh Khôi".
            if birthYear >= 2005, rng.demoChance(0.04) {
                let second = familyTable.pickIndex(&rng)
                if second != family.index {
                    return DemoText.join(familyTable, family.index, familyTable, second, middleTable, middle, givenTable, given)
                }
            }
            return DemoText.join(familyTable, family.index, middleTable, middle, nil, 0, givenTable, given)
        }
    }

    static let tables = Tables()
}

import Foundation

/// Generates demo households and residents, one village at a time, deterministically.
///
/// Usage (the Store writes batches as they come; nothing larger than one household is handed out):
///
///     let generator = DemoGenerator(seed: 2026)
///     let today = CivilDate(year: 2026, month: 5, day: 19)!
///     for commune in DemoCommunes.seeds {
///         for village in generator.villages(of: commune) {
///             try store.insert(village.unit)
///             try generator.households(in: village, today: today) { household, residents in
///                 try batch.append(household, residents)   // flush every few thousand rows
///             }
///         }
///     }
///
/// - Same seed, village and `today` → identical output, on every platform.
/// - Villages are independent: each draws from `SeededGenerator(seed:).derived("village/<code>")`,
///   so villages can be generated in any order or in parallel.
/// - CCCD numbers are valid (place of birth, century/gender digit, year of birth, serial) and
///   unique across every village of communes with distinct `cccdBlock`s: the serial encodes
///   the commune's block, the village's index and a per-village counter for the
///   (century/gender, year) pair, scrambled by a bijection. A resident whose slot would
///   overflow (more than 100 people born in one year with one gender in a village, a village
///   index of 50 or more, a block of 200 or more) gets no CCCD rather than a duplicate.
///   Mobile numbers are unique the same way (block, village, per-prefix counter).
public struct DemoGenerator: Sendable {
    public let seed: UInt64
    private let root: SeededGenerator

    public init(seed: UInt64) {
        self.seed = seed
        self.root = SeededGenerator(seed: seed)
    }

    /// The villages of a commune (codes, names, populations). Independent of the seed.
    public func villages(of commune: DemoCommunePlan) -> [DemoVillage] {
        commune.villages()
    }

    /// Generates the village's households (exactly `village.population` residents in total) and
    /// hands them to `body` one at a time, head first. Ages are computed at `today`.
    public func households(in village: DemoVillage, today: CivilDate,
                           _ body: (Household, [Resident]) throws -> Void) rethrows {
        var rng = root.derived("village/" + village.code)
        let context = VillageContext(village: village, today: today)
        let drafts = DemoPopulation.assemble(population: village.population, using: &rng)
        var counters = VillageCounters()
        for (number, draft) in drafts.enumerated() {
            let (household, residents) = context.materialise(draft, number: number + 1,
                                                            counters: &counters, using: &rng)
            try body(household, residents)
        }
    }

    /// All residents of a village in one array (small villages and tests; prefer `households(in:)`).
    public func residents(in village: DemoVillage, today: CivilDate) -> [Resident] {
        var all: [Resident] = []
        all.reserveCapacity(village.population)
        households(in: village, today: today) { _, residents in all.append(contentsOf: residents) }
        return all
    }
}

// MARK: - Materialisation

/// Per-village counters that make CCCD serials and mobile numbers unique.
struct VillageCounters {
    /// Residents given a CCCD so far, per (century/gender digit × 100 + two-digit year).
    var cccd = [UInt8](repeating: 0, count: 400)
    /// Mobile numbers given so far, per prefix.
    var phone = [UInt16](repeating: 0, count: VillageContext.prefixes.count)
}

/// Everything about one village that is the same for all its residents, computed once.
struct VillageContext {
    let villageCode: String
    let address: String
    let names: DemoNames.Tables
    let familyTable: FlatTextTable
    let northCentral: Bool
    let primarySchool: String
    let secondarySchool: String
    let highSchool: String
    let universities: WeightedTable<String>
    let officialOrganisations: WeightedTable<String>
    let workerOrganisations: WeightedTable<String>
    let migrantPlaces: WeightedTable<[UInt8]>
    let notes: WeightedTable<String>
    let homePlace: [UInt8]
    /// First serial index of this village (block × 5000 + village index × 100); -1 if out of range.
    let serialBase: Int
    /// First mobile-number index of this village (block × 50,000 + village index × 1,000); -1 if out of range.
    let phoneBase: Int
    let today: CivilDate
    let todayMonthDay: Int

    init(village: DemoVillage, today: CivilDate) {
        let commune = village.commune
        villageCode = village.code
        let communeType = commune.type.lowercased()
        let communeFull = communeType + " " + commune.name
        address = village.fullName + ", " + communeFull + ", " + Self.lowercasedType(commune.provinceName)
        names = DemoNames.tables
        northCentral = commune.nameRegion == .northCentral
        familyTable = northCentral ? names.familyNorthCentral : names.familyNorth

        // Schools: one primary school per ≈ 9,000 people and one lower-secondary per ≈ 16,000,
        // the first named after the commune, others after the village hosting them.
        let villages = commune.villages()
        func school(_ prefix: String, perPeople: Int) -> String {
            let count = max(1, Int((Double(commune.population) / Double(perPeople)).rounded()))
            let k = min(count - 1, village.index * count / max(1, commune.villageCount))
            if k == 0 { return prefix + " " + commune.name }
            let host = villages[min(villages.count - 1, k * commune.villageCount / count)]
            return prefix + " " + (Int(host.name) == nil ? host.name : commune.name + " " + String(k + 1))
        }
        primarySchool = school("Trường Tiểu học", perPeople: 9_000)
        secondarySchool = school("Trường THCS", perPeople: 16_000)
        highSchool = commune.highSchool ?? "Trường THPT " + commune.name
        universities = WeightedTable(northCentral ? DemoPlaceTables.universitiesNorthCentral : DemoPlaceTables.universitiesNorth)
        officialOrganisations = WeightedTable([
            ("UBND " + communeFull, 30), ("Đảng ủy " + communeFull, 8),
            ("Ủy ban MTTQ Việt Nam " + communeFull, 5), ("Trung tâm Phục vụ hành chính công " + communeFull, 5),
            ("Trạm Y tế " + communeFull, 10), (primarySchool, 20), (secondarySchool, 15),
            ("Trường Mầm non " + commune.name, 7),
        ])
        var employers = DemoPlaceTables.companies
        switch commune.type {
        case "Xã": employers.append(("HTX Dịch vụ nông nghiệp " + commune.name, 12))
        case "Đặc khu": employers.append(("HTX Thủy sản " + commune.name, 12))
        default: employers.append(("HTX Thương mại dịch vụ " + commune.name, 3))
        }
        workerOrganisations = WeightedTable(employers)
        migrantPlaces = WeightedTable((northCentral ? DemoPlaceTables.migrantBirthPlacesNorthCentral
                                                    : DemoPlaceTables.migrantBirthPlacesNorth)
            .filter { $0.0 != commune.cccdPlaceCode }
            .map { (Array($0.0.utf8), $0.1) })
        notes = WeightedTable(DemoPlaceTables.residentNotes)
        homePlace = Array(commune.cccdPlaceCode.utf8)
        if commune.cccdBlock >= 0, commune.cccdBlock < 200, village.index < 50, homePlace.count == 3 {
            serialBase = commune.cccdBlock * 5_000 + village.index * 100
            phoneBase = commune.cccdBlock * 50_000 + village.index * 1_000
        } else {
            serialBase = -1
            phoneBase = -1
        }
        self.today = today
        todayMonthDay = today.month * 100 + today.day
    }

    private static func lowercasedType(_ provinceName: String) -> String {
        for prefix in ["Thành phố ", "Tỉnh "] where provinceName.hasPrefix(prefix) {
            return prefix.lowercased() + provinceName.dropFirst(prefix.count)
        }
        return provinceName
    }

    static let prefixes = WeightedTable(VietnameseNameTables.mobilePrefixes.map { (Array($0.0.utf8), $0.1) })

    func materialise(_ draft: DemoPopulation.HouseholdDraft, number: Int, counters: inout VillageCounters,
                     using rng: inout SeededGenerator) -> (Household, [Resident]) {
        let householdID = Self.uuid(&rng)
        let household = Household(id: householdID, villageCode: villageCode, number: String(number), address: address)
        var members = draft.members
        if members.count > 2 {
            members.sort { a, b in
                a.relation.rank != b.relation.rank ? a.relation.rank < b.relation.rank : a.age > b.age
            }
        }
        let headMale = members[0].male
        let headFamily = familyTable.pickIndex(&rng)
        var husbandFamily = headMale ? headFamily : -1
        var residents: [Resident] = []
        residents.reserveCapacity(members.count)
        for member in members {
            let family: Int
            switch member.relation {
            case .head, .father:
                family = headFamily
            case .wife, .mother:
                family = familyTable.pickIndex(&rng)
            case .husband:
                family = familyTable.pickIndex(&rng)
                husbandFamily = family
            case .child:
                family = husbandFamily >= 0 ? husbandFamily : familyTable.pickIndex(&rng)
            case .grandchild:
                family = husbandFamily >= 0 && rng.demoChance(0.65) ? husbandFamily : familyTable.pickIndex(&rng)
            }
            residents.append(resident(member, family: family, householdID: householdID, counters: &counters, using: &rng))
        }
        return (household, residents)
    }

    private func resident(_ member: DemoPopulation.Member, family: Int, householdID: UUID,
                          counters: inout VillageCounters, using rng: inout SeededGenerator) -> Resident {
        let age = member.age
        let gender: Gender = member.male ? .male : .female
        let birth = birthDate(age: age, using: &rng)
        let id = Self.uuid(&rng)
        let fullName = names.fullName(gender: gender, birthYear: birth.year,
                                      family: DemoNames.FamilyName(index: family, northCentral: northCentral), using: &rng)

        // Citizen ID from 14.
        var cccd: String?
        if age >= 14, rng.demoChance(age < 16 ? 0.85 : 0.975) {
            cccd = makeCCCD(birthYear: birth.year, male: member.male, counters: &counters.cccd, using: &rng)
        }

        // Target group and organisation.
        var group = TargetGroup.citizen
        var source = TargetGroupSource.derived
        var organisation: String?
        switch age {
        case 6...10 where rng.demoChance(0.995):
            group = .student; organisation = primarySchool
        case 11...14 where rng.demoChance(0.98):
            group = .student; organisation = secondarySchool
        case 15...17 where rng.demoChance(0.88):
            group = .student; organisation = highSchool
        case 18...22 where rng.demoChance(0.32):
            group = .student; organisation = universities.pick(&rng)
        default:
            break
        }
        if group == .citizen, age >= 18, age <= 60 {
            if age >= 22, rng.demoChance(0.026) {
                group = .official; source = .set; organisation = officialOrganisations.pick(&rng)
            } else if rng.demoChance(age <= 40 ? 0.27 : 0.13) {
                group = .worker; source = .set; organisation = workerOrganisations.pick(&rng)
            }
        }

        // Smartphone.
        let smartphoneShare: Double
        switch age {
        case ..<12: smartphoneShare = 0.05
        case ..<16: smartphoneShare = 0.55
        case ...60: smartphoneShare = group == .citizen ? 0.84 : 0.97
        case ...70: smartphoneShare = 0.55
        case ...80: smartphoneShare = 0.28
        default: smartphoneShare = 0.08
        }
        let smartphone: Smartphone
        if rng.demoChance(0.03) {
            smartphone = .unknown
        } else {
            smartphone = rng.demoChance(smartphoneShare) ? .yes : .no
        }

        // VNeID needs a citizen ID.
        var vneid = VNeIDLevel.none
        if cccd != nil {
            let level2: Double
            let level1: Double
            switch age {
            case ..<16: level2 = 0.55; level1 = 0.10
            case ...60: level2 = group == .official ? 1 : (smartphone == .no ? 0.75 : 0.93); level1 = 0.04
            case ...75: level2 = 0.82; level1 = 0.06
            default: level2 = 0.60; level1 = 0.08
            }
            let u = rng.demoUnit()
            if u < level2 { vneid = .level2 } else if u < level2 + level1 { vneid = .level1 }
        }

        // Mobile number.
        var phone: String?
        if age >= 15 {
            let share: Double
            if age < 18 { share = smartphone == .yes ? 0.5 : 0.05 }
            else if smartphone == .yes { share = 0.97 }
            else { share = age < 80 ? 0.75 : 0.35 }
            if rng.demoChance(share) { phone = mobileNumber(counters: &counters.phone, using: &rng) }
        }

        var note: String?
        if age >= 18, age <= 45, rng.demoChance(0.01) { note = notes.pick(&rng) }

        return Resident(id: id, fullName: fullName, birthDate: birth, gender: gender, cccd: cccd, phone: phone,
                        villageCode: villageCode, householdID: householdID, isHouseholdHead: member.relation == .head,
                        relationToHead: member.relation.rawValue, targetGroup: group, targetGroupSource: source,
                        organisation: organisation, smartphone: smartphone, vneidLevel: vneid,
                        hasBasicDigitalSkills: Self.skilled(id: id, group: group, age: age, smartphone: smartphone),
                        notes: note)
    }

    // MARK: Dates

    /// First day-of-year (0-based) of each month in a leap year, plus the year's length.
    private static let monthStarts: [Int] = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366]

    @inline(__always)
    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// A uniformly drawn birth date giving exactly `age` whole years on `today`.
    @inline(__always)
    func birthDate(age: Int, using rng: inout SeededGenerator) -> CivilDate {
        let dayOfYear = rng.demoInt(below: 366)
        var month = 1
        while Self.monthStarts[month] <= dayOfYear { month += 1 }
        var day = dayOfYear - Self.monthStarts[month - 1] + 1
        var year = today.year - age
        if month == 2, day == 29, !Self.isLeap(year) { day = 28 }
        if month * 100 + day > todayMonthDay {
            // The birthday is still to come this year: born a year earlier.
            year -= 1
            if month == 2, day == 29, !Self.isLeap(year) { month = 3; day = 1 }
        }
        return CivilDate(year: year, month: month, day: day)!
    }

    // MARK: Identifiers

    /// A version-4 UUID from two generator outputs.
    @inline(__always)
    static func uuid(_ rng: inout SeededGenerator) -> UUID {
        let high = rng.next()
        let low = rng.next()
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { raw in
            raw.storeBytes(of: high.bigEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: low.bigEndian, toByteOffset: 8, as: UInt64.self)
        }
        bytes.6 = (bytes.6 & 0x0F) | 0x40
        bytes.8 = (bytes.8 & 0x3F) | 0x80
        return UUID(uuid: bytes)
    }

    /// A 12-digit CCCD: place of birth (3) + century/gender (1) + year (2) + serial (6).
    func makeCCCD(birthYear: Int, male: Bool, counters: inout [UInt8], using rng: inout SeededGenerator) -> String? {
        guard serialBase >= 0, birthYear >= 1900, birthYear < 2100 else { return nil }
        let centuryDigit = (birthYear >= 2000 ? 2 : 0) + (male ? 0 : 1)
        let yy = birthYear % 100
        let slot = centuryDigit * 100 + yy
        let counter = Int(counters[slot])
        guard counter < 100 else { return nil }
        counters[slot] = UInt8(counter + 1)
        let place = rng.demoChance(0.05) ? migrantPlaces.pick(&rng) : homePlace
        let placeNumber = Int(place[0] - 0x30) * 100 + Int(place[1] - 0x30) * 10 + Int(place[2] - 0x30)
        // A bijection of 0..<10^6 per (place, century/gender, year): multiply by a unit mod 10^6, then shift.
        let index = serialBase + counter
        let offset = ((placeNumber &* 1_009 &+ slot) &* 104_729) % 1_000_000
        let serial = (index &* 7_919 &+ offset) % 1_000_000
        return String(unsafeUninitializedCapacity: 12) { buffer in
            buffer[0] = place[0]
            buffer[1] = place[1]
            buffer[2] = place[2]
            buffer[3] = UInt8(0x30 + centuryDigit)
            DemoText.putDigits(yy, width: 2, into: buffer, at: 4)
            DemoText.putDigits(serial, width: 6, into: buffer, at: 6)
            return 12
        }
    }

    /// A 10-digit Vietnamese mobile number ("0912345678"): a prefix, then 7 digits that encode
    /// the village's block and a per-prefix counter through a bijection of 0..<10^7, so numbers
    /// never repeat across villages and communes with distinct blocks.
    @inline(__always)
    func mobileNumber(counters: inout [UInt16], using rng: inout SeededGenerator) -> String? {
        let prefixIndex = Self.prefixes.pickIndex(&rng)
        let prefix = Self.prefixes.values[prefixIndex]
        let rest: Int
        if phoneBase >= 0 {
            let counter = Int(counters[prefixIndex])
            guard counter < 1_000 else { return nil }
            counters[prefixIndex] = UInt16(counter + 1)
            rest = ((phoneBase + counter) &* 7_919 &+ prefixIndex &* 1_234_567) % 10_000_000
        } else {
            rest = rng.demoInt(below: 10_000_000)
        }
        return String(unsafeUninitializedCapacity: 10) { buffer in
            buffer[0] = prefix[0]
            buffer[1] = prefix[1]
            buffer[2] = prefix[2]
            DemoText.putDigits(rest, width: 7, into: buffer, at: 3)
            return 10
        }
    }
}

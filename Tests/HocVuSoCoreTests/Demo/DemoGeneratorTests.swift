import Foundation
import HocVuSoCore
import Testing

/// One generated commune shared by the statistical tests (generated once per test run).
struct DemoGeneratedCommune: Sendable {
    let plan: DemoCommunePlan
    let villages: [DemoVillage]
    let households: [(Household, [Resident])]
    var residents: [Resident] { households.flatMap(\.1) }

    init(_ plan: DemoCommunePlan, seed: UInt64 = 2026, today: CivilDate = DemoFixtures.today) {
        let generator = DemoGenerator(seed: seed)
        self.plan = plan
        villages = generator.villages(of: plan)
        var households: [(Household, [Resident])] = []
        for village in villages {
            generator.households(in: village, today: today) { households.append(($0, $1)) }
        }
        self.households = households
    }
}

enum DemoFixtures {
    static let today = CivilDate(year: 2026, month: 5, day: 19)!
    /// Đức Thịnh, 41,401 people: large enough for frequency checks.
    static let ducThinh = DemoGeneratedCommune(DemoCommunes.ducThinh)

    static func age(_ resident: Resident) -> Int { resident.birthDate.years(until: today) }

    static func familyName(_ resident: Resident) -> String {
        String(resident.fullName.split(separator: " ")[0])
    }
}

/// The CCCD parts re-derived from the 12 digits, independently of the generator.
struct DemoTestCCCD {
    let place: String
    let century: Int
    let gender: Gender
    let year: Int
    let serial: String

    /// The 63 place-of-birth codes of the former provinces.
    static let placeCodes: Set<String> = [
        "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
        "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
        "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
        "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
        "089", "091", "092", "093", "094", "095", "096",
    ]

    init?(_ text: String) {
        let digits = Array(text.utf8)
        guard digits.count == 12, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let value = { (range: Range<Int>) in digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        place = String(text.prefix(3))
        let code = value(3..<4)
        century = 1900 + (code / 2) * 100
        gender = code % 2 == 0 ? .male : .female
        year = century + value(4..<6)
        serial = String(text.suffix(6))
    }
}

@Suite("Demo generator")
struct DemoGeneratorTests {
    let today = DemoFixtures.today

    // MARK: Determinism and independence

    @Test func sameSeedGivesIdenticalOutput() {
        let village = DemoCommunes.chiMinh.villages()[3]
        let a = collect(DemoGenerator(seed: 7), village)
        let b = collect(DemoGenerator(seed: 7), village)
        #expect(a.households == b.households)
        #expect(a.residents == b.residents)
        #expect(a.residents.count == village.population)
        let c = collect(DemoGenerator(seed: 8), village)
        #expect(c.residents.map(\.fullName) != a.residents.map(\.fullName))
        #expect(c.residents.count == village.population)
    }

    @Test func villagesAreIndependentOfOrder() {
        let generator = DemoGenerator(seed: 99)
        let villages = DemoCommunes.thuongHong.villages()
        let alone = collect(generator, villages[5])
        // Generating other villages first does not change village 5.
        for village in villages.prefix(5).reversed() { _ = collect(generator, village) }
        let after = collect(generator, villages[5])
        #expect(alone.residents == after.residents)
        // Two villages do not share identifiers or names sequences.
        let other = collect(generator, villages[6])
        #expect(Set(alone.residents.map(\.id)).isDisjoint(with: other.residents.map(\.id)))
    }

    @Test func villagePlansDoNotDependOnTheSeed() {
        #expect(DemoGenerator(seed: 1).villages(of: DemoCommunes.phuThai) == DemoGenerator(seed: 2).villages(of: DemoCommunes.phuThai))
        let hp = DemoCommunes.provinceScale()!.communes[70]
        #expect(DemoGenerator(seed: 1).villages(of: hp) == DemoGenerator(seed: 3).villages(of: hp))
    }

    // MARK: Identifiers

    @Test func identifiersAreUniqueAcrossCommunes() {
        // The four seed communes plus six more Hải Phòng communes (≈ 360,000 people).
        let generator = DemoGenerator(seed: 11)
        let province = DemoCommunes.provinceScale()!.communes
        let seedCodes = Set(DemoCommunes.seeds.map(\.code))
        let extra = province.filter { !seedCodes.contains($0.code) }.enumerated().filter { $0.offset % 18 == 0 }.map(\.element)
        var ids = Set<UUID>()
        var cccds = Set<String>()
        var phones = Set<String>()
        var duplicatePhones = 0
        var residents = 0
        var duplicateIDs = 0
        var duplicateCCCDs = 0
        for commune in DemoCommunes.seeds + extra {
            for village in generator.villages(of: commune) {
                generator.households(in: village, today: today) { household, members in
                    if !ids.insert(household.id).inserted { duplicateIDs += 1 }
                    for resident in members {
                        residents += 1
                        if !ids.insert(resident.id).inserted { duplicateIDs += 1 }
                        if let cccd = resident.cccd, !cccds.insert(cccd).inserted { duplicateCCCDs += 1 }
                        if let phone = resident.phone, !phones.insert(phone).inserted { duplicatePhones += 1 }
                    }
                }
            }
        }
        #expect(residents > 300_000)
        #expect(duplicateIDs == 0)
        #expect(duplicateCCCDs == 0)
        #expect(duplicatePhones == 0)
        #expect(cccds.count > residents * 3 / 4)
    }

    @Test func uuidsAreVersion4() {
        for resident in DemoFixtures.ducThinh.residents.prefix(500) {
            let u = resident.id.uuid
            #expect(u.6 >> 4 == 4)
            #expect(u.8 >> 6 == 0b10)
        }
    }

    @Test func cccdDigitsMatchBirthYearAndGender() throws {
        let residents = DemoFixtures.ducThinh.residents
        var withCCCD = 0
        var home = 0
        var adults = 0
        for resident in residents {
            let age = DemoFixtures.age(resident)
            guard let cccd = resident.cccd else { continue }
            withCCCD += 1
            #expect(age >= 14, "no CCCD under 14")
            let parsed = try #require(DemoTestCCCD(cccd), "12 digits: \(cccd)")
            #expect(DemoTestCCCD.placeCodes.contains(parsed.place), "place code \(parsed.place)")
            #expect(parsed.year == resident.birthDate.year, "\(cccd) vs \(resident.birthDate)")
            #expect(parsed.gender == resident.gender, "\(cccd) vs \(resident.gender)")
            if parsed.place == "042" { home += 1 }
        }
        for resident in residents where DemoFixtures.age(resident) >= 14 { adults += 1 }
        #expect(Double(withCCCD) / Double(adults) > 0.9, "most people from 14 have a CCCD")
        #expect(Double(home) / Double(withCCCD) > 0.9, "most are born in Hà Tĩnh (042)")
        #expect(Double(home) / Double(withCCCD) < 0.99, "a few are born elsewhere")
    }

    @Test func formerHaiDuongCommunesUse030() {
        #expect(DemoCommunes.chiMinh.cccdPlaceCode == "030")
        let plan = DemoCommunes.provinceScale()!
        #expect(plan.communes.first { $0.code == "11311" }?.cccdPlaceCode == "031") // Hồng Bàng
        let generator = DemoGenerator(seed: 5)
        let village = DemoCommunes.chiMinh.villages()[0]
        let places = generator.residents(in: village, today: today).compactMap { $0.cccd.map { String($0.prefix(3)) } }
        #expect(Double(places.filter { $0 == "030" }.count) / Double(places.count) > 0.9)
    }

    @Test func phonesAreVietnameseMobiles() {
        let prefixes: Set<String> = ["032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "059",
                                     "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086",
                                     "088", "089", "090", "091", "092", "093", "094", "096", "097", "098", "099"]
        var adults = 0
        var withPhone = 0
        for resident in DemoFixtures.ducThinh.residents {
            let age = DemoFixtures.age(resident)
            if age >= 18 { adults += 1 }
            guard let phone = resident.phone else { continue }
            if age >= 18 { withPhone += 1 }
            #expect(age >= 15)
            #expect(phone.utf8.count == 10 && phone.allSatisfy(\.isASCII) && phone.allSatisfy(\.isNumber), "\(phone)")
            #expect(prefixes.contains(String(phone.prefix(3))), "\(phone)")
        }
        #expect(Double(withPhone) / Double(adults) > 0.8, "most adults have a mobile number")
    }

    // MARK: Households

    @Test func householdsAreSane() {
        let sample = DemoFixtures.ducThinh
        var sizes = [Int](repeating: 0, count: 8)
        for (household, members) in sample.households {
            #expect((1...7).contains(members.count), "household size \(members.count)")
            sizes[min(7, members.count)] += 1
            let heads = members.filter(\.isHouseholdHead)
            #expect(heads.count == 1)
            guard let head = heads.first else { continue }
            #expect(members[0] == head, "the head comes first")
            #expect(head.relationToHead == "Chủ hộ")
            #expect(DemoFixtures.age(head) >= 18, "head aged \(DemoFixtures.age(head))")
            #expect(members.allSatisfy { $0.householdID == household.id && $0.villageCode == household.villageCode })
            let spouses = members.filter { $0.relationToHead == "Vợ" || $0.relationToHead == "Chồng" }
            #expect(spouses.count <= 1)
            if let spouse = spouses.first {
                #expect(spouse.gender != head.gender)
                #expect((spouse.relationToHead == "Vợ") == (spouse.gender == .female))
            }
            let parentAges = ([head] + spouses).map(DemoFixtures.age)
            let father = head.gender == .male ? head : spouses.first { $0.gender == .male }
            for member in members {
                #expect(["Chủ hộ", "Vợ", "Chồng", "Con", "Cháu", "Bố", "Mẹ"].contains(member.relationToHead ?? ""))
                switch member.relationToHead {
                case "Con":
                    #expect(parentAges.contains { $0 >= DemoFixtures.age(member) + 17 }, "a child is younger than a parent")
                    if let father {
                        #expect(DemoFixtures.familyName(member) == DemoFixtures.familyName(father), "children take the father's family name")
                    }
                case "Bố", "Mẹ":
                    #expect(DemoFixtures.age(member) >= DemoFixtures.age(head) + 18)
                    #expect((member.relationToHead == "Bố") == (member.gender == .male))
                default:
                    break
                }
            }
        }
        let count = sample.households.count
        let mean = Double(sample.residents.count) / Double(count)
        #expect(mean > 3.2 && mean < 3.8, "mean household size \(mean)")
        #expect(Double(sizes[1]) / Double(count) < 0.2, "single-person households")
        #expect(sizes[4] > sizes[7] && sizes[3] > sizes[6])
        #expect(Set(sample.households.map { $0.0.id }).count == count)
    }

    // MARK: Population

    @Test func agePyramidAndGender() {
        let residents = DemoFixtures.ducThinh.residents
        let total = Double(residents.count)
        let ages = residents.map(DemoFixtures.age)
        #expect(ages.allSatisfy { (0...100).contains($0) })
        #expect(residents.allSatisfy { $0.birthDate <= today })
        let under16 = Double(ages.filter { $0 < 16 }.count) / total
        let over60 = Double(ages.filter { $0 >= 60 }.count) / total
        #expect(under16 > 0.19 && under16 < 0.28, "under 16: \(under16)")
        #expect(over60 > 0.14 && over60 < 0.23, "60+: \(over60)")
        let male = Double(residents.filter { $0.gender == .male }.count) / total
        #expect(male > 0.47 && male < 0.53, "men: \(male)")
        // Some in every band up to the 80s.
        for band in stride(from: 0, through: 85, by: 5) {
            #expect(ages.contains { $0 >= band && $0 < band + 5 }, "band \(band)")
        }
    }

    @Test func familyNameFrequencies() {
        let residents = DemoFixtures.ducThinh.residents
        #expect(residents.count > 40_000)
        var counts: [String: Int] = [:]
        for resident in residents { counts[DemoFixtures.familyName(resident), default: 0] += 1 }
        let share = { (name: String) in Double(counts[name] ?? 0) / Double(residents.count) }
        #expect(share("Nguyễn") > 0.35 && share("Nguyễn") < 0.41, "Nguyễn \(share("Nguyễn"))")
        #expect(share("Trần") > 0.08 && share("Trần") < 0.14, "Trần \(share("Trần"))")
        #expect(share("Lê") > 0.07 && share("Lê") < 0.12, "Lê \(share("Lê"))")
        #expect(counts.count > 30, "a long tail of family names")
    }

    @Test func namesAreNFCWithModernTonesAndGendered() {
        let residents = DemoFixtures.ducThinh.residents
        let oldStyle = ["oà", "oá", "oả", "oã", "oạ", "oè", "oé", "oẻ", "oẽ", "oẹ", "uỳ", "uý", "uỷ", "uỹ", "uỵ"]
        var thiWomen = 0, women = 0, vanMen = 0, men = 0, oldWomen = 0, oldThi = 0
        for resident in residents {
            let name = resident.fullName
            #expect(name == name.precomposedStringWithCanonicalMapping)
            let words = name.split(separator: " ").map { $0.lowercased() }
            #expect((3...4).contains(words.count), "\(name)")
            for word in words where !word.hasPrefix("qu") {
                #expect(!oldStyle.contains { word.hasSuffix($0) }, "old tone placement in \(name)")
            }
            // Middle names are gendered ("Văn" is also a family name, so skip the first word).
            let middle = words.dropFirst().dropLast()
            #expect(!(resident.gender == .male && middle.contains("thị")), "\(name)")
            #expect(!(resident.gender == .female && middle.contains("văn")), "\(name)")
            if resident.gender == .female {
                women += 1
                if middle.contains("thị") { thiWomen += 1 }
                if resident.birthDate.year < 1970 { oldWomen += 1; if middle.contains("thị") { oldThi += 1 } }
            } else {
                men += 1
                if middle.contains("văn") { vanMen += 1 }
            }
        }
        #expect(Double(oldThi) / Double(oldWomen) > 0.75, "older women are mostly 'Thị'")
        #expect(Double(thiWomen) / Double(women) < Double(oldThi) / Double(oldWomen), "younger women less so")
        #expect(Double(vanMen) / Double(men) > 0.2 && Double(vanMen) / Double(men) < 0.5)
        #expect(Set(residents.map(\.fullName)).count > residents.count / 3, "names vary")
    }

    @Test func namesFromDemoNames() {
        var rng = SeededGenerator(seed: 3)
        let names = DemoNames(region: .north)
        let family = names.familyName(using: &rng)
        let child = names.fullName(gender: .female, birthYear: 2015, familyName: family, using: &rng)
        #expect(child.hasPrefix(family.text + " "))
        let old = names.fullName(gender: .male, birthYear: 1950, using: &rng)
        #expect(old.split(separator: " ").count == 3)
    }

    // MARK: Target groups and digital indicators

    @Test func targetGroupsAndIndicators() {
        let residents = DemoFixtures.ducThinh.residents
        var adults = 0, officials = 0, workingAge = 0, workers = 0
        var pupils = 0, primaryAge = 0
        var n16to60 = 0, smart16to60 = 0, n16 = 0, level2 = 0, elderly = 0, smartElderly = 0, young = 0, smartYoung = 0
        for resident in residents {
            let age = DemoFixtures.age(resident)
            switch resident.targetGroup {
            case .official, .worker:
                #expect(resident.targetGroupSource == .set)
                #expect(resident.organisation != nil)
                #expect((18...60).contains(age))
            case .student:
                #expect(resident.targetGroupSource == .derived)
                #expect((6...22).contains(age))
                #expect(resident.organisation?.hasPrefix("Trường") == true || resident.organisation?.hasPrefix("Học viện") == true)
            case .citizen:
                #expect(resident.targetGroupSource == .derived)
            }
            if resident.targetGroup == .official {
                let org = resident.organisation ?? ""
                #expect(org.hasSuffix("xã Đức Thịnh") || org.hasPrefix("Trường"), "\(org)")
            }
            if resident.targetGroup == .worker {
                let org = resident.organisation ?? ""
                #expect(org.hasPrefix("Công ty") || org.hasPrefix("HTX"), "\(org)")
            }
            if age >= 18 { adults += 1; if resident.targetGroup == .official { officials += 1 } }
            if (18...60).contains(age) { workingAge += 1; if resident.targetGroup == .worker { workers += 1 } }
            if (7...10).contains(age) {
                primaryAge += 1
                if resident.targetGroup == .student, resident.organisation?.hasPrefix("Trường Tiểu học") == true { pupils += 1 }
            }
            if (16...60).contains(age) { n16to60 += 1; if resident.smartphone == .yes { smart16to60 += 1 } }
            if age >= 75 { elderly += 1; if resident.smartphone == .yes { smartElderly += 1 } }
            if age < 12 { young += 1; if resident.smartphone == .yes { smartYoung += 1 } }
            if age >= 16 { n16 += 1; if resident.vneidLevel == .level2 { level2 += 1 } }
            if age < 14 { #expect(resident.vneidLevel == VNeIDLevel.none && resident.cccd == nil) }
        }
        let officialShare = Double(officials) / Double(adults)
        #expect(officialShare > 0.012 && officialShare < 0.025, "officials \(officialShare)")
        let workerShare = Double(workers) / Double(workingAge)
        #expect(workerShare > 0.15 && workerShare < 0.25, "workers \(workerShare)")
        #expect(Double(pupils) / Double(primaryAge) > 0.95)
        let smart = Double(smart16to60) / Double(n16to60)
        #expect(smart > 0.75 && smart < 0.9, "smartphones 16–60: \(smart)")
        #expect(Double(smartElderly) / Double(elderly) < smart - 0.3)
        #expect(Double(smartYoung) / Double(young) < 0.1)
        let vneid = Double(level2) / Double(n16)
        #expect(vneid > 0.8 && vneid < 0.9, "VNeID level 2, 16+: \(vneid)")
        let noted = residents.filter { $0.notes != nil }.count
        #expect(noted < residents.count / 50, "notes are rare")
    }

    // MARK: Helpers

    private func collect(_ generator: DemoGenerator, _ village: DemoVillage) -> (households: [Household], residents: [Resident]) {
        var households: [Household] = []
        var residents: [Resident] = []
        generator.households(in: village, today: today) { household, members in
            households.append(household)
            residents.append(contentsOf: members)
        }
        return (households, residents)
    }
}

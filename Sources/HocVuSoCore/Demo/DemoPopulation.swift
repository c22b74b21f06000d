import Foundation

/// A member's relation to the household head, as written in the household book.
public enum DemoRelation: String, Sendable, CaseIterable {
    case head = "Chủ hộ"
    case wife = "Vợ"
    case husband = "Chồng"
    case child = "Con"
    case grandchild = "Cháu"
    case father = "Bố"
    case mother = "Mẹ"

    /// Order of members within a household list.
    var rank: Int {
        switch self {
        case .head: return 0
        case .wife, .husband: return 1
        case .child: return 2
        case .grandchild: return 3
        case .father: return 4
        case .mother: return 5
        }
    }
}

/// The demographic model: an age pyramid for rural northern and north-central Vietnam in 2026,
/// sex ratios by age, marriage rates, and the assembly of people into households.
///
/// A village's people are first drawn from the pyramid (so the pyramid holds exactly, not just
/// on average), then grouped: couples, elderly parents living with a child's family, children
/// and unmarried young adults attached to a mother of plausible age, and single-person
/// households for the rest. Households have 1–7 members and an adult head.
public enum DemoPopulation {
    /// Five-year age bands (0–4, 5–9 … 95–99) with their share of the population in percent:
    /// a rural Red River delta / Hà Tĩnh profile (fewer people in their twenties, who leave for
    /// work; ≈ 23 % under 16, ≈ 18 % aged 60 and over).
    public static let ageBandWeights: [Double] = [
        6.3, 7.4, 7.8, 7.0,   // 0–19
        5.6, 5.6, 6.8, 7.6,   // 20–39
        7.4, 6.7, 6.2, 5.9,   // 40–59
        5.3, 4.3, 3.2, 2.2,   // 60–79
        1.5, 1.0, 0.45, 0.15, // 80–99
    ]

    static let ageBands = WeightedTable(ageBandWeights.enumerated().map { ($0.offset, $0.element) })

    /// The share of men at a given age (more boys at birth, more women among the old).
    @inline(__always)
    static func maleShare(age: Int) -> Double {
        switch age {
        case ..<15: return 0.525
        case ..<50: return 0.505
        case ..<65: return 0.48
        case ..<80: return 0.43
        default: return 0.35
        }
    }

    /// The probability that a man of this age lives with a wife.
    @inline(__always)
    static func marriedShareMale(age: Int) -> Double {
        switch age {
        case ..<20: return 0
        case ..<22: return 0.04
        case ..<25: return 0.16
        case ..<30: return 0.55
        case ..<35: return 0.82
        case ..<60: return 0.92
        case ..<70: return 0.88
        case ..<80: return 0.80
        default: return 0.60
        }
    }

    /// The probability that a woman of this age lives with a husband.
    @inline(__always)
    static func marriedShareFemale(age: Int) -> Double {
        switch age {
        case ..<18: return 0
        case ..<20: return 0.08
        case ..<25: return 0.40
        case ..<30: return 0.75
        case ..<50: return 0.91
        case ..<60: return 0.87
        case ..<70: return 0.72
        case ..<80: return 0.50
        default: return 0.25
        }
    }

    /// Husband's age minus wife's age.
    static let spouseAgeGap = WeightedTable<Int>([
        (-3, 2), (-2, 4), (-1, 7), (0, 10), (1, 12), (2, 13), (3, 12), (4, 10), (5, 8),
        (6, 7), (7, 5), (8, 4), (9, 3), (10, 2), (12, 1),
    ])

    /// Mother's age at a child's birth.
    static let motherAgeGap = WeightedTable<Int>((18...45).map { gap in
        let weight: Double
        switch gap {
        case ..<20: weight = 2
        case ..<23: weight = 5
        case ..<31: weight = 9
        case ..<36: weight = 5
        case ..<40: weight = 2
        default: weight = 0.6
        }
        return (gap, weight)
    })

    // MARK: Assembly

    struct Member {
        var age: Int
        var male: Bool
        var relation: DemoRelation
    }

    struct HouseholdDraft {
        var members: [Member]
        /// The age of the woman children of this household descend from (wife, or female head); -1 if none.
        var motherAge: Int
        var headAge: Int { members[0].age }
    }

    static let maxHouseholdSize = 7
    static let maxAge = 100
    /// Offsets 0, 1, -1, 2, -2 … for searching ages nearest a target first.
    static let nearFirst6 = [0] + (1...6).flatMap { [$0, -$0] }
    static let nearFirst10 = [0] + (1...10).flatMap { [$0, -$0] }

    /// Draws `population` people from the pyramid and groups them into households.
    static func assemble(population: Int, using rng: inout SeededGenerator) -> [HouseholdDraft] {
        var men = [Int](repeating: 0, count: maxAge + 1)
        var women = [Int](repeating: 0, count: maxAge + 1)
        for _ in 0..<population {
            let age = min(maxAge, ageBands.pickIndex(&rng) * 5 + rng.demoInt(below: 5))
            if rng.demoChance(maleShare(age: age)) { men[age] += 1 } else { women[age] += 1 }
        }

        var households: [HouseholdDraft] = []
        households.reserveCapacity(population / 3 + 4)

        // 1. Couples. Men who will marry look for a wife among women who will, near a preferred age gap.
        var menToMarry: [Int] = []
        var wives = [Int](repeating: 0, count: maxAge + 1)
        for age in 18...maxAge {
            for _ in 0..<men[age] where rng.demoChance(marriedShareMale(age: age)) { menToMarry.append(age) }
            for _ in 0..<women[age] where rng.demoChance(marriedShareFemale(age: age)) { wives[age] += 1 }
        }
        rng.demoShuffle(&menToMarry)
        var elderlyCouples: [(husband: Int, wife: Int)] = []
        // Young families indexed by the head's age, for attaching elderly parents.
        var youngByHeadAge = [[Int]](repeating: [], count: maxAge + 1)
        for husband in menToMarry {
            let target = husband - spouseAgeGap.pick(&rng)
            var wife = -1
            for delta in nearFirst6 {
                let age = target + delta
                if age >= 18, age <= maxAge, wives[age] > 0 { wife = age; break }
            }
            guard wife >= 0 else { continue }
            wives[wife] -= 1
            women[wife] -= 1
            men[husband] -= 1
            if husband >= 60 || wife >= 62 {
                elderlyCouples.append((husband, wife))
            } else {
                let husbandHeads = rng.demoChance(0.88)
                let members = husbandHeads
                    ? [Member(age: husband, male: true, relation: .head), Member(age: wife, male: false, relation: .wife)]
                    : [Member(age: wife, male: false, relation: .head), Member(age: husband, male: true, relation: .husband)]
                youngByHeadAge[members[0].age].append(households.count)
                households.append(HouseholdDraft(members: members, motherAge: wife))
            }
        }

        // Takes a young family whose head could be the child of a parent aged `parentAge`.
        func takeYoungFamily(parentAge: Int, rng: inout SeededGenerator) -> Int? {
            let target = parentAge - max(20, motherAgeGap.pick(&rng))
            for delta in nearFirst6 {
                let age = target + delta
                guard age >= 18, age <= parentAge - 18, !youngByHeadAge[age].isEmpty else { continue }
                let count = youngByHeadAge[age].count
                let pick = rng.demoInt(below: count)
                let index = youngByHeadAge[age][pick]
                youngByHeadAge[age].swapAt(pick, count - 1)
                youngByHeadAge[age].removeLast()
                return index
            }
            return nil
        }

        // 2. Elderly couples: about 40 % live with a married child as "Bố", "Mẹ".
        for couple in elderlyCouples {
            if rng.demoChance(0.4), let family = takeYoungFamily(parentAge: min(couple.husband, couple.wife), rng: &rng) {
                households[family].members.append(Member(age: couple.husband, male: true, relation: .father))
                households[family].members.append(Member(age: couple.wife, male: false, relation: .mother))
            } else {
                let members = rng.demoChance(0.85)
                    ? [Member(age: couple.husband, male: true, relation: .head), Member(age: couple.wife, male: false, relation: .wife)]
                    : [Member(age: couple.wife, male: false, relation: .head), Member(age: couple.husband, male: true, relation: .husband)]
                households.append(HouseholdDraft(members: members, motherAge: couple.wife))
            }
        }

        // 3. Unmarried people aged 60+: 60 % live with a child's family, the rest alone.
        for age in 60...maxAge {
            for male in [true, false] {
                let count = male ? men[age] : women[age]
                for _ in 0..<count {
                    if rng.demoChance(0.6), let family = takeYoungFamily(parentAge: age, rng: &rng) {
                        households[family].members.append(Member(age: age, male: male, relation: male ? .father : .mother))
                    } else {
                        households.append(HouseholdDraft(members: [Member(age: age, male: male, relation: .head)],
                                                         motherAge: male ? -1 : age))
                    }
                }
                if male { men[age] = 0 } else { women[age] = 0 }
            }
        }

        // 4. Everyone else unmarried (0–59) joins a mother's household as "Con" if a plausible one
        // exists (children always try; adults less often with age), otherwise lives alone.
        var byMotherAge = [[Int]](repeating: [], count: maxAge + 1)
        for (index, household) in households.enumerated() where household.motherAge >= 0 {
            byMotherAge[household.motherAge].append(index)
        }
        // Middle-aged singles become heads first, so single mothers can take children.
        var others: [(age: Int, male: Bool)] = []
        for age in 0..<60 {
            for _ in 0..<men[age] { others.append((age, true)) }
            for _ in 0..<women[age] { others.append((age, false)) }
        }
        rng.demoShuffle(&others)
        var pending: [(age: Int, male: Bool)] = []
        for person in others {
            if person.age >= 35 && rng.demoChance(0.35) {
                households.append(HouseholdDraft(members: [Member(age: person.age, male: person.male, relation: .head)],
                                                 motherAge: person.male ? -1 : person.age))
                if !person.male { byMotherAge[person.age].append(households.count - 1) }
            } else {
                pending.append(person)
            }
        }

        // A household with a woman of plausible age to be the child's mother. Large households are
        // accepted reluctantly, so sizes taper off towards the cap instead of piling up at it.
        func takeMother(childAge: Int, rng: inout SeededGenerator) -> Int? {
            let target = childAge + motherAgeGap.pick(&rng)
            var fallback: Int?
            for delta in nearFirst10 {
                let age = target + delta
                guard age >= childAge + 17, age <= min(maxAge, childAge + 46) else { continue }
                while !byMotherAge[age].isEmpty {
                    let pick = rng.demoInt(below: byMotherAge[age].count)
                    let index = byMotherAge[age][pick]
                    let size = households[index].members.count
                    if size >= maxHouseholdSize {
                        byMotherAge[age].swapAt(pick, byMotherAge[age].count - 1)
                        byMotherAge[age].removeLast()
                        continue
                    }
                    let accept: Double = size < 5 ? 1 : (size == 5 ? 0.55 : 0.25)
                    if rng.demoChance(accept) { return index }
                    if fallback == nil { fallback = index }
                    break
                }
            }
            return fallback
        }

        var orphans: [(age: Int, male: Bool)] = []
        for person in pending {
            let attachShare: Double
            switch person.age {
            case ..<18: attachShare = 1
            case ..<25: attachShare = 0.97
            case ..<35: attachShare = 0.92
            default: attachShare = 0.85
            }
            if person.age < 15, rng.demoChance(0.05) {
                // Children raised by grandparents while their parents work away.
                orphans.append(person)
            } else if rng.demoChance(attachShare), let index = takeMother(childAge: person.age, rng: &rng) {
                households[index].members.append(Member(age: person.age, male: person.male, relation: .child))
            } else if person.age >= 18 {
                households.append(HouseholdDraft(members: [Member(age: person.age, male: person.male, relation: .head)],
                                                 motherAge: person.male ? -1 : person.age))
                if !person.male { byMotherAge[person.age].append(households.count - 1) }
            } else {
                orphans.append(person)
            }
        }

        // 5. Children without a parent here live with grandparents, or with any household that has
        // room ("Cháu" covers grandchildren, nieces and nephews).
        if households.isEmpty { orphans.sort { $0.age > $1.age } }
        for child in orphans {
            if households.isEmpty {
                // Only in a village without adults: the oldest child heads the household.
                households.append(HouseholdDraft(members: [Member(age: child.age, male: child.male, relation: .head)], motherAge: -1))
                continue
            }
            var chosen = -1
            for _ in 0..<24 {
                let index = rng.demoInt(below: households.count)
                if households[index].headAge >= child.age + 36, households[index].members.count < maxHouseholdSize {
                    chosen = index
                    break
                }
            }
            if chosen < 0 {
                for _ in 0..<24 {
                    let index = rng.demoInt(below: households.count)
                    if households[index].members.count < maxHouseholdSize { chosen = index; break }
                }
            }
            if chosen < 0 {
                chosen = households.firstIndex { $0.members.count < maxHouseholdSize } ?? 0
            }
            households[chosen].members.append(Member(age: child.age, male: child.male, relation: .grandchild))
        }

        rng.demoShuffle(&households)
        return households
    }
}

import Foundation

/// A commune to generate: its official identity (code, type, name, province, as in
/// `vn-admin-units-2025.csv`) and the demo figures (population, number of villages).
/// A plan is cheap metadata; residents come from `DemoGenerator`.
public struct DemoCommunePlan: Sendable, Equatable {
    /// The official 5-digit unit code ("11131").
    public let code: String
    /// "Xã", "Phường" or "Đặc khu".
    public let type: String
    /// "Chí Minh".
    public let name: String
    /// The 2025 province code ("31").
    public let provinceCode: String
    /// "Thành phố Hải Phòng".
    public let provinceName: String
    /// Total residents over all villages.
    public let population: Int
    public let villageCount: Int
    /// The place-of-birth code (old 63-province code, CCCD digits 1–3) of residents born here:
    /// "030" for communes of the former Hải Dương province, "031" for former Hải Phòng, "042" for Hà Tĩnh.
    public let cccdPlaceCode: String
    /// A number in 0..<200, distinct for every commune generated together: it partitions the
    /// 6-digit CCCD serials so numbers never repeat across communes (see `DemoGenerator`).
    public let cccdBlock: Int
    /// The upper-secondary school residents aged 15–17 attend; "Trường THPT <name>" when nil.
    public let highSchool: String?
    /// Explicit village (type, name) list; when nil, names come from a pool, deterministically.
    let villageSpecs: [VillageSpec]?

    struct VillageSpec: Sendable, Equatable {
        let type: String
        let name: String
    }

    public init(code: String, type: String, name: String, provinceCode: String, provinceName: String,
                population: Int, villageCount: Int, cccdPlaceCode: String, cccdBlock: Int,
                highSchool: String? = nil) {
        self.init(code: code, type: type, name: name, provinceCode: provinceCode, provinceName: provinceName,
                  population: population, villageCount: villageCount, cccdPlaceCode: cccdPlaceCode,
                  cccdBlock: cccdBlock, highSchool: highSchool, villageSpecs: nil)
    }

    init(code: String, type: String, name: String, provinceCode: String, provinceName: String,
         population: Int, villageCount: Int, cccdPlaceCode: String, cccdBlock: Int,
         highSchool: String?, villageSpecs: [VillageSpec]?) {
        precondition(villageCount >= 1 && population >= villageCount, "a commune needs villages and people")
        precondition(villageSpecs == nil || villageSpecs!.count == villageCount)
        self.code = code
        self.type = type
        self.name = name
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.population = population
        self.villageCount = villageCount
        self.cccdPlaceCode = cccdPlaceCode
        self.cccdBlock = cccdBlock
        self.highSchool = highSchool
        self.villageSpecs = villageSpecs
    }

    /// "Xã Chí Minh".
    public var fullName: String { "\(type) \(name)" }

    /// The commune as a unit (valid from the reform of 1/7/2025).
    public var unit: AdminUnit {
        AdminUnit(code: code, level: .commune, type: type, name: name, parentCode: provinceCode,
                  provinceCode: provinceCode, validFrom: reformDate)
    }

    public var nameRegion: DemoNameRegion { DemoNameRegion.of(provinceCode: provinceCode) }

    /// The commune's villages with codes `<code>-01` …, type words, names and populations that
    /// add up to `population`. Deterministic: depends on the plan only, not on a generator seed.
    public func villages() -> [DemoVillage] {
        var rng = SeededGenerator(seed: DemoCommunes.planSeed).derived("villages/" + code)
        let specs = villageSpecs ?? DemoCommunes.derivedVillageSpecs(for: self, using: &rng)
        // Populations: weights in 0.65…1.35, scaled to the total by largest remainder.
        var weights = [Double]()
        weights.reserveCapacity(villageCount)
        for _ in 0..<villageCount { weights.append(0.65 + 0.7 * rng.demoUnit()) }
        let sizes = DemoCommunes.apportion(population, weights: weights)
        var result = [DemoVillage]()
        result.reserveCapacity(villageCount)
        for (i, spec) in specs.enumerated() {
            let number = i + 1
            let code = self.code + (number < 10 ? "-0" : "-") + String(number)
            result.append(DemoVillage(code: code, type: spec.type, name: spec.name,
                                      population: sizes[i], index: i, commune: self))
        }
        return result
    }
}

/// A village to generate (thôn, tổ dân phố, khu dân cư).
public struct DemoVillage: Sendable, Equatable {
    /// "11131-01".
    public let code: String
    /// "Thôn", "Tổ dân phố" or "Khu dân cư".
    public let type: String
    public let name: String
    /// The number of residents `DemoGenerator.households(in:)` produces.
    public let population: Int
    /// 0-based position in the commune.
    public let index: Int
    public let commune: DemoCommunePlan

    /// "Thôn Đông".
    public var fullName: String { "\(type) \(name)" }

    public var unit: AdminUnit {
        AdminUnit(code: code, level: .village, type: type, name: name, parentCode: commune.code,
                  provinceCode: commune.provinceCode, validFrom: reformDate)
    }
}

/// A province-scale plan: every commune of one province.
public struct DemoProvincePlan: Sendable, Equatable {
    public let provinceCode: String
    public let provinceName: String
    public let communes: [DemoCommunePlan]

    public var population: Int { communes.reduce(0) { $0 + $1.population } }
    public var villageCount: Int { communes.reduce(0) { $0 + $1.villageCount } }
}

/// The communes of the seed documents, and a plan for a whole province.
public enum DemoCommunes {
    static let planSeed: UInt64 = 0x4856_5F44_454D_4F31

    static let haiPhongName = "Thành phố Hải Phòng"
    static let haTinhName = "Tỉnh Hà Tĩnh"

    /// Xã Chí Minh (11131, Hải Phòng; former Tứ Kỳ district of Hải Dương): 20 villages.
    public static let chiMinh = DemoCommunePlan(
        code: "11131", type: "Xã", name: "Chí Minh", provinceCode: "31", provinceName: haiPhongName,
        population: 26_480, villageCount: 20, cccdPlaceCode: "030", cccdBlock: haiPhongBlock("11131"),
        highSchool: "Trường THPT Tứ Kỳ", villageSpecs: specs(DemoPlaceTables.chiMinhVillages))

    /// Xã Phú Thái (10750, Hải Phòng; former Kim Thành district of Hải Dương): 22 villages.
    public static let phuThai = DemoCommunePlan(
        code: "10750", type: "Xã", name: "Phú Thái", provinceCode: "31", provinceName: haiPhongName,
        population: 29_640, villageCount: 22, cccdPlaceCode: "030", cccdBlock: haiPhongBlock("10750"),
        highSchool: "Trường THPT Kim Thành", villageSpecs: specs(DemoPlaceTables.phuThaiVillages))

    /// Xã Thượng Hồng (10993, Hải Phòng; former Bình Giang district of Hải Dương): 18 villages.
    public static let thuongHong = DemoCommunePlan(
        code: "10993", type: "Xã", name: "Thượng Hồng", provinceCode: "31", provinceName: haiPhongName,
        population: 21_960, villageCount: 18, cccdPlaceCode: "030", cccdBlock: haiPhongBlock("10993"),
        highSchool: "Trường THPT Bình Giang", villageSpecs: specs(DemoPlaceTables.thuongHongVillages))

    /// Xã Đức Thịnh (18277, Hà Tĩnh): 42 villages, 41,401 people (figures from its report).
    public static let ducThinh = DemoCommunePlan(
        code: "18277", type: "Xã", name: "Đức Thịnh", provinceCode: "42", provinceName: haTinhName,
        population: 41_401, villageCount: 42, cccdPlaceCode: "042", cccdBlock: 114,
        highSchool: "Trường THPT Đức Thọ", villageSpecs: specs(DemoPlaceTables.ducThinhVillages))

    /// The four seed communes.
    public static var seeds: [DemoCommunePlan] { [chiMinh, phuThai, thuongHong, ducThinh] }

    /// Hải Phòng's population after the merger of 1/7/2025 (NQ 202/2025/QH15).
    public static let haiPhongPopulation = 4_664_124

    /// Every commune of a province with demo populations and village counts. Only Hải Phòng
    /// ("31", 114 communes, ≈ 4.66 M people) is available; nil for other provinces.
    /// The seed communes keep their own figures; Bạch Long Vĩ (an island of about a thousand
    /// people) gets 3 villages, every other commune 15–40.
    public static func provinceScale(provinceCode: String = "31") -> DemoProvincePlan? {
        guard provinceCode == "31" else { return nil }
        return haiPhongPlan
    }

    private static let haiPhongPlan: DemoProvincePlan = buildHaiPhong()

    private static func buildHaiPhong() -> DemoProvincePlan {
        let fixed: [String: DemoCommunePlan] = [chiMinh.code: chiMinh, phuThai.code: phuThai, thuongHong.code: thuongHong]
        let bachLongVi = "11948"
        // Raw sizes by kind of unit, jittered ±20 %, then scaled so the total is exact.
        var raw: [Double] = []
        var fixedTotal = 1_000 // Bạch Long Vĩ
        for entry in DemoPlaceTables.haiPhongCommunes {
            if let plan = fixed[entry.code] { fixedTotal += plan.population; raw.append(0); continue }
            if entry.code == bachLongVi { raw.append(0); continue }
            let base: Double
            switch entry.type {
            case "Phường": base = entry.code >= "11311" && entry.code <= "11473" ? 62_000 : 44_000
            case "Đặc khu": base = 36_000
            default: base = 33_000
            }
            var rng = SeededGenerator(seed: planSeed).derived("population/" + entry.code)
            raw.append(base * (0.8 + 0.4 * rng.demoUnit()))
        }
        let sizes = apportion(haiPhongPopulation - fixedTotal, weights: raw)
        var communes: [DemoCommunePlan] = []
        for (i, entry) in DemoPlaceTables.haiPhongCommunes.enumerated() {
            if let plan = fixed[entry.code] { communes.append(plan); continue }
            let population = entry.code == bachLongVi ? 1_000 : sizes[i]
            let perVillage: Double = entry.type == "Phường" ? 2_200 : 1_350
            let villages = entry.code == bachLongVi ? 3 : min(40, max(15, Int((Double(population) / perVillage).rounded())))
            communes.append(DemoCommunePlan(
                code: entry.code, type: entry.type, name: entry.name, provinceCode: "31", provinceName: haiPhongName,
                population: population, villageCount: villages, cccdPlaceCode: haiPhongPlaceCode(entry.code),
                cccdBlock: i, highSchool: nil, villageSpecs: nil))
        }
        return DemoProvincePlan(provinceCode: "31", provinceName: haiPhongName, communes: communes)
    }

    /// Former Hải Dương communes (codes below 11311) register births under "030", the rest "031".
    static func haiPhongPlaceCode(_ code: String) -> String {
        code < "11311" ? "030" : "031"
    }

    /// A Hải Phòng commune's CCCD block is its position in the province list, so the seed
    /// communes keep the same block in the province plan.
    static func haiPhongBlock(_ code: String) -> Int {
        DemoPlaceTables.haiPhongCommunes.firstIndex { $0.code == code }!
    }

    private static func specs(_ list: [(type: String, name: String)]) -> [DemoCommunePlan.VillageSpec] {
        list.map { DemoCommunePlan.VillageSpec(type: $0.type, name: $0.name) }
    }

    /// Village names for a commune without an explicit list: pool names without repetition;
    /// wards use "Tổ dân phố" (named or numbered), communes mostly "Thôn".
    static func derivedVillageSpecs(for plan: DemoCommunePlan, using rng: inout SeededGenerator) -> [DemoCommunePlan.VillageSpec] {
        let count = plan.villageCount
        var pool = DemoPlaceTables.villageNamePool
        rng.demoShuffle(&pool)
        let urban = plan.type == "Phường"
        let numbered = plan.code == "11948" || (urban && rng.demoChance(0.4)) || count > pool.count
        var result: [DemoCommunePlan.VillageSpec] = []
        result.reserveCapacity(count)
        for i in 0..<count {
            let name = numbered ? String(i + 1) : pool[i]
            let type: String
            if urban || plan.code == "11948" {
                type = "Tổ dân phố"
            } else if plan.type == "Đặc khu" {
                type = rng.demoChance(0.5) ? "Tổ dân phố" : "Thôn"
            } else {
                type = rng.demoChance(0.08) ? "Khu dân cư" : "Thôn"
            }
            result.append(.init(type: type, name: name))
        }
        return result
    }

    /// Splits `total` into integer parts proportional to `weights` (largest remainder).
    static func apportion(_ total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in 0 } }
        var parts = weights.map { Int((Double(total) * $0 / sum).rounded(.down)) }
        var remainder = total - parts.reduce(0, +)
        let order = weights.indices.sorted {
            let a = Double(total) * weights[$0] / sum - Double(parts[$0])
            let b = Double(total) * weights[$1] / sum - Double(parts[$1])
            return a != b ? a > b : $0 < $1
        }
        var k = 0
        while remainder > 0 {
            parts[order[k % order.count]] += 1
            remainder -= 1
            k += 1
        }
        return parts
    }
}

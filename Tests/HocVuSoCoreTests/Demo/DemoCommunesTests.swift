import Foundation
import HocVuSoCore
import Testing

@Suite("Demo communes")
struct DemoCommunesTests {
    /// The rows of shared/data/vn-admin-units-2025.csv for the seed communes, as checked when the
    /// plans were written (the CSV itself is cross-checked below when it can be found).
    static let expectedSeeds: [(code: String, province: String, type: String, name: String)] = [
        ("11131", "31", "Xã", "Chí Minh"),
        ("10750", "31", "Xã", "Phú Thái"),
        ("10993", "31", "Xã", "Thượng Hồng"),
        ("18277", "42", "Xã", "Đức Thịnh"),
    ]

    @Test func seedCommunesMatchTheUnitList() {
        let seeds = DemoCommunes.seeds
        #expect(seeds.count == 4)
        for (plan, expected) in zip(seeds, Self.expectedSeeds) {
            #expect(plan.code == expected.code)
            #expect(plan.provinceCode == expected.province)
            #expect(plan.type == expected.type)
            #expect(plan.name == expected.name)
            #expect(plan.unit.level == .commune && plan.unit.code == plan.code)
        }
        #expect(DemoCommunes.chiMinh.villageCount == 20)
        #expect(DemoCommunes.ducThinh.villageCount == 42)
        #expect(Set(seeds.map(\.cccdBlock)).count == 4)
    }

    @Test func ducThinhHas42VillagesAndAbout41400People() {
        let villages = DemoCommunes.ducThinh.villages()
        #expect(villages.count == 42)
        let total = villages.reduce(0) { $0 + $1.population }
        #expect(abs(Double(total) - 41_400) / 41_400 < 0.01, "population \(total)")
        #expect(DemoFixtures.ducThinh.residents.count == total, "the generator produces the planned population")
    }

    @Test func villagesAreWellFormed() {
        for commune in DemoCommunes.seeds + DemoCommunes.provinceScale()!.communes.prefix(30) {
            let villages = commune.villages()
            #expect(villages.count == commune.villageCount)
            #expect(villages.reduce(0) { $0 + $1.population } == commune.population)
            #expect(Set(villages.map(\.name)).count == villages.count, "distinct names in \(commune.name)")
            for (i, village) in villages.enumerated() {
                let suffix = i + 1 < 10 ? "0\(i + 1)" : "\(i + 1)"
                #expect(village.code == "\(commune.code)-\(suffix)")
                #expect(["Thôn", "Tổ dân phố", "Khu dân cư"].contains(village.type))
                #expect(village.population > 0)
                #expect(village.unit.level == .village && village.unit.parentCode == commune.code)
                #expect(village.unit.provinceCode == commune.provinceCode)
                #expect(village.name == village.name.precomposedStringWithCanonicalMapping)
            }
        }
    }

    @Test func provinceScalePlanCoversHaiPhong() throws {
        #expect(DemoCommunes.provinceScale(provinceCode: "01") == nil)
        let plan = try #require(DemoCommunes.provinceScale(provinceCode: "31"))
        #expect(plan.provinceCode == "31")
        #expect(plan.communes.count == 114)
        #expect(plan.communes.allSatisfy { $0.provinceCode == "31" && $0.provinceName == "Thành phố Hải Phòng" })
        #expect(Set(plan.communes.map(\.code)).count == 114)
        #expect(plan.communes.allSatisfy { $0.code.count == 5 && $0.code.allSatisfy(\.isNumber) })
        #expect(Double(abs(plan.population - 4_600_000)) / 4_600_000 < 0.03, "population \(plan.population)")
        for commune in plan.communes where commune.code != "11948" {
            #expect((15...40).contains(commune.villageCount), "\(commune.fullName): \(commune.villageCount) villages")
            #expect(commune.population > 10_000)
        }
        // The seed communes appear with the same figures.
        for seed in DemoCommunes.seeds where seed.provinceCode == "31" {
            #expect(plan.communes.first { $0.code == seed.code } == seed)
        }
        // CCCD blocks are distinct across the province and from Đức Thịnh's.
        let blocks = plan.communes.map(\.cccdBlock) + [DemoCommunes.ducThinh.cccdBlock]
        #expect(Set(blocks).count == blocks.count)
        #expect(blocks.allSatisfy { (0..<200).contains($0) })
        let types = Dictionary(grouping: plan.communes, by: \.type).mapValues(\.count)
        #expect(types == ["Xã": 67, "Phường": 45, "Đặc khu": 2])
    }

    /// Cross-checks the plans against the unit list when the CSV is reachable.
    @Test func plansMatchTheCSVWhenAvailable() throws {
        let rows = try #require(Self.unitRows(), "the official unit list is missing from Sources/HocVuSoStore/Resources")
        let byCode = Dictionary(uniqueKeysWithValues: rows.map { ($0.code, $0) })
        for plan in DemoCommunes.seeds + DemoCommunes.provinceScale()!.communes {
            let row = try #require(byCode[plan.code], "\(plan.code) in the CSV")
            #expect(row.province == plan.provinceCode)
            #expect(row.provinceName == plan.provinceName)
            #expect(row.type == plan.type)
            #expect(Self.modernTones(row.name) == plan.fullName, "\(row.name) vs \(plan.fullName)")
        }
        #expect(rows.filter { $0.province == "31" }.count == DemoCommunes.provinceScale()!.communes.count)
    }

    // MARK: Helpers

    struct Row { let province, provinceName, code, name, type: String }

    static func unitRows() -> [Row]? {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        // The copy shipped with the product (the store loads it on start).
        var candidates = [
            repo.appendingPathComponent("Sources/HocVuSoStore/Resources/vn-admin-units-2025.csv").path,
        ]
        if let path = ProcessInfo.processInfo.environment["HOCVUSO_UNITS_CSV"] { candidates.insert(path, at: 0) }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }),
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5 else { return nil }
            return Row(province: f[0], provinceName: f[1], code: f[2], name: f[3], type: f[4])
        }
    }

    /// "Hoà" → "Hòa", "Thuỷ" → "Thủy" (tone on the second vowel of open "oa", "oe", "uy").
    static func modernTones(_ text: String) -> String {
        let map: [String: String] = [
            "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
            "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
            "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
        ]
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let w = String(word)
            guard !w.lowercased().hasPrefix("qu"), w.count >= 2 else { return w }
            let tail = String(w.suffix(2))
            guard let modern = map[tail] else { return w }
            return String(w.dropLast(2)) + modern
        }.joined(separator: " ")
    }
}

import Foundation
import HocVuSoCore

/// The plans the demo ships: the national targets of Kế hoạch 01-KH/BCĐTW for 2025 and 2026, and Thượng Hồng's
/// own plan (stricter than the nation's, as a commune may be).
public enum DemoPlans {
    struct Spec {
        var unit: String
        var year: Int
        var number: String
        var issued: CivilDate
        var title: String
        var targets: [(String, Comparison, Double)]
    }

    static let specs: [Spec] = [
        Spec(unit: "", year: 2025, number: "01-KH/BCĐTW", issued: CivilDate(year: 2025, month: 6, day: 9)!,
             title: "Kế hoạch triển khai phong trào “Bình dân học vụ số” (mục tiêu năm 2025)",
             // "100% of secondary and university students" has no counterpart in the all-pupils group; it is left out.
             targets: [("officials_skilled_pct", .atLeast, 80), ("adults_skilled_pct", .atLeast, 80),
                       ("workers_skilled_pct", .atLeast, 80)]),
        Spec(unit: "", year: 2026, number: "01-KH/BCĐTW", issued: CivilDate(year: 2025, month: 6, day: 9)!,
             title: "Kế hoạch triển khai phong trào “Bình dân học vụ số” (mục tiêu năm 2026)",
             targets: [("officials_skilled_pct", .atLeast, 100), ("students_skilled_pct", .atLeast, 100),
                       ("adults_skilled_pct", .atLeast, 100), ("workers_skilled_pct", .atLeast, 100)]),
        Spec(unit: "10993", year: 2025, number: "…/KH-UBND", issued: CivilDate(year: 2025, month: 7, day: 15)!,
             title: "Kế hoạch triển khai phong trào “Bình dân học vụ số” trên địa bàn xã Thượng Hồng",
             targets: [("officials_skilled_pct", .atLeast, 100), ("students_skilled_pct", .above, 90),
                       ("adults_skilled_pct", .above, 80), ("adults_smartphone_pct", .atLeast, 85),
                       ("workers_skilled_pct", .above, 80), ("vneid_l2_16plus_pct", .atLeast, 100)]),
    ]

    /// Saves the plans that are not there yet (a plan whose unit is not in the store is skipped).
    public static func load(into store: Store) async throws {
        let directory = store.directory
        for spec in specs where spec.unit.isEmpty || directory[spec.unit] != nil {
            guard try await !store.targets.hasPlan(unit: spec.unit, year: spec.year, number: spec.number) else { continue }
            let plan = Plan(id: UUID(), unitCode: spec.unit, year: spec.year, number: spec.number, issuedOn: spec.issued, title: spec.title)
            let targets = spec.targets.map {
                Target(planID: plan.id, unitCode: spec.unit, year: spec.year, indicator: $0.0, comparison: $0.1, value: $0.2)
            }
            try await store.targets.save(plan, targets: targets) { code in directory.path(to: code).map(\.code) }
        }
    }
}

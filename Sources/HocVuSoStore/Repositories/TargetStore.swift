import Foundation
import HocVuSoCore
import SQLKit

/// Plans and their targets. A target is checked against the one inherited from the level above when it is saved.
public struct TargetStore: Sendable {
    let database: Database
    let clock: any WallClock

    public init(_ database: Database, clock: any WallClock = SystemWallClock()) {
        self.database = database
        self.clock = clock
    }

    /// Saves a plan and its targets in one transaction. `ancestry(unit)` gives a unit's path from the province down
    /// (without the nation); each target must be for the plan's unit or a unit under it, and no looser than the
    /// target that applies above it.
    public func save(_ plan: Plan, targets: [Target], ancestry: @Sendable (String) -> [String]) async throws {
        try TargetRules.checkPlan(plan)
        let now = clock.now()
        try await database.write { sql in
            let existing = try await Self.targets(year: plan.year, sql)
            var known = existing
            for target in targets {
                guard target.year == plan.year, target.planID == plan.id,
                      plan.unitCode.isEmpty || ancestry(target.unitCode).contains(plan.unitCode) else {
                    throw DomainError(.invalid, code: "target.unit", message: Strings.targetUnitOutside)
                }
                // What applies to the unit from above: targets of its ancestors (not its own), of any plan.
                let above = Array(ancestry(target.unitCode).dropLast())
                let inherited = target.unitCode.isEmpty ? nil
                    : TargetRules.effective(indicator: target.indicator, path: above, targets: known.filter { $0.unitCode != target.unitCode })
                try TargetRules.check(target, inherited: inherited)
                known.append(target)
            }
            try await sql.insert(into: "plans").columns("id", "unit_code", "year", "number", "issued_on", "title", "created_at")
                .values(SQLBind(plan.id.uuidString), SQLBind(plan.unitCode), SQLBind(plan.year), SQLBind(plan.number),
                        SQLBind(plan.issuedOn.iso), SQLBind(plan.title), SQLBind(Timestamp.string(now))).run()
            for chunk in targets.chunked(200) where !chunk.isEmpty {
                let insert = sql.insert(into: "targets").columns("plan_id", "unit_code", "year", "indicator", "comparison", "value")
                for t in chunk {
                    insert.values(SQLBind(t.planID.uuidString), SQLBind(t.unitCode), SQLBind(t.year), SQLBind(t.indicator),
                                  SQLBind(t.comparison.rawValue), SQLBind(t.value))
                }
                try await insert.run()
            }
        }
    }

    /// Every target of a year (they are few: a handful per unit that has a plan).
    public func targets(year: Int) async throws -> [Target] {
        try await database.read { try await Self.targets(year: year, $0) }
    }

    static func targets(year: Int, _ sql: any SQLDatabase) async throws -> [Target] {
        try await sql.select().columns("plan_id", "unit_code", "year", "indicator", "comparison", "value").from("targets")
            .where("year", .equal, year).all().map { row in
                Target(planID: try row.uuid("plan_id"), unitCode: try row.text("unit_code"), year: try row.integer("year"),
                       indicator: try row.text("indicator"),
                       comparison: Comparison(rawValue: try row.text("comparison")) ?? .atLeast,
                       value: try row.decode(column: "value", as: Double.self))
            }
    }

    /// The plans that concern a unit's path (the nation's, its province's, its commune's, its own), for a year.
    public func plans(units: [String], year: Int) async throws -> [Plan] {
        try await database.read { sql in
            try await sql.select().columns("id", "unit_code", "year", "number", "issued_on", "title").from("plans")
                .where("year", .equal, year).where("unit_code", .in, units + [""]).orderBy("issued_on").all().map { row in
                    Plan(id: try row.uuid("id"), unitCode: try row.text("unit_code"), year: try row.integer("year"),
                         number: try row.text("number"), issuedOn: try row.civilDate("issued_on"), title: try row.text("title"))
                }
        }
    }

    public func hasPlan(unit: String, year: Int, number: String) async throws -> Bool {
        try await database.read { sql in
            try await sql.select().column("id").from("plans").where("unit_code", .equal, unit).where("year", .equal, year)
                .where("number", .equal, number).first() != nil
        }
    }
}

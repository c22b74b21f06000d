import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `GET /api/v1/units/{code}/indicators?year=&level=` and the plans and targets of a unit.
struct IndicatorAPI {
    let services: AppServices

    struct ItemJSON: Encodable, Sendable {
        var key: String
        var label: String
        var kind: String
        var value: Double?
        var numerator: Int
        var denominator: Int?
        var target: Double?
        var comparison: String?
        var targetText: String?
        var onTrack: Bool?
        var gap: Double?

        init(_ status: IndicatorStatus) {
            let definition = status.value.definition
            key = definition.key
            label = definition.label
            kind = definition.kind.rawValue
            value = status.value.value
            numerator = status.value.numerator
            denominator = status.value.denominator
            target = status.target?.value
            comparison = status.target?.comparison.rawValue
            targetText = status.target?.text
            onTrack = status.onTrack
            gap = status.gap
        }
    }

    struct UnitJSON: Encodable, Sendable {
        var code: String
        var name: String
        var items: [ItemJSON]
    }

    struct IndicatorsJSON: Encodable, Sendable {
        var code: String
        var name: String
        var year: Int
        var items: [ItemJSON]
        var children: [UnitJSON]?
    }

    struct PlanRequest: Decodable {
        struct TargetInput: Decodable {
            var indicator: String
            var comparison: String?
            var value: Double
            var unitCode: String?
        }
        var number: String
        var issuedOn: String
        var year: Int
        var title: String?
        var targets: [TargetInput]
    }

    struct PlanJSON: Encodable, Sendable {
        var id: String
        var unitCode: String
        var year: Int
        var number: String
        var issuedOn: String
        var title: String
        var targets: [TargetJSON]
    }

    struct TargetJSON: Encodable, Sendable {
        var unitCode: String
        var indicator: String
        var comparison: String
        var value: Double
    }

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}/indicators", .unit(.browseUnits)) { request, context in
            let unit = try context.authorizedUnit()
            let year = try IndicatorBoard.year(request.query("year"), today: CivilDate(services.clock.now()))
            let level = request.query("level")
            guard level == nil || level == "children" else {
                throw DomainError(.badRequest, code: "query.level", message: Strings.invalidParameter("level", level ?? ""))
            }
            let board = try await IndicatorBoard(services: services).board(unit, year: year, withChildren: level == "children")
            return JSONResponse(IndicatorsJSON(
                code: unit.code, name: unit.fullName, year: year, items: board.own.statuses.map(ItemJSON.init),
                children: level == nil ? nil : board.children.map {
                    UnitJSON(code: $0.unit.code, name: $0.unit.fullName, items: $0.statuses.map(ItemJSON.init))
                }))
        }
        routes.get("/api/v1/units/{code}/plans", .unit(.browseUnits)) { request, context in
            let unit = try context.authorizedUnit()
            let year = try IndicatorBoard.year(request.query("year"), today: CivilDate(services.clock.now()))
            let path = services.store.directory.path(to: unit.code).map(\.code)
            let plans = try await services.store.targets.plans(units: path, year: year)
            let targets = try await services.store.targets.targets(year: year)
            return JSONResponse(ItemsJSON(items: plans.map { plan in
                Self.json(plan, targets: targets.filter { $0.planID == plan.id })
            }))
        }
        routes.post("/api/v1/units/{code}/plans", .unit(.manageTargets)) { request, context in
            let unit = try context.authorizedUnit()
            let body = try await decode(PlanRequest.self, request, context)
            let (plan, targets) = try PlanInput(services: services).plan(body, unit: unit)
            try await PlanInput(services: services).save(plan, targets: targets)
            return JSONResponse(Self.json(plan, targets: targets), status: .created)
        }
    }

    static func json(_ plan: Plan, targets: [Target]) -> PlanJSON {
        PlanJSON(id: plan.id.uuidString, unitCode: plan.unitCode, year: plan.year, number: plan.number, issuedOn: plan.issuedOn.iso,
                 title: plan.title, targets: targets.map {
                     TargetJSON(unitCode: $0.unitCode, indicator: $0.indicator, comparison: $0.comparison.rawValue, value: $0.value)
                 })
    }
}

/// Turns a plan request into a plan and its targets, and saves them with the inheritance check.
struct PlanInput {
    let services: AppServices

    func plan(_ body: IndicatorAPI.PlanRequest, unit: AdminUnit) throws -> (Plan, [Target]) {
        guard let issued = CivilDate(typed: body.issuedOn) else {
            throw DomainError(.invalid, code: "plan.date", message: Strings.dateInvalid)
        }
        let plan = Plan(id: UUID(), unitCode: unit.code, year: body.year, number: body.number.trimmingCharacters(in: .whitespaces),
                        issuedOn: issued, title: body.title ?? "")
        let targets = try body.targets.map { input -> Target in
            guard let comparison = Comparison(rawValue: input.comparison ?? ">=") else {
                throw DomainError(.invalid, code: "target.comparison", message: Strings.comparisonInvalid)
            }
            return Target(planID: plan.id, unitCode: input.unitCode ?? unit.code, year: body.year, indicator: input.indicator,
                          comparison: comparison, value: input.value)
        }
        return (plan, targets)
    }

    func save(_ plan: Plan, targets: [Target]) async throws {
        let directory = services.store.directory
        try await services.store.targets.save(plan, targets: targets) { code in
            directory.path(to: code).map(\.code)
        }
    }
}

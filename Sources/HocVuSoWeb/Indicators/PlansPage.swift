import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// `GET /units/{code}/plans?year=`: the plans that concern a unit and the targets that apply to it;
/// `POST /units/{code}/plans`: records a plan from the form, all of it or nothing.
struct PlansPage {
    let services: AppServices

    struct TargetLine {
        var label: String
        var target: String
    }

    struct PlanItem {
        var heading: String
        var title: String?
        var targets: [TargetLine]
    }

    struct EffectiveRow {
        var label: String
        var target: String
        var source: String?
    }

    struct OwnInput {
        var key: String
        var label: String
        var inherited: String?
        var above: Bool
        var value: String
        var suffix: String
    }

    struct ChildInput {
        var index: Int
        var units: [Option]
        var indicators: [Option]
        var above: Bool
        var value: String
    }

    struct FormModel {
        var csrf: String
        var action: String
        var number: String
        var issuedOn: String
        var title: String
        var years: [Option]
        var own: [OwnInput]
        var childTitle: String?
        var children: [ChildInput]
    }

    struct Model {
        var heading: String
        var unitName: String
        var year: String
        var years: [Option]
        var action: String
        var dashboardHref: String
        var effective: [EffectiveRow]
        var plans: [PlanItem]
        var noPlans: String
        var problemsTitle: String?
        var problems: [String]
        var form: FormModel?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> HTML {
        let unit = try context.authorizedUnit()
        let year = try IndicatorBoard.year(request.query("year"), today: services.today)
        let flash = request.query("done") == "plan-saved" ? Strings.planSaved : Flash.message(request.query("done"))
        return try await render(unit, year: year, form: PlanForm(year: year, today: services.today), problems: [],
                                context: context, flash: flash)
    }

    func create(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let data = try await request.form()
        let unit = try context.authorizedUnit()
        let form = PlanForm(data)
        let fallbackYear = Int(form.year).flatMap { TargetRules.years.contains($0) ? $0 : nil } ?? services.today.year
        let problems = try await check(form, unit: unit)
        guard problems.isEmpty else {
            return try await render(unit, year: fallbackYear, form: form, problems: problems, context: context)
                .response(from: request, context: context)
        }
        do {
            let parsed = form.targets(units: childUnits(unit))
            let body = IndicatorAPI.PlanRequest(number: form.number, issuedOn: form.issuedOn, year: fallbackYear,
                                                title: form.title, targets: parsed.inputs.map(\.input))
            let (plan, targets) = try PlanInput(services: services).plan(body, unit: unit)
            try await PlanInput(services: services).save(plan, targets: targets)
            return try SeeOther("/units/\(unit.code)/plans?year=\(plan.year)&done=plan-saved").response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid || error.kind == .conflict {
            return try await render(unit, year: fallbackYear, form: form, problems: [error.message], context: context)
                .response(from: request, context: context)
        }
    }

    /// Every problem of the form at once, with the checks the store makes when it saves (so nothing is half saved).
    func check(_ form: PlanForm, unit: AdminUnit) async throws -> [String] {
        var problems: [String] = []
        let year = Int(form.year) ?? 0
        let yearValid = TargetRules.years.contains(year)
        if !yearValid {
            problems.append(Int(form.year) == nil ? Strings.planYearNumber
                : Strings.targetYearInvalid(TargetRules.years.lowerBound, TargetRules.years.upperBound))
        }
        if CivilDate(typed: form.issuedOn) == nil { problems.append(Strings.dateInvalid) }
        let number = form.number.trimmingCharacters(in: .whitespaces)
        if number.isEmpty || number.count > 60 { problems.append(Strings.planNumberRequired) }
        if form.title.count > 300 { problems.append(Strings.fieldTooLong(300)) }
        if yearValid, !number.isEmpty, try await services.store.targets.hasPlan(unit: unit.code, year: year, number: number) {
            problems.append(Strings.planDuplicate(number, year))
        }
        let parsed = form.targets(units: childUnits(unit))
        problems += parsed.problems
        if parsed.inputs.isEmpty && parsed.problems.isEmpty { problems.append(Strings.planTargetsRequired) }
        guard yearValid else { return problems }
        let directory = services.store.directory
        var known = try await services.store.targets.targets(year: year)
        for (input, row) in parsed.inputs {
            let target = Target(planID: UUID(), unitCode: input.unitCode ?? unit.code, year: year, indicator: input.indicator,
                                comparison: Comparison(rawValue: input.comparison ?? ">=") ?? .atLeast, value: input.value)
            let above = Array(directory.path(to: target.unitCode).map(\.code).dropLast())
            let inherited = TargetRules.effective(indicator: target.indicator, path: above,
                                                  targets: known.filter { $0.unitCode != target.unitCode })
            do {
                try TargetRules.check(target, inherited: inherited)
                known.append(target)
            } catch let error as DomainError {
                problems.append(error.code == "target.looser" && input.unitCode == nil ? error.message : Strings.targetProblem(row, error.message))
            }
        }
        return problems
    }

    /// The units the second section of the form may give their own targets: the open units directly below.
    func childUnits(_ unit: AdminUnit) -> [AdminUnit] {
        IndicatorBoard.children(of: unit, services.store.directory)
    }

    func render(_ unit: AdminUnit, year: Int, form: PlanForm, problems: [String], context: AppContext,
                flash: String? = nil) async throws -> HTML {
        let account = try context.account()
        let directory = services.store.directory
        let path = directory.path(to: unit.code).map(\.code)
        async let planList = services.store.targets.plans(units: path, year: year)
        async let targetList = services.store.targets.targets(year: year)
        let (plans, targets) = try await (planList, targetList)
        let planByID = Dictionary(uniqueKeysWithValues: plans.map { ($0.id, $0) })
        func unitName(_ code: String) -> String { code.isEmpty ? Strings.nationLevel : services.unitName(code) }
        /// A target concerns the unit when it is set for the unit, a unit above it, the nation, or a unit below it.
        func concerns(_ code: String) -> Bool { code.isEmpty || path.contains(code) || directory.contains(code, under: unit.code) }
        let effective = IndicatorDefinition.all.map { definition -> EffectiveRow in
            let target = TargetRules.effective(indicator: definition.key, path: path, targets: targets)
            return EffectiveRow(label: definition.label,
                                target: target.map { StatusText.targetText($0.comparison, $0.value, kind: definition.kind) } ?? Strings.noTarget,
                                source: target.flatMap { t in planByID[t.planID].map { Strings.planSource($0.number, unitName($0.unitCode)) } })
        }
        let items = plans.map { plan in
            PlanItem(heading: Strings.planHeading(plan.number, VietnameseFormat.date(plan.issuedOn), unitName(plan.unitCode)),
                     title: plan.title.isEmpty ? nil : plan.title,
                     targets: targets.filter { $0.planID == plan.id && (concerns($0.unitCode)) }
                        .map { t in
                            let kind = IndicatorDefinition.named(t.indicator)?.kind ?? .percent
                            let label = Strings.indicatorLabel(t.indicator)
                            return TargetLine(label: t.unitCode == plan.unitCode ? label : "\(label) – \(unitName(t.unitCode))",
                                              target: StatusText.targetText(t.comparison, t.value, kind: kind))
                        })
        }
        let model = Model(
            heading: Strings.plansTitle(unit.fullName), unitName: unit.fullName, year: String(year),
            years: TargetRules.years.map { Option(value: String($0), label: String($0), selected: $0 == year) },
            action: "/units/\(unit.code)/plans", dashboardHref: "/units/\(unit.code)/dashboard?year=\(year)",
            effective: effective, plans: items, noPlans: Strings.noPlans(year),
            problemsTitle: problems.isEmpty ? nil : Strings.planFormProblems, problems: problems,
            form: account.role.may(.manageTargets) ? formModel(unit, form: form, year: year, path: path, targets: targets, context: context) : nil)
        return try services.render("plans", model, layout: services.layout(Strings.plansTitle(unit.fullName), context: context, unit: unit, flash: flash),
                                   status: problems.isEmpty ? .ok : .unprocessableContent)
    }

    func formModel(_ unit: AdminUnit, form: PlanForm, year: Int, path: [String], targets: [Target], context: AppContext) -> FormModel {
        let above = Array(path.dropLast())
        let others = targets.filter { $0.unitCode != unit.code }
        let children = childUnits(unit)
        return FormModel(
            csrf: context.csrfToken, action: "/units/\(unit.code)/plans", number: form.number, issuedOn: form.issuedOn, title: form.title,
            years: TargetRules.years.map { Option(value: String($0), label: String($0), selected: String($0) == form.year) },
            own: IndicatorDefinition.all.map { definition in
                let inherited = TargetRules.effective(indicator: definition.key, path: above, targets: others)
                let typed = form.own[definition.key] ?? PlanForm.Own()
                return OwnInput(key: definition.key, label: definition.label,
                                inherited: inherited.map { StatusText.targetText($0.comparison, $0.value, kind: definition.kind) },
                                above: typed.comparison == Comparison.above.rawValue, value: typed.value,
                                suffix: definition.kind == .percent ? "%" : "")
            },
            childTitle: unit.level.child.flatMap { children.isEmpty ? nil : Strings.childTargetsSection(Strings.levelLabel($0)) },
            children: children.isEmpty ? [] : form.children.enumerated().map { i, row in
                ChildInput(index: i,
                           units: children.map { Option(value: $0.code, label: $0.fullName, selected: $0.code == row.unit) },
                           indicators: IndicatorDefinition.all.map { Option(value: $0.key, label: $0.label, selected: $0.key == row.indicator) },
                           above: row.comparison == Comparison.above.rawValue, value: row.value)
            })
    }
}

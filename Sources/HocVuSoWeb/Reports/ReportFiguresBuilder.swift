import Foundation
import HocVuSoCore
import HocVuSoStore

/// Gathers a commune report's figures for a period from the data: counts of the period's rows, the documents
/// issued (from the register), the villages' counters, and the indicators against their targets for the year the
/// period ends in.
struct ReportFiguresBuilder {
    let services: AppServices

    func figures(commune: AdminUnit, from: CivilDate, to: CivilDate) async throws -> ReportFigures {
        let store = services.store
        let period = try await store.reportData.figures(communeCode: commune.code, from: from, to: to)
        var figures = ReportFigures(values: period.values)
        for category in store.catalog.all(for: commune.code) { figures.categoryLabels[category.key] = category.label }
        figures.documents = try await store.documents.issued(unitCode: commune.code, from: from, to: to).map {
            ReportFigures.DocumentLine(typeName: $0.type.name, numberText: $0.numberText,
                                       date: $0.issuedOn, summary: $0.summary)
        }
        figures.values["documents"] = Double(figures.documents.count)
        let villages = services.activeVillages(of: commune.code)
        let counts = try await store.rollups.counts(units: [commune.code] + villages.map(\.code))
        figures.villages = villages.map { village in
            let c = counts[village.code] ?? [:]
            let skilled = TargetGroup.allCases.reduce(0) { $0 + (c[RollupStore.Metric.skilled($1)] ?? 0) }
            return ReportFigures.VillageLine(code: village.code, name: village.fullName, residents: c[RollupStore.Metric.residents] ?? 0,
                                             skilled: skilled, sessions: period.sessionsByUnit[village.code] ?? 0,
                                             householdsVisited: c[RollupStore.Metric.householdsVisited] ?? 0,
                                             hasTeam: period.villagesWithTeam.contains(village.code))
        }
        figures.values["residents"] = Double(counts[commune.code]?[RollupStore.Metric.residents] ?? 0)
        let year = TargetRules.years.contains(to.year) ? to.year : today().year
        let board = try await IndicatorBoard(services: services).board(commune, year: year, withChildren: false)
        figures.indicators = board.own.statuses.map { status in
            let text = StatusText(status)
            if let value = status.value.value { figures.values["indicator.\(text.key)"] = value }
            return ReportFigures.IndicatorLine(key: text.key, label: status.value.definition.label, value: text.value,
                                               target: text.target, status: text.verdict)
        }
        return figures
    }

    func today() -> CivilDate { CivilDate(services.clock.now()) }
}

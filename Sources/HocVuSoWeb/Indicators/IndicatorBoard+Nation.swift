import Foundation
import HocVuSoCore
import HocVuSoStore

extension IndicatorBoard {
    /// The nation's figures (the provinces' counters summed) against the national targets, and each open province.
    func nation(year: Int) async throws -> (own: [IndicatorStatus], provinces: [Row]) {
        let directory = services.store.directory
        let provinces = directory.provinceCodes.compactMap { directory[$0] }.filter { $0.status == .active }
        let codes = provinces.map(\.code)
        async let measured = services.store.indicators.measures(units: codes, provinces: codes, year: year)
        async let planned = services.store.targets.targets(year: year)
        let (measures, targets) = try await (measured, planned)
        var total: [Measure: Int] = [:]
        let rows = provinces.map { province -> Row in
            var values = measures[province.code] ?? [:]
            values[.openVillages] = Self.openVillages(under: province, directory)
            total.merge(values, uniquingKeysWith: +)
            return Row(unit: province, statuses: IndicatorDefinition.all.map { definition in
                IndicatorStatus(value: IndicatorValue(definition, measures: values),
                                target: TargetRules.effective(indicator: definition.key, path: [province.code], targets: targets))
            })
        }
        let own = IndicatorDefinition.all.map { definition in
            IndicatorStatus(value: IndicatorValue(definition, measures: total),
                            target: TargetRules.effective(indicator: definition.key, path: [], targets: targets))
        }
        return (own, rows)
    }
}

import Foundation
import HocVuSoCore
import HocVuSoStore

/// The indicators of a unit, and of each unit below it, against their targets for a year — read from the live
/// counters (a few rows per unit) and the targets table. The one place dashboards, exports and the API get them.
struct IndicatorBoard {
    let services: AppServices

    struct Row: Sendable {
        let unit: AdminUnit
        let statuses: [IndicatorStatus]

        func status(_ key: String) -> IndicatorStatus? { statuses.first { $0.value.definition.key == key } }
    }

    struct Board: Sendable {
        let year: Int
        let own: Row
        let children: [Row]
    }

    /// Reads `year` from the query (this year when absent); a year outside the plans' range is refused.
    static func year(_ text: String?, today: CivilDate) throws -> Int {
        guard let text else { return today.year }
        guard let year = Int(text), TargetRules.years.contains(year) else {
            throw DomainError(.badRequest, code: "query.year", message: Strings.yearInvalid(text))
        }
        return year
    }

    /// The units a board lists below `unit`: the open villages of a commune, the open communes of a province.
    /// (The nation's board lists the provinces: see `nation(year:)`.)
    static func children(of unit: AdminUnit, _ directory: UnitDirectory) -> [AdminUnit] {
        directory.children(of: unit.code).filter { $0.status == .active }
    }

    func board(_ unit: AdminUnit, year: Int, withChildren: Bool) async throws -> Board {
        let directory = services.store.directory
        let children = withChildren && unit.level != .village ? Self.children(of: unit, directory) : []
        let units = [unit] + children
        let provinces = Array(Set(units.map(\.provinceCode)))
        async let measured = services.store.indicators.measures(units: units.map(\.code), provinces: provinces, year: year)
        async let planned = services.store.targets.targets(year: year)
        let (measures, targets) = try await (measured, planned)
        func row(_ unit: AdminUnit) -> Row {
            var values = measures[unit.code] ?? [:]
            values[.openVillages] = Self.openVillages(under: unit, directory)
            let path = directory.path(to: unit.code).map(\.code)
            return Row(unit: unit, statuses: IndicatorDefinition.all.map { definition in
                IndicatorStatus(value: IndicatorValue(definition, measures: values),
                                target: TargetRules.effective(indicator: definition.key, path: path, targets: targets))
            })
        }
        return Board(year: year, own: row(unit), children: children.map(row))
    }

    /// Open villages in or under a unit (a village counts itself).
    static func openVillages(under unit: AdminUnit, _ directory: UnitDirectory) -> Int {
        switch unit.level {
        case .village: return unit.status == .active ? 1 : 0
        case .commune: return directory.children(of: unit.code).filter { $0.level == .village && $0.status == .active }.count
        case .province: return directory.children(of: unit.code).reduce(0) { $0 + openVillages(under: $1, directory) }
        }
    }
}

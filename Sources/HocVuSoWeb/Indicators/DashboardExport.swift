import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoOffice

/// `GET /units/{code}/dashboard/export?format=xlsx|csv&table=indicators|units&year=`: a dashboard table as a file.
struct DashboardExport {
    let services: AppServices

    enum Table: String {
        case indicators, units
    }

    func export(_ request: Request, _ context: AppContext) async throws -> Download {
        let unit = try context.authorizedUnit()
        let format = try ActivityExport.format(request)
        let tableText = request.query("table") ?? Table.indicators.rawValue
        guard let table = Table(rawValue: tableText) else {
            throw DomainError(.badRequest, code: "query.table", message: Strings.invalidParameter("table", tableText))
        }
        let year = try IndicatorBoard.year(request.query("year"), today: services.today)
        if table == .units, unit.level == .village {
            throw DomainError(.badRequest, code: "query.table", message: Strings.unitsTableNeedsChildren)
        }
        let board = try await IndicatorBoard(services: services).board(unit, year: year, withChildren: table == .units)
        switch table {
        case .indicators:
            return try ActivityExport.file(sheet: Strings.indicatorsSheet, header: Strings.indicatorExportHeader,
                                           rows: board.own.statuses.map(Self.indicatorRow), format: format,
                                           name: Self.fileName(Strings.indicatorFilePrefix, unit: unit, year: year))
        case .units:
            let keys = IndicatorDefinition.all.map(\.key)
            let header = [Strings.columnCode, Strings.columnUnit, Strings.columnBehind] + keys.map(Strings.indicatorLabel)
            let rows: [[CellValue]] = UnitsTable.sorted(board.children, by: nil).map { row in
                [.text(row.unit.code), .text(row.unit.fullName), .integer(UnitsTable.behind(row))]
                    + keys.map { key in row.status(key).map(Self.valueCell) ?? .empty }
            }
            return try ActivityExport.file(sheet: Strings.unitsSheet, header: header, rows: rows, format: format,
                                           name: Self.fileName(Strings.unitsFilePrefix, unit: unit, year: year))
        }
    }

    /// Code, label, numerator, denominator, value, comparison, target, what is missing, verdict.
    static func indicatorRow(_ status: IndicatorStatus) -> [CellValue] {
        let text = StatusText(status)
        return [.text(text.key), .text(text.definition.label), .integer(status.value.numerator),
                status.value.denominator.map(CellValue.integer) ?? .empty, valueCell(status),
                status.target.map { .text($0.comparison.symbol) } ?? .empty, status.target.map { .decimal($0.value) } ?? .empty,
                text.needed.map(CellValue.integer) ?? .empty, .text(text.verdict)]
    }

    static func valueCell(_ status: IndicatorStatus) -> CellValue {
        guard let value = status.value.value else { return .empty }
        return status.value.definition.kind == .percent ? .decimal(value) : .integer(Int(value))
    }

    /// "chi-tieu-11131-2026".
    static func fileName(_ prefix: String, unit: AdminUnit, year: Int) -> String {
        [prefix, unit.code, String(year)].joined(separator: "-").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}

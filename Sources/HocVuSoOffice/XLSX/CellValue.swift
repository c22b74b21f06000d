import HocVuSoCore

/// A typed cell for `XLSXWriter`. Integers and decimals are Excel numbers (exact up to 15 digits, so write
/// ID numbers such as CCCD as `.text`); dates are real Excel dates shown as dd/mm/yyyy.
public enum CellValue: Sendable, Equatable {
    case empty
    case text(String)
    case integer(Int)
    case decimal(Double)
    case date(CivilDate)
}

extension CellValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .decimal(value) }
}

/// One worksheet to write: a bold, frozen header row, then the rows.
public struct XLSXSheet: Sendable, Equatable {
    /// Made valid for Excel when written (at most 31 characters, none of : \ / ? * [ ], unique).
    public var name: String
    /// Written as row 1 in bold and frozen; leave empty for a sheet without a header.
    public var header: [String]
    public var rows: [[CellValue]]
    /// Column widths in characters; a missing or nil entry is fitted to the content (6–60).
    public var columnWidths: [Double?]

    public init(name: String, header: [String] = [], rows: [[CellValue]] = [], columnWidths: [Double?] = []) {
        self.name = name
        self.header = header
        self.rows = rows
        self.columnWidths = columnWidths
    }
}

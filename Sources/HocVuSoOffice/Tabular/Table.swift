/// One sheet of a spreadsheet (or a whole CSV file) as plain cell texts.
///
/// `rows[i]` is sheet row `i + 1` (blank rows in the middle are kept as rows of empty strings, so
/// row numbers match what the user sees in Excel). Every row has the same number of cells.
/// Readers drop trailing blank rows and trailing blank columns.
public struct Table: Sendable, Equatable {
    /// The sheet name (for a CSV file: the file name without its extension).
    public var name: String
    public var rows: [[String]]
    /// Hidden or "very hidden" sheets in Excel; importers usually skip them.
    public var isHidden: Bool

    /// Pads ragged rows with empty cells to the widest row.
    public init(name: String, rows: [[String]], isHidden: Bool = false) {
        self.name = name
        self.isHidden = isHidden
        let width = rows.reduce(0) { max($0, $1.count) }
        self.rows = rows.map { row in
            row.count == width ? row : row + Array(repeating: "", count: width - row.count)
        }
    }

    public var columnCount: Int { rows.first?.count ?? 0 }

    /// The cell at a 0-based position, or "" outside the table.
    public subscript(row: Int, column: Int) -> String {
        guard rows.indices.contains(row), rows[row].indices.contains(column) else { return "" }
        return rows[row][column]
    }

    /// Excel's column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA".
    public static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// Excel's cell name for 0-based indices: (row 3, column 1) → "B4".
    public static func cellReference(row: Int, column: Int) -> String {
        columnLetters(column) + String(row + 1)
    }
}

extension Table {
    /// Drops trailing blank rows and trailing blank columns, then pads to a rectangle.
    init(trimming rawRows: [[String]], name: String, isHidden: Bool = false) {
        var rows = rawRows
        for i in rows.indices {
            while let last = rows[i].last, last.isEmpty { rows[i].removeLast() }
        }
        while let last = rows.last, last.isEmpty { rows.removeLast() }
        self.init(name: name, rows: rows, isHidden: isHidden)
    }
}

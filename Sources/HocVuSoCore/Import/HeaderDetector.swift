/// The header row of a resident list, as found in the file.
public struct DetectedHeader: Sendable, Equatable {
    /// 0-based index of the (first) header row in the rows given.
    public var row: Int
    /// How many rows the header takes: 1, 2 when a second row splits "Ngày sinh" into "Nam"/"Nữ", plus 1 when a
    /// row of column numbers ("1", "2", … or "(1)", "(2)", …) follows.
    public var rowCount: Int
    /// One text per column; for a two-row header "Ngày sinh - Nam", or the lower text when the upper cell is empty.
    public var headers: [String]
    /// 0-based index of the first data row.
    public var firstDataRow: Int { row + rowCount }
}

/// Finds the header row under the issuing-body line, the merged title and blank rows that commune files start with.
public enum HeaderDetector {
    /// Header rows further down than this are not looked for.
    public static let searchDepth = 15

    /// The first row within `searchDepth` whose cells name at least two known columns.
    public static func findHeaderRow(rows: [[String]]) -> Int? {
        rows.prefix(searchDepth).firstIndex { knownHeaderCount($0) >= 2 }
    }

    /// The header row, a second header row if there is one, and the headers to map.
    public static func detect(rows: [[String]]) -> DetectedHeader? {
        guard let row = findHeaderRow(rows: rows) else { return nil }
        var headers = rows[row].map { VietnameseText.normalize($0) }
        var count = 1
        if row + 1 < rows.count, isSubHeader(rows[row + 1]) {
            let lower = rows[row + 1].map { VietnameseText.normalize($0) }
            if lower.count > headers.count {
                headers += Array(repeating: "", count: lower.count - headers.count)
            }
            for (i, text) in lower.enumerated() where !text.isEmpty {
                headers[i] = headers[i].isEmpty ? text : "\(headers[i]) - \(text)"
            }
            count += 1
        }
        if row + count < rows.count, isColumnNumbering(rows[row + count]) {
            count += 1
        }
        return DetectedHeader(row: row, rowCount: count, headers: headers)
    }

    static func knownHeaderCount(_ cells: [String]) -> Int {
        cells.reduce(0) { n, cell in
            let key = ColumnSynonyms.key(cell)
            return n + (!key.isEmpty && ColumnSynonyms.column(forKey: key) != nil ? 1 : 0)
        }
    }

    /// A second header row: every filled cell is a known header word ("Nam", "Nữ", "Số CCCD" …).
    static func isSubHeader(_ cells: [String]) -> Bool {
        let keys = cells.map(ColumnSynonyms.key).filter { !$0.isEmpty }
        return !keys.isEmpty && keys.allSatisfy { ColumnSynonyms.exact[$0] != nil }
    }

    /// A row of column numbers under the header: at least three filled cells, each "n" or "(n)", counting up by one.
    static func isColumnNumbering(_ cells: [String]) -> Bool {
        var numbers: [Int] = []
        for cell in cells {
            var text = Substring(VietnameseText.normalize(cell))
            if text.isEmpty { continue }
            if text.hasPrefix("(") && text.hasSuffix(")") { text = text.dropFirst().dropLast() }
            guard let n = Int(text) else { return false }
            numbers.append(n)
        }
        return numbers.count >= 3 && zip(numbers, numbers.dropFirst()).allSatisfy { $0 + 1 == $1 }
    }
}

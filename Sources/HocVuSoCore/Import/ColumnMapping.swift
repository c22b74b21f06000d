/// Which column of the file (0-based index) holds what. Encodes as `{"0": "stt", "1": "fullName", …}`.
public struct ColumnMapping: Sendable, Equatable, Codable {
    public private(set) var columns: [Int: ResidentColumn]

    public init(_ columns: [Int: ResidentColumn] = [:]) {
        self.columns = columns
    }

    public subscript(index: Int) -> ResidentColumn? {
        get { columns[index] }
        set { columns[index] = newValue }
    }

    /// The first (lowest) index mapped to `column`.
    public func index(of column: ResidentColumn) -> Int? {
        columns.filter { $0.value == column }.keys.min()
    }

    public func contains(_ column: ResidentColumn) -> Bool {
        columns.values.contains(column)
    }

    /// The mapping a person would most likely choose for these headers: exact synonyms first, then headers that
    /// contain a known phrase (longest phrase first); each kind of column is given to one header only, the
    /// leftmost. Headers it cannot place stay unmapped (ignored on import) and are shown for manual mapping.
    public static func guess(headers: [String]) -> ColumnMapping {
        let keys = headers.map(ColumnSynonyms.key)
        var mapping = ColumnMapping()
        var used = Set<ResidentColumn>()
        for (index, key) in keys.enumerated() {
            if let column = ColumnSynonyms.exact[key], !used.contains(column) {
                mapping[index] = column
                used.insert(column)
            }
        }
        for (words, column) in ColumnSynonyms.contained where !used.contains(column) {
            for (index, key) in keys.enumerated() where mapping[index] == nil && !key.isEmpty {
                if " \(key) ".contains(words) {
                    mapping[index] = column
                    used.insert(column)
                    break
                }
            }
        }
        return mapping
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: ResidentColumn].self)
        var columns: [Int: ResidentColumn] = [:]
        for (key, column) in raw {
            guard let index = Int(key), index >= 0 else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                        debugDescription: "column index is not a number: \(key)"))
            }
            columns[index] = column
        }
        self.columns = columns
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: columns.map { (String($0.key), $0.value) }))
    }
}

/// How one platform's spreadsheet maps onto learning records: which column (0-based) holds which field, and the
/// course of the whole file when the file has no course column (an Open edX grade report is one course).
public struct LearningMapping: Sendable, Equatable, Codable {
    public var columns: [Int: LearningField]
    /// Course key for every row when no column names the course.
    public var fileCourseKey: String?

    public init(columns: [Int: LearningField] = [:], fileCourseKey: String? = nil) {
        self.columns = columns
        self.fileCourseKey = fileCourseKey
    }

    public func index(of field: LearningField) -> Int? {
        columns.filter { $0.value == field }.keys.min()
    }

    /// What is missing for the mapping to be usable, as problems naming the field.
    public func problems() -> [Problem] {
        var problems: [Problem] = []
        if index(of: .cccd) == nil, index(of: .fullName) == nil {
            problems.append(Problem(column: Strings.learningFieldTitle(.fullName), reason: Strings.learningMappingNoIdentity))
        }
        if index(of: .courseKey) == nil, index(of: .courseTitle) == nil,
           (fileCourseKey ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append(Problem(column: Strings.learningFieldTitle(.courseKey), reason: Strings.learningMappingNoCourse))
        }
        let counts = Dictionary(grouping: columns.values, by: { $0 }).filter { $0.value.count > 1 }
        for field in counts.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            problems.append(Problem(column: Strings.learningFieldTitle(field), reason: Strings.learningMappingTwice))
        }
        return problems
    }

    /// The mapping a person would most likely choose: exact header matches first, then contained phrases; each
    /// field goes to the leftmost header only.
    public static func guess(headers: [String]) -> LearningMapping {
        let keys = headers.map(ColumnSynonyms.key)
        var mapping = LearningMapping()
        var used = Set<LearningField>()
        for field in LearningField.allCases {
            if let index = keys.firstIndex(where: { LearningField.exactHeaders[field]?.contains($0) == true }),
               mapping.columns[index] == nil {
                mapping.columns[index] = field
                used.insert(field)
            }
        }
        for field in LearningField.allCases where !used.contains(field) {
            for (index, key) in keys.enumerated() where mapping.columns[index] == nil && !key.isEmpty {
                if LearningField.containedHeaders[field]?.contains(where: { " \(key) ".contains(" \($0) ") }) == true {
                    mapping.columns[index] = field
                    used.insert(field)
                    break
                }
            }
        }
        return mapping
    }

    /// How many headers of a row name a learning field: a header row names at least two.
    public static func knownHeaderCount(_ cells: [String]) -> Int {
        guess(headers: cells).columns.count
    }

    enum CodingKeys: String, CodingKey {
        case columns
        case fileCourseKey
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let raw = try container.decode([String: LearningField].self, forKey: .columns)
        var columns: [Int: LearningField] = [:]
        for (key, field) in raw {
            guard let index = Int(key), index >= 0 else {
                throw DecodingError.dataCorruptedError(forKey: .columns, in: container,
                                                       debugDescription: "column index is not a number: \(key)")
            }
            columns[index] = field
        }
        self.columns = columns
        fileCourseKey = try container.decodeIfPresent(String.self, forKey: .fileCourseKey)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Dictionary(uniqueKeysWithValues: columns.map { (String($0.key), $0.value) }), forKey: .columns)
        try container.encodeIfPresent(fileCourseKey, forKey: .fileCourseKey)
    }
}

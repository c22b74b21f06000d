/// The figures of a commune's report for its period, as taken from the data. Kept with the report, so that a
/// submitted report keeps its figures when the raw data changes later.
public struct ReportFigures: Sendable, Codable, Equatable {
    /// Figure key → value: "teams.commune", "teams.village", "teams.rapid", "members", "sessions",
    /// "sessions.<category>", "events", "participants", "learners.enrolled", "learners.completed",
    /// "assessments.taken", "assessments.passed", "certificates.issued", "residents", "indicator.<key>".
    public var values: [String: Double]
    /// Support categories' labels, for the sentences ("vneid" → "Định danh điện tử VNeID").
    public var categoryLabels: [String: String]
    public var documents: [DocumentLine]
    public var villages: [VillageLine]
    public var indicators: [IndicatorLine]

    public init(values: [String: Double] = [:], categoryLabels: [String: String] = [:], documents: [DocumentLine] = [],
                villages: [VillageLine] = [], indicators: [IndicatorLine] = []) {
        self.values = values
        self.categoryLabels = categoryLabels
        self.documents = documents
        self.villages = villages
        self.indicators = indicators
    }

    public func int(_ key: String) -> Int { Int(values[key] ?? 0) }

    /// A document the commune issued in the period.
    public struct DocumentLine: Sendable, Codable, Equatable {
        public var typeName: String
        public var numberText: String
        public var date: CivilDate
        public var summary: String

        public init(typeName: String, numberText: String, date: CivilDate, summary: String) {
            self.typeName = typeName
            self.numberText = numberText
            self.date = date
            self.summary = summary
        }
    }

    /// One village's row in the report's table.
    public struct VillageLine: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var residents: Int
        public var skilled: Int
        public var sessions: Int
        public var householdsVisited: Int
        public var hasTeam: Bool

        public init(code: String, name: String, residents: Int, skilled: Int, sessions: Int, householdsVisited: Int,
                    hasTeam: Bool) {
            self.code = code
            self.name = name
            self.residents = residents
            self.skilled = skilled
            self.sessions = sessions
            self.householdsVisited = householdsVisited
            self.hasTeam = hasTeam
        }
    }

    /// An indicator against its target, already formatted.
    public struct IndicatorLine: Sendable, Codable, Equatable {
        public var key: String
        public var label: String
        public var value: String
        public var target: String
        public var status: String

        public init(key: String, label: String, value: String, target: String, status: String) {
            self.key = key
            self.label = label
            self.value = value
            self.target = target
            self.status = status
        }
    }
}

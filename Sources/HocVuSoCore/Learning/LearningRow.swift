/// Where a learner stands in a course.
public enum LearningStatus: String, Sendable, Codable, Comparable {
    case enrolled
    case completed

    public static func < (a: LearningStatus, b: LearningStatus) -> Bool {
        a == .enrolled && b == .completed
    }
}

/// One row of a platform's spreadsheet, read and checked, before it is matched to a resident.
public struct LearningRow: Sendable, Equatable {
    /// 1-based row number in the file.
    public var row: Int
    public var fullName: String
    public var birthDate: CivilDate?
    /// Only the year was written ("1985").
    public var birthYear: Int?
    /// Compacted 12-digit number, when the file has one.
    public var cccd: String?
    public var phone: String?
    public var courseKey: String
    public var courseTitle: String
    public var enrolledOn: CivilDate?
    public var completedOn: CivilDate?
    public var status: LearningStatus
    public var score: Double?

    public init(row: Int, fullName: String, birthDate: CivilDate? = nil, birthYear: Int? = nil, cccd: String? = nil,
                phone: String? = nil, courseKey: String, courseTitle: String, enrolledOn: CivilDate? = nil,
                completedOn: CivilDate? = nil, status: LearningStatus, score: Double? = nil) {
        self.row = row
        self.fullName = fullName
        self.birthDate = birthDate
        self.birthYear = birthYear
        self.cccd = cccd
        self.phone = phone
        self.courseKey = courseKey
        self.courseTitle = courseTitle
        self.enrolledOn = enrolledOn
        self.completedOn = completedOn
        self.status = status
        self.score = score
    }

    /// The person and course the row is about, not its progress: the same learner in a newer file has the same key.
    public var identityKey: String {
        let birth = birthDate?.iso ?? birthYear.map(String.init) ?? ""
        return [VietnameseText.fold(fullName), birth, cccd ?? "", courseKey].joined(separator: "|")
    }
}

/// Reads the data rows of a platform file with a mapping: every row becomes a `LearningRow`, or every problem is
/// listed (row, column, value, reason) and nothing is kept.
public struct LearningRowReader: Sendable {
    public var mapping: LearningMapping
    public var headers: [String]
    public var today: CivilDate

    public init(mapping: LearningMapping, headers: [String], today: CivilDate) {
        self.mapping = mapping
        self.headers = headers
        self.today = today
    }

    public func read(rows: [[String]], firstRowNumber: Int) -> Result<[LearningRow], DomainError> {
        let mappingProblems = mapping.problems()
        guard mappingProblems.isEmpty else {
            return .failure(DomainError(.invalid, code: "learning.mapping", message: Strings.learningMappingIncomplete,
                                        details: mappingProblems))
        }
        var read: [LearningRow] = []
        read.reserveCapacity(rows.count)
        var problems: [Problem] = []
        for (offset, cells) in rows.enumerated() where problems.count < Self.problemLimit {
            let number = firstRowNumber + offset
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            switch readRow(cells, number: number) {
            case .success(let row): read.append(row)
            case .failure(let rowProblems): problems.append(contentsOf: rowProblems.problems)
            }
        }
        if !problems.isEmpty {
            return .failure(DomainError(.invalid, code: "learning.rows", message: Strings.learningRowsInvalid(problems.count),
                                        details: Array(problems.prefix(Self.problemLimit))))
        }
        if read.isEmpty {
            return .failure(DomainError(.invalid, code: "import.empty", message: Strings.importEmptyFile))
        }
        return .success(read)
    }

    /// Problems listed at most; a file with more is wrong throughout and the first ones say why.
    static let problemLimit = 500

    private func readRow(_ cells: [String], number: Int) -> Result<LearningRow, RowProblemList> {
        var problems: [Problem] = []
        func cell(_ field: LearningField) -> (text: String, header: String)? {
            guard let index = mapping.index(of: field) else { return nil }
            let text = index < cells.count ? VietnameseText.normalize(cells[index]) : ""
            return text.isEmpty ? nil : (text, index < headers.count ? headers[index] : Strings.learningFieldTitle(field))
        }
        func problem(_ found: (text: String, header: String), _ reason: String) {
            problems.append(Problem(row: number, column: found.header, value: found.text, reason: reason))
        }
        var row = LearningRow(row: number, fullName: "", courseKey: "", courseTitle: "", status: .enrolled)
        if let name = cell(.fullName) { row.fullName = VietnameseText.titleCaseName(name.text) }
        if let birth = cell(.birthDate) {
            switch DateParse(birth.text) {
            case .date(let date): row.birthDate = date
            case .yearOnly: row.birthYear = Int(birth.text.trimmingCharacters(in: .whitespaces))
            default: problem(birth, Strings.learningBadDate)
            }
        }
        if let cccd = cell(.cccd) {
            switch CCCD.validate(cccd.text) {
            case .success(let number): row.cccd = number
            case .failure(let reason): problem(cccd, reason.message)
            }
        }
        row.phone = cell(.phone)?.text
        let key = cell(.courseKey)?.text, title = cell(.courseTitle)?.text
        if let key {
            row.courseKey = key
        } else if let title {
            row.courseKey = Course.keyForTitle(title)
        } else if let fileKey = mapping.fileCourseKey, !fileKey.isEmpty {
            row.courseKey = fileKey
        } else {
            problems.append(Problem(row: number, column: Strings.learningFieldTitle(.courseKey), reason: Strings.learningNoCourse))
        }
        row.courseTitle = title ?? key ?? ""
        for (field, path) in [(LearningField.enrolledOn, \LearningRow.enrolledOn), (.completedOn, \LearningRow.completedOn)] {
            guard let found = cell(field) else { continue }
            switch DateParse(String(found.text.prefix(10))) {
            case .date(let date) where date <= today:
                row[keyPath: path] = date
            case .date:
                problem(found, Strings.learningFutureDate)
            default:
                problem(found, Strings.learningBadDate)
            }
        }
        if let status = cell(.status) {
            if let value = Self.status(ColumnSynonyms.key(status.text)) {
                row.status = value
            } else {
                problem(status, Strings.learningBadStatus)
            }
        }
        if row.completedOn != nil { row.status = .completed }
        if let score = cell(.score) {
            if let value = Double(score.text.replacingOccurrences(of: ",", with: ".")), (0...100).contains(value) {
                row.score = value <= 1 && score.text.contains(where: { $0 == "." || $0 == "," }) ? value * 100 : value
            } else {
                problem(score, Strings.learningBadScore)
            }
        }
        if row.fullName.isEmpty, row.cccd == nil {
            problems.append(Problem(row: number, column: Strings.learningFieldTitle(.fullName), reason: Strings.learningNoIdentity))
        }
        return problems.isEmpty ? .success(row) : .failure(RowProblemList(problems))
    }

    /// A status cell's matching key as a status: "Hoàn thành", "Đã cấp chứng chỉ", "completed", "Y" → completed;
    /// "Đang học", "Đã đăng ký", "enrolled", "N" → enrolled.
    static func status(_ key: String) -> LearningStatus? {
        switch key {
        case "hoan thanh", "da hoan thanh", "dat", "da dat", "completed", "complete", "passed", "pass", "y", "yes", "x",
             "co", "1", "true", "da cap chung chi", "da cap chung nhan", "downloadable", "finished":
            return .completed
        case "dang hoc", "da dang ky", "dang ky", "chua hoan thanh", "chua dat", "khong dat", "enrolled", "active",
             "in progress", "n", "no", "0", "false", "khong", "chua", "audit", "verified", "honor", "notpassing",
             "not passing", "ghi danh", "da ghi danh":
            return .enrolled
        default:
            return nil
        }
    }
}

/// The problems of one row (a value type the row reader returns instead of throwing).
struct RowProblemList: Error {
    var problems: [Problem]
    init(_ problems: [Problem]) { self.problems = problems }
}

/// Validates the data rows of a resident list (everything under the header) against a column mapping, and turns
/// them into drafts, or reports every problem as (row, column header, value, Vietnamese reason).
///
/// Pure: the Office module gives it the cells as text (Excel dates and numbers already converted to text), the
/// Store gives it two lookups. Rules:
/// - blank rows (also rows where only STT is filled) are skipped; a list with no data row is a problem;
/// - name required, with letters and no digits or symbols, at most 100 characters; stored title-cased and normalised;
/// - free-text cells (organisation, relation, household number, notes) at most 500 characters;
/// - birth date dd/mm/yyyy (also d/m/yyyy, "-" or "." separators, ISO), not in the future, not before 1900;
///   a year alone, a two-digit year, or a bare number (an unconverted Excel serial) are refused with their own reason;
/// - gender "Nam"/"Nữ" (also "nam", "nu", "M", "F"), or given by which of the "Nam"/"Nữ" birth-date columns is filled;
/// - CCCD optional; when present it must pass `CCCD.validate` with the row's birth date and gender, appear once in the
///   file (both rows are reported) and not be stored already;
/// - the same name (normalised, title-cased), birth date and village on two rows is a duplicate unless both rows carry
///   different CCCDs;
/// - village: the village column resolved by `villageResolver`, or the default village when the cell is blank or the
///   column is absent;
/// - phone optional, a Vietnamese mobile number (`PhoneNumber.validate`);
/// - smartphone "Có"/"Không"/"x"/blank; VNeID "Mức 1"/"Mức 2"/"Chưa có"/blank;
/// - target group as written, else `TargetGroupRule.derive` (marked `.derived`);
/// - households: by the household-number column when mapped (one head per household); otherwise by the relation
///   column, where each "Chủ hộ" row starts a household that the following rows of the same village join (rows
///   before the first head each form their own); with neither column, no household.
public struct ResidentRowValidator: Sendable {
    public static let maxNameLength = 100
    /// Longest organisation, relation, household number or note kept (characters).
    public static let maxTextLength = 500
    public static let earliestBirthYear = 1900

    public var mapping: ColumnMapping
    /// The header texts of the file, used to name columns in problems.
    public var headers: [String]
    /// The village to use when a row names none: the import target when it is a village, else nil.
    public var defaultVillageCode: String?
    /// Maps a village cell (normalised text: a name like "Thôn 3" or a code) to a village code; nil = unknown.
    /// Called once per distinct cell text.
    public var villageResolver: @Sendable (String) -> String?
    /// Whether a (12-digit) CCCD already belongs to a stored resident.
    public var existingCCCD: @Sendable (String) -> Bool
    public var today: CivilDate

    public init(mapping: ColumnMapping, headers: [String], defaultVillageCode: String?,
                villageResolver: @escaping @Sendable (String) -> String?,
                existingCCCD: @escaping @Sendable (String) -> Bool = { _ in false }, today: CivilDate) {
        self.mapping = mapping
        self.headers = headers
        self.defaultVillageCode = defaultVillageCode
        self.villageResolver = villageResolver
        self.existingCCCD = existingCCCD
        self.today = today
    }

    /// The same, with the stored CCCDs as a set (see `candidateCCCDs` to query only those the file mentions).
    public init(mapping: ColumnMapping, headers: [String], defaultVillageCode: String?,
                villageResolver: @escaping @Sendable (String) -> String?, existingCCCDs: Set<String>,
                today: CivilDate) {
        self.init(mapping: mapping, headers: headers, defaultVillageCode: defaultVillageCode,
                  villageResolver: villageResolver, existingCCCD: { existingCCCDs.contains($0) }, today: today)
    }

    /// Validates `rows`; `firstRowNumber` is the 1-based row number of `rows[0]` in the file.
    public func validate(rows: [[String]], firstRowNumber: Int) -> ResidentValidation {
        let mappingIssues = mappingProblems()
        guard mappingIssues.isEmpty else { return .invalid(mappingIssues) }

        var pass = RowPass(validator: self, rowCount: rows.count)
        var drafts: [ResidentDraft] = []
        drafts.reserveCapacity(rows.count)
        var dataRows = 0
        for (offset, cells) in rows.enumerated() where !pass.isBlank(cells) {
            dataRows += 1
            if let draft = pass.parse(cells, row: firstRowNumber + offset) {
                drafts.append(draft)
            }
        }
        guard dataRows > 0 else { return .invalid([Problem(reason: Strings.importNoDataRows)]) }
        pass.addCrossRowProblems()
        guard pass.found.isEmpty else {
            let ordered = pass.found.sorted { ($0.row, $0.order) < ($1.row, $1.order) }
            return .invalid(ordered.map(\.problem))
        }
        return .valid(drafts)
    }

    /// Problems with the mapping itself (a required column missing, a column mapped twice); no row is read then.
    public func mappingProblems() -> [Problem] {
        var problems: [Problem] = []
        var indices: [ResidentColumn: [Int]] = [:]
        for (index, column) in mapping.columns { indices[column, default: []].append(index) }
        for column in ResidentColumn.allCases {
            guard let list = indices[column], list.count > 1 else { continue }
            problems.append(Problem(reason: Strings.importColumnMappedTwice(column.label,
                                                                            headers: list.sorted().map(header))))
        }
        let has = { (column: ResidentColumn) in indices[column] != nil }
        if !has(.fullName) { problems.append(Problem(reason: Strings.importColumnMissing(ResidentColumn.fullName.label))) }
        let splitBirth = has(.birthDateMale) || has(.birthDateFemale)
        if !has(.birthDate) && !splitBirth {
            problems.append(Problem(reason: Strings.importColumnMissing(ResidentColumn.birthDate.label)))
        }
        if has(.birthDate) && splitBirth { problems.append(Problem(reason: Strings.importBirthDateColumnsConflict)) }
        if !has(.birthDate) && has(.birthDateMale) != has(.birthDateFemale) {
            problems.append(Problem(reason: Strings.importBirthDateColumnsIncomplete))
        }
        if !has(.gender) && !(has(.birthDateMale) && has(.birthDateFemale)) {
            problems.append(Problem(reason: Strings.importGenderColumnMissing))
        }
        if !has(.village) && defaultVillageCode == nil {
            problems.append(Problem(reason: Strings.importVillageColumnMissing))
        }
        return problems
    }

    /// The 12-digit CCCDs the rows mention, so the store can look up only those before validating.
    public static func candidateCCCDs(rows: [[String]], mapping: ColumnMapping) -> Set<String> {
        guard let index = mapping.index(of: .cccd) else { return [] }
        var numbers = Set<String>()
        for cells in rows where index < cells.count {
            let number = CCCD.compact(cells[index])
            if number.utf8.count == 12 { numbers.insert(number) }
        }
        return numbers
    }

    /// The file's header text for a column index, or the column's label when the file has none.
    func header(_ index: Int) -> String {
        if index < headers.count {
            let text = VietnameseText.normalize(headers[index])
            if !text.isEmpty { return text }
        }
        return mapping[index]?.label ?? ""
    }
}

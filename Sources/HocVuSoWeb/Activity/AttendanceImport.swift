import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore

/// Reads an attendance list (XLSX or CSV) and finds each row's resident in the commune: by ID number when the row
/// has one, else by full name and birth date. All or nothing: when any row cannot be matched, the error lists
/// every problem by row, column and value, and nobody is matched.
struct AttendanceImport {
    let residents: ResidentStore

    /// Where the columns that identify a person are.
    struct Columns {
        var headers: [String]
        var firstDataRow: Int
        var cccd: Int?
        var fullName: Int?
        var birth: [Int]

        var usable: Bool { cccd != nil || (fullName != nil && !birth.isEmpty) }

        init(headers: [String], firstDataRow: Int) {
            self.headers = headers
            self.firstDataRow = firstDataRow
            let mapping = ColumnMapping.guess(headers: headers)
            cccd = mapping.index(of: .cccd)
            fullName = mapping.index(of: .fullName)
            birth = [ResidentColumn.birthDate, .birthDateMale, .birthDateFemale].compactMap { mapping.index(of: $0) }
        }
    }

    /// One data row: who it names, as read.
    struct Line {
        var row: Int
        var cccd: (raw: String, number: String)?
        var name: (raw: String, fold: String)?
        var birth: (raw: String, date: CivilDate)?
    }

    func match(data: Data, filename: String?, communeCode: String) async throws -> [UUID] {
        guard !data.isEmpty else {
            throw DomainError(.invalid, code: "import.empty", message: Strings.importEmptyFile)
        }
        let tables = try TabularFile.read(data, filename: filename).filter { !$0.isHidden }
        guard let (table, columns) = tables.lazy.compactMap({ t in Self.columns(t.rows).map { (t, $0) } }).first else {
            throw DomainError(.invalid, code: "attendance.columns", message: Strings.attendanceColumnsMissing)
        }
        var problems: [Problem] = []
        var lines: [Line] = []
        func cell(_ cells: [String], _ index: Int?) -> String {
            guard let index, index < cells.count else { return "" }
            return VietnameseText.normalize(cells[index])
        }
        func column(_ index: Int?) -> String? {
            index.map { columns.headers.indices.contains($0) && !columns.headers[$0].isEmpty ? columns.headers[$0] : Table.columnLetters($0) }
        }
        for (offset, cells) in table.rows.dropFirst(columns.firstDataRow).enumerated() {
            let row = columns.firstDataRow + offset + 1
            let cccd = cell(cells, columns.cccd)
            let name = cell(cells, columns.fullName)
            let births = columns.birth.map { (index: $0, text: cell(cells, $0)) }.filter { !$0.text.isEmpty }
            if cccd.isEmpty && name.isEmpty && births.isEmpty { continue }
            var line = Line(row: row)
            if !cccd.isEmpty {
                switch CCCD.validate(cccd) {
                case .success(let number): line.cccd = (cccd, number)
                case .failure(let problem):
                    problems.append(Problem(row: row, column: column(columns.cccd), value: cccd, reason: problem.message))
                    continue
                }
            } else {
                guard !name.isEmpty else {
                    problems.append(Problem(row: row, column: column(columns.fullName), value: nil, reason: Strings.attendanceNameMissing))
                    continue
                }
                guard let birth = births.first else {
                    problems.append(Problem(row: row, column: column(columns.birth.first), value: nil, reason: Strings.attendanceBirthMissing))
                    continue
                }
                guard let date = VietnameseFormat.parseDate(birth.text) else {
                    problems.append(Problem(row: row, column: column(birth.index), value: birth.text, reason: Strings.residentBirthDateInvalid))
                    continue
                }
                line.name = (name, VietnameseText.fold(name))
                line.birth = (birth.text, date)
            }
            lines.append(line)
        }
        let byCCCD = try await residents.residents(commune: communeCode, cccds: lines.compactMap { $0.cccd?.number })
        let namesakes = Dictionary(grouping: try await residents.residents(commune: communeCode, nameFolds: lines.compactMap { $0.name?.fold }),
                                   by: { NameKey(fold: VietnameseText.fold($0.fullName), birth: $0.birthDate) })
        var found: [UUID] = []
        for line in lines {
            if let cccd = line.cccd {
                guard let resident = byCCCD[cccd.number] else {
                    problems.append(Problem(row: line.row, column: column(columns.cccd), value: cccd.raw,
                                            reason: Strings.attendanceRowUnknown(cccd.raw)))
                    continue
                }
                found.append(resident.id)
            } else if let name = line.name, let birth = line.birth {
                let matches = namesakes[NameKey(fold: name.fold, birth: birth.date)] ?? []
                let text = "\(name.raw), \(birth.raw)"
                switch matches.count {
                case 1: found.append(matches[0].id)
                case 0: problems.append(Problem(row: line.row, column: column(columns.fullName), value: text,
                                                reason: Strings.attendanceRowUnknown(text)))
                default: problems.append(Problem(row: line.row, column: column(columns.fullName), value: text,
                                                 reason: Strings.attendanceRowAmbiguous(text)))
                }
            }
        }
        problems.sort { ($0.row ?? 0) < ($1.row ?? 0) }
        guard problems.isEmpty else {
            throw DomainError(.invalid, code: "attendance.rows",
                              message: Strings.attendanceImportRejected(VietnameseFormat.integer(problems.count)), details: problems)
        }
        guard !found.isEmpty else {
            throw DomainError(.invalid, code: "attendance.empty", message: Strings.attendanceImportNoRows)
        }
        return found
    }

    struct NameKey: Hashable {
        var fold: String
        var birth: CivilDate
    }

    /// The header of a list that identifies people: the resident-list header when there is one, else the first row
    /// (within the usual depth) naming an ID-number column, or a name and a birth-date column.
    static func columns(_ rows: [[String]]) -> Columns? {
        if let header = HeaderDetector.detect(rows: rows) {
            let columns = Columns(headers: header.headers, firstDataRow: header.firstDataRow)
            if columns.usable { return columns }
        }
        for (index, row) in rows.prefix(HeaderDetector.searchDepth).enumerated() {
            let columns = Columns(headers: row.map { VietnameseText.normalize($0) }, firstDataRow: index + 1)
            if columns.usable { return columns }
        }
        return nil
    }
}

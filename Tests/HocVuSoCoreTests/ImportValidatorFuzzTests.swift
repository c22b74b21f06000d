import Foundation
import HocVuSoCore
import Testing

/// Property-based fuzzing of the import validators: generated sheets (title lines, headers in many spellings,
/// random data cells) go through header detection, column mapping, the resident row validator and the learning
/// row reader; single cells go through the field parsers the attendance import uses. Every input must give
/// drafts or problems with Vietnamese reasons, quickly, without a crash.
@Suite("Fuzz: import validators")
struct ImportValidatorFuzzTests {
    static let today = CivilDate(year: 2025, month: 8, day: 1)!

    @Test func residentRowsGiveDraftsOrProblems() async {
        let report = await ValidatorFuzz.run("resident rows", count: 4_000, make: { g in
            let rows = Int.random(in: 0...2, using: &g) == 0 ? FuzzCells.nearlyValidSheet(&g) : FuzzCells.sheet(&g)
            var mapping: ColumnMapping? = nil
            if Int.random(in: 0...4, using: &g) == 0 {
                var random = ColumnMapping()
                for _ in 0..<Int.random(in: 0...10, using: &g) {
                    let index = Bool.random(using: &g) ? Int.random(in: 0...16, using: &g) : [100, 1_000_000, Int.max][Int.random(in: 0...2, using: &g)]
                    random[index] = ResidentColumn.allCases.randomElement(using: &g)
                }
                mapping = random
            }
            return (rows: rows, mapping: mapping, village: Bool.random(using: &g) ? "11131-01" : nil)
        }, check: { input in
            let detected = HeaderDetector.detect(rows: input.rows)
            let header = (headers: detected?.headers ?? input.rows[0], firstDataRow: detected?.firstDataRow ?? 1)
            let mapping = input.mapping ?? ColumnMapping.guess(headers: header.headers)
            let data = Array(input.rows.dropFirst(header.firstDataRow))
            _ = ResidentRowValidator.candidateCCCDs(rows: data, mapping: mapping)
            let validator = ResidentRowValidator(
                mapping: mapping, headers: header.headers, defaultVillageCode: input.village,
                villageResolver: { $0.contains("3") ? "11131-03" : nil }, existingCCCD: { $0.hasSuffix("5") }, today: Self.today)
            let lastRow = header.firstDataRow + data.count
            switch validator.validate(rows: data, firstRowNumber: header.firstDataRow + 1) {
            case .valid(let drafts):
                if drafts.count > data.count { return .wrong("\(drafts.count) drafts from \(data.count) rows") }
                if let bad = drafts.first(where: { $0.fullName.isEmpty || !(1...lastRow).contains($0.row) }) {
                    return .wrong("draft without a name or off the sheet: \(bad)")
                }
                return .valid
            case .invalid(let problems):
                if problems.isEmpty { return .wrong("invalid without a problem") }
                if let bad = problems.first(where: { !ValidatorFuzz.isVietnamese($0.reason) || !(1...lastRow).contains($0.row ?? 1) }) {
                    return .wrong("unclear or misplaced problem: \(bad)")
                }
                return .problems
            }
        })
        #expect(report.inputs == 4_000)
    }

    @Test func learningRowsGiveRowsOrProblems() async {
        let report = await ValidatorFuzz.run("learning rows", count: 3_000, make: { g in
            let rows = FuzzCells.sheet(&g)
            var mapping = LearningMapping.guess(headers: rows.last ?? [])
            if Bool.random(using: &g) {
                mapping = LearningMapping(fileCourseKey: Bool.random(using: &g) ? "ky-nang-so" : nil)
                for _ in 0..<Int.random(in: 0...8, using: &g) {
                    mapping.columns[Int.random(in: 0...14, using: &g)] = LearningField.allCases.randomElement(using: &g)
                }
            }
            return (rows: rows, mapping: mapping)
        }, check: { input in
            let headerRow = input.rows.firstIndex { LearningMapping.knownHeaderCount($0) >= 2 } ?? 0
            let reader = LearningRowReader(mapping: input.mapping, headers: input.rows[headerRow], today: Self.today)
            let data = Array(input.rows.dropFirst(headerRow + 1))
            switch reader.read(rows: data, firstRowNumber: headerRow + 2) {
            case .success(let rows):
                return rows.count <= data.count && rows.allSatisfy({ !$0.courseKey.isEmpty })
                    ? .valid : .wrong("\(rows.count) rows from \(data.count), or one without a course")
            case .failure(let error):
                guard ValidatorFuzz.isVietnamese(error.message), error.details.allSatisfy({ ValidatorFuzz.isVietnamese($0.reason) })
                else { return .wrong("unclear error \(error.code): \(error.message) \(error.details.prefix(3))") }
                return .problems
            }
        })
        #expect(report.inputs == 3_000)
    }

    /// The parsers behind every import, the attendance import included (CCCD, birth date, phone, names, headers).
    @Test func singleCellsParseOrExplain() async {
        let report = await ValidatorFuzz.run("cells", count: 8_000, make: { g in
            (text: FuzzCells.cell(&g) + (Bool.random(using: &g) ? FuzzCells.cell(&g) : ""),
             birth: Bool.random(using: &g) ? CivilDate(year: Int.random(in: 1900...2025, using: &g), month: 5, day: 12) : nil,
             gender: Gender.allCases.randomElement(using: &g))
        }, check: { input in
            if case .failure(let problem) = CCCD.validate(input.text, birthDate: input.birth, gender: input.gender),
               !ValidatorFuzz.isVietnamese(problem.message) {
                return .wrong("CCCD problem without a message for \(input.text.debugDescription)")
            }
            if case .failure(let problem) = PhoneNumber.validate(input.text), !ValidatorFuzz.isVietnamese(problem.message) {
                return .wrong("phone problem without a message for \(input.text.debugDescription)")
            }
            _ = VietnameseFormat.parseDate(input.text)
            _ = VietnameseText.titleCaseName(VietnameseText.normalize(input.text))
            _ = VietnameseText.fold(input.text)
            _ = ColumnMapping.guess(headers: [input.text, input.text])
            _ = HeaderDetector.detect(rows: [[input.text, "Họ và tên", "Ngày sinh"], [input.text]])
            return CCCD.decode(CCCD.compact(input.text)) == nil ? .problems : .valid
        })
        #expect(report.inputs == 8_000)
    }

    /// A saved mapping comes back from a form or the API as JSON: any JSON is decoded or refused, never a crash.
    @Test func columnMappingJSONDecodesOrThrows() async {
        let keys = ["0", "1", "-1", "99999999999999999999", "a", "", " 2", "9223372036854775807", "1.5"]
        let values = ResidentColumn.allCases.map(\.rawValue) + ["", "FULLNAME", "x", "1"]
        let report = await ValidatorFuzz.run("mapping JSON", count: 2_000, make: { g in
            var json = "{"
            for i in 0..<Int.random(in: 0...6, using: &g) {
                let value = Int.random(in: 0...9, using: &g) == 0 ? "[1]" : "\"\(values.randomElement(using: &g)!)\""
                json += (i > 0 ? "," : "") + "\"\(keys.randomElement(using: &g)!)\":\(value)"
            }
            return json + (Int.random(in: 0...19, using: &g) == 0 ? "" : "}")
        }, check: { json in
            do {
                let mapping = try JSONDecoder().decode(ColumnMapping.self, from: Data(json.utf8))
                return mapping.columns.keys.allSatisfy { $0 >= 0 } ? .valid : .wrong("negative index from \(json)")
            } catch is DecodingError {
                return .problems
            } catch {
                return .wrong("\(error) from \(json)")
            }
        })
        #expect(report.inputs == 2_000)
    }
}

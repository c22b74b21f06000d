import Foundation
import HocVuSoCore
import Testing

@Suite("Reading learning platforms' spreadsheets")
struct LearningRowTests {
    let today = CivilDate(year: 2026, month: 5, day: 17)!

    @Test("a provincial platform's Vietnamese headers map without help")
    func guessVietnamese() {
        let headers = ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Khóa học", "Trạng thái", "Ngày hoàn thành", "Điểm"]
        let mapping = LearningMapping.guess(headers: headers)
        #expect(mapping.columns == [1: .fullName, 2: .birthDate, 3: .cccd, 4: .courseTitle, 5: .status, 6: .completedOn, 7: .score])
        #expect(mapping.problems().isEmpty)
    }

    @Test("an Open edX grade report needs a course for the whole file")
    func guessOpenEdX() {
        let headers = ["Student ID", "Email", "Username", "Grade", "Enrollment Track", "Certificate Delivered"]
        var mapping = LearningMapping.guess(headers: headers)
        #expect(mapping.columns[3] == .score)
        #expect(mapping.columns[5] == .status)
        #expect(mapping.problems().count == 2)   // no name or ID number, no course
        mapping.columns[2] = .fullName
        mapping.fileCourseKey = "course-v1:MOET+KNS-ND+2026-1"
        #expect(mapping.problems().isEmpty)
    }

    @Test("rows are read with their status, dates and score; a completion date means completed")
    func readRows() throws {
        let headers = ["Họ và tên", "Ngày sinh", "Số CCCD", "Mã khóa học", "Trạng thái", "Ngày hoàn thành", "Điểm"]
        let mapping = LearningMapping.guess(headers: headers)
        let rows = [["nguyễn văn  đức", "04/03/1985", "", "course-v1:X+Y+2026", "Đang học", "", ""],
                    ["Trần Thị Ánh", "1992", "", "course-v1:X+Y+2026", "", "02/04/2026", "0,85"]]
        let read = try LearningRowReader(mapping: mapping, headers: headers, today: today).read(rows: rows, firstRowNumber: 2).get()
        #expect(read[0].fullName == "Nguyễn Văn Đức")
        #expect(read[0].status == .enrolled)
        #expect(read[1].birthYear == 1992)
        #expect(read[1].status == .completed)
        #expect(read[1].score == 85)
        #expect(read[0].identityKey != read[1].identityKey)
    }

    @Test("every bad cell is named with its row and column, and nothing is kept")
    func badCells() {
        let headers = ["Họ và tên", "Ngày sinh", "Số CCCD", "Khóa học", "Trạng thái", "Ngày hoàn thành", "Điểm"]
        let mapping = LearningMapping.guess(headers: headers)
        let rows = [["An", "31/02/1990", "12345", "KNS", "Đã xong?", "01/01/2030", "120"], ["", "", "", "KNS", "", "", ""]]
        guard case .failure(let error) = LearningRowReader(mapping: mapping, headers: headers, today: today)
            .read(rows: rows, firstRowNumber: 5) else {
            Issue.record("bad rows were accepted")
            return
        }
        let columns = Set(error.details.map { "\($0.row ?? 0):\($0.column ?? "")" })
        #expect(columns.isSuperset(of: ["5:Ngày sinh", "5:Số CCCD", "5:Trạng thái", "5:Ngày hoàn thành", "5:Điểm", "6:Họ và tên"]))
        #expect(error.details.allSatisfy { !$0.reason.isEmpty })
    }

    @Test("matching: the ID number first, then name and birth date; namesakes go to review")
    func matching() {
        let a = UUID(), b = UUID(), c = UUID()
        let birth = CivilDate(year: 1990, month: 1, day: 1)!
        let byName: [String: [(id: UUID, birthDate: CivilDate)]] = ["le van an": [(a, birth), (b, birth)],
                                                                     "tran thi anh": [(c, birth)]]
        func row(_ name: String, cccd: String? = nil, born: CivilDate? = birth) -> LearningRow {
            LearningRow(row: 1, fullName: name, birthDate: born, cccd: cccd, courseKey: "k", courseTitle: "", status: .enrolled)
        }
        #expect(LearnerMatch.match(row("Ai Đó", cccd: "030090000001"), byCCCD: ["030090000001": c], byName: byName) == .resident(c))
        #expect(LearnerMatch.match(row("Trần Thị Ánh"), byCCCD: [:], byName: byName) == .resident(c))
        #expect(LearnerMatch.match(row("Lê Văn An"), byCCCD: [:], byName: byName) == .several([a, b].sorted { $0.uuidString < $1.uuidString }))
        #expect(LearnerMatch.match(row("Trần Thị Ánh", born: nil), byCCCD: [:], byName: byName) == .none)
    }

    @Test("progress only moves forward")
    func progressMerge() {
        let enrolled = LearningProgress(status: .enrolled, enrolledOn: CivilDate(iso: "2026-03-01")!, completedOn: nil, score: nil)
        let done = LearningProgress(status: .completed, enrolledOn: CivilDate(iso: "2026-03-05")!,
                                    completedOn: CivilDate(iso: "2026-04-01")!, score: 90)
        let merged = enrolled.merged(with: done)
        #expect(merged.status == .completed)
        #expect(merged.enrolledOn == CivilDate(iso: "2026-03-01")!)
        #expect(merged.merged(with: enrolled) == merged)
    }
}

@Suite("Certificate codes, masked names, assessment links")
struct CertificateCodeTests {
    @Test("a code survives case and spaces, and any single changed character is caught")
    func checkCharacter() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<200 {
            let code = CertificateCode.make(using: &generator)
            #expect(CertificateCode.normalize(code) == code)
            #expect(CertificateCode.normalize(code.lowercased().replacingOccurrences(of: "-", with: " ")) == code)
            var characters = Array(code)
            let position = [3, 4, 5, 6, 8, 9, 10, 11].randomElement(using: &generator)!
            let replacement = CertificateCode.alphabet.filter { $0 != characters[position] }.randomElement(using: &generator)!
            characters[position] = replacement
            #expect(CertificateCode.normalize(String(characters)) == nil, "\(code) → \(String(characters))")
        }
        #expect(CertificateCode.normalize("HV-1234") == nil)
        #expect(CertificateCode.normalize("") == nil)
    }

    @Test("a public page shows initials and the given name")
    func mask() {
        #expect(NameMask.mask("Nguyễn Văn An") == "N. V. An")
        #expect(NameMask.mask("Ánh") == "Ánh")
    }

    @Test("a link refuses when revoked, after its last day, or once used when single-use")
    func linkRefusal() {
        let day = CivilDate(year: 2026, month: 5, day: 17)!
        var link = AssessmentLink(token: "T", communeCode: "11131", villageCode: nil, targetGroup: .citizen, frameworkID: UUID(),
                                  singleUse: true, expiresOn: day, createdBy: "x", createdAt: Date())
        #expect(link.refusal(today: day) == nil)
        #expect(link.refusal(today: day.adding(days: 1))?.code == "assessment.link-expired")
        link.usedAt = Date()
        #expect(link.refusal(today: day)?.code == "assessment.link-used")
        link.revoked = true
        #expect(link.refusal(today: day)?.kind == .gone)
        #expect(throws: DomainError.self) { try AssessmentLink.checkExpiry(day.adding(days: -1), today: day) }
        #expect(throws: DomainError.self) { try AssessmentLink.checkExpiry(day.adding(days: 400), today: day) }
    }
}

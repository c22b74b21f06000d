import Foundation

/// The province's request for reports: the requesting document, the period the reports cover, the deadline, and
/// the communes it goes to.
public struct ReportRequest: Sendable, Equatable {
    public var id: UUID
    public var provinceCode: String
    /// "1885/SKHCN-TTTT".
    public var documentNumber: String
    public var documentDate: CivilDate
    /// "Sở Khoa học và Công nghệ thành phố Hải Phòng".
    public var issuer: String
    /// What is asked: "báo cáo kết quả triển khai phong trào “Bình dân học vụ số”".
    public var subject: String
    public var periodFrom: CivilDate
    public var periodTo: CivilDate
    public var deadline: CivilDate
    public var communes: [String]
    public var createdBy: String

    public init(id: UUID, provinceCode: String, documentNumber: String, documentDate: CivilDate, issuer: String,
                subject: String, periodFrom: CivilDate, periodTo: CivilDate, deadline: CivilDate, communes: [String],
                createdBy: String) {
        self.id = id
        self.provinceCode = provinceCode
        self.documentNumber = documentNumber
        self.documentDate = documentDate
        self.issuer = issuer
        self.subject = subject
        self.periodFrom = periodFrom
        self.periodTo = periodTo
        self.deadline = deadline
        self.communes = communes
        self.createdBy = createdBy
    }

    /// "Công văn số 1885/SKHCN-TTTT ngày 15/5/2026".
    public var documentLine: String {
        Strings.requestDocumentLine(documentNumber, VietnameseFormat.date(documentDate))
    }

    /// Every problem with the request, each naming its field.
    public func validate(today: CivilDate) throws {
        var problems: [Problem] = []
        func check(_ ok: Bool, _ field: String, _ value: String, _ reason: String) {
            if !ok { problems.append(Problem(column: field, value: value, reason: reason)) }
        }
        let number = documentNumber.trimmingCharacters(in: .whitespaces)
        check(!number.isEmpty && number.count <= 40 && number.contains("/"), Strings.requestFieldNumber, number,
              Strings.requestNumberInvalid)
        check(documentDate <= today, Strings.requestFieldDate, documentDate.iso, Strings.requestDateFuture)
        check(deadline >= documentDate, Strings.requestFieldDeadline, deadline.iso, Strings.requestDeadlineBeforeDate)
        check(periodFrom <= periodTo, Strings.requestFieldPeriod, "\(periodFrom.iso) – \(periodTo.iso)", Strings.requestPeriodReversed)
        check(periodTo <= deadline, Strings.requestFieldPeriod, periodTo.iso, Strings.requestPeriodAfterDeadline)
        check(!issuer.isEmpty && issuer.count <= 200, Strings.requestFieldIssuer, issuer, Strings.requestIssuerRequired)
        check(!subject.isEmpty && subject.count <= 500, Strings.requestFieldSubject, subject, Strings.requestSubjectRequired)
        check(!communes.isEmpty, Strings.requestFieldCommunes, "", Strings.requestNoCommunes)
        for (field, text) in [(Strings.requestFieldIssuer, issuer), (Strings.requestFieldSubject, subject), (Strings.requestFieldNumber, number)]
        where NarrativeText.hasMarkup(text) {
            problems.append(Problem(column: field, value: text, reason: Strings.narrativeMarkup))
        }
        guard problems.isEmpty else {
            throw DomainError(.invalid, code: "report-request.invalid", message: problems[0].reason, details: problems)
        }
    }
}

/// Officers' free text (report narratives, request subjects): plain text only.
public enum NarrativeText {
    /// True when the text contains something that looks like HTML or script: a tag, a comment, or a
    /// `javascript:` address.
    public static func hasMarkup(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.contains("javascript:") || lower.contains("<!--") { return true }
        var previous: Character?
        for character in text {
            if previous == "<", character.isLetter || character == "/" || character == "!" || character == "?" { return true }
            previous = character
        }
        return false
    }

    /// Checks a paragraph typed by an officer.
    public static func check(_ text: String, field: String) throws -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        if hasMarkup(normalized) {
            throw DomainError(.invalid, code: "report.markup", message: Strings.narrativeMarkup,
                              details: [Problem(column: field, value: String(normalized.prefix(80)), reason: Strings.narrativeMarkup)])
        }
        guard normalized.count <= 5000 else {
            throw DomainError(.invalid, code: "report.too-long", message: Strings.narrativeTooLong,
                              details: [Problem(column: field, reason: Strings.narrativeTooLong)])
        }
        return normalized
    }
}

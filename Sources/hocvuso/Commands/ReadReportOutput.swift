import Foundation
import HocVuSoCore
import HocVuSoReading

/// The JSON of `read-report --json` (ARCHITECTURE.md): numbers as JSON numbers, dates as YYYY-MM-DD.
struct ReadReportJSON: Encodable {
    struct Answers: Encodable {
        var number: String
        var date: String?
        var issuer: String?
    }

    struct Document: Encodable {
        var number: String
        var date: String?
        var type: String
    }

    struct Figure: Encodable {
        var key: String
        var value: Double
        var upper: Double?
        var unit: String
        var qualifier: String?
        var asOf: String?
        var sentence: String
    }

    struct Section: Encodable {
        var section: String
        var heading: String
    }

    var unitCode: String?
    var unitCandidates: [String]
    var number: String?
    var date: String?
    var answers: Answers?
    var documents: [Document]
    var sections: [Section]
    var figures: [Figure]
    var method: String
    var pages: Int
    var ocrSeconds: Double
    var text: String

    init(_ result: ReportIntake.Result) {
        let r = result.reading
        unitCode = r.unitCode
        unitCandidates = r.unitCandidates.map(\.code)
        number = r.number
        date = r.date?.iso
        answers = r.answers.map { Answers(number: $0.number, date: $0.date?.iso, issuer: $0.issuer) }
        documents = r.documents.map { Document(number: $0.number, date: $0.date?.iso, type: $0.type.rawValue) }
        sections = r.sections.map { Section(section: $0.section.rawValue, heading: $0.heading) }
        figures = r.figures.map {
            Figure(key: $0.key, value: $0.value, upper: $0.upper, unit: $0.unit.rawValue, qualifier: $0.qualifier,
                   asOf: $0.asOf?.iso, sentence: $0.sentence)
        }
        method = result.acquired.method.rawValue
        pages = result.acquired.pages
        ocrSeconds = (result.acquired.ocrSeconds * 100).rounded() / 100
        text = r.text
    }

    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

/// The plain-text listing of `read-report`, in Vietnamese, each figure with its sentence.
struct ReadReportText {
    let text: String

    init(_ result: ReportIntake.Result, directory: UnitDirectory) {
        let r = result.reading
        typealias S = Strings.ReadReportOutput
        var lines: [String] = []
        let unit = r.unitCode.flatMap { directory[$0] }
        lines.append("\(S.unit): " + (unit.map { "\($0.fullName), \(directory[$0.provinceCode]?.fullName ?? "") (\($0.code))" } ?? S.unknown))
        for candidate in r.unitCandidates where candidate.code != r.unitCode {
            lines.append("  \(S.otherCandidate): \(candidate.name), \(candidate.provinceName) (\(candidate.code))")
        }
        lines.append("\(S.number): \(r.number ?? S.unknown) · \(S.date): \(r.date.map(VietnameseFormat.date) ?? S.unknown)")
        if let answers = r.answers {
            lines.append("\(S.answers): \(Strings.receivedAnswersLine(answers.number, answers.date.map(VietnameseFormat.date), answers.issuer))")
        }
        lines.append("\(S.method): \(Strings.receivedMethod(result.acquired.method.rawValue, pages: result.acquired.pages, ocrPages: result.acquired.ocrPages, ocrMillis: Int(result.acquired.ocrSeconds * 1000)))")
        if !r.sections.isEmpty {
            lines.append("\(S.sections):")
            lines += r.sections.map { "  - \(Strings.receivedSectionLine($0.section, heading: $0.heading))" }
        }
        if !r.documents.isEmpty {
            lines.append("\(S.documents) (\(r.documents.count)):")
            lines += r.documents.map { "  - \($0.typeName) \($0.number)" + ($0.date.map { " ngày \(VietnameseFormat.date($0))" } ?? "") }
        }
        lines.append("\(S.figures) (\(r.figures.count)):")
        for figure in r.figures {
            let value = (figure.qualifier.map { "\($0) " } ?? "") + VietnameseFormat.decimal(figure.value, digits: 2, trimmingZeros: true)
                + (figure.upper.map { " – \(VietnameseFormat.decimal($0, digits: 2, trimmingZeros: true))" } ?? "")
                + (figure.unit == .percent ? "%" : "")
            lines.append("  - \(Strings.receivedFigureLabel(figure.key)): \(value) \(figure.subject)"
                         + (figure.asOf.map { " (\(S.asOf) \(VietnameseFormat.date($0)))" } ?? ""))
            lines.append("    “\(figure.sentence)”")
        }
        text = lines.joined(separator: "\n")
    }
}

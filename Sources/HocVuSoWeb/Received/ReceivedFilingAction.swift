import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoReading
import HocVuSoStore

/// Files what the officer confirmed as the commune's submission. A commune that already has a report for the
/// request gets the differences shown for a decision; nothing is overwritten until the officer chooses to replace.
struct ReceivedFilingAction {
    let services: AppServices
    let review: ReceivedReviewPage

    struct ConfirmedFigure: Codable {
        var key: String
        var value: Double
        var qualifier: String?
        var asOf: String?
        var sentence: String
        /// Typed by the officer rather than found by the reader.
        var entered: Bool
    }

    func file(_ request: Request, _ context: AppContext) async throws -> Response {
        var request = request
        let id = try context.uuidParameter("received", notFound: Strings.receivedNotFound)
        let posted = try await request.form()
        let received = try await services.store.received.report(id)
        guard received.status == .read, let json = received.reading,
              let reading = try? JSONDecoder().decode(ReportReading.self, from: Data(json.utf8)) else {
            throw DomainError(.conflict, code: "received.step", message: Strings.receivedWrongStep(Strings.receivedStatusLabel(received.status)))
        }
        let form = ReceivedReviewForm(posted: { posted.first($0) }, reading: reading)
        let decision: FilingDecision = posted.first("decision") == "replace" ? .replace : .ask
        do {
            let display = await review.displayText(reading, showOriginal: false)
            let filing = try Self.filing(form, reading: reading, display: String(display.characters))
            let reportID = try await services.store.received.fileReport(id, filing: filing, decision: decision,
                                                                        directory: services.store.directory, actor: context.actor())
            return try seeOther("/reports/\(reportID.uuidString)", done: "received-filed").response(from: request, context: context)
        } catch let error as DomainError where error.code == "received.exists" {
            let existing = try await services.store.reports.report(request: received.requestID, commune: form.communeCode)
            let filing = try? Self.filing(form, reading: reading, display: reading.text)
            let contradictions = existing.map { ReceivedFiling.contradictions(existing: $0.figures, received: filing?.figures ?? ReportFigures()) } ?? []
            return try await review.render(id, form: form, error: error, conflict: contradictions, showOriginal: false, context: context)
                .response(from: request, context: context)
        } catch let error as DomainError where error.kind == .invalid {
            return try await review.render(id, form: form, error: error, conflict: nil, showOriginal: false, context: context)
                .response(from: request, context: context)
        }
    }

    /// The submission the form describes. `display` is the text as shown (restored), for the sections' paragraphs.
    static func filing(_ form: ReceivedReviewForm, reading: ReportReading, display: String) throws -> ReceivedFiling {
        var values: [String: Double] = [:]
        var confirmed: [ConfirmedFigure] = []
        func add(_ input: ReceivedReviewForm.FigureInput, sentence: String, entered: Bool) throws {
            guard input.include else { return }
            let key = ReceivedFigureKeys.all.contains(input.key) || input.key.hasPrefix("share.") ? input.key : "other"
            guard let value = FigureNumber.parse(input.value), !(ReceivedFigureKeys.isShare(key) && value > 100) else {
                throw DomainError(.invalid, code: "received.figure",
                                  message: Strings.receivedFigureInvalid(Strings.receivedFigureLabel(key), input.value))
            }
            let asOf = try date(input.asOf, field: Strings.receivedFigureLabel(key))
            if key != "other" {
                values[key] = ReceivedFigureKeys.isShare(key) ? value : (values[key] ?? 0) + value
            }
            confirmed.append(ConfirmedFigure(key: key, value: value, qualifier: input.qualifier.isEmpty ? nil : input.qualifier,
                                             asOf: asOf?.iso, sentence: sentence, entered: entered))
        }
        for (index, figure) in reading.figures.enumerated() {
            if let input = form.figures[safe: index] { try add(input, sentence: figure.sentence, entered: false) }
        }
        if form.extra.include {
            guard form.extraSentence.count >= 5 else {
                throw DomainError(.invalid, code: "received.extra", message: Strings.receivedExtraSentenceRequired)
            }
            try add(form.extra, sentence: String(form.extraSentence.prefix(1000)), entered: true)
        }
        guard !confirmed.isEmpty else {
            throw DomainError(.invalid, code: "received.nothing", message: Strings.receivedNothingConfirmed)
        }
        var documents: [ReportFigures.DocumentLine] = []
        for (index, listed) in reading.documents.enumerated() {
            guard let input = form.documents[safe: index], input.include, !input.number.isEmpty else { continue }
            let type = DocumentType(rawValue: input.type) ?? listed.type
            let date = try date(input.date, field: input.number) ?? listed.date
            guard let date else { continue }
            documents.append(ReportFigures.DocumentLine(typeName: type.name, numberText: String(input.number.prefix(40)), date: date,
                                                        summary: listed.summary ?? ""))
        }
        let characters = Array(display)
        let paragraphs = reading.sections.enumerated().flatMap { index, section in
            let lower = max(0, min(section.span.start, characters.count))
            let text = String(characters[lower..<max(lower, min(section.span.end, characters.count))])
            return ReceivedParagraphs.split(text).enumerated().map { n, paragraph in
                ReportParagraph(key: "received-\(index)-\(n)", section: section.section, kind: paragraph.bullet ? .bullet : .paragraph,
                                text: paragraph.text, edited: true)
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return ReceivedFiling(
            communeCode: form.communeCode, number: form.number.isEmpty ? nil : String(form.number.prefix(40)),
            reportDate: try date(form.date, field: Strings.receivedReportDateField),
            figures: ReportFigures(values: values, documents: documents), paragraphs: paragraphs,
            confirmedJSON: String(decoding: try encoder.encode(confirmed), as: UTF8.self))
    }

    static func date(_ text: String, field: String) throws -> CivilDate? {
        guard !text.isEmpty else { return nil }
        guard let date = CivilDate(typed: text), date.year >= 2000, date.year <= 2100 else {
            throw DomainError(.invalid, code: "received.date", message: Strings.receivedDateInvalid(field, text))
        }
        return date
    }
}

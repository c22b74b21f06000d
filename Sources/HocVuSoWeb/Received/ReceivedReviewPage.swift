import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoReading
import HocVuSoStore

/// A received report's page: the reading's progress, or why it failed, or — once read — the proposal side by side
/// with the highlighted source for the officer to confirm or correct, or what was filed.
struct ReceivedReviewPage {
    let services: AppServices

    struct DocumentRow {
        var index: Int
        var include: Bool
        var number: String
        var date: String
        var types: [Option]
        var sentence: String
    }

    struct FigureRow {
        var index: Int
        var include: Bool
        var keys: [Option]
        var value: String
        var qualifier: String
        var asOf: String
        var subject: String
        var sentence: String
        var excerpt: FigureExcerpt
        var anchor: String
        var counted: Bool
        /// A plan's target ("phấn đấu 85%"), not a result: proposed unticked.
        var isTarget: Bool
    }

    struct ConflictRow {
        var label: String
        var existing: String
        var received: String
    }

    struct Model {
        var title: String
        var id: String
        var fileName: String
        var originalHref: String
        var requestHref: String
        var receivedListHref: String
        var uploaded: String
        var status: String
        var state: String
        var csrf: String
        var isReading: Bool
        var isFailed: Bool
        var isRead: Bool
        var isFiled: Bool
        var isDiscarded: Bool
        var progressLabel: String
        var statusHref: String
        var done: Int
        var total: Int
        var failure: String?
        var method: String
        // Review
        var restored: Bool
        var restoredNote: String?
        var toggleHref: String?
        var toggleLabel: String
        var segments: [SourceHighlighter.Segment]
        var communes: [Option]
        var communeWarning: String?
        var number: String
        var date: String
        var answers: String?
        var answersWarning: String?
        var documents: [DocumentRow]
        var sections: [String]
        var figures: [FigureRow]
        var extraKeys: [Option]
        var extraValue: String
        var extraSentence: String
        var error: String?
        var conflict: String?
        var conflictRows: [ConflictRow]
        var reportHref: String?
    }

    func show(_ request: Request, _ context: AppContext) async throws -> Response {
        let id = try context.uuidParameter("received", notFound: Strings.receivedNotFound)
        let original = request.query("view") == "original"
        return try await render(id, form: nil, error: nil, conflict: nil, showOriginal: original, context: context)
            .response(from: request, context: context)
    }

    func render(_ id: UUID, form posted: ReceivedReviewForm?, error: DomainError?, conflict: [ReceivedFiling.Contradiction]?,
                showOriginal: Bool, context: AppContext) async throws -> HTML {
        let received = try await services.store.received.report(id)
        let asked = try await services.store.reports.request(received.requestID)
        let directory = services.store.directory
        var model = Model(
            title: Strings.receivedReviewTitle, id: id.uuidString, fileName: received.fileName,
            originalHref: "/received/\(id.uuidString)/original", requestHref: "/report-requests/\(asked.id.uuidString)",
            receivedListHref: "/report-requests/\(asked.id.uuidString)/received",
            uploaded: Strings.receivedUploaded(ActivityFormat.dateTime(received.createdAt), received.createdBy),
            status: Strings.receivedStatusLabel(received.status), state: received.status.rawValue, csrf: context.csrfToken,
            isReading: received.status == .reading, isFailed: received.status == .failed, isRead: received.status == .read,
            isFiled: received.status == .filed, isDiscarded: received.status == .discarded,
            progressLabel: Strings.receivedProgress(received.pagesDone, received.pagesTotal),
            statusHref: "/received/\(id.uuidString)/status", done: received.pagesDone, total: max(received.pagesTotal, 1),
            failure: received.error, method: Strings.receivedMethod(received.method, pages: received.pagesTotal,
                                                                    ocrPages: received.ocrPages, ocrMillis: received.ocrMillis),
            restored: false, restoredNote: nil, toggleHref: nil, toggleLabel: "", segments: [], communes: [], communeWarning: nil,
            number: "", date: "", answers: nil, answersWarning: nil, documents: [], sections: [], figures: [], extraKeys: [],
            extraValue: "", extraSentence: "", error: error?.message, conflict: nil, conflictRows: [],
            reportHref: received.reportID.map { "/reports/\($0.uuidString)" })
        if let json = received.reading, let reading = try? JSONDecoder().decode(ReportReading.self, from: Data(json.utf8)) {
            let form = posted ?? ReceivedReviewForm(reading)
            await fill(&model, reading: reading, form: form, asked: asked, provinceCode: received.provinceCode,
                       showOriginal: showOriginal, directory: directory)
        }
        if let conflict {
            model.conflict = error?.message
            model.error = nil
            model.conflictRows = conflict.map {
                ConflictRow(label: Strings.receivedFigureLabel($0.key), existing: FigureNumber.text($0.existing),
                            received: FigureNumber.text($0.received))
            }
        }
        let province = directory[asked.provinceCode]
        return try services.render("received-report", model, layout: services.layout(model.title, context: context, unit: province),
                                   status: error.map { ErrorMiddleware.status($0.kind) } ?? .ok)
    }

    private func fill(_ model: inout Model, reading: ReportReading, form: ReceivedReviewForm, asked: ReportRequest,
                      provinceCode: String, showOriginal: Bool, directory: UnitDirectory) async {
        let display = await displayText(reading, showOriginal: showOriginal)
        model.restored = display.restored
        if display.restorable {
            model.restoredNote = display.restored ? Strings.receivedRestoredNote : nil
            model.toggleHref = "/received/\(model.id)" + (showOriginal ? "" : "?view=original")
            model.toggleLabel = showOriginal ? Strings.receivedShowRestored : Strings.receivedShowOriginal
        }
        model.segments = SourceHighlighter.segments(display: display.characters, figures: reading.figures, unsure: display.unsure)
        // The communes of the request, the candidates first.
        let candidates = reading.unitCandidates.map(\.code)
        let addressed = asked.communes.compactMap { directory[$0] }.sorted { VietnameseCollation.namePrecedes($0.name, $1.name) }
        var options = candidates.compactMap { code in directory[code].map { unit in
            Option(value: unit.code, label: "\(unit.fullName) – \(directory[unit.provinceCode]?.fullName ?? "")",
                   selected: unit.code == form.communeCode)
        } }
        options += addressed.filter { !candidates.contains($0.code) }.map {
            Option(value: $0.code, label: $0.fullName, selected: $0.code == form.communeCode)
        }
        model.communes = [Option(value: "", label: Strings.receivedChooseCommune, selected: form.communeCode.isEmpty)] + options
        if let code = reading.unitCode, let unit = directory[code], unit.provinceCode != provinceCode {
            model.communeWarning = Strings.receivedCommuneOutside(unit.fullName)
        } else if reading.unitCode == nil {
            model.communeWarning = Strings.receivedCommuneNotFound
        } else if let code = reading.unitCode, !asked.communes.contains(code) {
            model.communeWarning = Strings.receivedNotAddressed(directory[code]?.fullName ?? code)
        }
        model.number = form.number
        model.date = form.date
        if let answers = reading.answers {
            model.answers = Strings.receivedAnswersLine(answers.number, answers.date.map(VietnameseFormat.date), answers.issuer)
            if DocumentNumberMatch.same(answers.number, asked.documentNumber) == false {
                model.answersWarning = Strings.receivedAnswersOther(asked.documentLine)
            }
        } else {
            model.answersWarning = Strings.receivedAnswersMissing
        }
        model.documents = reading.documents.enumerated().map { i, document in
            let input = form.documents[safe: i]
            let type = input?.type ?? document.type.rawValue
            return DocumentRow(index: i, include: input?.include ?? true, number: input?.number ?? document.number,
                               date: input?.date ?? "", types: DocumentType.allCases.map {
                                   Option(value: $0.rawValue, label: $0.name, selected: $0.rawValue == type)
                               }, sentence: Self.slice(reading.text, document.span))
        }
        // Each heading as shown (restored when the text lost its diacritics): the first line of its section.
        model.sections = reading.sections.map { section in
            let lower = max(0, min(section.span.start, display.characters.count))
            let upper = max(lower, min(section.span.end, display.characters.count))
            let shown = display.characters[lower..<upper].split(separator: "\n").first.map { String($0) }
            return Strings.receivedSectionLine(section.section, heading: shown ?? section.heading)
        }
        model.figures = reading.figures.enumerated().map { i, figure in
            let input = form.figures[safe: i]
            let key = input?.key ?? figure.key
            return FigureRow(index: i, include: input?.include ?? (figure.isTarget != true), keys: Self.keyOptions(selected: key),
                             value: input?.value ?? FigureNumber.text(figure.value), qualifier: input?.qualifier ?? (figure.qualifier ?? ""),
                             asOf: input?.asOf ?? "", subject: figure.subject, sentence: figure.sentence,
                             excerpt: FigureExcerpt(display: display.characters, figure: figure), anchor: "fig-\(i)",
                             counted: Consolidation.figureKeys.contains(key), isTarget: figure.isTarget == true)
        }
        model.extraKeys = Self.keyOptions(selected: form.extra.key.isEmpty ? "participants" : form.extra.key)
        model.extraValue = form.extra.value
        model.extraSentence = form.extraSentence
    }

    /// The figure kinds the officer can choose; the consolidation's first.
    static func keyOptions(selected: String) -> [Option] {
        var keys = ReceivedFigureKeys.all
        if !keys.contains(selected), !selected.isEmpty { keys.append(selected) }
        return keys.map { Option(value: $0, label: Strings.receivedFigureLabel($0), selected: $0 == selected) }
    }

    static func slice(_ text: String, _ span: TextSpan) -> String {
        let characters = Array(text)
        let lower = max(0, min(span.start, characters.count))
        return String(characters[lower..<max(lower, min(span.end, characters.count))])
    }

    struct Display {
        var characters: [Character]
        var restored: Bool
        var restorable: Bool
        var unsure: [Range<Int>]
    }

    /// The text as shown: with diacritics restored when it lost them (and the restorer is installed), unless the
    /// officer asked for the original. Restoration keeps every character's position, so the reading's spans apply.
    func displayText(_ reading: ReportReading, showOriginal: Bool) async -> Display {
        let original = Array(reading.text)
        guard DiacriticsPresence.lacksDiacritics(reading.text), let restorer = await services.receivedReadings.restorer() else {
            return Display(characters: original, restored: false, restorable: false, unsure: [])
        }
        if showOriginal { return Display(characters: original, restored: false, restorable: true, unsure: []) }
        let restored = restorer.restore(reading.text)
        var characters: [Character] = []
        var unsure: [Range<Int>] = []
        characters.reserveCapacity(original.count)
        for (index, line) in restored.lines.enumerated() {
            if index > 0 { characters.append("\n") }
            for piece in line.pieces {
                let start = characters.count
                characters += Array(piece.restored)
                if piece.unsure { unsure.append(start..<characters.count) }
            }
        }
        guard characters.count == original.count else {
            return Display(characters: original, restored: false, restorable: false, unsure: [])
        }
        return Display(characters: characters, restored: true, restorable: true, unsure: unsure)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

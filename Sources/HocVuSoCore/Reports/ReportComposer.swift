/// Writes a commune report's paragraphs from its figures, in the outline of the seed reports: the legal basis, I.
/// direction (the documents issued), II. results (teams, support, classes, learning, targets, villages), III–V
/// narrative sections for the officer, and the closing sentence. Refreshing keeps what an officer edited.
public struct ReportComposer: Sendable {
    /// "Chí Minh".
    public var communeName: String
    /// "xã" or "phường".
    public var communeType: String
    public var request: ReportRequest?
    public var periodFrom: CivilDate
    public var periodTo: CivilDate

    public init(communeName: String, communeType: String, request: ReportRequest?, periodFrom: CivilDate, periodTo: CivilDate) {
        self.communeName = communeName
        self.communeType = communeType
        self.request = request
        self.periodFrom = periodFrom
        self.periodTo = periodTo
    }

    var place: String { "\(communeType.lowercased()) \(communeName)" }

    public func paragraphs(_ f: ReportFigures) -> [ReportParagraph] {
        var out: [ReportParagraph] = []
        func add(_ key: String, _ section: ReportSection, kind: ReportParagraph.Kind = .paragraph, _ text: String,
                 _ figures: [String] = []) {
            out.append(ReportParagraph(key: key, section: section, kind: kind, text: text, figureKeys: figures))
        }
        let from = VietnameseFormat.date(periodFrom), to = VietnameseFormat.date(periodTo)
        if let request {
            add("intro", .intro, Strings.reportIntro(request: request.documentLine, issuer: request.issuer,
                                                       subject: request.subject, place: place, from: from, to: to))
        } else {
            add("intro", .intro, Strings.reportIntroWithoutRequest(place: place, from: from, to: to))
        }
        // I. Direction: the documents issued in the period, from the register.
        if f.documents.isEmpty {
            add("direction.lead", .direction, Strings.reportDirectionNoDocuments(place: place))
        } else {
            add("direction.lead", .direction, Strings.reportDirectionLead(place: place, count: f.documents.count), ["documents"])
            for (index, document) in f.documents.enumerated() {
                let last = index == f.documents.count - 1
                add("direction.doc.\(document.numberText)", .direction, kind: .bullet,
                    Strings.reportDocumentBullet(type: document.typeName, number: document.numberText,
                                                 date: VietnameseFormat.date(document.date), summary: document.summary, last: last))
            }
        }
        add("direction.communication", .direction, Strings.reportCommunicationDefault(place: place))
        // II. Results.
        add("results.teams.heading", .results, kind: .subheading, Strings.reportTeamsHeading)
        add("results.teams", .results, Strings.reportTeams(commune: f.int("teams.commune"), village: f.int("teams.village"),
                                                          rapid: f.int("teams.rapid"), members: f.int("members")),
            ["teams.commune", "teams.village", "teams.rapid", "members"])
        add("results.sessions.heading", .results, kind: .subheading, Strings.reportSessionsHeading)
        let categories = f.values.keys.filter { $0.hasPrefix("sessions.") && f.int($0) > 0 }
            .sorted { f.int($0) != f.int($1) ? f.int($0) > f.int($1) : $0 < $1 }
        let parts = categories.map { key in
            (label: f.categoryLabels[String(key.dropFirst("sessions.".count))] ?? String(key.dropFirst("sessions.".count)), n: f.int(key))
        }
        add("results.sessions", .results, Strings.reportSessions(from: from, to: to, total: f.int("sessions"), parts: parts),
            ["sessions"] + categories)
        add("results.events.heading", .results, kind: .subheading, Strings.reportEventsHeading)
        add("results.events", .results, Strings.reportEvents(events: f.int("events"), participants: f.int("participants")),
            ["events", "participants"])
        add("results.learning.heading", .results, kind: .subheading, Strings.reportLearningHeading)
        add("results.learning", .results,
            Strings.reportLearning(enrolled: f.int("learners.enrolled"), completed: f.int("learners.completed"),
                                   taken: f.int("assessments.taken"), passed: f.int("assessments.passed"),
                                   certificates: f.int("certificates.issued")),
            ["learners.enrolled", "learners.completed", "assessments.taken", "assessments.passed", "certificates.issued"])
        add("results.indicators.heading", .results, kind: .subheading, Strings.reportIndicatorsHeading)
        add("results.villages.heading", .results, kind: .subheading, Strings.reportVillagesHeading)
        // III–V: the officer's own words, with a starting sentence.
        add("difficulties", .difficulties, Strings.reportDifficultiesDefault)
        add("next-steps", .nextSteps, Strings.reportNextStepsDefault)
        add("recommendations", .recommendations, Strings.reportRecommendationsDefault)
        add("closing", .closing, Strings.reportClosing(place: place, issuer: request?.issuer))
        return out
    }

    /// New figures: paragraphs an officer has not edited are rewritten; edited ones stay as typed. Paragraphs that
    /// no longer exist in the new outline (a document no longer in the period) go, unless edited.
    public func refreshed(_ old: [ReportParagraph], figures: ReportFigures) -> [ReportParagraph] {
        let edited = Dictionary(old.filter(\.edited).map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var result = paragraphs(figures).map { edited[$0.key] ?? $0 }
        let keys = Set(result.map(\.key))
        for paragraph in old where paragraph.edited && !keys.contains(paragraph.key) {
            result.append(paragraph)
        }
        return result
    }
}

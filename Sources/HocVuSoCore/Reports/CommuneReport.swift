import Foundation

/// Where a commune's report stands.
public enum ReportStatus: String, Sendable, Codable, CaseIterable {
    /// Being written by the officer.
    case draft
    /// Submitted to the commune leader.
    case awaitingApproval = "awaiting-approval"
    /// Approved and numbered by the leader; not yet sent.
    case approved
    /// Sent to the province.
    case sent
    /// Returned by the province with a comment; editable again.
    case returned
    /// Accepted by the province.
    case accepted

    /// The officer may change the text and figures.
    public var editable: Bool { self == .draft || self == .returned }
}

/// The sections of a report, in the order of the seeds' outline.
public enum ReportSection: String, Sendable, Codable, CaseIterable {
    case intro
    case direction
    case results
    case difficulties
    case nextSteps = "next-steps"
    case recommendations
    case closing
}

/// One paragraph of a report: generated from the data (with the figures it states) until an officer edits it.
public struct ReportParagraph: Sendable, Codable, Equatable {
    public var key: String
    public var section: ReportSection
    public var kind: Kind
    public var text: String
    /// The figures (keys of `ReportFigures.values`) the generated text states.
    public var figureKeys: [String]
    /// An officer changed the text; refreshing the figures no longer rewrites it.
    public var edited: Bool

    public enum Kind: String, Sendable, Codable {
        case paragraph
        case bullet
        case subheading
    }

    public init(key: String, section: ReportSection, kind: Kind = .paragraph, text: String, figureKeys: [String] = [],
                edited: Bool = false) {
        self.key = key
        self.section = section
        self.kind = kind
        self.text = text
        self.figureKeys = figureKeys
        self.edited = edited
    }
}

/// A commune's answer to a report request.
public struct CommuneReport: Sendable, Equatable {
    public var id: UUID
    public var requestID: UUID
    public var communeCode: String
    public var status: ReportStatus
    public var figures: ReportFigures
    public var paragraphs: [ReportParagraph]
    /// "308/BC-UBND", given at approval.
    public var number: String?
    public var reportDate: CivilDate?
    public var signature: [String]
    public var signerName: String
    public var recipients: [String]
    public var sentAt: Date?
    public var version: Int
    /// Written in hocvuso, or entered by the department from a document the commune sent the old way.
    public var source: ReportSource
    /// The received document it was entered from.
    public var receivedID: UUID?

    public init(id: UUID, requestID: UUID, communeCode: String, status: ReportStatus, figures: ReportFigures,
                paragraphs: [ReportParagraph], number: String? = nil, reportDate: CivilDate? = nil, signature: [String],
                signerName: String, recipients: [String], sentAt: Date? = nil, version: Int = 1,
                source: ReportSource = .system, receivedID: UUID? = nil) {
        self.id = id
        self.requestID = requestID
        self.communeCode = communeCode
        self.status = status
        self.figures = figures
        self.paragraphs = paragraphs
        self.number = number
        self.reportDate = reportDate
        self.signature = signature
        self.signerName = signerName
        self.recipients = recipients
        self.sentAt = sentAt
        self.version = version
        self.source = source
        self.receivedID = receivedID
    }

    /// Paragraphs whose figures differ from `current` (the data moved since they were written or edited).
    public func stale(against current: ReportFigures) -> [String] {
        paragraphs.filter { paragraph in
            paragraph.figureKeys.contains { figures.values[$0] != current.values[$0] }
        }.map(\.key)
    }
}

/// Where a commune's report came from.
public enum ReportSource: String, Sendable, Codable {
    /// Drafted, approved and sent in hocvuso.
    case system
    /// Entered by the department from a document the commune sent (scan, Word file, OCR text).
    case received
}

/// One step of a report's history.
public struct ReportEvent: Sendable, Equatable {
    public var at: Date
    public var actor: String
    public var action: String
    public var comment: String?

    public init(at: Date, actor: String, action: String, comment: String?) {
        self.at = at
        self.actor = actor
        self.action = action
        self.comment = comment
    }
}

/// Where a commune stands on a request, as the department sees it.
public enum RequestProgress: String, Sendable, Codable {
    case notStarted = "not-started"
    case draft
    case submittedOnTime = "submitted-on-time"
    case submittedLate = "submitted-late"
    case returned
    case accepted

    public static func of(_ status: ReportStatus?, sentOn: CivilDate?, deadline: CivilDate) -> RequestProgress {
        switch status {
        case nil: return .notStarted
        case .draft, .awaitingApproval, .approved: return .draft
        case .returned: return .returned
        case .accepted: return .accepted
        case .sent: return (sentOn.map { $0 <= deadline } ?? true) ? .submittedOnTime : .submittedLate
        }
    }
}

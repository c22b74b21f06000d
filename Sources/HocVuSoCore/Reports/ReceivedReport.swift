import Foundation

/// Where a received report stands: read in the background, then confirmed and filed by the department (or put aside).
public enum ReceivedReportStatus: String, Sendable, Codable, CaseIterable {
    case reading
    case read
    case failed
    case filed
    case discarded
}

/// A report a commune sent the old way (scan, Word file, PDF, OCR text), kept as it arrived with what was read from it.
public struct ReceivedReport: Sendable, Equatable {
    public var id: UUID
    public var provinceCode: String
    public var requestID: UUID
    public var fileName: String
    /// `ReceivedFileKind` raw value: text, docx, pdf, png, jpeg, tiff.
    public var fileKind: String
    public var fileSHA256: String
    public var status: ReceivedReportStatus
    public var pagesDone: Int
    public var pagesTotal: Int
    /// How the text was taken: plain, word, pdf-text, ocr, mixed.
    public var method: String?
    public var ocrPages: Int
    public var ocrMillis: Int
    public var text: String?
    /// What hocvuso proposed, as JSON (`ReportReading`).
    public var reading: String?
    /// What the officer confirmed, as JSON.
    public var confirmed: String?
    public var error: String?
    /// The commune it was filed for.
    public var communeCode: String?
    public var reportID: UUID?
    public var createdBy: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID, provinceCode: String, requestID: UUID, fileName: String, fileKind: String, fileSHA256: String,
                status: ReceivedReportStatus = .reading, pagesDone: Int = 0, pagesTotal: Int = 0, method: String? = nil,
                ocrPages: Int = 0, ocrMillis: Int = 0, text: String? = nil, reading: String? = nil, confirmed: String? = nil,
                error: String? = nil, communeCode: String? = nil, reportID: UUID? = nil, createdBy: String,
                createdAt: Date, updatedAt: Date) {
        self.id = id
        self.provinceCode = provinceCode
        self.requestID = requestID
        self.fileName = fileName
        self.fileKind = fileKind
        self.fileSHA256 = fileSHA256
        self.status = status
        self.pagesDone = pagesDone
        self.pagesTotal = pagesTotal
        self.method = method
        self.ocrPages = ocrPages
        self.ocrMillis = ocrMillis
        self.text = text
        self.reading = reading
        self.confirmed = confirmed
        self.error = error
        self.communeCode = communeCode
        self.reportID = reportID
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// What the department confirmed from a received report, to file as the commune's submission.
public struct ReceivedFiling: Sendable, Equatable {
    public var communeCode: String
    public var number: String?
    public var reportDate: CivilDate?
    public var figures: ReportFigures
    public var paragraphs: [ReportParagraph]
    /// The confirmed items with the sentences they came from, as JSON (kept with the received report).
    public var confirmedJSON: String

    public init(communeCode: String, number: String?, reportDate: CivilDate?, figures: ReportFigures,
                paragraphs: [ReportParagraph], confirmedJSON: String) {
        self.communeCode = communeCode
        self.number = number
        self.reportDate = reportDate
        self.figures = figures
        self.paragraphs = paragraphs
        self.confirmedJSON = confirmedJSON
    }
}

/// What to do when the commune already has a report for the request.
public enum FilingDecision: String, Sendable {
    /// Stop and show the differences (the default: nothing is overwritten silently).
    case ask
    /// Replace the commune's report by the received one (logged with the figures it replaced).
    case replace
}

extension ReceivedFiling {
    /// A figure the received document states differently from the commune's report already stored.
    public struct Contradiction: Sendable, Equatable {
        public var key: String
        public var existing: Double
        public var received: Double

        public init(key: String, existing: Double, received: Double) {
            self.key = key
            self.existing = existing
            self.received = received
        }
    }

    /// The figures both state, with different values (keys in order).
    public static func contradictions(existing: ReportFigures, received: ReportFigures) -> [Contradiction] {
        received.values.keys.sorted().compactMap { key in
            guard let before = existing.values[key], let after = received.values[key], before != after else { return nil }
            return Contradiction(key: key, existing: before, received: after)
        }
    }
}

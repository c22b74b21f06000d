import HocVuSoCore

/// What the reader proposes for a received report, for an officer to confirm. Every span is in Characters of `text`.
public struct ReportReading: Sendable, Codable, Equatable {
    /// The commune the report comes from: the `unitCode` the caller gave, or the best candidate when it stands out.
    public var unitCode: String?
    /// Communes the text may come from, best first.
    public var unitCandidates: [UnitCandidate]
    /// The report's own number and symbol ("275/BC-UBND").
    public var number: String?
    /// The date under the national motto ("Phú Thái, ngày 13 tháng 11 năm 2025").
    public var date: CivilDate?
    /// The request the report answers ("Thực hiện Công văn số 516/SKHCN-TTTT …").
    public var answers: AnsweredRequest?
    /// The other documents the report cites.
    public var documents: [ListedDocument]
    public var sections: [ReportSectionText]
    public var figures: [ExtractedFigure]
    /// The text read, NFC; the spans point into its Characters.
    public var text: String
}

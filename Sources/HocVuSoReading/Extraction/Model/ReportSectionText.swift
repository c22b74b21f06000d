import HocVuSoCore

/// A section of the report recognised by its heading ("II. KẾT QUẢ TRIỂN KHAI"); the span runs from the heading to
/// the next recognised heading.
public struct ReportSectionText: Sendable, Codable, Equatable {
    public var section: ReportSection
    public var heading: String
    public var span: TextSpan
}

import HocVuSoCore

/// A document a report cites: its number and symbol, date and type, and where it is cited.
public struct ListedDocument: Sendable, Codable, Equatable {
    public var number: String
    public var date: CivilDate?
    public var type: DocumentType
    /// The type in words ("Kế hoạch", "Nghị quyết"), also for types outside `DocumentType`.
    public var typeName: String
    public var summary: String?
    /// The citation, from the type word (or the number) to the end of its line or sentence.
    public var span: TextSpan
}

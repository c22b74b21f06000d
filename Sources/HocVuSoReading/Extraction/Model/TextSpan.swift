/// A range of Characters (not unicode scalars, not UTF-8 bytes) of `ReportReading.text`: `start..<end`.
public struct TextSpan: Sendable, Codable, Equatable, Hashable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var range: Range<Int> { start..<end }

    public func contains(_ other: TextSpan) -> Bool { start <= other.start && other.end <= end }
}

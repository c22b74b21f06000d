import HocVuSoCore

public enum FigureUnit: String, Codable, Sendable {
    case count, percent
}

/// A number the report states, with what it counts (`key`, one of `Strings.receivedFigureLabel`'s keys), its
/// qualifier ("trên", "khoảng"), the date it refers to and the sentence it came from.
public struct ExtractedFigure: Sendable, Codable, Equatable {
    public var key: String
    public var value: Double
    /// The top of a range ("5 - 7 thành viên": value 5, upper 7).
    public var upper: Double?
    public var unit: FigureUnit
    /// In Vietnamese with diacritics, whatever the text's spelling ("trên", "hơn", "khoảng", "gần", "đạt" …).
    public var qualifier: String?
    public var asOf: CivilDate?
    /// The sentence, its line breaks and runs of spaces collapsed; `sentenceSpan` gives it exactly.
    public var sentence: String
    public var sentenceSpan: TextSpan
    public var valueSpan: TextSpan
    /// What is counted, as written after the number ("lượt người tham gia", "% thôn").
    public var subject: String
    /// The figure is a target of a plan ("phấn đấu", "mục tiêu", "chỉ tiêu"), not a result.
    public var isTarget: Bool?
}

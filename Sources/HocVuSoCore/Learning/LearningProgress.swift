/// A learner's progress in one course as stored: what a newer file may move forward, never back.
public struct LearningProgress: Sendable, Equatable {
    public var status: LearningStatus
    public var enrolledOn: CivilDate
    public var completedOn: CivilDate?
    public var score: Double?

    public init(status: LearningStatus, enrolledOn: CivilDate, completedOn: CivilDate?, score: Double?) {
        self.status = status
        self.enrolledOn = enrolledOn
        self.completedOn = completedOn
        self.score = score
    }

    /// The progress a row states; a row without an enrolment date was enrolled by its completion date, or by the
    /// day of the import.
    public init(_ row: LearningRow, importedOn: CivilDate) {
        self.init(status: row.status, enrolledOn: row.enrolledOn ?? row.completedOn ?? importedOn,
                  completedOn: row.status == .completed ? (row.completedOn ?? importedOn) : nil, score: row.score)
    }

    /// This progress updated by a newer statement: a completion stays a completion (its first date kept), the
    /// earliest enrolment is kept, and a newer score replaces the old one.
    public func merged(with newer: LearningProgress) -> LearningProgress {
        var result = self
        result.enrolledOn = min(enrolledOn, newer.enrolledOn)
        if status == .enrolled, newer.status == .completed {
            result.status = .completed
            result.completedOn = newer.completedOn
        }
        if let score = newer.score { result.score = score }
        return result
    }

    /// The month periods of the live counters ("2026-03").
    public var enrolledPeriod: String { String(enrolledOn.iso.prefix(7)) }
    public var completedPeriod: String? { completedOn.map { String($0.iso.prefix(7)) } }
}

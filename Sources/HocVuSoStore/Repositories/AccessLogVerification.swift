/// The outcome of walking the access log's hash chain (`AccessLogStore.verify()`): how far it was checked and the
/// first entry that breaks it, if any.
public struct AccessLogVerification: Sendable, Equatable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The entry's fields and previous hash no longer give its stored hash: it was edited.
        case edited(seq: Int)
        /// The entry does not name the hash of the entry before it (`previous`, nil when it should be the first):
        /// entries between them were deleted, or `previous` was altered and re-hashed.
        case deleted(before: Int, previous: Int?)
        /// The head records a later entry than the last one present: entries at the end were deleted.
        case tailDeleted(last: Int?, head: Int)
        /// The head row itself is gone.
        case headMissing

        public var description: String {
            switch self {
            case .edited(let seq):
                return "entry \(seq) was edited: its hash does not match its contents"
            case .deleted(let seq, let previous):
                let after = previous.map { "entry \($0)" } ?? "the start of the log"
                return "entry \(seq) does not follow \(after): entries between them were deleted (or \(after) was altered)"
            case .tailDeleted(let last, let head):
                let present = last.map { "entry \($0)" } ?? "no entry"
                return "the log ends at \(present) but its head records entry \(head): entries at the end were deleted"
            case .headMissing:
                return "the head row (access_log_head) is missing"
            }
        }

        /// The entry the problem is reported at, if there is one.
        public var seq: Int? {
            switch self {
            case .edited(let seq), .deleted(let seq, _): return seq
            case .tailDeleted(let last, _): return last
            case .headMissing: return nil
            }
        }
    }

    /// Entries whose hash and link were checked.
    public var checked: Int
    /// The last entry the head records.
    public var headSeq: Int
    public var problem: Problem?

    public init(checked: Int, headSeq: Int, problem: Problem?) {
        self.checked = checked
        self.headSeq = headSeq
        self.problem = problem
    }

    public var isIntact: Bool { problem == nil }

    public var description: String {
        if let problem { return "access log chain broken after \(checked) good entries: \(problem)" }
        return "access log verified: \(checked) entries, chain intact up to entry \(headSeq)"
    }
}

import Foundation
import HocVuSoCore

/// The auditor's search of the access log. Every filter is optional; entries come newest first, one page at a time.
public struct AccessLogQuery: Sendable, Equatable {
    /// The unit whose subtree the reader may see (the account's unit); nil for the whole country, including entries
    /// that name no unit.
    public var scopeCode: String?
    /// Entries about this unit or any unit below it.
    public var unitCode: String?
    public var username: String?
    /// A resident's ID (or the ID of another record the entry is about).
    public var subject: String?
    public var action: String?
    /// Days in Vietnam time, both included.
    public var from: CivilDate?
    public var to: CivilDate?
    public var page: Int
    public var perPage: Int

    public init(scopeCode: String?, unitCode: String? = nil, username: String? = nil, subject: String? = nil,
                action: String? = nil, from: CivilDate? = nil, to: CivilDate? = nil, page: Int = 1, perPage: Int = 50) {
        self.scopeCode = scopeCode
        self.unitCode = unitCode
        self.username = username
        self.subject = subject
        self.action = action
        self.from = from
        self.to = to
        self.page = page
        self.perPage = perPage
    }

    /// The first instant of `day` in Vietnam (UTC+7, no daylight saving), as stored in `at`.
    static func start(of day: CivilDate) -> String {
        let epoch = CivilDate(year: 1970, month: 1, day: 1)!
        let seconds = day.daysSince(epoch) * 86_400 - 7 * 3_600
        return Timestamp.string(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}

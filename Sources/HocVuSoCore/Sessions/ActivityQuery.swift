import Foundation

/// The filters shared by the session and event lists and their exports.
public struct ActivityQuery: Sendable, Equatable {
    public var unitCode: String
    public var from: CivilDate?
    public var to: CivilDate?
    public var villageCode: String?
    public var teamID: UUID?
    public var memberID: UUID?
    public var category: String?
    public var eventType: EventType?
    public var page: Int
    public var perPage: Int

    public static let maxPerPage = 200
    /// Exports stop at this many rows.
    public static let exportLimit = 200_000

    public init(unitCode: String, from: CivilDate? = nil, to: CivilDate? = nil, villageCode: String? = nil,
                teamID: UUID? = nil, memberID: UUID? = nil, category: String? = nil, eventType: EventType? = nil,
                page: Int = 1, perPage: Int = 50) {
        self.unitCode = unitCode
        self.from = from
        self.to = to
        self.villageCode = villageCode
        self.teamID = teamID
        self.memberID = memberID
        self.category = category
        self.eventType = eventType
        self.page = max(1, page)
        self.perPage = min(max(1, perPage), Self.maxPerPage)
    }

    public var offset: Int { (page - 1) * perPage }

    public func checkPeriod() throws {
        if let from, let to, to < from {
            throw DomainError(.invalid, code: "query.period", message: Strings.periodReversed)
        }
    }
}

/// A session in a list, with the names it points to.
public struct SessionListItem: Sendable, Equatable {
    public var session: SupportSession
    public var residentName: String?
    public var memberName: String?
    public var teamName: String?

    public init(session: SupportSession, residentName: String?, memberName: String?, teamName: String?) {
        self.session = session
        self.residentName = residentName
        self.memberName = memberName
        self.teamName = teamName
    }
}

/// What a resident list asks for: a unit subtree, optional filters, one page.
public struct ResidentQuery: Sendable, Equatable {
    public var unitCode: String
    /// Free text: folded, matched against names; 12 digits match an ID number, 10 a phone.
    public var text: String?
    public var villageCode: String?
    public var targetGroup: TargetGroup?
    public var ageBand: AgeBand?
    /// The people behind an indicator: by recorded digital skills, smartphone, VNeID level 2, and born in or before a year.
    public var skilled: Bool?
    public var smartphone: Smartphone?
    public var vneidLevel2: Bool?
    public var bornBy: Int?
    public var page: Int
    public var perPage: Int

    public static let maxPerPage = 200
    /// Filtered lists are counted up to this many; a total above it means "more than the cap".
    public static let countCap = 10_000

    public init(unitCode: String, text: String? = nil, villageCode: String? = nil, targetGroup: TargetGroup? = nil,
                ageBand: AgeBand? = nil, page: Int = 1, perPage: Int = 50) {
        self.unitCode = unitCode
        self.text = text
        self.villageCode = villageCode
        self.targetGroup = targetGroup
        self.ageBand = ageBand
        self.page = max(1, page)
        self.perPage = min(max(1, perPage), ResidentQuery.maxPerPage)
    }

    public var offset: Int { (page - 1) * perPage }
}

/// One page of results and the total across all pages.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var page: Int
    public var perPage: Int

    public init(items: [Item], total: Int, page: Int, perPage: Int) {
        self.items = items
        self.total = total
        self.page = page
        self.perPage = perPage
    }

    public var pageCount: Int { max(1, (total + perPage - 1) / perPage) }

    /// True when the total was cut at `ResidentQuery.countCap` (the list is longer than that).
    public var totalIsCapped: Bool { total > ResidentQuery.countCap }
}

/// Every unit in memory (a few thousand rows), for scope checks, breadcrumbs and pickers without a query.
/// A value type: the store builds a new one when villages change.
public struct UnitDirectory: Sendable {
    public private(set) var byCode: [String: AdminUnit] = [:]
    private var childCodes: [String: [String]] = [:]
    public private(set) var provinceCodes: [String] = []

    public init(_ units: [AdminUnit]) {
        for unit in units {
            insert(unit)
        }
    }

    public mutating func insert(_ unit: AdminUnit) {
        let isNew = byCode[unit.code] == nil
        byCode[unit.code] = unit
        guard isNew else { return }
        if let parent = unit.parentCode {
            childCodes[parent, default: []].append(unit.code)
        } else {
            provinceCodes.append(unit.code)
        }
    }

    public subscript(code: String) -> AdminUnit? { byCode[code] }

    public func children(of code: String) -> [AdminUnit] {
        (childCodes[code] ?? []).compactMap { byCode[$0] }
    }

    /// The unit and its ancestors, province first.
    public func path(to code: String) -> [AdminUnit] {
        var chain: [AdminUnit] = []
        var current = byCode[code]
        while let unit = current {
            chain.insert(unit, at: 0)
            current = unit.parentCode.flatMap { byCode[$0] }
        }
        return chain
    }

    /// Whether `code` is `root` or lies below it.
    public func contains(_ code: String, under root: String) -> Bool {
        var current: String? = code
        while let c = current {
            if c == root { return true }
            current = byCode[c]?.parentCode
        }
        return false
    }
}

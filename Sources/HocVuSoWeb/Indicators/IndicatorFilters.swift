import Hummingbird
import HocVuSoCore

/// The resident-list filters a dashboard links to ("the people behind this number"):
/// `skilled=yes|no`, `smartphone=yes|no|unknown`, `vneid2=yes|no`, `bornBy=YYYY`.
enum IndicatorFilters {
    static func apply(_ request: Request, to query: inout ResidentQuery) throws {
        func flag(_ name: String) throws -> Bool? {
            guard let text = request.query(name) else { return nil }
            switch text {
            case "yes": return true
            case "no": return false
            default: throw DomainError(.badRequest, code: "query.\(name)", message: Strings.invalidParameter(name, text))
            }
        }
        query.skilled = try flag("skilled")
        query.vneidLevel2 = try flag("vneid2")
        if let text = request.query("smartphone") {
            guard let value = Smartphone(rawValue: text) else {
                throw DomainError(.badRequest, code: "query.smartphone", message: Strings.invalidParameter("smartphone", text))
            }
            query.smartphone = value
        }
        if let text = request.query("bornBy") {
            guard let year = Int(text), (1900...2100).contains(year) else {
                throw DomainError(.badRequest, code: "query.bornBy", message: Strings.invalidParameter("bornBy", text))
            }
            query.bornBy = year
        }
    }

    /// The resident-list query string behind an indicator's numerator for a year (nil when no residents are behind it).
    static func residentsQuery(_ key: String, year: Int) -> String? {
        switch key {
        case "officials_skilled_pct": return "group=official&skilled=yes"
        case "students_skilled_pct": return "group=student&skilled=yes"
        case "workers_skilled_pct": return "group=worker&skilled=yes"
        case "adults_skilled_pct": return "bornBy=\(year - 18)&skilled=yes"
        case "adults_smartphone_pct": return "bornBy=\(year - 18)&smartphone=yes"
        case "vneid_l2_16plus_pct": return "bornBy=\(year - 16)&vneid2=yes"
        default: return nil
        }
    }
}

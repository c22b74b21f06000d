import HocVuSoCore
import SQLKit

/// The WHERE clause of a resident list: the unit subtree plus the optional filters.
struct ResidentFilter {
    let condition: SQLQueryString
    /// True when nothing narrows the unit, so the live counter gives the total.
    let isWholeUnit: Bool

    init(query: ResidentQuery, unit: AdminUnit, today: CivilDate) {
        let scopeColumn: String
        switch unit.level {
        case .province: scopeColumn = "province_code"
        case .commune: scopeColumn = "commune_code"
        case .village: scopeColumn = "village_code"
        }
        var clause: SQLQueryString = "\(unsafeRaw: scopeColumn) = \(bind: unit.code)"
        var narrowed = false
        if let village = query.villageCode, !village.isEmpty {
            clause += " AND village_code = \(bind: village)"
            narrowed = true
        }
        if let group = query.targetGroup {
            clause += " AND target_group = \(bind: group.rawValue)"
            narrowed = true
        }
        if let band = query.ageBand {
            let dates = band.birthDates(on: today)
            clause += " AND birth_date > \(bind: dates.after.iso) AND birth_date <= \(bind: dates.through.iso)"
            narrowed = true
        }
        if let skilled = query.skilled {
            clause += " AND skilled = \(bind: skilled ? 1 : 0)"
            narrowed = true
        }
        if let smartphone = query.smartphone {
            clause += " AND smartphone = \(bind: smartphone.rawValue)"
            narrowed = true
        }
        if let level2 = query.vneidLevel2 {
            clause += level2 ? " AND vneid_level = 2" : " AND vneid_level <> 2"
            narrowed = true
        }
        if let year = query.bornBy {
            clause += " AND birth_date < \(bind: "\(year + 1)-01-01")"
            narrowed = true
        }
        if let text = query.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            let digits = text.filter(\.isNumber)
            if digits.count == text.count, digits.count == 12 {
                clause += " AND cccd = \(bind: digits)"
            } else if digits.count == text.filter({ !$0.isWhitespace }).count, digits.count >= 6 {
                clause += " AND phone LIKE \(bind: "%" + digits + "%")"
            } else {
                for token in VietnameseText.fold(text).split(separator: " ") {
                    let escaped = token.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
                    clause += " AND name_fold LIKE \(bind: "%" + escaped + "%")"
                }
            }
            narrowed = true
        }
        condition = clause
        isWholeUnit = !narrowed
    }
}

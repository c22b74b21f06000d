import Foundation
import HocVuSoCore

/// The dashboard's resident filters on the resident list page: carried along by its links and form, said in words.
extension IndicatorFilters {
    /// The filters as query parameters (name, value), in a fixed order.
    static func parameters(_ query: ResidentQuery) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        if let skilled = query.skilled { out.append(("skilled", skilled ? "yes" : "no")) }
        if let smartphone = query.smartphone { out.append(("smartphone", smartphone.rawValue)) }
        if let vneid = query.vneidLevel2 { out.append(("vneid2", vneid ? "yes" : "no")) }
        if let bornBy = query.bornBy { out.append(("bornBy", String(bornBy))) }
        return out
    }

    /// "Đang lọc: đối tượng: cán bộ, công chức, viên chức, có kỹ năng số cơ bản" — nil without any filter but the text search.
    static func description(_ query: ResidentQuery, villageName: String?) -> String? {
        var parts: [String] = []
        if let villageName { parts.append(villageName) }
        if let group = query.targetGroup { parts.append(Strings.groupFilter(Strings.targetGroupLabel(group))) }
        if let band = query.ageBand { parts.append(Strings.ageBandLabel(band).lowercased()) }
        if let bornBy = query.bornBy { parts.append(Strings.bornByFilter(bornBy)) }
        if let skilled = query.skilled { parts.append(Strings.skilledFilter(skilled)) }
        if let smartphone = query.smartphone { parts.append(Strings.smartphoneFilter(smartphone)) }
        if let vneid = query.vneidLevel2 { parts.append(Strings.vneidFilter(vneid)) }
        return parts.isEmpty ? nil : Strings.filteredBy + " " + parts.joined(separator: ", ")
    }
}

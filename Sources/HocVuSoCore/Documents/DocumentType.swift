/// The kinds of administrative document a commune or province registers, with the abbreviations of
/// NĐ 30/2020/NĐ-CP (Phụ lục III) that open a document's symbol ("41/KH-UBND", "968/QĐ-UBND").
public enum DocumentType: String, Sendable, CaseIterable, Codable {
    case kh, qd, bc, cv, tb, tt, gm, hd, ct, other

    /// The abbreviation that opens the symbol; empty for a công văn (its symbol is "issuer-unit": "444/UBND-VHXH")
    /// and for other documents.
    public var abbreviation: String {
        switch self {
        case .kh: return "KH"
        case .qd: return "QĐ"
        case .bc: return "BC"
        case .cv: return ""
        case .tb: return "TB"
        case .tt: return "TTr"
        case .gm: return "GM"
        case .hd: return "HD"
        case .ct: return "CT"
        case .other: return ""
        }
    }

    /// The Vietnamese name ("Kế hoạch", "Công văn" …).
    public var name: String { Strings.officialDocTypeName(self) }

    /// The type whose abbreviation is `part` (case and the Đ/D spelling ignored: "QD", "qđ", "TTR"); nil for none.
    public static func fromAbbreviation(_ part: String) -> DocumentType? {
        let key = foldAbbreviation(part)
        guard !key.isEmpty else { return nil }
        return allCases.first { !$0.abbreviation.isEmpty && foldAbbreviation($0.abbreviation) == key }
    }

    /// Upper case with Đ written as D, so typed variants compare equal.
    static func foldAbbreviation(_ text: String) -> String {
        text.uppercased().replacingOccurrences(of: "Đ", with: "D")
    }

    /// The symbol a unit gives this type by default: "KH-UBND" for a commune's plan, "UBND-VHXH" for its công văn;
    /// `organ` is the issuing body's abbreviation ("UBND", "SKHCN") and `office` the drafting office of a công văn.
    public func defaultSymbol(organ: String = "UBND", office: String = "VHXH") -> String {
        abbreviation.isEmpty ? "\(organ)-\(office)" : "\(abbreviation)-\(organ)"
    }
}

/// Whether the unit sent the document (sổ văn bản đi) or received it (sổ văn bản đến).
public enum DocumentDirection: String, Sendable, CaseIterable, Codable {
    case issued
    case received

    public var title: String { Strings.officialDocDirectionTitle(self) }
}

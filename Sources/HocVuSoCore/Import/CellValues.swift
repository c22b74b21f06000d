/// Reading the small enumerated cells of a resident list. Every function takes the cell's matching key
/// (`ColumnSynonyms.key`: folded, punctuation as spaces) and returns nil for a value it does not know.
enum CellValues {
    static func gender(_ key: String) -> Gender? {
        switch key {
        case "nam", "m", "male", "trai", "x nam": return .male
        case "nu", "f", "female", "gai", "x nu": return .female
        default: return nil
        }
    }

    /// A blank cell is `.unknown`: nobody asked.
    static func smartphone(_ key: String) -> Smartphone? {
        switch key {
        case "": return .unknown
        case "co", "x", "yes", "y", "1", "co dttm", "co dien thoai thong minh", "smartphone": return .yes
        case "khong", "k", "ko", "no", "n", "0", "khong co", "chua co": return .no
        default: return nil
        }
    }

    /// "Có", "Đạt", "x" → skilled; "Không", "Chưa", "Chưa đạt" or blank → not (yet) recorded.
    static func digitalSkills(_ key: String) -> Bool? {
        switch key {
        case "", "khong", "k", "ko", "no", "n", "0", "chua", "chua co", "chua dat", "khong dat": return false
        case "co", "x", "yes", "y", "1", "dat", "da co", "da dat", "co ky nang so", "dat pho cap": return true
        default: return nil
        }
    }

    /// "Mức 2", "mức độ 2", "VNeID mức 1", "2" → the level; "Chưa có", "Không", "0" or blank → none.
    static func vneidLevel(_ key: String) -> VNeIDLevel? {
        switch key {
        case "", "0", "khong", "ko", "chua", "chua co", "khong co", "chua dinh danh", "chua co tai khoan",
             "chua kich hoat", "muc 0":
            return VNeIDLevel.none
        default:
            break
        }
        var level: VNeIDLevel?
        for word in key.split(separator: " ") {
            switch word {
            case "1", "2":
                guard level == nil else { return nil }
                level = word == "1" ? .level1 : .level2
            case "muc", "do", "dinh", "danh", "dien", "tu", "vneid", "cap", "da", "tai", "khoan", "md":
                continue
            default:
                return nil
            }
        }
        return level
    }

    /// "Chủ hộ" and its abbreviations.
    static func isHouseholdHead(_ key: String) -> Bool {
        key == "chu ho" || key == "ch" || key == "chu ho gia dinh" || key == "la chu ho"
    }

    /// The target group written in a cell: "CBCCVC", "Cán bộ, công chức", "Học sinh", "Sinh viên", "Người lao động",
    /// "Công nhân", "Người dân" …
    static func targetGroup(_ key: String) -> TargetGroup? {
        switch key {
        case "cbccvc", "cbcc", "cbcnvc", "cb": return .official
        case "hs", "sv", "hssv": return .student
        case "nld", "cn", "ld": return .worker
        case "dan", "nd": return .citizen
        default: break
        }
        let padded = " \(key) "
        func has(_ phrases: [String]) -> Bool { phrases.contains { padded.contains(" \($0) ") } }
        if has(["can bo", "cong chuc", "vien chuc"]) { return .official }
        if has(["hoc sinh", "sinh vien"]) { return .student }
        if has(["lao dong", "cong nhan", "doanh nghiep", "htx", "hop tac xa"]) { return .worker }
        if has(["nguoi dan", "cong dan"]) { return .citizen }
        return nil
    }
}

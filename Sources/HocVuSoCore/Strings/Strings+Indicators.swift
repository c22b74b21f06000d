extension Strings {
    public static func indicatorLabel(_ key: String) -> String {
        switch key {
        case "officials_skilled_pct": return "Cán bộ, công chức, viên chức có kỹ năng số cơ bản"
        case "students_skilled_pct": return "Học sinh, sinh viên có kỹ năng số"
        case "adults_skilled_pct": return "Người trưởng thành có kỹ năng số cơ bản"
        case "workers_skilled_pct": return "Người lao động doanh nghiệp, HTX có kỹ năng số cơ bản"
        case "adults_smartphone_pct": return "Người trưởng thành có điện thoại thông minh"
        case "vneid_l2_16plus_pct": return "Người từ 16 tuổi có định danh điện tử mức 2"
        case "digital_households_pct": return "Hộ có thành viên có kỹ năng số (Gia đình số)"
        case "support_sessions": return "Lượt hỗ trợ người dân"
        case "households_visited_pct": return "Hộ đã được tổ công nghệ số đến hướng dẫn"
        case "villages_with_team_pct": return "Thôn, tổ dân phố có tổ công nghệ số"
        case "event_participants": return "Lượt người dự lớp học, sự kiện"
        case "learners_enrolled": return "Người đăng ký học trực tuyến"
        case "learners_completed": return "Người hoàn thành khóa học"
        case "certificates_issued": return "Chứng nhận đã cấp"
        default: return key
        }
    }
    public static let indicatorsTitle = "Chỉ tiêu và kết quả"
    public static let plansTitle = "Kế hoạch, chỉ tiêu"
    public static func targetYearInvalid(_ first: Int, _ last: Int) -> String {
        "Năm kế hoạch phải từ \(first) đến \(last)."
    }
    public static func yearInvalid(_ text: String) -> String { "«\(text)» không phải là một năm hợp lệ (ví dụ 2026)." }
    public static let planNumberRequired = "Hãy ghi số hiệu kế hoạch, ví dụ 41/KH-UBND (tối đa 60 ký tự)."
    public static let planNotFound = "Không tìm thấy kế hoạch này."
    public static func indicatorUnknown(_ key: String) -> String { "Không có chỉ tiêu «\(key)»." }
    public static let targetPercentRange = "Chỉ tiêu tỷ lệ phải từ 0% đến 100% (và «> 100%» thì không đạt được)."
    public static let targetCountNegative = "Chỉ tiêu số lượng phải là số nguyên không âm."
    public static let targetValueInvalid = "Giá trị chỉ tiêu phải là một số, ví dụ 80 hoặc 80,5."
    public static let comparisonInvalid = "Phép so sánh phải là «>=» (từ … trở lên) hoặc «>» (trên …)."
    public static func targetLooser(_ indicator: String, _ inherited: String, _ given: String) -> String {
        "Chỉ tiêu «\(indicator)» \(given) thấp hơn chỉ tiêu cấp trên giao (\(inherited)); cấp dưới chỉ được đặt cao hơn hoặc bằng."
    }
    public static let targetUnitOutside = "Chỉ tiêu chỉ được đặt cho đơn vị của kế hoạch hoặc thôn, tổ dân phố trực thuộc."
    public static let nationalPlanAdminOnly = "Chỉ quản trị hệ thống được ghi kế hoạch cấp quốc gia."
    public static let onTrack = "Đạt"
    public static let offTrack = "Chưa đạt"
    public static let noTarget = "Chưa giao"
}

extension Strings {
    public static func skilledLabel(_ skilled: Bool) -> String { skilled ? "Đã có" : "Chưa ghi nhận" }
}

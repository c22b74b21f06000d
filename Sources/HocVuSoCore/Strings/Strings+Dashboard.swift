/// The dashboard, export and plans pages.
extension Strings {
    public static let dashboardTitle = "Chỉ tiêu, kết quả"
    public static let navIndicators = "Chỉ tiêu"
    public static func dashboardTitle(_ unit: String) -> String { "Chỉ tiêu, kết quả – \(unit)" }
    public static let nationName = "Cả nước"
    public static let nationLevel = "Trung ương"
    public static func yearLabel(_ year: Int) -> String { "Năm \(year)" }
    public static let noData = "—"
    public static let liveFigures = "Số liệu tính tức thời từ danh sách nhân khẩu, lượt hỗ trợ và sự kiện đã ghi."

    /// Column headers and chart labels, where the full label is too long.
    public static func indicatorShortLabel(_ key: String) -> String {
        switch key {
        case "officials_skilled_pct": return "CBCCVC có kỹ năng số"
        case "students_skilled_pct": return "HS, SV có kỹ năng số"
        case "adults_skilled_pct": return "Người trưởng thành có kỹ năng số"
        case "workers_skilled_pct": return "Lao động DN, HTX có kỹ năng số"
        case "adults_smartphone_pct": return "Có điện thoại thông minh"
        case "vneid_l2_16plus_pct": return "VNeID mức 2 (từ 16 tuổi)"
        case "digital_households_pct": return "Gia đình số"
        case "support_sessions": return "Lượt hỗ trợ"
        case "households_visited_pct": return "Hộ được hướng dẫn"
        case "villages_with_team_pct": return "Thôn, tổ có tổ công nghệ số"
        case "event_participants": return "Lượt dự lớp, sự kiện"
        case "learners_enrolled": return "Đăng ký học trực tuyến"
        case "learners_completed": return "Hoàn thành khóa học"
        case "certificates_issued": return "Chứng nhận đã cấp"
        default: return indicatorLabel(key)
        }
    }

    /// What a missing amount is counted in: "12 người", "3 hộ".
    public static func indicatorUnit(_ key: String) -> String {
        switch key {
        case "digital_households_pct", "households_visited_pct": return "hộ"
        case "villages_with_team_pct": return "thôn, tổ"
        case "support_sessions", "event_participants": return "lượt"
        case "certificates_issued": return "chứng nhận"
        default: return "người"
        }
    }

    public static func percentPoints(_ text: String) -> String { "\(text) điểm %" }
    public static func amount(_ number: String, unit: String) -> String { "\(number) \(unit)" }
    public static func ofTotal(_ part: String, _ whole: String) -> String { "\(part)/\(whole)" }
    public static func behindCount(_ n: Int) -> String { n == 0 ? "Không" : "\(n)" }
    public static func onTrackSummary(_ met: Int, _ total: Int) -> String { "\(met)/\(total) chỉ tiêu đã giao đạt" }
    public static let noTargetsYet = "Chưa có chỉ tiêu nào được giao cho năm này."

    // Table headers.
    public static let columnUnit = "Đơn vị"
    public static let columnCode = "Mã"
    public static let columnBehind = "Số chỉ tiêu chưa đạt"
    public static func sortBy(_ column: String) -> String { "Sắp xếp theo \(column)" }

    public static func childrenSection(_ level: String) -> String { "Theo từng \(level.lowercased())" }
    public static let behindFirstNote = "Mặc định, đơn vị chưa đạt nhiều chỉ tiêu nhất được xếp lên đầu. Bấm vào tên cột để sắp xếp."
    public static func rankSection(_ indicator: String) -> String { "Xếp hạng theo: \(indicator)" }
    public static func rankLowest(_ n: Int, of total: Int) -> String { "\(n) đơn vị thấp nhất trong \(total) đơn vị." }
    public static func trendSection(_ year: Int) -> String { "Diễn biến theo tháng, năm \(year)" }
    public static let trendSessions = "Lượt hỗ trợ người dân"
    public static let trendParticipants = "Lượt dự lớp học, sự kiện"
    public static let noSessionsYet = "Chưa có lượt hỗ trợ nào trong năm."
    public static func monthShort(_ month: Int) -> String { "T\(month)" }
    public static func monthLabel(_ month: Int) -> String { "Tháng \(month)" }
    public static let downloadXLSX = "Tải Excel"
    public static let downloadCSV = "Tải CSV"

    // Chart titles (read by screen readers).
    public static func barsChartTitle(_ unit: String, _ year: Int) -> String {
        "Kết quả các chỉ tiêu tỷ lệ của \(unit) năm \(year), so với chỉ tiêu giao (vạch đứng)"
    }
    public static func rankChartTitle(_ indicator: String, _ year: Int) -> String {
        "Xếp hạng các đơn vị theo \(indicator), năm \(year)"
    }
    public static func trendChartTitle(_ unit: String, _ year: Int) -> String {
        "Lượt hỗ trợ và lượt dự lớp học, sự kiện theo tháng của \(unit), năm \(year)"
    }
    public static func categoriesChartTitle(_ unit: String, _ year: Int) -> String {
        "Lượt hỗ trợ theo nội dung của \(unit), năm \(year)"
    }
    public static func ringTitle(_ label: String, _ value: String, _ target: String, _ status: String) -> String {
        "\(label): \(value); chỉ tiêu \(target); \(status)"
    }
    public static func targetMark(_ target: String) -> String { "Chỉ tiêu \(target)" }

    // Exports.
    public static let indicatorFilePrefix = "chi-tieu"
    public static let unitsFilePrefix = "chi-tieu-don-vi"
    public static let indicatorsSheet = "Chỉ tiêu"
    public static let unitsSheet = "Theo đơn vị"
    public static let indicatorExportHeader = ["Mã chỉ tiêu", "Chỉ tiêu", "Tử số", "Mẫu số", "Kết quả", "So sánh", "Chỉ tiêu giao",
                                               "Còn thiếu", "Đánh giá"]
    public static let unitsTableNeedsChildren = "Thôn, tổ dân phố không có đơn vị trực thuộc; hãy tải bảng chỉ tiêu (table=indicators)."

    // Plans page.
    public static func plansTitle(_ unit: String) -> String { "Kế hoạch, chỉ tiêu – \(unit)" }
    public static func noPlans(_ year: Int) -> String { "Chưa có kế hoạch nào cho năm \(year)." }
    public static func planHeading(_ number: String, _ date: String, _ unit: String) -> String { "Kế hoạch số \(number) ngày \(date) – \(unit)" }
    public static func planSource(_ number: String, _ unit: String) -> String { "\(number) (\(unit))" }
    public static let planSaved = "Đã ghi kế hoạch và các chỉ tiêu."
    public static func planDuplicate(_ number: String, _ year: Int) -> String {
        "Kế hoạch số «\(number)» năm \(year) của đơn vị đã được ghi trước đó."
    }
    public static let planTargetsRequired = "Hãy nhập ít nhất một chỉ tiêu (cột «Giá trị»)."
    public static let planFormProblems = "Chưa lưu được kế hoạch. Hãy sửa các chỗ sau (chưa có gì được ghi):"
    public static func targetProblem(_ row: String, _ message: String) -> String { "\(row): \(message)" }
    public static func childTargetsSection(_ level: String) -> String { "Chỉ tiêu riêng cho từng \(level.lowercased()) (nếu có)" }
    public static let childUnitRequired = "Hãy chọn đơn vị cho dòng chỉ tiêu riêng."
    public static let childIndicatorRequired = "Hãy chọn chỉ tiêu cho dòng chỉ tiêu riêng."
    public static func childRow(_ n: Int) -> String { "Dòng \(n)" }
    public static let planYearNumber = "Năm kế hoạch phải là một số, ví dụ 2026."

    // The resident list opened from a dashboard number.
    public static let filteredBy = "Đang lọc:"
    public static func skilledFilter(_ skilled: Bool) -> String { skilled ? "có kỹ năng số cơ bản" : "chưa có kỹ năng số cơ bản" }
    public static func smartphoneFilter(_ value: Smartphone) -> String {
        switch value {
        case .yes: return "có điện thoại thông minh"
        case .no: return "không có điện thoại thông minh"
        case .unknown: return "chưa rõ có điện thoại thông minh hay không"
        }
    }
    public static func vneidFilter(_ level2: Bool) -> String { level2 ? "đã có định danh điện tử mức 2" : "chưa có định danh điện tử mức 2" }
    public static func bornByFilter(_ year: Int) -> String { "sinh năm \(year) trở về trước" }
    public static func groupFilter(_ group: String) -> String { "đối tượng: \(group.lowercased())" }
}

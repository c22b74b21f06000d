extension Strings {
    public static func teamLevelLabel(_ level: TeamLevel) -> String {
        switch level {
        case .commune: return "Tổ cấp xã"
        case .village: return "Tổ thôn, tổ dân phố"
        case .rapidResponse: return "Tổ ứng cứu nhanh"
        }
    }
    public static func teamRoleLabel(_ role: TeamRole) -> String {
        role == .leader ? "Tổ trưởng" : "Tổ viên"
    }
    public static func weekdayLabel(_ day: Weekday) -> String {
        switch day {
        case .monday: return "Thứ Hai"
        case .tuesday: return "Thứ Ba"
        case .wednesday: return "Thứ Tư"
        case .thursday: return "Thứ Năm"
        case .friday: return "Thứ Sáu"
        case .saturday: return "Thứ Bảy"
        case .sunday: return "Chủ nhật"
        }
    }
    public static let teamsTitle = "Tổ công nghệ số cộng đồng"
    public static let rosterTitle = "Lịch trực"
    public static let teamNotFound = "Không tìm thấy tổ công nghệ số này."
    public static let memberNotFound = "Không tìm thấy thành viên này trong tổ."
    public static let shiftNotFound = "Không tìm thấy ca trực này."
    public static let teamNameRequired = "Tên tổ không được để trống."
    public static let teamVillageRequired = "Tổ thôn phải chọn một thôn, tổ dân phố của xã."
    public static let teamVillageNotAllowed = "Chỉ tổ thôn mới gắn với một thôn; tổ cấp xã và tổ ứng cứu nhanh thuộc xã."
    public static func teamVillageTaken(_ village: String) -> String { "\(village) đã có tổ công nghệ số đang hoạt động." }
    public static func teamLevelTaken(_ level: String) -> String { "Xã đã có \(level.lowercased()) đang hoạt động." }
    public static let membershipDatesReversed = "Ngày kết thúc phải sau ngày bắt đầu tham gia tổ."
    public static let teamHasLeader = "Tổ đã có tổ trưởng; hãy cho tổ trưởng hiện tại thôi giữ vai trò trước."
    public static let memberAlreadyOnTeam = "Người này đã là thành viên của tổ."
    public static let memberAlreadyLeft = "Thành viên này đã rời tổ."
    public static let memberHasAccount = "Thành viên này đã có tài khoản."
    public static let shiftMemberRequired = "Hãy chọn một thành viên của tổ cho ca trực."
    public static let shiftTimesReversed = "Giờ kết thúc ca trực phải sau giờ bắt đầu (dạng 07:30)."
    public static let shiftPlaceRequired = "Hãy ghi nơi trực (tối đa 120 ký tự)."
    public static let shiftTimeInvalid = "Giờ phải viết dạng giờ:phút, ví dụ 07:30."
    public static let weekdayInvalid = "Hãy chọn thứ trong tuần."
    public static let teamDefaultShiftPlace = "Bộ phận một cửa, Trung tâm phục vụ hành chính công xã"
    public static func teamDefaultName(_ level: TeamLevel, unitName: String) -> String {
        switch level {
        case .commune: return "Tổ công nghệ số cộng đồng \(unitName)"
        case .village: return "Tổ công nghệ số cộng đồng \(unitName)"
        case .rapidResponse: return "Tổ ứng cứu nhanh \(unitName)"
        }
    }
}

extension Strings {
    public static let communeRequired = "Hãy chọn một xã, phường (hoặc một thôn của xã)."
    public static let levelInvalid = "Cấp tổ phải là commune, village hoặc rapid-response."
    public static let idInvalid = "Mã định danh phải là một UUID."
}

extension Strings {
    public static let recordNeedsCommuneAccount = "Trang ghi nhận dành cho tài khoản của xã, phường hoặc thôn; tài khoản của bạn không gắn với xã nào."
    public static func memberTitle(_ member: TeamMember) -> String {
        "\(teamRoleLabel(member.role)) \(member.fullName)"
    }
}

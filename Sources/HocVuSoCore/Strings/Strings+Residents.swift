extension Strings {
    public static let residentNotFound = "Không tìm thấy nhân khẩu này."
    public static let residentNameRequired = "Họ và tên không được để trống."
    public static let residentBirthDateInvalid = "Ngày sinh không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 07/10/2005."
    public static let residentBirthDateFuture = "Ngày sinh không được sau ngày hôm nay."
    public static let residentBirthDateTooOld = "Ngày sinh không được trước năm 1900."
    public static let residentGenderInvalid = "Giới tính phải là Nam hoặc Nữ."
    public static let residentVillageRequired = "Hãy chọn thôn/tổ dân phố nơi nhân khẩu cư trú."
    public static let residentVillageClosed = "Thôn/tổ dân phố này đã giải thể; hãy chọn thôn khác."
    public static func residentCCCDTaken(_ masked: String) -> String {
        "Số CCCD \(masked) đã có trong danh sách nhân khẩu."
    }
    public static let residentPhoneInvalid = "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912345678)."
    public static let residentHouseholdOtherVillage = "Hộ gia đình đã chọn không thuộc thôn này."
    public static let residentFieldTooLong = "Nội dung quá dài (tối đa 500 ký tự)."

    public static func targetGroupLabel(_ group: TargetGroup) -> String {
        switch group {
        case .official: return "Cán bộ, công chức, viên chức"
        case .student: return "Học sinh, sinh viên"
        case .worker: return "Người lao động doanh nghiệp, HTX"
        case .citizen: return "Người dân"
        }
    }
    public static func genderLabel(_ gender: Gender) -> String {
        gender == .male ? "Nam" : "Nữ"
    }
    public static func smartphoneLabel(_ value: Smartphone) -> String {
        switch value {
        case .yes: return "Có"
        case .no: return "Không"
        case .unknown: return "Chưa rõ"
        }
    }
    public static func vneidLabel(_ level: VNeIDLevel) -> String {
        switch level {
        case .none: return "Chưa có"
        case .level1: return "Mức 1"
        case .level2: return "Mức 2"
        }
    }
    public static func ageBandLabel(_ band: AgeBand) -> String {
        switch band {
        case .under16: return "Dưới 16 tuổi"
        case .from16to35: return "16–35 tuổi"
        case .from36to60: return "36–60 tuổi"
        case .over60: return "Trên 60 tuổi"
        }
    }
    public static func targetGroupSourceLabel(_ source: TargetGroupSource) -> String {
        source == .derived ? "tự xác định theo tuổi" : "do cán bộ đặt"
    }
}

extension Strings {
    public static let formHasErrors = "Thông tin chưa hợp lệ; hãy sửa các ô được đánh dấu."
}

extension Strings {
    /// The relation written for the head of a household.
    public static let householdHeadRelation = "Chủ hộ"
}

extension Strings {
    public static let newHouseholdOption = "Hộ mới (người này là chủ hộ)"
    public static func householdOption(_ head: String, _ members: Int) -> String { "Hộ \(head) (\(members) người)" }
    public static let targetGroupAuto = "Tự xác định theo tuổi"
}

extension Strings {
    public static func defaultCategoryLabel(_ key: String) -> String {
        switch key {
        case "vneid": return "Đăng ký, kích hoạt, định danh mức 2 VNeID"
        case "account-recovery": return "Đăng nhập, khôi phục tài khoản"
        case "public-services": return "Nộp, tra cứu hồ sơ dịch vụ công trực tuyến"
        case "payment": return "Thanh toán trực tuyến, QR, chuyển khoản, ví điện tử"
        case "app-install": return "Cài đặt, sử dụng ứng dụng (VNeID, Sổ sức khỏe điện tử, ứng dụng công dân số)"
        case "anti-fraud": return "Phòng chống lừa đảo trực tuyến"
        case "e-commerce": return "Thương mại điện tử, bán hàng trực tuyến"
        case "other": return "Nội dung khác"
        default: return key
        }
    }
    public static func placeLabel(_ place: SupportPlace) -> String {
        switch place {
        case .centre: return "Tại bộ phận một cửa, trung tâm xã"
        case .home: return "Tại nhà dân"
        case .culturalHouse: return "Tại nhà văn hóa"
        }
    }
    public static func outcomeLabel(_ outcome: SupportOutcome) -> String {
        outcome == .done ? "Đã xong" : "Cần hỗ trợ tiếp"
    }
    public static func visitStatusLabel(_ status: VisitStatus) -> String {
        status == .visited ? "Đã đến, đã hướng dẫn" : "Không có ai ở nhà"
    }
    public static let sessionsTitle = "Lượt hỗ trợ"
    public static let recordTitle = "Ghi nhận lượt hỗ trợ"
    public static let visitsTitle = "Đi từng ngõ, gõ từng nhà"
    public static let categoriesTitle = "Nội dung hỗ trợ"
    public static let unregistered = "Chưa có trong danh sách"
    public static let sessionIDInvalid = "Mã lượt hỗ trợ (id) phải là một UUID."
    public static func sessionUnitUnknown(_ code: String) -> String {
        code.isEmpty ? "Thiếu mã xã hoặc thôn (unitCode)." : "Không có xã hoặc thôn mang mã «\(code)»."
    }
    public static func sessionUnitOutsideScope(_ name: String) -> String { "\(name) nằm ngoài phạm vi tài khoản của bạn." }
    public static func sessionCategoryUnknown(_ key: String) -> String {
        key.isEmpty ? "Thiếu nội dung hỗ trợ (category)." : "Nội dung hỗ trợ «\(key)» không có trong danh mục của xã."
    }
    public static func sessionTimeInvalid(_ text: String) -> String {
        "Thời điểm «\(text)» không hợp lệ; cần dạng ISO-8601, ví dụ 2026-03-15T08:30:00+07:00."
    }
    public static let sessionTimeInFuture = "Thời điểm hỗ trợ nằm trong tương lai; hãy kiểm tra ngày giờ trên điện thoại."
    public static let sessionTimeBeforeMovement = "Ngày này trước khi phong trào «Bình dân học vụ số» bắt đầu (năm 2025)."
    public static let sessionOutcomeInvalid = "Kết quả phải là «done» (đã xong) hoặc «follow-up» (cần hỗ trợ tiếp)."
    public static let sessionPlaceInvalid = "Nơi hỗ trợ phải là «centre», «home» hoặc «cultural-house»."
    public static let sessionResidentInvalid = "Mã nhân khẩu (residentId) phải là một UUID."
    public static let sessionAgeBandInvalid = "Nhóm tuổi phải là 0-15, 16-35, 36-60 hoặc 60+."
    public static let sessionMemberInvalid = "Mã thành viên tổ (memberId) phải là một UUID."
    public static let sessionVisitInvalid = "Mã lần đến hộ (visitId) phải là một UUID."
    public static func sessionResidentOtherCommune(_ commune: String) -> String {
        "Người dân này không thuộc \(commune); chỉ ghi nhận hỗ trợ cho nhân khẩu của xã mình."
    }
    public static let sessionResidentUnknown = "Không tìm thấy nhân khẩu này trong danh sách."
    public static let sessionMemberOtherCommune = "Thành viên tổ đã chọn không thuộc xã này."
    public static let sessionVisitOtherCommune = "Lần đến hộ đã chọn không thuộc xã này."
    public static let batchEmpty = "Lô gửi lên không có lượt hỗ trợ nào (items rỗng)."
    public static func batchTooLarge(_ n: Int) -> String { "Mỗi lần gửi tối đa \(n) lượt hỗ trợ." }
    public static let batchMalformed = "Nội dung gửi lên không đúng dạng JSON {\"items\": [...]}."
    public static func batchDuplicateInBatch(_ id: String) -> String { "Lượt hỗ trợ \(id) xuất hiện hai lần trong cùng một lô." }
    public static let categoryLabelRequired = "Hãy nhập tên nội dung hỗ trợ."
    public static let categoryExists = "Xã đã có nội dung hỗ trợ này."
    public static let categoryNotFound = "Không tìm thấy nội dung hỗ trợ này."
    public static let categoryDefaultLocked = "Nội dung hỗ trợ mặc định dùng chung toàn quốc, không tắt được."
    public static let householdNotFound = "Không tìm thấy hộ gia đình này."
    public static let visitNotFound = "Không tìm thấy lần đến hộ này."
    public static let visitPresentNotMember = "Người có mặt phải là thành viên của hộ."
    public static let sessionNotFound = "Không tìm thấy lượt hỗ trợ này."
    public static let periodReversed = "Ngày bắt đầu phải trước ngày kết thúc."
}

extension Strings {
    public static func fieldTooLong(_ n: Int) -> String { "Nội dung quá dài (tối đa \(n) ký tự)." }
    public static let dateInFuture = "Ngày không được sau ngày hôm nay."
}

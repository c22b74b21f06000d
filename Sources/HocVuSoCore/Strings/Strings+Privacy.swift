import Foundation

/// Data-subject requests (yêu cầu của chủ thể dữ liệu) and the restriction of processing.
extension Strings {
    public static let privacyRequestsTitle = "Yêu cầu của chủ thể dữ liệu"
    public static let privacyNewRequestTitle = "Ghi nhận yêu cầu của chủ thể dữ liệu"
    public static let privacyDataTitle = "Dữ liệu cá nhân đang lưu"
    public static let privacyCorrectTitle = "Chỉnh sửa theo yêu cầu"
    public static let privacyRestrictTitle = "Hạn chế xử lý dữ liệu"
    public static let privacyUnrestrictTitle = "Bỏ hạn chế xử lý dữ liệu"
    public static let privacyConfirmUnrestrict = "Hãy đánh dấu ô xác nhận bỏ hạn chế xử lý."
    public static let privacyNotRestricted = "Dữ liệu của người này hiện không bị hạn chế xử lý nên không có gì để bỏ. Hãy từ chối yêu cầu và ghi lý do."
    public static let privacyOutcomeUnrestricted = "Đã bỏ hạn chế xử lý: dữ liệu lại hiện với tổ công nghệ số, trong tìm kiếm và trong các tệp xuất như trước."
    public static let privacyDeleteTitle = "Xoá dữ liệu theo yêu cầu"
    public static let privacyRequestNotFound = "Không tìm thấy yêu cầu này."
    public static let privacyResidentMissing = "Chưa chọn người có yêu cầu (chủ thể dữ liệu) trong danh sách nhân khẩu."
    public static let privacyResidentNotFound = "Không tìm thấy người có yêu cầu trong danh sách nhân khẩu của đơn vị."
    public static func privacyKindUnknown(_ value: String) -> String {
        value.isEmpty ? "Chưa chọn loại yêu cầu." : "Loại yêu cầu “\(value)” không hợp lệ; hãy chọn xem, sao chép, chỉnh sửa, hạn chế xử lý hoặc xoá."
    }
    public static func privacyChannelUnknown(_ value: String) -> String {
        value.isEmpty ? "Chưa chọn hình thức tiếp nhận." : "Hình thức tiếp nhận “\(value)” không hợp lệ."
    }
    public static let privacyReceivedDateInvalid = "Ngày nhận yêu cầu không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 19/5/2026."
    public static let privacyReceivedTimeInvalid = "Giờ nhận yêu cầu không hợp lệ; hãy nhập theo dạng giờ:phút, ví dụ 14:30."
    public static let privacyReceivedInFuture = "Thời điểm nhận yêu cầu không được muộn hơn hiện tại."
    public static func privacyNoteTooLong(_ limit: Int) -> String { "Nội dung yêu cầu dài quá \(limit) ký tự." }
    public static let privacyReasonRequired = "Hãy ghi lý do từ chối."
    public static let privacyAlreadyClosed = "Yêu cầu này đã được xử lý xong; không thể thay đổi nữa."
    public static func privacyWrongKind(_ kind: DataSubjectRequest.Kind) -> String {
        "Thao tác này không áp dụng cho yêu cầu “\(privacyKindLabel(kind).lowercased())”."
    }
    public static let privacyResidentGone = "Nhân khẩu của yêu cầu này không còn trong danh sách (đã bị xoá)."
    public static let privacyConfirmRestrict = "Hãy đánh dấu ô xác nhận hạn chế xử lý."
    public static let privacyConfirmNameMismatch = "Họ và tên gõ xác nhận không khớp với họ và tên của nhân khẩu; dữ liệu chưa bị xoá."
    public static let residentRestricted =
        "Dữ liệu của người này đang bị hạn chế xử lý theo yêu cầu của chính họ; chỉ cán bộ phụ trách của xã được xem."
    public static let privacyResidentRestrictedBadge = "Đang hạn chế xử lý"
    public static let privacyDeletedResident = "(đã xoá theo yêu cầu)"
    public static let privacyResidentHidden = "(họ tên không hiển thị với vai trò này)"

    public static func privacyKindLabel(_ kind: DataSubjectRequest.Kind) -> String {
        switch kind {
        case .view: return "Xem dữ liệu"
        case .copy: return "Sao chép (nhận bản sao)"
        case .correct: return "Chỉnh sửa"
        case .restrict: return "Hạn chế xử lý"
        case .delete: return "Xoá dữ liệu"
        case .unrestrict: return "Bỏ hạn chế xử lý"
        }
    }

    public static func privacyChannelLabel(_ channel: DataSubjectRequest.Channel) -> String {
        switch channel {
        case .inPerson: return "Trực tiếp tại UBND xã"
        case .letter: return "Văn bản, đơn"
        case .phone: return "Điện thoại"
        case .email: return "Thư điện tử"
        case .online: return "Cổng dịch vụ công, ứng dụng"
        }
    }

    public static func privacyStatusLabel(_ status: DataSubjectRequest.Status) -> String {
        switch status {
        case .received: return "Đang xử lý"
        case .done: return "Đã đáp ứng"
        case .refused: return "Từ chối"
        }
    }

    public static let privacyOverdue = "Quá hạn"
    public static let privacyDeadlineRule =
        "Hạn trả lời là 2 ngày làm việc sau ngày nhận (không tính ngày nhận, thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết)."
    public static let privacyOutcomeViewed = "Đã cho chủ thể dữ liệu xem toàn bộ dữ liệu đang lưu."
    public static let privacyOutcomeCopied = "Đã giao bản sao dữ liệu cho chủ thể dữ liệu."
    public static let privacyOutcomeRestricted = "Đã hạn chế xử lý: dữ liệu vẫn được lưu nhưng không còn hiện với tổ công nghệ số, trong tìm kiếm và trong các tệp xuất."
    public static let privacyOutcomeDeleted = "Đã xoá khỏi danh sách nhân khẩu; các bản ghi hoạt động được giữ lại dưới dạng ẩn danh."
    public static func privacyOutcomeCorrected(_ fields: [String]) -> String {
        fields.isEmpty ? "Đã xem lại hồ sơ; không có trường nào phải sửa."
            : "Đã sửa: " + fields.map(residentFieldLabel).joined(separator: ", ") + "."
    }

    public static func residentFieldLabel(_ key: String) -> String {
        switch key {
        case "fullName": return "Họ và tên"
        case "birthDate": return "Ngày sinh"
        case "gender": return "Giới tính"
        case "cccd": return "Số CCCD"
        case "phone": return "Số điện thoại"
        case "villageCode": return "Thôn/tổ dân phố"
        case "householdID": return "Hộ gia đình"
        case "relationToHead": return "Quan hệ với chủ hộ"
        case "targetGroup": return "Đối tượng"
        case "organisation": return "Trường học / nơi làm việc"
        case "smartphone": return "Điện thoại thông minh"
        case "vneidLevel": return "Định danh điện tử VNeID"
        case "skilled": return "Kỹ năng số cơ bản"
        case "notes": return "Ghi chú"
        default: return key
        }
    }

    public static func privacyAccessActionLabel(_ action: String) -> String {
        switch action {
        case "view": return "Xem hồ sơ"
        case "list": return "Xem danh sách"
        case "create": return "Thêm mới"
        case "update": return "Sửa"
        case "delete": return "Xoá"
        case "import": return "Nhập từ tệp"
        case "export": return "Xuất tệp"
        case "audit": return "Tra cứu nhật ký"
        default: return action
        }
    }

    public static func privacyFlash(_ key: String?) -> String? {
        switch key {
        case "recorded": return "Đã ghi nhận yêu cầu và hạn trả lời."
        case "done": return "Đã ghi nhận kết quả đáp ứng yêu cầu."
        case "refused": return "Đã ghi nhận việc từ chối yêu cầu và lý do."
        case "restricted": return "Đã hạn chế xử lý dữ liệu của người này."
        case "unrestricted": return "Đã bỏ hạn chế xử lý dữ liệu của người này."
        case "deleted": return "Đã xoá dữ liệu cá nhân theo yêu cầu."
        case "corrected": return "Đã lưu chỉnh sửa theo yêu cầu."
        default: return nil
        }
    }

    /// Sheet names and column headers of the copy handed to the resident.
    public static let privacySheetRecord = "Hồ sơ nhân khẩu"
    public static let privacySheetHousehold = "Hộ gia đình"
    public static let privacySheetLearning = "Học trực tuyến"
    public static let privacySheetCertificates = "Chứng nhận"
    public static let privacySheetAssessments = "Bài đánh giá"
    public static let privacySheetSessions = "Lượt hỗ trợ"
    public static let privacySheetVisits = "Thăm hộ gia đình"
    public static let privacySheetEvents = "Lớp học, sự kiện"
    public static let privacySheetAccess = "Nhật ký truy cập"
    public static let privacyFieldHeader = ["Thông tin", "Giá trị"]
    public static let privacyHouseholdHeader = ["Họ và tên", "Quan hệ với chủ hộ", "Chủ hộ"]
    public static let privacyLearningHeader = ["Khoá học", "Nền tảng", "Trạng thái", "Ngày đăng ký", "Ngày hoàn thành", "Điểm"]
    public static let privacyCertificateHeader = ["Mã chứng nhận", "Khung kỹ năng", "Điểm", "Ngày cấp", "Tình trạng"]
    public static let privacyAssessmentHeader = ["Thời điểm", "Hình thức", "Số câu đúng", "Số câu", "Kết quả"]
    public static let privacySessionHeader = ["Thời điểm", "Nội dung hỗ trợ", "Nơi hỗ trợ", "Kết quả", "Ghi chú"]
    public static let privacyVisitHeader = ["Ngày", "Tình trạng", "Có mặt"]
    public static let privacyEventHeader = ["Ngày", "Nội dung", "Địa điểm"]
    public static let privacyAccessHeader = ["Thời điểm (UTC)", "Tài khoản", "Thao tác", "Chi tiết"]
    public static let privacyHouseholdNumber = "Số hộ"
    public static let privacyHouseholdAddress = "Địa chỉ"
    public static let privacyRestrictedField = "Hạn chế xử lý"
    public static let privacyYes = "Có"
    public static let privacyNo = "Không"
    public static let privacyPassed = "Đạt"
    public static let privacyNotPassed = "Chưa đạt"
    public static let privacyFilePrefix = "du-lieu-ca-nhan"
    public static let privacyModeSelf = "Tự làm"
    public static let privacyModeAssisted = "Có tổ công nghệ số hỗ trợ"
    public static func privacyGeneratedAt(_ when: String) -> String { "Trích xuất lúc \(when) theo yêu cầu của chủ thể dữ liệu" }
    public static let privacyLearningCompleted = "Đã hoàn thành"
    public static let privacyLearningEnrolled = "Đang học"
    public static let privacyCertificateValid = "Còn hiệu lực"
    public static let privacyCertificateRevoked = "Đã thu hồi"
}

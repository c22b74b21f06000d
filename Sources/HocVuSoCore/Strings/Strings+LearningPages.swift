extension Strings {
    public static let navLearning = "Học trực tuyến"
    public static let navAssessments = "Đánh giá kỹ năng"
    public static let navCertificates = "Chứng nhận"
    public static let learningTitle = "Học trực tuyến"
    public static let learningImportTitle = "Nhập kết quả học trực tuyến"
    public static let learningReviewTitle = "Dòng chờ đối chiếu"
    public static let assessmentsTitle = "Đánh giá kỹ năng số"
    public static let assistedTitle = "Làm bài đánh giá cùng người dân"
    public static let certificatesTitle = "Chứng nhận kỹ năng số"
    public static let learningStageReading = "Đang đọc tệp…"
    public static let learningStageImporting = "Đang đối chiếu học viên và ghi kết quả…"
    public static let learningStageDone = "Đã nhập xong."
    public static let learningIgnoreColumn = "(bỏ qua cột này)"
    public static let learningReasonNone = "Không tìm thấy ai trùng số CCCD, hoặc họ tên và ngày sinh"
    public static let learningReasonSeveral = "Có nhiều người trùng họ tên và ngày sinh"
    public static let learningStatusEnrolled = "Đang học"
    public static let learningStatusCompleted = "Hoàn thành"
    public static let learningNoFile = "Chưa chọn tệp để tải lên."
    public static let learningReviewLinked = "Đã gắn kết quả học với cư dân."
    public static let learningReviewDismissed = "Đã bỏ qua dòng này."
    public static let learningReviewCreated = "Đã thêm cư dân mới và gắn kết quả học."
    public static let assessmentLinkCreated = "Đã tạo đường dẫn đánh giá."
    public static let assessmentLinkRevokedDone = "Đã thu hồi đường dẫn."
    public static let certificateRevokedDone = "Đã thu hồi chứng nhận."
    public static let certificateRevokeConfirm = "Cần đánh dấu ô xác nhận trước khi thu hồi."
    public static let modeSelf = "Tự làm"
    public static let modeAssisted = "Có tổ viên hỗ trợ"
    public static let passedLabel = "Đạt"
    public static let failedLabel = "Chưa đạt"
    public static let inProgressLabel = "Đang làm"
    public static let linkSingleUse = "Dùng một lần"
    public static let linkReusable = "Dùng nhiều lần"
    public static let linkActive = "Đang dùng"
    public static let linkClosed = "Đã đóng"
    public static let certificateValid = "Còn hiệu lực"
    public static let certificateRevokedLabel = "Đã thu hồi"
    public static let unknownTargetGroup = "Nhóm đối tượng không hợp lệ."
}

extension Strings {
    public static func skillSourceLabel(_ evidence: SkillEvidence?) -> String {
        switch evidence {
        case .certificate: return "theo chứng nhận đánh giá kỹ năng số"
        case .course: return "theo khóa học cơ bản đã hoàn thành"
        case nil: return "do xã ghi nhận"
        }
    }
}

extension Strings {
    public static func frameworkMalformed(_ detail: String) -> String {
        "Tệp khung đánh giá không đúng cấu trúc: \(detail)"
    }
    public static let frameworkPassRuleInvalid = "Ngưỡng đạt phải là tỷ lệ từ 0 đến 1 (ví dụ 0,7 là 70%)."
    public static func frameworkInvalid(_ n: Int) -> String { "Khung đánh giá có \(n) chỗ chưa hợp lệ." }
    public static let frameworkUnknownDomain = "Năng lực gắn với một lĩnh vực không có trong khung."
    public static let frameworkUnknownCompetence = "Câu hỏi gắn với một năng lực không có trong nhóm đối tượng."
    public static let frameworkDuplicateItem = "Mã câu hỏi bị trùng."
    public static let frameworkBadAnswer = "Đáp án không khớp với loại câu hỏi hoặc các lựa chọn."
    public static func assessmentUnknownItems(_ n: Int) -> String {
        "Có \(n) câu trả lời cho câu hỏi không thuộc bài đánh giá này."
    }
    public static func assessmentItemNotInVersion(_ version: Int) -> String {
        "Câu hỏi không có trong phiên bản \(version) của khung đánh giá."
    }
}

extension Strings {
    public static let assessmentLinkRevoked = "Đường dẫn đánh giá này đã bị thu hồi. Hãy hỏi cán bộ xã đường dẫn mới."
    public static func assessmentLinkExpired(_ date: String) -> String {
        "Đường dẫn đánh giá này đã hết hạn ngày \(date). Hãy hỏi cán bộ xã đường dẫn mới."
    }
    public static let assessmentLinkUsed = "Đường dẫn này chỉ dùng cho một lần làm bài và đã được dùng."
    public static let assessmentLinkNotFound = "Không tìm thấy đường dẫn đánh giá. Kiểm tra lại địa chỉ hoặc mã QR."
    public static func assessmentLinkExpiryRange(_ days: Int) -> String {
        "Ngày hết hạn phải từ hôm nay đến tối đa \(days) ngày sau."
    }
    public static let assessmentFieldExpiry = "Ngày hết hạn"
    public static let assessmentAnswerNotPossible = "Câu trả lời không phải là một lựa chọn của câu hỏi."
    public static func assessmentAlreadySubmitted(_ date: String) -> String {
        "Bài đánh giá đã được nộp ngày \(date); kết quả không thay đổi."
    }
    public static let assessmentAttemptStale = "Bài làm đã quá 14 ngày chưa nộp nên không thể tiếp tục. Hãy bắt đầu bài mới."
    public static let assessmentAttemptNotFound = "Không tìm thấy bài làm này."
    public static let assessmentFieldName = "Họ và tên"
    public static let assessmentFieldBirthDate = "Ngày sinh"
    public static let assessmentFieldCCCD = "Số CCCD"
    public static let assessmentNameRequired = "Cần ghi họ và tên (tối đa 100 ký tự)."
    public static let assessmentBirthDateInvalid = "Ngày sinh không đọc được; ghi theo dạng ngày/tháng/năm, ví dụ 05/03/1980."
    public static let assessmentBirthDateRange = "Ngày sinh không hợp lý (người làm bài từ 6 đến 120 tuổi)."
    public static let assessmentNoPublishedFramework = "Chưa có khung đánh giá nào được ban hành cho nhóm đối tượng này."
    public static func assessmentUnanswered(_ n: Int) -> String {
        "Còn \(n) câu chưa trả lời. Câu chưa trả lời được tính là sai."
    }
    public static let certificateFieldReason = "Lý do thu hồi"
    public static let certificateRevokeReasonRequired = "Cần ghi lý do thu hồi (từ 5 đến 500 ký tự)."
    public static let certificateCodeInvalid = "Mã chứng nhận không đúng: có ký tự sai hoặc thiếu. Kiểm tra lại từng ký tự."
    public static let certificateNotFound = "Không có chứng nhận nào mang mã này."
    public static let certificateAlreadyRevoked = "Chứng nhận này đã bị thu hồi trước đó."
    public static let frameworkNotFound = "Không tìm thấy phiên bản khung đánh giá."
    public static let frameworkNotDraft = "Chỉ sửa được phiên bản nháp. Hãy tạo phiên bản mới từ phiên bản này."
    public static let frameworkItemNotFound = "Không tìm thấy câu hỏi trong phiên bản này."
    public static let frameworkDraftExists = "Đã có một phiên bản nháp của khung này; hãy sửa hoặc ban hành phiên bản đó."
}

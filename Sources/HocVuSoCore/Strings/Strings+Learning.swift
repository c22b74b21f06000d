extension Strings {
    public static func learningFieldTitle(_ field: LearningField) -> String {
        switch field {
        case .fullName: return "Họ và tên"
        case .birthDate: return "Ngày sinh"
        case .cccd: return "Số CCCD"
        case .phone: return "Số điện thoại"
        case .courseKey: return "Mã khóa học"
        case .courseTitle: return "Tên khóa học"
        case .enrolledOn: return "Ngày đăng ký"
        case .completedOn: return "Ngày hoàn thành"
        case .status: return "Trạng thái"
        case .score: return "Điểm"
        }
    }
    public static let learningMappingNoIdentity = "Cần chọn cột họ và tên hoặc cột số CCCD để nhận ra học viên."
    public static let learningMappingNoCourse = "Cần chọn cột mã hoặc tên khóa học, hoặc chọn một khóa học cho cả tệp."
    public static let learningMappingTwice = "Trường này được gán cho hai cột; mỗi trường chỉ gán cho một cột."
    public static let learningMappingIncomplete = "Cách đọc cột của tệp chưa đủ để nhập."
    public static func learningRowsInvalid(_ n: Int) -> String {
        "Tệp có \(n) ô chưa hợp lệ; chưa nhập dòng nào. Sửa tệp rồi tải lên lại."
    }
    public static let learningBadDate = "Ngày không đọc được; ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2026."
    public static let learningFutureDate = "Ngày ở tương lai."
    public static let learningBadStatus = "Trạng thái không rõ; dùng \"Hoàn thành\" hoặc \"Đang học\"."
    public static let learningBadScore = "Điểm phải là số từ 0 đến 100."
    public static let learningNoCourse = "Dòng không có khóa học."
    public static let learningNoIdentity = "Dòng không có họ tên và không có số CCCD."
    public static let learningPlatformRequired = "Cần ghi tên nền tảng học trực tuyến (ví dụ binhdanhocvuso.gov.vn)."
    public static let learningImportRunning = "Tệp này đang được nhập; đợi xong rồi thử lại."
    public static let learningImportNotFound = "Không tìm thấy lượt nhập này (có thể đã quá một giờ). Hãy tải tệp lên lại."
    public static let learningReviewNotFound = "Không tìm thấy dòng chờ xử lý này."
    public static let learningReviewResolved = "Dòng này đã được xử lý."
    public static let learningReviewNotCandidate = "Cư dân được chọn không thuộc xã của dòng này."
    public static let courseFieldPlatform = "Nền tảng"
    public static let courseFieldKey = "Mã khóa học"
    public static let courseFieldTitle = "Tên khóa học"
    public static let courseBadPlatform = "Cần ghi tên nền tảng (tối đa 100 ký tự)."
    public static let courseBadKey = "Cần ghi mã khóa học (tối đa 200 ký tự)."
    public static let courseBadTitle = "Cần ghi tên khóa học (tối đa 300 ký tự)."
    public static let courseDuplicate = "Nền tảng này đã có khóa học với mã đó."
    public static let courseNotFound = "Không tìm thấy khóa học."
}

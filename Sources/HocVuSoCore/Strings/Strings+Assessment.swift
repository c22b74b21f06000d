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

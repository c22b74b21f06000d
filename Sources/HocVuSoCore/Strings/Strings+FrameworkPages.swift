/// Texts of the pages where the skills framework and the course catalogue are read and edited.
extension Strings {
    public static let frameworksTitle = "Khung đánh giá kỹ năng số"
    public static func frameworkVersionTitle(_ version: Int, _ title: String) -> String {
        "Phiên bản \(version) – \(title)"
    }
    public static func frameworkItemTitle(_ id: String) -> String { "Câu hỏi \(id)" }
    public static let frameworkDraftCreated = "Đã tạo phiên bản nháp. Sửa câu hỏi, ngưỡng đạt rồi ban hành khi sẵn sàng."
    public static let frameworkItemSaved = "Đã lưu câu hỏi."
    public static let frameworkItemAdded = "Đã thêm câu hỏi vào phiên bản nháp."
    public static let frameworkItemRemoved = "Đã xóa câu hỏi khỏi phiên bản nháp."
    public static let frameworkRuleSaved = "Đã lưu ngưỡng đạt."
    public static let frameworkPublished = "Đã ban hành phiên bản này. Các bài đánh giá mới dùng phiên bản này; bài đã làm vẫn giữ phiên bản cũ."
    public static let frameworkPromptRequired = "Cần ghi nội dung câu hỏi (tối đa 1.000 ký tự)."
    public static let frameworkOptionsCount = "Câu hỏi chọn một đáp án cần từ 2 đến 6 lựa chọn, mỗi lựa chọn một dòng (tối đa 300 ký tự)."
    public static func frameworkAnswerOutOfRange(_ count: Int) -> String {
        "Đáp án đúng phải là số thứ tự của một lựa chọn, từ 1 đến \(count)."
    }
    public static let frameworkTruthRequired = "Chọn nhận định là Đúng hay Sai."
    public static let frameworkExplanationTooLong = "Phần giải thích tối đa 2.000 ký tự."
    public static let frameworkKindInvalid = "Loại câu hỏi phải là chọn một đáp án hoặc đúng/sai."
    public static let frameworkGroupUnknown = "Nhóm đối tượng này không có trong khung."
    public static let frameworkLastItem = "Không xóa được câu hỏi cuối cùng của một nhóm đối tượng."
    public static let frameworkFieldOverall = "Tỷ lệ đạt chung"
    public static let frameworkFieldPerDomain = "Tỷ lệ đạt tối thiểu mỗi lĩnh vực"
    public static func frameworkPercentInvalid(_ field: String) -> String {
        "\(field) phải là số nguyên từ 0 đến 100."
    }
    /// One problem that the framework's own check found, with the item or competence it names.
    public static func frameworkProblemLine(_ place: String?, _ reason: String) -> String {
        guard let place, !place.isEmpty else { return reason }
        return "\(place): \(reason)"
    }
    public static let coursesTitle = "Danh mục khóa học"
    public static func courseTitle(_ title: String) -> String { "Khóa học: \(title)" }
    public static let courseAdded = "Đã thêm khóa học vào danh mục."
    public static let courseSaved = "Đã lưu phân loại khóa học."
}

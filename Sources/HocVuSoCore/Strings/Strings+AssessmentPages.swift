extension Strings {
    // MARK: Public assessment pages (taking an assessment through a link or QR code)

    public static let assessmentStartTitle = "Đánh giá kỹ năng số cơ bản"
    public static func assessmentQuestionTitle(_ number: Int, of count: Int) -> String { "Câu \(number)/\(count)" }
    public static let assessmentReviewTitle = "Xem lại và nộp bài"
    public static let assessmentResultTitle = "Kết quả đánh giá"
    public static let assessmentNoticeTitle = "Thông báo"
    public static let assessmentChooseAnswer = "Hãy chọn một câu trả lời rồi bấm “Lưu và tiếp”."
    public static let assessmentResubmitted = "Bài này đã được nộp trước đó; kết quả dưới đây không thay đổi."
    /// The pass rule in words: "đạt từ 70% số câu và mỗi lĩnh vực từ 50%".
    public static func assessmentPassRule(overall: Int, perDomain: Int) -> String {
        "đạt từ \(overall)% số câu trở lên và mỗi lĩnh vực từ \(perDomain)% trở lên"
    }
    public static func assessmentDomainScore(correct: Int, total: Int) -> String { "\(correct)/\(total) câu đúng" }
    /// "85%": a share in whole percent.
    public static func wholePercent(_ value: Int) -> String { "\(value)%" }

    // MARK: Certificates (public verification and the printable certificate)

    public static let certificateVerifyTitle = "Xác minh giấy chứng nhận kỹ năng số"
    public static let certificatePrintTitle = "Giấy chứng nhận kỹ năng số"
    /// The issuing body of a certificate in upper case: "UBND XÃ CHÍ MINH", "UBND THÀNH PHỐ HẢI PHÒNG".
    public static func certificateIssuingBody(_ unitFullName: String) -> String { "UBND \(unitFullName.uppercased())" }
    public static let certificateSignerTitle = "CHỦ TỊCH"
    /// "Khung đánh giá kỹ năng số cơ bản – phiên bản 1".
    public static func certificateFrameworkLine(_ title: String, version: Int) -> String { "\(title) – phiên bản \(version)" }
    public static func certificateFrameworkVersion(_ version: Int) -> String { "Phiên bản \(version)" }
}

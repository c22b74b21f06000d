extension Strings {
    // MARK: Received reports (issue 9)

    public static let receivedNotFound = "Không tìm thấy báo cáo nhận được này (có thể đường dẫn sai)."
    public static let receivedInterrupted =
        "Máy chủ khởi động lại khi đang đọc tệp nên việc đọc bị dừng. Bấm “Đọc lại” để đọc lại từ đầu."
    public static let receivedUnexpected = "Có lỗi khi đọc tệp. Bấm “Đọc lại”; nếu vẫn lỗi, xin xã gửi lại tệp khác."

    public static func receivedStatusLabel(_ status: ReceivedReportStatus) -> String {
        switch status {
        case .reading: return "Đang đọc"
        case .read: return "Chờ xác nhận"
        case .failed: return "Không đọc được"
        case .filed: return "Đã nhập vào tổng hợp"
        case .discarded: return "Đã bỏ qua"
        }
    }

    public static func receivedWrongStep(_ status: String) -> String {
        "Báo cáo nhận được đang ở trạng thái “\(status)”, không thực hiện được thao tác này."
    }

    public static func receivedCommuneUnknown(_ code: String) -> String {
        "Mã đơn vị “\(code)” không phải một xã, phường trong danh mục. Vui lòng chọn đúng xã đã gửi báo cáo."
    }

    public static func receivedCommuneOutside(_ name: String) -> String {
        "\(name) không thuộc tỉnh, thành phố của Sở nên không nhập báo cáo này vào tổng hợp được."
    }

    public static func receivedNotAddressed(_ name: String) -> String {
        "Yêu cầu báo cáo này không gửi cho \(name). Vui lòng chọn đúng yêu cầu mà báo cáo trả lời."
    }

    public static func receivedReportExists(_ name: String, _ status: String) -> String {
        "\(name) đã có báo cáo cho yêu cầu này (trạng thái: \(status)). Hãy so sánh số liệu và chọn giữ báo cáo đã có "
        + "hoặc thay bằng số liệu của văn bản nhận được."
    }
}

extension Strings {
    /// Marks a consolidation row whose figures the department entered from a document the commune sent.
    public static let receivedSourceMark = "nhập từ văn bản nhận được"
}

extension Strings {
    // MARK: Received report pages

    public static let receivedListTitle = "Báo cáo nhận được bằng văn bản"
    public static let receivedReviewTitle = "Đọc báo cáo nhận được"
    public static let receivedChooseFile = "Vui lòng chọn tệp báo cáo nhận được (PDF, Word .docx, ảnh chụp hoặc văn bản .txt)."
    public static let receivedDiscardConfirm = "Hãy đánh dấu ô xác nhận trước khi bỏ qua văn bản này."
    public static let receivedChooseCommune = "— Chọn xã, phường gửi báo cáo —"
    public static let receivedCommuneNotFound =
        "Chưa nhận ra xã, phường gửi báo cáo từ nội dung văn bản. Vui lòng chọn xã trong danh sách."
    public static let receivedAnswersMissing =
        "Không thấy văn bản trả lời yêu cầu nào (“Thực hiện Công văn số …”). Vui lòng kiểm tra báo cáo có đúng yêu cầu này."
    public static let receivedRestoredNote =
        "Văn bản nhận được bị mất dấu tiếng Việt; dấu đã được khôi phục tự động để dễ đọc. Chữ gạch chân chấm là chữ chưa chắc dấu — đối chiếu với tệp gốc."
    public static let receivedShowOriginal = "Xem chữ đúng như tệp gốc"
    public static let receivedShowRestored = "Xem chữ đã khôi phục dấu"
    public static let receivedFiled = "Đã nhập số liệu của báo cáo vào tổng hợp."
    public static let receivedDiscarded = "Đã bỏ qua văn bản; số liệu không được nhập."

    public static func receivedProgress(_ done: Int, _ total: Int) -> String {
        total == 0 ? "Đang đọc tệp…" : "Đang đọc trang \(done)/\(total)…"
    }

    public static func receivedUploaded(_ at: String, _ by: String) -> String {
        "Tải lên lúc \(at) bởi \(by)"
    }

    public static func receivedMethod(_ method: String?, pages: Int, ocrPages: Int, ocrMillis: Int) -> String {
        switch method {
        case "plain": return "Đọc từ tệp văn bản."
        case "word": return "Đọc từ tệp Word."
        case "pdf-text": return "Đọc lớp chữ của tệp PDF (\(pages) trang)."
        case "ocr", "mixed":
            let seconds = VietnameseFormat.decimal(Double(ocrMillis) / 1000, digits: 1)
            return "Nhận dạng chữ (OCR, Tesseract tiếng Việt) \(ocrPages)/\(pages) trang trong \(seconds) giây."
        default: return ""
        }
    }

    public static func receivedAnswersLine(_ number: String, _ date: String?, _ issuer: String?) -> String {
        "Trả lời văn bản số \(number)" + (date.map { " ngày \($0)" } ?? "") + (issuer.map { " của \($0)" } ?? "")
    }

    public static func receivedAnswersOther(_ request: String) -> String {
        "Báo cáo này trả lời một văn bản khác với yêu cầu đang nhập (\(request)). Vui lòng kiểm tra trước khi nhập."
    }

    public static func receivedSectionLine(_ section: ReportSection, heading: String) -> String {
        "\(receivedSectionName(section)): \(heading)"
    }

    public static func receivedSectionName(_ section: ReportSection) -> String {
        switch section {
        case .intro: return "Mở đầu"
        case .direction: return "Chỉ đạo, điều hành"
        case .results: return "Kết quả"
        case .difficulties: return "Khó khăn, vướng mắc"
        case .nextSteps: return "Phương hướng, nhiệm vụ"
        case .recommendations: return "Kiến nghị, đề xuất"
        case .closing: return "Kết thúc"
        }
    }

    public static func receivedFigureLabel(_ key: String) -> String {
        switch key {
        case "teams": return "Tổ công nghệ số cộng đồng"
        case "members": return "Thành viên tổ công nghệ số"
        case "sessions": return "Lượt hỗ trợ người dân"
        case "events": return "Lớp học, tập huấn, hội nghị, sự kiện"
        case "participants": return "Lượt người tham gia lớp, tập huấn, sự kiện"
        case "learners.enrolled": return "Người học đăng ký"
        case "learners.completed": return "Người học hoàn thành"
        case "certificates.issued": return "Chứng nhận đã cấp"
        case "residents.supported": return "Người dân được hỗ trợ"
        case "vneid.activated": return "Tài khoản định danh điện tử mức 2"
        case "share.officials": return "Tỷ lệ cán bộ, công chức, giáo viên (%)"
        case "share.teams-villages": return "Tỷ lệ thôn có tổ công nghệ số (%)"
        case "share.cashless-schools": return "Tỷ lệ trường học không dùng tiền mặt (%)"
        case "share.qr-businesses": return "Tỷ lệ hộ kinh doanh dùng mã QR (%)"
        case "other": return "Khác (không đưa vào tổng hợp)"
        default: return key.hasPrefix("share.") ? "Tỷ lệ khác (%): \(key.dropFirst(6))" : key
        }
    }

    public static func receivedFigureInvalid(_ label: String, _ value: String) -> String {
        "Số liệu “\(label)” không hợp lệ: “\(value)”. Nhập số không âm, ví dụ 1.250 hoặc 12,5."
    }

    public static func receivedDateInvalid(_ field: String, _ value: String) -> String {
        "Ngày “\(field)” không hợp lệ: “\(value)”. Nhập theo dạng ngày/tháng/năm, ví dụ 13/11/2025."
    }

    public static let receivedNothingConfirmed =
        "Chưa có số liệu nào được chọn để nhập. Hãy đánh dấu ít nhất một số liệu, hoặc bỏ qua văn bản này."
    public static let receivedExtraSentenceRequired =
        "Số liệu thêm tay cần kèm câu trong văn bản có số liệu đó, để người xem đối chiếu."
}

extension Strings {
    public static let receivedReportDateField = "ngày báo cáo"
}

extension Strings {
    /// Labels of `hocvuso read-report`'s listing.
    public enum ReadReportOutput {
        public static let unit = "Đơn vị gửi"
        public static let otherCandidate = "Cũng có thể là"
        public static let unknown = "chưa nhận ra"
        public static let number = "Số"
        public static let date = "Ngày"
        public static let answers = "Trả lời"
        public static let method = "Cách đọc"
        public static let sections = "Các phần"
        public static let documents = "Văn bản đã ban hành"
        public static let figures = "Số liệu"
        public static let asOf = "ngày"  // the date a figure refers to: "tính đến" a cumulative one, the day of an event
    }
}

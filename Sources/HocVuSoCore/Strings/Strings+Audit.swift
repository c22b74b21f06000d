/// Texts of the personal-data access log's search page (nhật ký truy cập dữ liệu cá nhân) and its API errors.
extension Strings {
    public static let auditTitle = "Nhật ký truy cập dữ liệu cá nhân"
    public static let auditNav = "Nhật ký truy cập"
    public static let auditFrom = "Từ ngày"
    public static let auditTo = "Đến ngày"
    public static let auditAllActions = "Mọi thao tác"
    public static let auditAllUnits = "Mọi đơn vị trong phạm vi"
    public static let auditNoUnit = "Không gắn đơn vị"

    /// What an entry's action means, for the list and the action filter.
    public static func auditActionLabel(_ action: String) -> String {
        switch action {
        case "view": return "Xem chi tiết"
        case "list": return "Xem danh sách"
        case "create": return "Thêm mới"
        case "update": return "Sửa"
        case "delete": return "Xóa"
        case "import": return "Nhập dữ liệu"
        case "export": return "Xuất dữ liệu"
        case "audit": return "Tra cứu nhật ký truy cập"
        default: return action
        }
    }

    public static func auditDateInvalid(_ field: String, _ text: String) -> String {
        "\(field) «\(text)» không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 19/5/2026."
    }
    public static let auditPeriodReversed = "“Từ ngày” phải trước hoặc trùng “Đến ngày”."
    public static func auditActionInvalid(_ text: String) -> String {
        "Thao tác «\(text)» không có trong nhật ký; hãy chọn một thao tác trong danh sách."
    }
    public static func auditUnitInvalid(_ text: String) -> String {
        "Không có đơn vị mã «\(text)»; hãy chọn một đơn vị trong danh sách."
    }
    public static func auditTextTooLong(_ field: String, _ limit: Int) -> String {
        "\(field) dài quá \(limit) ký tự."
    }
    public static let auditUsernameField = "Tài khoản"
    public static let auditSubjectField = "Mã nhân khẩu"

    public static func auditEntryCount(_ n: String) -> String { "\(n) lượt ghi" }

    // The chain check shown at the top of the page.
    public static func auditChainIntact(_ n: String) -> String {
        "Chuỗi nhật ký nguyên vẹn: đã kiểm tra \(n) lượt ghi, không lượt nào bị sửa hay xóa."
    }
    public static func auditChainEdited(_ seq: String) -> String {
        "Chuỗi nhật ký bị phá vỡ: lượt ghi số \(seq) đã bị sửa (nội dung không còn khớp mã băm)."
    }
    public static func auditChainDeleted(_ seq: String, previous: String?) -> String {
        if let previous {
            return "Chuỗi nhật ký bị phá vỡ: lượt ghi số \(seq) không nối tiếp lượt ghi số \(previous); có lượt ghi ở giữa đã bị xóa hoặc lượt số \(previous) đã bị sửa."
        }
        return "Chuỗi nhật ký bị phá vỡ: lượt ghi số \(seq) không nối tiếp đầu nhật ký; các lượt ghi trước nó đã bị xóa."
    }
    public static func auditChainTailDeleted(last: String?, head: String) -> String {
        "Chuỗi nhật ký bị phá vỡ: nhật ký ghi nhận đến lượt số \(head) nhưng chỉ còn đến \(last.map { "lượt số \($0)" } ?? "không lượt nào"); các lượt ghi cuối đã bị xóa."
    }
    public static let auditChainHeadMissing = "Chuỗi nhật ký bị phá vỡ: mất bản ghi đầu chuỗi (access_log_head)."
}

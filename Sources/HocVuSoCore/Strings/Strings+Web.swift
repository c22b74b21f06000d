extension Strings {
    public static let errorTitle = "Có lỗi xảy ra"
    public static let pageNotFound = "Không tìm thấy trang hoặc dữ liệu được yêu cầu."
    public static let uploadTooLarge = "Tệp tải lên quá lớn (tối đa 64 MB)."
    public static let badRequest = "Yêu cầu không hợp lệ."
    public static func badJSON(_ detail: String) -> String { "Dữ liệu JSON không hợp lệ: \(detail)" }
    public static let internalError = "Lỗi hệ thống. Thao tác chưa được thực hiện; vui lòng thử lại hoặc báo quản trị viên."
    public static func invalidParameter(_ name: String, _ value: String) -> String {
        "Tham số \(name) không hợp lệ: \"\(value)\"."
    }
    public static let invalidID = "Mã định danh bản ghi không hợp lệ."
    public static let residentsTitle = "Nhân khẩu"
    public static let loginTitle = "Đăng nhập"
    public static let setupTitle = "Thiết lập ban đầu"
    public static let newResidentTitle = "Thêm nhân khẩu"
    public static let editResidentTitle = "Sửa thông tin nhân khẩu"
    public static let importTitle = "Nhập danh sách nhân khẩu"
    public static let homeTitle = "Trang chủ"
    public static let allUnitsTitle = "Cả nước"
    public static let saved = "Đã lưu."
    public static let villageCreated = "Đã tạo thôn/tổ dân phố."
    public static let villageRenamed = "Đã đổi tên."
    public static let villageClosed = "Đã giải thể thôn/tổ dân phố."
    public static let residentDeleted = "Đã xóa nhân khẩu."
    public static let loggedOut = "Đã đăng xuất."
}

extension Strings {
    public static let confirmRequired = "Hãy đánh dấu ô xác nhận trước khi thực hiện thao tác này."
}

extension Strings {
    public static func pageOf(_ page: String, _ count: String) -> String { "Trang \(page)/\(count)" }
}

extension Strings {
    public static func moreThan(_ n: String) -> String { "hơn \(n)" }
}

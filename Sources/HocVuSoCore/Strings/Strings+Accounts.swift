extension Strings {
    public static func passwordTooShort(_ n: Int) -> String { "Mật khẩu phải có ít nhất \(n) ký tự." }
    public static let passwordContainsUsername = "Mật khẩu không được chứa tên đăng nhập."
    public static let passwordNeedsLettersAndDigits = "Mật khẩu phải có cả chữ và số."
    public static let usernameInvalid = "Tên đăng nhập dài 3–40 ký tự, chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới."
    public static let usernameTaken = "Tên đăng nhập này đã có người dùng."
    public static let loginFailed = "Tên đăng nhập hoặc mật khẩu không đúng."
    public static func loginLocked(minutes: Int) -> String {
        "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau \(minutes) phút."
    }
    public static let loginRateLimited = "Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng chờ một lát rồi thử lại."
    public static let notLoggedIn = "Vui lòng đăng nhập để tiếp tục."
    public static let sessionExpired = "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại."
    public static let forbiddenOutsideScope = "Bạn không có quyền truy cập đơn vị này."
    public static let forbiddenRole = "Vai trò của bạn không được thực hiện thao tác này."
    public static let csrfFailed = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại."
    public static let setupClosed = "Hệ thống đã có quản trị viên; trang thiết lập ban đầu đã đóng."
    public static let unknownRole = "Vai trò không hợp lệ."
    public static let roleUnitMismatch = "Vai trò này không dùng cho cấp đơn vị đã chọn."

    public static func roleLabel(_ role: Role) -> String {
        switch role {
        case .admin: return "Quản trị hệ thống"
        case .department: return "Cán bộ Sở KH&CN"
        case .communeOfficer: return "Cán bộ xã"
        case .communeLeader: return "Lãnh đạo xã"
        case .teamLeader: return "Tổ trưởng tổ CNS"
        case .teamMember: return "Thành viên tổ CNS"
        case .viewer: return "Người xem"
        case .auditor: return "Kiểm soát dữ liệu cá nhân"
        }
    }
}

extension Strings {
    public static let passwordsDiffer = "Hai lần nhập mật khẩu không khớp nhau."
}

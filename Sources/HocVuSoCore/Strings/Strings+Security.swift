extension Strings {
    public static let metricsForbidden = "Chỉ máy chủ giám sát được cấp mã mới được đọc số liệu vận hành."
    public static let searchExpired = "Phiên tìm kiếm đã hết hạn, vui lòng tìm lại."
    public static let uploadWrongType = "Loại tệp này không được chấp nhận."
}

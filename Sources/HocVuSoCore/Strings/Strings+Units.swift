extension Strings {
    public static func unitCatalogBadLine(_ line: Int) -> String {
        "Danh mục đơn vị hành chính bị lỗi ở dòng \(line): cần đúng 5 cột."
    }
    public static func unitNotFound(_ code: String) -> String { "Không tìm thấy đơn vị có mã \(code)." }
    public static let villageNameRequired = "Tên thôn/tổ dân phố không được để trống."
    public static let villageNameTooLong = "Tên thôn/tổ dân phố dài quá 80 ký tự."
    public static func villageNameTaken(_ name: String) -> String {
        "Xã đã có một thôn/tổ dân phố đang hoạt động tên \"\(name)\"."
    }
    public static let villageTypeInvalid = "Loại đơn vị phải là Thôn, Tổ dân phố hoặc Khu dân cư."
    public static let villagesOnlyUnderCommune = "Chỉ tạo được thôn/tổ dân phố trong một xã, phường hoặc đặc khu."
    public static let notAVillage = "Đơn vị này không phải thôn/tổ dân phố."
    public static let villageAlreadyClosed = "Thôn/tổ dân phố này đã giải thể trước đó."
    public static func villageHasResidents(_ n: String) -> String {
        "Không thể giải thể: thôn còn \(n) nhân khẩu. Hãy chuyển họ sang thôn khác trước."
    }
    public static let dateInvalid = "Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/07/2025."
    public static func dateBefore(_ earliest: String) -> String { "Ngày hiệu lực không được trước \(earliest)." }

    /// The three kinds of units a commune creates below itself.
    public static let villageTypes = ["Thôn", "Tổ dân phố", "Khu dân cư"]

    public static func levelLabel(_ level: UnitLevel) -> String {
        switch level {
        case .province: return "Tỉnh/thành phố"
        case .commune: return "Xã/phường"
        case .village: return "Thôn/tổ dân phố"
        }
    }
    public static func statusLabel(_ status: UnitStatus) -> String {
        switch status {
        case .active: return "Đang hoạt động"
        case .closed: return "Đã giải thể"
        }
    }
}

extension Strings {
    /// "Thôn Cao Lý, Xã Chí Minh": a village named with its commune.
    public static func villageInCommune(_ village: String, _ commune: String) -> String { "\(village), \(commune)" }
}

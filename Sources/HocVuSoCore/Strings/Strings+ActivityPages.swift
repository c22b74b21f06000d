/// Texts of the activity pages (teams, roster, sessions, visits, events, categories) and their exports.
extension Strings {
    public static let navTeams = "Tổ công nghệ số"
    public static let navVisits = "Đi từng hộ"
    public static let newVisitTitle = "Ghi nhận đến hộ"
    public static let newEventTitle = "Thêm lớp học, sự kiện"

    public static let activityNeedsCommune = "Trang này dành cho một xã, phường hoặc thôn; hãy chọn một xã."
    public static let activityNeedsVillage = "Hãy chọn một thôn, tổ dân phố để ghi nhận đến hộ."
    public static func villageHasNoTeam(_ village: String) -> String { "\(village) chưa có tổ công nghệ số cộng đồng." }
    public static let teamLevelRequired = "Hãy chọn loại tổ."
    public static let memberRoleRequired = "Hãy chọn vai trò trong tổ (tổ trưởng hoặc tổ viên)."
    public static func memberResidentNotFound(_ cccd: String) -> String {
        "Không tìm thấy nhân khẩu có số CCCD «\(cccd)» trong xã; hãy để trống ô CCCD nếu người này không có trong danh sách."
    }
    public static func memberOfTeam(_ name: String, _ team: String) -> String { team.isEmpty ? name : "\(name) – \(team)" }
    public static func weekRange(_ monday: String, _ sunday: String) -> String { "Tuần \(monday) – \(sunday)" }

    public static let filterFrom = "Từ ngày"
    public static let filterTo = "Đến ngày"
    public static func filterDateInvalid(_ field: String, _ text: String) -> String {
        "\(field) «\(text)» không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 01/01/2026."
    }

    public static func householdName(_ head: String?) -> String { head.map { "Hộ \($0)" } ?? "Hộ chưa có nhân khẩu" }
    public static let visitStatusRequired = "Hãy chọn kết quả: đã đến và hướng dẫn, hoặc không có ai ở nhà."
    public static func presentDetail(_ relation: String?, year: String) -> String {
        relation.map { "\($0), sinh năm \(year)" } ?? "sinh năm \(year)"
    }

    public static func defaultOrganiser(_ commune: String) -> String { "UBND \(commune)" }
    public static let eventVillageInvalid = "Thôn, tổ dân phố đã chọn không thuộc xã này."

    public static let attendanceNameMissing = "Dòng này không có số CCCD và thiếu họ và tên."
    public static let attendanceBirthMissing = "Dòng này không có số CCCD và thiếu ngày sinh để nhận ra người tham dự."
    public static func attendanceImportRejected(_ n: String) -> String {
        "Có \(n) dòng không nhận ra được người tham dự; chưa ai được thêm. Hãy sửa tệp rồi tải lên lại."
    }
    public static let attendanceImportNoRows = "Tệp không có dòng nào ghi người tham dự."

    // Exports: sheet columns and file names (ASCII).
    public static let sessionExportHeader = [
        "Ngày", "Giờ", "Thôn, tổ dân phố / xã", "Nội dung hỗ trợ", "Mã nội dung", "Người được hỗ trợ", "Nhóm tuổi",
        "Giới tính", "Nơi hỗ trợ", "Kết quả", "Thành viên tổ", "Tổ", "Ghi chú", "Mã lượt hỗ trợ",
    ]
    public static let eventExportHeader = [
        "Ngày", "Loại", "Chủ đề", "Địa điểm", "Đơn vị tổ chức", "Thôn, tổ dân phố / xã", "Số người đếm được",
        "Số người có tên", "Tổng số người tham dự", "Mã lớp học, sự kiện",
    ]
    public static let sessionFilePrefix = "luot-ho-tro"
    public static let eventFilePrefix = "lop-hoc-su-kien"
    public static let fileFromWord = "tu"
    public static let fileToWord = "den"

    // Flash messages after a redirect.
    public static let teamCreated = "Đã thành lập tổ."
    public static let memberAdded = "Đã thêm thành viên vào tổ."
    public static let memberEnded = "Đã ghi nhận thành viên rời tổ."
    public static let accountCreated = "Đã tạo tài khoản đăng nhập cho thành viên."
    public static let shiftAdded = "Đã thêm ca trực."
    public static let shiftDeleted = "Đã xóa ca trực."
    public static let visitRecorded = "Đã ghi nhận lần đến hộ."
    public static let eventCreated = "Đã thêm lớp học, sự kiện."
    public static let attendanceSaved = "Đã cập nhật danh sách tham dự."
    public static let attendanceImported = "Đã nhập danh sách người tham dự từ tệp."
    public static let categoryAdded = "Đã thêm nội dung hỗ trợ."
    public static let categoryRetired = "Đã ngừng dùng nội dung hỗ trợ."
    public static let categoryRestored = "Đã dùng lại nội dung hỗ trợ."
}

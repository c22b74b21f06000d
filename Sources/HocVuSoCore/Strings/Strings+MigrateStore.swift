extension Strings {
    // `hocvuso migrate-store`: copying a commune's SQLite store into the province's PostgreSQL store.

    public static func migrateConflictsHeader(_ n: Int) -> String {
        "Dừng chuyển dữ liệu, chưa ghi gì vào cơ sở dữ liệu đích: có \(n) xung đột với dữ liệu đã có."
    }
    public static func migrateMoreConflicts(_ n: Int) -> String { "… và \(n) xung đột khác." }
    public static func migrateConflictUnit(code: String, source: String, target: String) -> String {
        "Mã đơn vị \(code) ở nguồn là \"\(source)\" nhưng ở đích là \"\(target)\": hai đơn vị khác nhau dùng chung một mã."
    }
    public static func migrateConflictAccount(username: String, source: String, target: String) -> String {
        "Tên đăng nhập \(username) ở nguồn là \(source) nhưng ở đích là \(target): hai tài khoản khác nhau trùng tên đăng nhập."
    }
    public static func migrateConflictCCCD(_ cccd: String, province: String, sourceResident: String,
                                           targetResident: String) -> String {
        "Số CCCD \(cccd) (tỉnh \(province)) ở nguồn thuộc nhân khẩu \(sourceResident) nhưng ở đích đã thuộc nhân khẩu khác \(targetResident)."
    }
    public static func migrateConflictFramework(key: String, version: Int) -> String {
        "Bộ tiêu chí \(key) phiên bản \(version) ở nguồn có nội dung khác phiên bản cùng số ở đích."
    }
    public static func migrateConflictUniqueKey(table: String, columns: String, values: String) -> String {
        "Bảng \(table): giá trị (\(columns)) = (\(values)) ở đích đã thuộc một dòng khác."
    }
    public static let migrateWrongEngines =
        "Chỉ chuyển được từ kho SQLite (--from sqlite:ĐƯỜNG_DẪN) sang PostgreSQL (--to postgres://…)."
    public static func migrateTableMissing(_ table: String) -> String {
        "Cơ sở dữ liệu đích không có bảng \(table): hai bên khác phiên bản lược đồ."
    }
    public static func migrateColumnMissing(table: String, column: String) -> String {
        "Bảng \(table) ở đích không có cột \(column): hai bên khác phiên bản lược đồ."
    }
    public static func migrateNoSource(_ path: String) -> String {
        "Không tìm thấy kho SQLite ở \(path) (cần thư mục dữ liệu hoặc tệp .sqlite)."
    }
}

extension Strings {
    /// "Thôn An Lại, thuộc 11131": a unit as the conflict messages show it.
    public static func migrateUnitLabel(name: String, parentCode: String?) -> String {
        parentCode.map { "\(name), thuộc \($0)" } ?? name
    }
    /// "commune-officer, đơn vị 11131": an account as the conflict messages show it.
    public static func migrateAccountLabel(role: String, unit: String) -> String {
        "\(role), đơn vị \(unit.isEmpty ? "(toàn hệ thống)" : unit)"
    }
}

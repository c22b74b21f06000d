extension Strings {
    // `hocvuso backup` and `hocvuso restore`.

    public static func backupNoStore(_ path: String) -> String {
        "Không có kho dữ liệu SQLite tại \(path): không có gì để sao lưu."
    }
    public static func backupOutputExists(_ path: String) -> String {
        "Tệp \(path) đã có: chọn tên tệp khác cho bản sao lưu."
    }
    public static func backupNotABackup(_ path: String) -> String {
        "Tệp \(path) không phải bản sao lưu của hocvuso."
    }
    public static func backupCorrupt(_ path: String, _ reason: String) -> String {
        "Bản sao lưu \(path) bị hỏng hoặc không đầy đủ (\(reason)). Không khôi phục gì."
    }
    public static func backupNewerFormat(_ version: Int) -> String {
        "Bản sao lưu dùng định dạng \(version), mới hơn phiên bản hocvuso này: hãy cập nhật hocvuso."
    }
    public static func backupWrongEngine(backup: String, target: String) -> String {
        "Bản sao lưu là của \(backup), không khôi phục được vào \(target). Để chuyển kho SQLite sang PostgreSQL, dùng hocvuso migrate-store."
    }
    public static func backupNewerSchema(_ steps: String) -> String {
        "Bản sao lưu có lược đồ mới hơn phiên bản hocvuso này (bước \(steps)): hãy cập nhật hocvuso trước khi khôi phục."
    }
    public static func restoreTargetNotEmpty(_ target: String) -> String {
        "Kho đích \(target) đã có dữ liệu. Thêm --replace để thay toàn bộ dữ liệu đó bằng bản sao lưu."
    }
    public static func restoreVerifyFailed(_ problems: String) -> String {
        "Dữ liệu khôi phục không khớp với bản sao lưu, kho đích giữ nguyên: \(problems)"
    }
    public static func restoreTargetBusy(_ target: String) -> String {
        "Cơ sở dữ liệu \(target) đang có kết nối khác: hãy dừng máy chủ hocvuso trước khi khôi phục."
    }
    public static func backupToolFailed(_ tool: String, _ output: String) -> String {
        "\(tool) báo lỗi: \(output)"
    }
}

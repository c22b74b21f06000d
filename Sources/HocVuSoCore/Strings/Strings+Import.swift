extension Strings {
    // Messages of the import flow (jobs, stages). The row-by-row validation messages are in Strings+ResidentImport.swift.
    public static let importJobNotFound = "Không tìm thấy lượt nhập dữ liệu này (có thể đã hết hạn hoặc đã bị hủy)."
}

extension Strings {
    public static let importEmptyFile = "Tệp trống: không có dữ liệu nào để nhập."
    public static let importNoFile = "Hãy chọn tệp danh sách nhân khẩu (Excel .xlsx hoặc CSV)."
    public static let importWrongLevel = "Chỉ nhập được nhân khẩu vào một xã/phường hoặc một thôn/tổ dân phố."
    public static let importStageReading = "Đang đọc tệp…"
    public static let importStageValidating = "Đang kiểm tra từng dòng…"
    public static func importStageWriting(_ done: String, _ total: String) -> String { "Đang ghi \(done)/\(total) người…" }
    public static func importDone(_ residents: String, _ households: String) -> String {
        "Đã nhập \(residents) nhân khẩu trong \(households) hộ gia đình."
    }
    public static let importAlreadyRunning = "Lượt nhập này đang chạy hoặc đã xong."
    public static let importColumnIgnored = "(bỏ qua cột này)"
}

extension Strings {
    /// One problem of an import as the command line prints it.
    public static func problemLine(row: Int?, column: String?, value: String?, reason: String) -> String {
        "dòng \(row.map(String.init) ?? "-") | \(column ?? "-") | \(value ?? "") | \(reason)"
    }
}

extension Strings {
    public static func importSeveralSheets(_ names: [String]) -> String {
        "Tệp có \(names.count) trang tính chứa danh sách (\(names.joined(separator: ", "))). Hãy chọn trang cần nhập; mỗi lần nhập một trang."
    }
    public static func importSheetUnknown(_ wanted: String, _ names: [String]) -> String {
        "Không có trang tính \"\(wanted)\" trong tệp. Các trang có trong tệp: \(names.joined(separator: ", "))."
    }
    public static func importOtherSheets(_ names: [String]) -> String {
        "Tệp còn các trang tính khác có danh sách: \(names.joined(separator: ", ")). Mỗi lần nhập một trang; hãy nhập tiếp các trang đó sau."
    }
}

extension ReadingStrings {
    /// Messages of the diacritics restorer and the language check (issue 9).
    public enum Diacritics {
        public static func dictionaryMissing(_ path: String) -> String {
            "Không tìm thấy từ điển âm tiết tiếng Việt \"\(path)\" nên không khôi phục được dấu. "
            + "Quản trị viên cần cài gói hunspell-vi (chạy lại scripts/setup.sh)."
        }
        public static let modelMissing =
            "Thiếu mô hình ngôn ngữ để khôi phục dấu tiếng Việt trong bản cài đặt. Quản trị viên cần cài lại chương trình."
        public static let modelDamaged =
            "Mô hình ngôn ngữ để khôi phục dấu tiếng Việt bị hỏng. Quản trị viên cần cài lại chương trình."
        public static let notVietnamese =
            "Tệp không phải văn bản tiếng Việt nên hệ thống không đọc được. Vui lòng tải lên báo cáo viết bằng tiếng Việt."
        public static let trainingNeedsCorpus =
            "Cần chỉ ra ít nhất một đường dẫn văn bản tiếng Việt để huấn luyện (--corpus hoặc --product)."
        public static let notMOFile =
            "Tệp không phải danh mục bản dịch GNU gettext (.mo) hợp lệ."
    }
}

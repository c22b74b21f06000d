extension Strings {
    /// Messages about a received report's file (issue 9): what was wrong with it, and what to do.
    public enum ReceivedFile {
        public static let empty =
            "Tệp tải lên rỗng, không có nội dung. Vui lòng chọn đúng tệp báo cáo nhận được (PDF, Word .docx, ảnh chụp hoặc văn bản)."
        public static func unsupported(_ name: String) -> String {
            "Không đọc được tệp \"\(name)\": hệ thống nhận văn bản (.txt), Word (.docx), PDF và ảnh chụp (PNG, JPEG, TIFF). "
            + "Tệp Word cũ (.doc) cần lưu lại dạng .docx."
        }
        public static let notText =
            "Tệp văn bản không đọc được: không phải chữ tiếng Việt mã UTF-8 hoặc UTF-16. "
            + "Vui lòng lưu lại tệp với mã Unicode (UTF-8)."
        public static let noText =
            "Không lấy được chữ nào từ tệp: tệp trống, ảnh quá mờ hoặc trang trắng. Vui lòng quét lại rõ hơn (300 dpi) rồi tải lên."
        public static func tooManyPages(_ pages: Int, limit: Int) -> String {
            "Tệp có \(pages) trang, vượt quá \(limit) trang hệ thống đọc được cho một báo cáo. Vui lòng chỉ gửi phần báo cáo."
        }
        public static let brokenPDF =
            "Tệp PDF bị hỏng hoặc được đặt mật khẩu nên không đọc được. Vui lòng xin xã gửi lại bản PDF khác."
        public static let brokenImage =
            "Ảnh tải lên bị hỏng hoặc không đọc được. Vui lòng chụp hoặc quét lại."
        public static func toolMissing(_ tool: String, package: String) -> String {
            "Máy chủ chưa cài công cụ \(tool) (gói \(package)) nên chưa đọc được loại tệp này. "
            + "Người quản trị chạy scripts/setup.sh để cài."
        }
        public static func toolFailed(_ tool: String) -> String {
            "Công cụ \(tool) không đọc được tệp này. Tệp có thể bị hỏng; vui lòng xin xã gửi lại."
        }
        public static func toolTimedOut(_ tool: String, seconds: Int) -> String {
            "Công cụ \(tool) đọc tệp quá \(seconds) giây và đã bị dừng. Vui lòng gửi tệp ít trang hơn hoặc ảnh rõ hơn."
        }
        public static let otherLanguage =
            "Văn bản này không phải tiếng Việt nên không thể là báo cáo của xã. Vui lòng kiểm tra lại tệp."
    }
}

extension Strings {
    /// Messages of the CSV/XLSX readers (module HocVuSoOffice). Every message says what was wrong,
    /// where, and what the user should do.
    public enum Office {
        // MARK: Any file

        public static let brokenWordDocument =
            "Tệp không phải tài liệu Word (.docx) đọc được: tệp bị hỏng hoặc chỉ đổi đuôi. "
            + "Vui lòng mở bằng Word, lưu lại dạng .docx rồi tải lên lại."

        public static let emptyFile =
            "Tệp tải lên không có dữ liệu (tệp rỗng). Vui lòng chọn đúng tệp danh sách dạng CSV hoặc Excel (.xlsx)."

        public static func fileNotFound(_ path: String) -> String {
            "Không tìm thấy hoặc không mở được tệp \"\(path)\"."
        }

        public static let legacyExcel =
            "Tệp này là định dạng Excel cũ (.xls, Excel 97–2003), hệ thống chưa đọc được. "
            + "Vui lòng mở tệp bằng Excel, chọn Tệp → Lưu thành (File → Save As), chọn kiểu "
            + "\"Sổ làm việc Excel (*.xlsx)\" rồi tải tệp .xlsx lên lại."

        public static let encryptedExcel =
            "Tệp Excel này đang được đặt mật khẩu (mã hóa) nên hệ thống không đọc được. "
            + "Vui lòng mở tệp bằng Excel, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc) rồi lưu lại và tải lên."

        public static let htmlDisguisedAsExcel =
            "Tệp này thực chất là một trang web (HTML) được đặt tên đuôi .xls, thường do phần mềm khác xuất ra. "
            + "Vui lòng mở tệp bằng Excel rồi lưu lại dưới dạng \"Sổ làm việc Excel (*.xlsx)\" hoặc \"CSV UTF-8\"."

        public static func unsupportedFileType(extension ext: String) -> String {
            "Không hỗ trợ loại tệp \".\(ext)\". Vui lòng tải lên bảng tính CSV (.csv) hoặc Excel (.xlsx)."
        }

        public static func unsupportedContent(_ kind: String) -> String {
            "Tệp tải lên là \(kind), không phải bảng tính. Vui lòng tải lên bảng tính CSV (.csv) hoặc Excel (.xlsx)."
        }

        public static let kindPDF = "tài liệu PDF"
        public static let kindImage = "một tệp ảnh"
        public static let kindWord = "văn bản Word (.docx)"
        public static let kindPowerPoint = "bản trình chiếu PowerPoint (.pptx)"
        public static let kindOpenDocument = "tệp OpenDocument của LibreOffice (.ods/.odt) — hãy lưu lại dưới dạng .xlsx"
        public static let kindBinary = "một tệp nhị phân không rõ định dạng"
        public static let kindHTML = "một trang web (HTML)"

        public static func tooLarge(megabytes: Int) -> String {
            "Tệp quá lớn: nội dung sau khi giải nén vượt quá \(megabytes) MB. "
            + "Vui lòng tách danh sách thành nhiều tệp nhỏ hơn (ví dụ mỗi thôn một tệp)."
        }

        public static func tooManyCells(limit: Int) -> String {
            "Bảng tính có quá nhiều ô dữ liệu (vượt quá \(limit) ô). "
            + "Vui lòng tách danh sách thành nhiều tệp nhỏ hơn (ví dụ mỗi thôn một tệp)."
        }

        // MARK: CSV

        public static func csvNotUTF8(line: Int, byteOffset: Int) -> String {
            "Tệp CSV không dùng bảng mã UTF-8: byte thứ \(byteOffset + 1) (ở dòng \(line)) không hợp lệ. "
            + "Có thể tệp được lưu bằng bảng mã cũ (Windows-1258, TCVN3/ABC, VNI) nên chữ tiếng Việt sẽ bị lỗi. "
            + "Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As), chọn kiểu "
            + "\"CSV UTF-8 (Comma delimited) (*.csv)\" rồi tải lên lại."
        }

        public static let csvBadUTF16 =
            "Tệp CSV dạng Unicode (UTF-16) bị lỗi mã ký tự nên không đọc được. "
            + "Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As), chọn kiểu \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi tải lên lại."

        public static func csvUnterminatedQuote(line: Int) -> String {
            "Tệp CSV bị lỗi dấu ngoặc kép: dấu \" mở một ô ở dòng \(line) nhưng không được đóng lại đến hết tệp. "
            + "Vui lòng kiểm tra ô có dấu ngoặc kép ở dòng \(line) (mỗi dấu \" trong nội dung ô phải được viết thành \"\")."
        }

        // MARK: XLSX

        public static let xlsxBrokenZip =
            "Tệp Excel (.xlsx) bị hỏng hoặc tải lên chưa trọn vẹn nên không giải nén được. "
            + "Vui lòng mở tệp bằng Excel để kiểm tra, lưu lại rồi tải lên lại."

        public static func xlsxBrokenPart(_ part: String) -> String {
            "Tệp Excel (.xlsx) bị hỏng: thành phần \"\(part)\" bên trong tệp không giải nén được (dữ liệu nén bị lỗi). "
            + "Vui lòng mở tệp bằng Excel để kiểm tra, lưu lại rồi tải lên lại."
        }

        public static func xlsxUnsupportedCompression(_ part: String) -> String {
            "Tệp Excel (.xlsx) dùng cách nén hoặc mã hóa không được hỗ trợ ở thành phần \"\(part)\". "
            + "Vui lòng mở tệp bằng Excel, lưu lại dưới dạng \"Sổ làm việc Excel (*.xlsx)\" rồi tải lên lại."
        }

        public static func xlsxMissingPart(_ part: String) -> String {
            "Tệp Excel (.xlsx) thiếu thành phần bắt buộc \"\(part)\" nên không đọc được. "
            + "Có thể tệp không do Excel tạo ra hoặc đã bị hỏng. "
            + "Vui lòng mở tệp bằng Excel hoặc LibreOffice rồi lưu lại dưới dạng \"Sổ làm việc Excel (*.xlsx)\"."
        }

        public static func xlsxMissingSheet(sheet: String, part: String) -> String {
            "Tệp Excel (.xlsx) bị hỏng: trang tính \"\(sheet)\" được khai báo nhưng thiếu nội dung (\"\(part)\"). "
            + "Vui lòng mở tệp bằng Excel, lưu lại rồi tải lên lại."
        }

        public static let xlsxNoSheets =
            "Tệp Excel không có trang tính (sheet) nào chứa dữ liệu. Vui lòng kiểm tra lại tệp."

        public static func xlsxBrokenXML(part: String, line: Int) -> String {
            "Tệp Excel (.xlsx) bị hỏng: thành phần \"\(part)\" có lỗi cấu trúc XML ở dòng \(line). "
            + "Vui lòng mở tệp bằng Excel, lưu lại rồi tải lên lại."
        }

        public static func xlsxBrokenSheetXML(sheet: String, line: Int) -> String {
            "Tệp Excel (.xlsx) bị hỏng: nội dung trang tính \"\(sheet)\" có lỗi cấu trúc XML ở dòng \(line) của tệp XML bên trong. "
            + "Vui lòng mở tệp bằng Excel, lưu lại rồi tải lên lại."
        }

        public static func xlsxBadSharedString(sheet: String, cell: String, index: String) -> String {
            "Tệp Excel (.xlsx) bị hỏng: ô \(cell) của trang tính \"\(sheet)\" trỏ tới chuỗi văn bản dùng chung số \(index), "
            + "nhưng bảng chuỗi dùng chung của tệp không có chuỗi này."
        }

        public static func xlsxBadCellReference(sheet: String, reference: String) -> String {
            "Tệp Excel (.xlsx) bị hỏng: trang tính \"\(sheet)\" có địa chỉ ô không hợp lệ \"\(reference)\" "
            + "(cần dạng chữ cột + số dòng trong giới hạn của Excel, ví dụ B12)."
        }
    }
}

extension Strings {
    /// The fixed texts of the printed certificate (module HocVuSoOffice, `CertificateDocx`).
    public enum CertificateDocument {
        public static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        public static let nationalMotto = "Độc lập - Tự do - Hạnh phúc"

        public static let title = "GIẤY CHỨNG NHẬN"
        public static let subtitle = "Hoàn thành đánh giá kỹ năng số cơ bản"
        public static let movement = "Phong trào “Bình dân học vụ số”"
        public static let revoked = "CHỨNG NHẬN NÀY ĐÃ BỊ THU HỒI, KHÔNG CÒN GIÁ TRỊ"

        public static let holderLabel = "Chứng nhận ông/bà:"
        public static let birthDateLabel = "Ngày sinh:"
        public static let targetGroupLabel = "Đối tượng:"
        public static let frameworkLabel = "Khung đánh giá:"
        public static let scoreLabel = "Kết quả:"
        public static let codeLabel = "Mã xác minh:"

        public static let qrCaption = "Quét mã QR để xác minh chứng nhận"
        public static let qrDescription = "Mã QR xác minh giấy chứng nhận"
        public static let documentTitle = "Giấy chứng nhận hoàn thành đánh giá kỹ năng số cơ bản"
    }
}

extension Strings.Office {
    // MARK: Writers of QR codes and Word documents

    public static let qrEncodingFailed =
        "Không tạo được mã QR cho nội dung này (nội dung rỗng hoặc chứa ký tự không hợp lệ)."

    public static func qrTextTooLong(bytes: Int) -> String {
        "Nội dung quá dài để đưa vào một mã QR (\(bytes) byte). Vui lòng rút ngắn nội dung."
    }

    public static let docxUnsupportedImage =
        "Ảnh chèn vào văn bản Word phải ở định dạng PNG hoặc JPEG."
}

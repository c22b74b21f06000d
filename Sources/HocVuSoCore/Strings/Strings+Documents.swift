extension Strings {
    public static func officialDocTypeName(_ type: DocumentType) -> String {
        switch type {
        case .kh: return "Kế hoạch"
        case .qd: return "Quyết định"
        case .bc: return "Báo cáo"
        case .cv: return "Công văn"
        case .tb: return "Thông báo"
        case .tt: return "Tờ trình"
        case .gm: return "Giấy mời"
        case .hd: return "Hướng dẫn"
        case .ct: return "Chỉ thị"
        case .other: return "Loại khác"
        }
    }

    public static func officialDocDirectionTitle(_ direction: DocumentDirection) -> String {
        switch direction {
        case .issued: return "Văn bản đi"
        case .received: return "Văn bản đến"
        }
    }

    /// "Kế hoạch số 41/KH-UBND ngày 19/8/2025 về việc …".
    public static func officialDocCitation(typeName: String, numberText: String, date: String, summary: String) -> String {
        "\(typeName) số \(numberText) ngày \(date) \(summary)"
    }
    public static let officialDocGeneric = "Văn bản"

    public static let officialDocFieldNumber = "Số văn bản"
    public static let officialDocFieldSymbol = "Ký hiệu"
    public static let officialDocFieldDate = "Ngày ban hành"
    public static let officialDocFieldSummary = "Trích yếu"
    public static let officialDocFieldSigner = "Người ký"
    public static let officialDocFieldIssuer = "Nơi ban hành"
    public static let officialDocFieldType = "Loại văn bản"
    public static let officialDocFieldDirection = "Sổ"
    public static let officialDocFieldFile = "Tệp đính kèm"

    public static let officialDocBadNumber = "Số văn bản phải là số nguyên từ 1 đến 99999."
    public static let officialDocSymbolRequired = "Cần ghi ký hiệu văn bản, ví dụ KH-UBND hoặc UBND-VHXH."
    public static let officialDocBadSymbol = "Ký hiệu chỉ gồm chữ cái, chữ số, chữ Đ và dấu gạch nối “-” (ví dụ KH-UBND, UBND-VHXH)."
    public static let officialDocBadNumberText = "Số, ký hiệu không đọc được; ghi theo dạng số/ký hiệu, ví dụ 41/KH-UBND."
    public static let officialDocDateTooEarly = "Ngày ban hành không được trước năm 2000."
    public static let officialDocDateFuture = "Ngày ban hành không được ở tương lai."
    public static let officialDocBadDate = "Ngày ban hành không đọc được; ghi theo dạng ngày/tháng/năm, ví dụ 19/08/2025."
    public static let officialDocBadSummary = "Trích yếu phải dài từ 5 đến 500 ký tự."
    public static let officialDocSignerTooLong = "Người ký tối đa 100 ký tự."
    public static let officialDocIssuerRequired = "Văn bản đến cần ghi nơi ban hành, ví dụ Sở Khoa học và Công nghệ thành phố Hải Phòng."
    public static let officialDocIssuerTooLong = "Nơi ban hành tối đa 200 ký tự."
    public static func officialDocMarkup(_ field: String) -> String {
        "\(field) không được chứa ký tự “<” hoặc “>”."
    }
    public static let officialDocBadType = "Loại văn bản không hợp lệ."
    public static let officialDocBadDirection = "Sổ văn bản phải là văn bản đi hoặc văn bản đến."

    public static func officialDocDuplicateIssued(_ numberText: String, year: Int) -> String {
        "Số, ký hiệu \(numberText) đã có trong sổ văn bản đi năm \(year) của đơn vị; số văn bản đi không được trùng trong một năm."
    }
    public static func officialDocDuplicateReceived(_ numberText: String, issuer: String, year: Int) -> String {
        "Văn bản \(numberText) của \(issuer) đã có trong sổ văn bản đến năm \(year)."
    }
    public static let officialDocNotFound = "Không tìm thấy văn bản này trong sổ của đơn vị."
    public static let officialDocFileNotFound = "Văn bản này không có tệp đính kèm."
    public static let officialDocFileEmpty = "Tệp đính kèm rỗng."
    public static let officialDocFileTooLarge = "Tệp đính kèm quá 10 MB."
    public static let officialDocFileType = "Chỉ nhận tệp PDF, Word (DOC, DOCX), Excel (XLSX) hoặc ảnh (JPG, PNG)."
    public static let officialDocFileMismatch = "Nội dung tệp không khớp với đuôi tên tệp; hãy tải lên đúng tệp PDF, Word, Excel hoặc ảnh."

    public static let officialDocRegisterTitle = "Sổ đăng ký văn bản"
    public static let officialDocRegistered = "Đã vào sổ văn bản."
    public static func officialDocYearAll() -> String { "Tất cả các năm" }
}

extension Strings {
    /// "Số tiếp theo năm 2026: Kế hoạch 42 · Công văn 908; các loại khác bắt đầu từ số 1."
    public static func officialDocNextNumbers(year: Int, used: String) -> String {
        used.isEmpty ? "Năm \(year) chưa có văn bản đi nào; mọi loại bắt đầu từ số 1."
            : "Số tiếp theo năm \(year): \(used); các loại khác bắt đầu từ số 1."
    }
}

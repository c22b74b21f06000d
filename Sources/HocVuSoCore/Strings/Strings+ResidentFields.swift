extension Strings {
    /// "nam", "nữ": the gender inside a sentence.
    public static func genderWord(_ gender: Gender) -> String {
        switch gender {
        case .male: return "nam"
        case .female: return "nữ"
        }
    }

    public static let phoneNotDigits =
        "Số điện thoại chỉ gồm chữ số (được phép có dấu cách, dấu chấm, gạch ngang, ngoặc đơn hoặc +84 ở đầu)."
    public static func phoneWrongLength(_ count: Int) -> String {
        "Số điện thoại di động phải có 10 chữ số và bắt đầu bằng 0 (ví dụ 0912345678); số này có \(count) chữ số."
    }
    public static func phoneMissingLeadingZero(suggestion: String) -> String {
        "Số điện thoại chỉ có 9 chữ số, có lẽ đã mất số 0 ở đầu (Excel lưu thành số). "
            + "Nếu đúng, hãy sửa thành \(suggestion) và định dạng ô là văn bản."
    }
    public static func phoneNotMobile(prefix: String) -> String {
        "Số điện thoại phải là số di động Việt Nam: 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09; "
            + "số này bắt đầu bằng \(prefix)."
    }
    public static let phoneForeign =
        "Chỉ nhận số di động Việt Nam (bắt đầu bằng 0 hoặc +84); số này có mã quốc gia khác."
}

extension Strings {
    public static let cccdEmpty = "Số CCCD để trống."
    public static let cccdNotDigits =
        "Số CCCD chỉ gồm chữ số (được phép có dấu cách, dấu chấm, gạch ngang); giá trị này có chữ cái hoặc ký hiệu khác."
    public static func cccdWrongLength(_ count: Int) -> String {
        "Số CCCD phải có đúng 12 chữ số; số này có \(count) chữ số."
    }
    public static func cccdMissingLeadingZero(suggestion: String) -> String {
        "Số CCCD chỉ có 11 chữ số, có lẽ đã mất số 0 ở đầu (Excel lưu thành số). "
            + "Nếu đúng, hãy sửa thành \(suggestion) và định dạng ô là văn bản."
    }
    public static func cccdUnknownPlaceCode(_ code: String) -> String {
        "3 chữ số đầu của số CCCD (\(code)) không phải mã tỉnh/thành phố nơi đăng ký khai sinh; "
            + "mã hợp lệ là mã của 63 tỉnh, thành phố cũ, từ 001 đến 096 (ví dụ Hà Nội 001, Hải Phòng 031)."
    }
    public static func cccdBirthYearMismatch(encodedYear: Int, encodedGender: Gender, birthYear: Int) -> String {
        "Chữ số thứ 4–6 của số CCCD cho biết người này sinh năm \(encodedYear), giới tính \(genderWord(encodedGender)), "
            + "nhưng ngày sinh ghi năm \(birthYear)."
    }
    public static func cccdGenderMismatch(encodedYear: Int, encodedGender: Gender, gender: Gender) -> String {
        "Chữ số thứ 4 của số CCCD cho biết giới tính \(genderWord(encodedGender)) (sinh năm \(encodedYear)), "
            + "nhưng giới tính ghi \(genderWord(gender))."
    }
    public static func cccdBirthYearAndGenderMismatch(encodedYear: Int, encodedGender: Gender, birthYear: Int,
                                                      gender: Gender) -> String {
        "Chữ số thứ 4–6 của số CCCD cho biết người này sinh năm \(encodedYear), giới tính \(genderWord(encodedGender)), "
            + "nhưng ngày sinh ghi năm \(birthYear) và giới tính ghi \(genderWord(gender))."
    }

    /// The province a CCCD place code stands for (the 63 provinces before 1/7/2025), or nil for an unknown code.
    public static func cccdPlaceName(_ code: String) -> String? {
        cccdPlaceNames[code]
    }

    static let cccdPlaceNames: [String: String] = [
        "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang",
        "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái",
        "017": "Hòa Bình", "019": "Thái Nguyên", "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang",
        "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
        "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định", "037": "Ninh Bình",
        "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình", "045": "Quảng Trị",
        "046": "Thừa Thiên Huế", "048": "Đà Nẵng", "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định",
        "054": "Phú Yên", "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
        "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng", "070": "Bình Phước",
        "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai", "077": "Bà Rịa - Vũng Tàu",
        "079": "TP Hồ Chí Minh", "080": "Long An", "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh",
        "086": "Vĩnh Long", "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ",
        "093": "Hậu Giang", "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
    ]
}

// Place data for the demo generator: the communes of Hải Phòng (from
// shared/data/vn-admin-units-2025.csv, names normalised to modern tone placement), the villages
// of the four seed communes, a pool of village names, and the organisations residents work or
// study at. This file is data. Village names are invented but follow the Sino-Vietnamese
// patterns of the Red River delta and Hà Tĩnh; company names are fictitious.

enum DemoPlaceTables {
    /// All 114 commune-level units of Thành phố Hải Phòng (province code "31") since 1/7/2025:
    /// (unit code, type word, name). Codes below 11311 lie in the former Hải Dương province.
    static let haiPhongCommunes: [(code: String, type: String, name: String)] = [
        ("10507", "Phường", "Thành Đông"),
        ("10525", "Phường", "Hải Dương"),
        ("10532", "Phường", "Lê Thanh Nghị"),
        ("10537", "Phường", "Tân Hưng"),
        ("10543", "Phường", "Việt Hòa"),
        ("10546", "Phường", "Chí Linh"),
        ("10549", "Phường", "Chu Văn An"),
        ("10552", "Phường", "Nguyễn Trãi"),
        ("10570", "Phường", "Trần Hưng Đạo"),
        ("10573", "Phường", "Trần Nhân Tông"),
        ("10603", "Phường", "Lê Đại Hành"),
        ("10606", "Xã", "Nam Sách"),
        ("10615", "Xã", "Hợp Tiến"),
        ("10633", "Xã", "Trần Phú"),
        ("10642", "Xã", "Thái Tân"),
        ("10645", "Xã", "An Phú"),
        ("10660", "Phường", "Ái Quốc"),
        ("10675", "Phường", "Kinh Môn"),
        ("10678", "Phường", "Bắc An Phụ"),
        ("10705", "Xã", "Nam An Phụ"),
        ("10714", "Phường", "Nhị Chiểu"),
        ("10726", "Phường", "Phạm Sư Mạnh"),
        ("10729", "Phường", "Trần Liễu"),
        ("10744", "Phường", "Nguyễn Đại Năng"),
        ("10750", "Xã", "Phú Thái"),
        ("10756", "Xã", "Lai Khê"),
        ("10792", "Xã", "An Thành"),
        ("10804", "Xã", "Kim Thành"),
        ("10813", "Xã", "Thanh Hà"),
        ("10816", "Xã", "Hà Bắc"),
        ("10837", "Phường", "Nam Đồng"),
        ("10843", "Xã", "Hà Nam"),
        ("10846", "Xã", "Hà Tây"),
        ("10882", "Xã", "Hà Đông"),
        ("10888", "Xã", "Cẩm Giang"),
        ("10891", "Phường", "Tứ Minh"),
        ("10903", "Xã", "Cẩm Giàng"),
        ("10909", "Xã", "Tuệ Tĩnh"),
        ("10930", "Xã", "Mao Điền"),
        ("10945", "Xã", "Kẻ Sặt"),
        ("10966", "Xã", "Bình Giang"),
        ("10972", "Xã", "Đường An"),
        ("10993", "Xã", "Thượng Hồng"),
        ("10999", "Xã", "Gia Lộc"),
        ("11002", "Phường", "Thạch Khôi"),
        ("11020", "Xã", "Yết Kiêu"),
        ("11050", "Xã", "Gia Phúc"),
        ("11065", "Xã", "Trường Tân"),
        ("11074", "Xã", "Tứ Kỳ"),
        ("11086", "Xã", "Đại Sơn"),
        ("11113", "Xã", "Tân Kỳ"),
        ("11131", "Xã", "Chí Minh"),
        ("11140", "Xã", "Lạc Phượng"),
        ("11146", "Xã", "Nguyên Giáp"),
        ("11164", "Xã", "Vĩnh Lại"),
        ("11167", "Xã", "Tân An"),
        ("11203", "Xã", "Ninh Giang"),
        ("11218", "Xã", "Hồng Châu"),
        ("11224", "Xã", "Khúc Thừa Dụ"),
        ("11239", "Xã", "Thanh Miện"),
        ("11242", "Xã", "Nguyễn Lương Bằng"),
        ("11254", "Xã", "Bắc Thanh Miện"),
        ("11257", "Xã", "Hải Hưng"),
        ("11284", "Xã", "Nam Thanh Miện"),
        ("11311", "Phường", "Hồng Bàng"),
        ("11329", "Phường", "Ngô Quyền"),
        ("11359", "Phường", "Gia Viên"),
        ("11383", "Phường", "Lê Chân"),
        ("11407", "Phường", "An Biên"),
        ("11411", "Phường", "Đông Hải"),
        ("11413", "Phường", "Hải An"),
        ("11443", "Phường", "Kiến An"),
        ("11446", "Phường", "Phù Liễn"),
        ("11455", "Phường", "Đồ Sơn"),
        ("11473", "Phường", "Bạch Đằng"),
        ("11488", "Phường", "Lưu Kiếm"),
        ("11503", "Xã", "Việt Khê"),
        ("11506", "Phường", "Lê Ích Mộc"),
        ("11533", "Phường", "Hòa Bình"),
        ("11542", "Phường", "Nam Triệu"),
        ("11557", "Phường", "Thiên Hương"),
        ("11560", "Phường", "Thủy Nguyên"),
        ("11581", "Phường", "An Dương"),
        ("11593", "Phường", "An Phong"),
        ("11602", "Phường", "Hồng An"),
        ("11617", "Phường", "An Hải"),
        ("11629", "Xã", "An Lão"),
        ("11635", "Xã", "An Trường"),
        ("11647", "Xã", "An Quang"),
        ("11668", "Xã", "An Khánh"),
        ("11674", "Xã", "An Hưng"),
        ("11680", "Xã", "Kiến Thụy"),
        ("11689", "Phường", "Hưng Đạo"),
        ("11692", "Phường", "Dương Kinh"),
        ("11713", "Xã", "Nghi Dương"),
        ("11725", "Xã", "Kiến Minh"),
        ("11728", "Xã", "Kiến Hưng"),
        ("11737", "Phường", "Nam Đồ Sơn"),
        ("11749", "Xã", "Kiến Hải"),
        ("11755", "Xã", "Tiên Lãng"),
        ("11761", "Xã", "Quyết Thắng"),
        ("11779", "Xã", "Tân Minh"),
        ("11791", "Xã", "Tiên Minh"),
        ("11806", "Xã", "Chấn Hưng"),
        ("11809", "Xã", "Hùng Thắng"),
        ("11824", "Xã", "Vĩnh Bảo"),
        ("11836", "Xã", "Vĩnh Thịnh"),
        ("11842", "Xã", "Vĩnh Thuận"),
        ("11848", "Xã", "Vĩnh Hòa"),
        ("11875", "Xã", "Vĩnh Hải"),
        ("11887", "Xã", "Vĩnh Am"),
        ("11911", "Xã", "Nguyễn Bỉnh Khiêm"),
        ("11914", "Đặc khu", "Cát Hải"),
        ("11948", "Đặc khu", "Bạch Long Vĩ"),
    ]

    // MARK: Seed communes' villages

    static let chiMinhVillages: [(type: String, name: String)] = thon([
        "An Lại", "Bình Lãng", "Cao Lý", "Đông Hạ", "Đồng Bình", "Hà Kỳ", "Hoàng Xá",
        "Kim Lũ", "La Tỉnh", "Lạc Dục", "Mạc Xá", "Ngọc Lâm", "Phạm Xá", "Phú Đa",
        "Quang Tiền", "Tân Dân", "Thanh Kỳ", "Tiền Liệt", "Văn Xá", "Xuân Nẻo",
    ])

    /// Phú Thái: the former town centre is split into residential areas ("Khu dân cư").
    static let phuThaiVillages: [(type: String, name: String)] =
        ["Phú Thái", "Phú Xá", "Bình Lâu", "Quảng Trung", "Tây Sơn"].map { ("Khu dân cư", $0) } + thon([
            "Kim Xuyên", "Kim Độ", "Cổ Dũng", "Dưỡng Mông", "Lai Cầu", "Cổ Phục", "Ngọc Uyên",
            "Đồng Lạc", "Tuấn Lương", "Hòa Liễu", "Mạc Động", "Bích Nhôi", "Đông Phan",
            "Xuân Dương", "Phù Tải", "Quỳnh Khê", "Tráng Liệt",
        ])

    static let thuongHongVillages: [(type: String, name: String)] = thon([
        "Thượng Cốc", "Hạ Cốc", "Bình Đê", "Cậy", "Mộ Trạch", "Ngọc Cục", "Quang Ánh",
        "Phú Khê", "Tân Hồng", "Vũ Xá", "An Đông", "Thọ Xá", "Lương Ngọc", "Nhân Kiệt",
        "Cao Xá", "Hậu Bổng", "Châu Khê", "Đông Cận",
    ])

    static let ducThinhVillages: [(type: String, name: String)] = thon([
        "Trung Tiến", "Yên Thịnh", "Bắc Sơn", "Đông Hòa", "Tân Tiến", "Thái Yên", "Đông Thượng",
        "Vĩnh Hòa", "Trung Hải", "Phúc Thịnh", "Hồng Lam", "Quang Trung", "Thượng Tiến", "Tân Mỹ",
        "Đại Lợi", "Yên Hồ", "Liên Minh", "Trung Lễ", "Đức Nhân", "Hòa Bình", "Tiến Thành",
        "Thịnh Lạc", "Văn Sơn", "Tùng Ảnh", "Châu Phong", "Yên Trung", "Hạ Tứ", "Thượng Tứ",
        "Vĩnh Đại", "Bùi Xá", "Lạc Thiện", "Phong Lạc", "Đồng Quế", "Xuân Hồng", "Nam Thịnh",
        "Bắc Thịnh", "An Lạc", "Trường Xuân", "Hà Quang", "Minh Tiến", "Phú Hòa", "Tân Phúc",
    ])

    private static func thon(_ names: [String]) -> [(type: String, name: String)] {
        names.map { ("Thôn", $0) }
    }

    // MARK: Generic village names

    /// Names for villages of communes without an explicit list (the province-scale plan).
    /// Each commune draws its names from this pool without repetition.
    static let villageNamePool: [String] = [
        "Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ",
        "An Bình", "An Lạc", "An Thái", "An Thịnh", "An Xá", "Bái Thượng", "Bắc Hà", "Bình Minh",
        "Bồ Dương", "Cao Dương", "Cẩm La", "Cổ Pháp", "Cự Lộc", "Đại Đồng", "Đại Lộc", "Đào Xá",
        "Đoàn Kết", "Đông Hòa", "Đông Tân", "Đồng Khê", "Đồng Tâm", "Đức Phong", "Gia Hòa",
        "Hà Liễu", "Hạ Vĩnh", "Hòa Lạc", "Hội Yên", "Hưng Long", "Kim Lâm", "Lai Xá", "Lương Xá",
        "Mai Động", "Minh Khai", "Mỹ Xá", "Nghĩa Xá", "Ngọc Quế", "Nhân Lý", "Phú Cốc", "Phú Lương",
        "Phúc Lâm", "Phương Độ", "Quang Trung", "Quỳnh Lâm", "Tam Lạc", "Tân An", "Tân Hưng",
        "Tân Phong", "Tân Tiến", "Thái Hòa", "Thanh Liễu", "Thanh Xá", "Thượng Đạt", "Thụy Trang",
        "Tiên Kiều", "Trà Phương", "Trung Hòa", "Trung Lập", "Văn Thai", "Vạn Tải", "Việt Tiến",
        "Vĩnh Lộc", "Xuân Đài", "Yên Khê", "Yên Phú", "Yên Thổ", "Hữu Chung", "Lỗ Xá", "Nhữ Thị",
        "Cập Nhất", "Phượng Kỳ", "Hà Hải", "Tây Hạ", "Đông Thượng", "Kim Đôi", "Lạc Thị",
        "Mỹ Lộc", "Ninh Xá", "Phù Lưu", "Quảng Xá", "Tân Lập", "Thọ Linh", "Tiền Phong", "Trại Mới",
        "Vân Tra", "Vũ Lâm", "Xuân Lai", "Đại Hoàng", "Hòa Xá", "Khúc Giản", "Lâm Động", "Mỹ Đức",
        "Nam Hải", "Phù Ninh", "Quý Cao", "Tiểu Trà", "Trung Hành", "Vĩnh Khê", "Xích Thổ",
    ]

    // MARK: Organisations

    /// Fictitious enterprises employing residents ("Công ty …"), with relative weights.
    static let companies: [(String, Double)] = [
        ("Công ty TNHH May mặc Hồng Phát", 8), ("Công ty TNHH Điện tử Tân Việt", 10),
        ("Công ty CP Cơ khí Đông Á", 5), ("Công ty TNHH Giày da Phú Hưng", 8),
        ("Công ty CP Xây dựng Thành Đạt", 5), ("Công ty TNHH Thực phẩm Minh Châu", 4),
        ("Công ty CP Vận tải An Phát", 4), ("Công ty TNHH Linh kiện Bắc Hải", 8),
        ("Công ty TNHH Nhựa Hòa Bình", 3), ("Công ty CP Vật liệu xây dựng Kim Sơn", 3),
        ("Công ty TNHH Chế biến nông sản Thái An", 3), ("Công ty TNHH Dệt may Hoàng Long", 6),
        ("Công ty CP Thương mại Bảo Minh", 3), ("Công ty TNHH Logistics Hải Đăng", 4),
        ("Công ty TNHH Bao bì Tân Phú", 3), ("Công ty CP Thiết bị điện Việt Hưng", 4),
        ("Công ty TNHH Gỗ nội thất Đại Phát", 3), ("Công ty CP Dược phẩm Hòa An", 2),
        ("Công ty TNHH Cơ điện lạnh Quang Minh", 3), ("Công ty CP Dịch vụ Kỹ thuật Sao Mai", 2),
    ]

    /// Universities and colleges near Hải Phòng (and in Hà Nội) — real public institutions.
    static let universitiesNorth: [(String, Double)] = [
        ("Trường Đại học Hải Phòng", 10), ("Trường Đại học Hàng hải Việt Nam", 10),
        ("Trường Đại học Y Dược Hải Phòng", 5), ("Trường Đại học Sao Đỏ", 5),
        ("Trường Đại học Hải Dương", 5), ("Trường Đại học Kỹ thuật Y tế Hải Dương", 3),
        ("Trường Đại học Bách khoa Hà Nội", 5), ("Trường Đại học Kinh tế Quốc dân", 5),
        ("Học viện Nông nghiệp Việt Nam", 4), ("Trường Đại học Sư phạm Hà Nội", 4),
        ("Trường Đại học Công nghiệp Hà Nội", 6),
    ]

    /// Universities and colleges near Hà Tĩnh (and in Hà Nội).
    static let universitiesNorthCentral: [(String, Double)] = [
        ("Trường Đại học Hà Tĩnh", 12), ("Trường Đại học Vinh", 12),
        ("Trường Đại học Y khoa Vinh", 5), ("Trường Đại học Sư phạm Kỹ thuật Vinh", 5),
        ("Trường Đại học Bách khoa Hà Nội", 4), ("Trường Đại học Kinh tế Quốc dân", 4),
        ("Học viện Nông nghiệp Việt Nam", 3), ("Trường Đại học Công nghiệp Hà Nội", 5),
    ]

    /// Place-of-birth codes (the first three CCCD digits, old 63-province codes) of residents
    /// born outside their commune's province, weighted by how often each appears in the north.
    static let migrantBirthPlacesNorth: [(String, Double)] = [
        ("001", 25), ("034", 12), ("036", 8), ("033", 8), ("022", 6), ("035", 4), ("037", 4),
        ("038", 6), ("040", 5), ("042", 3), ("027", 3), ("024", 3), ("079", 4), ("019", 3),
        ("030", 3), ("031", 3),
    ]

    /// The same for north-central communes.
    static let migrantBirthPlacesNorthCentral: [(String, Double)] = [
        ("040", 35), ("044", 8), ("038", 10), ("001", 12), ("045", 4), ("046", 3), ("079", 8),
        ("048", 4), ("037", 3), ("036", 3), ("031", 3), ("030", 2),
    ]

    /// Remarks a commune officer might put on a resident's row (rare).
    static let residentNotes: [(String, Double)] = [
        ("Đi làm ăn xa", 4), ("Tạm vắng", 3), ("Đang học tập xa nhà", 2),
        ("Mới chuyển đến", 2), ("Đi xuất khẩu lao động", 1),
    ]
}

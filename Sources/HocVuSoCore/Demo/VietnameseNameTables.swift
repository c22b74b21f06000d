// Vietnamese name tables for the demo generator. This file is data: the strings are Vietnamese
// names (NFC, modern tone placement: "Hòa", "Thủy"), the numbers relative weights.
//
// Family-name weights follow published frequency estimates for Vietnam (Nguyễn ≈ 38 %,
// Trần ≈ 11 %, Lê ≈ 9.5 %, Phạm ≈ 7 % …), with a small northern/north-central adjustment
// (Hoàng and Vũ in the north; Võ and Hồ more frequent in Hà Tĩnh).

enum VietnameseNameTables {
    /// Family names, northern provinces (Hải Phòng). Weights are percentages (sum ≈ 100).
    static let familyNamesNorth: [(String, Double)] = [
        ("Nguyễn", 38.0), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 7.0),
        ("Hoàng", 4.6), ("Huỳnh", 0.4), ("Phan", 4.5), ("Vũ", 3.4), ("Võ", 0.5),
        ("Đặng", 2.1), ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3),
        ("Dương", 1.0), ("Lý", 0.5),
        // The tail (≈ 11 %).
        ("Đinh", 0.9), ("Đào", 0.9), ("Trịnh", 0.7), ("Mai", 0.5), ("Lương", 0.5),
        ("Tô", 0.4), ("Cao", 0.5), ("Vương", 0.3), ("Tạ", 0.4), ("Hà", 0.5),
        ("Lưu", 0.3), ("Phùng", 0.3), ("Quách", 0.2), ("Chu", 0.3), ("Kiều", 0.2),
        ("Nông", 0.1), ("Đoàn", 0.6), ("Trương", 0.5), ("Lâm", 0.2), ("Thái", 0.2),
        ("Doãn", 0.2), ("Khúc", 0.2), ("Nghiêm", 0.2), ("Triệu", 0.2), ("Lại", 0.2),
        ("Từ", 0.1), ("Phí", 0.2), ("Mạc", 0.3), ("Văn", 0.2), ("Tăng", 0.1),
        ("Giang", 0.1), ("Thân", 0.1), ("Lục", 0.1), ("Khổng", 0.1), ("Đàm", 0.2),
        ("Ninh", 0.1), ("Tống", 0.2), ("Hứa", 0.1), ("Cù", 0.1),
    ]

    /// Family names, north-central provinces (Hà Tĩnh): more Võ, Hồ, Phan, Đặng; fewer Vũ.
    static let familyNamesNorthCentral: [(String, Double)] = [
        ("Nguyễn", 38.0), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 6.0),
        ("Hoàng", 3.6), ("Huỳnh", 0.4), ("Phan", 5.2), ("Vũ", 0.8), ("Võ", 3.3),
        ("Đặng", 2.6), ("Bùi", 1.6), ("Đỗ", 1.0), ("Hồ", 2.2), ("Ngô", 1.2),
        ("Dương", 1.0), ("Lý", 0.4),
        ("Đinh", 0.9), ("Đào", 0.6), ("Trịnh", 0.5), ("Mai", 0.5), ("Lương", 0.4),
        ("Tô", 0.2), ("Cao", 0.6), ("Vương", 0.3), ("Tạ", 0.2), ("Hà", 0.6),
        ("Lưu", 0.3), ("Phùng", 0.2), ("Quách", 0.1), ("Chu", 0.4), ("Kiều", 0.2),
        ("Thái", 0.5), ("Đoàn", 0.6), ("Trương", 0.6), ("Lâm", 0.2), ("Khúc", 0.1),
        ("Nghiêm", 0.1), ("Triệu", 0.2), ("Lại", 0.1), ("Từ", 0.2), ("Văn", 0.2),
        ("Tôn", 0.2), ("Đậu", 0.4), ("Biện", 0.1), ("Mạnh", 0.1), ("Đàm", 0.1),
        ("Tống", 0.2), ("Hứa", 0.1), ("Thân", 0.1), ("Nông", 0.1), ("Mạc", 0.1), ("Doãn", 0.1),
    ]

    // MARK: Middle names (tên đệm)

    /// Men born before ≈ 1985: "Văn" dominates.
    static let middleMaleTraditional: [(String, Double)] = [
        ("Văn", 50), ("Đức", 7), ("Hữu", 5), ("Công", 4), ("Xuân", 3.5), ("Quang", 3.5),
        ("Minh", 3.5), ("Ngọc", 2.5), ("Thanh", 2.5), ("Đình", 4), ("Trọng", 1.5), ("Mạnh", 1.5),
        ("Duy", 1), ("Tiến", 1.5), ("Thế", 2), ("Bá", 1.5), ("Kim", 0.5), ("Hồng", 1),
        ("Như", 0.5), ("Khắc", 1), ("Viết", 1), ("Sỹ", 1), ("Đăng", 1), ("Tất", 0.5),
        ("Huy", 1), ("Quốc", 1.5), ("Trung", 1), ("Anh", 0.5), ("Hải", 0.5), ("Thành", 0.5),
    ]

    /// Men born from ≈ 2005: far fewer "Văn", more varied two-word names.
    static let middleMaleModern: [(String, Double)] = [
        ("Văn", 14), ("Minh", 10), ("Đức", 8), ("Quang", 5), ("Tuấn", 3), ("Anh", 3),
        ("Gia", 6), ("Bảo", 5), ("Hoàng", 4), ("Nhật", 3), ("Hải", 2.5), ("Duy", 3.5),
        ("Trung", 2.5), ("Đăng", 3), ("Khánh", 2.5), ("Thành", 2), ("Hữu", 2), ("Công", 1.5),
        ("Thanh", 2), ("Việt", 2), ("Phúc", 2), ("Huy", 1.5), ("Xuân", 1.5), ("Ngọc", 1.5),
        ("Tiến", 1.5), ("Trọng", 1.5), ("Mạnh", 1.5), ("Đình", 2), ("Thái", 1), ("Quốc", 3),
        ("Tùng", 1), ("Hạo", 0.5), ("Thiên", 1), ("Phú", 1),
    ]

    /// Women born before ≈ 1985: "Thị" for most.
    static let middleFemaleTraditional: [(String, Double)] = [
        ("Thị", 82), ("Ngọc", 3), ("Thu", 2), ("Thanh", 2), ("Kim", 2), ("Hồng", 2),
        ("Minh", 1), ("Phương", 1), ("Xuân", 1), ("Bích", 1), ("Mai", 0.5), ("Thùy", 1),
        ("Diệu", 0.5), ("Hải", 0.5), ("Lệ", 0.5), ("Thúy", 0.5), ("Hoài", 0.5),
    ]

    /// Women born from ≈ 2005.
    static let middleFemaleModern: [(String, Double)] = [
        ("Thị", 18), ("Ngọc", 8), ("Thu", 4), ("Phương", 5), ("Khánh", 5), ("Bảo", 5),
        ("Minh", 6), ("Thanh", 3.5), ("Hà", 3), ("Mai", 3), ("Thùy", 4), ("Hồng", 2),
        ("Diệu", 2), ("Gia", 3), ("Tuệ", 2), ("Kim", 2), ("Hải", 2), ("Quỳnh", 3),
        ("Yến", 1), ("Như", 2), ("Hoài", 2), ("Thảo", 2), ("Cẩm", 1), ("Tường", 1),
        ("Lan", 1), ("Linh", 1), ("Trà", 1), ("An", 2), ("Hương", 1), ("Vân", 1),
        ("Mỹ", 1), ("Nhã", 1), ("Bích", 1),
    ]

    // MARK: Given names (tên)

    /// Men, common among those born before ≈ 1985.
    static let givenMaleTraditional: [(String, Double)] = [
        ("Hùng", 30), ("Dũng", 30), ("Tuấn", 28), ("Thắng", 22), ("Hải", 24), ("Sơn", 22),
        ("Long", 20), ("Nam", 20), ("Minh", 22), ("Cường", 20), ("Hưng", 18), ("Quang", 14),
        ("Thành", 18), ("Tùng", 12), ("Bình", 16), ("Đức", 16), ("Trung", 16), ("Hiếu", 10),
        ("Phong", 10), ("Toàn", 12), ("Việt", 10), ("Hòa", 12), ("Lâm", 8), ("Kiên", 10),
        ("Chiến", 12), ("Thanh", 10), ("Hà", 6), ("Tiến", 14), ("Định", 8), ("Thịnh", 8),
        ("Lợi", 8), ("Lực", 6), ("Khoa", 5), ("Huy", 10), ("Quân", 8), ("Vinh", 10),
        ("Hoàn", 6), ("Tâm", 6), ("Thuận", 8), ("Tài", 6), ("Phúc", 6), ("Hiển", 5),
        ("Khải", 4), ("Lộc", 6), ("Mạnh", 10), ("Ninh", 5), ("Phương", 5), ("Quyết", 6),
        ("Sáng", 5), ("Tân", 7), ("Thái", 6), ("Thiện", 5), ("Toản", 4), ("Tú", 5),
        ("Tuyên", 4), ("Tường", 4), ("Đông", 6), ("Giang", 5), ("Hậu", 5), ("Hoạt", 3),
        ("Kỳ", 3), ("Luân", 3), ("Nghĩa", 8), ("Nhật", 3), ("Phát", 4), ("Quý", 6),
        ("Thăng", 3), ("Thông", 5), ("Trọng", 5), ("Trường", 6), ("Tuyến", 3), ("Vượng", 4),
        ("Xuân", 5), ("Bảy", 4), ("Bằng", 4), ("Chính", 5), ("Công", 5), ("Cương", 4),
        ("Doanh", 4), ("Đạt", 6), ("Điệp", 3), ("Độ", 3), ("Hiệp", 5), ("Học", 3),
        ("Huấn", 3), ("Khang", 3), ("Liêm", 3), ("Nhân", 5), ("Phú", 5), ("Quảng", 3),
        ("Sinh", 4), ("Sỹ", 3), ("Thạch", 3), ("Thư", 3), ("Tĩnh", 3), ("Triều", 3),
        ("Trí", 4), ("Tư", 4), ("Vĩnh", 3), ("Vũ", 4), ("Yên", 2), ("Hạnh", 2),
        ("Khánh", 5), ("Ngọc", 4), ("Châu", 3), ("Diện", 2), ("Hợp", 3), ("Khương", 2),
        ("Luyện", 2), ("Nguyên", 3), ("Quỳnh", 2), ("Soạn", 2), ("Thao", 2), ("Thiêm", 2),
        ("Thường", 3), ("Tình", 2), ("Toại", 2), ("Tuân", 3), ("Uy", 2), ("Viên", 2),
    ]

    /// Men, common among those born from ≈ 2005.
    static let givenMaleModern: [(String, Double)] = [
        ("Anh", 30), ("Minh", 26), ("Khôi", 18), ("Nam", 16), ("Huy", 20), ("Đức", 14),
        ("Quân", 18), ("Phúc", 14), ("Long", 14), ("Bảo", 12), ("Khang", 12), ("Khoa", 12),
        ("Hiếu", 10), ("Duy", 12), ("Tùng", 10), ("Dũng", 8), ("Tuấn", 10), ("Hải", 10),
        ("Hưng", 10), ("Kiên", 8), ("Lâm", 10), ("Phong", 12), ("Sơn", 10), ("Thành", 10),
        ("Thắng", 6), ("Trung", 8), ("Việt", 8), ("Vinh", 6), ("An", 14), ("Bách", 8),
        ("Đăng", 6), ("Đạt", 10), ("Dương", 8), ("Hào", 5), ("Hiển", 4), ("Hoàng", 8),
        ("Khải", 6), ("Kiệt", 8), ("Lộc", 6), ("Luân", 3), ("Mạnh", 6), ("Nghĩa", 5),
        ("Nguyên", 8), ("Nhân", 5), ("Nhật", 6), ("Phát", 6), ("Quang", 8), ("Quốc", 4),
        ("Tài", 5), ("Tâm", 5), ("Thái", 4), ("Thiện", 5), ("Thịnh", 6), ("Toàn", 6),
        ("Trí", 8), ("Trọng", 4), ("Trường", 5), ("Tú", 5), ("Vũ", 6), ("Hậu", 3),
        ("Hòa", 3), ("Kỳ", 3), ("Lực", 3), ("Sang", 4), ("Tân", 3), ("Thông", 3),
        ("Tiến", 5), ("Công", 3), ("Chiến", 4), ("Cường", 6), ("Giang", 3), ("Hùng", 6),
        ("Lợi", 2), ("Ninh", 2), ("Phú", 4), ("Quyết", 3), ("Tín", 4), ("Tuệ", 3),
        ("Vương", 3), ("Bình", 5), ("Định", 2), ("Đông", 3), ("Hiệp", 3), ("Khánh", 6),
        ("Linh", 3), ("Thanh", 4), ("Tường", 3), ("Vĩnh", 2), ("Khiêm", 3),
        ("Lam", 2), ("Nhất", 2), ("Phương", 2), ("Quý", 3), ("Thuận", 3), ("Vỹ", 2),
    ]

    /// Women, common among those born before ≈ 1985.
    static let givenFemaleTraditional: [(String, Double)] = [
        ("Lan", 24), ("Hoa", 22), ("Hương", 26), ("Hằng", 22), ("Hà", 18), ("Hạnh", 18),
        ("Hiền", 16), ("Huệ", 14), ("Hồng", 16), ("Hòa", 12), ("Huyền", 16), ("Liên", 14),
        ("Loan", 12), ("Lý", 8), ("Mai", 16), ("Minh", 6), ("Nga", 16), ("Ngân", 8),
        ("Nguyệt", 10), ("Nhung", 16), ("Oanh", 12), ("Phương", 14), ("Quyên", 6), ("Quế", 4),
        ("Thảo", 12), ("Thanh", 14), ("Thu", 14), ("Thủy", 18), ("Thúy", 14), ("Thoa", 12),
        ("Thơm", 8), ("Thêm", 4), ("Tuyết", 8), ("Vân", 12), ("Xuân", 10), ("Yến", 12),
        ("Dung", 14), ("Dịu", 4), ("Duyên", 8), ("Gấm", 3), ("Giang", 8), ("Hải", 4),
        ("Hảo", 6), ("Hậu", 4), ("Lụa", 4), ("Lương", 4), ("Mến", 5), ("Nhàn", 8),
        ("Nhạn", 3), ("Nhài", 3), ("Nụ", 3), ("Phượng", 10), ("Sen", 4), ("Tâm", 6),
        ("Thắm", 6), ("Thơ", 4), ("Thìn", 4), ("Tình", 5), ("Tươi", 6), ("Uyên", 3),
        ("Vui", 3), ("Chi", 3), ("Chung", 3), ("Cúc", 8), ("Đào", 6), ("Điệp", 4),
        ("Diệp", 3), ("Hường", 8), ("Khuyên", 4), ("Liễu", 4), ("Lựu", 3), ("Mận", 3),
        ("Miên", 2), ("Mơ", 3), ("Nhâm", 2), ("Ninh", 3), ("Sâm", 2), ("Soan", 2),
        ("Tám", 3), ("Thư", 4), ("Thục", 3), ("Trang", 10), ("Trinh", 4), ("Tuyến", 3),
        ("Vinh", 2), ("Xoan", 2), ("Yên", 2), ("Bình", 4), ("Chinh", 3), ("Bích", 4),
        ("Luyến", 3), ("Lệ", 3), ("Nhường", 2), ("Toan", 2), ("Hoan", 3), ("Hợi", 2),
        ("Ngọc", 6), ("Len", 2), ("Năm", 2), ("Son", 2), ("Khánh", 2),
    ]

    /// Women, common among those born from ≈ 2005.
    static let givenFemaleModern: [(String, Double)] = [
        ("Anh", 30), ("Linh", 26), ("Ngọc", 18), ("Trang", 18), ("Hà", 12), ("Chi", 16),
        ("Huyền", 10), ("Thảo", 14), ("Phương", 12), ("Vy", 16), ("Hương", 8), ("Nhi", 14),
        ("Mai", 8), ("Ngân", 10), ("Giang", 10), ("Quỳnh", 12), ("Yến", 6), ("Hằng", 5),
        ("Nhung", 4), ("Hạnh", 4), ("Hiền", 6), ("Dung", 3), ("Vân", 6), ("My", 12),
        ("Trâm", 6), ("Thư", 12), ("Uyên", 8), ("Châu", 6), ("Diệp", 4), ("Hân", 10),
        ("Khánh", 4), ("Lam", 4), ("Ly", 10), ("Lan", 5), ("Loan", 2), ("Nga", 3),
        ("Như", 8), ("Oanh", 3), ("Quyên", 4), ("Tâm", 5), ("Thúy", 3), ("Thủy", 4),
        ("Thanh", 4), ("Thu", 4), ("Trinh", 4), ("Tuyết", 2), ("An", 12), ("Bích", 2),
        ("Diệu", 3), ("Duyên", 4), ("Hoa", 4), ("Hồng", 3), ("Kiều", 3), ("Liên", 3),
        ("Minh", 5), ("Nguyệt", 3), ("Phượng", 2), ("Tú", 3), ("Tuệ", 4), ("Xuân", 3),
        ("Ánh", 6), ("Đan", 4), ("Hòa", 3), ("Kim", 3), ("Mỹ", 4), ("Na", 3),
        ("Nhã", 4), ("Quế", 2), ("Sương", 2), ("Trà", 4), ("Tiên", 6), ("Vi", 4),
        ("Ý", 3), ("Băng", 3), ("Hiên", 2), ("Khuê", 4), ("Lê", 2), ("Mẫn", 2),
        ("Nhiên", 4), ("Thy", 4), ("Trúc", 4), ("Vũ", 1), ("Yên", 3), ("Hạ", 4),
    ]

    // MARK: Mobile numbers

    /// Prefixes of Vietnamese 10-digit mobile numbers, weighted roughly by market share
    /// (Viettel 086/096–098/03x, VinaPhone 088/091/094/08[1-5], MobiFone 089/090/093/07x,
    /// Vietnamobile 092/05[68], Gmobile 099/059).
    static let mobilePrefixes: [(String, Double)] = [
        ("086", 4), ("096", 6), ("097", 7), ("098", 7),
        ("032", 3), ("033", 3), ("034", 3), ("035", 3), ("036", 3), ("037", 3), ("038", 3), ("039", 3),
        ("088", 2), ("091", 5), ("094", 4), ("081", 1.5), ("082", 1.5), ("083", 1.5), ("084", 1.5), ("085", 1.5),
        ("089", 2), ("090", 5), ("093", 3), ("070", 1.5), ("076", 1.5), ("077", 1.5), ("078", 1.5), ("079", 1.5),
        ("092", 1), ("056", 0.7), ("058", 0.7),
        ("099", 0.3), ("059", 0.3),
    ]
}

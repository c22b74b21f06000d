import HocVuSoCore

/// Cell texts for the validator fuzz tests: what commune lists hold, written every way people write it, and
/// worse (combining marks, invisible characters, other scripts, huge cells).
enum FuzzCells {
    static let headers = ["STT", "Họ và tên", "Họ tên", "HỌ VÀ TÊN", "Ngày sinh", "Ngày, tháng, năm sinh", "Nam", "Nữ",
                          "Giới tính", "Số CCCD", "Số định danh cá nhân", "CCCD", "Số điện thoại", "SĐT", "Thôn", "Thôn/Tổ dân phố",
                          "Quan hệ với chủ hộ", "Số hộ", "Đối tượng", "Nơi công tác", "Điện thoại thông minh", "VNeID",
                          "Ghi chú", "Kỹ năng số", "Khóa học", "Mã khóa học", "Ngày hoàn thành", "Trạng thái", "Điểm",
                          "Ngày đăng ký", "Email", "", " ", "(1)", "1", "Ho va ten", "Ngay sinh", "Ho\u{0323} va\u{0300} te\u{0302}n"]
    static let names = ["Nguyễn Văn An", "TRẦN THỊ BÍCH", "lê văn c", "Nguye\u{0302}\u{0303}n Thi\u{0323} Hoa", "Đặng\u{200B}Thị",
                        "Nguyễn Văn 2", "A", "@#$%", "O'Neil", "Hồ-Thị Mai", "😀", "עברית", String(repeating: "Ă", count: 150),
                        "Nguyễn  Văn\tAn", "\u{0301}\u{0301}\u{0301}", "Ｎｇｕｙễｎ"]
    static let dates = ["12/05/1985", "1/2/1990", "12-05-1985", "12.05.1985", "1985-05-12", "1985", "85", "31/02/2020",
                        "00/00/0000", "29/02/1900", "29/02/2000", "01/01/1899", "01/01/2999", "45000", "45000.5", "-1",
                        "99/99/9999", "12/05/19851", "١٢/٠٥/١٩٨٥", "12/05/1985 00:00:00", "2005-10-07T00:00:00",
                        "9223372036854775807", "1e308", "12//1985", "/", "ngày 12 tháng 5"]
    static let ids = ["001085012345", "001185012345", "01085012345", "0010 8501 2345", "001.085.012.345", "001-085-012-345",
                      "٠٠١٠٨٥٠١٢٣٤٥", "000000000000", "999999999999", "12345", "0010850123456789", "00108501234A",
                      "'001085012345", "001085012345 ", "１２３４５６７８９０１２"]
    static let phones = ["0912345678", "+84912345678", "84 912 345 678", "091-234-5678", "0212345678", "09123", "+", "0",
                         "０９１２３４５６７８", "0912345678/0987654321"]
    static let others = ["Nam", "Nữ", "nam", "nu", "M", "F", "x", "X", "Có", "Không", "Mức 1", "Mức 2", "Chưa có", "Chủ hộ",
                         "Vợ", "Con", "Thôn 3", "Thôn 99", "11131-01", "Cán bộ", "Học sinh", "Công nhân", "Đã hoàn thành",
                         "completed", "enrolled", "100", "8,5", "-3", "NaN", "", " ", "\u{00A0}", "\u{3000}", "\t\n",
                         "=1+2", "\u{202E}abc", "\u{FEFF}", "\u{FFFD}", String(repeating: "x", count: 5_000)]

    static func cell(_ g: inout SeededGenerator) -> String {
        switch Int.random(in: 0...5, using: &g) {
        case 0: return names[Int.random(in: 0..<names.count, using: &g)]
        case 1: return dates[Int.random(in: 0..<dates.count, using: &g)]
        case 2: return ids[Int.random(in: 0..<ids.count, using: &g)]
        case 3: return phones[Int.random(in: 0..<phones.count, using: &g)]
        case 4: return others[Int.random(in: 0..<others.count, using: &g)]
        default:
            // Random scalars, including combining marks and controls.
            let count = Int.random(in: 0...12, using: &g)
            var s = String.UnicodeScalarView()
            for _ in 0..<count {
                let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x00...0x1F, 0xC0...0x1FF, 0x300...0x36F, 0x1EA0...0x1EF9, 0x10000...0x1F9FF]
                let range = ranges[Int.random(in: 0..<ranges.count, using: &g)]
                if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &g)) { s.append(scalar) }
            }
            return String(s)
        }
    }

    /// A resident list that is nearly right: a good header and good rows, then a few cells replaced by random
    /// ones, so the fuzzer also walks the paths that end in drafts.
    static func nearlyValidSheet(_ g: inout SeededGenerator) -> [[String]] {
        var rows = [["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn", "Số điện thoại", "Quan hệ với chủ hộ"]]
        let good = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Nguye\u{0302}\u{0303}n Thi\u{0323} Hoa", "Phạm Thị Dung"]
        for n in 1...Int.random(in: 1...20, using: &g) {
            rows.append([String(n), good[Int.random(in: 0..<good.count, using: &g)] + " \(["Anh", "Bình", "Chi"][n % 3])",
                         "\(Int.random(in: 1...28, using: &g))/\(Int.random(in: 1...12, using: &g))/\(Int.random(in: 1930...2015, using: &g))",
                         Bool.random(using: &g) ? "Nam" : "Nữ", "", "Thôn 3", Bool.random(using: &g) ? "0912345678" : "",
                         n == 1 ? "Chủ hộ" : "Con"])
        }
        for _ in 0..<Int.random(in: 0...2, using: &g) {
            let r = Int.random(in: 1..<rows.count + 0, using: &g), c = Int.random(in: 0..<rows[0].count, using: &g)
            rows[r][c] = cell(&g)
        }
        return rows
    }

    /// A sheet as the readers hand it over: sometimes title lines, a header row, a sub-header, column numbers,
    /// then data rows of random width.
    static func sheet(_ g: inout SeededGenerator) -> [[String]] {
        var rows: [[String]] = []
        for _ in 0..<Int.random(in: 0...3, using: &g) { rows.append(["UBND XÃ CHÍ MINH", "", "DANH SÁCH"]) }
        let width = Int.random(in: 1...14, using: &g)
        rows.append((0..<width).map { _ in headers[Int.random(in: 0..<headers.count, using: &g)] })
        if Bool.random(using: &g) { rows.append((0..<width).map { _ in ["", "Nam", "Nữ"][Int.random(in: 0...2, using: &g)] }) }
        if Int.random(in: 0...4, using: &g) == 0 { rows.append((1...width).map { "(\($0))" }) }
        for _ in 0..<Int.random(in: 0...25, using: &g) {
            rows.append((0..<Int.random(in: 0...(width + 2), using: &g)).map { _ in cell(&g) })
        }
        return rows
    }
}

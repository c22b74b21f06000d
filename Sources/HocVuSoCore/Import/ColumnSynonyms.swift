/// Header texts seen in commune resident lists, in folded form ("Ngày, tháng, năm sinh" → "ngay thang nam sinh").
enum ColumnSynonyms {
    /// A header cell as a matching key: folded, every run of non-alphanumerics turned into one space.
    static func key(_ header: String) -> String {
        let folded = VietnameseText.fold(header)
        var out: [UInt8] = []
        out.reserveCapacity(folded.utf8.count)
        var space = false
        for byte in folded.utf8 {
            let isWordByte = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
            if isWordByte {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                out.append(byte)
            } else {
                space = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whole-header matches.
    static let exact: [String: ResidentColumn] = {
        var table: [String: ResidentColumn] = [:]
        for (column, words) in exactLists {
            for word in words { table[word] = column }
        }
        return table
    }()

    /// Matches inside a longer header ("Họ và tên (ghi đầy đủ)"), longest first so that
    /// "co dien thoai thong minh" wins over "dien thoai". Short or ambiguous words ("nam", "nu", "ten", "ho")
    /// only ever match exactly.
    static let contained: [(words: String, column: ResidentColumn)] = {
        var pairs: [(words: String, column: ResidentColumn)] = []
        for (column, list) in containedLists {
            for words in list { pairs.append((" \(words) ", column)) }
        }
        return pairs.sorted { a, b in
            a.words.utf8.count != b.words.utf8.count ? a.words.utf8.count > b.words.utf8.count : a.words < b.words
        }
    }()

    /// The column a header names, by exact match first, then by a contained phrase.
    static func column(forKey key: String) -> ResidentColumn? {
        if let column = exact[key] { return column }
        let padded = " \(key) "
        return contained.first { padded.contains($0.words) }?.column
    }

    private static let exactLists: [(ResidentColumn, [String])] = [
        (.stt, ["stt", "tt", "so tt", "so thu tu", "thu tu"]),
        (.fullName, ["ho va ten", "ho ten", "ho va ten dem", "ten", "ho ten day du", "ho va ten day du",
                     "ho va ten nhan khau", "ho ten nhan khau", "ho va ten cong dan", "ho ten cong dan"]),
        (.birthDate, ["ngay sinh", "ngay thang nam sinh", "nam sinh", "sinh ngay", "ns", "ngay sinh dd mm yyyy",
                      "ngay thang nam sinh dd mm yyyy"]),
        (.birthDateMale, ["nam", "ngay sinh nam", "nam sinh nam", "ngay thang nam sinh nam"]),
        (.birthDateFemale, ["nu", "ngay sinh nu", "nam sinh nu", "ngay thang nam sinh nu"]),
        (.gender, ["gioi tinh", "gioi", "phai", "gt", "nam nu", "nam hay nu"]),
        (.cccd, ["so cccd", "cccd", "cccd ddcn", "so cccd ddcn", "ddcn", "so ddcn", "so dinh danh",
                 "so dinh danh ca nhan", "ma dinh danh", "ma dinh danh ca nhan", "so cmnd", "cmnd", "so cmnd cccd",
                 "cmnd cccd", "cccd cmnd", "so cccd cmnd", "so can cuoc", "can cuoc", "can cuoc cong dan",
                 "so can cuoc cong dan"]),
        (.phone, ["so dien thoai", "sdt", "dien thoai", "dt", "so dt", "dien thoai lien he", "so dien thoai lien he",
                  "dtdd", "so dtdd", "di dong", "so di dong", "dien thoai di dong"]),
        (.village, ["thon", "to dan pho", "thon to dan pho", "thon to", "thon xom", "xom", "khu dan cu", "dia chi",
                    "noi o", "noi o hien nay", "dia chi thuong tru", "noi thuong tru", "thon ban", "ban", "ap",
                    "khu pho", "to", "thon khu pho", "ten thon"]),
        (.householdNumber, ["so ho", "ma ho", "ho so", "so ho khau", "ma ho gia dinh", "stt ho", "so thu tu ho",
                            "ho gia dinh so", "ho", "so hgd"]),
        (.relationToHead, ["quan he voi chu ho", "quan he chu ho", "quan he", "qh voi chu ho", "qh voi ch", "qhvch",
                           "quan he voi chu ho gia dinh", "moi quan he", "quan he voi chu ho qhvch"]),
        (.targetGroup, ["doi tuong", "nhom doi tuong", "thanh phan", "loai doi tuong", "doi tuong pho cap"]),
        (.organisation, ["noi lam viec hoc tap", "noi lam viec", "noi hoc tap", "truong", "truong hoc", "co quan",
                         "don vi", "noi cong tac", "co quan don vi", "don vi cong tac", "co quan truong hoc",
                         "noi lam viec hoc tap cong tac", "nghe nghiep noi lam viec"]),
        (.smartphone, ["co dien thoai thong minh", "dien thoai thong minh", "dttm", "co dttm", "smartphone",
                       "co smartphone", "so huu dien thoai thong minh"]),
        (.vneidLevel, ["muc dinh danh", "muc do dinh danh", "vneid", "muc vneid", "vneid muc", "tai khoan vneid",
                       "dinh danh dien tu", "muc dinh danh dien tu", "tai khoan dinh danh dien tu"]),
        (.digitalSkills, ["ky nang so", "ky nang so co ban", "co ky nang so", "da co ky nang so", "pho cap ky nang so",
                          "dat pho cap ky nang so", "biet ky nang so"]),
        (.notes, ["ghi chu", "chu thich", "ghi chu khac"]),
    ]

    private static let containedLists: [(ResidentColumn, [String])] = [
        (.stt, ["stt", "so thu tu"]),
        (.fullName, ["ho va ten", "ho ten"]),
        (.birthDate, ["ngay sinh", "ngay thang nam sinh", "nam sinh"]),
        (.birthDateMale, ["ngay sinh nam", "nam sinh nam", "ngay thang nam sinh nam"]),
        (.birthDateFemale, ["ngay sinh nu", "nam sinh nu", "ngay thang nam sinh nu"]),
        (.gender, ["gioi tinh"]),
        (.cccd, ["cccd", "cmnd", "ddcn", "so dinh danh", "dinh danh ca nhan", "can cuoc"]),
        (.phone, ["so dien thoai", "sdt", "so dt", "dien thoai lien he", "dien thoai"]),
        (.village, ["thon", "to dan pho", "khu dan cu", "khu pho", "dia chi", "noi thuong tru"]),
        (.householdNumber, ["so ho khau", "ma ho", "so ho", "stt ho", "ma ho gia dinh"]),
        (.relationToHead, ["quan he"]),
        (.targetGroup, ["doi tuong"]),
        (.organisation, ["noi lam viec", "noi hoc tap", "noi cong tac", "co quan", "don vi cong tac"]),
        (.smartphone, ["dien thoai thong minh", "smartphone", "dttm"]),
        (.vneidLevel, ["vneid", "muc dinh danh", "muc do dinh danh", "dinh danh dien tu"]),
        (.digitalSkills, ["ky nang so"]),
        (.notes, ["ghi chu"]),
    ]
}

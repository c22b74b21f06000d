/// Gives a figure its key (`Strings.receivedFigureLabel`) from the noun it counts and the words around it. The
/// rules follow the movement's vocabulary (DOMAIN.md §4–6): "lượt hỗ trợ", "tổ công nghệ số", "người tham gia",
/// "đăng ký", "hoàn thành", "trường học … không dùng tiền mặt", "hộ kinh doanh … mã QR".
enum FigureClassifier {
    static func percentKey(_ c: FigureContext) -> String {
        if c.headIs("truong", "truong hoc", "co so giao duc"), !c.headIs("truong thanh") {
            return c.sentenceHas("tien mat", "thanh toan", "khong dung tien") ? "share.cashless-schools" : "share.schools"
        }
        if c.headIs("ho kinh doanh", "co so kinh doanh", "tieu thuong", "ho buon ban", "cua hang", "doanh nghiep") {
            return "share.qr-businesses"
        }
        if c.headIs("can b*", "cong chuc", "vien chuc", "giao vien", "cbccvc", "cbcc", "cong chirc", "doi ngu can") { return "share.officials" }
        if c.headIs("thon", "xom", "ban", "ap", "to dan pho", "khu dan cu", "khu pho", "lang", "buon", "to cong nghe") {
            if c.sentenceHas("wifi", "internet") { return "share.wifi-villages" }
            return "share.teams-villages"
        }
        if c.sentenceHas("dien thoai thong minh"), !c.headHas("truong hoc", "ho kinh doanh", "can b*") { return "share.smartphone" }
        if c.headIs("ho so", "thu tuc") { return "share.online-applications" }
        if c.headIs("ho gia dinh", "ho dan", "gia dinh", "ho") { return "share.digital-households" }
        if c.sentenceHas("dinh danh", "danh tinh", "vneid", "muc 2", "muc do 2") { return "share.vneid" }
        if c.headIs("hoc sinh", "sinh vien") { return "share.students" }
        if c.headIs("nguoi lao dong", "lao dong", "cong nhan") { return "share.workers" }
        if c.headIs("ho so", "thu tuc") { return "share.online-applications" }
        if c.headIs("nguoi dan", "nguoi truong thanh", "cong dan", "dan so", "nguoi") { return "share.adults-skilled" }
        // Nothing named right after the number: the words around it decide, as above but looser.
        if c.headHas("truong hoc"), c.sentenceHas("tien mat") { return "share.cashless-schools" }
        if c.headHas("ho kinh doanh", "tieu thuong") { return "share.qr-businesses" }
        if c.headHas("can b*", "cong chuc") { return "share.officials" }
        if c.headHas("ho so", "thu tuc") { return "share.online-applications" }
        return "share.other"
    }

    static func countKey(_ noun: CountedNoun, _ c: FigureContext) -> String {
        switch noun {
        case .members:
            return "members"
        case .teams:
            return c.afterHas("cong nghe", "cong nghe so", "ung cuu", "ho tro", "chuyen doi so", "cns", "phan ung nhanh", "tinh nguyen",
                              "so cong dong", "thanh nien")
                || c.sentenceHas("to cong nghe", "cong nghe so cong dong") ? "teams" : "other"
        case .turns:
            if c.beforeHas("ho tro", "huong dan", "giup", "tro giup") && !c.afterHas("tham gia", "tham du") { return "sessions" }
            if c.afterHas("dang ky"), c.sentenceHas("hoc", "khoa hoc", "hoc tap") { return "learners.enrolled" }
            if c.afterHas("hoan thanh") { return "learners.completed" }
            if c.afterHas("tham gia", "tham du", "du", "hoc vien", "dai bieu", "tham") { return "participants" }
            if c.afterHas("truy cap") { return "other" }
            return "sessions"
        case .people:
            let opening = Array(c.after.prefix(6))
            if FigureContext.contains(opening, "duoc cap") || FigureContext.contains(opening, "chung nhan") { return "certificates.issued" }
            if FigureContext.contains(opening, "duoc huong dan") || FigureContext.contains(opening, "duoc ho tro") { return "residents.supported" }
            if c.after.starts(with: ["hoc", "vien"]) || c.after.starts(with: ["dai", "bieu"]) { return "participants" }
            if c.subjectBefore, c.clauseHas("hoan thanh") { return "learners.completed" }
            if c.subjectBefore, c.clauseHas("dang ky") { return "learners.enrolled" }
            if c.afterHas("dang ky") { return "learners.enrolled" }
            if c.afterHas("hoan thanh") { return "learners.completed" }
            if c.clauseHas("kich hoat", "dinh danh", "vneid") { return "vneid.activated" }
            if c.sentenceHas("to cong nghe", "thanh vien"), !c.afterHas("tham gia", "tham du", "duoc ho tro"),
               !c.sentenceHas("lop", "tap huan", "hoi nghi", "boi duong") { return "members" }
            if c.afterHas("duoc cap", "chung nhan", "chung chi") { return "certificates.issued" }
            if c.afterHas("kich hoat", "dinh danh", "vneid") { return "vneid.activated" }
            if c.afterHas("tham gia", "tham du", "du", "tham") || c.after.starts(with: ["hoc", "vien"]) || c.after.starts(with: ["dai", "bieu"]) {
                return "participants"
            }
            if c.beforeHas("thu hut", "tham gia", "tap huan", "boi duong", "hoi nghi", "lop") && !c.beforeHas("ho tro", "huong dan") {
                return "participants"
            }
            if c.before.last == "cho", c.sentenceHas("lop", "tap huan", "boi duong", "hoi nghi", "dao tao") { return "participants" }
            if c.beforeHas("ho tro", "huong dan", "giup") || c.afterHas("duoc ho tro", "duoc huong dan") { return "residents.supported" }
            return "other"
        case .accounts:
            if c.sentenceHas("dinh danh", "vneid", "muc 2", "muc do 2", "kich hoat") { return "vneid.activated" }
            if c.sentenceHas("hoc", "dang ky") { return "learners.enrolled" }
            return "other"
        case .certificates:
            return "certificates.issued"
        case .events:
            return "events"
        case .households, .media, .places, .courses, .applications:
            return "other"
        }
    }
}

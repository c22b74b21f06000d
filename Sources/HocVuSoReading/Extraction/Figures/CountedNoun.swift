/// What a number counts, read from the noun after it ("150 lượt", "20 tổ", "148 thành viên", "6 lớp"). A number
/// followed by none of these nouns (a year, "4 tháng", "16 tuổi", "Đề án 06") is not a figure.
enum CountedNoun: Sendable, Equatable {
    case turns
    case members
    case teams
    case people
    case households
    case events
    case accounts
    case certificates
    case media
    case places
    case courses
    case applications

    /// Folded noun phrases, longest first where one begins another.
    static let phrases: [(words: [String], noun: CountedNoun)] = [
        (["thanh", "vien"], .members),
        (["to", "dan", "pho"], .places),
        (["to", "roi"], .media),
        (["to"], .teams), (["doi", "hinh"], .teams), (["doi"], .teams),
        (["luot"], .turns),
        (["ho", "so"], .applications), (["thu", "tuc"], .applications), (["giao", "dich"], .applications),
        (["ho", "gia", "dinh"], .households), (["ho", "kinh", "doanh"], .households), (["ho", "dan"], .households),
        (["ho"], .households), (["gia", "dinh"], .households),
        (["nguoi"], .people), (["ngudi"], .people), (["cong", "dan"], .people), (["hoc", "vien"], .people), (["dai", "bieu"], .people),
        (["doan", "vien"], .people), (["hoi", "vien"], .people), (["can", "bo"], .people), (["cong", "chuc"], .people),
        (["vien", "chuc"], .people), (["giao", "vien"], .people), (["hoc", "sinh"], .people), (["thanh", "nien"], .people),
        (["tinh", "nguyen", "vien"], .people), (["dong", "chi"], .people), (["nhan", "khau"], .people), (["truong", "hop"], .people),
        (["lop"], .events), (["buoi"], .events), (["hoi", "nghi"], .events), (["su", "kien"], .events),
        (["cuoc", "thi"], .events), (["hoi", "thi"], .events), (["hoi", "thao"], .events), (["toa", "dam"], .events),
        (["dot"], .events), (["chuyen", "de"], .events), (["phien"], .events), (["khoa", "tap", "huan"], .events),
        (["tai", "khoan"], .accounts),
        (["giay", "chung", "nhan"], .certificates), (["chung", "nhan"], .certificates), (["chung", "chi"], .certificates),
        (["tin", "bai"], .media), (["tin"], .media), (["bai"], .media), (["phong", "su"], .media), (["video"], .media),
        (["clip"], .media), (["bang", "ron"], .media), (["pano"], .media), (["khau", "hieu"], .media),
        (["tai", "lieu"], .media), (["an", "pham"], .media), (["ban", "tin"], .media), (["chuyen", "muc"], .media),
        (["van", "ban"], .media), (["giai", "thuong"], .media), (["giai"], .media), (["sim"], .media), (["gian"], .places),
        (["gian", "hang"], .places),
        (["thon"], .places), (["xom"], .places), (["ban"], .places), (["ap"], .places), (["lang"], .places),
        (["khu", "dan", "cu"], .places), (["khu", "pho"], .places), (["truong", "hoc"], .places), (["truong"], .places),
        (["diem"], .places), (["co", "so"], .places), (["doanh", "nghiep"], .places), (["hop", "tac", "xa"], .places),
        (["nha", "van", "hoa"], .places), (["co", "quan"], .places), (["don", "vi"], .places),
        (["khoa", "hoc"], .courses), (["hoc", "phan"], .courses), (["bai", "hoc"], .courses),
        (["thiet", "bi"], .places), (["may", "tinh"], .places), (["dien", "thoai"], .places),
    ]

    /// A noun of two words or more with one letter misread in one word ("vin bản" for "văn bản").
    static func misread(_ words: [String], in text: ReadingText, at index: Int) -> Bool {
        guard index + words.count <= text.tokens.count else { return false }
        let found = text.tokens[index..<(index + words.count)].map(\.text)
        guard text.tokens[index..<(index + words.count)].allSatisfy({ $0.kind == .word }) else { return false }
        return FigureContext.matches(found, words.map { Substring($0) }, at: 0)
            || zip(found, words).filter { $0 != $1 }.count == 1
            && zip(found, words).allSatisfy { $0 == $1 || ($0.count == 3 && $1.count == 3 && $0.first == $1.first && $0.last == $1.last) }
    }

    /// The noun at `index` and the index after it.
    static func at(_ index: Int, in text: ReadingText) -> (CountedNoun, Int)? {
        var best: (CountedNoun, Int)?
        for (words, noun) in phrases where text.matches(words, at: index) || words.count > 1 && Self.misread(words, in: text, at: index) {
            if best == nil || index + words.count > best!.1 { best = (noun, index + words.count) }
        }
        guard let best else { return nil }
        // "đối tượng", "đội ngũ" and "tổ chức" are not counted teams.
        if best.0 == .teams, best.1 < text.tokens.count, ["tuong", "ngu", "chuc", "chirc"].contains(text.tokens[best.1].text) {
            return nil
        }
        return best
    }
}

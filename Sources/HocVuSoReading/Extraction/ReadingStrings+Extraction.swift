import HocVuSoCore

/// The Vietnamese the extractor puts in its proposals: type names outside `DocumentType`, qualifiers as they are
/// shown whatever the text's spelling, issuers rebuilt from a garbled OCR, and the evidence for a commune.
extension ReadingStrings {
    static let documentTypeResolution = "Nghị quyết"
    static let documentTypeConclusion = "Kết luận"
    static let documentTypeDecree = "Nghị định"
    static let documentTypeCircular = "Thông tư"
    static let documentTypeProgramme = "Chương trình"

    /// Qualifiers by their folded spelling.
    static let qualifiers: [String: String] = [
        "tren": "trên", "hon": "hơn", "khoang": "khoảng", "gan": "gần", "dat": "đạt", "toi thieu": "tối thiểu",
        "it nhat": "ít nhất", "khoang tren": "khoảng trên", "khoang hon": "khoảng hơn", "xap xi": "xấp xỉ",
        "toi": "tới", "len toi": "lên tới", "duoi": "dưới", "chua den": "chưa đến", "gan nhu": "gần như",
    ]

    static func scienceDepartment(of province: AdminUnit) -> String {
        "Sở Khoa học và Công nghệ \(province.type.lowercased()) \(province.name)"
    }

    static func provincePeople(of province: AdminUnit) -> String {
        "Ủy ban nhân dân \(province.type.lowercased()) \(province.name)"
    }

    static func unitEvidence(name: String, mentions: Int, approximate: Int, header: Bool) -> String {
        var text = "Tên “\(name)” được nêu \(mentions) lần"
        if approximate > 0 { text += " (\(approximate) lần đọc gần đúng do lỗi nhận dạng)" }
        if header { text += ", có ở phần đầu văn bản" }
        return text
    }

    static func provinceInText(_ name: String) -> String { "văn bản nêu \(name)" }
    static func provinceAsked(_ name: String) -> String { "thuộc \(name), nơi gửi yêu cầu báo cáo" }
    static let provinceOther = "thuộc tỉnh/thành phố khác với tỉnh/thành phố mà văn bản nêu"
    static let unitGiven = "Mã đơn vị do người dùng chọn"
}

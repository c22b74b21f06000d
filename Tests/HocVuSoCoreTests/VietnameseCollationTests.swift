import Foundation
import Testing
@testable import HocVuSoCore

@Suite("VietnameseCollation")
struct VietnameseCollationTests {
    typealias PersonName = VietnameseCollation.PersonName

    @Test func splitsNames() {
        #expect(PersonName(fullName: "Nguyễn Thị Minh Khai") == PersonName(family: "Nguyễn", middle: "Thị Minh", given: "Khai"))
        #expect(PersonName(fullName: "  Lê   Lợi ") == PersonName(family: "Lê", middle: "", given: "Lợi"))
        #expect(PersonName(fullName: "Hoà") == PersonName(family: "", middle: "", given: "Hòa"))
        #expect(PersonName(fullName: "") == PersonName(family: "", middle: "", given: ""))
        #expect(PersonName(fullName: "Trần Văn An").sortingWords == ["An", "Văn", "Trần"])
    }

    private func sorted(_ names: [String]) -> [String] {
        names.sorted { VietnameseCollation.sortKey(fullName: $0) < VietnameseCollation.sortKey(fullName: $1) }
    }

    @Test func lettersInVietnameseOrder() {
        #expect(sorted(["Bình", "Ân", "An", "Ăn"]) == ["An", "Ăn", "Ân", "Bình"])
        #expect(sorted(["Đức", "Dũng", "Em"]) == ["Dũng", "Đức", "Em"])
        #expect(sorted(["Ơn", "Ôn", "On", "Pha"]) == ["On", "Ôn", "Ơn", "Pha"])
        #expect(sorted(["Ưng", "Vy", "Uyên"]) == ["Uyên", "Ưng", "Vy"])
        #expect(sorted(["Ê", "E", "Giang"]) == ["E", "Ê", "Giang"])
    }

    @Test func tonesAreSecondary() {
        #expect(sorted(["Ạn", "Án", "Ãn", "Ản", "Àn", "An"]) == ["An", "Àn", "Ản", "Ãn", "Án", "Ạn"])
        // Letters decide first: "án" < "anh" although "anh" has no tone.
        #expect(sorted(["Anh", "Án"]) == ["Án", "Anh"])
        #expect(sorted(["Ánh", "Ảnh", "Anh"]) == ["Anh", "Ảnh", "Ánh"])
    }

    @Test func givenNameDominates() {
        #expect(VietnameseCollation.namePrecedes("Trần Văn An", "Nguyễn Văn Bình"))
        #expect(!VietnameseCollation.namePrecedes("Nguyễn Văn Bình", "Trần Văn An"))
        // Same given name: middle name next, then family name.
        #expect(sorted(["Trần Văn An", "Lê Thị An", "Nguyễn Văn An", "An"]) ==
                ["An", "Lê Thị An", "Nguyễn Văn An", "Trần Văn An"])
    }

    @Test func ignoresCaseSpacingAndTonePlacement() {
        let key = VietnameseCollation.sortKey(fullName: "Nguyễn Thị Hòa")
        #expect(VietnameseCollation.sortKey(fullName: "NGUYỄN THỊ HÒA") == key)
        #expect(VietnameseCollation.sortKey(fullName: "  nguyễn  thị hoà ") == key)
        #expect(VietnameseCollation.sortKey(fullName: "Nguyễn Thị Hóa") != key)
    }

    @Test func keysArePlainASCII() {
        for name in ["Nguyễn Văn Đức", "Đặng Thị Ưng", "Ông Ích Khiêm", "李 An"] {
            let key = VietnameseCollation.sortKey(fullName: name)
            #expect(key.utf8.allSatisfy { $0 >= 0x21 && $0 < 0x7F }, "\(name) → \(key)")
        }
        #expect(VietnameseCollation.sortKey(fullName: "Trần Văn An") == "AR#cBR#ZXCR!11111112")
    }

    // MARK: Agreement with ICU's Vietnamese collation (Foundation on Linux)

    static let givenNames = [
        "An", "Ân", "Ăn", "Anh", "Ánh", "Ảnh", "Bình", "Bích", "Cường", "Chi", "Dũng", "Dung", "Đức", "Đạt", "Giang",
        "Hà", "Hạ", "Hải", "Hoa", "Hòa", "Hóa", "Hùng", "Hưng", "Hương", "Khánh", "Khải", "Lan", "Lân", "Linh", "Long",
        "Mai", "Minh", "My", "Mỹ", "Nam", "Năm", "Ngân", "Ngọc", "Nhung", "Oanh", "Ôn", "Phúc", "Phong", "Quân",
        "Quý", "Quỳnh", "Sơn", "Sinh", "Tâm", "Tám", "Thảo", "Thanh", "Thành", "Thủy", "Trang", "Tuấn", "Tùng", "Uyên",
        "Út", "Ưng", "Vân", "Văn", "Vy", "Yến", "Ý", "Xuân",
    ] + toneVariants

    /// Every tone on a few syllables, and syllables that differ in letter and tone at once.
    static let toneVariants = [
        "Ha", "Hà", "Hả", "Hã", "Há", "Hạ", "Ân", "Ần", "Ẩn", "Ẫn", "Ấn", "Ận", "Ưng", "Ừng", "Ửng", "Ững", "Ứng", "Ựng",
        "Ơn", "Ờn", "Ởn", "Ỡn", "Ớn", "Ợn", "Da", "Dà", "Dả", "Dã", "Dá", "Dạ", "Đa", "Đà", "Đả", "Đã", "Đá", "Đạ",
        "Hà An", "Ha Àn", "Hả Ản", "Hã An", "Ha An", "Hạ Ạn", "Hoa", "Hỏa", "Hõa", "Ê", "Ế", "Ệ", "Ỳ", "Ỷ", "Ỹ",
    ]

    static let fullNames = [
        "Nguyễn Văn An", "Trần Thị Ân", "Lê Văn Anh", "Phạm Thị Ánh", "Hoàng Văn Bình", "Đặng Thị Bích", "Bùi Văn Cường",
        "Đỗ Thị Dung", "Ngô Văn Dũng", "Dương Văn Đức", "Lý Thị Hà", "Vũ Văn Hải", "Võ Thị Hoa", "Đinh Thị Hòa",
        "Trịnh Văn Hùng", "Mai Văn Hưng", "Nguyễn Thị Hương", "Trần Văn Khánh", "Lê Thị Lan", "Phạm Văn Long",
        "Hoàng Thị Mai", "Nguyễn Đức Minh", "Trần Ngọc Minh", "Lê Thị My", "Đào Văn Nam", "Đoàn Thị Ngân",
        "Nguyễn Văn Phúc", "Trần Văn Quân", "Lê Thị Quỳnh", "Phạm Văn Sơn", "Nguyễn Thị Tâm", "Trần Thị Thảo",
        "Lê Văn Thành", "Nguyễn Thị Thủy", "Trần Thị Trang", "Lê Văn Tuấn", "Nguyễn Thị Uyên", "Trần Thị Vân",
        "Lê Thị Yến", "Nguyễn Văn Út", "Trần Văn An", "Nguyễn An", "An", "Âu Dương Anh", "Ông Văn Ích",
        "Ưng Hoàng Phúc", "Nguyễn Văn Ân", "Nguyễn Văn Án", "Nguyễn Văn Àn", "Trần Anh", "Trần Ánh",
    ]

    private static let vietnamese = Locale(identifier: "vi_VN")

    /// Orders by ICU (case-insensitive) and by our keys, and insists they agree on every pair.
    private func expectAgreement(_ texts: [String], arrange: (String) -> String, key: (String) -> String) {
        var disagreements: [String] = []
        for a in texts {
            for b in texts {
                let icu = arrange(a).compare(arrange(b), options: [.caseInsensitive], range: nil,
                                             locale: Self.vietnamese)
                let ka = key(a), kb = key(b)
                let ours: ComparisonResult = ka < kb ? .orderedAscending : ka > kb ? .orderedDescending : .orderedSame
                if icu != ours { disagreements.append("\(a) vs \(b): ICU \(icu.rawValue), key \(ours.rawValue)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test func givenNamesAgreeWithICU() {
        // Make sure the platform really collates Vietnamese; otherwise the comparison below proves nothing.
        #expect("ân".compare("anh", options: [], range: nil, locale: Self.vietnamese) == .orderedDescending)
        expectAgreement(Self.givenNames, arrange: { $0 }, key: { VietnameseCollation.sortKey(text: $0) })
    }

    @Test func fullNamesAgreeWithICU() {
        expectAgreement(Self.fullNames,
                        arrange: { PersonName(fullName: $0).sortingWords.joined(separator: " ") },
                        key: { VietnameseCollation.sortKey(fullName: $0) })
    }
}

import Foundation
import Testing
@testable import HocVuSoCore

@Suite("VietnameseText")
struct VietnameseTextTests {
    @Test("old tone placement in open oa/oe/uy syllables moves to the first vowel", arguments: [
        ("hoà", "hòa"), ("Khánh Hoà", "Khánh Hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("HOÀ", "HÒA"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("hoạ sĩ", "họa sĩ"), ("tuỳ", "tùy"), ("xoè", "xòe"),
        ("Thanh Hoá", "Thanh Hóa"), ("Thuỵ", "Thụy"), ("hoả", "hỏa"), ("khoẻ mạnh", "khỏe mạnh"),
    ])
    func movesTone(input: String, expected: String) {
        #expect(VietnameseText.normalize(input) == expected)
    }

    @Test("syllables with a final consonant, qu + y, and the new style stay as they are", arguments: [
        "hoàng", "thuyền", "khuyến", "quý", "quỳnh", "Quỳnh", "hòa", "ngoài", "thuở", "quà", "Nguyễn", "khuya",
        "HOÀNG", "Hòa Bình", "thủy", "oán",
    ])
    func keepsTone(word: String) {
        #expect(VietnameseText.normalize(word) == word)
    }

    @Test func composesDecomposedInput() {
        let nfd = "Nguye\u{302}\u{303}n Va\u{306}n \u{110}u\u{31B}\u{301}c"
        #expect(VietnameseText.normalize(nfd).unicodeScalars.elementsEqual("Nguyễn Văn Đức".unicodeScalars))
        // Decomposed and in the old placement at once.
        #expect(VietnameseText.normalize("hoa\u{300}").unicodeScalars.elementsEqual("hòa".unicodeScalars))
        // Dot below given after the circumflex (non-canonical order) still composes to "ộ".
        #expect(VietnameseText.normalize("Bo\u{302}\u{323}").unicodeScalars.elementsEqual("Bộ".unicodeScalars))
    }

    @Test func trimsAndCollapsesWhitespace() {
        #expect(VietnameseText.normalize("  Nguyễn \t Văn\u{A0}\u{A0}An \n") == "Nguyễn Văn An")
        #expect(VietnameseText.normalize("An\u{200B}h") == "Anh")
        #expect(VietnameseText.normalize("\u{FEFF}Lê Thị") == "Lê Thị")
        #expect(VietnameseText.normalize(" \t ") == "")
        #expect(VietnameseText.normalize("") == "")
    }

    @Test func readsEthAsDStroke() {
        #expect(VietnameseText.normalize("\u{D0}ỨC \u{F0}ức") == "ĐỨC đức")
    }

    @Test func leavesOtherLanguagesAlone() {
        #expect(VietnameseText.normalize("Zoë café") == "Zoë café")
        #expect(VietnameseText.normalize("José Núñez") == "José Núñez")
    }

    @Test func isIdempotent() {
        for text in ["  Khánh  Hoà ", "thuỷ\u{A0}", "Nguye\u{302}\u{303}n", "Uỷ ban", "quý"] {
            let once = VietnameseText.normalize(text)
            #expect(VietnameseText.normalize(once) == once)
        }
    }

    @Test("fold removes diacritics, maps đ to d and lower-cases", arguments: [
        ("Nguyễn Văn Đức", "nguyen van duc"), ("ĐẶNG THỊ HOÀ", "dang thi hoa"), ("  Lê   Thị\tBích  ", "le thi bich"),
        ("Phạm-Ngọc Ánh", "pham-ngoc anh"), ("Thôn 3", "thon 3"), ("ƯỚC ƠN", "uoc on"), ("\u{D0}ỗ", "do"),
        ("Zoë", "zoe"), ("Ωmega", "ωmega"), ("", ""), ("   ", ""),
    ])
    func folds(input: String, expected: String) {
        #expect(VietnameseText.fold(input) == expected)
    }

    @Test func foldsDecomposedInput() {
        #expect(VietnameseText.fold("Nguye\u{302}\u{303}n \u{110}u\u{31B}\u{301}c") == "nguyen duc")
    }

    @Test func foldsEveryVietnameseLetterToItsBase() {
        let rows = ["aàảãáạăằẳẵắặâầẩẫấậ", "eèẻẽéẹêềểễếệ", "iìỉĩíị", "oòỏõóọôồổỗốộơờởỡớợ", "uùủũúụưừửữứự", "yỳỷỹýỵ", "dđ"]
        for row in rows {
            let base = String(row.first!)
            #expect(VietnameseText.fold(row) == String(repeating: base, count: row.count))
            #expect(VietnameseText.fold(row.uppercased()) == String(repeating: base, count: row.count))
        }
    }

    @Test func foldAgreesWithFoundationPlusDStroke() {
        let words = ["Nguyễn Thị Minh Khai", "Trần Hưng Đạo", "Lý Thường Kiệt", "Huỳnh Thúc Kháng", "Phường Hồng Bàng",
                     "Xã Đức Thịnh", "Ủy ban nhân dân", "Bình dân học vụ số", "Hải Phòng", "Quỳnh Lưu"]
        for word in words {
            let foundation = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .replacingOccurrences(of: "đ", with: "d")
            #expect(VietnameseText.fold(word) == foundation)
        }
    }

    @Test("title case for names", arguments: [
        ("NGUYỄN  văn đức", "Nguyễn Văn Đức"), ("lê thị hoà", "Lê Thị Hòa"), ("h'hen niê", "H'Hen Niê"),
        ("y-bih ALÊÔ", "Y-Bih Alêô"), ("  ", ""), ("ĐỖ", "Đỗ"),
    ])
    func titleCase(input: String, expected: String) {
        #expect(VietnameseText.titleCaseName(input) == expected)
    }
}

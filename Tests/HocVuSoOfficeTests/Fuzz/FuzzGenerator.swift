import HocVuSoCore

/// Small drawing helpers over the seeded generator used by the fuzz tests.
extension SeededGenerator {
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8.random(in: 0...255, using: &self) } }

    /// A length skewed towards small values, sometimes up to `max`.
    mutating func length(_ max: Int) -> Int {
        switch int(0...9) {
        case 0...5: return int(0...min(max, 16))
        case 6...8: return int(0...min(max, 512))
        default: return int(0...max)
        }
    }

    /// A cell text as commune lists hold them, or something nastier.
    mutating func cellText() -> String {
        pick(FuzzText.cells) + (chance(0.2) ? pick(FuzzText.cells) : "")
    }
}

enum FuzzText {
    static let cells: [String] = [
        "", " ", "  ", "\t", "\u{00A0}", "\u{3000}", "Nguyễn Văn An", "Trần Thị Bích", "Nguye\u{0302}\u{0303}n Thi\u{0323} Hoa",
        "ĐẶNG THỊ LỆ", "Lê  Văn\u{200B}Bình", "12/05/1985", "1985", "31/02/2020", "00/00/0000", "2005-10-07", "45000",
        "001085012345", "0010 8501 2345", "٠٠١٠٨٥٠١٢٣٤٥", "0912345678", "+84 912 345 678", "Nam", "Nữ", "nu", "x", "Có",
        "Mức 2", "Chủ hộ", "Thôn 3", "11131-01", "=1+2", "@SUM(A1)", "\"", "\"\"", "a\"b", ",", ";", "a,b;c\td",
        "dòng 1\ndòng 2", "\r\n", "\r", "😀👨‍👩‍👧", "עברית", "\u{202E}abc", "\u{FEFF}", "\u{FFFD}", "_x000D_", "&amp;<b>",
        "1e308", "-0", "NaN", String(repeating: "ư", count: 300),
    ]
}

/// A cell address such as "B12" (or "$B$12") as 0-based column and 1-based row; the row part may be absent.
struct CellReference: Equatable {
    static let maxColumns = 16_384     // XFD
    static let maxRows = 1_048_576

    var column: Int
    var row: Int?

    init(column: Int, row: Int?) {
        self.column = column
        self.row = row
    }

    init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((b & 0xDF) - 64)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(b - 48)
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, column <= Self.maxColumns else { return nil }
        guard digits == 0 || (1...Self.maxRows).contains(row) else { return nil }
        self.column = column - 1
        self.row = digits == 0 ? nil : row
    }
}

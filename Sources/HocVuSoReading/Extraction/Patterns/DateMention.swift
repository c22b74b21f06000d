import HocVuSoCore

/// A date written in the text: "13/11/2025", "13.11.2025", "ngày 13 tháng 11 năm 2025" (OCR: "ndm" for "năm").
struct DateMention: Sendable, Equatable {
    var date: CivilDate
    /// Tokens of the date itself, with a leading "ngày" when there is one.
    var tokens: Range<Int>
    var afterNgay: Bool
}

enum DateFinder {
    static func dates(in text: ReadingText) -> [DateMention] {
        let t = text.tokens
        var found: [DateMention] = []
        var i = 0
        while i < t.count {
            let ngay = isNgay(t[i])
            let from = ngay ? i + 1 : i
            if let (date, end) = date(at: from, t) {
                found.append(DateMention(date: date, tokens: i..<end, afterNgay: ngay))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    static func isNgay(_ token: TextToken) -> Bool { token.isWord("ngay") }

    /// A date starting at token `i`, and the index after it.
    static func date(at i: Int, _ t: [TextToken]) -> (CivilDate, Int)? {
        guard i < t.count, t[i].kind == .number else { return nil }
        // "13/11/2025", "13 / 11 / 2025", "13-11-2025"
        if i + 4 < t.count, t[i + 2].kind == .number, t[i + 4].kind == .number,
           t[i + 1].kind == .symbol, ["/", "-"].contains(t[i + 1].text), t[i + 3].text == t[i + 1].text,
           let date = civil(t[i].text, t[i + 2].text, t[i + 4].text) {
            return (date, i + 5)
        }
        // "13.11.2025" is one number token.
        let dotted = t[i].text.split(separator: ".")
        if dotted.count == 3, let date = civil(String(dotted[0]), String(dotted[1]), String(dotted[2])) {
            return (date, i + 1)
        }
        // "13 tháng 11 năm 2025"
        if i + 4 < t.count, t[i + 1].isWord("thang"), t[i + 2].kind == .number, t[i + 3].isWord("nam"),
           t[i + 4].kind == .number, let date = civil(t[i].text, t[i + 2].text, t[i + 4].text) {
            return (date, i + 5)
        }
        return nil
    }

    static func civil(_ day: String, _ month: String, _ year: String) -> CivilDate? {
        guard day.count <= 2, month.count <= 2, year.count == 4,
              let d = Int(day), let m = Int(month), let y = Int(year), (1900...2200).contains(y) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }
}

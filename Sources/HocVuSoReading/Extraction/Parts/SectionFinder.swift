import HocVuSoCore

/// The report's sections, by their headings: a line that opens with a Roman numeral ("II. KẾT QUẢ TRIỂN KHAI";
/// OCR "I11." for "III."), classified by the words of the heading. Without Roman headings, numbered headings
/// ("1. Kết quả …") are used the same way.
enum SectionFinder {
    static let keywords: [(section: ReportSection, phrases: [[String]])] = [
        (.difficulties, [["kho", "khan"], ["vuong", "mac"], ["han", "che"], ["ton", "tai"]]),
        (.nextSteps, [["phuong", "huong"], ["nhiem", "vu", "trong", "thoi", "gian", "toi"], ["nhiem", "vu", "thoi", "gian", "toi"],
                      ["ke", "hoach", "thoi", "gian", "toi"], ["nhiem", "vu", "tiep", "theo"]]),
        (.recommendations, [["kien", "nghi"], ["de", "xuat"], ["de", "nghi"]]),
        (.direction, [["chi", "dao"], ["dieu", "hanh"], ["lanh", "dao"]]),
        (.results, [["ket", "qua"]]),
    ]

    static func sections(in text: ReadingText) -> [ReportSectionText] {
        let roman = headings(in: text, roman: true)
        let found = roman.isEmpty ? headings(in: text, roman: false) : roman
        var out: [ReportSectionText] = []
        for (n, heading) in found.enumerated() {
            let end = n + 1 < found.count ? text.tokens[found[n + 1].index].start : text.characters.count
            guard let section = heading.section else { continue }
            out.append(ReportSectionText(section: section, heading: text.display(heading.line),
                                         span: TextSpan(start: text.tokens[heading.index].start, end: end)))
        }
        return out
    }

    struct Heading {
        var index: Int
        var line: TextSpan
        var section: ReportSection?
    }

    static func headings(in text: ReadingText, roman: Bool) -> [Heading] {
        let t = text.tokens
        var found: [Heading] = []
        for i in t.indices where t[i].startsLine || i == 0 {
            guard i + 2 < t.count, t[i + 1].isSymbol(".") || t[i + 1].isSymbol(")") else { continue }
            if roman {
                guard t[i].kind == .word, RomanNumeral.value(t[i].text) != nil else { continue }
            } else {
                guard t[i].kind == .number, t[i].text.count <= 2 else { continue }
            }
            var end = i + 2
            while end < t.count, !t[end].startsLine { end += 1 }
            let words = (i + 2)..<end
            let section = classify(words, in: text)
            if !roman && section == nil { continue }
            found.append(Heading(index: i, line: text.span(tokens: i..<end), section: section))
        }
        return found
    }

    static func classify(_ words: Range<Int>, in text: ReadingText) -> ReportSection? {
        for (section, phrases) in keywords {
            for phrase in phrases where words.contains(where: { FuzzyWord.matches(phrase, in: text, at: $0) }) {
                return section
            }
        }
        return nil
    }
}

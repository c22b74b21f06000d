import HocVuSoCore

/// The request a report answers: in the opening sentence "Thực hiện (Căn cứ, Theo) Công văn số … ngày … của …".
/// Among the documents of that sentence it prefers one from a department (Sở), then a công văn, then the first.
enum AnsweredRequestFinder {
    static let openers: [[String]] = [["thuc", "hien"], ["can", "cu"], ["theo"], ["phuc", "dap"], ["tra", "loi"]]

    static func find(_ citations: [DocumentCitation], in text: ReadingText, provinces: ProvinceMentions) -> (AnsweredRequest, DocumentCitation)? {
        let candidates = citations.filter { citation in
            let sentence = text.sentences[text.sentenceOfToken[citation.tokens.lowerBound]]
            let head = sentence.tokens.lowerBound
            // The opener heads the sentence, or stands just before the type word ("… \n Thực hiện Công văn số …").
            let typeWord = citation.citation.lowerBound
            let near = min(max(head, typeWord - 3), typeWord)..<typeWord
            let opened = openers.contains { opener in
                FuzzyWord.matches(opener, in: text, at: head) || near.contains { FuzzyWord.matches(opener, in: text, at: $0) }
            }
            return !citation.isOwnNumberLine && opened && text.tokens[citation.tokens.lowerBound].start < ReportHeaderFinder.headerLength * 2
        }
        guard !candidates.isEmpty else { return nil }
        let issuers = candidates.map { issuer(after: $0, in: text) }
        let fromDepartment = candidates.indices.first { issuers[$0].map { $0.folded.hasPrefix("so ") } ?? false }
        let index = fromDepartment ?? candidates.indices.first { candidates[$0].type == .cv } ?? 0
        let chosen = candidates[index]
        let named = issuers[index].map { canonicalIssuer($0, provinces: provinces, text: text) }
        return (AnsweredRequest(number: chosen.number, date: chosen.date?.date, issuer: named), chosen)
    }

    struct Issuer {
        var span: TextSpan
        var folded: String
        var tokens: Range<Int>
    }

    /// "của <issuer>" after the citation, up to "về việc", a comma, a semicolon or the end of the sentence.
    static func issuer(after citation: DocumentCitation, in text: ReadingText) -> Issuer? {
        let t = text.tokens
        let start = citation.citation.upperBound
        guard start < t.count, isCua(t[start]) else { return nil }
        var end = start + 1
        while end < t.count, end - start < 20 {
            let token = t[end]
            if token.kind == .symbol, [",", ";", ".", "(", ":"].contains(token.text) { break }
            if token.breaksBefore >= 2 { break }
            if token.isWord("ve"), end + 1 < t.count, FuzzyWord.same(t[end + 1].text, "viec") { break }
            if token.kind == .number { break }
            end += 1
        }
        guard end > start + 1 else { return nil }
        return Issuer(span: text.span(tokens: (start + 1)..<end), folded: text.words((start + 1)..<end), tokens: (start + 1)..<end)
    }

    /// "của" as OCR leaves it: "cua", "ctia", "cta", "cia", "ciia", "clia".
    static func isCua(_ token: TextToken) -> Bool {
        token.kind == .word && token.text.first == "c" && token.text.last == "a" && (3...4).contains(token.text.count)
    }

    /// A department of science and technology or a province's people's committee is written out in full from the
    /// unit list, so a garbled OCR ("SO Khoa hoc va Cong nghé thanh phé Hai Phong") reads well; anything else is
    /// kept as written.
    static func canonicalIssuer(_ issuer: Issuer, provinces: ProvinceMentions, text: ReadingText) -> String {
        let province = provinces.mentions.first { issuer.tokens.contains($0.tokens.lowerBound) }?.province
        if let province {
            let words = issuer.folded
            if words.hasPrefix("so khoa hoc va cong nghe") || words.hasPrefix("so kh") {
                return ReadingStrings.scienceDepartment(of: province)
            }
            if words.hasPrefix("uy ban nhan dan") || words.hasPrefix("ubnd") {
                return ReadingStrings.provincePeople(of: province)
            }
        }
        return text.display(issuer.span)
    }
}

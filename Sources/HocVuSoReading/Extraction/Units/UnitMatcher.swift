import HocVuSoCore

/// Finds the commune a report comes from: every "xã/phường/đặc khu <name>" of the text is matched to the official
/// names (OCR-tolerant: at most one approximate word, and not for a one-word name), each match adds to its unit,
/// a match in the header counts more, and the province the text names (or the one that asked) decides between
/// communes of the same name.
struct UnitMatcher {
    let index: UnitNameIndex
    let directory: UnitDirectory

    static let typeWords: [[String]] = [["xa"], ["phuong"], ["dac", "khu"]]

    struct Tally {
        var exact = 0
        var approximate = 0
        var header = false
        var weight = 0.0
    }

    func candidates(in text: ReadingText, provinces: ProvinceMentions, askedProvince: String?) -> [UnitCandidate] {
        var tallies: [String: Tally] = [:]
        let t = text.tokens
        for i in t.indices {
            guard let typeWord = Self.typeWords.first(where: { text.matches($0, at: i) }) else { continue }
            let nameStart = i + typeWord.count
            guard nameStart < t.count, t[nameStart].breaksBefore < 2, Self.isCapitalised(t[nameStart], text) else { continue }
            var best: [(AdminUnit, Int, Int)] = []  // unit, words, approximate words
            for entry in index.communesByFirstWord[t[nameStart].text] ?? [] where text.matches(entry.words, at: nameStart) {
                best.append((entry.unit, entry.words.count, 0))
            }
            if best.isEmpty {
                for length in 2...4 {
                    for entry in index.communesByLength[length] ?? [] {
                        if let d = FuzzyWord.nameDistance(entry.words, in: text, at: nameStart), d == 1 {
                            best.append((entry.unit, length, d))
                        }
                    }
                }
            }
            // The longest name wins ("Tân Phú Đông" over "Tân Phú").
            let longest = best.map(\.1).max() ?? 0
            let inHeader = t[i].start < ReportHeaderFinder.headerLength
            for (unit, length, approximate) in best where length == longest {
                var tally = tallies[unit.code] ?? Tally()
                if approximate == 0 { tally.exact += 1 } else { tally.approximate += 1 }
                tally.header = tally.header || inHeader
                tally.weight += (approximate == 0 ? 1.0 : 0.6) * (inHeader ? 1.5 : 1.0)
                tallies[unit.code] = tally
            }
        }
        let named = provinces.counts
        var scored: [(AdminUnit, Double, String)] = []
        for (code, tally) in tallies {
            guard let unit = directory[code] else { continue }
            var score = tally.weight
            var evidence = [ReadingStrings.unitEvidence(name: unit.name, mentions: tally.exact + tally.approximate,
                                                        approximate: tally.approximate, header: tally.header)]
            let provinceName = directory[unit.provinceCode]?.fullName ?? unit.provinceCode
            if let n = named[unit.provinceCode], n > 0 {
                score *= 2.0
                score += Double(min(n, 5))
                evidence.append(ReadingStrings.provinceInText(provinceName))
            } else if !named.isEmpty {
                evidence.append(ReadingStrings.provinceOther)
            }
            if askedProvince == unit.provinceCode {
                score *= 2
                evidence.append(ReadingStrings.provinceAsked(provinceName))
            }
            scored.append((unit, score, evidence.joined(separator: "; ")))
        }
        let total = scored.reduce(0) { $0 + $1.1 }
        return scored
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.code < $1.0.code }
            .prefix(5)
            .map { unit, score, evidence in
                UnitCandidate(code: unit.code, name: unit.fullName, provinceCode: unit.provinceCode,
                              provinceName: directory[unit.provinceCode]?.fullName ?? "",
                              score: total > 0 ? (score / total * 1000).rounded() / 1000 : 0, evidence: evidence)
            }
    }

    /// Names are written with capitals ("xã Phú Thái", "XÃ PHÚ THÁI"); "xã hội" is not a commune.
    static func isCapitalised(_ token: TextToken, _ text: ReadingText) -> Bool {
        token.upper
    }

    /// The best candidate when it stands out: at least half again the score of the next one.
    static func chosen(_ candidates: [UnitCandidate]) -> String? {
        guard let first = candidates.first else { return nil }
        guard candidates.count > 1 else { return first.code }
        return first.score >= candidates[1].score * 1.5 ? first.code : nil
    }
}

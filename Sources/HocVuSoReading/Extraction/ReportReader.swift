import HocVuSoCore

/// Reads a received report (clean, without diacritics, or from a bad OCR) and proposes what it says: the commune,
/// its number and date, the request it answers, the documents it cites, its sections and its key figures. The
/// work happens on folded, OCR-repaired text (`ReadingText`); every span points into the original text.
public struct ReportReader: Sendable {
    let directory: UnitDirectory
    let index: UnitNameIndex

    public init(directory: UnitDirectory) {
        self.directory = directory
        index = UnitNameIndex(directory)
    }

    /// `provinceCode` is the province that asked (it breaks ties between same-name communes); `unitCode`, when
    /// given, is taken as the commune.
    public func read(_ text: String, provinceCode: String? = nil, unitCode: String? = nil) -> ReportReading {
        let reading = ReadingText(text)
        let dates = DateFinder.dates(in: reading)
        let citations = DocumentCitationFinder.citations(in: reading, dates: dates)
        let provinces = ProvinceMentions(reading, index: index)
        let own = ReportHeaderFinder.number(citations, in: reading)
        let answered = AnsweredRequestFinder.find(citations, in: reading, provinces: provinces)
        var candidates = UnitMatcher(index: index, directory: directory)
            .candidates(in: reading, provinces: provinces, askedProvince: provinceCode)
        if let unitCode, let unit = directory[unitCode], !candidates.contains(where: { $0.code == unitCode }) {
            candidates.insert(UnitCandidate(code: unit.code, name: unit.fullName, provinceCode: unit.provinceCode,
                                            provinceName: directory[unit.provinceCode]?.fullName ?? "", score: 0,
                                            evidence: ReadingStrings.unitGiven), at: 0)
        }
        let excluded = Set([own?.number, answered?.0.number].compactMap { $0.map(DocumentNumberMatch.key) })
        var listed: [ListedDocument] = []
        var listedKeys = Set<String>()
        for citation in citations where !excluded.contains(DocumentNumberMatch.key(citation.number)) {
            guard listedKeys.insert(DocumentNumberMatch.key(citation.number)).inserted else { continue }
            listed.append(ListedDocument(number: citation.number, date: citation.date?.date, type: citation.type,
                                         typeName: citation.typeName, summary: nil,
                                         span: DocumentSummary.span(of: citation, in: reading)))
        }
        return ReportReading(
            unitCode: unitCode ?? UnitMatcher.chosen(candidates),
            unitCandidates: candidates,
            number: own?.number,
            date: ReportHeaderFinder.date(dates, citations: citations, in: reading)?.date,
            answers: answered?.0,
            documents: listed,
            sections: SectionFinder.sections(in: reading),
            figures: FigureFinder(text: reading, dates: dates, citations: citations).figures(),
            text: reading.text)
    }
}

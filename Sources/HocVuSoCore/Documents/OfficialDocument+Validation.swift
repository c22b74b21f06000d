extension OfficialDocument {
    public static let summaryLength = 5...500
    public static let maxSignerLength = 100
    public static let maxIssuerLength = 200
    public static let earliestDate = CivilDate(year: 2000, month: 1, day: 1)!

    /// Checks an entry before it is registered; `today` refuses dates in the future (nil skips that check).
    /// Every problem names its field; the error's message is the first one.
    public func validate(today: CivilDate?) throws {
        var problems: [Problem] = []
        func refuse(_ field: String, _ value: String?, _ reason: String) {
            problems.append(Problem(column: field, value: value, reason: reason))
        }
        if !(1...Self.maxNumber).contains(number) {
            refuse(Strings.officialDocFieldNumber, String(number), Strings.officialDocBadNumber)
        }
        if Self.normalizeSymbol(symbol) != symbol {
            refuse(Strings.officialDocFieldSymbol, symbol,
                   symbol.isEmpty ? Strings.officialDocSymbolRequired : Strings.officialDocBadSymbol)
        }
        if issuedOn < Self.earliestDate {
            refuse(Strings.officialDocFieldDate, issuedOn.iso, Strings.officialDocDateTooEarly)
        } else if let today, issuedOn > today {
            refuse(Strings.officialDocFieldDate, issuedOn.iso, Strings.officialDocDateFuture)
        }
        if !Self.summaryLength.contains(summary.count) {
            refuse(Strings.officialDocFieldSummary, summary, Strings.officialDocBadSummary)
        }
        if let signer, signer.count > Self.maxSignerLength {
            refuse(Strings.officialDocFieldSigner, signer, Strings.officialDocSignerTooLong)
        }
        if direction == .received && (issuer ?? "").isEmpty {
            refuse(Strings.officialDocFieldIssuer, nil, Strings.officialDocIssuerRequired)
        } else if let issuer, issuer.count > Self.maxIssuerLength {
            refuse(Strings.officialDocFieldIssuer, issuer, Strings.officialDocIssuerTooLong)
        }
        for (field, value) in [(Strings.officialDocFieldSummary, summary), (Strings.officialDocFieldSigner, signer ?? ""),
                               (Strings.officialDocFieldIssuer, issuer ?? "")] where Self.hasMarkup(value) {
            refuse(field, value, Strings.officialDocMarkup(field))
        }
        guard problems.isEmpty else {
            throw DomainError(.invalid, code: "document.invalid", message: problems[0].reason, details: problems)
        }
    }

    /// Text that could be read as HTML: documents are registered as plain text.
    public static func hasMarkup(_ text: String) -> Bool {
        text.contains("<") || text.contains(">")
    }
}

/// The kinds of figure an officer can give a confirmed number: the consolidation's first, then the others a report
/// states. Labels come from `Strings.receivedFigureLabel`.
enum ReceivedFigureKeys {
    static let all = Consolidation.figureKeys + [
        "residents.supported", "vneid.activated", "share.officials", "share.teams-villages", "share.cashless-schools",
        "share.qr-businesses", "other",
    ]

    /// Percentages are not added up: the last confirmed one stands.
    static func isShare(_ key: String) -> Bool { key.hasPrefix("share.") }
}

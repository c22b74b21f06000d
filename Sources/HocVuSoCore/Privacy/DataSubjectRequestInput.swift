import Foundation

/// A request as typed in the form, before it is checked.
public struct DataSubjectRequestInput: Sendable, Equatable {
    public var residentID: String
    public var kind: String
    public var channel: String
    /// "dd/mm/yyyy" or ISO.
    public var receivedDate: String
    /// "HH:MM"; blank means the start of the day.
    public var receivedTime: String
    public var note: String

    public static let noteLimit = 2000

    public init(residentID: String = "", kind: String = "", channel: String = "", receivedDate: String = "",
                receivedTime: String = "", note: String = "") {
        self.residentID = residentID
        self.kind = kind
        self.channel = channel
        self.receivedDate = receivedDate
        self.receivedTime = receivedTime
        self.note = note
    }

    /// The checked parts, or every problem found, each with a Vietnamese reason.
    public func validated(now: Date) throws -> (resident: UUID, kind: DataSubjectRequest.Kind, channel: DataSubjectRequest.Channel,
                                                receivedAt: Date, note: String?) {
        var problems: [Problem] = []
        let resident = UUID(uuidString: residentID.trimmingCharacters(in: .whitespaces))
        if resident == nil { problems.append(Problem(column: "resident", value: residentID, reason: Strings.privacyResidentMissing)) }
        let kind = DataSubjectRequest.Kind(rawValue: kind)
        if kind == nil { problems.append(Problem(column: "kind", value: self.kind, reason: Strings.privacyKindUnknown(self.kind))) }
        let channel = DataSubjectRequest.Channel(rawValue: channel)
        if channel == nil {
            problems.append(Problem(column: "channel", value: self.channel, reason: Strings.privacyChannelUnknown(self.channel)))
        }
        let receivedAt = received(&problems)
        if let receivedAt, receivedAt > now {
            problems.append(Problem(column: "receivedDate", value: receivedDate, reason: Strings.privacyReceivedInFuture))
        }
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count > Self.noteLimit {
            problems.append(Problem(column: "note", value: nil, reason: Strings.privacyNoteTooLong(Self.noteLimit)))
        }
        guard problems.isEmpty, let resident, let kind, let channel, let receivedAt else {
            throw DomainError(.invalid, code: "privacy-request.invalid", message: problems.first?.reason ?? Strings.privacyResidentMissing,
                              details: problems)
        }
        return (resident, kind, channel, receivedAt, trimmed.isEmpty ? nil : trimmed)
    }

    private func received(_ problems: inout [Problem]) -> Date? {
        guard let day = VietnameseFormat.parseDate(receivedDate) else {
            problems.append(Problem(column: "receivedDate", value: receivedDate, reason: Strings.privacyReceivedDateInvalid))
            return nil
        }
        var minutes = 0
        var time = receivedTime.trimmingCharacters(in: .whitespaces)
        if time.count == 8, time.hasSuffix(":00") { time.removeLast(3) }
        if time.count == 4, time.dropFirst().first == ":" { time = "0" + time }
        if !time.isEmpty {
            guard let clock = ClockTime(time) else {
                problems.append(Problem(column: "receivedTime", value: receivedTime, reason: Strings.privacyReceivedTimeInvalid))
                return nil
            }
            minutes = clock.minutes
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = CivilDate.vietnam
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: minutes / 60, minute: minutes % 60))
    }
}

import Foundation

/// Days of the week, Monday first as on Vietnamese calendars ("Thứ Hai" … "Chủ nhật").
public enum Weekday: Int, Sendable, Codable, CaseIterable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public static func < (a: Weekday, b: Weekday) -> Bool { a.rawValue < b.rawValue }

    public init(_ day: CivilDate) {
        // 1 January 2024 was a Monday; count days from there.
        let offset = day.daysSince(CivilDate(year: 2024, month: 1, day: 1)!)
        self = Weekday(rawValue: ((offset % 7) + 7) % 7 + 1)!
    }
}

/// A time of day in minutes after midnight, written "HH:MM".
public struct ClockTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else {
            return nil
        }
        self.init(minutes: h * 60 + m)
    }

    public var description: String {
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }

    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutes < b.minutes }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = ClockTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not HH:MM: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A weekly shift of one team member: e.g. every Monday 07:30–11:30 at the commune public-service centre.
public struct DutyShift: Sendable, Equatable, Codable {
    public var id: UUID
    public var teamID: UUID
    public var memberID: UUID
    public var weekday: Weekday
    public var start: ClockTime
    public var end: ClockTime
    public var place: String

    public init(id: UUID, teamID: UUID, memberID: UUID, weekday: Weekday, start: ClockTime, end: ClockTime, place: String) {
        self.id = id
        self.teamID = teamID
        self.memberID = memberID
        self.weekday = weekday
        self.start = start
        self.end = end
        self.place = place
    }
}

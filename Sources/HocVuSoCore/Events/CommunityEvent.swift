import Foundation

/// The kinds of class and event seen in the communes' reports (DOMAIN.md §6).
public enum EventType: String, Sendable, Codable, CaseIterable {
    /// Hands-on class at a village cultural house.
    case villageClass = "village-class"
    /// Training for the community technology teams.
    case teamTraining = "team-training"
    /// Training for officials (e.g. AI for officials).
    case officialTraining = "official-training"
    /// Launch ceremony of the movement.
    case launch
    case conference
    /// "Ngày hội toàn dân học tập số", every 10 October.
    case learningDay = "learning-day"
}

/// A class or event organised by a commune (or in one of its villages).
public struct CommunityEvent: Sendable, Equatable, Codable {
    public var id: UUID
    public var communeCode: String
    public var villageCode: String?
    public var type: EventType
    public var day: CivilDate
    public var place: String
    public var organiser: String
    public var topic: String
    /// People counted at the door, named or not. Named attendance may come on top of it or instead of it.
    public var headCount: Int?

    public init(id: UUID, communeCode: String, villageCode: String? = nil, type: EventType, day: CivilDate,
                place: String, organiser: String, topic: String, headCount: Int? = nil) {
        self.id = id
        self.communeCode = communeCode
        self.villageCode = villageCode
        self.type = type
        self.day = day
        self.place = place
        self.organiser = organiser
        self.topic = topic
        self.headCount = headCount
    }

    public var unitCode: String { villageCode ?? communeCode }

    /// Participants: the head count when it is larger than the named list (some came unnamed), else the named list.
    public static func participants(headCount: Int?, named: Int) -> Int {
        max(headCount ?? 0, named)
    }

    public static let maxHeadCount = 100_000

    public func check(today: CivilDate) throws {
        for (value, code) in [(topic, "event.topic"), (place, "event.place"), (organiser, "event.organiser")] {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else {
                throw DomainError(.invalid, code: code, message: Strings.eventFieldRequired(code))
            }
            guard trimmed.count <= 200 else {
                throw DomainError(.invalid, code: code, message: Strings.fieldTooLong(200))
            }
        }
        guard day >= Movement.startDate else {
            throw DomainError(.invalid, code: "event.date", message: Strings.sessionTimeBeforeMovement)
        }
        guard day <= today.adding(years: 1) else {
            throw DomainError(.invalid, code: "event.date", message: Strings.eventTooFarAhead)
        }
        if let headCount, !(0...Self.maxHeadCount).contains(headCount) {
            throw DomainError(.invalid, code: "event.headCount", message: Strings.eventHeadCountInvalid(Self.maxHeadCount))
        }
    }
}

/// Attendance of one event counted by target group: named residents by their group, the rest unnamed.
public struct AttendanceSummary: Sendable, Equatable {
    public var byGroup: [TargetGroup: Int]
    public var named: Int
    public var headCount: Int?

    public init(byGroup: [TargetGroup: Int], headCount: Int?) {
        self.byGroup = byGroup
        named = byGroup.values.reduce(0, +)
        self.headCount = headCount
    }

    public var participants: Int { CommunityEvent.participants(headCount: headCount, named: named) }
    /// People counted at the door but not named.
    public var unnamed: Int { max(0, (headCount ?? 0) - named) }
}

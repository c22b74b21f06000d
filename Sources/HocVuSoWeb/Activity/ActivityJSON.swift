import Foundation
import HocVuSoCore
import HocVuSoStore

/// JSON shapes of teams, shifts, sessions, visits, events and categories. Add fields, never rename.
struct TeamJSON: Encodable, Sendable {
    struct Member: Encodable, Sendable {
        var id: String
        var fullName: String
        var role: String
        var residentId: String?
        var hasAccount: Bool
        var organisation: String?
        var phone: String?
        var from: String
        var until: String?
        var active: Bool
    }
    struct Shift: Encodable, Sendable {
        var id: String
        var memberId: String
        var weekday: Int
        var start: String
        var end: String
        var place: String
    }
    var id: String
    var communeCode: String
    var villageCode: String?
    var level: String
    var name: String
    var formedOn: String
    var disbandedOn: String?
    var members: [Member]
    var shifts: [Shift]

    init(_ team: Team, roster: TeamStore.Roster, today: CivilDate) {
        id = team.id.uuidString
        communeCode = team.communeCode
        villageCode = team.villageCode
        level = team.level.rawValue
        name = team.name
        formedOn = team.formedOn.iso
        disbandedOn = team.disbandedOn?.iso
        members = roster.members(of: team.id).map {
            Member(id: $0.id.uuidString, fullName: $0.fullName, role: $0.role.rawValue, residentId: $0.residentID?.uuidString,
                   hasAccount: $0.userID != nil, organisation: $0.organisation, phone: $0.phone, from: $0.from.iso,
                   until: $0.until?.iso, active: $0.isActive(on: today))
        }
        shifts = roster.shifts.filter { $0.teamID == team.id }.map {
            Shift(id: $0.id.uuidString, memberId: $0.memberID.uuidString, weekday: $0.weekday.rawValue,
                  start: $0.start.description, end: $0.end.description, place: $0.place)
        }
    }
}

struct SessionJSON: Encodable, Sendable {
    var id: String
    var unitCode: String
    var communeCode: String
    var category: String
    var categoryLabel: String
    var at: String
    var day: String
    var outcome: String
    var place: String
    var residentId: String?
    var residentName: String?
    var ageBand: String?
    var gender: String?
    var memberId: String?
    var memberName: String?
    var teamName: String?
    var visitId: String?
    var note: String?

    init(_ item: SessionListItem, catalog: CategoryCatalog) {
        let s = item.session
        id = s.id.uuidString
        unitCode = s.unitCode
        communeCode = s.communeCode
        category = s.category
        categoryLabel = catalog.label(s.category, commune: s.communeCode)
        at = s.at.formatted(.iso8601)
        day = s.day.iso
        outcome = s.outcome.rawValue
        place = s.place.rawValue
        residentId = s.residentID?.uuidString
        residentName = item.residentName
        ageBand = s.ageBand?.rawValue
        gender = s.gender?.rawValue
        memberId = s.memberID?.uuidString
        memberName = item.memberName
        teamName = item.teamName
        visitId = s.visitID?.uuidString
        note = s.note
    }
}

struct ListJSON<Item: Encodable & Sendable>: Encodable, Sendable {
    var total: Int
    var page: Int
    var per: Int
    var items: [Item]
}

struct EventJSON: Encodable, Sendable {
    var id: String
    var communeCode: String
    var villageCode: String?
    var type: String
    var typeLabel: String
    var date: String
    var place: String
    var organiser: String
    var topic: String
    var headCount: Int?
    var named: Int
    var participants: Int
    var byTargetGroup: [String: Int]?
    var attendees: [Attendee]?

    struct Attendee: Encodable, Sendable {
        var id: String
        var fullName: String
        var targetGroup: String
        var villageCode: String
    }

    init(_ line: EventStore.EventLine) {
        let e = line.event
        id = e.id.uuidString
        communeCode = e.communeCode
        villageCode = e.villageCode
        type = e.type.rawValue
        typeLabel = Strings.eventTypeLabel(e.type)
        date = e.day.iso
        place = e.place
        organiser = e.organiser
        topic = e.topic
        headCount = e.headCount
        named = line.named
        participants = line.participants
    }
}

struct EventRequest: Decodable {
    var id: String?
    var type: String
    var date: String
    var place: String
    var organiser: String
    var topic: String
    var headCount: Int?
    var villageCode: String?
}

struct AttendanceRequest: Decodable {
    var add: [String]?
    var remove: [String]?
    var headCount: Int?
}

struct VisitRequest: Decodable {
    var id: String?
    var householdId: String
    var date: String?
    var status: String?
    var present: [String]?
    var note: String?
}

struct CoverageJSON: Encodable, Sendable {
    struct Village: Encodable, Sendable {
        var code: String
        var name: String
        var households: Int
        var visited: Int
        var notVisited: Int
    }
    var code: String
    var households: Int
    var visited: Int
    var villages: [Village]
}

struct CategoryJSON: Encodable, Sendable {
    var key: String
    var label: String
    var own: Bool
    var active: Bool
}

struct SessionAccountJSON: Encodable, Sendable {
    var username: String
    var displayName: String
    var role: String
    var unitCode: String
    var csrfToken: String
}

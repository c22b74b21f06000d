import Foundation
import HocVuSoCore
import HocVuSoStore

/// A support session formatted for the lists (the session list and a visit's sessions).
struct SessionRow {
    var when: String
    var category: String
    var person: String
    var personDetail: String?
    var unregistered: Bool
    var place: String
    var unit: String
    var member: String?
    var team: String?
    var outcome: String
    var followUp: Bool
    var note: String?

    init(_ item: SessionListItem, catalog: CategoryCatalog, directory: UnitDirectory) {
        let s = item.session
        when = ActivityFormat.dateTime(s.at)
        category = catalog.label(s.category, commune: s.communeCode)
        unregistered = item.residentName == nil
        person = item.residentName ?? Strings.unregistered
        let detail = [s.ageBand.map(Strings.ageBandLabel), s.gender.map(Strings.genderLabel)].compactMap { $0 }
        personDetail = detail.isEmpty ? nil : detail.joined(separator: ", ")
        place = Strings.placeLabel(s.place)
        unit = directory[s.unitCode]?.fullName ?? s.unitCode
        member = item.memberName
        team = item.teamName
        outcome = Strings.outcomeLabel(s.outcome)
        followUp = s.outcome == .followUp
        note = s.note
    }
}

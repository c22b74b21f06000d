import Foundation
import HocVuSoCore
import HocVuSoStore

/// A request formatted for the list and its own page.
struct DataSubjectRequestViewModel {
    var id: String
    var href: String
    var resident: String
    var residentHref: String?
    var kind: String
    var kindKey: String
    var channel: String
    var received: String
    var deadline: String
    var status: String
    var isOpen: Bool
    var overdue: Bool
    var note: String?
    var recordedBy: String
    var handledBy: String?
    var handledAt: String?
    var outcome: String?
    var refused: Bool

    /// `showName`: whether the account may read residents (others see the request without the person).
    init(_ line: DataSubjectRequestStore.Line, unitCode: String, today: CivilDate, showName: Bool) {
        let r = line.request
        id = r.id.uuidString
        href = "/units/\(unitCode)/privacy-requests/\(r.id.uuidString)"
        if let name = line.residentName {
            resident = showName ? name : Strings.privacyResidentHidden
            residentHref = showName ? "/residents/\(r.residentID.uuidString)" : nil
        } else {
            resident = Strings.privacyDeletedResident
            residentHref = nil
        }
        kind = Strings.privacyKindLabel(r.kind)
        kindKey = r.kind.rawValue
        channel = Strings.privacyChannelLabel(r.channel)
        received = ActivityFormat.dateTime(r.receivedAt)
        deadline = VietnameseFormat.date(r.deadline)
        status = Strings.privacyStatusLabel(r.status)
        isOpen = r.isOpen
        overdue = r.isOverdue(today: today)
        note = r.note
        recordedBy = r.recordedBy
        handledBy = r.handledBy
        handledAt = r.handledAt.map(ActivityFormat.dateTime)
        outcome = r.outcome
        refused = r.status == .refused
    }
}

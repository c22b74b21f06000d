import Foundation
import HocVuSoCore
import HocVuSoStore

/// What the team page shows, already formatted.
struct TeamPageModel {
    struct MemberRow {
        var id: String
        var name: String
        var role: String
        var isLeader: Bool
        var organisation: String?
        var phone: String?
        var from: String
        var until: String?
        var username: String?
        var hasAccount: Bool
        var accountRole: String
        var accountScope: String
        var suggestedUsername: String
        var endAction: String
        var accountAction: String
        var endError: String?
        var accountError: String?
        var openEnd: Bool
        var openAccount: Bool
    }

    struct ShiftRow {
        var day: String
        var time: String
        var member: String
        var place: String
        var deleteAction: String
        var error: String?
        var open: Bool
    }

    struct MemberForm {
        var fullName = ""
        var role = TeamRole.member.rawValue
        var organisation = ""
        var phone = ""
        var cccd = ""
        var from = ""
    }

    struct ShiftForm {
        var memberID = ""
        var days: Set<Int> = [1, 2, 3, 4, 5]
        var start = "07:30"
        var end = "11:30"
        var place = Strings.teamDefaultShiftPlace
    }

    var id: String
    var name: String
    var level: String
    var place: String
    var formed: String
    var disbanded: String?
    var nav: [NavLink]
    var teamsHref: String?
    var rosterHref: String
    var members: [MemberRow]
    var hasMembers: Bool
    var former: [MemberRow]
    var shifts: [ShiftRow]
    var hasShifts: Bool
    var canManage: Bool
    var csrf: String
    var today: String
    var roles: [Option]
    var memberForm: MemberForm
    var memberError: String?
    var shiftForm: ShiftForm
    var shiftError: String?
    var memberOptions: [Option]
    var weekdays: [Option]
    var passwordHint: String
}

/// Which form of the team page failed, and what was typed into it.
struct TeamPageState {
    enum Failure {
        case member(String)
        case shift(String)
        case account(UUID, String)
        case end(UUID, String)
        case deleteShift(UUID, String)
    }

    var memberForm = TeamPageModel.MemberForm()
    var shiftForm = TeamPageModel.ShiftForm()
    var username: (member: UUID, text: String)?
    var failure: Failure?

    var isFailure: Bool { failure != nil }
}

/// A username to offer for a member: the folded name with dots, "nguyen.van.duc".
enum UsernameSuggestion {
    static func make(_ fullName: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789")
        let words = VietnameseText.fold(fullName).split(separator: " ").map { $0.filter { allowed.contains($0) } }.filter { !$0.isEmpty }
        return String(words.joined(separator: ".").prefix(40))
    }
}

import HocVuSoCore

/// The unit navigation on the privacy pages: the activity pages the role may open, then the requests' list.
enum PrivacyNav {
    static func links(_ unit: AdminUnit, role: Role, current: Bool) -> [NavLink] {
        let activity = role.may(.readActivity) ? ActivityNav.links(unit, current: nil) : []
        return activity + (link(unit, role: role, current: current).map { [$0] } ?? [])
    }

    /// The link to a unit's data-subject requests, for the roles that may see them.
    static func link(_ unit: AdminUnit, role: Role, current: Bool = false) -> NavLink? {
        guard role.may(.readPrivacyRequests), unit.level != .village else { return nil }
        return NavLink(title: Strings.privacyRequestsTitle, href: "/units/\(unit.code)/privacy-requests", current: current)
    }

    /// The commune a unit belongs to (itself for a commune), where requests are kept.
    static func commune(of unit: AdminUnit, directory: UnitDirectory) -> AdminUnit {
        unit.level == .village ? unit.parentCode.flatMap { directory[$0] } ?? unit : unit
    }
}

import HocVuSoCore

extension TeamMember {
    /// Still on the team on `day`: joined by then and not left (a membership ended on `day` counts as left).
    func isOnTeam(on day: CivilDate) -> Bool {
        from <= day && (until.map { $0 > day } ?? true)
    }
}

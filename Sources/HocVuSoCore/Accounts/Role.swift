/// The roles of DOMAIN.md §2. Every account holds one role over one unit's subtree.
public enum Role: String, Sendable, Codable, CaseIterable {
    case admin
    case department = "department"
    case communeOfficer = "commune-officer"
    case communeLeader = "commune-leader"
    case teamLeader = "team-leader"
    case teamMember = "team-member"
    case viewer
    case auditor

    /// What the role may do inside its unit's subtree.
    public var permissions: Set<Permission> {
        switch self {
        case .admin:
            return Set(Permission.allCases)
        case .department:
            return [.browseUnits, .readResidents, .readResidentIdentity, .manageVillages, .writeResidents,
                    .importResidents, .manageAccounts, .manageTeams, .readActivity, .manageEvents, .manageTargets,
                    .readLearning, .manageLearning, .manageFrameworks, .readReports, .manageReportRequests]
        case .communeOfficer:
            return [.browseUnits, .readResidents, .readResidentIdentity, .manageVillages, .writeResidents,
                    .importResidents, .manageTeams, .recordSessions, .readActivity, .manageEvents, .manageTargets,
                    .readLearning, .manageLearning, .readReports, .prepareReports, .readPrivacyRequests, .handlePrivacyRequests]
        case .communeLeader:
            return [.browseUnits, .readResidents, .readResidentIdentity, .readActivity, .readLearning, .readReports, .approveReports,
                    .readPrivacyRequests, .handlePrivacyRequests]
        case .teamLeader:
            return [.browseUnits, .readResidents, .recordSessions, .readActivity, .manageEvents, .readLearning]
        case .teamMember:
            return [.browseUnits, .readResidents, .recordSessions, .readActivity]
        case .viewer:
            return [.browseUnits]
        case .auditor:
            return [.browseUnits, .readAccessLog, .readPrivacyRequests]
        }
    }

    public func may(_ permission: Permission) -> Bool {
        permissions.contains(permission)
    }

    /// The unit level an account of this role is normally given.
    public var expectedLevels: Set<UnitLevel> {
        switch self {
        case .admin: return [.province, .commune, .village]
        case .department, .auditor: return [.province]
        case .communeOfficer, .communeLeader: return [.commune]
        case .teamLeader, .teamMember: return [.commune, .village]
        case .viewer: return [.province, .commune, .village]
        }
    }
}

/// A thing a role may do. Routes declare the one they need; one middleware checks it with the unit scope.
public enum Permission: String, Sendable, CaseIterable {
    /// See units, their children and counts.
    case browseUnits
    /// See resident lists and details (ID numbers masked).
    case readResidents
    /// See ID numbers unmasked.
    case readResidentIdentity
    /// Create, rename and close villages.
    case manageVillages
    /// Create and edit residents and households.
    case writeResidents
    /// Import resident lists.
    case importResidents
    /// Create accounts below one's unit.
    case manageAccounts
    /// Read the personal-data access log.
    case readAccessLog
    /// Form teams, add and remove members, plan the duty roster, keep the commune's support categories.
    case manageTeams
    /// Record support sessions and household visits.
    case recordSessions
    /// See teams, rosters, sessions, visits and events, and export them.
    case readActivity
    /// Create events and keep their attendance.
    case manageEvents
    /// Record the unit's plans and targets.
    case manageTargets
    /// See learning records, assessment attempts and certificates.
    case readLearning
    /// Import learning records, resolve the review queue, make assessment links, revoke certificates.
    case manageLearning
    /// Keep the course catalogue and edit and publish versions of the skills framework.
    case manageFrameworks
    /// See report requests and reports, and their history.
    case readReports
    /// Draft, edit, submit and send the commune's reports.
    case prepareReports
    /// Approve (and so number) the commune's reports.
    case approveReports
    /// Ask communes for reports; accept or return what they send; consolidate.
    case manageReportRequests
    /// See the data-subject requests of a commune, their status and deadlines (not the data they are about).
    case readPrivacyRequests
    /// Record data-subject requests and fulfil them: show and copy a resident's data, correct, restrict, delete.
    /// Also sees residents whose processing is restricted.
    case handlePrivacyRequests
}

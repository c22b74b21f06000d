import Foundation

/// Everything the store holds about one resident: what a "view" request shows and a "copy" request hands over.
public struct PersonalDataDossier: Sendable, Equatable {
    public struct HouseholdMember: Sendable, Equatable {
        public var fullName: String
        public var relation: String?
        public var isHead: Bool

        public init(fullName: String, relation: String?, isHead: Bool) {
            self.fullName = fullName
            self.relation = relation
            self.isHead = isHead
        }
    }

    public struct Household: Sendable, Equatable {
        public var number: String?
        public var address: String?
        /// The other members, by name and relation only (their own data is theirs).
        public var members: [HouseholdMember]

        public init(number: String?, address: String?, members: [HouseholdMember]) {
            self.number = number
            self.address = address
            self.members = members
        }
    }

    public struct LearningLine: Sendable, Equatable {
        public var course: String
        public var platform: String
        public var completed: Bool
        public var enrolledOn: CivilDate
        public var completedOn: CivilDate?
        public var score: Double?

        public init(course: String, platform: String, completed: Bool, enrolledOn: CivilDate, completedOn: CivilDate?, score: Double?) {
            self.course = course
            self.platform = platform
            self.completed = completed
            self.enrolledOn = enrolledOn
            self.completedOn = completedOn
            self.score = score
        }
    }

    public struct CertificateLine: Sendable, Equatable {
        public var code: String
        public var framework: String
        public var score: Int
        public var issuedOn: CivilDate
        public var revoked: Bool

        public init(code: String, framework: String, score: Int, issuedOn: CivilDate, revoked: Bool) {
            self.code = code
            self.framework = framework
            self.score = score
            self.issuedOn = issuedOn
            self.revoked = revoked
        }
    }

    public struct AssessmentLine: Sendable, Equatable {
        public var startedAt: String
        public var mode: String
        public var correct: Int?
        public var total: Int?
        public var passed: Bool?

        public init(startedAt: String, mode: String, correct: Int?, total: Int?, passed: Bool?) {
            self.startedAt = startedAt
            self.mode = mode
            self.correct = correct
            self.total = total
            self.passed = passed
        }
    }

    public struct SessionLine: Sendable, Equatable {
        public var at: Date
        public var category: String
        public var place: String
        public var outcome: String
        public var note: String?

        public init(at: Date, category: String, place: String, outcome: String, note: String?) {
            self.at = at
            self.category = category
            self.place = place
            self.outcome = outcome
            self.note = note
        }
    }

    public struct VisitLine: Sendable, Equatable {
        public var day: CivilDate
        public var status: String
        public var present: Bool

        public init(day: CivilDate, status: String, present: Bool) {
            self.day = day
            self.status = status
            self.present = present
        }
    }

    public struct EventLine: Sendable, Equatable {
        public var day: CivilDate
        public var topic: String
        public var place: String

        public init(day: CivilDate, topic: String, place: String) {
            self.day = day
            self.topic = topic
            self.place = place
        }
    }

    public struct AccessLine: Sendable, Equatable {
        public var at: String
        public var username: String
        public var action: String
        public var detail: String?

        public init(at: String, username: String, action: String, detail: String?) {
            self.at = at
            self.username = username
            self.action = action
            self.detail = detail
        }
    }

    public var resident: Resident
    public var restricted: Bool
    public var household: Household?
    public var learning: [LearningLine]
    public var certificates: [CertificateLine]
    public var assessments: [AssessmentLine]
    public var sessions: [SessionLine]
    public var visits: [VisitLine]
    public var events: [EventLine]
    public var accessLog: [AccessLine]

    public init(resident: Resident, restricted: Bool, household: Household?, learning: [LearningLine],
                certificates: [CertificateLine], assessments: [AssessmentLine], sessions: [SessionLine], visits: [VisitLine],
                events: [EventLine], accessLog: [AccessLine]) {
        self.resident = resident
        self.restricted = restricted
        self.household = household
        self.learning = learning
        self.certificates = certificates
        self.assessments = assessments
        self.sessions = sessions
        self.visits = visits
        self.events = events
        self.accessLog = accessLog
    }
}

import Foundation

/// Checks one session draft against everything known without the database: the unit and the account's scope,
/// the commune's categories, the time window, the fields' shapes. (Whether the resident lives in the commune is
/// checked by the store, in the transaction that writes the session.)
public struct SessionRules: Sendable {
    public let directory: UnitDirectory
    public let categories: CategoryCatalog
    /// The root of the recording account's scope (nil for an admin: everywhere).
    public let scope: String?
    public let recordedBy: UUID?
    /// The team member the account is; used when the draft names none.
    public let member: UUID?
    public let now: Date

    public init(directory: UnitDirectory, categories: CategoryCatalog, scope: String?, recordedBy: UUID?,
                member: UUID?, now: Date) {
        self.directory = directory
        self.categories = categories
        self.scope = scope
        self.recordedBy = recordedBy
        self.member = member
        self.now = now
    }

    public static let maxNoteLength = 500
    /// The most sessions one batch request may carry.
    public static let maxBatchItems = 500

    public func check(_ draft: SessionDraft) -> Result<SupportSession, RecordOutcome> {
        let reported = draft.id ?? ""
        func reject(_ reason: String) -> Result<SupportSession, RecordOutcome> {
            .failure(RecordOutcome(id: reported, status: .rejected, reason: reason))
        }
        guard let text = draft.id, let id = UUID(uuidString: text) else { return reject(Strings.sessionIDInvalid) }
        guard let code = draft.unitCode, let unit = directory[code], unit.level != .province else {
            return reject(Strings.sessionUnitUnknown(draft.unitCode ?? ""))
        }
        if let scope, !directory.contains(unit.code, under: scope) {
            return reject(Strings.sessionUnitOutsideScope(unit.fullName))
        }
        guard let commune = unit.communeCode.flatMap({ directory[$0] }) else {
            return reject(Strings.sessionUnitUnknown(code))
        }
        let provinceCode = unit.provinceCode
        guard let key = draft.category, let category = categories.category(key, commune: commune.code), category.active else {
            return reject(Strings.sessionCategoryUnknown(draft.category ?? ""))
        }
        guard let atText = draft.at, let at = Self.parseInstant(atText) else {
            return reject(Strings.sessionTimeInvalid(draft.at ?? ""))
        }
        if at.timeIntervalSince(now) > Movement.clockSkew {
            return reject(Strings.sessionTimeInFuture)
        }
        if CivilDate(at) < Movement.startDate {
            return reject(Strings.sessionTimeBeforeMovement)
        }
        guard let outcome = SupportOutcome(rawValue: draft.outcome ?? "") else {
            return reject(Strings.sessionOutcomeInvalid)
        }
        let place: SupportPlace
        if let text = draft.place {
            guard let parsed = SupportPlace(rawValue: text) else { return reject(Strings.sessionPlaceInvalid) }
            place = parsed
        } else {
            place = unit.level == .commune ? .centre : .home
        }
        var residentID: UUID?
        if let text = draft.residentId, !text.isEmpty {
            guard let parsed = UUID(uuidString: text) else { return reject(Strings.sessionResidentInvalid) }
            residentID = parsed
        }
        var ageBand: AgeBand?
        if let text = draft.ageBand, !text.isEmpty {
            guard let parsed = AgeBand(rawValue: text) else { return reject(Strings.sessionAgeBandInvalid) }
            ageBand = parsed
        }
        var gender: Gender?
        if let text = draft.gender, !text.isEmpty {
            guard let parsed = Gender(rawValue: text) else { return reject(Strings.residentGenderInvalid) }
            gender = parsed
        }
        let note = draft.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let note, note.count > Self.maxNoteLength {
            return reject(Strings.fieldTooLong(Self.maxNoteLength))
        }
        var memberID = member
        if let text = draft.memberId, !text.isEmpty {
            guard let parsed = UUID(uuidString: text) else { return reject(Strings.sessionMemberInvalid) }
            memberID = parsed
        }
        var visitID: UUID?
        if let text = draft.visitId, !text.isEmpty {
            guard let parsed = UUID(uuidString: text) else { return reject(Strings.sessionVisitInvalid) }
            visitID = parsed
        }
        return .success(SupportSession(
            id: id, provinceCode: provinceCode, communeCode: commune.code, unitCode: unit.code, category: category.key,
            at: at, memberID: memberID, recordedBy: recordedBy, residentID: residentID,
            ageBand: residentID == nil ? ageBand : nil, gender: residentID == nil ? gender : nil,
            place: place, outcome: outcome, note: note?.isEmpty == true ? nil : note, visitID: visitID))
    }

    /// ISO-8601 with or without fractional seconds, with a zone ("Z" or "+07:00").
    public static func parseInstant(_ text: String) -> Date? {
        InstantText.parse(text)
    }
}

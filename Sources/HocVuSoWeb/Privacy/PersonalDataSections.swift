import Foundation
import HocVuSoCore
import HocVuSoOffice

/// A resident's dossier as titled tables of Vietnamese text: the same content for the page, the XLSX and the JSON.
struct PersonalDataSections {
    struct Section: Encodable {
        var title: String
        var columns: [String]
        var rows: [[String]]
    }

    var sections: [Section]

    init(_ d: PersonalDataDossier, directory: UnitDirectory, catalog: CategoryCatalog) {
        let r = d.resident
        let record: [[String]] = [
            [Strings.residentFieldLabel("fullName"), r.fullName],
            [Strings.residentFieldLabel("birthDate"), VietnameseFormat.date(r.birthDate)],
            [Strings.residentFieldLabel("gender"), Strings.genderLabel(r.gender)],
            [Strings.residentFieldLabel("cccd"), r.cccd ?? ""],
            [Strings.residentFieldLabel("phone"), r.phone ?? ""],
            [Strings.residentFieldLabel("villageCode"), directory[r.villageCode]?.fullName ?? r.villageCode],
            [Strings.residentFieldLabel("relationToHead"), r.relationToHead ?? ""],
            [Strings.residentFieldLabel("targetGroup"), Strings.targetGroupLabel(r.targetGroup)],
            [Strings.residentFieldLabel("organisation"), r.organisation ?? ""],
            [Strings.residentFieldLabel("smartphone"), Strings.smartphoneLabel(r.smartphone)],
            [Strings.residentFieldLabel("vneidLevel"), Strings.vneidLabel(r.vneidLevel)],
            [Strings.residentFieldLabel("skilled"), Strings.skilledLabel(r.hasBasicDigitalSkills)],
            [Strings.residentFieldLabel("notes"), r.notes ?? ""],
            [Strings.privacyRestrictedField, d.restricted ? Strings.privacyYes : Strings.privacyNo],
        ]
        var household: [[String]] = []
        if let h = d.household {
            household.append([Strings.privacyHouseholdNumber, h.number ?? "", ""])
            household.append([Strings.privacyHouseholdAddress, h.address ?? "", ""])
            household += h.members.map { [$0.fullName, $0.relation ?? "", $0.isHead ? Strings.privacyYes : ""] }
        }
        sections = [
            Section(title: Strings.privacySheetRecord, columns: Strings.privacyFieldHeader, rows: record),
            Section(title: Strings.privacySheetHousehold, columns: Strings.privacyHouseholdHeader, rows: household),
            Section(title: Strings.privacySheetLearning, columns: Strings.privacyLearningHeader, rows: d.learning.map {
                [$0.course, $0.platform, $0.completed ? Strings.privacyLearningCompleted : Strings.privacyLearningEnrolled,
                 VietnameseFormat.date($0.enrolledOn), $0.completedOn.map(VietnameseFormat.date) ?? "",
                 $0.score.map { VietnameseFormat.decimal($0, trimmingZeros: true) } ?? ""]
            }),
            Section(title: Strings.privacySheetCertificates, columns: Strings.privacyCertificateHeader, rows: d.certificates.map {
                [$0.code, $0.framework, String($0.score), VietnameseFormat.date($0.issuedOn),
                 $0.revoked ? Strings.privacyCertificateRevoked : Strings.privacyCertificateValid]
            }),
            Section(title: Strings.privacySheetAssessments, columns: Strings.privacyAssessmentHeader, rows: d.assessments.map {
                [$0.startedAt, $0.mode == AssessmentMode.assisted.rawValue ? Strings.privacyModeAssisted : Strings.privacyModeSelf,
                 $0.correct.map(String.init) ?? "", $0.total.map(String.init) ?? "",
                 $0.passed.map { $0 ? Strings.privacyPassed : Strings.privacyNotPassed } ?? ""]
            }),
            Section(title: Strings.privacySheetSessions, columns: Strings.privacySessionHeader, rows: d.sessions.map {
                [ActivityFormat.dateTime($0.at), catalog.label($0.category, commune: Self.commune(r.villageCode, directory)),
                 SupportPlace(rawValue: $0.place).map(Strings.placeLabel) ?? $0.place,
                 SupportOutcome(rawValue: $0.outcome).map(Strings.outcomeLabel) ?? $0.outcome, $0.note ?? ""]
            }),
            Section(title: Strings.privacySheetVisits, columns: Strings.privacyVisitHeader, rows: d.visits.map {
                [VietnameseFormat.date($0.day), VisitStatus(rawValue: $0.status).map(Strings.visitStatusLabel) ?? $0.status,
                 $0.present ? Strings.privacyYes : Strings.privacyNo]
            }),
            Section(title: Strings.privacySheetEvents, columns: Strings.privacyEventHeader, rows: d.events.map {
                [VietnameseFormat.date($0.day), $0.topic, $0.place]
            }),
            Section(title: Strings.privacySheetAccess, columns: Strings.privacyAccessHeader, rows: d.accessLog.map {
                [$0.at, $0.username, Strings.privacyAccessActionLabel($0.action), $0.detail ?? ""]
            }),
        ]
    }

    static func commune(_ village: String, _ directory: UnitDirectory) -> String {
        directory[village]?.parentCode ?? village
    }

    /// One sheet per section, every cell as text (ID numbers and phones keep their leading zeros).
    func xlsx() throws -> Data {
        try XLSXWriter.write(sections.map { section in
            XLSXSheet(name: section.title, header: section.columns, rows: section.rows.map { $0.map(CellValue.text) })
        })
    }

    func json(generatedAt: String) throws -> Data {
        struct File: Encodable {
            var title: String
            var generatedAt: String
            var sections: [Section]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(File(title: Strings.privacyDataTitle, generatedAt: generatedAt, sections: sections))
    }
}

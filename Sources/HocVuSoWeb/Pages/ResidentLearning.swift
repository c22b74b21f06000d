import Foundation
import HocVuSoCore
import HocVuSoStore

/// A resident's online courses and certificates, for the resident's page.
enum ResidentLearning {
    struct Course {
        var title: String
        var status: String
        var enrolled: String
        var completed: String?
    }

    struct Certificate {
        var code: String
        var issued: String
        var status: String
        var href: String
    }

    static func province(of resident: Resident, services: AppServices) -> String? {
        services.store.directory.path(to: resident.villageCode).first { $0.level == .province }?.code
    }

    static func courses(of resident: Resident, services: AppServices) async throws -> [Course] {
        guard let province = province(of: resident, services: services) else { return [] }
        let records = try await services.store.learning.progress(resident: resident.id, provinceCode: province)
        guard !records.isEmpty else { return [] }
        let titles = Dictionary(try await services.store.courses.all().map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        return records.map { record in
            Course(title: titles[record.course] ?? "", status: record.progress.status == .completed
                        ? Strings.learningStatusCompleted : Strings.learningStatusEnrolled,
                   enrolled: VietnameseFormat.date(record.progress.enrolledOn),
                   completed: record.progress.completedOn.map(VietnameseFormat.date))
        }
    }

    static func certificates(of resident: Resident, services: AppServices) async throws -> [Certificate] {
        guard let province = province(of: resident, services: services) else { return [] }
        return try await services.store.certificates.certificates(resident: resident.id, provinceCode: province).map {
            Certificate(code: $0.code, issued: VietnameseFormat.date($0.issuedOn),
                        status: $0.isValid ? Strings.certificateValid : Strings.certificateRevokedLabel,
                        href: "/units/\($0.communeCode)/certificates/\($0.code)")
        }
    }
}

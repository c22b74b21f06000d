import Foundation
import HocVuSoCore

/// The courses a fresh installation knows (Resources/default-courses.json).
enum DefaultCourses {
    private struct File: Decodable {
        struct Entry: Decodable {
            var platform: String
            var key: String
            var title: String
            var basicFor: [TargetGroup]
            var domains: [String]
        }
        var courses: [Entry]
    }

    static let all: [Course] = {
        guard let url = Bundle.module.url(forResource: "default-courses", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url), let file = try? JSONDecoder().decode(File.self, from: data) else {
            return []
        }
        // Stable ids, so two installations seeded apart name the same course the same way.
        return file.courses.enumerated().map { index, entry in
            Course(id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index + 1))!,
                   platform: entry.platform, key: entry.key, title: entry.title,
                   basicFor: Set(entry.basicFor), domains: Set(entry.domains))
        }
    }()
}

import Foundation
import HocVuSoCore

/// The digital-skills framework that ships with hocvuso (Resources/skills-framework.json; sources and choices in
/// Resources/skills-framework.md).
public enum DefaultFramework {
    public static func load() throws -> SkillsFramework {
        guard let url = Bundle.module.url(forResource: "skills-framework", withExtension: "json", subdirectory: "Resources") else {
            throw StoreError.unexpectedRow("skills-framework.json is missing from the build")
        }
        return try SkillsFramework.decode(try Data(contentsOf: url))
    }
}

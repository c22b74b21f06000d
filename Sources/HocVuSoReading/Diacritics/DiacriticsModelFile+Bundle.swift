import Foundation
import HocVuSoCore

extension DiacriticsModelFile {
    /// The name of the model file in the module's resources.
    public static let resourceName = "diacritics-model"

    /// Where the shipped model is (Resources/diacritics-model.txt), if the program was installed with it.
    public static var bundledURL: URL? {
        Bundle.module.url(forResource: resourceName, withExtension: "txt", subdirectory: "Resources")
    }

    /// The model shipped with the program.
    public static func bundled() throws -> DiacriticsModel {
        guard let url = bundledURL, let data = FileManager.default.contents(atPath: url.path) else {
            throw DomainError(.notFound, code: "diacritics.model-missing", message: ReadingStrings.Diacritics.modelMissing)
        }
        return try deserialize(data)
    }
}

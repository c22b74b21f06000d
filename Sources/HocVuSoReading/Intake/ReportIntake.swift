import Foundation
import HocVuSoCore

/// From a received file to a proposal: the text (read, scanned or recognised), a check that it is Vietnamese, and
/// what the report says (`ReportReader`).
public struct ReportIntake: Sendable {
    public struct Result: Sendable {
        public var acquired: AcquiredText
        public var reading: ReportReading
    }

    public let reader: ReportReader
    public var acquisition = TextAcquisition()

    public init(directory: UnitDirectory) {
        reader = ReportReader(directory: directory)
    }

    /// Throws a Vietnamese `DomainError` for an empty, unreadable or foreign-language file.
    public func read(_ data: Data, name: String, provinceCode: String?, unitCode: String?,
                     progress: @Sendable (Int, Int) async -> Void = { _, _ in }) async throws -> Result {
        let acquired = try await acquisition.read(data, name: name, progress: progress)
        guard LanguageCheck.isVietnamese(acquired.text) else {
            throw DomainError(.invalid, code: "reading.language", message: Strings.ReceivedFile.otherLanguage)
        }
        let reading = reader.read(acquired.text, provinceCode: provinceCode, unitCode: unitCode)
        return Result(acquired: acquired, reading: reading)
    }
}

import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoReading
import HocVuSoStore

/// `hocvuso read-report FILE [--unit CODE] [--json]`: what a received report says, with the sentences it came from.
struct ReadReport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read-report",
        abstract: "Read a received commune report (text, DOCX, PDF, scan or photo) and print what it states.")

    @Argument(help: "The received file.") var file: String
    @Option(help: "The commune that sent it, when known (official code).") var unit: String?
    @Option(help: "The department's province (official code): communes there are preferred.") var province: String?
    @Flag(help: "Print JSON (the shape in ARCHITECTURE.md).") var json = false

    func run() async throws {
        do {
            let data = try Self.contents(file)
            let directory = UnitDirectory(try UnitStore.officialUnits())
            if let unit, directory[unit]?.level != .commune {
                throw DomainError(.invalid, code: "reading.unit", message: Strings.receivedCommuneUnknown(unit))
            }
            let result = try await ReportIntake(directory: directory)
                .read(data, name: URL(fileURLWithPath: file).lastPathComponent, provinceCode: province, unitCode: unit)
            if json {
                print(try ReadReportJSON(result).encoded())
            } else {
                print(ReadReportText(result, directory: directory).text)
            }
        } catch let error as DomainError {
            FileHandle.standardError.write(Data("\(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }

    static func contents(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DomainError(.notFound, code: "file.notFound", message: Strings.Office.fileNotFound(path))
        }
        return data
    }
}

/// `hocvuso restore-diacritics FILE`: the text with its diacritics restored, line for line.
struct RestoreDiacritics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore-diacritics",
        abstract: "Print a text that lost its Vietnamese diacritics with them restored, line for line.")

    @Argument(help: "A text file (or any file read-report reads).") var file: String
    @Flag(help: "Mark the words the model is unsure of as [word?].") var markUnsure = false

    func run() async throws {
        do {
            let data = try ReadReport.contents(file)
            let text = try await TextAcquisition().read(data, name: URL(fileURLWithPath: file).lastPathComponent).text
            let restored = try DiacriticsRestorer().restore(text)
            for line in restored.lines {
                print(line.pieces.map { markUnsure && $0.unsure ? "[\($0.restored)?]" : $0.restored }.joined())
            }
        } catch let error as DomainError {
            FileHandle.standardError.write(Data("\(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}

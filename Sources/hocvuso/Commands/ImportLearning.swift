import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb

/// `hocvuso import learning FILE --platform P --unit CODE`: a learning platform's spreadsheet, matched to residents.
struct ImportLearning: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learning",
        abstract: "Import a learning platform's enrolments/completions (CSV or XLSX): match rows to residents, queue the rest for review.")
    @OptionGroup var store: StoreOptions
    @Argument(help: "The CSV or XLSX file.") var file: String
    @Option(help: "The platform the file comes from, e.g. binhdanhocvuso.gov.vn (its saved column mapping is used).") var platform: String
    @Option(help: "The commune or province code whose residents the rows are matched against.") var unit: String
    @Flag(name: .customLong("dry-run"), help: "Read and check every row, but store nothing.") var dryRun = false

    func run() async throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw ValidationError("cannot read \(file): \(error.localizedDescription)")
        }
        let opened = try await store.open(commandLogger())
        guard let target = opened.directory[unit] else {
            await opened.close()
            throw ValidationError(Strings.unitNotFound(unit))
        }
        let started = Date()
        do {
            let summary = try await LearningImport(store: opened, clock: SystemWallClock())
                .run(data: data, filename: file, platform: platform, unit: target, dryRun: dryRun, actor: .commandLine("import"),
                     progress: ProgressLine.reporter(label: "rows"))
            ProgressLine.finish()
            let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
            print(dryRun ? "dry run: \(summary.rows) rows valid; nothing stored"
                         : "\(summary.rows) rows in \(seconds) s: \(summary.created) new, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.queued) waiting for review, \(summary.newlySkilled) newly skilled")
            await opened.close()
        } catch let error as DomainError {
            ProgressLine.finish()
            await opened.close()
            FileHandle.standardError.write(Data("\(error.message)\n".utf8))
            for problem in error.details.prefix(50) {
                let line = Strings.problemLine(row: problem.row, column: problem.column, value: problem.value, reason: problem.reason) + "\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            throw ExitCode(2)
        }
    }
}

/// A progress line on standard error, rewritten in place.
enum ProgressLine {
    static func reporter(label: String) -> @Sendable (Int) async -> Void {
        { done in FileHandle.standardError.write(Data("\r\(done) \(label)…".utf8)) }
    }

    static func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}

import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Import data files.", subcommands: [Residents.self, ImportLearning.self])

    struct Residents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import residents from a CSV or XLSX file: all rows, or none.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The CSV or XLSX file.") var file: String
        @Option(help: "The commune or village code to import into.") var unit: String
        @Flag(name: .customLong("dry-run"), help: "Check every row and report, but store nothing.") var dryRun = false
        @Option(help: "The sheet to import (name or 0-based index), for workbooks with several lists.") var sheet: String?

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
                let result = try await ResidentImport(store: opened, clock: SystemWallClock())
                    .run(data: data, filename: file, sheet: sheet, unit: target, dryRun: dryRun, actor: .commandLine("import"))
                let seconds = Date().timeIntervalSince(started)
                print(dryRun ? "dry run: \(result.residents) rows valid, \(result.households) households; nothing stored"
                             : "imported \(result.residents) residents in \(result.households) households in \(String(format: "%.2f", seconds)) s")
                await opened.close()
            } catch let error as DomainError {
                await opened.close()
                FileHandle.standardError.write(Data("\(error.message)\n".utf8))
                for problem in error.details {
                    let line = Strings.problemLine(row: problem.row, column: problem.column, value: problem.value, reason: problem.reason) + "\n"
                    FileHandle.standardError.write(Data(line.utf8))
                }
                throw ExitCode(2)
            }
        }
    }
}

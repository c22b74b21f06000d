import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb

struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write reports as DOCX files.", subcommands: [Commune.self])

    /// `hocvuso report commune --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.docx`
    struct Commune: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A commune's report on the movement for a period, drafted from the data, in the NĐ 30/2020 layout.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The commune code.") var unit: String
        @Option(help: "First day of the period (YYYY-MM-DD).") var from: String
        @Option(help: "Last day of the period (YYYY-MM-DD).") var to: String
        @Option(help: "The DOCX file to write.") var out: String

        func run() async throws {
            guard let start = CivilDate(iso: from) else { throw ValidationError("--from is not a date YYYY-MM-DD: \(from)") }
            guard let end = CivilDate(iso: to) else { throw ValidationError("--to is not a date YYYY-MM-DD: \(to)") }
            let opened = try await store.open(commandLogger())
            do {
                var configuration = AppConfiguration(database: .dataDirectory("."))
                configuration.clock = SystemWallClock()
                let services = AppServices(store: opened, configuration: configuration, templates: try await Templates.load())
                let started = Date()
                let data = try await ReportExport(services: services).communeDocx(communeCode: unit, from: start, to: end)
                try data.write(to: URL(fileURLWithPath: out))
                print("wrote \(out) (\(data.count / 1024) KB) in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
                await opened.close()
            } catch let error as DomainError {
                await opened.close()
                FileHandle.standardError.write(Data("\(error.message)\n".utf8))
                throw ExitCode(2)
            } catch {
                await opened.close()
                throw error
            }
        }
    }
}

import ArgumentParser
import HocVuSoStore

struct Rollups: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the live counters.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Recompute every counter from the raw rows and list differences.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let opened = try await store.open(commandLogger())
            let differences = try await opened.rollups.verify()
            await opened.close()
            for difference in differences { print(difference) }
            guard differences.isEmpty else {
                print("\(differences.count) counter(s) differ from the raw rows")
                throw ExitCode(1)
            }
            print("rollups verified: all counters match the raw rows")
        }
    }
}

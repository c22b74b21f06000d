import ArgumentParser
import HocVuSoStore

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the personal-data access log.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the access log's hash chain and report the first edited or deleted entry.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let opened = try await store.open(commandLogger())
            let result: AccessLogVerification
            do {
                result = try await opened.accessLog.verify()
            } catch {
                await opened.close()
                throw error
            }
            await opened.close()
            print(result)
            guard result.isIntact else { throw ExitCode(1) }
        }
    }
}

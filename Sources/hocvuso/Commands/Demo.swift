import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoStore
import HocVuSoWeb

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Generate demo data deterministically (seeded).")

    enum Scale: String, ExpressibleByArgument {
        case commune
        case province
    }

    @OptionGroup var store: StoreOptions
    @Option(help: "commune: the four seed communes; province: all 114 communes of Hải Phòng (~4.6 M residents).")
    var scale: Scale = .commune
    @Option(help: "Random seed; the same seed gives the same data.") var seed: UInt64 = 2025
    @Option(help: "Only the first N communes (province scale; for benchmarks).") var communes: Int?

    func run() async throws {
        let logger = commandLogger()
        let opened = try await store.open(logger)
        var communes: [DemoCommunePlan]
        switch scale {
        case .commune: communes = DemoCommunes.seeds
        case .province: communes = DemoCommunes.provinceScale()?.communes ?? []
        }
        if let limit = self.communes { communes = Array(communes.prefix(max(1, limit))) }
        let seeder = DemoSeeder(store: opened, seed: seed, today: CivilDate(Date()))
        if try await seeder.alreadyLoaded(communes) {
            print("demo data is already loaded in this store; nothing to do")
            await opened.close()
            return
        }
        let started = Date()
        let total = communes.count
        let done = try await seeder.load(communes) { progress in
            let seconds = Date().timeIntervalSince(started)
            print("[\(progress.communes)/\(total)] \(progress.residents) residents, \(Int(Double(progress.residents) / max(seconds, 0.001))) rows/s")
        }
        try await DemoPlans.load(into: opened)
        try await DemoLoader(store: opened, logger: logger, state: DemoLoadState()).loadPapers()
        let seconds = Date().timeIntervalSince(started)
        print("generated \(done.residents) residents in \(done.villages) villages of \(done.communes) communes, \(done.sessions) support sessions, \(done.events) events, \(done.learningRecords) learning records and \(done.certificates) certificates in \(String(format: "%.1f", seconds)) s (\(Int(Double(done.residents) / max(seconds, 0.001))) residents/s)")
        print("peak memory: \(PeakMemory.megabytes()) MB")
        await opened.close()
    }
}

/// Peak resident memory of this process, from /proc/self/status (VmHWM).
enum PeakMemory {
    static func megabytes() -> Int { field("VmHWM:") }

    /// Resident memory now (VmRSS), in MB.
    static func residentMegabytes() -> Int { field("VmRSS:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name) }),
              let kb = Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" })[1]) else { return -1 }
        return kb / 1024
    }
}

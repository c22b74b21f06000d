import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoOffice
import HocVuSoStore
import HocVuSoWeb

/// Imports a generated completions file (as a provincial platform sends it) into a store holding the three Hải Phòng
/// seed communes, matching every row at province scope, and `.import`s the same CSV with the sqlite3 CLI in the same
/// run. A second import of the same file shows the cost of an idempotent re-import.
struct BenchLearning: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "learning",
                                                    abstract: "Learning-records import (with matching) against sqlite3 .import.")
    @Option(help: "Rows in the completions file.") var rows = 200_000
    @Option(help: "Write the figures as JSON to this file.") var json: String?

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hocvuso-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let today = CivilDate(year: 2026, month: 11, day: 1)!
        let communes = [DemoCommunes.chiMinh, DemoCommunes.phuThai, DemoCommunes.thuongHong]
        let store = try await Store.open(.dataDirectory(folder.appendingPathComponent("store").path), logger: commandLogger())
        do {
            try await measure(store, folder: folder, today: today, communes: communes)
        } catch {
            await store.close()
            throw error
        }
    }

    func measure(_ store: Store, folder: URL, today: CivilDate, communes: [DemoCommunePlan]) async throws {
        let loaded = try await DemoSeeder(store: store, seed: 7, today: today, activity: false).load(communes)
        print("store: \(loaded.residents) residents in \(communes.count) communes")

        let csvURL = folder.appendingPathComponent("completions.csv")
        try Self.writeCSV(rows: rows, communes: communes, seed: 7, today: today, to: csvURL)
        let size = (try? FileManager.default.attributesOfItem(atPath: csvURL.path)[.size] as? Int) ?? 0
        print("generated \(rows) rows, \(size / 1_000_000) MB")
        guard let province = store.directory["31"] else { throw ValidationError("province 31 is missing") }
        let data = try Data(contentsOf: csvURL)
        let importer = LearningImport(store: store, clock: SystemWallClock())

        var started = Date()
        let prepared = try await importer.prepare(data: data, filename: "completions.csv", platform: "binhdanhocvuso.gov.vn")
        let readRows = try importer.read(prepared)
        let readSeconds = Date().timeIntervalSince(started)
        print("read and checked \(readRows.count) rows in \(String(format: "%.2f", readSeconds)) s")
        started = Date()
        let first = try await importer.run(data: data, filename: "completions.csv", platform: "binhdanhocvuso.gov.vn",
                                           unit: province, dryRun: false, actor: .commandLine("bench"),
                                           progress: ProgressLine.reporter(label: "rows"))
        ProgressLine.finish()
        let firstSeconds = Date().timeIntervalSince(started)
        print("first import: \(first.created) new, \(first.queued) for review, \(first.newlySkilled) newly skilled")
        started = Date()
        let again = try await importer.run(data: data, filename: "completions.csv", platform: "binhdanhocvuso.gov.vn",
                                           unit: province, dryRun: false, actor: .commandLine("bench"))
        let againSeconds = Date().timeIntervalSince(started)
        print("re-import: \(again.created) new, \(again.updated) updated, \(again.unchanged) unchanged")
        let differences = try await store.rollups.verify()
        await store.close()
        guard again.created == 0, again.updated == 0, differences.isEmpty else {
            throw ValidationError("re-import changed data or the counters disagree: \(differences.prefix(5))")
        }
        let baseline = try BenchImport.sqliteImport(csv: csvURL, database: folder.appendingPathComponent("baseline.sqlite"))
        try report([
            BenchFigure(name: "learning import \(rows) rows (matching)", value: firstSeconds, unit: "s", baseline: baseline,
                        baselineName: "sqlite3 .import"),
            BenchFigure(name: "learning re-import (no change)", value: againSeconds, unit: "s", baseline: baseline,
                        baselineName: "sqlite3 .import"),
            BenchFigure(name: "learning import rows per second", value: Double(rows) / firstSeconds, unit: "rows/s"),
            BenchFigure(name: "of which reading and checking the file", value: readSeconds, unit: "s"),
        ], json: json)
    }

    static let courses = [("course-v1:MOET+KNS-ND+2026-1", "Kỹ năng số cơ bản cho người dân"),
                          ("course-v1:MOET+ATM+2026-1", "An toàn trên không gian mạng và phòng chống lừa đảo trực tuyến"),
                          ("course-v1:MOET+DVC+2026-1", "Dịch vụ công trực tuyến, VNeID và thanh toán không dùng tiền mặt"),
                          ("hp-ai-01", "Trí tuệ nhân tạo trong đời sống")]

    /// A provincial platform's export: Vietnamese headers, dd/mm/yyyy dates; most rows carry the ID number, some
    /// only name and birth date, a few name someone the registry does not know.
    static func writeCSV(rows: Int, communes: [DemoCommunePlan], seed: UInt64, today: CivilDate, to url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = "STT,Họ và tên,Ngày sinh,Số CCCD,Mã khóa học,Tên khóa học,Ngày đăng ký,Trạng thái,Ngày hoàn thành,Điểm\n"
        let generator = DemoGenerator(seed: seed)
        var written = 0
        outer: while written < rows {
            for commune in communes {
                for village in commune.villages() {
                    var people: [Resident] = []
                    generator.households(in: village, today: today) { _, members in people += members }
                    for person in people where person.birthDate.years(until: today) >= 15 {
                        let courseCount = 1 + written % 3
                        for c in 0..<courseCount {
                            guard written < rows else { break outer }
                            written += 1
                            let (key, title) = courses[(written + c) % courses.count]
                            let noise = written % 20 == 0
                            let name = noise ? person.fullName + " Anh" : person.fullName
                            let cccd = written % 4 == 0 || noise ? "" : (person.cccd ?? "")
                            let completed = written % 3 != 0
                            let day = 1 + written % 28
                            buffer += "\(written),\(name),\(VietnameseFormat.date(person.birthDate)),\(cccd),\(key),\"\(title)\","
                            buffer += "\(day)/3/2026,\(completed ? "Hoàn thành" : "Đang học"),\(completed ? "\(day)/5/2026" : ""),\(completed ? "8\(written % 10)" : "")\n"
                        }
                    }
                    if buffer.utf8.count > 1 << 20 {
                        handle.write(Data(buffer.utf8))
                        buffer = ""
                    }
                }
            }
        }
        handle.write(Data(buffer.utf8))
    }
}

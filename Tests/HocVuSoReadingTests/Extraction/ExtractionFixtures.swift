import Foundation
import HocVuSoCore
@testable import HocVuSoReading

/// Files the extraction tests read by path: the seeds, the held-out set and the official unit list (the same CSV
/// that HocVuSoStore ships), found from this file's place in the repository (through a symlink too).
enum ExtractionFixtures {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    static let tests = root.appendingPathComponent("Tests/HocVuSoReadingTests")

    static let directory: UnitDirectory = {
        let csv = root.appendingPathComponent("Sources/HocVuSoStore/Resources/vn-admin-units-2025.csv")
        let text = (try? String(contentsOf: csv, encoding: .utf8)) ?? ""
        return UnitDirectory((try? OfficialUnitCatalog.parse(csv: text)) ?? [])
    }()

    static let reader = ReportReader(directory: directory)

    static func seed(_ prefix: String) throws -> String {
        let folder = tests.appendingPathComponent("Fixtures/seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first { $0.hasPrefix(prefix) }
        return try String(contentsOf: folder.appendingPathComponent(name ?? prefix), encoding: .utf8)
    }

    /// A folder of reports with gold answers: "HeldOut" (written before the extractor; its first run was blind, later
    /// runs were used to improve general rules) or "BlindSet" (written afterwards by someone who never saw the rules).
    static func reportNames(_ set: String = "HeldOut") throws -> [String] {
        let folder = tests.appendingPathComponent("\(set)/reports")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") && $0.split(separator: ".").count == 2 }
            .map { String($0.dropLast(4)) }
            .sorted()
    }

    static func heldOutNames() throws -> [String] {
        try reportNames("HeldOut")
    }

    static func report(_ name: String, set: String = "HeldOut") throws -> String {
        try String(contentsOf: tests.appendingPathComponent("\(set)/reports/\(name).txt"), encoding: .utf8)
    }

    static func heldOutReport(_ name: String) throws -> String {
        try report(name, set: "HeldOut")
    }

    static func gold(_ name: String, set: String = "HeldOut") throws -> Data {
        try Data(contentsOf: tests.appendingPathComponent("\(set)/gold/\(name).json"))
    }

    static func heldOutGold(_ name: String) throws -> Data {
        try gold(name, set: "HeldOut")
    }
}

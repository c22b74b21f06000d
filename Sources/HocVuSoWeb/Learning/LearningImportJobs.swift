import Foundation
import HocVuSoCore
import HocVuSoStore

/// A learning file moving through the browser flow: mapping → importing (with progress) → done, or back to the
/// mapping with every problem listed.
struct LearningImportJob: Sendable {
    enum Stage: String, Sendable {
        case mapping, invalid, running, done, failed
    }

    var id: UUID
    var unitCode: String
    var filename: String
    var createdAt: Date
    var stage: Stage
    var prepared: LearningImport.Prepared
    var problems: [Problem] = []
    var done = 0
    var total: Int
    var summary: LearningImportSummary?
    var failure: String?
}

/// Learning import jobs, kept in memory for an hour.
actor LearningImportJobs {
    let importer: LearningImport
    let store: Store
    let clock: any WallClock
    private var jobs: [UUID: LearningImportJob] = [:]

    init(store: Store, clock: any WallClock) {
        self.store = store
        self.clock = clock
        importer = LearningImport(store: store, clock: clock)
    }

    func job(_ id: UUID, unitCode: String) throws -> LearningImportJob {
        guard let job = jobs[id], job.unitCode == unitCode else {
            throw DomainError(.notFound, code: "learning.import-not-found", message: Strings.learningImportNotFound)
        }
        return job
    }

    func start(unitCode: String, filename: String, platform: String, data: Data) async throws -> UUID {
        let cutoff = clock.now().addingTimeInterval(-3600)
        jobs = jobs.filter { $0.value.createdAt > cutoff || $0.value.stage == .running }
        let prepared = try await importer.prepare(data: data, filename: filename, platform: platform)
        let id = UUID()
        jobs[id] = LearningImportJob(id: id, unitCode: unitCode, filename: filename, createdAt: clock.now(), stage: .mapping,
                                     prepared: prepared, total: prepared.rows.count)
        return id
    }

    /// Reads every row with the chosen mapping, then imports in the background.
    func run(_ id: UUID, unit: AdminUnit, mapping: LearningMapping, saveMapping: Bool, actor: AccessActor) async throws {
        var job = try job(id, unitCode: unit.code)
        guard job.stage == .mapping || job.stage == .invalid else {
            throw DomainError(.conflict, code: "learning.import-running", message: Strings.learningImportRunning)
        }
        job.prepared.mapping = mapping
        job.problems = []
        let rows: [LearningRow]
        do {
            rows = try importer.read(job.prepared)
        } catch let error as DomainError {
            job.stage = .invalid
            job.problems = error.details.isEmpty ? [Problem(reason: error.message)] : error.details
            jobs[id] = job
            return
        }
        if saveMapping {
            try await store.learning.saveMapping(mapping, platform: job.prepared.platform, by: actor.username)
        }
        job.stage = .running
        job.total = rows.count
        job.done = 0
        jobs[id] = job
        let scope = try LearningImport.scope(unit, directory: store.directory)
        let learning = store.learning
        let platform = job.prepared.platform, filename = job.filename
        Task {
            do {
                let summary = try await learning.importRows(rows, platform: platform, scope: scope, filename: filename,
                                                            actor: actor) { done in await self.progress(id, done) }
                self.finish(id, summary)
            } catch {
                self.fail(id, error)
            }
        }
    }

    private func progress(_ id: UUID, _ done: Int) {
        jobs[id]?.done = done
    }

    private func finish(_ id: UUID, _ summary: LearningImportSummary) {
        jobs[id]?.summary = summary
        jobs[id]?.done = summary.rows
        jobs[id]?.stage = .done
        jobs[id]?.prepared.rows = []
    }

    private func fail(_ id: UUID, _ error: any Error) {
        jobs[id]?.stage = .failed
        jobs[id]?.failure = (error as? DomainError)?.message ?? Strings.internalError
    }
}

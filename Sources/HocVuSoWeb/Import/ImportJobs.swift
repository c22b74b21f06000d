import Foundation
import HocVuSoCore
import HocVuSoStore

/// One uploaded resident list moving through the steps: mapping → checking → ready (preview) → writing → done,
/// or back to mapping with every problem listed.
public struct ImportJob: Sendable {
    public enum Stage: String, Sendable {
        case mapping, checking, invalid, ready, writing, done, failed
    }

    public var id: UUID
    public var unitCode: String
    public var filename: String
    public var createdAt: Date
    public var stage: Stage
    public var prepared: ResidentImport.Prepared
    /// The uploaded file, kept (in memory only) so another sheet can be chosen.
    var data: Data
    public var problems: [Problem] = []
    public var drafts: [ResidentDraft] = []
    public var written = 0
    public var total = 0
    public var households = 0
    public var failure: String?

    public var running: Bool { stage == .checking || stage == .writing }
}

/// Import jobs kept in memory for an hour; the file itself is never written to disk.
public actor ImportJobs {
    let store: Store
    let clock: any WallClock
    private var jobs: [UUID: ImportJob] = [:]
    static let lifetime: TimeInterval = 3600

    public init(store: Store, clock: any WallClock) {
        self.store = store
        self.clock = clock
    }

    public func unitCode(of id: UUID) -> String? {
        jobs[id]?.unitCode
    }

    public func job(_ id: UUID) throws -> ImportJob {
        guard let job = jobs[id] else {
            throw DomainError(.notFound, code: "import.not-found", message: Strings.importJobNotFound)
        }
        return job
    }

    /// Reads an uploaded file and opens a job at the mapping step.
    public func start(unitCode: String, filename: String, data: Data) throws -> UUID {
        prune()
        let prepared = try ResidentImport.prepare(data: data, filename: filename, firstWhenSeveral: true)
        let id = UUID()
        jobs[id] = ImportJob(id: id, unitCode: unitCode, filename: filename, createdAt: clock.now(), stage: .mapping,
                             prepared: prepared, data: data, total: prepared.rows.count)
        return id
    }

    /// Switches the job to another sheet of the same file, back at the mapping step.
    public func choose(sheet: String, for id: UUID) throws {
        var job = try job(id)
        guard !job.running, job.stage != .done else {
            throw DomainError(.conflict, code: "import.running", message: Strings.importAlreadyRunning)
        }
        job.prepared = try ResidentImport.prepare(data: job.data, filename: job.filename, sheet: sheet)
        job.stage = .mapping
        job.problems = []
        job.drafts = []
        job.total = job.prepared.rows.count
        jobs[id] = job
    }

    /// Sets the column mapping and checks every row in the background.
    public func check(_ id: UUID, mapping: ColumnMapping) throws {
        var job = try job(id)
        guard !job.running, job.stage != .done else {
            throw DomainError(.conflict, code: "import.running", message: Strings.importAlreadyRunning)
        }
        guard let unit = store.directory[job.unitCode] else {
            throw DomainError(.notFound, code: "unit.not-found", message: Strings.unitNotFound(job.unitCode))
        }
        job.prepared.mapping = mapping
        job.stage = .checking
        job.problems = []
        jobs[id] = job
        let importer = ResidentImport(store: store, clock: clock)
        let prepared = job.prepared
        Task {
            do {
                let validation = try await importer.validate(prepared, unit: unit)
                self.finishCheck(id, validation)
            } catch {
                self.fail(id, error)
            }
        }
    }

    /// Writes the checked rows in one transaction in the background.
    public func commit(_ id: UUID, actor: AccessActor) throws {
        var job = try job(id)
        guard job.stage == .ready else {
            throw DomainError(.conflict, code: "import.running", message: Strings.importAlreadyRunning)
        }
        job.stage = .writing
        job.written = 0
        jobs[id] = job
        let importer = ResidentImport(store: store, clock: clock)
        let drafts = job.drafts
        Task {
            do {
                let result = try await importer.commit(drafts, actor: actor, unitCode: job.unitCode) { written in
                    await self.progress(id, written)
                }
                self.finishCommit(id, result)
            } catch {
                self.fail(id, error)
            }
        }
    }

    private func finishCheck(_ id: UUID, _ validation: ResidentValidation) {
        guard var job = jobs[id] else { return }
        switch validation {
        case .valid(let drafts):
            job.drafts = drafts
            job.total = drafts.count
            job.households = ResidentImport.assemble(drafts).households.count
            job.stage = .ready
        case .invalid(let problems):
            job.problems = problems
            job.stage = .invalid
        }
        jobs[id] = job
    }

    private func progress(_ id: UUID, _ written: Int) {
        jobs[id]?.written = written
    }

    private func finishCommit(_ id: UUID, _ result: (residents: Int, households: Int)) {
        jobs[id]?.written = result.residents
        jobs[id]?.households = result.households
        jobs[id]?.stage = .done
        jobs[id]?.drafts = []
        jobs[id]?.data = Data()
    }

    private func fail(_ id: UUID, _ error: any Error) {
        jobs[id]?.stage = .failed
        jobs[id]?.failure = (error as? DomainError)?.message ?? Strings.internalError
    }

    private func prune() {
        let cutoff = clock.now().addingTimeInterval(-Self.lifetime)
        jobs = jobs.filter { $0.value.createdAt > cutoff || $0.value.running }
    }
}

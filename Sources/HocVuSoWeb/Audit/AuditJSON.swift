import Foundation
import HocVuSoCore
import HocVuSoStore

/// `GET /api/v1/audit`: one page of access-log entries, newest first, and the chain's status.
struct AuditJSON: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        var seq: Int
        var at: String
        var username: String
        var action: String
        var subject: String?
        var unitCode: String?
        var unitName: String?
        var client: String
        var detail: String?

        init(_ entry: AccessLogStore.Entry, directory: UnitDirectory) {
            seq = entry.seq
            at = entry.at
            username = entry.username
            action = entry.action
            subject = entry.subject
            unitCode = entry.unitCode
            unitName = entry.unitCode.flatMap { directory[$0]?.fullName }
            client = entry.client
            detail = entry.detail
        }
    }

    /// The result of walking the hash chain (`GET /api/v1/audit/verify` forces a fresh walk).
    struct Chain: Encodable, Sendable {
        struct Problem: Encodable, Sendable {
            /// edited, deleted, tail-deleted, head-missing.
            var kind: String
            var seq: Int?
            var previousSeq: Int?
        }

        var intact: Bool
        var checked: Int
        var headSeq: Int
        var problem: Problem?
        var message: String
        var checkedAt: String

        init(_ status: ChainStatusCache.Status) {
            let result = status.result
            intact = result.isIntact
            checked = result.checked
            headSeq = result.headSeq
            problem = result.problem.map(Self.problem)
            message = AuditChainText.message(result)
            checkedAt = InstantText.utcMilliseconds(status.checkedAt)
        }

        static func problem(_ problem: AccessLogVerification.Problem) -> Problem {
            switch problem {
            case .edited(let seq): return Problem(kind: "edited", seq: seq)
            case .deleted(let seq, let previous): return Problem(kind: "deleted", seq: seq, previousSeq: previous)
            case .tailDeleted(let last, _): return Problem(kind: "tail-deleted", seq: last)
            case .headMissing: return Problem(kind: "head-missing")
            }
        }
    }

    var total: Int
    var page: Int
    var per: Int
    var items: [Entry]
    var chain: Chain
}

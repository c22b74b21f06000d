import Foundation
import HocVuSoCore
import HocVuSoStore

/// The search page of the access log: the chain status, the filter form, one page of entries (who, when, what, from
/// where), newest first.
struct AuditPageModel {
    struct Row {
        var seq: String
        var time: String
        var username: String
        var action: String
        var subject: String?
        /// The search for every entry about the same subject.
        var subjectHref: String?
        var unit: String
        var client: String
        var detail: String?
    }

    struct Chain {
        var intact: Bool
        var message: String
        var checkedAt: String
        var recheckHref: String
    }

    var title: String
    var chain: Chain
    var action: String
    var username: String
    var subject: String
    var from: String
    var to: String
    var actions: [Option]
    var units: [Option]
    var error: String?
    var filtered: Bool
    var items: [Row]
    var hasItems: Bool
    var total: String
    var pageLabel: String
    var previousHref: String?
    var nextHref: String?

    /// Builds the model from the typed filters (kept as typed, also when refused) and the search's result.
    struct Builder {
        var input: AuditFilterInput
        var account: Account
        var directory: UnitDirectory
        var status: ChainStatusCache.Status
        var page: Int
        var perPage: Int

        func model(total: Int, items: [AccessLogStore.Entry], error: String?) -> AuditPageModel {
            let pageCount = max(1, (total + perPage - 1) / perPage)
            let base = "/audit"
            let scope = AuditFilterInput.scope(account)
            let unitChoices = scope.map { [directory[$0]].compactMap { $0 } + directory.children(of: $0) }
                ?? directory.provinceCodes.compactMap { directory[$0] }
            return AuditPageModel(
                title: Strings.auditTitle,
                chain: Chain(intact: status.result.isIntact, message: AuditChainText.message(status.result),
                             checkedAt: AuditTime.text(status.checkedAt),
                             recheckHref: QueryString.path(base, input.pairs + [("verify", "1")])),
                action: base, username: input.username ?? "", subject: input.subject ?? "",
                from: input.from ?? "", to: input.to ?? "",
                actions: [Option(value: "", label: Strings.auditAllActions, selected: input.action == nil)]
                    + AuditFilterInput.actions.map {
                        Option(value: $0, label: Strings.auditActionLabel($0), selected: $0 == input.action)
                    },
                units: [Option(value: "", label: Strings.auditAllUnits, selected: input.unit == nil)]
                    + unitChoices.map { Option(value: $0.code, label: $0.fullName, selected: $0.code == input.unit) },
                error: error,
                filtered: input.pairs.contains { $0.1 != nil },
                items: items.map { row($0) }, hasItems: !items.isEmpty,
                total: Strings.auditEntryCount(VietnameseFormat.integer(total)),
                pageLabel: Strings.pageOf(VietnameseFormat.integer(min(page, pageCount)), VietnameseFormat.integer(pageCount)),
                previousHref: page > 1 ? QueryString.path(base, input.pairs + [("page", String(page - 1))]) : nil,
                nextHref: page < pageCount ? QueryString.path(base, input.pairs + [("page", String(page + 1))]) : nil)
        }

        private func row(_ entry: AccessLogStore.Entry) -> Row {
            Row(seq: VietnameseFormat.integer(entry.seq), time: InstantText.parse(entry.at).map(AuditTime.text) ?? entry.at, username: entry.username,
                action: Strings.auditActionLabel(entry.action), subject: entry.subject,
                subjectHref: entry.subject.map { QueryString.path("/audit", [("subject", $0)]) },
                unit: entry.unitCode.map { code in directory[code].map { "\($0.fullName) (\(code))" } ?? code } ?? Strings.auditNoUnit,
                client: entry.client, detail: entry.detail)
        }
    }
}

/// "19/5/2026 08:05:03", Vietnam time: the log's instants to the second.
enum AuditTime {
    static func text(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) % 60
        return ActivityFormat.dateTime(date) + ":" + (seconds < 10 ? "0" : "") + String(seconds)
    }
}

/// The chain status in Vietnamese.
enum AuditChainText {
    static func message(_ result: AccessLogVerification) -> String {
        let number = { (n: Int) in VietnameseFormat.integer(n) }
        switch result.problem {
        case nil: return Strings.auditChainIntact(number(result.checked))
        case .edited(let seq): return Strings.auditChainEdited(number(seq))
        case .deleted(let seq, let previous): return Strings.auditChainDeleted(number(seq), previous: previous.map(number))
        case .tailDeleted(let last, let head): return Strings.auditChainTailDeleted(last: last.map(number), head: number(head))
        case .headMissing: return Strings.auditChainHeadMissing
        }
    }
}

import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

extension DocumentPages {
    /// Renders the register of `owner` (shown from `navUnit`'s pages); a refused form comes back with its values.
    func render(_ owner: AdminUnit, navUnit: AdminUnit, direction: DocumentDirection, year: Int?, page: Int,
                input: DocumentInput, failure: DomainError?, context: AppContext, flash: String?) async throws -> HTML {
        let account = try context.account()
        let documents = services.store.documents
        let per = Self.perPage
        let (total, items) = try await documents.list(unitCode: owner.code, direction: direction, year: year, page: page, per: per)
        let pageCount = max(1, (total + per - 1) / per)
        let base = "/units/\(owner.code)/documents"
        let filters: [(String, String?)] = [("direction", direction.rawValue), ("year", year.map(String.init))]
        let thisYear = services.today.year
        let years = Set(try await documents.years(unitCode: owner.code)).union([thisYear]).sorted(by: >)
        var model = DocumentPageModel(
            code: owner.code, title: "\(Strings.officialDocRegisterTitle) – \(owner.fullName)",
            nav: ActivityNav.links(navUnit, current: .documents),
            tabs: DocumentDirection.allCases.map {
                .init(title: $0.title, href: QueryString.path(base, [("direction", $0.rawValue), ("year", year.map(String.init))]),
                      current: $0 == direction)
            },
            issued: direction == .issued, yearAction: base, direction: direction.rawValue,
            years: [Option(value: "all", label: Strings.officialDocYearAll(), selected: year == nil)]
                + years.map { Option(value: String($0), label: String($0), selected: $0 == year) },
            items: items.map { DocumentPageModel.Row($0, unitCode: owner.code) }, hasItems: !items.isEmpty,
            total: VietnameseFormat.integer(total),
            pageLabel: Strings.pageOf(VietnameseFormat.integer(min(page, pageCount)), VietnameseFormat.integer(pageCount)),
            previousHref: page > 1 ? QueryString.path(base, filters + [("page", String(page - 1))]) : nil,
            nextHref: page < pageCount ? QueryString.path(base, filters + [("page", String(page + 1))]) : nil,
            form: nil)
        if account.role.may(.manageTargets) && services.inScope(owner.code, context: context) {
            model.form = try await form(owner, input: input, failure: failure, thisYear: thisYear, context: context)
        }
        let status = failure.map { ErrorMiddleware.status($0.kind) } ?? .ok
        return try services.render("documents", model, layout: services.layout(model.title, context: context, unit: navUnit, flash: flash),
                                   status: status)
    }

    private func form(_ owner: AdminUnit, input: DocumentInput, failure: DomainError?, thisYear: Int,
                      context: AppContext) async throws -> DocumentPageModel.Form {
        let next = try await services.store.documents.nextNumbers(unitCode: owner.code, year: thisYear)
        let organ = DocumentOrgan(owner)
        let chosen = DocumentType(rawValue: input.type) ?? .kh
        let issued = input.direction != DocumentDirection.received.rawValue
        let fresh = failure == nil
        let used = DocumentType.allCases.filter { (next[$0] ?? 1) > 1 }
            .map { "\($0.name) \(next[$0] ?? 1)" }.joined(separator: " · ")
        return DocumentPageModel.Form(
            action: "/units/\(owner.code)/documents", csrf: context.csrfToken, issued: issued,
            types: DocumentType.allCases.map {
                .init(value: $0.rawValue, label: $0.name, selected: $0 == chosen, next: next[$0] ?? 1, symbol: organ.defaultSymbol($0))
            },
            number: fresh && issued ? String(next[chosen] ?? 1) : input.number,
            symbol: fresh && issued ? organ.defaultSymbol(chosen) : input.symbol,
            symbolPlaceholder: organ.defaultSymbol(chosen),
            issuedOn: fresh ? VietnameseFormat.date(services.today) : input.issuedOn,
            summary: input.summary, signer: input.signer, issuer: input.issuer,
            nextNote: Strings.officialDocNextNumbers(year: thisYear, used: used),
            error: failure?.message,
            problems: (failure?.details.count ?? 0) > 1 ? failure?.details.map { "\($0.column ?? ""): \($0.reason)" } ?? [] : [])
    }
}

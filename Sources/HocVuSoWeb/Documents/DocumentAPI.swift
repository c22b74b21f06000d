import Foundation
import Hummingbird
import HocVuSoCore
import HocVuSoStore

/// The JSON API of a unit's document register. A village addresses its commune's register.
struct DocumentAPI {
    let services: AppServices

    struct DocumentJSON: Encodable, Sendable {
        var id: String
        var unitCode: String
        var direction: String
        var type: String
        var number: Int
        var symbol: String
        var numberText: String
        var issuedOn: String
        var summary: String
        var signer: String?
        var issuer: String?
        var hasFile: Bool
        var attachmentName: String?

        init(_ d: OfficialDocument) {
            id = d.id.uuidString
            unitCode = d.unitCode
            direction = d.direction.rawValue
            type = d.type.rawValue
            number = d.number
            symbol = d.symbol
            numberText = d.numberText
            issuedOn = d.issuedOn.iso
            summary = d.summary
            signer = d.signer
            issuer = d.issuer
            hasFile = d.attachmentName != nil
            attachmentName = d.attachmentName
        }
    }

    struct ListJSON: Encodable, Sendable {
        var total: Int
        var items: [DocumentJSON]
    }

    struct NextNumberJSON: Encodable, Sendable {
        var number: Int
        var numberText: String
        var symbol: String
        var year: Int
    }

    /// The body of a registration: either `number` and `symbol`, or `numberText` ("41/KH-UBND"). An issued document
    /// without a number takes the next free one; a missing type is read from the symbol.
    struct Input: Decodable {
        var direction: String?
        var type: String?
        var number: Int?
        var symbol: String?
        var numberText: String?
        var issuedOn: String
        var summary: String
        var signer: String?
        var issuer: String?

        var form: DocumentInput {
            var input = DocumentInput()
            input.direction = direction ?? DocumentDirection.issued.rawValue
            input.type = type ?? ""
            input.number = numberText ?? number.map(String.init) ?? ""
            input.symbol = symbol ?? ""
            input.issuedOn = issuedOn
            input.summary = summary
            input.signer = signer ?? ""
            input.issuer = issuer ?? ""
            return input
        }
    }

    func register(_ routes: Routes) {
        routes.get("/api/v1/units/{code}/documents", .unit(.readActivity)) { request, context in
            let owner = DocumentPages.registerUnit(try context.authorizedUnit(), directory: services.store.directory)
            var direction: DocumentDirection?
            if let text = request.query("direction") {
                guard let parsed = DocumentDirection(rawValue: text) else {
                    throw DomainError(.badRequest, code: "query.direction", message: Strings.invalidParameter("direction", text))
                }
                direction = parsed
            }
            let year = try DocumentPages.year(request.query("year"))
            let (page, per) = try LearningAPI(services: services).paging(request)
            let (total, items) = try await services.store.documents.list(unitCode: owner.code, direction: direction, year: year,
                                                                         page: page, per: per)
            return JSONResponse(ListJSON(total: total, items: items.map(DocumentJSON.init)))
        }
        routes.post("/api/v1/units/{code}/documents", .unit(.manageTargets)) { request, context in
            let owner = DocumentPages.registerUnit(try context.authorizedUnit(), directory: services.store.directory)
            guard services.inScope(owner.code, context: context) else {
                throw DomainError(.forbidden, code: "scope", message: Strings.forbiddenOutsideScope)
            }
            let input = try await decode(Input.self, request, context)
            let document = try await input.form.document(unitCode: owner.code, organ: DocumentOrgan(owner)) { type, year in
                try await services.store.documents.nextNumber(unitCode: owner.code, type: type, year: year)
            }
            let saved = try await services.store.documents.register(document, file: nil, actor: context.actor())
            return JSONResponse(DocumentJSON(saved), status: .created)
        }
        routes.get("/api/v1/units/{code}/documents/next-number", .unit(.readActivity)) { request, context in
            let owner = DocumentPages.registerUnit(try context.authorizedUnit(), directory: services.store.directory)
            let typeText = request.query("type") ?? DocumentType.kh.rawValue
            guard let type = DocumentType(rawValue: typeText) else {
                throw DomainError(.badRequest, code: "query.type", message: Strings.invalidParameter("type", typeText))
            }
            let year = try DocumentPages.year(request.query("year")) ?? services.today.year
            let number = try await services.store.documents.nextNumber(unitCode: owner.code, type: type, year: year)
            let symbol = DocumentOrgan(owner).defaultSymbol(type)
            return JSONResponse(NextNumberJSON(number: number, numberText: "\(number)/\(symbol)", symbol: symbol, year: year))
        }
    }
}

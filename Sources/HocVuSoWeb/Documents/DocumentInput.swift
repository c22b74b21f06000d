import Foundation
import HocVuSoCore

/// A register entry as typed in the form or sent to the API, kept as text so a refused form shows it again.
struct DocumentInput: Sendable {
    var direction = DocumentDirection.issued.rawValue
    var type = DocumentType.kh.rawValue
    /// "41", or the whole "41/KH-UBND" (the symbol is then taken from it).
    var number = ""
    var symbol = ""
    var issuedOn = ""
    var summary = ""
    var signer = ""
    var issuer = ""

    init() {}

    init(field: (String) -> String?) {
        direction = field("direction") ?? direction
        type = field("type") ?? ""
        number = field("number") ?? ""
        symbol = field("symbol") ?? ""
        issuedOn = field("issuedOn") ?? ""
        summary = field("summary") ?? ""
        signer = field("signer") ?? ""
        issuer = field("issuer") ?? ""
    }

    /// The entry for `unit`'s register. A blank symbol takes the unit's default for the type; a blank number of an
    /// issued document takes the next free one (`next`).
    func document(unitCode: String, organ: DocumentOrgan,
                  next: (DocumentType, Int) async throws -> Int) async throws -> OfficialDocument {
        guard let direction = DocumentDirection(rawValue: direction) else {
            throw Self.invalid(Strings.officialDocFieldDirection, self.direction, Strings.officialDocBadDirection)
        }
        let typedType = Self.trimmed(type)
        var chosen: DocumentType? = nil
        if !typedType.isEmpty {
            guard let known = DocumentType(rawValue: typedType) else {
                throw Self.invalid(Strings.officialDocFieldType, typedType, Strings.officialDocBadType)
            }
            chosen = known
        }
        guard let date = VietnameseFormat.parseDate(issuedOn) ?? CivilDate(iso: issuedOn.trimmingCharacters(in: .whitespaces)) else {
            throw Self.invalid(Strings.officialDocFieldDate, issuedOn, Strings.officialDocBadDate)
        }
        let typedNumber = Self.trimmed(number)
        var symbol = Self.trimmed(self.symbol)
        var number = 0
        if typedNumber.contains("/") {
            guard let parsed = OfficialDocument.parseNumber(typedNumber) else {
                throw Self.invalid(Strings.officialDocFieldNumber, typedNumber, Strings.officialDocBadNumberText)
            }
            number = parsed.number
            if symbol.isEmpty { symbol = parsed.symbol }
            chosen = chosen ?? parsed.type
        }
        guard let type = chosen ?? (symbol.isEmpty ? nil : OfficialDocument.type(ofSymbol: symbol)) else {
            throw Self.invalid(Strings.officialDocFieldType, typedType, Strings.officialDocBadType)
        }
        if typedNumber.isEmpty && direction == .issued {
            number = try await next(type, date.year)
        } else if !typedNumber.contains("/") {
            guard let n = Int(typedNumber.filter { $0 != "." }) else {
                throw Self.invalid(Strings.officialDocFieldNumber, typedNumber, Strings.officialDocBadNumber)
            }
            number = n
        }
        if symbol.isEmpty {
            symbol = organ.defaultSymbol(type)
        }
        guard let normalized = OfficialDocument.normalizeSymbol(symbol) else {
            throw Self.invalid(Strings.officialDocFieldSymbol, symbol, Strings.officialDocBadSymbol)
        }
        return OfficialDocument(unitCode: unitCode, direction: direction, type: type, number: number, symbol: normalized,
                                issuedOn: date, summary: Self.trimmed(summary), signer: Self.optional(signer),
                                issuer: direction == .received ? Self.optional(issuer) : nil)
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func optional(_ text: String) -> String? {
        let value = trimmed(text)
        return value.isEmpty ? nil : value
    }

    static func invalid(_ field: String, _ value: String, _ reason: String) -> DomainError {
        DomainError(.invalid, code: "document.invalid", message: reason, details: [Problem(column: field, value: value, reason: reason)])
    }
}

/// Who issues a unit's documents, for default symbols: a commune's People's Committee ("KH-UBND", "UBND-VHXH"),
/// a province's Department of Science and Technology ("KH-SKHCN", "SKHCN-TTTT").
struct DocumentOrgan: Sendable {
    var organ: String
    var office: String

    init(_ unit: AdminUnit) {
        if unit.level == .province {
            organ = "SKHCN"
            office = "TTTT"
        } else {
            organ = "UBND"
            office = "VHXH"
        }
    }

    func defaultSymbol(_ type: DocumentType) -> String {
        type.defaultSymbol(organ: organ, office: office)
    }
}

import Foundation
import HocVuSoCore
import SQLKit

/// The columns of a register entry and their decoding.
enum DocumentRow {
    static let columns = "id, unit_code, direction, doc_type, number, symbol, issued_on, summary, signer, issuer, attachment_name"

    static func decode(_ row: any SQLRow) throws -> OfficialDocument {
        OfficialDocument(id: try row.uuid("id"), unitCode: try row.text("unit_code"),
                         direction: try row.enumValue("direction", as: DocumentDirection.self),
                         type: try row.enumValue("doc_type", as: DocumentType.self), number: try row.integer("number"),
                         symbol: try row.text("symbol"), issuedOn: try row.civilDate("issued_on"), summary: try row.text("summary"),
                         signer: try row.optionalText("signer"), issuer: try row.optionalText("issuer"),
                         attachmentName: try row.optionalText("attachment_name"))
    }
}

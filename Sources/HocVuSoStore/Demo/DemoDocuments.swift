import Foundation
import HocVuSoCore

/// The documents the demo registers: those Chí Minh's report of May 2026 cites (Resources/demo-documents.json).
public enum DemoDocuments {
    struct Entry: Decodable {
        var unit: String
        var direction: DocumentDirection
        var type: DocumentType
        var numberText: String
        var issuedOn: CivilDate
        var summary: String
        var signer: String?
        var issuer: String?
    }

    private struct File: Decodable {
        var documents: [Entry]
    }

    static func entries() throws -> [Entry] {
        guard let url = Bundle.module.url(forResource: "demo-documents", withExtension: "json", subdirectory: "Resources") else {
            throw StoreError.unexpectedRow("Resources/demo-documents.json is missing from the build")
        }
        return try JSONDecoder().decode(File.self, from: try Data(contentsOf: url)).documents
    }

    /// Registers the documents not there yet (those of a unit the store does not know are skipped), so loading twice
    /// changes nothing.
    public static func load(into store: Store) async throws {
        let actor = AccessActor.commandLine("demo")
        for entry in try entries() where store.directory[entry.unit] != nil {
            guard let parsed = OfficialDocument.parseNumber(entry.numberText) else {
                throw StoreError.unexpectedRow("demo document number \(entry.numberText)")
            }
            let document = OfficialDocument(unitCode: entry.unit, direction: entry.direction, type: entry.type,
                                            number: parsed.number, symbol: parsed.symbol, issuedOn: entry.issuedOn,
                                            summary: entry.summary, signer: entry.signer, issuer: entry.issuer)
            do {
                _ = try await store.documents.register(document, file: nil, actor: actor)
            } catch let error as DomainError where error.kind == .conflict {
                continue
            }
        }
    }
}

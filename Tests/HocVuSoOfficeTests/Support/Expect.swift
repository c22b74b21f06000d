import HocVuSoCore
import Testing

/// Runs `body`, expecting a `DomainError` with `code`; returns it for further checks.
@discardableResult
func expectDomainError(_ code: String, sourceLocation: SourceLocation = #_sourceLocation,
                       _ body: () throws -> Void) -> DomainError? {
    do {
        try body()
        Issue.record("expected DomainError \(code), but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as DomainError {
        #expect(error.code == code, "\(error.message)", sourceLocation: sourceLocation)
        return error
    } catch {
        Issue.record("expected DomainError \(code), got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

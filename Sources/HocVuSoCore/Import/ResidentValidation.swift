/// The outcome of validating a resident list. Imports are all or nothing: either every row is good, or the
/// caller gets every problem and stores nothing.
public enum ResidentValidation: Sendable, Equatable {
    case valid([ResidentDraft])
    /// Every problem, ordered by row and then by column position.
    case invalid([Problem])

    public var drafts: [ResidentDraft]? {
        if case .valid(let drafts) = self { return drafts }
        return nil
    }

    public var problems: [Problem] {
        if case .invalid(let problems) = self { return problems }
        return []
    }

    /// The error the API answers with (422, details = every problem), or nil when the list is valid.
    public var error: DomainError? {
        guard case .invalid(let problems) = self else { return nil }
        return DomainError(.invalid, code: "import.invalid", message: Strings.importFailed(problemCount: problems.count),
                           details: problems)
    }
}

/// What sort of text a statement is.
public enum StatementKind: String, Sendable, CaseIterable {
    case jointStatement = "joint-statement"
    case appeal
    case letter
    case news
    case report
}

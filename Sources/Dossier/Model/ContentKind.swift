/// The kinds of content file, each in its folder of `content/`: `cases/`, `statements/`,
/// `organizations/`, `pages/`.
public enum ContentKind: String, Sendable, Hashable, CaseIterable {
    case `case` = "cases"
    case statement = "statements"
    case organization = "organizations"
    case page = "pages"
}

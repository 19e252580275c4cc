/// The kinds of content file, each in its folder of `content/` (see `ContentLayout`).
public enum ContentKind: String, Sendable, Hashable, CaseIterable {
    case `case` = "cases"
    case statement = "statements"
    case organization = "organizations"
    case page = "pages"
}

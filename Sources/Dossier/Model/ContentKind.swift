/// The kinds of content file, each in its folder of `content/`.
public enum ContentKind: String, Sendable, Hashable {
    case `case` = "cases"
    case statement = "statements"
    case organization = "organizations"
    case page = "pages"

    /// `content/cases/<slug>.md`
    func mainFile(_ slug: Slug) -> String { "content/\(rawValue)/\(slug).md" }
}

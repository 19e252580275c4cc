/// A free page (`content/pages/<slug>.md`), served at `/<slug>/`.
public struct Page: Sendable {
    public var slug: Slug
    public var file: String
    public var title: String
    public var description: String?
    public var aliases: [Alias]
    public var isDraft: Bool
    public var body: BodyHTML
    /// The links and images of the body, for the internal link check.
    var bodyLinks: [BodyLink] = []
    /// In a translated language, what this shows from the main file; `nil` in the main one.
    public var fallback: Fallback?
}

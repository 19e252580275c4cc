/// A joint statement, appeal, letter, news item or report (`content/statements/<slug>.md`).
public struct Statement: Sendable {
    public var slug: Slug
    public var file: String
    public var title: String
    public var date: PartialDate
    public var place: String?
    public var kind: StatementKind?
    /// The cases it concerns, as written; the resolver links them.
    public var cases: [Reference]
    /// Who signed, as written; the resolver links them to organizations.
    public var signatories: [SignatoryReference]
    public var source: LinkTarget?
    public var updated: PartialDate?
    public var embargo: Moment?
    public var aliases: [Alias]
    public var isDraft: Bool
    public var body: BodyHTML
    /// The links and images of the body, for the internal link check.
    var bodyLinks: [BodyLink] = []
    /// In a translated language, what this shows from the main file; `nil` in the main one.
    public var fallback: Fallback?
}

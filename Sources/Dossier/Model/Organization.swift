/// A member of the signatory registry (`content/organizations/<slug>.md`).
public struct Organization: Sendable {
    public var slug: Slug
    public var file: String
    public var name: String
    public var shortName: String?
    public var alsoKnownAs: [String]
    /// The organization's own website.
    public var website: LinkTarget?
    public var country: String?
    public var aliases: [Alias]
    public var body: BodyHTML
    /// The links and images of the body, for the internal link check.
    var bodyLinks: [BodyLink] = []
    /// In a translated language, what this shows from the main file; `nil` in the main one.
    public var fallback: Fallback?
}

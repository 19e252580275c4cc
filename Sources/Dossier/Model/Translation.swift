/// A content file's words in another language (`cases/<slug>.<lang>.md`), as read: only
/// the fields a translation may set, never a fact. The resolver matches it to its main file.
///
/// Like the main values, it has no field for `private` or `_` keys.
public struct Translation: Sendable {
    public var kind: ContentKind
    /// The slug of the main file it translates.
    public var slug: Slug
    /// A tag of `translations:` in site.yaml.
    public var language: String
    public var file: String
    public var isDraft: Bool
    /// The text fields it sets, by key (`name`, `occupation`, `title`): see `TranslatableFields`.
    public var texts: [String: String]
    /// Matched to the main file's charges and sources by position.
    public var charges: [Located<Charge>] = []
    public var sources: [Located<SourceLink>] = []
    /// Matched to the main file's timeline by date.
    public var timeline: [Located<TimelineEntry>] = []
    /// `nil` when the translation has no body: the main file's is shown.
    public var body: BodyHTML?
    /// The links and images of the body, for the internal link check.
    var bodyLinks: [BodyLink] = []
}

/// A value with the place it is written, to report it there.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation
}

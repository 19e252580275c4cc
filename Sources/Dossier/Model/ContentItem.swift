/// What every kind of content file is once read: a value with its slug (its URL), the file it
/// comes from, its old URLs, the links of its body, and its words, which a translation may
/// replace. Code that treats the four kinds alike is generic over this, so that the kinds are
/// listed once: `ContentKind`, and the parser's one switch from a kind to its type.
protocol ContentItem: Sendable {
    static var kind: ContentKind { get }
    /// Where the values of this kind are in a `ContentSet`: `\.cases`.
    static var all: WritableKeyPath<ContentSet, [Self]> { get }

    var slug: Slug { get }
    var file: String { get }
    var aliases: [Alias] { get }
    var bodyLinks: [BodyLink] { get }
    /// Whether it is left out of a normal build; an organization never is.
    var isDraft: Bool { get }
    var body: BodyHTML { get set }
    /// In a translated language, what this shows from the main file; `nil` in the main one.
    var fallback: Fallback? { get set }

    /// What pages other than its own read of it (see `OutwardKeys.swift`).
    associatedtype OutwardKey: Equatable
    var outwardKey: OutwardKey { get }
}

extension Case: ContentItem {
    static let kind = ContentKind.case
    static var all: WritableKeyPath<ContentSet, [Case]> { \.cases }

    // A protocol's requirements are met by members of their own, not through lookup.
    var slug: Slug { self[dynamicMember: \.slug] }
    var file: String { self[dynamicMember: \.file] }
    var aliases: [Alias] { self[dynamicMember: \.aliases] }
    var bodyLinks: [BodyLink] { self[dynamicMember: \.bodyLinks] }
    var isDraft: Bool { self[dynamicMember: \.isDraft] }
    var body: BodyHTML {
        get { self[dynamicMember: \.body] }
        set { self[dynamicMember: \.body] = newValue }
    }
    var fallback: Fallback? {
        get { self[dynamicMember: \.fallback] }
        set { self[dynamicMember: \.fallback] = newValue }
    }
}

extension Statement: ContentItem {
    static let kind = ContentKind.statement
    static var all: WritableKeyPath<ContentSet, [Statement]> { \.statements }
}

extension Organization: ContentItem {
    static let kind = ContentKind.organization
    static var all: WritableKeyPath<ContentSet, [Organization]> { \.organizations }
    var isDraft: Bool { false }
}

extension Page: ContentItem {
    static let kind = ContentKind.page
    static var all: WritableKeyPath<ContentSet, [Page]> { \.pages }
}

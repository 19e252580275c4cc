/// The values of a site's content files, each kind in its array: as parsed, or as a site
/// publishes them in one language.
public struct ContentSet: Sendable {
    public var cases: [Case] = []
    public var statements: [Statement] = []
    public var organizations: [Organization] = []
    public var pages: [Page] = []

    public init() {}

    /// The position of the first value of its kind that `matches`. It reads each value where
    /// it lies: a loop over the array would copy each one, and a preview looks one up at
    /// every save, in a site of 10,000 cases.
    func index<Item: ContentItem>(of _: Item.Type, where matches: (Item) -> Bool) -> Int? {
        self[keyPath: Item.all].withUnsafeBufferPointer { values in values.indices.first { matches(values[$0]) } }
    }

    /// The position of the value read from `file` among those of its kind.
    func index<Item: ContentItem>(of type: Item.Type, file: String) -> Int? {
        index(of: type) { $0.file == file }
    }

    /// Every value, whatever its kind, as the checks that treat the kinds alike see it: URLs,
    /// old URLs, body links. Each entry holds references to the value's arrays, not copies.
    public var entries: [ContentEntry] {
        var entries: [ContentEntry] = []
        entries.reserveCapacity(cases.count + statements.count + organizations.count + pages.count)
        func add<Item: ContentItem>(_ items: [Item]) {
            for item in items {
                entries.append(
                    ContentEntry(
                        kind: Item.kind, slug: item.slug, file: item.file, aliases: item.aliases,
                        bodyLinks: item.bodyLinks, isDraft: item.isDraft))
            }
        }
        add(cases)
        add(statements)
        add(organizations)
        add(pages)
        return entries
    }
}

/// A content value of any kind, by what every kind has.
public struct ContentEntry: Sendable {
    public var kind: ContentKind
    public var slug: Slug
    public var file: String
    public var aliases: [Alias]
    public var bodyLinks: [BodyLink]
    public var isDraft: Bool
}

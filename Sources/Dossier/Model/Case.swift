/// One detainee's file (`content/cases/<slug>.md`), as validated.
///
/// There is no field for `private` or `_` keys: what is private cannot reach a template.
///
/// A case is a value, but its fields are held once, however many lists hold it: the site
/// filters, sorts, groups and localizes its cases over and over, and as a plain struct each
/// of those copies retained every one of its two dozen fields (the value-witness copy of
/// `Case` was the top caller of `swift_retain` in a large build). A field is read as a
/// member, `item.name`; changing one makes the case its own fields.
@dynamicMemberLookup
public struct Case: Sendable {
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    public init(_ fields: Fields) {
        storage = Storage(fields)
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        set { change { $0[keyPath: field] = newValue } }
    }

    /// Several fields changed at once, with one copy of the rest.
    public mutating func change(_ body: (inout Fields) -> Void) {
        var fields = storage.fields
        body(&fields)
        storage = Storage(fields)
    }
}

extension Case {
    /// The fields of a case, as its file gives them.
    public struct Fields: Sendable {
        public var slug: Slug
        public var file: String
        public var name: String
        public var nativeName: String?
        public var country: String
        public var occupation: String?
        public var status: CaseStatus
        public var detained: PartialDate?
        public var sentenced: PartialDate?
        public var released: PartialDate?
        public var sentence: String?
        public var charges: [Charge]
        public var court: String?
        public var facility: String?
        public var writeTo: String?
        public var hashtag: String?
        public var photo: Photo?
        public var tags: [String]
        public var timeline: [TimelineEntry]
        public var sources: [SourceLink]
        public var updated: PartialDate?
        public var aliases: [Alias]
        public var isDraft: Bool
        public var body: BodyHTML
        /// The links and images of the body, for the internal link check.
        var bodyLinks: [BodyLink] = []
        /// In a translated language, what this shows from the main file; `nil` in the main one.
        public var fallback: Fallback?
        /// The ids of the timeline's entries, one per entry (see `timelineAnchors(of:besides:)`):
        /// the page, the case's feed and the open data link to them.
        var timelineAnchors: [String]
    }
}

extension Case {
    /// The ids of a timeline's entries, from their dates: `timeline-2024-01`, and
    /// `timeline-2024-01-2` for a second entry of that month, none the same as an id of the
    /// body's headings. Made once, when the case is read: its dates never change after.
    static func timelineAnchors(of timeline: [TimelineEntry], besides sectionIDs: [String]) -> [String] {
        var taken = Set(sectionIDs)
        return timeline.map { taken.claimUnique("timeline-\($0.date)") }
    }
}

/// A charge, with the article of the code it rests on when known.
public struct Charge: Sendable, Hashable {
    public var charge: String
    public var article: String?
}

public struct TimelineEntry: Sendable, Hashable {
    public var date: PartialDate
    public var event: String
}

/// Where a fact comes from. A source may be known only by its title.
public struct SourceLink: Sendable, Hashable {
    public var title: String
    public var url: LinkTarget?
}

/// A portrait: a file under `content/static/`, always with its alternative text and credit.
public struct Photo: Sendable, Hashable {
    /// The site path as written: `/static/images/x.jpg`.
    public var path: String
    public var alt: String
    public var credit: String
    /// Where `photo:` is written, to report a file that is not there.
    public var location: SourceLocation
}

/// An old URL that must keep working, as a site path: `/cases/old-name/`.
public struct Alias: Sendable, Hashable {
    public var path: String
    public var location: SourceLocation
}

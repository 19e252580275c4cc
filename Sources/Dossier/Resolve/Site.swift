/// A checked, linked whole: what is published, with every cross-reference resolved once.
///
/// Only `SiteResolver` makes one, and only when the content has no errors, so whatever renders
/// a `Site` can trust every link in it. Links are indices into the arrays here.
public struct Site: Sendable {
    public let config: SiteConfig
    public let clock: BuildClock
    /// Published cases, by name.
    public internal(set) var cases: [Case]
    /// Published statements, newest first.
    public internal(set) var statements: [Statement]
    /// The whole registry, by name.
    public internal(set) var organizations: [Organization]
    /// Published free pages, by title.
    public internal(set) var pages: [Page]
    public let staticFiles: [StaticFile]
    /// The pictures as processed, and every file of `content/static/` as published.
    public let images: SiteImages
    public let links: Links
    /// The cases by country, status and tag.
    public let groups: CaseGroups
    /// What a normal build leaves out, and why.
    public let withheld: [Withheld]
    /// The other languages and their translations; the site itself is in `config.language`.
    public internal(set) var translations: SiteTranslations

    /// Whether this is the site in its main language, whose pages have no language prefix.
    public var isMainLanguage: Bool { config.language == translations.mainLanguage }

    public struct Links: Sendable {
        /// For each statement: who signed it, in the order listed.
        public var signatures: [[Signature]]
        /// For each statement: the published cases it concerns.
        public var casesOfStatement: [[Int]]
        /// For each case: the statements about it, newest first.
        public var statementsAboutCase: [[Int]]
        /// For each organization: what it signed, newest first.
        public var signedBy: [[Signing]]
        /// For each organization: every case its statements concern, by name.
        public var casesOfOrganization: [[Int]]
    }

    public struct Signature: Sendable, Hashable {
        public var organization: Int
        public var capacity: String?
    }

    public struct Signing: Sendable, Hashable {
        public var statement: Int
        public var capacity: String?
    }

    public struct Withheld: Sendable, Hashable {
        public enum Reason: Sendable, Hashable {
            case draft
            case embargoed(until: Moment)
        }
        public var file: String
        public var reason: Reason
    }
}

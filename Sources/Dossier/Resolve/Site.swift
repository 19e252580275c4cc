/// A checked, linked whole in one language: what is published, with every cross-reference
/// resolved once.
///
/// `SiteResolver` makes one only when the content has no errors, so whatever renders a `Site`
/// can trust every link in it. Links are indices into the arrays of `content`.
public struct Site: Sendable {
    public internal(set) var config: SiteConfig
    public let clock: BuildClock
    /// Published cases by name, statements newest first, the whole registry of organizations
    /// by name, and published free pages by title.
    public internal(set) var content: ContentSet
    public var cases: [Case] { content.cases }
    public var statements: [Statement] { content.statements }
    public var organizations: [Organization] { content.organizations }
    public var pages: [Page] { content.pages }
    public let staticFiles: [StaticFile]
    /// The pictures as processed, and every file of `content/static/` as published.
    public let images: SiteImages
    public internal(set) var links: Links
    /// The cases by country, status and tag.
    public internal(set) var groups: CaseGroups
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

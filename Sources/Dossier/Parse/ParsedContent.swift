/// Every content file of a site, read into the values of the content model, each at its
/// line when it has a problem: what the resolver links into a site.
public struct ParsedContent: Sendable {
    public var config: SiteConfig?
    public var values = ContentSet()
    /// The translations of every kind, in the tree's order.
    public var translations: [Translation] = []
    /// The files left out for their errors, by slug. A reference to one is not reported
    /// again as unknown: the volunteer has the file's own error to fix, and a second one
    /// at the statement that names it would point at a file that is right.
    public var leftOut = ByKind<Set<Slug>> { _ in [] }

    public var cases: [Case] { values.cases }
    public var statements: [Statement] { values.statements }
    public var organizations: [Organization] { values.organizations }
    public var pages: [Page] { values.pages }
}

/// Every name each case, statement and organization has in the site's languages, so that a
/// reader finds the Russian page by the English name and the English page by the Russian one.
struct SearchSpellings: Sendable {
    private var names: [SearchDocument.Kind: [Slug: [String]]] = [:]

    /// The names the sites show, each language's in the order of `sites` (the main one first).
    init(_ sites: [Site]) {
        for site in sites {
            // By index, not by element: a case is a large value, and a loop over the array
            // would copy each one.
            for index in site.cases.indices { add(Self.names(of: site.cases[index]), .case, site.cases[index].slug) }
            for index in site.statements.indices { add(Self.names(of: site.statements[index]), .statement, site.statements[index].slug) }
            for index in site.organizations.indices {
                add(Self.names(of: site.organizations[index]), .organization, site.organizations[index].slug)
            }
        }
    }

    /// Its names in every language, in the order first seen.
    func names(of kind: SearchDocument.Kind, _ slug: Slug) -> [String] {
        names[kind]?[slug] ?? []
    }

    /// The names of the value of `file` made again from `sites`, as `init` makes them: what a
    /// preview does when that file was saved, rather than read every name of the site again.
    mutating func refresh(_ file: String, in sites: [Site]) {
        refresh(Case.self, .case, file, in: sites, names: Self.names(of:))
        refresh(Statement.self, .statement, file, in: sites, names: Self.names(of:))
        refresh(Organization.self, .organization, file, in: sites, names: Self.names(of:))
    }

    private mutating func refresh<Item: ContentItem>(
        _ type: Item.Type, _ kind: SearchDocument.Kind, _ file: String, in sites: [Site], names: (Item) -> [String?]
    ) {
        guard let main = sites.first, let index = main.content.index(of: type, file: file) else { return }
        let slug = main.content[keyPath: Item.all][index].slug
        self.names[kind]?[slug] = nil
        for site in sites {
            if let index = site.content.index(of: type, where: { $0.slug == slug }) {
                add(names(site.content[keyPath: Item.all][index]), kind, slug)
            }
        }
    }

    private static func names(of item: Case) -> [String?] { [item.name, item.nativeName] }
    private static func names(of item: Statement) -> [String?] { [item.title] }
    private static func names(of item: Organization) -> [String?] { [item.name, item.shortName] }

    private mutating func add(_ spellings: [String?], _ kind: SearchDocument.Kind, _ slug: Slug) {
        for case let spelling? in spellings where !spelling.isEmpty && !(names[kind]?[slug]?.contains(spelling) ?? false) {
            names[kind, default: [:]][slug, default: []].append(spelling)
        }
    }
}

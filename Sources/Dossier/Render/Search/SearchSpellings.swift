/// Every name each case, statement and organization has in the site's languages, so that a
/// reader finds the Russian page by the English name and the English page by the Russian one.
struct SearchSpellings: Sendable {
    private var names: [SearchDocument.Kind: [Slug: [String]]] = [:]

    /// The names the sites show, each language's in the order of `sites` (the main one first).
    init(_ sites: [Site]) {
        func add(_ kind: SearchDocument.Kind, _ slug: Slug, _ spellings: String?...) {
            for case let spelling? in spellings where !spelling.isEmpty && !(names[kind]?[slug]?.contains(spelling) ?? false) {
                names[kind, default: [:]][slug, default: []].append(spelling)
            }
        }
        for site in sites {
            for item in site.cases { add(.case, item.slug, item.name, item.nativeName) }
            for item in site.statements { add(.statement, item.slug, item.title) }
            for item in site.organizations { add(.organization, item.slug, item.name, item.shortName) }
        }
    }

    /// Its names in every language, in the order first seen.
    func names(of kind: SearchDocument.Kind, _ slug: Slug) -> [String] {
        names[kind]?[slug] ?? []
    }
}

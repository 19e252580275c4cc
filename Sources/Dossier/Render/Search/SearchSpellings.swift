/// Every name each case, statement and organization has in the site's languages, so that a
/// reader finds the Russian page by the English name and the English page by the Russian one.
struct SearchSpellings: Sendable {
    private var names: [SearchDocument.Kind: [Slug: [String]]] = [:]

    /// The names the sites show, each language's in the order of `sites` (the main one first).
    init(_ sites: [Site]) {
        for site in sites {
            // By index, not by element: a case is a large value, and a loop over the array
            // would copy each one.
            for index in site.cases.indices { add(names(ofCaseAt: index, in: site), .case, site.cases[index].slug) }
            for index in site.statements.indices { add([site.statements[index].title], .statement, site.statements[index].slug) }
            for index in site.organizations.indices {
                add(names(ofOrganizationAt: index, in: site), .organization, site.organizations[index].slug)
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
        guard let main = sites.first else { return }
        if let index = main.cases.indices.first(where: { main.cases[$0].file == file }) {
            let slug = main.cases[index].slug
            names[.case]?[slug] = nil
            for site in sites {
                if let index = site.cases.indices.first(where: { site.cases[$0].slug == slug }) {
                    add(names(ofCaseAt: index, in: site), .case, slug)
                }
            }
        } else if let index = main.statements.indices.first(where: { main.statements[$0].file == file }) {
            let slug = main.statements[index].slug
            names[.statement]?[slug] = nil
            for site in sites {
                if let index = site.statements.indices.first(where: { site.statements[$0].slug == slug }) {
                    add([site.statements[index].title], .statement, slug)
                }
            }
        } else if let index = main.organizations.indices.first(where: { main.organizations[$0].file == file }) {
            let slug = main.organizations[index].slug
            names[.organization]?[slug] = nil
            for site in sites {
                if let index = site.organizations.indices.first(where: { site.organizations[$0].slug == slug }) {
                    add(names(ofOrganizationAt: index, in: site), .organization, slug)
                }
            }
        }
    }

    private func names(ofCaseAt index: Int, in site: Site) -> [String?] {
        [site.cases[index].name, site.cases[index].nativeName]
    }

    private func names(ofOrganizationAt index: Int, in site: Site) -> [String?] {
        [site.organizations[index].name, site.organizations[index].shortName]
    }

    private mutating func add(_ spellings: [String?], _ kind: SearchDocument.Kind, _ slug: Slug) {
        for case let spelling? in spellings where !spelling.isEmpty && !(names[kind]?[slug]?.contains(spelling) ?? false) {
            names[kind, default: [:]][slug, default: []].append(spelling)
        }
    }
}

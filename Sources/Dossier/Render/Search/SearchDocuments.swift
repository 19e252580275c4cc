extension SiteContexts {
    /// What the search index of this language holds: every published case, statement and
    /// organization (drafts and embargoed statements never reach a `Site`), with what its
    /// page shows in this language and its names in the others.
    func searchDocuments() -> [SearchDocument] {
        let cases = site.cases.concurrentMap { item in
            SearchDocument(
                kind: .case, path: path(paths.case(item.slug)), title: item.name,
                spellings: otherSpellings(.case, item.slug, besides: item.name), nativeName: item.nativeName,
                country: item.country, status: item.status.rawValue, statusLabel: strings.label(status: item.status),
                daysText: detentionPeriod(of: item).map(text), dateText: nil,
                words: .body(item.body))
        }
        let statements = site.statements.concurrentMap { item in
            SearchDocument(
                kind: .statement, path: path(paths.statement(item.slug)), title: item.title,
                spellings: otherSpellings(.statement, item.slug, besides: item.title),
                dateText: strings.text(item.date), words: .body(item.body))
        }
        let organizations = site.organizations.concurrentMap { item in
            SearchDocument(
                kind: .organization, path: path(paths.signatory(item.slug)), title: item.name,
                spellings: otherSpellings(.organization, item.slug, besides: item.name) + item.alsoKnownAs,
                country: item.country, words: .body(item.body))
        }
        return cases + statements + organizations
    }

    /// A page's path from this language's root, as the search script adds it to the root.
    private func path(_ url: String) -> String {
        String(url.dropFirst(paths.root.count))
    }

    /// The names in the other languages, short name and slug: what finds a page besides the
    /// title this language shows.
    private func otherSpellings(_ kind: SearchDocument.Kind, _ slug: Slug, besides title: String) -> [String] {
        searchSpellings.names(of: kind, slug).filter { $0 != title } + [slug.rawValue]
    }
}

import TemplateEngine

/// `/sitemap.xml` (the sitemaps.org protocol) and `/robots.txt`, which points to it.
///
/// Every published page is listed once, in the order the site lists it (home and the lists,
/// then cases and signatories by name, statements newest first, free pages by title, the
/// filters by name, the data and search pages), so the file changes only when the site does. URLs are
/// escaped as the theme escapes text. `lastmod` comes from the content, never from the
/// clock: a case's `updated`, a statement's `updated` or else its `date`, always as a full
/// date (`YYYY-MM-DD`), the one form sitemaps.org's schema takes besides a full timestamp.
/// Redirect pages and the 404 page are not pages to index.
///
/// A site in several languages lists each page once per language, each with its versions
/// in all of them (`xhtml:link rel="alternate" hreflang`, Google's form), `x-default`
/// being the main language's.
enum Sitemap {
    /// Writes the sitemap in pieces, handed to `write`: with every page once per language and
    /// its versions in each, a large campaign's is tens of MB (23 MB, in two languages, of
    /// the top of a build's memory when it was made whole).
    ///
    /// `languages`: the paths of each language, the main one first.
    static func write(for site: Site, languages: [SitePaths], to write: (UnsafeRawBufferPointer) throws -> Void) throws {
        let paths = languages.first ?? SitePaths(of: site)
        var entries: [(path: String, lastmod: PartialDate?)] = [
            (paths.home, nil), (paths.cases, nil), (paths.statements, nil), (paths.signatories, nil),
        ]
        entries += site.cases.map { (paths.case($0.slug), $0.updated) }
        entries += site.statements.map { (paths.statement($0.slug), $0.updated ?? $0.date) }
        entries += site.organizations.map { (paths.signatory($0.slug), nil) }
        entries += site.pages.map { (paths.page($0.slug), nil) }
        entries += Filter.pageURLs(site.groups, paths).map { ($0, nil) }
        entries += [(paths.data, nil), (paths.search, nil)]

        func loc(_ path: String) -> String { HTMLEscaping.escape(site.config.baseURL.absolute(path)) }
        let codes = site.translations.all
        let isMultilingual = languages.count > 1
        var xml = PieceBuffer()
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.append(
            isMultilingual
                ? "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
                : "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for version in languages {
            for entry in entries {
                xml.append("  <url><loc>\(loc(paths.path(entry.path, in: version)))</loc>")
                // A date known to the month or the year stands for its first day, as in the
                // feeds: the one day of it that cannot be later than the change, so the sitemap
                // never claims a page changed more recently than it did (search engines stop
                // trusting the dates of a sitemap that does), as no page overstates a fact.
                if let lastmod = entry.lastmod { xml.append("<lastmod>\(PartialDate(lastmod.earliestDay))</lastmod>") }
                if isMultilingual {
                    for (code, other) in zip(codes, languages) + [("x-default", paths)] {
                        xml.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(loc(paths.path(entry.path, in: other)))\"/>")
                    }
                    xml.append("\n  ")
                }
                xml.append("</url>\n")
                try xml.handOnIfFull(to: write)
            }
        }
        xml.append("</urlset>\n")
        try xml.handOn(to: write)
    }

    /// Crawlers read `robots.txt` only at a host's root; for a site in a sub-folder the
    /// file is still written, for the host's owner to merge into theirs.
    static func robots(for site: Site, paths: SitePaths) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(site.config.baseURL.absolute(paths.sitemap))\n"
    }
}

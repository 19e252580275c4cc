import TemplateEngine

/// The site's feeds: `/feed.xml`, the statements newest first, and `/cases/<slug>/feed.xml`,
/// the statements about one person and the events of their timeline, so that a journalist
/// can follow one case.
struct SiteFeeds {
    /// The site feed keeps the newest statements; `/statements.json` has them all.
    static let siteFeedLength = 50

    let contexts: SiteContexts
    private var site: Site { contexts.site }
    private var paths: SitePaths { contexts.paths }
    private var strings: LocalizedStrings { contexts.strings }

    init(_ contexts: SiteContexts) {
        self.contexts = contexts
    }

    private func absolute(_ path: String) -> String { site.config.baseURL.absolute(path) }

    private func feed(
        selfURL: String, pageURL: String, title: String, subtitle: String?, entries: [AtomFeed.Entry], updatedWhenEmpty: PartialDate
    ) -> [UInt8] {
        AtomFeed(
            selfURL: absolute(selfURL), pageURL: absolute(pageURL), title: title, subtitle: subtitle,
            author: site.config.title, authorURL: site.config.baseURL.absolute, language: site.config.language,
            rights: site.config.licence?.name, entries: entries, updatedWhenEmpty: updatedWhenEmpty
        ).xml
    }

    /// When a feed with no entry last changed, as far as the content tells: the newest date it
    /// states of a change (a case's `updated`, a statement's), else the day of the build.
    private var newestChange: PartialDate {
        (site.cases.compactMap(\.updated) + site.statements.map { $0.updated ?? $0.date }).max() ?? PartialDate(site.clock.today)
    }

    /// A statement; with its whole text in the site feed, and with its dateline only in a
    /// case's feed, where the same texts would otherwise be copied into every case they
    /// concern (92 MB of feeds on the 10,000-case bench corpus).
    private func entry(statement index: Int, withText: Bool) -> AtomFeed.Entry {
        let statement = site.statements[index]
        return AtomFeed.Entry(
            url: absolute(paths.statement(statement.slug)), title: statement.title,
            published: statement.date, updated: statement.updated ?? statement.date,
            authors: site.links.signatures[index].map { site.organizations[$0.organization].name },
            category: statement.kind.map { ($0.rawValue, strings.label(kind: $0)) },
            summary: contexts.dateline(of: statement),
            // Its links relative to the statement's page, which the entry's `xml:base` names.
            contentHTML: withText ? statement.body.linkedText.string(.relative(from: paths.outputFile(for: paths.statement(statement.slug)))) : nil
        )
    }

    var siteFeed: [UInt8] {
        feed(
            selfURL: paths.feed, pageURL: paths.statements, title: contexts.siteFeedTitle,
            subtitle: site.config.description,
            entries: site.statements.indices.prefix(Self.siteFeedLength).map { entry(statement: $0, withText: true) },
            updatedWhenEmpty: newestChange)
    }

    func caseFeed(_ index: Int) -> [UInt8] {
        let item = site.cases[index]
        let page = absolute(paths.case(item.slug))
        let events = zip(item.timeline, item.timelineAnchors).map { event, anchor in
            AtomFeed.Entry(
                url: page + "#" + anchor, title: "\(strings.text(event.date)): \(event.event)",
                published: event.date, updated: event.date, contentHTML: nil)
        }
        // Newest first; on the same day a statement comes before the event it reports.
        let entries = (site.links.statementsAboutCase[index].map { entry(statement: $0, withText: false) } + events)
            .enumerated().sorted { ($0.element.updated, $1.offset) > ($1.element.updated, $0.offset) }.map(\.element)
        return feed(
            selfURL: paths.caseFeed(item.slug), pageURL: paths.case(item.slug), title: contexts.feedTitle(of: item),
            subtitle: nil, entries: entries, updatedWhenEmpty: item.updated ?? newestChange)
    }
}

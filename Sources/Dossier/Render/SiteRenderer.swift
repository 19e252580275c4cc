import Foundation

/// Renders a resolved site into the files of the output: one page per case, statement,
/// organization and free page, the lists and filters, the 404 page, a redirect per alias,
/// the feeds, the open data, the sitemap, the theme's assets and the campaign's static files.
struct SiteRenderer {
    let templates: TemplateSet
    /// The words of the main language.
    let strings: LocalizedStrings
    let theme: Theme
    /// The words of each other language of the site, by tag.
    var otherStrings: [String: LocalizedStrings] = [:]

    func render(_ site: Site) -> [OutputFile] {
        renderLive(site).files
    }

    /// A page of the site: the template it is rendered with, and its context, made only when
    /// asked for.
    struct Page {
        let template: String
        let url: String
        let context: @Sendable () -> TemplateContext
    }

    /// Every page of the site, in every language, in the order they are written.
    func pages(of site: Site) -> [Page] {
        contexts(of: site).flatMap { pages(of: $0.current.site, live: $0) }
    }

    /// The contexts of each language's pages, the main language first.
    private func contexts(of site: Site) -> [LiveContexts] {
        let names = Dictionary(uniqueKeysWithValues: ([(site.config.language, strings)] + otherStrings.map { ($0.key, $0.value) })
            .map { ($0.0, $0.1.optionalWord("language_name") ?? $0.0) })
        return site.translations.all.map { language in
            let localized = language == site.config.language ? site : site.localized(to: language)
            return LiveContexts(SiteContexts(site: localized, strings: otherStrings[language] ?? strings, languageNames: names))
        }
    }

    /// The files, each rendered from contexts held where a preview can replace them with
    /// those of an updated site of the same URLs (`LiveContexts`), one per language.
    func renderLive(_ site: Site) -> (files: [OutputFile], contexts: [LiveContexts]) {
        let languages = contexts(of: site)
        let main = SitePaths(of: site)
        let templates = self.templates
        var files: [OutputFile] = []
        /// A file of the whole site, made only when it is written, like a page.
        func file(_ url: String, _ text: @escaping @Sendable () -> String) {
            files.append(OutputFile(path: main.outputFile(for: url), contents: .rendered(text)))
        }
        func bytes(_ url: String, _ bytes: @escaping @Sendable () -> [UInt8]) {
            files.append(OutputFile(path: main.outputFile(for: url), contents: .renderedBytes(bytes)))
        }
        // The files of the whole site first: each is one long job, and the writer hands files
        // to the cores in this order, so a long one last would leave a core idle meanwhile.
        // Each language has its own feed and open data, under its prefix.
        for live in languages {
            let paths = live.current.paths
            file(paths.feed) { SiteFeeds(live.current).siteFeed }
            bytes(paths.casesJSON) { OpenData(site: live.current.site, paths: paths).casesJSON }
            bytes(paths.statementsJSON) { OpenData(site: live.current.site, paths: paths).statementsJSON }
            bytes(paths.signatoriesJSON) { OpenData(site: live.current.site, paths: paths).signatoriesJSON }
            file(paths.casesCSV) { OpenData(site: live.current.site, paths: paths).casesCSV }
        }
        let versions = languages.map(\.current.paths)
        file(main.sitemap) { Sitemap.xml(for: site, languages: versions) }
        file(main.robots) { Sitemap.robots(for: site, paths: main) }

        // A page is rendered by the writer, context and template both, on whichever core is
        // free: pages are independent once the contexts' shared pieces exist.
        for live in languages {
            let paths = live.current.paths
            for page in pages(of: live.current.site, live: live) {
                files.append(OutputFile(path: paths.outputFile(for: page.url), contents: .renderedBytes { templates.render(page.template, page.context()) }))
            }
            // In its language's order: a translated language sorts by its own names.
            for (index, item) in live.current.site.cases.enumerated() {
                file(paths.caseFeed(item.slug)) { SiteFeeds(live.current).caseFeed(index) }
            }
        }

        for path in theme.files.keys.sorted() where path.hasPrefix("assets/") {
            if let file = theme.files[path] { files.append(OutputFile(path: path, contents: .data(file.contents))) }
        }
        // Pictures as processed (never as they were), other static files as they are.
        files += site.images.files
        return (files, languages)
    }

    private func pages(of site: Site, live: LiveContexts) -> [Page] {
        let paths = live.current.paths
        var pages: [Page] = []
        func page(_ template: String, _ url: String, _ context: @escaping @Sendable () -> TemplateContext) {
            pages.append(Page(template: template, url: url, context: context))
        }
        /// A content file's page, and a redirect to it from each of its old URLs.
        func page(_ template: String, _ url: String, aliases: [Alias], _ context: @escaping @Sendable () -> TemplateContext) {
            page(template, url, context)
            for alias in aliases { page("redirect", paths.alias(alias)) { live.current.redirect(to: url) } }
        }

        page("home", paths.home) { live.current.homePage() }
        page("cases", paths.cases) { live.current.casesPage() }
        page("statements", paths.statements) { live.current.statementsPage() }
        page("signatories", paths.signatories) { live.current.signatoriesPage() }
        page("404", paths.notFound) { live.current.notFoundPage() }
        for (index, item) in site.cases.enumerated() {
            page("case", paths.case(item.slug), aliases: item.aliases) { live.current.casePage(index) }
        }
        for (index, item) in site.statements.enumerated() {
            page("statement", paths.statement(item.slug), aliases: item.aliases) { live.current.statementPage(index) }
        }
        for (index, item) in site.organizations.enumerated() {
            page("signatory", paths.signatory(item.slug), aliases: item.aliases) { live.current.signatoryPage(index) }
        }
        for (index, item) in site.pages.enumerated() {
            page("page", paths.page(item.slug), aliases: item.aliases) { live.current.freePage(index) }
        }
        for filter in Filter.allCases {
            page("groups", filter.indexURL(paths)) { live.current.filterIndexPage(filter) }
            for (index, group) in filter.groups(site.groups).enumerated() {
                page("group", filter.url(of: group, paths)) { live.current.filterGroupPage(filter, index) }
            }
        }

        page("data", paths.data) { live.current.dataPage() }
        return pages
    }
}

/// The contexts every page of a site renders from. A preview replaces them when a saved
/// file changed nothing but its own pages' contents; the files stay the same.
final class LiveContexts: @unchecked Sendable {
    private let lock = NSLock()
    private var contexts: SiteContexts

    init(_ contexts: SiteContexts) {
        self.contexts = contexts
    }

    var current: SiteContexts {
        get { lock.withLock { contexts } }
        set { lock.withLock { contexts = newValue } }
    }

    /// Changes the contexts where they lie, so that an array only they hold is not copied.
    /// `change` must not read `current`, which waits for the same lock.
    func modify(_ change: (inout SiteContexts) -> Void) {
        lock.withLock { change(&contexts) }
    }
}

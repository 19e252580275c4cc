import Foundation
import TemplateEngine

/// Renders a resolved site into the files of the output: one page per case, statement,
/// organization and free page, the lists and filters, the 404 page, a redirect per alias,
/// the feeds, the open data, the sitemap, the theme's assets and the campaign's static files.
struct SiteRenderer {
    let theme: Theme
    let templates: TemplateSet
    /// The case pages' QR codes, kept from the last build; in memory only unless the
    /// builder gives the cache's file.
    var qrCodes = QRCodeCache(file: nil)

    /// Renders the site in each of its languages, the main one first.
    ///
    /// Each language's search index is made before the summaries the pages share, which it
    /// does not read: made beside them, it was the top of a large build's memory.
    func render(_ sites: [Site]) -> [OutputFile] {
        var contexts = contextsWithoutSummaries(of: sites)
        // One language after the other: each index is made on both cores already, and two
        // at once would hold two languages' words in memory at once.
        let index = contexts.flatMap(searchIndexFiles(of:))
        for language in contexts.indices { contexts[language].makeSummaries() }
        return files(of: contexts.map { contexts in { contexts } }, searchIndex: .bySize(index))
    }

    /// How the search index is cut into files.
    enum SearchIndexLayout {
        /// Into files of tens of KB, made before the site is written: the writer needs every
        /// file's path first, and how many files there are depends on the whole index.
        case bySize([OutputFile])
        /// A preview's: the same four files always, each made when asked for.
        case whole
    }

    /// The contexts of each language's pages, the main language first.
    func contexts(of sites: [Site]) -> [SiteContexts] {
        contextsWithoutSummaries(of: sites).map { contexts in
            var contexts = contexts
            contexts.makeSummaries()
            return contexts
        }
    }

    private func contextsWithoutSummaries(of sites: [Site]) -> [SiteContexts] {
        let names = Dictionary(
            sites.map { site in
                (site.config.language, theme.strings(for: site.config.language).optionalWord("language_name") ?? site.config.language)
            }, uniquingKeysWith: { first, _ in first })
        let spellings = SearchSpellings(sites)
        let themeImage = theme.files[SharingImage.themePath].map { SharingImage(theme: $0.contents, at: SharingImage.themePath) }
        return sites.map {
            SiteContexts(
                site: $0, strings: theme.strings(for: $0.config.language), languageNames: names, spellings: spellings,
                qrCodes: qrCodes, themeImage: themeImage)
        }
    }

    /// A page of the site: the template it is rendered with, and its context, made only when
    /// asked for.
    struct Page {
        let template: String
        let url: String
        let context: @Sendable () -> TemplateContext
    }

    /// Every page of a language's site, in the order they are written.
    func pages(of contexts: SiteContexts) -> [Page] {
        pages(of: contexts.site, contexts: { contexts })
    }

    /// The files of the site, each made when it is written from the contexts `languages`
    /// give at that moment (one per language, the main one first): a build gives the same
    /// contexts always, a preview the ones it has put a saved file in since.
    func files(of languages: [@Sendable () -> SiteContexts], searchIndex: SearchIndexLayout) -> [OutputFile] {
        let templates = self.templates
        let main = languages[0]().paths
        var files: [OutputFile] = []
        /// A file of the whole site, made only when it is written, like a page.
        func file(_ url: String, _ text: @escaping @Sendable () -> String) {
            files.append(OutputFile(path: main.outputFile(for: url), contents: .rendered(text)))
        }
        func bytes(_ url: String, _ bytes: @escaping @Sendable () -> [UInt8]) {
            files.append(OutputFile(path: main.outputFile(for: url), contents: .renderedBytes(bytes)))
        }
        /// A large one written to disk in pieces as it is made.
        func streamed(_ url: String, _ make: @escaping @Sendable ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) {
            files.append(OutputFile(path: main.outputFile(for: url), contents: .streamed(make)))
        }
        // The files of the whole site first: each is one long job, and the writer hands files
        // to the cores in this order, so a long one last would leave a core idle meanwhile.
        // Each language has its own feed and open data, under its prefix.
        for live in languages {
            let paths = live().paths
            bytes(paths.feed) { SiteFeeds(live()).siteFeed }
            streamed(paths.casesJSON) { try OpenData(site: live().site, paths: paths).writeCasesJSON(to: $0) }
            streamed(paths.statementsJSON) { try OpenData(site: live().site, paths: paths).writeStatementsJSON(to: $0) }
            streamed(paths.signatoriesJSON) { try OpenData(site: live().site, paths: paths).writeSignatoriesJSON(to: $0) }
            streamed(paths.casesCSV) { try OpenData(site: live().site, paths: paths).writeCasesCSV(to: $0) }
        }
        let mainSite = languages[0]
        let versions = languages.map { $0().paths }
        streamed(main.sitemap) { try Sitemap.write(for: mainSite().site, languages: versions, to: $0) }
        file(main.robots) { Sitemap.robots(for: mainSite().site, paths: main) }

        // A page is rendered by the writer, context and template both, on whichever core is
        // free: pages are independent once the contexts' shared pieces exist. Each writes its
        // links relative to itself, and checks that it did (`LinkAudit`).
        let config = mainSite().site.config
        let offlineCopy = OfflineCopyLinks(config)
        let siteFiles = SiteFileList()
        let audit = LinkAudit(base: config.baseURL, allowed: Set(offlineCopy?.elsewhere.values.map { $0 } ?? []), files: siteFiles)
        for live in languages {
            let current = live()
            let paths = current.paths
            for page in pages(of: current.site, contexts: live) {
                let file = paths.outputFile(for: page.url)
                // The not-found page is served at whatever address was asked for, at any depth:
                // relative links would lead nowhere from there, so it links from the host's
                // root, through the base URL's path (`/campaign/cases/`).
                let isNotFound = page.template == "404"
                let online = isNotFound ? LinkStyle(prefix: config.baseURL.path) : LinkStyle.relative(from: file)
                let checked = audit
                var output = OutputFile(
                    path: file,
                    contents: .renderedInPlace { use in
                        try templates.withPage(page.template, page.context(), links: online) { bytes in
                            if !isNotFound { try checked.check(bytes, at: file) }
                            try use(bytes)
                        }
                    })
                if let offlineCopy {
                    // From disk, every page (the not-found one too) links to files by name.
                    let style = LinkStyle.relative(from: file, namesIndexFiles: true, elsewhere: offlineCopy.elsewhere)
                    output.offline = { try audit.checked(templates.render(page.template, page.context(), links: style), at: file) }
                }
                files.append(output)
            }
            // In its language's order: a translated language sorts by its own names.
            for (index, item) in current.site.cases.enumerated() {
                bytes(paths.caseFeed(item.slug)) { SiteFeeds(live()).caseFeed(index) }
            }
        }

        files += searchIndexFiles(of: languages, layout: searchIndex)

        for path in theme.files.keys.sorted() where path.hasPrefix("assets/") {
            if let file = theme.files[path] { files.append(OutputFile(path: path, contents: .data(file.contents))) }
        }
        // Pictures as processed (never as they were), other static files as they are.
        files += languages[0]().site.images.files
        siteFiles.set(files)
        return files
    }

    /// The search index of each language, in `assets/search/<lang>/`.
    private func searchIndexFiles(of languages: [@Sendable () -> SiteContexts], layout: SearchIndexLayout) -> [OutputFile] {
        switch layout {
        case .bySize(let files): return files
        case .whole:
            return languages.flatMap { live in
                let contexts = live()
                let folder = contexts.paths.searchIndex(language: contexts.site.config.language)
                let index = PreviewSearchIndex()
                return SearchIndex.wholeFiles.map { name in
                    OutputFile(path: folder + name, contents: .renderedBytes { index.file(name, of: live()) })
                }
            }
        }
    }

    /// One language's search index cut by size.
    private func searchIndexFiles(of contexts: SiteContexts) -> [OutputFile] {
        let folder = contexts.paths.searchIndex(language: contexts.site.config.language)
        // Each file's bytes are kept as they were made, not copied into `Data`: all of
        // them at once twice was the top of a large build's memory.
        let files = SearchIndex.files(for: contexts.searchDocuments()).map { file in
            OutputFile(path: folder + file.path, contents: .renderedBytes { file.bytes })
        }
        // Making an index lets go of more than it keeps (each story's words, the runs'
        // postings): handed back to the system before the next language's index and
        // the pages, it is not held beside them (30 MiB off a large build's peak).
        FreedMemory.release()
        return files
    }

    private func pages(of site: Site, contexts live: @escaping @Sendable () -> SiteContexts) -> [Page] {
        let paths = live().paths
        var pages: [Page] = []
        func page(_ template: String, _ url: String, _ context: @escaping @Sendable () -> TemplateContext) {
            pages.append(Page(template: template, url: url, context: context))
        }
        /// A content file's page, and a redirect to it from each of its old URLs.
        func page(_ template: String, _ url: String, aliases: [Alias], _ context: @escaping @Sendable () -> TemplateContext) {
            page(template, url, context)
            for alias in aliases { page("redirect", paths.alias(alias)) { live().redirect(to: url) } }
        }

        page("home", paths.home) { live().homePage() }
        page("cases", paths.cases) { live().casesPage() }
        page("statements", paths.statements) { live().statementsPage() }
        page("signatories", paths.signatories) { live().signatoriesPage() }
        page("404", paths.notFound) { live().notFoundPage() }
        for (index, item) in site.cases.enumerated() {
            page("case", paths.case(item.slug), aliases: item.aliases) { live().casePage(index) }
        }
        for (index, item) in site.statements.enumerated() {
            page("statement", paths.statement(item.slug), aliases: item.aliases) { live().statementPage(index) }
        }
        for (index, item) in site.organizations.enumerated() {
            page("signatory", paths.signatory(item.slug), aliases: item.aliases) { live().signatoryPage(index) }
        }
        for (index, item) in site.pages.enumerated() {
            page("page", paths.page(item.slug), aliases: item.aliases) { live().freePage(index) }
        }
        for filter in Filter.allCases {
            page("groups", filter.indexURL(paths)) { live().filterIndexPage(filter) }
            for (index, group) in filter.groups(site.groups).enumerated() {
                page("group", filter.url(of: group, paths)) { live().filterGroupPage(filter, index) }
            }
        }

        page("data", paths.data) { live().dataPage() }
        page("search", paths.search) { live().searchPage() }
        return pages
    }
}

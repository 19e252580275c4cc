/// Renders a resolved site into the files of the output: one page per case, statement,
/// organization and free page, the lists and filters, the 404 page, a redirect per alias,
/// the feeds, the open data, the sitemap, the theme's assets and the campaign's static files.
struct SiteRenderer {
    let templates: TemplateSet
    let strings: LocalizedStrings
    let theme: Theme

    func render(_ site: Site) -> [OutputFile] {
        let contexts = SiteContexts(site: site, strings: strings)
        let paths = contexts.paths
        let templates = self.templates
        var files: [OutputFile] = []
        /// A page is rendered by the writer, context and template both, on whichever core is
        /// free: pages are independent once the contexts' shared pieces exist.
        func page(_ template: String, _ url: String, _ context: @escaping @Sendable () -> TemplateContext) {
            files.append(OutputFile(path: paths.outputFile(for: url), contents: .rendered { templates.render(template, context().values) }))
        }
        /// A content file's page, and a redirect to it from each of its old URLs.
        func page(_ template: String, _ url: String, aliases: [Alias], _ context: @escaping @Sendable () -> TemplateContext) {
            page(template, url, context)
            for alias in aliases { page("redirect", paths.alias(alias)) { contexts.redirect(to: url) } }
        }

        /// A file of the whole site, made only when it is written, like a page.
        func file(_ url: String, _ text: @escaping @Sendable () -> String) {
            files.append(OutputFile(path: paths.outputFile(for: url), contents: .rendered(text)))
        }
        // The files of the whole site first: each is one long job, and the writer hands files
        // to the cores in this order, so a long one last would leave a core idle meanwhile.
        let feeds = SiteFeeds(contexts)
        file(paths.feed) { feeds.siteFeed }
        let data = OpenData(site: site, paths: paths)
        func bytes(_ url: String, _ bytes: @escaping @Sendable () -> [UInt8]) {
            files.append(OutputFile(path: paths.outputFile(for: url), contents: .renderedBytes(bytes)))
        }
        bytes(paths.casesJSON) { data.casesJSON }
        bytes(paths.statementsJSON) { data.statementsJSON }
        bytes(paths.signatoriesJSON) { data.signatoriesJSON }
        file(paths.casesCSV) { data.casesCSV }
        file(paths.sitemap) { Sitemap.xml(for: site, paths: paths) }
        file(paths.robots) { Sitemap.robots(for: site, paths: paths) }

        page("home", paths.home) { contexts.homePage() }
        page("cases", paths.cases) { contexts.casesPage() }
        page("statements", paths.statements) { contexts.statementsPage() }
        page("signatories", paths.signatories) { contexts.signatoriesPage() }
        page("404", paths.notFound) { contexts.notFoundPage() }
        for (index, item) in site.cases.enumerated() {
            page("case", paths.case(item.slug), aliases: item.aliases) { contexts.casePage(index) }
        }
        for (index, item) in site.statements.enumerated() {
            page("statement", paths.statement(item.slug), aliases: item.aliases) { contexts.statementPage(index) }
        }
        for (index, item) in site.organizations.enumerated() {
            page("signatory", paths.signatory(item.slug), aliases: item.aliases) { contexts.signatoryPage(index) }
        }
        for (index, item) in site.pages.enumerated() {
            page("page", paths.page(item.slug), aliases: item.aliases) { contexts.freePage(index) }
        }
        for filter in Filter.allCases {
            page("groups", filter.indexURL(paths)) { contexts.filterIndexPage(filter) }
            for (index, group) in filter.groups(site.groups).enumerated() {
                page("group", filter.url(of: group, paths)) { contexts.filterGroupPage(filter, index) }
            }
        }

        page("data", paths.data) { contexts.dataPage() }
        for (index, item) in site.cases.enumerated() {
            file(paths.caseFeed(item.slug)) { feeds.caseFeed(index) }
        }

        for path in theme.files.keys.sorted() where path.hasPrefix("assets/") {
            if let file = theme.files[path] { files.append(OutputFile(path: path, contents: .data(file.contents))) }
        }
        for file in site.staticFiles {
            files.append(OutputFile(path: file.outputPath, contents: .copy(file.source)))
        }
        return files
    }
}

/// Renders a resolved site into the files of the output: one page per case, statement,
/// organization and free page, the lists, the 404 page, a redirect per alias, the theme's
/// assets and the campaign's static files.
struct SiteRenderer {
    let templates: TemplateSet
    let strings: LocalizedStrings
    let theme: Theme

    func render(_ site: Site) -> [OutputFile] {
        let contexts = SiteContexts(site: site, strings: strings)
        let paths = contexts.paths
        var pages: [PageJob] = []
        func page(_ template: String, _ url: String, _ context: @escaping @Sendable () -> TemplateContext) {
            pages.append(PageJob(template: template, url: url, context: context))
        }
        /// A content file's page, and a redirect to it from each of its old URLs.
        func page(_ template: String, _ url: String, aliases: [Alias], _ context: @escaping @Sendable () -> TemplateContext) {
            page(template, url, context)
            for alias in aliases { page("redirect", paths.alias(alias)) { contexts.redirect(to: url) } }
        }

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

        // Pages are independent once the contexts' shared pieces exist: the writer renders
        // each, context and template both, on whichever core is free.
        let templates = self.templates
        var files = pages.map { job in
            OutputFile(path: paths.outputFile(for: job.url), contents: .page { templates.render(job.template, job.context().values) })
        }
        files.append(OutputFile(path: "sitemap.xml", contents: .text(Sitemap.xml(for: site, paths: paths))))
        files.append(OutputFile(path: "robots.txt", contents: .text(Sitemap.robots(for: site, paths: paths))))
        for path in theme.files.keys.sorted() where path.hasPrefix("assets/") {
            if let file = theme.files[path] { files.append(OutputFile(path: path, contents: .data(file.contents))) }
        }
        for file in site.staticFiles {
            files.append(OutputFile(path: file.outputPath, contents: .copy(file.source)))
        }
        return files
    }
}

/// A page to render: which template, at which URL, with the context made when it is rendered.
private struct PageJob: Sendable {
    let template: String
    let url: String
    let context: @Sendable () -> TemplateContext
}

/// Where each page of the site lives: its URL path (with the base URL's path in front) and
/// the file that serves it, relative to the output folder.
///
/// A language other than the main one has every page under its prefix (`root` is
/// `/ru/`); the theme's assets and the pictures are the site's, once, at `base`.
struct SitePaths {
    /// Where this language's pages start: the base URL's path, then the language prefix.
    let root: String
    /// The base URL's path: where the output folder starts.
    let base: String

    init(root: String, base: String? = nil) {
        self.root = root
        self.base = base ?? root
    }

    /// The same page in the language whose paths are `other`.
    func path(_ url: String, in other: SitePaths) -> String {
        url.hasPrefix(root) ? other.root + url.dropFirst(root.count) : url
    }

    var home: String { root }
    var cases: String { root + "cases/" }
    var statements: String { root + "statements/" }
    var signatories: String { root + "signatories/" }
    var notFound: String { root + "404.html" }
    var countries: String { root + "countries/" }
    var statuses: String { root + "status/" }
    var tags: String { root + "tags/" }
    var data: String { root + "data/" }
    var feed: String { root + "feed.xml" }
    var sitemap: String { root + "sitemap.xml" }
    var robots: String { base + "robots.txt" }
    var casesJSON: String { root + "cases.json" }
    var casesCSV: String { root + "cases.csv" }
    var statementsJSON: String { root + "statements.json" }
    var signatoriesJSON: String { root + "signatories.json" }

    /// The files of the whole site the generator writes besides pages: a content file's
    /// alias must not take one.
    var generatedFiles: [String] { [feed, sitemap, robots, casesJSON, casesCSV, statementsJSON, signatoriesJSON] }
    /// The folders whose every page the generator makes: the lists and the filters.
    var generatedFolders: [String] { [cases, statements, signatories, countries, statuses, tags, data] }

    /// The page of a content file of `kind`.
    func url(of kind: ContentKind, _ slug: Slug) -> String {
        switch kind {
        case .case: `case`(slug)
        case .statement: statement(slug)
        case .organization: signatory(slug)
        case .page: page(slug)
        }
    }

    func `case`(_ slug: Slug) -> String { cases + slug.rawValue + "/" }
    func statement(_ slug: Slug) -> String { statements + slug.rawValue + "/" }
    func signatory(_ slug: Slug) -> String { signatories + slug.rawValue + "/" }
    func page(_ slug: Slug) -> String { root + slug.rawValue + "/" }
    func caseFeed(_ slug: Slug) -> String { `case`(slug) + "feed.xml" }
    /// A photo is written from the site's root (`/static/x.jpg`); the site may live in a folder.
    func photo(_ photo: Photo) -> String { base + photo.path.dropFirst() }
    func status(_ slug: String) -> String { statuses + slug + "/" }
    func country(_ slug: String) -> String { countries + slug + "/" }
    func tag(_ slug: String) -> String { tags + slug + "/" }
    func alias(_ alias: Alias) -> String { root + alias.path.dropFirst() }

    /// `/campaign/cases/x/` → `cases/x/index.html`; a path that does not end in `/`
    /// (`/campaign/feed.xml`) is its own file.
    func outputFile(for urlPath: String) -> String {
        let relative = String(urlPath.dropFirst(base.count))
        return relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
    }
}

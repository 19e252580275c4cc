/// Where each page and file of a language lives, as a path from the site's root (the output
/// folder): `cases/x/` in the main language, `ru/cases/x/` in another; "" is the home page. A
/// page links to another through these, written relative to itself (`SiteLink`); a full
/// address is the base URL followed by the path (`BaseURL.absolute`).
///
/// A path ending in `/` is a page, served from its folder's `index.html`; any other names a
/// file. The theme's assets, the pictures and the offline copy are the site's, once, at its root.
struct SitePaths {
    /// Where this language's pages start: "" for the main language, `ru/` for another.
    let root: String

    init(root: String = "") {
        self.root = root
    }

    /// The same page in the language whose paths are `other`.
    func path(_ path: String, in other: SitePaths) -> String {
        path.hasPrefix(root) ? other.root + path.dropFirst(root.count) : path
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
    var search: String { root + "search/" }
    /// The search index of the language: `assets/search/<lang>/`, beside the search script,
    /// which loads its files by their path from its own.
    func searchIndex(language: String) -> String { "assets/search/\(language)/" }
    var feed: String { root + "feed.xml" }
    var sitemap: String { root + "sitemap.xml" }
    var robots: String { "robots.txt" }
    var casesJSON: String { root + "cases.json" }
    var casesCSV: String { root + "cases.csv" }
    var statementsJSON: String { root + "statements.json" }
    var signatoriesJSON: String { root + "signatories.json" }
    var stylesheet: String { "assets/dossier.css" }
    var script: String { "assets/dossier.js" }
    var downloads: String { "download/" }

    /// The files of the whole site the generator writes besides pages: a content file's
    /// alias must not take one.
    var generatedFiles: [String] { [feed, sitemap, robots, casesJSON, casesCSV, statementsJSON, signatoriesJSON] }
    /// The folders whose every page the generator makes: the lists and the filters.
    var generatedFolders: [String] { [cases, statements, signatories, countries, statuses, tags, data, search] }

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
    /// A photo's `/static/x.jpg`, as content writes it, is `static/x.jpg` of every language.
    func photo(_ photo: Photo) -> String { String(photo.path.dropFirst()) }
    func status(_ slug: String) -> String { statuses + slug + "/" }
    func country(_ slug: String) -> String { countries + slug + "/" }
    func tag(_ slug: String) -> String { tags + slug + "/" }
    /// An old address, `/cases/old-name/` as content writes it, in this language.
    func alias(_ alias: Alias) -> String { root + alias.path.dropFirst() }

    /// The file that serves a path: `cases/x/` → `cases/x/index.html`; a path that does not
    /// end in `/` (`feed.xml`) is its own file.
    func outputFile(for path: String) -> String {
        path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
}

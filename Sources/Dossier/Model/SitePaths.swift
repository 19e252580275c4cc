/// Where each page of the site lives: its URL path (with the base URL's path in front) and
/// the file that serves it, relative to the output folder.
struct SitePaths {
    let root: String

    var home: String { root }
    var cases: String { root + "cases/" }
    var statements: String { root + "statements/" }
    var signatories: String { root + "signatories/" }
    var notFound: String { root + "404.html" }
    var stylesheet: String { root + "assets/dossier.css" }

    func `case`(_ slug: Slug) -> String { cases + slug.rawValue + "/" }
    func statement(_ slug: Slug) -> String { statements + slug.rawValue + "/" }
    func signatory(_ slug: Slug) -> String { signatories + slug.rawValue + "/" }
    func page(_ slug: Slug) -> String { root + slug.rawValue + "/" }
    func alias(_ alias: Alias) -> String { root + alias.path.dropFirst() }

    /// `/campaign/cases/x/` → `cases/x/index.html`; a path ending in `.html` is its own file.
    func outputFile(for urlPath: String) -> String {
        let relative = String(urlPath.dropFirst(root.count))
        return relative.hasSuffix(".html") ? relative : relative + "index.html"
    }
}

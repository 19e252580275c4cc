import Foundation

/// Checks that every link of a published body that leads into the site (`/cases/x/`, or the
/// site's own full address) leads to a page or file the build writes. A broken link is an
/// error at its line; a link to a draft or an embargoed page is a warning, since the page will
/// exist once it is published.
struct LinkChecker {
    private let paths = SitePaths()
    private let site: SiteAddresses
    /// Output files the build writes, relative to the output folder.
    private var published: Set<String> = []
    /// Output files of pages written only once they are published, with their source file.
    private var unpublished: [String: String] = [:]
    private var pageURLs: [String] = []
    /// The translated languages: `ru/cases/x/` is the page `cases/x/` in Russian.
    private let languages: [String]

    /// `staticFiles`: where each file of `content/static/` is published (a HEIC picture as
    /// `.jpg`), relative to the output folder.
    init(site: SiteAddresses, staticFiles: [String], languages: [String] = []) {
        self.site = site
        self.languages = languages
        for url in [paths.home, paths.notFound] + paths.generatedFolders + paths.generatedFiles {
            published.insert(paths.outputFile(for: url))
        }
        for file in staticFiles { published.insert(file) }
    }

    /// A page (and its old addresses) that a normal build writes, or leaves out.
    mutating func add(_ url: String, aliases: [Alias], file: String, isPublished: Bool) {
        for address in [url] + aliases.map(paths.alias) {
            if isPublished {
                published.insert(paths.outputFile(for: address))
            } else {
                unpublished[paths.outputFile(for: address)] = file
            }
        }
        if isPublished { pageURLs.append(url) }
    }

    /// Whether the site writes (or will, once published) the file `link` leads to.
    func leadsIntoSite(_ link: SiteLink) -> Bool {
        let path = mainLanguagePath(link.path.utf8.contains(UInt8(ascii: "%")) ? link.path.removingPercentEncoding ?? link.path : link.path)
        let candidates = [path, paths.outputFile(for: path), paths.outputFile(for: path + "/")]
        return path.hasPrefix("assets/") || candidates.contains { published.contains($0) || unpublished[$0] != nil }
    }

    func check(_ links: [BodyLink], _ diagnostics: inout [Diagnostic]) {
        for link in links {
            guard let siteLink = site.siteLink(link.destination) else { continue }
            let path = mainLanguagePath(
                siteLink.path.utf8.contains(UInt8(ascii: "%")) ? siteLink.path.removingPercentEncoding ?? siteLink.path : siteLink.path)
            // A file as it is (`static/report.pdf`), or a page with or without its final slash.
            let candidates = [path, paths.outputFile(for: path), paths.outputFile(for: path + "/")]
            if path.hasPrefix("assets/") || candidates.contains(where: published.contains) { continue }
            // A full address of the host that the site does not write is another of its pages.
            if siteLink.base != nil, !candidates.contains(where: { unpublished[$0] != nil }) { continue }
            if let file = candidates.lazy.compactMap({ unpublished[$0] }).first {
                diagnostics.append(
                    .warning(
                        at: link.location, "the link to \(link.destination) leads to \(file), which is a draft or under embargo",
                        fix: "publish that file before this one, or remove the link for now"))
                continue
            }
            let fix: String
            if ImageFormat(fileName: path) == .heif, published.contains(String(path.dropLast(ImageFormat.fileExtension(of: path).count)) + "jpg") {
                fix = "HEIC pictures are published as JPEG: write \(site.basePath)\(path.dropLast(ImageFormat.fileExtension(of: path).count))jpg"
            } else if path.hasPrefix("static/") {
                fix = "put the file at content/\(path), or correct the address"
            } else {
                fix =
                    Suggestion.closest(to: site.basePath + path, among: pageURLs.map { site.basePath + $0 })
                    .map { "did you mean '\($0)'?" } ?? "correct the address, or remove the link"
            }
            diagnostics.append(.error(at: link.location, "the link to \(link.destination) leads to no page or file of this site", fix: fix))
        }
    }

    /// A page in a translated language is there if it is there in the main one; the files
    /// (`static/`, `assets/`) are only at the root.
    private func mainLanguagePath(_ path: String) -> String {
        for language in languages where path.hasPrefix(language + "/") {
            let page = String(path.dropFirst(language.count + 1))
            return page.hasPrefix("static/") || page.hasPrefix("assets/") ? path : page
        }
        return path
    }

}

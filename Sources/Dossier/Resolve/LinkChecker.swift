import Foundation

/// Checks that every link in a published body that points into the site (`/cases/x/`) leads
/// to a page or file the build writes. Full addresses are left alone, even on the site's own
/// host: a campaign at the root of an organization's domain shares it with other pages. A broken link is an
/// error at its line; a link to a draft or an embargoed page is a warning, since the page
/// will exist once it is published.
struct LinkChecker {
    private let paths: SitePaths
    /// Output files the build writes, relative to the output folder.
    private var published: Set<String> = []
    /// Output files of pages written only once they are published, with their source file.
    private var unpublished: [String: String] = [:]
    private var pageURLs: [String] = []
    /// The translated languages: `/ru/cases/x/` is the page `/cases/x/` in Russian.
    private let languages: [String]

    /// `staticFiles`: where each file of `content/static/` is published (a HEIC picture as
    /// `.jpg`), relative to the output folder.
    init(baseURL: BaseURL, staticFiles: [String], languages: [String] = []) {
        self.paths = SitePaths(root: baseURL.path)
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

    func check(_ links: [BodyLink], _ diagnostics: inout [Diagnostic]) {
        for link in links {
            guard let path = sitePath(of: link.destination).map(mainLanguagePath) else { continue }
            // A file as it is (`/static/report.pdf`), or a page with or without its final slash.
            let candidates = [String(path.dropFirst(paths.root.count)), paths.outputFile(for: path), paths.outputFile(for: path + "/")]
            if path.hasPrefix(paths.root + "assets/") || candidates.contains(where: published.contains) { continue }
            if let file = candidates.lazy.compactMap({ unpublished[$0] }).first {
                diagnostics.append(.warning(at: link.location, "the link to \(link.destination) leads to \(file), which is a draft or under embargo",
                                            fix: "publish that file before this one, or remove the link for now"))
                continue
            }
            let fix: String
            let file = String(path.dropFirst(paths.root.count))
            if ImageFormat(fileName: file) == .heif, published.contains(String(file.dropLast(ImageFormat.fileExtension(of: file).count)) + "jpg") {
                fix = "HEIC pictures are published as JPEG: write \(paths.root)\(file.dropLast(ImageFormat.fileExtension(of: file).count))jpg"
            } else if path.hasPrefix(paths.root + "static/") {
                fix = "put the file at content/\(file), or correct the address"
            } else {
                fix = Suggestion.closest(to: path, among: pageURLs).map { "did you mean '\($0)'?" } ?? "correct the address, or remove the link"
            }
            diagnostics.append(.error(at: link.location, "the link to \(link.destination) leads to no page or file of this site", fix: fix))
        }
    }

    /// A page in a translated language is there if it is there in the main one; the files
    /// (`static/`, `assets/`) are only at the root.
    private func mainLanguagePath(_ path: String) -> String {
        for language in languages where path.hasPrefix(paths.root + language + "/") {
            let page = paths.root + path.dropFirst(paths.root.count + language.count + 1)
            return page.hasPrefix(paths.root + "static/") || page.hasPrefix(paths.root + "assets/") ? path : page
        }
        return path
    }

    /// The path within the site a destination points to, or `nil` for a full address, an
    /// email address, a link within the page, or a relative link.
    private func sitePath(of destination: String) -> String? {
        // Most links are full addresses: one byte tells, before any scan of the text.
        guard destination.utf8.first == UInt8(ascii: "/") else { return nil }
        var target = Substring(destination)
        if let end = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = target[..<end] }
        guard target.hasPrefix("/"), !target.hasPrefix("//"), target.hasPrefix(paths.root) || target + "/" == paths.root else { return nil }
        return target.contains("%") ? String(target).removingPercentEncoding ?? String(target) : String(target)
    }
}

/// Every URL the site will write, with the file that claims it, so that two files that would
/// write the same URL are caught before anything is written. Claims are kept by the file a
/// URL is served from, so `/cases/x/` and `/cases/x/index.html` are one claim.
struct URLClaims {
    private var owners: [String: String] = [:]
    private let paths: SitePaths
    /// Folders no content file may put a page in: files, and the pages the generator makes.
    private let reservedFolders: [(path: String, holds: String)]
    private static let generator = "the generator (a built-in page or file)"

    /// The generator's own pages, files and folders: no content file may take them, nor
    /// the folder of a translated language (`/ru/`).
    init(languages: [String] = []) {
        let paths = SitePaths()
        self.paths = paths
        reservedFolders =
            ["static/", "assets/", paths.downloads].map { ($0, "which holds files, not pages") }
            + [paths.countries, paths.statuses, paths.tags, paths.data].map { ($0, "where the generator makes every page") }
            + languages.map { ($0 + "/", "where the site's pages in '\($0)' are published") }
        for url in [paths.home, paths.notFound] + paths.generatedFolders + paths.generatedFiles {
            owners[paths.outputFile(for: url)] = Self.generator
        }
    }

    /// Claims `path`; reports a clash with an earlier claim at `location`.
    mutating func claim(_ path: String, by claimant: String, at location: SourceLocation, _ diagnostics: inout [Diagnostic]) {
        for reserved in reservedFolders where path.hasPrefix(reserved.path) {
            diagnostics.append(
                .error(
                    at: location, "the URL /\(path) is inside /\(reserved.path), \(reserved.holds)",
                    fix: "choose another name or alias"))
            return
        }
        let file = paths.outputFile(for: path)
        // `/feed.xml/` would need a folder where the feed's file is.
        let folders = file.utf8.indices.filter { file.utf8[$0] == UInt8(ascii: "/") }.map { String(file[..<$0]) }
        if let owner = owners[file] ?? folders.compactMap({ owners[$0] }).first {
            diagnostics.append(
                .error(
                    at: location, "the URL /\(path) is already taken by \(owner)",
                    fix: owner == Self.generator
                        ? "choose another name or alias: the generator writes this URL itself" : "rename one of the two files, or remove the alias"))
            return
        }
        owners[file] = claimant
    }
}

/// Every URL the site will write, with the file that claims it, so that two files that would
/// write the same URL are caught before anything is written. Claims are kept by the file a
/// URL is served from, so `/cases/x/` and `/cases/x/index.html` are one claim.
struct URLClaims {
    /// Each claimed file, folded to lower case, with who claimed it and as what.
    private var owners: [String: (claimant: String, file: String)] = [:]
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
            owners[paths.outputFile(for: url).lowercased()] = (Self.generator, paths.outputFile(for: url))
        }
    }

    /// Claims `path`; reports a path that cannot be written, or a clash with an earlier claim,
    /// at `location`. Paths are compared without regard to case: on the disks of macOS and
    /// Windows, `/About/` and `/about/` are one file.
    mutating func claim(_ path: String, by claimant: String, at location: SourceLocation, _ diagnostics: inout [Diagnostic]) {
        let file = paths.outputFile(for: path)
        if let problem = OutputPathRules.problem(with: file) {
            diagnostics.append(
                .error(at: location, "the URL /\(OutputPathRules.shown(path)) cannot be published: \(problem.message)", fix: problem.fix))
            return
        }
        let folded = file.lowercased()
        for reserved in reservedFolders where folded.hasPrefix(reserved.path) {
            diagnostics.append(
                .error(
                    at: location, "the URL /\(OutputPathRules.shown(path)) is inside /\(reserved.path), \(reserved.holds)",
                    fix: "choose another name or alias"))
            return
        }
        // `/feed.xml/` would need a folder where the feed's file is.
        let folders = folded.utf8.indices.filter { folded.utf8[$0] == UInt8(ascii: "/") }.map { String(folded[..<$0]) }
        if let owner = owners[folded] ?? folders.compactMap({ owners[$0] }).first {
            let caseOnly = owner.file != file && owner.file.lowercased() == folded
            diagnostics.append(
                .error(
                    at: location,
                    "the URL /\(OutputPathRules.shown(path)) is already taken by \(owner.claimant)"
                        + (caseOnly
                            ? ", as /\(owner.file.hasSuffix("/index.html") ? String(owner.file.dropLast(10)) : owner.file): disks that ignore case, as macOS's and Windows' do, make them one file"
                            : ""),
                    fix: owner.claimant == Self.generator
                        ? "choose another name or alias: the generator writes this URL itself" : "rename one of the two files, or remove the alias"))
            return
        }
        owners[folded] = (claimant, file)
    }

    /// Checks the path a static file is published at (`static/…`, from its name on disk).
    static func check(_ file: StaticFile, _ diagnostics: inout [Diagnostic]) {
        guard let problem = OutputPathRules.problem(with: file.outputPath) else { return }
        diagnostics.append(
            .error(
                at: SourceLocation(path: "content/" + OutputPathRules.shown(file.outputPath)),
                "this file cannot be published under its name: \(problem.message)", fix: "rename it: " + problem.fix))
    }
}

/// Every URL the site will write, with the file that claims it, so that two files that would
/// write the same URL are caught before anything is written. Claims are kept by the file a
/// URL is served from, so `/cases/x/` and `/cases/x/index.html` are one claim.
struct URLClaims {
    private var owners: [String: String] = [:]
    private let paths: SitePaths

    /// The generator's own pages and folders: no content file may take them.
    init(root: String) {
        self.paths = SitePaths(root: root)
        for path in ["", "cases/", "statements/", "signatories/", "404.html"] {
            owners[paths.outputFile(for: root + path)] = "the generator (a built-in page)"
        }
    }

    /// Claims `path`; reports a clash with an earlier claim at `location`.
    mutating func claim(_ path: String, by claimant: String, at location: SourceLocation, _ diagnostics: inout [Diagnostic]) {
        for reserved in ["static/", "assets/"] where path.hasPrefix(paths.root + reserved) {
            diagnostics.append(.error(at: location, "the URL \(path) is inside \(paths.root)\(reserved), which holds files, not pages",
                                      fix: "choose another name"))
            return
        }
        let file = paths.outputFile(for: path)
        if let owner = owners[file] {
            diagnostics.append(.error(at: location, "the URL \(path) is already taken by \(owner)",
                                      fix: owner.hasPrefix("the generator") ? "rename this file" : "rename one of the two files, or remove the alias"))
            return
        }
        owners[file] = claimant
    }
}

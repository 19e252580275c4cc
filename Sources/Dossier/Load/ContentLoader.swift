import Foundation

/// Reads `content/` from disk and sorts its files by kind (`ContentLayout`). Reports what it
/// cannot read or does not expect, but parses nothing.
public struct ContentLoader: Sendable {
    public let siteFolder: URL
    /// Files read by an earlier build of the same process, reused while unchanged.
    let memo: SourceMemo?

    public init(siteFolder: URL, memo: SourceMemo? = nil) {
        self.siteFolder = siteFolder.standardizedFileURL
        self.memo = memo
    }

    var contentFolder: URL { siteFolder.appending(path: "content", directoryHint: .isDirectory) }

    public func load() -> (ContentTree, [Diagnostic]) {
        var tree = ContentTree()
        var diagnostics: [Diagnostic] = []
        let fileManager = FileManager.default
        guard fileManager.isDirectory(contentFolder) else {
            diagnostics.append(
                .error(
                    at: nil,
                    "no content/ folder in \(siteFolder.path)",
                    fix: "run dossier in the folder that holds content/, or give it with --source DIR"
                ))
            return (tree, diagnostics)
        }

        let bounds = SiteBounds(siteFolder: siteFolder)
        let entries: [FolderEntry]
        switch fileManager.listing(of: contentFolder) {
        case .success(let listing): entries = listing
        case .failure(let problem):
            diagnostics.append(problem.diagnostic(at: "content", .folder))
            return (tree, diagnostics)
        }
        for entry in entries where !entry.isHidden {
            let path = "content/" + entry.name
            let target: SiteBounds.Target
            switch bounds.target(of: entry) {
            case .success(let found): target = found
            case .failure(let problem):
                diagnostics.append(problem.diagnostic(at: path, entry.isSymbolicLink ? .link : .file))
                continue
            }
            if let kind = ContentKind(rawValue: entry.name), case .directory(let folder) = target {
                readMarkdown(in: URL(fileURLWithPath: folder, isDirectory: true), of: kind, bounds: bounds, into: &tree, &diagnostics)
                continue
            }
            switch (path, target) {
            case (ContentLayout.settings, .file(let file)):
                read(URL(fileURLWithPath: file), as: path, into: &tree.siteConfig, &diagnostics)
            case (ContentLayout.staticFolder, .directory(let folder)):
                tree.staticFiles = StaticFileCollector(bounds: bounds).collect(
                    URL(fileURLWithPath: folder, isDirectory: true), as: path, &diagnostics)
            case ("content/site.yml", .file):
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: path), "the settings file must be named site.yaml",
                        fix: "rename content/site.yml to content/site.yaml"))
            default:
                diagnostics.append(
                    .warning(
                        at: SourceLocation(path: path),
                        "ignored: content/ holds site.yaml, cases/, statements/, organizations/, pages/ and static/",
                        fix: Suggestion.closest(to: entry.name, among: Self.knownEntries).map { "did you mean '\($0)'?" }
                    ))
            }
        }
        if tree.siteConfig == nil, !diagnostics.contains(where: { $0.location?.path == "content/site.yml" }) {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: ContentLayout.settings),
                    "missing site settings: content/site.yaml",
                    fix: "create it with at least 'title:' and 'base_url:' (see docs/content.md)"
                ))
        }
        return (tree, diagnostics)
    }

    private static let knownEntries = ["site.yaml", "static"] + ContentKind.allCases.map(\.rawValue)

    private func read(_ url: URL, as path: String, into slot: inout SourceFile?, _ diagnostics: inout [Diagnostic]) {
        switch memo?.read(url.path, as: path) ?? SourceFile.read(url, as: path) {
        case .success(let file): slot = file
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        }
    }

    /// The `.md` files directly in a kind's folder, main files and translations apart.
    /// Anything else there is a warning, because a volunteer who saved `case.txt` expects to
    /// see it on the site.
    private func readMarkdown(
        in folder: URL, of kind: ContentKind, bounds: SiteBounds, into tree: inout ContentTree, _ diagnostics: inout [Diagnostic]
    ) {
        let folderPath = ContentLayout.folder(of: kind)
        let entries: [FolderEntry]
        switch FileManager.default.listing(of: folder) {
        case .success(let listing): entries = listing
        case .failure(let problem):
            // Going on would publish the site without this kind's pages, and take them off the live site.
            diagnostics.append(problem.diagnostic(at: folderPath, .folder))
            return
        }
        var markdown: [(file: String, path: String)] = []
        for entry in entries where !entry.isHidden {
            let path = folderPath + "/" + entry.name
            let target = bounds.target(of: entry)
            if case .success(.directory) = target {
                diagnostics.append(.warning(at: SourceLocation(path: path), "ignored: folders inside \(folderPath)/ are not read"))
                continue
            }
            guard entry.name.hasSuffix(".md") else {
                diagnostics.append(
                    .warning(
                        at: SourceLocation(path: path), "ignored: only .md files are read in \(folderPath)/",
                        fix: "rename it to end in .md if it is meant to be a page"))
                continue
            }
            switch target {
            case .success(.file(let file)): markdown.append((file, path))
            case .success(.directory): break
            case .failure(let problem): diagnostics.append(problem.diagnostic(at: path, entry.isSymbolicLink ? .link : .file))
            }
        }
        let memo = self.memo
        let results = markdown.concurrentMap { memo?.read($0.file, as: $0.path) ?? SourceFile.read(URL(fileURLWithPath: $0.file), as: $0.path) }
        var main: [SourceFile] = []
        var translations: [SourceFile] = []
        for result in results {
            KillPoint.reached("reading")
            switch result {
            case .success(let file):
                if case .content(_, .translation) = ContentLayout.place(of: file.path) {
                    translations.append(file)
                } else {
                    main.append(file)
                }
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        tree.files[kind] = main
        tree.translations[kind] = translations
    }
}

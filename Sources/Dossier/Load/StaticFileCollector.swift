import Foundation

/// Lists `content/static/` for copying, refusing anything that leads outside the site folder:
/// a symbolic link to `/etc/passwd` must not end up on a public web server.
struct StaticFileCollector {
    let siteFolder: URL

    func collect(_ folder: URL, as folderPath: String, _ diagnostics: inout [Diagnostic]) -> [StaticFile] {
        var visited: Set<String> = []
        return collect(folder, as: folderPath, visited: &visited, &diagnostics)
    }

    private func collect(
        _ folder: URL, as folderPath: String, visited: inout Set<String>, _ diagnostics: inout [Diagnostic]
    ) -> [StaticFile] {
        // A link back to a parent folder would otherwise be walked forever.
        guard visited.insert(folder.resolvingSymlinksInPath().path).inserted else { return [] }
        var files: [StaticFile] = []
        let root = siteFolder.resolvingSymlinksInPath().path
        for entry in FileManager.default.sortedEntries(of: folder) where !entry.isHidden {
            let path = folderPath + "/" + entry.name
            let target = entry.url.resolvingSymlinksInPath()
            guard target.path == root || target.path.hasPrefix(root + "/") else {
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: path),
                        "this link points outside the site folder, to \(target.path)",
                        fix: "copy the file into content/static/ instead of linking to it"
                    ))
                continue
            }
            if FileManager.default.isDirectory(target) {
                files += collect(entry.url, as: path, visited: &visited, &diagnostics)
            } else {
                files.append(StaticFile(outputPath: String(path.dropFirst("content/".count)), source: target))
            }
        }
        return files
    }
}

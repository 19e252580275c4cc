import Foundation

/// Refuses output folders that would destroy someone's work: the site folder itself, its
/// `content/`, `templates/` or `cache/` (the processed pictures), any folder that contains them, one inside them, and any folder
/// holding files dossier did not write.
public struct OutputGuard: Sendable {
    public let siteFolder: URL
    public let output: URL

    public init(siteFolder: URL, output: URL) {
        self.siteFolder = siteFolder
        self.output = output
    }

    public func check() -> Diagnostic? {
        let out = Self.realPath(output)
        let site = Self.realPath(siteFolder)
        let protected = [site, site + "/content", site + "/templates", site + "/cache"]
        for folder in protected {
            if out == folder || folder.hasPrefix(out == "/" ? "/" : out + "/") {
                return refusal(
                    "the output folder \(output.path) is or contains \(folder), which holds the site's own files",
                    fix: "choose an output folder of its own, like --output \(site)/public")
            }
        }
        for folder in protected.dropFirst() where out.hasPrefix(folder + "/") {
            return refusal(
                "the output folder \(output.path) is inside \(folder)",
                fix: "build outside content/, templates/ and cache/, like --output \(site)/public")
        }
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: output.path) else { return nil }
        guard fileManager.isDirectory(output) else {
            return refusal("the output \(output.path) is a file, not a folder", fix: "choose a folder with --output")
        }
        let present = Self.files(below: output)
        guard !present.isEmpty else { return nil }
        let owned = OutputManifest.owned(in: output)
        let foreign = present.filter { !owned.contains($0) }
        guard !foreign.isEmpty else { return nil }
        let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? " and \(foreign.count - 3) more" : "")
        return refusal(
            "the output folder \(output.path) holds files dossier did not write: \(shown)",
            fix: "dossier replaces its output folder whole; move those files into content/static/ to publish them, "
                + "delete them, or choose another folder with --output"
        )
    }

    private func refusal(_ message: String, fix: String) -> Diagnostic {
        .error(at: nil, message, fix: fix)
    }

    /// The path with every symbolic link resolved, also for a folder that does not exist yet.
    static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for component in missing { path += (path.hasSuffix("/") ? "" : "/") + component }
        return path
    }

    /// Every file below a folder, relative to it, hidden ones included. (A rebuild walks the
    /// whole previous site here, so this reads folders with `readdir`, not an enumerator.)
    static func files(below folder: URL) -> [String] {
        var files: [String] = []
        func walk(_ url: URL, _ prefix: String) {
            for entry in FileManager.default.sortedEntries(of: url) {
                if entry.isDirectory {
                    walk(entry.url, prefix + entry.name + "/")
                } else {
                    files.append(prefix + entry.name)
                }
            }
        }
        walk(folder, "")
        return files.sorted()
    }
}

import Foundation

/// The files a site is rendered with: the default theme, with any file of the same name in
/// the site's own `templates/` folder taking its place.
public struct Theme: Sendable {
    public struct File: Sendable {
        public var contents: Data
        /// For messages: `templates/case.mustache`, or `… (default theme)`.
        public var displayPath: String
        /// Whether it comes from the theme inside the binary rather than the site's folder.
        public var isDefault: Bool
    }

    /// Path relative to `templates/` → file.
    public var files: [String: File]

    /// The default theme overlaid with `<siteFolder>/templates/`, when there is one.
    public static func load(siteFolder: URL) -> (Theme, [Diagnostic]) {
        var files: [String: File] = [:]
        for (path, contents) in DefaultTheme.files {
            files[path] = File(contents: contents, displayPath: "templates/\(path) (default theme)", isDefault: true)
        }
        var diagnostics: [Diagnostic] = []
        let folder = siteFolder.appending(path: "templates", directoryHint: .isDirectory)
        for path in Self.relativePaths(below: folder) {
            let displayPath = "templates/" + path
            do {
                files[path] = File(contents: try Data(contentsOf: folder.appending(path: path)), displayPath: displayPath, isDefault: false)
            } catch {
                diagnostics.append(.error(at: SourceLocation(path: displayPath), "cannot read the template: \(error.localizedDescription)"))
            }
        }
        return (Theme(files: files), diagnostics)
    }

    /// The ids the templates write as they are (`id="main"`, not `id="status-{{status}}"`):
    /// ids made from content must not take them.
    var fixedIDs: Set<String> {
        var ids: Set<String> = []
        for (path, file) in files where path.hasSuffix(".mustache") {
            let text = String(decoding: file.contents, as: UTF8.self)
            for piece in text.split(separator: "id=\"").dropFirst() {
                let id = piece.prefix { $0 != "\"" }
                if !id.contains("{"), id.endIndex < piece.endIndex { ids.insert(String(id)) }
            }
        }
        return ids
    }

    /// The text of a file, or `nil` with an error when it is not UTF-8.
    func text(of path: String, _ diagnostics: inout [Diagnostic]) -> String? {
        guard let file = files[path] else { return nil }
        guard let text = String(validating: file.contents, as: UTF8.self) else {
            diagnostics.append(.error(at: SourceLocation(path: file.displayPath), "the file is not valid UTF-8 text",
                                      fix: "save it as UTF-8"))
            return nil
        }
        return text
    }

    private static func relativePaths(below folder: URL) -> [String] {
        var paths: [String] = []
        func walk(_ url: URL, _ prefix: String) {
            for entry in FileManager.default.sortedEntries(of: url) where !entry.isHidden {
                if FileManager.default.isDirectory(entry.url) {
                    walk(entry.url, prefix + entry.name + "/")
                } else {
                    paths.append(prefix + entry.name)
                }
            }
        }
        if FileManager.default.isDirectory(folder) { walk(folder, "") }
        return paths
    }
}

import Foundation

/// What a site is rendered with, loaded before any content is parsed: the files of the
/// default theme, with any file of the same name in the site's own `templates/` folder
/// taking its place; the templates compiled; the words of each of the site's languages; and
/// the ids the templates keep for themselves, which no heading of a body may take.
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
    /// The templates, compiled; `nil` when one of them has an error.
    var templates: TemplateSet?
    /// The words of the main language.
    var strings: LocalizedStrings
    /// The words of each other language of the site, by tag.
    var otherStrings: [String: LocalizedStrings]
    /// The ids the templates write as they are (`id="main"`, not `id="status-{{status}}"`):
    /// ids made from content must not take them.
    var reservedIDs: Set<String>

    /// The theme of the site in `siteFolder` whose settings are `config`: every problem of
    /// every template and strings file is reported, so that one run shows them all.
    static func load(siteFolder: URL, config: SiteConfig?) -> (Theme, [Diagnostic]) {
        var (files, diagnostics) = Self.files(siteFolder: siteFolder)
        let (strings, otherStrings) = StringsLoader.load(config, files: files, &diagnostics)
        let templates = TemplateSet(files: files, &diagnostics)
        let theme = Theme(
            files: files, templates: templates, strings: strings, otherStrings: otherStrings,
            reservedIDs: Self.fixedIDs(of: files))
        return (theme, diagnostics)
    }

    /// The words of `language`, one of the site's.
    func strings(for language: String) -> LocalizedStrings {
        otherStrings[language] ?? strings
    }

    /// How headings of bodies in `language` (the main one when `nil`) get their ids and links.
    func anchors(for language: String? = nil) -> SectionAnchors {
        SectionAnchors(linkLabel: (language.map(strings(for:)) ?? strings).word("section_link"), reserved: reservedIDs)
    }

    /// The default theme overlaid with `<siteFolder>/templates/`, when there is one.
    private static func files(siteFolder: URL) -> ([String: File], [Diagnostic]) {
        var files: [String: File] = [:]
        for (path, contents) in DefaultTheme.files {
            files[path] = File(contents: contents, displayPath: "templates/\(path) (default theme)", isDefault: true)
        }
        var diagnostics: [Diagnostic] = []
        let folder = siteFolder.appending(path: "templates", directoryHint: .isDirectory)
        guard FileManager.default.fileExists(atPath: folder.path) else { return (files, diagnostics) }
        // Read through links only while they stay in the site folder, like the content.
        for file in SiteBounds(siteFolder: siteFolder).files(below: folder, shownAs: "templates", &diagnostics) {
            let displayPath = "templates/" + file.path
            switch FileBytes.read(file.disk) {
            case .success(let contents): files[file.path] = File(contents: contents, displayPath: displayPath, isDefault: false)
            case .failure(let problem): diagnostics.append(problem.diagnostic(at: displayPath, .template))
            }
        }
        return (files, diagnostics)
    }

    private static func fixedIDs(of files: [String: File]) -> Set<String> {
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
    static func text(of path: String, in files: [String: File], _ diagnostics: inout [Diagnostic]) -> String? {
        guard let file = files[path] else { return nil }
        guard let text = String(validating: file.contents, as: UTF8.self) else {
            diagnostics.append(
                .error(
                    at: SourceLocation(path: file.displayPath), "the file is not valid UTF-8 text",
                    fix: "save it as UTF-8"))
            return nil
        }
        return text
    }
}

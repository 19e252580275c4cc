import Foundation
import Testing

@testable import Dossier

/// Every page a site's renderer makes, with the theme it is made with, from a build of the
/// site as of 2025-06-30 with its drafts. The build's output and its processed pictures go to
/// a scratch folder: a fixture's own folder stays as checked in.
struct SitePages {
    var theme: Theme
    let templates: TemplateSet
    let pages: [SiteRenderer.Page]

    /// `overlay`: a theme of `Fixtures/themes/` whose templates replace the site's.
    init(_ folder: URL, overlay: String? = nil) throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        var options = BuildOptions(
            siteFolder: folder, output: scratch.url.appending(path: "public"),
            clock: BuildClock(asOf: PartialDate("2025-06-30")!.earliestDay), includeDrafts: true)
        options.imageCache = scratch.url.appending(path: "cache/images", directoryHint: .isDirectory)
        let (_, sites, diagnostics) = SiteBuilder(options: options).prepare()
        let built = try #require(sites, "\(printed(diagnostics))")

        var (theme, _) = Theme.load(siteFolder: folder, config: built[0].config)
        if let overlay {
            let themeFolder = Fixtures.root.appending(path: "themes/\(overlay)")
            for name in try FileManager.default.contentsOfDirectory(atPath: themeFolder.path) where name.hasSuffix(".mustache") {
                let contents = try Data(contentsOf: themeFolder.appending(path: name))
                theme.files[name] = Theme.File(contents: contents, displayPath: "templates/\(name)", isDefault: false)
            }
        }
        var themeDiagnostics: [Diagnostic] = []
        templates = try #require(TemplateSet(files: theme.files, &themeDiagnostics), "\(printed(themeDiagnostics))")
        theme.templates = templates
        self.theme = theme
        let renderer = SiteRenderer(theme: theme, templates: templates)
        pages = renderer.contexts(of: built).flatMap(renderer.pages(of:))
    }

    /// The words of every language of the site, the main one first.
    var strings: [LocalizedStrings] {
        [theme.strings] + theme.otherStrings.keys.sorted().compactMap { theme.otherStrings[$0] }
    }
}

import Foundation

/// One file read on its own, from its bytes to its value or the diagnostics that say why not:
/// what a build does to each file before it looks at the others (text, front matter, fields,
/// body), for a site whose settings and theme are fixed. The fuzz target (`fuzz/`) calls only
/// this, so it keeps working whatever reads the YAML or the Markdown underneath.
public struct SingleFileParser: Sendable {
    /// What the file is to the site, which decides its path and how it is read.
    public enum Role: Sendable, Hashable {
        /// `content/site.yaml`.
        case settings
        /// A main file of a kind: `content/cases/<slug>.md`.
        case main(ContentKind)
        /// Its translation into the site's other language: `content/cases/<slug>.ru.md`.
        case translation(ContentKind)
    }

    public struct Outcome: Sendable {
        /// Whether a value came out: a file with errors may still give one.
        public var parsed: Bool
        public var diagnostics: [Diagnostic]
    }

    /// The settings of the site the files are read for: English with a Russian translation.
    static let settings = SourceFile(
        path: "content/site.yaml",
        text: "title: Files read alone\nbase_url: https://example.org/\nlanguage: en\ntranslations:\n  ru: {}\n")

    private let parser: ContentParser

    /// A site as of `today` whose settings allow raw HTML in bodies or not.
    public init(today: CalendarDay, allowsRawHTML: Bool = false) {
        var ignored: [Diagnostic] = []
        var config = SiteConfigDecoder.decode(Self.settings, baseURLOverride: nil, &ignored)
        config?.allowsUnsafeHTML = allowsRawHTML
        let theme = Theme.load(siteFolder: URL(fileURLWithPath: "/nonexistent"), config: config).0
        parser = ContentParser(config: config, theme: theme, today: today)
    }

    public func parse(_ bytes: Data, as role: Role) -> Outcome {
        let file: SourceFile
        switch SourceFile.decode(bytes, as: Self.path(of: role)) {
        case .success(let text): file = text
        case .failure(let diagnostic): return Outcome(parsed: false, diagnostics: [diagnostic])
        }
        switch role {
        case .settings:
            var diagnostics: [Diagnostic] = []
            let config = SiteConfigDecoder.decode(file, baseURLOverride: nil, &diagnostics)
            return Outcome(parsed: config != nil, diagnostics: diagnostics)
        case .main(let kind):
            let (value, diagnostics) = parser.decode(file, as: kind.itemType)
            return Outcome(parsed: value != nil, diagnostics: diagnostics)
        case .translation(let kind):
            let (value, diagnostics) = parser.decodeTranslation(file, of: kind)
            return Outcome(parsed: value != nil, diagnostics: diagnostics)
        }
    }

    /// Where a file of `role` lies in the site, as its diagnostics name it.
    public static func path(of role: Role) -> String {
        switch role {
        case .settings: "content/site.yaml"
        case .main(.statement): "content/statements/2025-01-01-read-alone.md"
        case .main(let kind): "content/\(kind.rawValue)/read-alone.md"
        case .translation(.statement): "content/statements/2025-01-01-read-alone.ru.md"
        case .translation(let kind): "content/\(kind.rawValue)/read-alone.ru.md"
        }
    }
}

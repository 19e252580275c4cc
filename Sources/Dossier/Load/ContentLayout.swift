/// Where each kind of content lies in a site folder and how its files are named: the one
/// description of the tree, which the loader, the preview and `dossier new` share.
///
///     content/site.yaml                      the settings
///     content/<kind>/<slug>.md               a main file (kinds: cases, statements, organizations, pages)
///     content/<kind>/<slug>.<lang>.md        its translation into <lang>
///     content/static/…                       files published as they are (pictures cleaned)
public enum ContentLayout {
    static let settings = "content/site.yaml"
    static let staticFolder = "content/static"

    /// `content/cases`
    static func folder(of kind: ContentKind) -> String { "content/" + kind.rawValue }

    /// `content/cases/<slug>.md`
    static func mainFile(of kind: ContentKind, slug: Slug) -> String { "\(folder(of: kind))/\(slug).md" }

    /// What a file is to dossier, by its path from the site folder.
    enum Place: Equatable {
        case settings
        /// A Markdown file of a kind's folder: a main file, or a translation.
        case content(ContentKind, ContentFileName)
        case staticFile
        /// An editor's hidden or backup file (`.case.md.swp`, `case.md~`), which is never content.
        case ignored
        /// Anything else: the theme, a file the loader warns about, or outside `content/`.
        case other
    }

    static func place(of path: String) -> Place {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let name = parts.last, !isHidden(String(name)) else { return .ignored }
        guard parts.first == "content" else { return .other }
        if path == settings { return .settings }
        if parts.count > 2, parts[1] == "static" { return .staticFile }
        guard parts.count == 3, let kind = ContentKind(rawValue: String(parts[1])), name.hasSuffix(".md") else { return .other }
        return .content(kind, ContentFileName(stem: String(name.dropLast(".md".count))))
    }

    /// Editor droppings and system files (`.DS_Store`, `.#case.md`, `case.md~`) are not content.
    public static func isHidden(_ name: String) -> Bool { name.hasPrefix(".") || name.hasSuffix("~") }
}

/// The name of a content file without `.md`: a main file's stem is its slug as written; a
/// translation's is `<slug>.<lang>`.
enum ContentFileName: Equatable {
    case main(String)
    case translation(TranslationFileName)

    init(stem: String) {
        self = TranslationFileName(stem: stem).map(ContentFileName.translation) ?? .main(stem)
    }
}

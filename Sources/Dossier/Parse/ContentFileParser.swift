/// The first steps every Markdown content file goes through: the slug from its name, the
/// front matter as fields, and the body as HTML.
struct ContentFileParser {
    let allowsRawHTML: Bool
    let anchors: SectionAnchors
    /// Which links lead into the site, kept apart from the bodies' HTML.
    let site: SiteAddresses
    /// The build's day: a case's dates cannot come after it.
    let today: CalendarDay

    /// What a parse depends on besides the file: a `BuildCache` keeps a parse only while
    /// this is the same.
    var setting: String {
        "\(allowsRawHTML) \(anchors.linkLabel) \(anchors.reserved.sorted()) \(PartialDate(today)) \(site.basePath) \(site.bases)"
    }

    struct Parsed {
        var slug: Slug
        var fields: FieldReader
        var body: BodyHTML
        var links: [BodyLink]
        /// Whether the body holds anything but white space.
        var hasBody: Bool
        /// The ids of the body's headings, which the page's other ids must not repeat.
        var sectionIDs: [String]
    }

    /// `nil` when the file cannot be read any further; the reasons are in `diagnostics`.
    /// `name` is the file's name as `<slug><suffix>.md` reads it: a translation's suffix is
    /// its language (`.ru`).
    func parse(_ file: SourceFile, name: (slug: String, suffix: String)? = nil, _ diagnostics: inout [Diagnostic]) -> Parsed? {
        let name = name ?? (file.stem, "")
        let slug = Slug(name.slug)
        if slug == nil {
            let suggested = Slug.suggestion(for: name.slug)
            diagnostics.append(
                .error(
                    at: file.location(),
                    "the file name '\(name.slug)\(name.suffix).md' is not a valid slug: it becomes the page's URL",
                    fix: suggested.isEmpty
                        ? "use lowercase ASCII letters, digits and hyphens, like 'makhabat-tazhibek-kyzy\(name.suffix).md'"
                        : "rename it to '\(suggested)\(name.suffix).md'"
                ))
        }
        let parts: FrontMatterSplitter.Parts
        switch FrontMatterSplitter.split(file) {
        case .success(let value): parts = value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let source = YAMLSource(path: file.path, firstLine: parts.yamlFirstLine, yaml: parts.yaml)
        guard let mapping = source.mapping(), let slug else {
            diagnostics += source.diagnostics
            return nil
        }
        let body = CommonMark.render(
            parts.body, allowingRawHTML: allowsRawHTML,
            linksAt: (file.path, parts.bodyFirstLine), anchors: anchors, site: site)
        for script in body.scripts {
            diagnostics.append(
                .error(
                    at: script.location, "the link '\(script.destination)' would run a script in the reader's browser; no page publishes one",
                    fix: "link to a web address starting with https://, or remove the link"))
        }
        return Parsed(
            slug: slug, fields: FieldReader(mapping, in: source), body: body.body, links: body.links,
            hasBody: parts.body.contains { !$0.isWhitespace }, sectionIDs: body.sectionIDs)
    }
}

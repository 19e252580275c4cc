/// Reads a translation (`content/<kind>/<slug>.<lang>.md`): the words it may set, each
/// checked as the main file's are. A fact written in it is an error at its line that names
/// the main file, where the fact belongs; whether the main file exists, and whether its
/// timeline has the translation's dates, is the resolver's to check.
struct TranslationDecoder {
    let parser: ContentFileParser
    /// For a language whose headings' links are labelled in its own words.
    var parsers: [String: ContentFileParser] = [:]
    let kind: ContentKind
    /// The tags of `translations:` in site.yaml; `nil` when the settings could not be read.
    let languages: [String]?
    /// `language:` of site.yaml, the language of the main files.
    var mainLanguage: String?

    func decode(_ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Translation? {
        guard let name = TranslationFileName(stem: file.stem) else { return nil }
        let known = checkLanguage(name, file, &diagnostics)
        let parser = parsers[name.language] ?? self.parser
        guard let parsed = parser.parse(file, name: (name.slug, "." + name.language), &diagnostics) else { return nil }
        let fields = parsed.fields
        defer { diagnostics += fields.source.diagnostics }

        let main = ContentLayout.mainFile(of: kind, slug: parsed.slug)
        for key in TranslatableFields.facts(of: kind) {
            guard let node = fields.forbidden(key) else { continue }
            fields.source.error(
                node, "'\(key)' is a fact, and facts come only from the main file, \(main)",
                fix: "remove this line; a translation holds only words (to change '\(key)', edit \(main))")
        }
        var texts: [String: String] = [:]
        for key in TranslatableFields.texts(of: kind) {
            texts[key] = fields.string(key)
        }
        var translation = Translation(
            kind: kind, slug: parsed.slug, language: name.language, file: file.path,
            isDraft: false, texts: texts)
        if kind == .case {
            translation.charges = CaseDecoder.charges(fields)
            translation.timeline = CaseDecoder.timeline(fields)
            translation.sources = CaseDecoder.sources(fields, site: parser.site, links: &translation.bodyLinks)
        }
        translation.isDraft = fields.bool("draft")
        fields.finish()
        if parsed.hasBody {
            translation.body = parsed.body
            translation.bodyLinks += parsed.links
        }
        return known ? translation : nil
    }

    /// A language `translations:` does not list is an error with the closest tag it lists.
    private func checkLanguage(_ name: TranslationFileName, _ file: SourceFile, _ diagnostics: inout [Diagnostic]) -> Bool {
        guard let languages, !languages.contains(name.language) else { return true }
        if name.language == mainLanguage?.lowercased() {
            diagnostics.append(
                .error(
                    at: file.location(),
                    "'\(name.language)' is the main language of this site, so a file in it needs no language in its name",
                    fix: "rename it to '\(name.slug).md'"
                ))
            return false
        }
        let closest = Suggestion.closest(to: name.language.lowercased(), among: languages)
        diagnostics.append(
            .error(
                at: file.location(),
                "'\(name.language)' in '\(name.slug).\(name.language).md' is not a language of this site: content/site.yaml does not list it under 'translations'",
                fix: closest.map { "did you mean '\(name.slug).\($0).md'?" }
                    ?? "add '  \(name.language): {}' under 'translations:' in content/site.yaml, or rename the file"
            ))
        return false
    }
}

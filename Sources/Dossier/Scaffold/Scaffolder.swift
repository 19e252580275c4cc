import Foundation

/// Creates new content files, and new sites, for `dossier new`. It never overwrites a file.
public struct Scaffolder: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case `case`, statement, organization

        /// The folder of `content/` that holds this kind.
        public var folder: String {
            switch self {
            case .case: "cases"
            case .statement: "statements"
            case .organization: "organizations"
            }
        }
    }

    public let siteFolder: URL
    public let today: CalendarDay

    public init(siteFolder: URL, today: CalendarDay) {
        self.siteFolder = siteFolder
        self.today = today
    }

    /// Writes the skeleton of a new `kind` named `name` and returns its path in the site, like
    /// `content/cases/duman-mukhammedkarim.md`. A statement's file starts with today's date, so
    /// that statements sort by date.
    public func create(_ kind: Kind, named name: String, slug: String? = nil) throws(Diagnostic) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw .error(at: nil, "the \(kind.rawValue) needs a name", fix: "write it in quotes: dossier new \(kind.rawValue) \"Full Name\"")
        }
        let chosen = try fileSlug(for: trimmed, given: slug, kind: kind)
        let date = PartialDate(today).description
        let stem = kind == .statement && slug == nil ? "\(date)-\(chosen)" : chosen.rawValue
        let path = "content/\(kind.folder)/\(stem).md"
        let text =
            switch kind {
            case .case: Skeleton.case(name: trimmed)
            case .statement: Skeleton.statement(title: trimmed, date: date)
            case .organization: Skeleton.organization(name: trimmed)
            }
        try write(text, to: path)
        return path
    }

    /// A small site that builds as it is: settings, one case, one organization and one
    /// statement, all plainly examples, to replace with the campaign's own.
    public func createSite() throws(Diagnostic) -> [String] {
        let content = siteFolder.appending(path: "content")
        if FileManager.default.fileExists(atPath: content.path) {
            throw .error(
                at: nil, "\(content.path) already exists; dossier new site does not touch an existing site",
                fix: "choose a new folder: dossier new site my-campaign")
        }
        let date = PartialDate(today).description
        let files = [
            ("content/site.yaml", Skeleton.site),
            ("content/cases/ana-example.md", Skeleton.exampleCase),
            ("content/organizations/example-rights-group.md", Skeleton.exampleOrganization),
            ("content/statements/\(date)-free-ana-example.md", Skeleton.exampleStatement(date: date)),
            // The built site and the processed pictures are made from content/: not for git.
            (".gitignore", "/public/\n/cache/\n"),
        ]
        for (path, text) in files { try write(text, to: path) }
        return files.map(\.0)
    }

    /// Writes the skeleton of the translation into `language` of the main file at `path`
    /// (`content/cases/x.md`, relative to the site folder), and returns the new file's path:
    /// `content/cases/x.ru.md`. The language must be one of `translations:` in site.yaml.
    public func createTranslation(of path: String, into language: String) throws(Diagnostic) -> String {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count == 3, parts[0] == "content", let kind = ContentKind(rawValue: parts[1]), parts[2].hasSuffix(".md") else {
            throw .error(
                at: nil,
                "'\(path)' is not a content file: a translation is of a file in content/cases/, content/statements/, content/organizations/ or content/pages/",
                fix: "give the main file's path from the site folder, like: dossier new translation content/cases/ana-example.md \(language)")
        }
        let stem = String(parts[2].dropLast(".md".count))
        if let name = TranslationFileName(stem: stem) {
            throw .error(
                at: SourceLocation(path: path), "\(path) is itself a translation, into '\(name.language)'",
                fix: "give its main file: dossier new translation content/\(kind.rawValue)/\(name.slug).md \(language)")
        }
        try checkLanguage(language)
        guard case .success(let file) = SourceFile.read(siteFolder.appending(path: path), as: path) else {
            throw .error(at: nil, "there is no file \(path) to translate", fix: "check the path: the main file must exist before its translation")
        }
        let target = "content/\(kind.rawValue)/\(stem).\(language).md"
        switch TranslationSkeleton.text(translating: file, kind: kind, into: language) {
        case .success(let text): try write(text, to: target, fix: "edit that file; 'dossier check' lists what it leaves untranslated")
        case .failure(let diagnostic): throw diagnostic
        }
        return target
    }

    /// The language must be one site.yaml lists under `translations:`, so that the file builds.
    private func checkLanguage(_ language: String) throws(Diagnostic) {
        let settings = "content/site.yaml"
        guard case .success(let file) = SourceFile.read(siteFolder.appending(path: settings), as: settings) else {
            throw .error(at: nil, "no \(settings) in \(siteFolder.path)", fix: "run dossier in the site folder, or give it with --source DIR")
        }
        var diagnostics: [Diagnostic] = []
        let languages = SiteConfigDecoder.decode(file, baseURLOverride: "https://example.org/", &diagnostics)?.translations.map(\.language)
        guard let languages else {
            throw diagnostics.first ?? .error(at: SourceLocation(path: settings), "cannot read \(settings)")
        }
        guard languages.contains(language) else {
            throw .error(
                at: SourceLocation(path: settings), "'\(language)' is not a language of this site: \(settings) does not list it under 'translations'",
                fix: (languages.isEmpty ? "" : "its languages: \(languages.joined(separator: ", ")); ")
                    + "to add this one, write '  \(language): {}' under 'translations:' in \(settings)")
        }
    }

    private func fileSlug(for name: String, given: String?, kind: Kind) throws(Diagnostic) -> Slug {
        if let given {
            guard let slug = Slug(given) else {
                throw .error(
                    at: nil, "'\(given)' is not a valid file name: lowercase ASCII letters, digits and hyphens",
                    fix: "use --slug \(Slug.suggestion(for: given).isEmpty ? "a-name-like-this" : Slug.suggestion(for: given))")
            }
            return slug
        }
        guard let slug = Transliteration.slug(for: name) else {
            throw .error(
                at: nil, "cannot make a file name from '\(name)': none of it has a Latin spelling",
                fix: "give one with --slug, like: dossier new \(kind.rawValue) \"\(name)\" --slug family-name")
        }
        return slug
    }

    private func write(
        _ text: String, to path: String,
        fix: String = "edit that file, or choose another name with --slug"
    ) throws(Diagnostic) {
        let file = siteFolder.appending(path: path)
        if FileManager.default.fileExists(atPath: file.path) {
            throw .error(at: SourceLocation(path: path), "\(path) already exists; dossier new never overwrites a file", fix: fix)
        }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            // `withoutOverwriting`: another program may create the file in between.
            try Data(text.utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            throw .error(at: SourceLocation(path: path), "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

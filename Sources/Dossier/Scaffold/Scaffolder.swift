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
        let text = switch kind {
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
            throw .error(at: nil, "\(content.path) already exists; dossier new site does not touch an existing site",
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

    private func fileSlug(for name: String, given: String?, kind: Kind) throws(Diagnostic) -> Slug {
        if let given {
            guard let slug = Slug(given) else {
                throw .error(at: nil, "'\(given)' is not a valid file name: lowercase ASCII letters, digits and hyphens",
                             fix: "use --slug \(Slug.suggestion(for: given).isEmpty ? "a-name-like-this" : Slug.suggestion(for: given))")
            }
            return slug
        }
        guard let slug = Transliteration.slug(for: name) else {
            throw .error(at: nil, "cannot make a file name from '\(name)': none of it has a Latin spelling",
                         fix: "give one with --slug, like: dossier new \(kind.rawValue) \"\(name)\" --slug family-name")
        }
        return slug
    }

    private func write(_ text: String, to path: String) throws(Diagnostic) {
        let file = siteFolder.appending(path: path)
        if FileManager.default.fileExists(atPath: file.path) {
            throw .error(at: SourceLocation(path: path), "\(path) already exists; dossier new never overwrites a file",
                         fix: "edit that file, or choose another name with --slug")
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

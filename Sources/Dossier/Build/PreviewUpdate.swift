import Foundation

/// A preview's last good build, kept to put saved files in place without building the whole
/// site again: when every saved file is a content file the site already has, and what the
/// resolver reads of it (`resolveKey`) is unchanged, the new values replace the old ones in
/// the site and in the page contexts, and the files stay the same. Anything else (a new or
/// deleted file, a changed name, slug, link, status, the settings or the theme) builds the
/// whole site, from the files and values the `BuildCache` kept.
struct PreviewUpdate {
    let siteFolder: String
    let parser: ContentFileParser
    let translations: ContentParser.TranslationReading
    private(set) var content: ContentParser.Output
    let files: [OutputFile]
    /// One per language, the main one first: each holds its language's site.
    let contexts: [LiveContexts]
    private(set) var diagnostics: [Diagnostic]

    /// The site in its main language, as its pages show it.
    var site: Site { contexts[0].current.site }

    /// The saved values that replace the old ones: what `update` found, before it changes
    /// anything.
    private struct Changes {
        /// By position in the parsed content (`content.cases`) and in the published site
        /// (`site.cases`).
        var content = Values(), site = Values()
        var translations: SiteTranslations
        /// The main files whose pages change: saved, or with a saved translation.
        var files: Set<String> = []
        var diagnostics: [Diagnostic]
    }

    /// Values of each kind, by their position in an array of that kind.
    private struct Values {
        var cases: [Int: Case] = [:], statements: [Int: Statement] = [:]
        var organizations: [Int: Organization] = [:], pages: [Int: Page] = [:]
    }

    /// Puts the files at `paths` (saved on disk) in place, in the content and in every
    /// language's site and contexts; `false`, with nothing changed, when only a whole build
    /// can tell. Everything is found first and changed after, each array where it lies: a
    /// copy of the site's 10,000 cases, once per language, was most of a save's time.
    mutating func update(after paths: Set<String>, cache: BuildCache) -> Bool {
        guard let changes = changes(after: paths, cache: cache) else { return false }
        for (index, value) in changes.content.cases { content.cases[index] = value }
        for (index, value) in changes.content.statements { content.statements[index] = value }
        for (index, value) in changes.content.organizations { content.organizations[index] = value }
        for (index, value) in changes.content.pages { content.pages[index] = value }
        diagnostics = changes.diagnostics.sorted()
        contexts[0].modify {
            $0.replace(cases: changes.site.cases, statements: changes.site.statements, organizations: changes.site.organizations,
                       pages: changes.site.pages, translations: changes.translations)
        }
        // Each other language's values of those files, localized again in its own site,
        // whose order by name, links and groups rest on nothing that changed.
        let main = site
        for live in contexts.dropFirst() {
            live.modify { $0.relocalize(changes.files, from: main) }
        }
        return true
    }

    /// What the saved files change, or `nil` when only a whole build can tell.
    private func changes(after paths: Set<String>, cache: BuildCache) -> Changes? {
        let site = self.site
        var diagnostics = self.diagnostics
        var translations = site.translations
        var files: Set<String> = []
        var content = Values(), published = Values()

        /// Decodes the saved file of one kind and notes its value, if its key allows.
        func update<Value, Key: Equatable>(_ path: String, in values: [Value], published: [Value], file: (Value) -> String,
                                           key: (Value) -> Key, decode: (SourceFile, inout [Diagnostic]) -> Value?,
                                           content: inout [Int: Value], into replaced: inout [Int: Value]) -> Bool {
            guard let index = values.indices.first(where: { file(values[$0]) == path }),
                  case .success(let source) = cache.read(siteFolder + "/" + path, as: path) else { return false }
            let before = cache.parseDiagnostics(of: path)
            let (value, found) = cache.parsed(source, setting: parser.setting) { () -> (Value?, [Diagnostic]) in
                var found: [Diagnostic] = []
                return (decode(source, &found), found)
            }
            guard let value, !found.hasErrors, key(value) == key(values[index]) else { return false }
            content[index] = value
            if let position = published.indices.first(where: { file(published[$0]) == path }) { replaced[position] = value }
            Self.replace(before, with: found, in: &diagnostics)
            files.insert(path)
            return true
        }

        for absolute in paths {
            guard absolute.hasPrefix(siteFolder + "/") else { return nil }
            let path = String(absolute.dropFirst(siteFolder.count + 1))
            let parts = path.split(separator: "/")
            // What the content loader does not read cannot change the site: an editor's hidden
            // or backup file, or a file that came and went (vim's test file "4913").
            let name = parts.last ?? ""
            if name.hasPrefix(".") || name.hasSuffix("~") { continue }
            guard parts.count == 3, parts[0] == "content", name.hasSuffix(".md") else {
                if parts.first == "content", !FileManager.default.fileExists(atPath: absolute), !name.hasSuffix(".md") { continue }
                return nil
            }
            if let name = TranslationFileName(stem: String(name.dropLast(".md".count))) {
                guard let kind = ContentKind(rawValue: String(parts[1])), let slug = Slug(name.slug),
                      let translation = updatedTranslation(path, kind: kind, main: kind.mainFile(slug), in: translations,
                                                           cache: cache, &diagnostics) else { return nil }
                translations = translations.replacing(translation, of: kind.mainFile(slug))
                files.insert(kind.mainFile(slug))
                continue
            }
            let updated: Bool
            switch parts[1] {
            case "cases":
                updated = update(path, in: self.content.cases, published: site.cases, file: \.file, key: \.resolveKey,
                                 decode: CaseDecoder(parser: parser).decode, content: &content.cases, into: &published.cases)
            case "statements":
                updated = update(path, in: self.content.statements, published: site.statements, file: \.file, key: \.resolveKey,
                                 decode: StatementDecoder(parser: parser).decode, content: &content.statements, into: &published.statements)
            case "organizations":
                updated = update(path, in: self.content.organizations, published: site.organizations, file: \.file, key: \.resolveKey,
                                 decode: OrganizationDecoder(parser: parser).decode, content: &content.organizations,
                                 into: &published.organizations)
            case "pages":
                updated = update(path, in: self.content.pages, published: site.pages, file: \.file, key: \.resolveKey,
                                 decode: PageDecoder(parser: parser).decode, content: &content.pages, into: &published.pages)
            default:
                return nil
            }
            guard updated else { return nil }
        }
        return Changes(content: content, site: published, translations: translations, files: files, diagnostics: diagnostics)
    }

    /// The saved translation of the main file at `main`, when it can take the place of the
    /// one the site has: published before and still, sound against its main file, and of the
    /// same `resolveKey`.
    private func updatedTranslation(_ path: String, kind: ContentKind, main: String, in current: SiteTranslations,
                                    cache: BuildCache, _ diagnostics: inout [Diagnostic]) -> Translation? {
        guard case .success(let source) = cache.read(siteFolder + "/" + path, as: path),
              let name = TranslationFileName(stem: source.stem), let old = current.translation(of: main, in: name.language) else { return nil }
        let before = cache.parseDiagnostics(of: path)
        let (value, found) = cache.parsed(source, setting: translations.setting) { () -> (Translation?, [Diagnostic]) in
            var found: [Diagnostic] = []
            return (translations.decoder(kind).decode(source, &found), found)
        }
        var checked: [Diagnostic] = []
        if let value, kind == .case, let item = content.cases.first(where: { $0.file == main }) {
            _ = SiteTranslations.check(value, against: item, main: main, &checked)
        }
        guard let value, !found.hasErrors, !checked.hasErrors, value.resolveKey == old.resolveKey else { return nil }
        Self.replace(before, with: found, in: &diagnostics)
        return value
    }

    /// A saved file's last diagnostics, `before`, give way to those of its new parse.
    private static func replace(_ before: [Diagnostic], with found: [Diagnostic], in diagnostics: inout [Diagnostic]) {
        for diagnostic in before { if let index = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: index) } }
        diagnostics += found
    }
}

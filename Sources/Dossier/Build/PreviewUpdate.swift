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
    let content: ContentParser.Output
    let site: Site
    let files: [OutputFile]
    /// One per language, the main one first.
    let contexts: [LiveContexts]
    let diagnostics: [Diagnostic]

    /// The site after the files at `paths` (on disk) were saved, or `nil` when only a whole
    /// build can tell.
    func updated(after paths: Set<String>, cache: BuildCache) -> PreviewUpdate? {
        var content = self.content
        var diagnostics = self.diagnostics
        var cases: [Int: Case] = [:], statements: [Int: Statement] = [:]
        var organizations: [Int: Organization] = [:], pages: [Int: Page] = [:]
        var siteTranslations = site.translations
        /// The files whose saved translation changes their pages in its language.
        var translated: Set<String> = []

        /// Decodes the saved file of one kind and puts it in place, if its key allows.
        func update<Value, Key: Equatable>(_ path: String, in values: inout [Value], published: [Value], file: (Value) -> String,
                                           key: (Value) -> Key, decode: (SourceFile, inout [Diagnostic]) -> Value?,
                                           into replaced: inout [Int: Value]) -> Bool {
            guard let index = values.firstIndex(where: { file($0) == path }),
                  case .success(let source) = cache.read(siteFolder + "/" + path, as: path) else { return false }
            let before = cache.parseDiagnostics(of: path)
            let (value, found) = cache.parsed(source, setting: parser.setting) { () -> (Value?, [Diagnostic]) in
                var found: [Diagnostic] = []
                return (decode(source, &found), found)
            }
            guard let value, !found.hasErrors, key(value) == key(values[index]) else { return false }
            values[index] = value
            if let position = published.firstIndex(where: { file($0) == path }) { replaced[position] = value }
            for diagnostic in before { if let old = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: old) } }
            diagnostics += found
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
                      let translation = updatedTranslation(path, kind: kind, main: kind.mainFile(slug), in: siteTranslations,
                                                           cache: cache, &diagnostics) else { return nil }
                siteTranslations = siteTranslations.setting(translation, of: kind.mainFile(slug))
                translated.insert(kind.mainFile(slug))
                continue
            }
            let updated: Bool
            switch parts[1] {
            case "cases":
                updated = update(path, in: &content.cases, published: site.cases, file: \.file, key: \.resolveKey,
                                 decode: CaseDecoder(parser: parser).decode, into: &cases)
            case "statements":
                updated = update(path, in: &content.statements, published: site.statements, file: \.file, key: \.resolveKey,
                                 decode: StatementDecoder(parser: parser).decode, into: &statements)
            case "organizations":
                updated = update(path, in: &content.organizations, published: site.organizations, file: \.file, key: \.resolveKey,
                                 decode: OrganizationDecoder(parser: parser).decode, into: &organizations)
            case "pages":
                updated = update(path, in: &content.pages, published: site.pages, file: \.file, key: \.resolveKey,
                                 decode: PageDecoder(parser: parser).decode, into: &pages)
            default:
                return nil
            }
            guard updated else { return nil }
        }
        let site = self.site.replacing(cases: cases, statements: statements, organizations: organizations, pages: pages,
                                       translations: siteTranslations)
        // Each language's site: the values of the saved files (and of the files whose saved
        // translation is in that language) localized again and put in place, without
        // localizing the whole site again; their order by name has not changed.
        let changed = translated.union(cases.values.map(\.file)).union(statements.values.map(\.file))
            .union(organizations.values.map(\.file)).union(pages.values.map(\.file))
        for (live, language) in zip(contexts, site.translations.all) {
            let localized = language == site.config.language ? site : live.current.site.relocalized(changed, from: site)
            let positions = localized.cases.indices.filter { changed.contains(localized.cases[$0].file) }
            let statementPositions = localized.statements.indices.filter { changed.contains(localized.statements[$0].file) }
            live.current = live.current.updated(to: localized, cases: positions, statements: statementPositions)
        }
        return PreviewUpdate(siteFolder: siteFolder, parser: parser, translations: translations, content: content, site: site, files: files,
                             contexts: contexts, diagnostics: diagnostics.sorted())
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
        for diagnostic in before { if let index = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: index) } }
        diagnostics += found
        return value
    }
}

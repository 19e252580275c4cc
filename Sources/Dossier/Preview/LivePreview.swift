import Foundation

/// A preview's last good build, kept to put saved files in place without building the whole
/// site again: when every saved file is a content file the site already has, without errors,
/// and what other pages read of it (`outwardKey`) is unchanged, its new value replaces the old
/// one in the parsed content and in every language's site and contexts, and the files stay
/// the same. Anything else builds the whole site, from the files and values the memo kept.
struct LivePreview {
    let siteFolder: String
    let parser: ContentParser
    private(set) var content: ParsedContent
    let files: [OutputFile]
    /// One per language, the main one first: each holds its language's site.
    let contexts: [LiveContexts]
    private(set) var diagnostics: [Diagnostic]

    /// The site in its main language, as its pages show it.
    var site: Site { contexts[0].current.site }

    /// A preview of `sites` (each language's, the main one first), made from `content` as
    /// `parser` read it from the site folder at `siteFolder`.
    init(
        site siteFolder: String, parser: ContentParser, content: ParsedContent, sites: [Site], renderer: SiteRenderer,
        diagnostics: [Diagnostic]
    ) {
        self.siteFolder = siteFolder
        self.parser = parser
        self.content = content
        let contexts = renderer.contexts(of: sites).map(LiveContexts.init)
        self.contexts = contexts
        files = renderer.files(of: contexts.map { live in { live.current } }, searchIndex: .whole)
        self.diagnostics = diagnostics
    }

    /// What putting one saved file in place does, found before anything is changed.
    private struct Change {
        /// The main file whose pages change: the saved one, or the one a saved translation translates.
        var mainFile: String
        var apply: (inout LivePreview) -> Void
    }

    /// Puts the files at `paths` (saved on disk) in place, in the content and in every
    /// language's site and contexts; or, with nothing changed, why only a whole build can tell.
    /// Everything is found first and changed after, each array where it lies: a copy of the
    /// site's 10,000 cases, once per language, was most of a save's time.
    mutating func update(after paths: Set<String>, memo: SourceMemo) -> RebuildReason? {
        var changes: [Change] = []
        var diagnostics = self.diagnostics
        for absolute in paths.sorted() {
            guard absolute.hasPrefix(siteFolder + "/") else { return .notContent(absolute) }
            let path = String(absolute.dropFirst(siteFolder.count + 1))
            switch ContentLayout.place(of: path) {
            case .ignored:
                continue
            case .content(let kind, .main):
                switch change(of: kind.itemType, at: path, memo: memo, &diagnostics) {
                case .success(let change): changes.append(change)
                case .failure(let reason): return reason
                }
            case .content(let kind, .translation(let name)):
                switch change(ofTranslation: name, kind: kind, at: path, memo: memo, &diagnostics) {
                case .success(let change): changes.append(change)
                case .failure(let reason): return reason
                }
            case .other where path.hasPrefix("content/") && !path.hasSuffix(".md") && !FileManager.default.fileExists(atPath: absolute):
                // A file that came and went, which the loader never saw (vim's test file "4913").
                continue
            case .settings, .staticFile, .other:
                return .notContent(path)
            }
        }
        for change in changes { change.apply(&self) }
        self.diagnostics = diagnostics.sorted()
        // Each other language's values of those files, localized again in its own site,
        // whose order by name, links and groups rest on nothing that changed.
        let main = site
        let files = Set(changes.map(\.mainFile))
        for live in contexts.dropFirst() {
            live.modify { $0.relocalize(files, from: main) }
        }
        // Each language's search finds a page by its names in the others: those of the saved
        // files are read again.
        let sites = contexts.map(\.current.site)
        var spellings = contexts[0].current.searchSpellings
        for file in files.sorted() { spellings.refresh(file, in: sites) }
        for live in contexts {
            live.modify { $0.searchSpellings = spellings }
        }
        return nil
    }

    /// The saved main file at `path` in place of its old value, if it can take its place.
    private func change<Item: DecodableItem>(
        of type: Item.Type, at path: String, memo: SourceMemo,
        _ diagnostics: inout [Diagnostic]
    ) -> Result<Change, RebuildReason> {
        guard let index = content.values.index(of: Item.self, file: path),
            case .success(let source) = memo.read(siteFolder + "/" + path, as: path)
        else { return .failure(.addedOrRemoved(path)) }
        let before = memo.diagnostics(derivedFrom: path)
        let (value, found) = parser.decode(source, as: Item.self)
        guard let value, !found.hasErrors else { return .failure(.hasErrors(path)) }
        guard value.outwardKey == content.values[keyPath: Item.all][index].outwardKey else { return .failure(.outwardChange(path)) }
        Self.swap(before, for: found, in: &diagnostics)
        let published = site.content.index(of: Item.self, file: path)
        return .success(
            Change(mainFile: path) { preview in
                preview.content.values[keyPath: Item.all][index] = value
                if let published { preview.contexts[0].modify { $0.replace(value, at: published) } }
            })
    }

    /// The saved translation at `path` in place of the one the site has: published before and
    /// still, sound against its main file, and of the same `outwardKey`.
    private func change(
        ofTranslation name: TranslationFileName, kind: ContentKind, at path: String, memo: SourceMemo,
        _ diagnostics: inout [Diagnostic]
    ) -> Result<Change, RebuildReason> {
        guard let slug = Slug(name.slug), case .success(let source) = memo.read(siteFolder + "/" + path, as: path) else {
            return .failure(.addedOrRemoved(path))
        }
        let main = ContentLayout.mainFile(of: kind, slug: slug)
        guard let old = site.translations.translation(of: main, in: name.language) else { return .failure(.addedOrRemoved(path)) }
        let before = memo.diagnostics(derivedFrom: path)
        let (value, found) = parser.decodeTranslation(source, of: kind)
        var checked: [Diagnostic] = []
        if let value, kind == .case, let item = content.cases.first(where: { $0.file == main }) {
            _ = SiteTranslations.check(value, against: item, main: main, &checked)
        }
        guard let value, !found.hasErrors, !checked.hasErrors else { return .failure(.hasErrors(path)) }
        guard value.outwardKey == old.outwardKey else { return .failure(.outwardChange(path)) }
        Self.swap(before, for: found, in: &diagnostics)
        return .success(
            Change(mainFile: main) { preview in
                preview.contexts[0].modify { $0.site.translations = $0.site.translations.replacing(value, of: main) }
            })
    }

    /// A saved file's last diagnostics, `before`, give way to those of its new parse.
    private static func swap(_ before: [Diagnostic], for found: [Diagnostic], in diagnostics: inout [Diagnostic]) {
        for diagnostic in before { if let index = diagnostics.firstIndex(of: diagnostic) { diagnostics.remove(at: index) } }
        diagnostics += found
    }
}

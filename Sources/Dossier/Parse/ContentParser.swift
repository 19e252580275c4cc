/// Parses every file of a content tree. Files are independent here, so they are parsed on
/// every core at once; their diagnostics keep the files' order. With a `SourceMemo`, a file
/// that did not change is not parsed again (`dossier serve`).
struct ContentParser: Sendable {
    /// How a main file's front matter and body are read.
    let parser: ContentFileParser
    /// How a translation into each language is read: its headings' links in its own words.
    let translationParsers: [String: ContentFileParser]
    /// The tags of `translations:` in site.yaml; `nil` when the settings could not be read.
    let languages: [String]?
    let mainLanguage: String?
    /// What a memo keeps a translation's parse under, besides the file.
    let translationSetting: String
    var memo: SourceMemo?

    /// The parser of a site whose settings are `config` (as `SiteConfigDecoder` read them),
    /// with the theme's words for the headings' links, as of the build's day.
    init(config: SiteConfig?, theme: Theme, today: CalendarDay, memo: SourceMemo? = nil) {
        let allowsRawHTML = config?.allowsUnsafeHTML ?? false
        let site = SiteAddresses(config)
        parser = ContentFileParser(allowsRawHTML: allowsRawHTML, anchors: theme.anchors(), site: site, today: today)
        let languages = config.map { $0.translations.map(\.language) }
        var parsers: [String: ContentFileParser] = [:]
        for language in languages ?? [] where theme.otherStrings[language] != nil {
            parsers[language] = ContentFileParser(
                allowsRawHTML: allowsRawHTML, anchors: theme.anchors(for: language), site: site,
                today: today)
        }
        translationParsers = parsers
        self.languages = languages
        mainLanguage = config?.language
        translationSetting =
            parser.setting + " \(config?.language ?? "") \(languages ?? []) "
            + parsers.keys.sorted().map { "\($0): \(parsers[$0]!.anchors.linkLabel)" }.joined(separator: ", ")
        self.memo = memo
    }

    /// Every content file of the tree, with `config` its settings.
    func parse(_ tree: ContentTree, config: SiteConfig?) -> (ParsedContent, [Diagnostic]) {
        var content = ParsedContent()
        content.config = config
        var diagnostics: [Diagnostic] = []
        for kind in ContentKind.allCases {
            decodeAll(kind.itemType, tree.files[kind], into: &content, &diagnostics)
        }
        // A translation left out for its errors is not a page of its own: nothing to note.
        for kind in ContentKind.allCases {
            let results = tree.translations[kind].concurrentMap { decodeTranslation($0, of: kind) }
            diagnostics += results.flatMap(\.1)
            content.translations += results.compactMap(\.0)
        }
        return (content, diagnostics)
    }

    /// A main file of the kind `Item` is: its value, or `nil` after its errors.
    func decode<Item: DecodableItem>(_ file: SourceFile, as type: Item.Type) -> (Item?, [Diagnostic]) {
        func decoded() -> (Item?, [Diagnostic]) {
            var found: [Diagnostic] = []
            let value = Item.decode(file, with: parser, &found)
            return (value, found)
        }
        return memo?.derived(from: file, setting: parser.setting, make: decoded) ?? decoded()
    }

    /// A translation of a file of `kind`.
    func decodeTranslation(_ file: SourceFile, of kind: ContentKind) -> (Translation?, [Diagnostic]) {
        let decoder = TranslationDecoder(
            parser: parser, parsers: translationParsers, kind: kind, languages: languages,
            mainLanguage: mainLanguage)
        func decoded() -> (Translation?, [Diagnostic]) {
            var found: [Diagnostic] = []
            let value = decoder.decode(file, &found)
            return (value, found)
        }
        return memo?.derived(from: file, setting: translationSetting, make: decoded) ?? decoded()
    }

    private func decodeAll<Item: DecodableItem>(
        _ type: Item.Type, _ files: [SourceFile], into content: inout ParsedContent,
        _ diagnostics: inout [Diagnostic]
    ) {
        let results = files.concurrentMap { decode($0, as: Item.self) }
        diagnostics += results.flatMap(\.1)
        content.leftOut[Item.kind] = Set(zip(files, results).compactMap { file, result in result.0 == nil ? Slug(file.stem) : nil })
        content.values[keyPath: Item.all] = results.compactMap(\.0)
    }
}

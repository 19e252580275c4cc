/// Parses every file of a content tree. Files are independent here, so they are parsed on
/// every core at once; their diagnostics keep the files' order.
public struct ContentParser: Sendable {
    public var baseURLOverride: String?
    /// Values parsed by an earlier build of the same process, reused while their file is unchanged.
    var cache: BuildCache?

    public init(baseURLOverride: String? = nil) {
        self.baseURLOverride = baseURLOverride
    }

    public struct Output: Sendable {
        public var config: SiteConfig?
        public var cases: [Case] = []
        public var statements: [Statement] = []
        public var organizations: [Organization] = []
        public var pages: [Page] = []
        /// The translations of every kind, in the tree's order.
        public var translations: [Translation] = []
        /// The files left out for their errors, by slug. A reference to one is not reported
        /// again as unknown: the volunteer has the file's own error to fix, and a second one
        /// at the statement that names it would point at a file that is right.
        public var leftOut = LeftOut()
    }

    public struct LeftOut: Sendable {
        public var cases: Set<Slug> = []
        public var statements: Set<Slug> = []
        public var organizations: Set<Slug> = []
        public var pages: Set<Slug> = []
    }

    /// `content/site.yaml`, read first: its language chooses the words bodies are written with.
    public func config(of tree: ContentTree) -> (SiteConfig?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let file = tree.siteConfig else { return (nil, diagnostics) }
        return (SiteConfigDecoder.decode(file, baseURLOverride: baseURLOverride, &diagnostics), diagnostics)
    }

    /// How each file's front matter and body are read under these settings.
    static func fileParser(for config: SiteConfig?, anchors: SectionAnchors, today: CalendarDay) -> ContentFileParser {
        ContentFileParser(allowsRawHTML: config?.allowsUnsafeHTML ?? false, anchors: anchors, today: today)
    }

    /// Every content file of the tree, with `config` as `config(of:)` read it.
    /// `linkLabels`: the label of a heading's link in each other language, for its translations.
    func parse(_ tree: ContentTree, config: SiteConfig?, anchors: SectionAnchors, linkLabels: [String: String] = [:],
               today: CalendarDay) -> (Output, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var output = Output()
        output.config = config
        let parser = Self.fileParser(for: config, anchors: anchors, today: today)
        let setting = parser.setting
        let (cases, caseTranslations) = Self.partition(tree.cases)
        let (statements, statementTranslations) = Self.partition(tree.statements)
        let (organizations, organizationTranslations) = Self.partition(tree.organizations)
        let (pages, pageTranslations) = Self.partition(tree.pages)
        output.cases = decodeAll(cases, setting, CaseDecoder(parser: parser).decode, &output.leftOut.cases, &diagnostics)
        output.statements = decodeAll(statements, setting, StatementDecoder(parser: parser).decode, &output.leftOut.statements, &diagnostics)
        output.organizations = decodeAll(organizations, setting, OrganizationDecoder(parser: parser).decode, &output.leftOut.organizations, &diagnostics)
        output.pages = decodeAll(pages, setting, PageDecoder(parser: parser).decode, &output.leftOut.pages, &diagnostics)

        // A translation left out for its errors is not a page of its own: nothing to note.
        let reading = Self.translationReading(for: config, parser: parser, linkLabels: linkLabels, today: today)
        var ignored = Set<Slug>()
        for (kind, files) in [(ContentKind.case, caseTranslations), (.statement, statementTranslations),
                              (.organization, organizationTranslations), (.page, pageTranslations)] {
            output.translations += decodeAll(files, reading.setting, reading.decoder(kind).decode, &ignored, &diagnostics)
        }
        return (output, diagnostics)
    }

    /// How translations are read under these settings: each language's headings' links in
    /// its own words, and only the languages of `translations:`.
    struct TranslationReading: Sendable {
        let parser: ContentFileParser
        let parsers: [String: ContentFileParser]
        let languages: [String]?
        let mainLanguage: String?
        /// What a `BuildCache` keeps a translation's parse under.
        let setting: String

        func decoder(_ kind: ContentKind) -> TranslationDecoder {
            TranslationDecoder(parser: parser, parsers: parsers, kind: kind, languages: languages, mainLanguage: mainLanguage)
        }
    }

    static func translationReading(for config: SiteConfig?, parser: ContentFileParser, linkLabels: [String: String],
                                   today: CalendarDay) -> TranslationReading {
        let languages = config.map { $0.translations.map(\.language) }
        let parsers = linkLabels.mapValues { label in
            fileParser(for: config, anchors: SectionAnchors(linkLabel: label, reserved: parser.anchors.reserved), today: today)
        }
        return TranslationReading(parser: parser, parsers: parsers, languages: languages, mainLanguage: config?.language,
                                  setting: parser.setting + " \(config?.language ?? "") \(languages ?? []) \(linkLabels.sorted { $0.key < $1.key })")
    }

    /// Main files and translations (`<slug>.<lang>.md`), each in the tree's order.
    static func partition(_ files: [SourceFile]) -> (main: [SourceFile], translations: [SourceFile]) {
        var main: [SourceFile] = [], translations: [SourceFile] = []
        for file in files {
            if TranslationFileName(stem: file.stem) == nil { main.append(file) } else { translations.append(file) }
        }
        return (main, translations)
    }

    private func decodeAll<Value>(
        _ files: [SourceFile],
        _ setting: String,
        _ decode: (SourceFile, inout [Diagnostic]) -> Value?,
        _ leftOut: inout Set<Slug>,
        _ diagnostics: inout [Diagnostic]
    ) -> [Value] {
        let cache = self.cache
        let results = files.concurrentMap { file in
            func decoded() -> (Value?, [Diagnostic]) {
                var found: [Diagnostic] = []
                let value = decode(file, &found)
                return (value, found)
            }
            return cache?.parsed(file, setting: setting, decode: decoded) ?? decoded()
        }
        diagnostics += results.flatMap(\.1)
        for (file, result) in zip(files, results) where result.0 == nil {
            if let slug = Slug(file.stem) { leftOut.insert(slug) }
        }
        return results.compactMap(\.0)
    }
}

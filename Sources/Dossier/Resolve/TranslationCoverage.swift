/// How far a language's translation has come: which published files have no translation
/// yet, and what each translation leaves to the main file. What `dossier check` reports.
public struct TranslationCoverage: Sendable, Hashable {
    public var language: String
    /// Published content files, and how many of them have a published translation.
    public var total: Int
    public var translated: Int
    /// The main files of those without a translation.
    public var untranslatedFiles: [String]
    /// The translations that leave something to the main file.
    public var incomplete: [Incomplete]

    public struct Incomplete: Sendable, Hashable {
        /// The translation: `content/cases/x.ru.md`.
        public var file: String
        /// What it leaves to the main file: `occupation`, `body`, `charges[2]`, `timeline 2024-01`.
        public var missing: [String]
    }

    /// The coverage of each language other than the main one, from its site as its pages
    /// show it (`Site.localized`), in site.yaml's order.
    static func of(_ languages: [Site]) -> [TranslationCoverage] {
        languages.map { localized in
            let language = localized.config.language
            var coverage = TranslationCoverage(language: language, total: 0, translated: 0, untranslatedFiles: [], incomplete: [])
            func add(_ file: String, _ kind: ContentKind, _ fallback: Fallback?, timeline: [TimelineEntry] = []) {
                coverage.total += 1
                guard let fallback, !fallback.isWhole else {
                    if fallback != nil { coverage.untranslatedFiles.append(file) }
                    if fallback == nil { coverage.translated += 1 }
                    return
                }
                coverage.translated += 1
                let fields = (TranslatableFields.texts(of: kind) + ["body"]).filter(fallback.fields.contains)
                let missing =
                    fields
                    + fallback.charges.sorted().map { "charges[\($0 + 1)]" }
                    + fallback.timeline.sorted().map { "timeline \(timeline[$0].date)" }
                    + fallback.sources.sorted().map { "sources[\($0 + 1)]" }
                if !missing.isEmpty {
                    let translation = String(file.dropLast(".md".count)) + ".\(language).md"
                    coverage.incomplete.append(Incomplete(file: translation, missing: missing))
                }
            }
            for item in localized.cases { add(item.file, .case, item.fallback, timeline: item.timeline) }
            for item in localized.statements { add(item.file, .statement, item.fallback) }
            for item in localized.organizations { add(item.file, .organization, item.fallback) }
            for item in localized.pages { add(item.file, .page, item.fallback) }
            coverage.untranslatedFiles.sort()
            coverage.incomplete.sort { $0.file < $1.file }
            return coverage
        }
    }
}

/// The translations a build publishes, each checked against its main file: a translation
/// without a main file, or one that states a fact the main file does not (a timeline date,
/// a charge, a source), is an error, and is not kept.
public struct SiteTranslations: Sendable {
    /// The main language's tag.
    public let mainLanguage: String
    /// The other languages, in the order site.yaml lists them.
    public let languages: [SiteTranslation]
    /// The main language first, then the others: the order of the language switcher. (A
    /// localized site's `config.language` is its own, so this is the one list to go by.)
    public var all: [String] { [mainLanguage] + languages.map(\.language) }
    /// Language → main file → its translation.
    private var files: [String: [String: Translation]] = [:]

    init(mainLanguage: String, languages: [SiteTranslation]) {
        self.mainLanguage = mainLanguage
        self.languages = languages
    }

    /// Checks `translations` against the parsed main files, and keeps the sound ones that
    /// `publication` publishes.
    init(
        checking translations: [Translation], content: ParsedContent, publication: Publication,
        withheld: inout [Site.Withheld], _ diagnostics: inout [Diagnostic]
    ) {
        self.init(mainLanguage: content.config?.language ?? "en", languages: content.config?.translations ?? [])
        // Every main file's slug, the ones left out for their errors too.
        var slugs = ByKind { kind in content.leftOut[kind].map(\.rawValue) }
        for entry in content.values.entries { slugs[entry.kind].append(entry.slug.rawValue) }
        let cases = Dictionary(content.cases.map { ($0.slug, $0) }) { first, _ in first }
        for translation in translations {
            let main = ContentLayout.mainFile(of: translation.kind, slug: translation.slug)
            guard slugs[translation.kind].contains(translation.slug.rawValue) else {
                let closest = Suggestion.closest(to: translation.slug.rawValue, among: slugs[translation.kind].sorted())
                diagnostics.append(
                    .error(
                        at: SourceLocation(path: translation.file),
                        "this translates \(main), which does not exist",
                        fix: closest.map {
                            "did you mean '\($0).\(translation.language).md' (a translation of content/\(translation.kind.rawValue)/\($0).md)?"
                        }
                            ?? "write the main file first: it holds the facts, a translation only their words"
                    ))
                continue
            }
            if let item = cases[translation.slug], !Self.check(translation, against: item, main: main, &diagnostics) { continue }
            guard publication.isPublished(draft: translation.isDraft, file: translation.file, withheld: &withheld) else { continue }
            files[translation.language, default: [:]][main] = translation
        }
    }

    /// The translation of the main file at `file` into `language`, if one is published.
    func translation(of file: String, in language: String) -> Translation? {
        files[language]?[file]
    }

    func replacing(_ translation: Translation, of file: String) -> SiteTranslations {
        var updated = self
        updated.files[translation.language, default: [:]][file] = translation
        return updated
    }

    /// A translation states no new facts: each timeline entry has a date of the main file's
    /// timeline, and there are no more charges or sources than the main file lists.
    static func check(_ translation: Translation, against item: Case, main: String, _ diagnostics: inout [Diagnostic]) -> Bool {
        var sound = true
        let matched = TimelineMatch(translation.timeline.map(\.value), main: item.timeline)
        for index in matched.unmatched {
            let entry = translation.timeline[index]
            let dates = item.timeline.map(\.date.description)
            diagnostics.append(
                .error(
                    at: entry.location,
                    "the timeline entry of \(entry.value.date) is not in the main file, \(main): a translation states no new facts",
                    fix: dates.isEmpty
                        ? "remove it, or add the event to \(main) first"
                        : "use the date of an entry of \(main) (\(dates.joined(separator: ", "))), or add the event there first"
                ))
            sound = false
        }
        for (key, entries, count) in [
            ("charges", translation.charges.map(\.location), item.charges.count),
            ("sources", translation.sources.map(\.location), item.sources.count),
        ] where entries.count > count {
            for location in entries[count...] {
                diagnostics.append(
                    .error(
                        at: location,
                        "\(main) lists \(count) \(key == "charges" ? "charge" : "source")\(count == 1 ? "" : "s"), so this entry of '\(key)' translates nothing",
                        fix: "\(key) are matched by position: remove the extra entry, or add it to \(main) first"
                    ))
            }
            sound = false
        }
        return sound
    }
}

/// Translated timeline entries matched to the main file's by date: the second entry of a
/// date to the second entry of that date, so two events of one day stay apart.
struct TimelineMatch {
    /// Main entry's index → the translated entry's index.
    var matched: [Int: Int] = [:]
    /// The translated entries whose date the main file does not have (as often).
    var unmatched: [Int] = []

    init(_ translated: [TimelineEntry], main: [TimelineEntry]) {
        var taken = Set<Int>()
        for (index, entry) in translated.enumerated() {
            if let position = main.indices.first(where: { !taken.contains($0) && main[$0].date == entry.date }) {
                taken.insert(position)
                matched[position] = index
            } else {
                unmatched.append(index)
            }
        }
    }
}

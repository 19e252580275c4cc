/// The site in one of its other languages: the same pages, with the same links and groups,
/// so every fact and every URL stays the main file's; only words change, and the lists'
/// order by name follows them.
///
/// What has no translation is kept from the main file and noted in each value's `fallback`.
extension Site {
    func localized(to language: String) -> Site {
        guard let settings = translations.languages.first(where: { $0.language == language }) else { return self }
        var config = self.config
        config.language = language
        config.title = settings.title ?? config.title
        config.description = settings.description ?? config.description
        let main = translations.mainLanguage
        func translation(of file: String) -> Translation? { translations.translation(of: file, in: language) }

        let cases = self.cases.map { Self.localized($0, translation(of: $0.file), main) }
        var groups = self.groups
        // A country's group keeps its slug, and takes its name from the first case of it
        // that translates the country.
        for (index, group) in groups.countries.enumerated() {
            if let name = group.cases.lazy.compactMap({ translation(of: self.cases[$0].file)?.texts["country"] }).first {
                groups.countries[index].name = name
            }
        }
        let words = Site(
            config: config, clock: clock, cases: cases,
            statements: statements.map { Self.localized($0, translation(of: $0.file), main) },
            organizations: organizations.map { Self.localized($0, translation(of: $0.file), main) },
            pages: pages.map { Self.localized($0, translation(of: $0.file), main) },
            staticFiles: staticFiles, images: images, links: links, groups: groups, withheld: withheld, translations: translations
        )
        return words.sortedByName()
    }

    /// In this site, localized from `main`, makes the values of `files` again from `main`'s
    /// and their translations: what a preview does when only their words changed, so that
    /// the order, the links and the groups stand. Returns the positions of the cases and
    /// statements that changed, whose summaries are to be made again.
    mutating func relocalize(_ files: Set<String>, from main: Site) -> (cases: [Int], statements: [Int]) {
        let language = config.language, mainLanguage = main.translations.mainLanguage
        self.translations = main.translations
        let translations = main.translations
        func translation(of file: String) -> Translation? { translations.translation(of: file, in: language) }
        // By index, never binding an element: a case is some 25 strings and lists, and a copy
        // of each of 10,000 at every save was a third of a preview's time.
        func relocalize<Value: Translatable>(_ mine: inout [Value], from theirs: [Value],
                                             _ localize: (Value, Translation?, String) -> Value) -> [Int] {
            var sources: [String: Int] = [:]
            for index in theirs.indices where files.contains(theirs[index].file) { sources[theirs[index].file] = index }
            guard !sources.isEmpty else { return [] }
            var changed: [Int] = []
            for index in mine.indices {
                guard let source = sources[mine[index].file] else { continue }
                mine[index] = localize(theirs[source], translation(of: mine[index].file), mainLanguage)
                changed.append(index)
            }
            return changed
        }
        let cases = relocalize(&self.cases, from: main.cases, Self.localized)
        let statements = relocalize(&self.statements, from: main.statements, Self.localized)
        _ = relocalize(&self.organizations, from: main.organizations, Self.localized)
        _ = relocalize(&self.pages, from: main.pages, Self.localized)
        return (cases, statements)
    }

    /// `item` with the translation's words for the fields named, and its body, in place of
    /// the main file's; what the translation does not give stays, noted in `fallback`. A
    /// case's lists are matched in `more`.
    private static func localized<Item: Translatable>(
        _ item: Item, _ translation: Translation?, _ main: String,
        texts: [(String, WritableKeyPath<Item, String>)], optionalTexts: [(String, WritableKeyPath<Item, String?>)],
        more: (inout Item, inout Fallback) -> Void = { _, _ in }
    ) -> Item {
        var item = item
        var fallback = Fallback(language: main, isWhole: translation == nil)
        for (key, path) in texts {
            if let text = translation?.texts[key] { item[keyPath: path] = text } else { fallback.fields.insert(key) }
        }
        for (key, path) in optionalTexts where item[keyPath: path] != nil {
            if let text = translation?.texts[key] { item[keyPath: path] = text } else { fallback.fields.insert(key) }
        }
        if let html = translation?.bodyHTML { item.bodyHTML = html } else if !item.bodyHTML.isEmpty { fallback.fields.insert("body") }
        more(&item, &fallback)
        item.fallback = fallback
        return item
    }

    private static func localized(_ item: Case, _ translation: Translation?, _ main: String) -> Case {
        localized(item, translation, main, texts: [("name", \.name), ("country", \.country)], optionalTexts: [
            ("native_name", \.nativeName), ("occupation", \.occupation), ("sentence", \.sentence), ("court", \.court),
            ("facility", \.facility),
        ]) { item, fallback in
            if var photo = item.photo {
                for (key, path) in [("photo_alt", \Photo.alt), ("photo_credit", \Photo.credit)] {
                    if let text = translation?.texts[key] { photo[keyPath: path] = text } else { fallback.fields.insert(key) }
                }
                item.photo = photo
            }
            for index in item.charges.indices {
                if let charge = translation?.charges[safe: index] { item.charges[index] = charge.value } else { fallback.charges.insert(index) }
            }
            for index in item.sources.indices {
                if let source = translation?.sources[safe: index]?.value {
                    item.sources[index] = SourceLink(title: source.title, url: source.url ?? item.sources[index].url)
                } else {
                    fallback.sources.insert(index)
                }
            }
            let match = TimelineMatch(translation?.timeline.map(\.value) ?? [], main: item.timeline)
            for index in item.timeline.indices {
                if let translated = match.matched[index], let entry = translation?.timeline[translated] {
                    item.timeline[index].event = entry.value.event
                } else {
                    fallback.timeline.insert(index)
                }
            }
        }
    }

    private static func localized(_ item: Statement, _ translation: Translation?, _ main: String) -> Statement {
        localized(item, translation, main, texts: [("title", \.title)], optionalTexts: [("place", \.place)])
    }

    private static func localized(_ item: Organization, _ translation: Translation?, _ main: String) -> Organization {
        localized(item, translation, main, texts: [("name", \.name)], optionalTexts: [("short_name", \.shortName)])
    }

    private static func localized(_ item: Page, _ translation: Translation?, _ main: String) -> Page {
        localized(item, translation, main, texts: [("title", \.title)], optionalTexts: [("description", \.description)])
    }
}

/// A content value whose words a translation replaces.
protocol Translatable {
    var file: String { get }
    var bodyHTML: String { get set }
    var fallback: Fallback? { get set }
}

extension Case: Translatable {}
extension Statement: Translatable {}
extension Organization: Translatable {}
extension Page: Translatable {}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

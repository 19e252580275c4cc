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
        var words = self
        words.config = config
        words.groups = groups
        words.content.cases = cases
        words.content.statements = statements.map { Self.localized($0, translation(of: $0.file), main) }
        words.content.organizations = organizations.map { Self.localized($0, translation(of: $0.file), main) }
        words.content.pages = pages.map { Self.localized($0, translation(of: $0.file), main) }
        return words.sortedByName()
    }

    /// `item` with the translation's words for the fields named, and its body, in place of
    /// the main file's; what the translation does not give stays, noted in `fallback`. A
    /// case's lists are matched in `more`.
    private static func localized<Item: ContentItem>(
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
        if let body = translation?.body { item.body = body } else if !item.body.isEmpty { fallback.fields.insert("body") }
        more(&item, &fallback)
        item.fallback = fallback
        return item
    }

    static func localized(_ item: Case, _ translation: Translation?, _ main: String) -> Case {
        localized(
            item, translation, main, texts: [("name", \.name), ("country", \.country)],
            optionalTexts: [
                ("native_name", \.nativeName), ("occupation", \.occupation), ("sentence", \.sentence), ("court", \.court),
                ("facility", \.facility),
            ]
        ) { item, fallback in
            // The photo's words, the charges, sources and timeline changed with one copy of
            // the case's fields, not one for each.
            item.change { item in
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
    }

    static func localized(_ item: Statement, _ translation: Translation?, _ main: String) -> Statement {
        localized(item, translation, main, texts: [("title", \.title)], optionalTexts: [("place", \.place)])
    }

    static func localized(_ item: Organization, _ translation: Translation?, _ main: String) -> Organization {
        localized(item, translation, main, texts: [("name", \.name)], optionalTexts: [("short_name", \.shortName)])
    }

    static func localized(_ item: Page, _ translation: Translation?, _ main: String) -> Page {
        localized(item, translation, main, texts: [("title", \.title)], optionalTexts: [("description", \.description)])
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

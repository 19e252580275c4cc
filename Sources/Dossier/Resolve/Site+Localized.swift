/// The site in one of its other languages: the same pages in the same order, with the same
/// links and groups, so every fact and every URL stays the main file's; only words change.
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
        return Site(
            config: config, clock: clock, cases: cases,
            statements: statements.map { Self.localized($0, translation(of: $0.file), main) },
            organizations: organizations.map { Self.localized($0, translation(of: $0.file), main) },
            pages: pages.map { Self.localized($0, translation(of: $0.file), main) },
            staticFiles: staticFiles, images: images, links: links, groups: groups, withheld: withheld, translations: translations
        )
    }

    /// Sets a text field from the translation, or notes that the main file's stays.
    private static func word(_ key: String, _ value: inout String, _ translation: Translation?, _ fallback: inout Fallback) {
        if let text = translation?.texts[key] { value = text } else { fallback.fields.insert(key) }
    }

    private static func word(_ key: String, _ value: inout String?, _ translation: Translation?, _ fallback: inout Fallback) {
        guard value != nil else { return }
        if let text = translation?.texts[key] { value = text } else { fallback.fields.insert(key) }
    }

    private static func body(_ value: inout String, _ translation: Translation?, _ fallback: inout Fallback) {
        if let html = translation?.bodyHTML { value = html } else if !value.isEmpty { fallback.fields.insert("body") }
    }

    private static func localized(_ item: Case, _ translation: Translation?, _ main: String) -> Case {
        var item = item
        var fallback = Fallback(language: main, isWhole: translation == nil)
        word("name", &item.name, translation, &fallback)
        word("native_name", &item.nativeName, translation, &fallback)
        word("country", &item.country, translation, &fallback)
        word("occupation", &item.occupation, translation, &fallback)
        word("sentence", &item.sentence, translation, &fallback)
        word("court", &item.court, translation, &fallback)
        word("facility", &item.facility, translation, &fallback)
        if var photo = item.photo {
            word("photo_alt", &photo.alt, translation, &fallback)
            word("photo_credit", &photo.credit, translation, &fallback)
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
        body(&item.bodyHTML, translation, &fallback)
        item.fallback = fallback
        return item
    }

    private static func localized(_ item: Statement, _ translation: Translation?, _ main: String) -> Statement {
        var item = item
        var fallback = Fallback(language: main, isWhole: translation == nil)
        word("title", &item.title, translation, &fallback)
        word("place", &item.place, translation, &fallback)
        body(&item.bodyHTML, translation, &fallback)
        item.fallback = fallback
        return item
    }

    private static func localized(_ item: Organization, _ translation: Translation?, _ main: String) -> Organization {
        var item = item
        var fallback = Fallback(language: main, isWhole: translation == nil)
        word("name", &item.name, translation, &fallback)
        word("short_name", &item.shortName, translation, &fallback)
        body(&item.bodyHTML, translation, &fallback)
        item.fallback = fallback
        return item
    }

    private static func localized(_ item: Page, _ translation: Translation?, _ main: String) -> Page {
        var item = item
        var fallback = Fallback(language: main, isWhole: translation == nil)
        word("title", &item.title, translation, &fallback)
        word("description", &item.description, translation, &fallback)
        body(&item.bodyHTML, translation, &fallback)
        item.fallback = fallback
        return item
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

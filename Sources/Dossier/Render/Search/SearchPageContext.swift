import TemplateEngine

extension SiteContexts {
    /// `/search/`: the form the search script runs in, and for readers without it (or
    /// before it has loaded) every case under every name it has, A–Z, where the browser's
    /// find-in-page does the search, with the country and status lists beside.
    func searchPage() -> TemplateContext {
        var context = common(
            kind: "search", title: strings.word("search_title"), description: strings.word("search_hint"),
            url: paths.search)
        context.set(
            "search",
            TemplateContext {
                $0.set("lang", site.config.language)
                // The language's root, to which the script adds each result's path; a folder,
                // since the script itself names `index.html` when read from disk.
                $0.set("root", raw: .linked(LinkedText([.root, .text(paths.root)])))
            })
        context.set("letters", list: nameIndex())
        context.set("countries", list: site.groups.countries.map { groupEntry($0, in: .country) })
        context.set("statuses", list: site.groups.statuses.map { groupEntry($0, in: .status) })
        return context
    }

    /// Each case under each of its names, by initial.
    private func nameIndex() -> [TemplateContext] {
        struct Entry {
            let spelling: String
            let item: Int
        }
        let entries = site.cases.indices.flatMap { index in
            let item = site.cases[index]
            return ([item.name] + searchSpellings.names(of: .case, item.slug)).uniqued().map { Entry(spelling: $0, item: index) }
        }
        let sorted = SiteResolver.sortedByName(entries, name: \.spelling, slug: { site.cases[$0.item].slug })
        var letters: [(letter: String, entries: [Entry])] = []
        for entry in sorted {
            let letter = entry.spelling.first.map { String($0).uppercased().folding(options: .diacriticInsensitive, locale: nil) } ?? ""
            if letters.last?.letter == letter { letters[letters.count - 1].entries.append(entry) } else { letters.append((letter, [entry])) }
        }
        return letters.enumerated().map { number, letter in
            TemplateContext {
                $0.set("letter", letter.letter)
                $0.set("id", "names-\(number + 1)")
                $0.set(
                    "names",
                    list: letter.entries.map { entry in
                        let item = site.cases[entry.item]
                        return TemplateContext {
                            $0.set("spelling", entry.spelling)
                            $0.set("name", entry.spelling == item.name ? nil : item.name)
                            $0.set("url", link: paths.case(item.slug))
                            $0.set("country", item.country)
                            $0.set("status_label", strings.label(status: item.status))
                        }
                    })
            }
        }
    }
}

private extension Array where Element == String {
    /// Each string once, in the order first seen.
    func uniqued() -> [String] {
        var seen = Set<String>()
        return filter { seen.insert($0).inserted }
    }
}

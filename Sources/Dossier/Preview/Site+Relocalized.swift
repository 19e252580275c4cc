extension Site {
    /// In this site, localized from `main`, makes the values of `files` again from `main`'s
    /// and their translations: what a preview does when only their words changed, so that
    /// the order, the links and the groups stand. Returns the positions of the cases and
    /// statements that changed, whose summaries are to be made again.
    mutating func relocalize(_ files: Set<String>, from main: Site) -> (cases: [Int], statements: [Int]) {
        let language = config.language
        let mainLanguage = main.translations.mainLanguage
        self.translations = main.translations
        let translations = main.translations
        func translation(of file: String) -> Translation? { translations.translation(of: file, in: language) }
        // By index, never binding an element: a case is some 25 strings and lists, and a copy
        // of each of 10,000 at every save was a third of a preview's time.
        func relocalize<Value: ContentItem>(
            _ mine: inout [Value], from theirs: [Value],
            _ localize: (Value, Translation?, String) -> Value
        ) -> [Int] {
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
        let cases = relocalize(&content.cases, from: main.cases, Self.localized)
        let statements = relocalize(&content.statements, from: main.statements, Self.localized)
        _ = relocalize(&content.organizations, from: main.organizations, Self.localized)
        _ = relocalize(&content.pages, from: main.pages, Self.localized)
        return (cases, statements)
    }
}

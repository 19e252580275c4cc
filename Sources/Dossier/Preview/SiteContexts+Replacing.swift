extension SiteContexts {
    /// Puts a saved value in place in the site, at its position there, and makes its summary
    /// again if it has one (organizations and pages have none that their `outwardKey` does
    /// not hold).
    mutating func replace<Item: ContentItem>(_ value: Item, at index: Int) {
        site.replace([index: value])
        switch Item.kind {
        case .case: caseSummaries[index] = caseSummary(site.cases[index])
        case .statement: statementSummaries[index] = statementSummary(index)
        case .organization, .page: break
        }
    }

    /// In a translated language: the values of `files` localized again from `main`.
    mutating func relocalize(_ files: Set<String>, from main: Site) {
        let (cases, statements) = site.relocalize(files, from: main)
        for index in cases { caseSummaries[index] = caseSummary(site.cases[index]) }
        for index in statements { statementSummaries[index] = statementSummary(index) }
    }
}

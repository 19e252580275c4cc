/// What the resolver reads of each value: its place in the site's order, its URLs, what it
/// links to, and what it is grouped by. Two values with equal keys resolve alike, so a
/// preview may put a saved file's new value in place of the old one and keep everything the
/// resolver made of the rest (`Site.replacing`). Locations are part of the keys: a line
/// that moves moves a message.
extension Case {
    struct ResolveKey: Equatable {
        var slug: Slug, name: String, isDraft: Bool, aliases: [Alias], photo: Photo?, links: [CommonMark.Link]
        var country: String, tags: [String], status: CaseStatus
    }

    var resolveKey: ResolveKey {
        ResolveKey(slug: slug, name: name, isDraft: isDraft, aliases: aliases, photo: photo, links: bodyLinks,
                   country: country, tags: tags, status: status)
    }
}

extension Statement {
    struct ResolveKey: Equatable {
        var slug: Slug, date: PartialDate, isDraft: Bool, embargo: Moment?, aliases: [Alias], links: [CommonMark.Link]
        var cases: [Reference], signatories: [SignatoryReference]
    }

    var resolveKey: ResolveKey {
        ResolveKey(slug: slug, date: date, isDraft: isDraft, embargo: embargo, aliases: aliases, links: bodyLinks,
                   cases: cases, signatories: signatories)
    }
}

extension Organization {
    struct ResolveKey: Equatable {
        var slug: Slug, name: String, shortName: String?, alsoKnownAs: [String], aliases: [Alias], links: [CommonMark.Link]
    }

    var resolveKey: ResolveKey {
        ResolveKey(slug: slug, name: name, shortName: shortName, alsoKnownAs: alsoKnownAs, aliases: aliases, links: bodyLinks)
    }
}

extension Page {
    struct ResolveKey: Equatable {
        var slug: Slug, title: String, isDraft: Bool, aliases: [Alias], links: [CommonMark.Link]
    }

    var resolveKey: ResolveKey {
        ResolveKey(slug: slug, title: title, isDraft: isDraft, aliases: aliases, links: bodyLinks)
    }
}

extension Site {
    /// Puts values in place of others of the same file and the same `resolveKey`, so that
    /// every index, link and group stays true; in place, so that an array this site alone
    /// holds is not copied.
    mutating func replace(cases: [Int: Case] = [:], statements: [Int: Statement] = [:],
                          organizations: [Int: Organization] = [:], pages: [Int: Page] = [:],
                          translations: SiteTranslations? = nil) {
        for (index, value) in cases { self.cases[index] = value }
        for (index, value) in statements { self.statements[index] = value }
        for (index, value) in organizations { self.organizations[index] = value }
        for (index, value) in pages { self.pages[index] = value }
        if let translations { self.translations = translations }
    }
}

extension Translation {
    /// What the rest of the site reads of a translation: a case's or an organization's name
    /// is in other pages' summaries, a country names a group, and body links are checked.
    struct ResolveKey: Equatable {
        var isDraft: Bool, names: [String?], links: [CommonMark.Link]
    }

    var resolveKey: ResolveKey {
        ResolveKey(isDraft: isDraft, names: [texts["name"], texts["short_name"], texts["country"]], links: bodyLinks)
    }
}

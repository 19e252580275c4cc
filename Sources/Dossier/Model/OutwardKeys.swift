/// What pages other than a value's own read of it, which is all the resolver reads: its place
/// in the site's order, its URLs, what it links to, and what it is grouped by. Two values
/// with equal keys resolve alike, so a preview may put a saved file's new value in place of
/// the old one and keep everything the resolver made of the rest. Locations are part of the
/// keys: a line that moves moves a message. (The resolver must read nothing else of a value.)
extension Case {
    struct OutwardKey: Equatable {
        var slug: Slug, name: String, isDraft: Bool, aliases: [Alias], photo: Photo?, links: [BodyLink]
        var country: String, tags: [String], status: CaseStatus
    }

    var outwardKey: OutwardKey {
        OutwardKey(
            slug: slug, name: self.name, isDraft: isDraft, aliases: aliases, photo: self.photo, links: bodyLinks,
            country: self.country, tags: self.tags, status: self.status)
    }
}

extension Statement {
    struct OutwardKey: Equatable {
        var slug: Slug, date: PartialDate, isDraft: Bool, embargo: Moment?, aliases: [Alias], links: [BodyLink]
        var cases: [Reference], signatories: [SignatoryReference]
    }

    var outwardKey: OutwardKey {
        OutwardKey(
            slug: slug, date: date, isDraft: isDraft, embargo: embargo, aliases: aliases, links: bodyLinks,
            cases: cases, signatories: signatories)
    }
}

extension Organization {
    struct OutwardKey: Equatable {
        var slug: Slug, name: String, shortName: String?, alsoKnownAs: [String], aliases: [Alias], links: [BodyLink]
    }

    var outwardKey: OutwardKey {
        OutwardKey(slug: slug, name: name, shortName: shortName, alsoKnownAs: alsoKnownAs, aliases: aliases, links: bodyLinks)
    }
}

extension Page {
    struct OutwardKey: Equatable {
        var slug: Slug, title: String, isDraft: Bool, aliases: [Alias], links: [BodyLink]
    }

    var outwardKey: OutwardKey {
        OutwardKey(slug: slug, title: title, isDraft: isDraft, aliases: aliases, links: bodyLinks)
    }
}

extension Translation {
    /// What the rest of the site reads of a translation: a case's or an organization's name
    /// is in other pages' summaries, a country names a group, and body links are checked.
    struct OutwardKey: Equatable {
        var isDraft: Bool, names: [String?], links: [BodyLink]
    }

    var outwardKey: OutwardKey {
        OutwardKey(isDraft: isDraft, names: [texts["name"], texts["short_name"], texts["country"]], links: bodyLinks)
    }
}

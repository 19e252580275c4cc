/// The published cases sorted into the groups the filter pages list (`/countries/<slug>/`,
/// `/status/<status>/`, `/tags/<tag>/`) and the home page counts.
public struct CaseGroups: Sendable {
    public struct Group: Sendable {
        /// The group's part of the URL: `kyrgyzstan`, `house-arrest`, `temirov-live`.
        public var slug: String
        /// As the content writes it: the first spelling, in the order of the cases.
        public var name: String
        /// Indices into `Site.cases`, in the site's order (by name).
        public var cases: [Int]
    }

    /// By name; "Kyrgyzstan" and "kyrgyzstan" are one country, under the first spelling.
    public var countries: [Group]
    /// In the order of `CaseStatus`, only the statuses some case has; `name` is the status.
    public var statuses: [Group]
    /// By name, like the countries.
    public var tags: [Group]

    init(cases: [Case]) {
        func grouped(_ names: (Case) -> [String]) -> [Group] {
            var groups: [Group] = []
            var positions: [String: Int] = [:]
            // A site has few countries and tags and many cases: each name is made a slug once.
            var slugs: [String: String] = [:]
            // By index, not by element: a case is a large value, and a loop over the array
            // would copy each one.
            for index in cases.indices {
                for name in names(cases[index]) {
                    // Every country and tag was checked for a URL when its file was read.
                    let slug = slugs[name] ?? Transliteration.slug(for: name)?.rawValue ?? "-"
                    slugs[name] = slug
                    if let position = positions[slug] {
                        if groups[position].cases.last != index { groups[position].cases.append(index) }
                    } else {
                        positions[slug] = groups.count
                        groups.append(Group(slug: slug, name: name, cases: [index]))
                    }
                }
            }
            return SiteResolver.sortedByName(groups, name: \.name, slug: \.slug)
        }
        countries = grouped { [$0.country] }
        tags = grouped(\.tags)
        statuses = CaseStatus.allCases.compactMap { status in
            let members = cases.indices.filter { cases[$0].status == status }
            return members.isEmpty ? nil : Group(slug: status.rawValue, name: status.rawValue, cases: members)
        }
    }
}

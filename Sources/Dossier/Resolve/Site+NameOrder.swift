/// A translated language lists by the names it shows: "by name" on `/ru/cases/` means by
/// the Russian names. This sorts a localized site's cases, organizations, pages and country
/// groups as the resolver sorts the main ones, and carries every link and group along, so
/// that an index still means the same value.
extension Site {
    func sortedByName() -> Site {
        let cases = SiteResolver.sortedByName(Array(self.cases.indices), name: { self.cases[$0].name }, slug: { self.cases[$0].slug })
        let organizations = SiteResolver.sortedByName(
            Array(self.organizations.indices), name: { self.organizations[$0].name },
            slug: { self.organizations[$0].slug })
        let pages = SiteResolver.sortedByName(Array(self.pages.indices), name: { self.pages[$0].title }, slug: { self.pages[$0].slug })
        // Old index → new index.
        let newCase = Self.inverse(cases)
        let newOrganization = Self.inverse(organizations)

        var links = self.links
        links.signatures = self.links.signatures.map { signatures in
            signatures.map { Signature(organization: newOrganization[$0.organization], capacity: $0.capacity) }
        }
        links.casesOfStatement = self.links.casesOfStatement.map { $0.map { newCase[$0] } }
        links.statementsAboutCase = cases.map { self.links.statementsAboutCase[$0] }
        links.signedBy = organizations.map { self.links.signedBy[$0] }
        links.casesOfOrganization = organizations.map { self.links.casesOfOrganization[$0].map { newCase[$0] }.sorted() }

        var groups = self.groups
        func regrouped(_ list: [CaseGroups.Group]) -> [CaseGroups.Group] {
            list.map { group in
                var group = group
                group.cases = group.cases.map { newCase[$0] }.sorted()
                return group
            }
        }
        groups.countries = SiteResolver.sortedByName(regrouped(groups.countries), name: \.name, slug: \.slug)
        groups.tags = regrouped(groups.tags)
        groups.statuses = regrouped(groups.statuses)

        var sorted = self
        sorted.content.cases = cases.map { self.cases[$0] }
        sorted.content.organizations = organizations.map { self.organizations[$0] }
        sorted.content.pages = pages.map { self.pages[$0] }
        sorted.links = links
        sorted.groups = groups
        return sorted
    }

    /// `order[new] = old` → `inverse[old] = new`.
    private static func inverse(_ order: [Int]) -> [Int] {
        var inverse = Array(repeating: 0, count: order.count)
        for (new, old) in order.enumerated() { inverse[old] = new }
        return inverse
    }
}
